// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace rapport {

/// One named connection to a Rapport database file. Opening checks the file before anything is
/// written: a file that is not SQLite, not Rapport's, damaged, or of a newer schema is refused with a
/// translated message and left byte-for-byte untouched. A writable open then applies the pending
/// numbered migrations (Qt resources, one transaction each).
///
/// A connection belongs to the thread that opened it; workers open their own with a distinct name.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    /// Opens `path` (creating it and its folder if missing when ReadWrite) as connection `name`,
    /// migrating it to the latest schema. A read-only open requires the latest schema.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& connectionName,
                                                  Access access = Access::ReadWrite);
    /// Sets up the SQLite library for this process, once, before its first connection (open() calls it;
    /// so must code that opens SQLite connections of its own first). Later calls do nothing.
    static void configureLibrary();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QSqlDatabase sql() const;
    sqlite3* handle() const { return m_handle; }
    StatementCache& statements() { return *m_statements; }
    /// True while a bulk load has the secondary indexes of some tables dropped (deferIndexes), here or on
    /// another connection to the file: opening another writable connection then would rebuild them.
    bool hasDeferredIndexes() const { return !meta(QStringLiteral("deferred_indexes")).isEmpty(); }

    int schemaVersion() const;
    /// The newest schema version this build knows (the highest migration number).
    static int latestSchemaVersion();

    /// Runs one or more SQL statements without results; false and a message on failure.
    Status exec(const QString& sql);

    /// Small key/value settings stored in the database itself (device id, clock, current user).
    QString meta(const QString& key, const QString& fallback = {}) const;
    Status setMeta(const QString& key, const QString& value);

    /// For bulk loads into large tables: drops the secondary indexes of `tables` (their definitions are
    /// kept in the database) so rows go in without index maintenance. restoreIndexes() rebuilds them in
    /// one sorted pass each; an open after an interrupted load rebuilds them too. Indexes named in
    /// `keep` stay: partial indexes the load puts few rows in cost little to maintain, while building one
    /// afterwards reads the whole table. With `fullText`, the full-text index's segments are not merged
    /// while rows pour in but once, at the end (worth it for a load that writes most of the index).
    enum class FullText { Merged, MergedAtEnd };
    Status deferIndexes(const QStringList& tables, const QStringList& keep = {},
                        FullText fullText = FullText::MergedAtEnd);
    Status restoreIndexes();
    /// Fewer fsyncs and checkpoints for a bulk load; off again restores full durability.
    Status setBulkMode(bool on);

    /// Aborts a statement running on this connection from any thread (a stale search, say).
    void interrupt();

    /// The SQLite `application_id` that marks a file as Rapport's ("RAPP").
    static constexpr int ApplicationId = 0x52415050;
    /// Each connection's page cache, in KiB. The window holds several connections (its own, the readers,
    /// sync, scoring), and its list scrolls through a million contacts: a small cache keeps its memory flat
    /// while the file's pages stay in the kernel's cache. At a million contacts, 16 MiB reads, searches and
    /// writes as fast as 64 MiB did (docs/benchmarks.md); bulk loads take a larger one while they run.
    static constexpr qint64 UsualCacheKiB = 16 * 1024;

private:
    Database(QString path, QString name, Access access);
    Status configure();
    Status migrate();

    QString m_path;
    QString m_name;
    Access m_access;
    sqlite3* m_handle = nullptr;
    std::unique_ptr<StatementCache> m_statements;
};

/// An IMMEDIATE transaction that rolls back when it goes out of scope uncommitted, so every early
/// return or failed step leaves the database as it was.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when BEGIN failed (the database is locked by another writer past the busy timeout).
    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    Error m_beginError;
};

} // namespace rapport
