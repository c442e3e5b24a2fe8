// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/RecordStore.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace rapport::sync {

/// What the desktop's status bar tells the user about sync.
struct SyncStatus
{
    enum class State { NotConfigured, SignedOut, Idle, Syncing, Failed };
    State state = State::NotConfigured;
    qint64 done = 0;       ///< records pushed or pulled so far in the running sync
    qint64 total = 0;      ///< their expected number (0 when unknown)
    qint64 lastSyncAt = 0; ///< epoch ms of the last successful sync, 0 if never
    qint64 pending = 0;    ///< changes waiting for the server (rejected ones included)
    qint64 rejected = 0;   ///< of which the server refused
    qint64 conflicts = 0;  ///< open conflicts to review
    QString error;         ///< the last failure, in words
};

class SyncWorker;

/// Runs sync for the desktop on its own thread with its own database connection, so the GUI never
/// waits on the network or on applying pages: automatically after local changes (debounced), every few
/// minutes, and on request; after a failure it retries with a growing pause. Lives on the GUI thread;
/// tells about its progress by signal.
class SyncService : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(QString databasePath, QObject* parent = nullptr);
    ~SyncService() override;

    /// The server and the session token to sync with; an empty token means signed out.
    void configure(const QUrl& server, const QString& token);
    const SyncStatus& status() const { return m_status; }

public Q_SLOTS:
    void syncNow();
    /// A local change happened: sync soon, once the typing has settled.
    void scheduleSoon();
    /// Signs in (on the worker thread); answers with signInFinished().
    void signIn(const QUrl& server, const QString& user, const QString& password);
    /// Revokes the session on the server (when reachable) and stops syncing.
    void signOut();
    /// Re-reads the counts of waiting changes and conflicts (after a local edit or a resolution).
    void refreshCounts();

Q_SIGNALS:
    void statusChanged(const rapport::sync::SyncStatus& status);
    /// token is empty when the sign-in failed; error says why.
    void signInFinished(const QString& token, const QString& username, const QString& error);
    /// The user the server knows this laptop by (after each successful sync): new records belong to them.
    void currentUserChanged(const QString& userId);
    /// Records changed by a pull (the desktop's lists refresh from this).
    void remoteChanges(const QList<rapport::Change>& changes);

    // To the worker.
    void runRequested(const QUrl& server, const QString& token);
    void signInRequested(const QUrl& server, const QString& user, const QString& password);
    void signOutRequested(const QUrl& server, const QString& token);
    void countsRequested();

private:
    void finished(bool ok, const QString& error, qint64 lastSyncAt);
    void setStatus(const SyncStatus& s);

    QThread m_thread;
    SyncWorker* m_worker;
    QUrl m_server;
    QString m_token;
    SyncStatus m_status;
    QTimer m_periodic;
    QTimer m_debounce;
    QTimer m_retry;
    int m_failures = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace rapport::sync

Q_DECLARE_METATYPE(rapport::sync::SyncStatus)
