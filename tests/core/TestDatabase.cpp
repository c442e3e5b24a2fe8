// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace rapport;
using namespace rapport::test;

namespace {
/// Started with RAPPORT_TEST_OTHER_PROCESS=path, this program is another process that writes to that database and
/// closes it (as rapport-cli does beside the desktop), before the tests would start.
const int otherProcess = [] {
    const QByteArray path = qgetenv("RAPPORT_TEST_OTHER_PROCESS");
    if (path.isEmpty())
        return 0;
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_busy_timeout(db, 5000);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('other', 'from the cli')", nullptr,
                          nullptr, nullptr);
    if (sqlite3_close(db) != SQLITE_OK)
        rc = SQLITE_ERROR;
    _exit(rc == SQLITE_OK ? 0 : 1);
}();
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_newFile_createsLatestSchemaInWalMode();
    void open_missingFolder_isCreated();
    void open_existingCurrentSchema_keepsData();
    void open_olderSchema_isUpgradedAndKeepsData();
    void open_failingMigration_rollsBackAndReportsVersion();
    void open_newerSchema_isRefusedAndUntouched();
    void open_notAnSqliteFile_isRefusedAndUntouched();
    void open_truncatedDatabase_isRefusedAndUntouched();
    void open_damagedSchemaPage_isRefusedAndUntouched();
    void open_otherProgramsDatabase_isRefusedAndUntouched();
    void open_readOnly_refusesUninitialisedFile();
    void transaction_outOfScope_rollsBack();
    void deferIndexes_interruptedLoad_rebuiltOnNextOpen();
    void open_bulkLoadKilledMidTransaction_rollsBackToLastCommit();
    void open_besideAnOpenConnection_keepsItsLocks_forOtherProcesses();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString name() { return QStringLiteral("db%1").arg(++m_n); }
};

void TestDatabase::open_newFile_createsLatestSchemaInWalMode()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path, name());
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QVERIFY(scalar(**db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    for (const EntityDef* def : Schema::all())
        QCOMPARE(
            scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"), {def->table}).toInt(), 1);
    // The library was set up before its first connection (this test's first): SQLite keeps no memory count,
    // whose process-wide lock every allocation would take.
    sqlite3_int64 used = -1, highest = -1;
    QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
    QCOMPARE(used, sqlite3_int64(0));
}

void TestDatabase::open_missingFolder_isCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("a/b/c/new.sqlite"));
    auto db = Database::open(path, name());
    QVERIFY2(db, qPrintable(db.error().message));
    QVERIFY(QFile::exists(path));
}

void TestDatabase::open_existingCurrentSchema_keepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.sqlite"));
    {
        auto db = Database::open(path, name());
        QVERIFY(db);
        QVERIFY((*db)->setMeta(QStringLiteral("probe"), QStringLiteral("kept")));
    }
    auto db = Database::open(path, name());
    QVERIFY(db);
    QCOMPARE((*db)->meta(QStringLiteral("probe")), QStringLiteral("kept"));
}

void TestDatabase::open_olderSchema_isUpgradedAndKeepsData()
{
    // A database as an older build left it: the first migration applied, its version recorded, data
    // in it. Opening runs every later migration and keeps the data.
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    QFile script(QStringLiteral(":/rapport/migrations/0001_initial.sql"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    rawExec(path,
            QString::fromUtf8(script.readAll()) +
                QStringLiteral(";PRAGMA user_version = 1; INSERT INTO meta(key, value) VALUES('probe', 'from v1');"));
    auto db = Database::open(path, name());
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE((*db)->meta(QStringLiteral("probe")), QStringLiteral("from v1"));
}

void TestDatabase::open_failingMigration_rollsBackAndReportsVersion()
{
    // A Rapport file (application id set) at version 0 that already has a table the first migration
    // creates near its end: the migration fails half way, and must leave nothing of itself behind.
    const QString path = m_dir.filePath(QStringLiteral("half.sqlite"));
    rawExec(path,
            QStringLiteral("PRAGMA application_id = %1; CREATE TABLE email_index(x);").arg(Database::ApplicationId));
    auto db = Database::open(path, name());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("schema 1")), qPrintable(db.error().message));
    rawExec(path, QStringLiteral("SELECT 1")); // still a valid database
    // Nothing of migration 1 was kept: version still 0, no users table.
    auto check = [&](const char* sql) {
        sqlite3* h = nullptr;
        sqlite3_open(path.toUtf8().constData(), &h);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
        sqlite3_step(st);
        const int v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(h);
        return v;
    };
    QCOMPARE(check("PRAGMA user_version"), 0);
    QCOMPARE(check("SELECT count(*) FROM sqlite_schema WHERE name = 'users'"), 0);
}

