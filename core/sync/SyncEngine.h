// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "sync/SyncProtocol.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace rapport {

class RecordStore;

namespace sync {

/// A signed-in session with a server.
struct Session
{
    QString token;
    qint64 expiresAt = 0;
    QString userId;
    QString username;
    QString role;
};

/// What one sync did.
struct SyncReport
{
    int pushed = 0;     ///< mutations the server applied (or had applied before)
    int rejected = 0;   ///< mutations the server refused; they stay in the outbox, marked, with the reason
    int pulled = 0;     ///< records received
    int evicted = 0;    ///< records that left this user's scope
    int conflicts = 0;  ///< conflict records received
    int restamped = 0;  ///< mutations whose clock stamps the server replaced (this clock ran far ahead)
    qint64 clockOffsetMs = 0;

    QJsonObject toJson() const;
};

/// The client side of the protocol (docs/sync-protocol.md): handshake, then push the outbox in batches,
/// then pull pages after the stored cursor, each page applied together with its cursor. Every step can be
/// interrupted and the next sync resumes: a re-sent push is applied once by its mutation ids, and a pull
/// restarts at the last committed cursor. Runs on the thread of its RecordStore; pulled pages are fetched
/// on a helper thread while the one before is applied.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(RecordStore& store, Transport& transport);

    Result<Session> login(const QString& username, const QString& password);
    Status logout(const QString& token);

    /// phase: "push" or "pull"; done/total in records (total 0 when unknown).
    using Progress = std::function<void(const QString& phase, qint64 done, qint64 total)>;
    /// One full sync. `serverKey` names the server (its URL): a database that syncs with another server
    /// or user than last time starts its pull from the beginning.
    Result<SyncReport> sync(const QString& token, const QString& serverKey, const Progress& progress = {});

    /// Records per pulled page (at most MaxPullPage); smaller pages commit more often.
    void setPageSize(int records) { m_pageSize = records; }
    /// A flag another thread may raise to stop the sync early: it ends after the batch or page being
    /// written (each committed with its place, so the next sync goes on from there) with an error saying so.
    void setStopFlag(const std::atomic_bool* stop) { m_stop = stop; }

    /// Mutations not yet acknowledged by the server (rejected ones included).
    qint64 pendingCount() const;

    /// The message for a failed request, in words.
    static Error errorFrom(const Transport::Response& response);

private:
    Status handshake(const QString& token, const QString& serverKey, SyncReport& report);
    Status push(const QString& token, SyncReport& report, const Progress& progress);
    Status pull(const QString& token, SyncReport& report, const Progress& progress);
    bool stopped() const { return m_stop && m_stop->load(std::memory_order_relaxed); }
    static Error stoppedError();

    RecordStore& m_store;
    Transport& m_transport;
    int m_pageSize = MaxPullPage;
    const std::atomic_bool* m_stop = nullptr;
};

} // namespace sync
} // namespace rapport
