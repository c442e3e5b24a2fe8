// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "Access.h"

#include "domain/HybridClock.h"
#include "domain/Result.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QThreadStorage>
#include <QMutex>

#include <unordered_map>

#include <memory>
#include <optional>

namespace rapport::server {

/// The server's storage, on SQLite (a file in the server's data folder) or PostgreSQL, through Qt's SQL
/// drivers with one portable dialect. Records are kept as their merged state (values, stamps, authors) in
/// JSON beside the scope columns that visibility filters on; every write takes the next number of one
/// change sequence, under a row lock held until commit, so sequence order is commit order on PostgreSQL
/// too and a pull after a cursor never skips a change that commits later.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    /// `data`: "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB".
    static Result<std::unique_ptr<ServerStore>> open(const QString& data, const QString& connectionName);
    ~ServerStore();

    // Administration (the rapport-server user/team commands).
    /// `kind`: sales, service or marketing.
    Result<QString> addTeam(const QString& name, const QString& kind);
    Result<QString> addUser(const QString& username, const QString& password, const QString& role,
                            const QString& team, const QString& manager);
    Status setPassword(const QString& username, const QString& password);
    Status setDisabled(const QString& username, bool disabled);
    /// Every user: username, display name, role, team name, disabled.
    QJsonArray users();

    // Sign-in.
    struct LoginResult
    {
        enum class Outcome { Ok, Wrong, Throttled, Disabled, Unavailable } outcome = Outcome::Wrong;
        QString token;
        qint64 expiresAt = 0;
        qint64 retryAfterSeconds = 0;
        Principal principal;
    };
    LoginResult login(const QString& username, const QString& password, const QString& address,
                      const QString& device);
    /// The principal of a valid, unexpired token of an enabled user.
    std::optional<Principal> authenticate(const QString& token);
    Status logout(const QString& token);
    /// Changes the signed-in user's password after checking the old one; revokes all their tokens.
    Status changePassword(const Principal& p, const QString& oldPassword, const QString& newPassword);
    void setTokenLifetime(qint64 seconds) { m_tokenLifetimeMs = seconds * 1000; }

    // Sync.
    Result<QList<sync::PushResult>> push(const Principal& p, const QList<sync::PushMutation>& mutations);
    /// The page of changes after `cursor` that `p` may see, as the JSON sent (sync::PullPageWriter).
    Result<QByteArray> pull(const Principal& p, qint64 cursor, int limit);
    qint64 now() const;
    HlcTimestamp stamp();

    QString backendName() const;

private:
    ServerStore(QString connectionName);
    Status createSchema();
    /// Fills ticket_numbers from the tickets already stored, once (a server from before it existed).
    Status indexTicketNumbers();
    /// Adds the columns that let whoever sees a customer see the customer's tickets, and fills them, once (a
    /// server from before they existed).
    Status scopeTicketsByCustomer();
    /// Claims the number of a ticket being written (`state`, merged). A new ticket whose number another ticket
    /// holds gets the next free one, and `renumbered` a conflict that says so; a changed number another ticket
    /// holds is refused (`refused` says why). A failed statement is an error.
    Status claimTicketNumber(const QString& id, bool isNew, const QString& author, sync::RecordState& state,
                             QString& refused, QList<sync::Conflict>& renumbered);
    QSqlDatabase db() const;
    /// A prepared statement for `sql`, kept for reuse (parsing SQL is a large part of a small request).
    /// Bind with bindValue(); call finish() after reading so SQLite's read snapshot ends.
    QSqlQuery& prepared(const QString& sql);
    /// Runs one statement without results.
    Status execute(const QString& sql, const QVariantList& values);
    Error sqlError(const class QSqlQuery& q) const;

    struct Stored
    {
        bool exists = false;
        sync::RecordState state;
        Scope scope;
    };
    /// Sets one column of a login, optionally revoking its tokens, in one transaction.
    Status updateLogin(const QString& username, const QString& column, const QVariant& value, bool revokeTokens);
    Stored loadRecord(const QString& entity, const QString& id);
    /// Loads the records a push touches in one query, into the push's cache.
    Status preloadRecords(const QList<sync::PushMutation>& mutations);
    /// Records read or written by the running push (its transaction holds the sequence lock, so nobody
    /// else changes them meanwhile); empty between pushes. Keyed by entity and id.
    std::optional<QHash<QString, Stored>> m_pushCache;
    /// Rows the running push has written, by entity and id (the last write of a record wins).
    QHash<QString, QVariantList> m_pendingWrites;
    Status flushRecordWrites();
    Status upsertRecords(const QList<QVariantList>& rows);
    /// Who sees a record in `state` (merged) pushed by `author`.
    Scope scopeOf(const QString& entity, const QString& id, const sync::RecordState& state, const QString& author);
    /// Sets who sees `s` through its customer: whoever sees `customer`, as long as it is there.
    static void seeCustomer(Scope& s, const Stored& customer);
    /// A record now written with scope `now` had `old`: those who no longer see it are told, and the records
    /// that take their scope from it (line items and entries; a customer's tickets) move with it.
    Status moveScope(const QString& entity, const QString& id, const Scope& old, const Scope& now, qint64& seq);
    QString teamOfUser(const QString& userId);
    QString teamIdByName(const QString& name);
    Status writeRecord(const QString& entity, const QString& id, const sync::RecordState& state, const Scope& scope,
                       qint64 seq);
    Status writeEviction(const QString& entity, const QString& id, const Scope& oldScope, qint64 seq);
    Status writeConflict(sync::Conflict& conflict, const Scope& scope, qint64 seq);
    sync::PushResult applyOne(const Principal& p, const sync::PushMutation& m, qint64& seq, bool& failed,
                              Error& failure);
    Result<QString> writeAdminRecord(const QString& entity, const QJsonObject& values);
    QString hashPassword(const QString& password);
    bool throttled(const QString& key, qint64& retryAfter);
    void recordFailure(const QString& key);

    QString m_name;
    bool m_postgres = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::unique_ptr<HybridClock> m_clock;
    qint64 m_tokenLifetimeMs = 30LL * 24 * 3600 * 1000;
};

/// The stores of the server's worker threads. A database connection belongs to one thread, so each worker
/// opens its own to the same data the first time it serves a request, and keeps it; each has its own clock
/// node, as separate server processes do. On SQLite one worker is enough (writes queue in the file anyway);
/// on PostgreSQL several let one process serve several requests at once.
class StorePool
{
public:
    StorePool(QString data, qint64 tokenLifetimeSeconds, int threads);
    ~StorePool();

    QThreadPool& threads() { return m_threads; }
    /// The calling worker's store, opened on first use; null when it cannot be opened (lastError says why).
    ServerStore* local();
    QString lastError() const;

private:
    QString m_data;
    qint64 m_tokenLifetime;
    QAtomicInt m_opened;
    mutable QMutex m_mutex;
    QString m_error;
    QThreadStorage<ServerStore*> m_stores; // deleted by each worker as it ends, so declared before the pool
    QThreadPool m_threads;
};

} // namespace rapport::server