void TestDatabase::open_newerSchema_isRefusedAndUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path, name());
        QVERIFY(db);
    }
    rawExec(path, QStringLiteral("PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, name());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QLatin1String("999")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::open_notAnSqliteFile_isRefusedAndUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Meeting notes, not a database.\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, name());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("not an SQLite file")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::open_truncatedDatabase_isRefusedAndUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.sqlite"));
    {
        auto db = Database::open(path, name());
        QVERIFY(db);
    }
    rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(3 * 4096 + 100)); // cut in the middle of the schema
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, name());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("damaged")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::open_damagedSchemaPage_isRefusedAndUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("garbled.sqlite"));
    {
        auto db = Database::open(path, name());
        QVERIFY(db);
    }
    rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(100)); // just after the header: the start of the schema table's page
    f.write(QByteArray(3000, '\x5a'));
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, name());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("damaged")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::open_otherProgramsDatabase_isRefusedAndUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, QStringLiteral("CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES('x');"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, name());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("another program")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::open_readOnly_refusesUninitialisedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.sqlite"));
    auto db = Database::open(path, name(), Database::Access::ReadOnly);
    QVERIFY(!db);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::transaction_outOfScope_rollsBack()
{
    TempDatabase t;
    {
        Transaction tx(*t.db);
        QVERIFY(tx.isActive());
        QVERIFY(t.db->setMeta(QStringLiteral("uncommitted"), QStringLiteral("1")));
    }
    QVERIFY(t.db->meta(QStringLiteral("uncommitted")).isEmpty());
    {
        Transaction tx(*t.db);
        QVERIFY(t.db->setMeta(QStringLiteral("committed"), QStringLiteral("1")));
        QVERIFY(tx.commit());
    }
    QCOMPARE(t.db->meta(QStringLiteral("committed")), QStringLiteral("1"));
}

void TestDatabase::deferIndexes_interruptedLoad_rebuiltOnNextOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("deferred.sqlite"));
    int indexes = 0;
    {
        auto db = Database::open(path, name());
        QVERIFY(db);
        indexes = scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                              "'contacts' AND sql IS NOT NULL"))
                      .toInt();
        QVERIFY(indexes > 3);
        QVERIFY((*db)->deferIndexes({QStringLiteral("contacts")}));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                             "'contacts' AND sql IS NOT NULL"))
                     .toInt(),
                 0);
        // the process "dies" here, before restoreIndexes()
    }
    auto db = Database::open(path, name());
    QVERIFY(db);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                         "'contacts' AND sql IS NOT NULL"))
                 .toInt(),
             indexes);
    QVERIFY((*db)->meta(QStringLiteral("deferred_indexes")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::open_bulkLoadKilledMidTransaction_rollsBackToLastCommit()
{
    // A bulk load writes in rollback-journal mode. The file and its journal as a kill -9 leaves them in the
    // middle of a transaction (copied while it is open): the next open rolls the journal back and finds
    // the last committed state, instead of calling the file damaged.
    const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
    const QString crashed = m_dir.filePath(QStringLiteral("bulk-crashed.sqlite"));
    {
        auto db = Database::open(path, name());
        QVERIFY(db);
        QVERIFY((*db)->setMeta(QStringLiteral("probe"), QStringLiteral("committed")));
        QVERIFY((*db)->setBulkMode(true));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("truncate"));
        Transaction tx(**db);
        QVERIFY(tx.isActive());
        QVERIFY((*db)->setMeta(QStringLiteral("probe"), QStringLiteral("uncommitted")));
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                           "SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO filler "
                                           "SELECT randomblob(200) FROM n;")));
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
    }
    auto db = Database::open(crashed, name());
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE((*db)->meta(QStringLiteral("probe")), QStringLiteral("committed"));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'filler'")).toInt(), 0);
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestDatabase::open_besideAnOpenConnection_keepsItsLocks_forOtherProcesses()
{
    // The desktop keeps its database open while it opens more connections to it (readers, sync, scoring), and
    // rapport-cli may run beside it. A file descriptor of the database closed in this process would drop every
    // POSIX lock the process holds on it, so another process closing its connection would take itself for the
    // last one, checkpoint and delete the write-ahead log under this one's feet: lost writes, broken indexes.
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Database::open(path, name());
    QVERIFY(first);
    QVERIFY((*first)->setMeta(QStringLiteral("probe"), QStringLiteral("from the desktop")));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    for (auto access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
        auto more = Database::open(path, name(), access);
        QVERIFY2(more, qPrintable(more.error().message));
    }
    // Another process (rapport-cli) writes and closes: this test program again, started as one.
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_TEST_OTHER_PROCESS"), path);
    other.setProcessEnvironment(env);
    other.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(other.waitForFinished(15'000));
    QCOMPARE(other.exitStatus(), QProcess::NormalExit);
    QCOMPARE(other.exitCode(), 0);
    // The log is still there, and each side sees the other's writes.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE((*first)->meta(QStringLiteral("other")), QStringLiteral("from the cli"));
    QVERIFY((*first)->setMeta(QStringLiteral("after"), QStringLiteral("from the desktop again")));
    QCOMPARE(scalar(**first, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    first->reset();
    auto again = Database::open(path, name());
    QVERIFY(again);
    QCOMPARE((*again)->meta(QStringLiteral("after")), QStringLiteral("from the desktop again"));
    QCOMPARE((*again)->meta(QStringLiteral("other")), QStringLiteral("from the cli"));
}

#include "TestDatabase.moc"
