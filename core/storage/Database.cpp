// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Database.h"

#include "domain/RichText.h"
#include "search/PhoneNumbers.h"
#include "search/TextFold.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstring>
#include <map>
#include <mutex>
#include <sqlite3.h>

namespace rapport {

namespace {

/// Migration scripts by version, read from the resources compiled into rapport_core.
const std::map<int, QString>& migrations()
{
    static const std::map<int, QString> scripts = [] {
        std::map<int, QString> m;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        QDirIterator it(QStringLiteral(":/rapport/migrations"));
        while (it.hasNext()) {
            it.next();
            const auto match = name.match(it.fileName());
            if (!match.hasMatch())
                continue;
            QFile f(it.filePath());
            if (f.open(QIODevice::ReadOnly))
                m[match.captured(1).toInt()] = QString::fromUtf8(f.readAll());
        }
        return m;
    }();
    return scripts;
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

struct Probe
{
    bool exists = false;
    bool empty = false;
    int userVersion = 0;
    int applicationId = 0;
    int objectCount = 0;
};

/// Lets SQLite roll back a hot journal, the trace of a write interrupted in rollback-journal mode (a bulk load
/// killed mid-transaction): the file returns to its last committed state, as any read-write open would do.
bool rollBackHotJournal(const QByteArray& path)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
              sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(db);
    return ok;
}

/// Whether the file of a connection starts as an SQLite database does, read by SQLite's own descriptor.
bool hasSqliteHeader(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return false;
    char header[16];
    return file->pMethods->xRead(file, header, sizeof header, 0) == SQLITE_OK &&
           std::memcmp(header, "SQLite format 3\0", sizeof header) == 0;
}

/// Looks at a file through a read-only connection: nothing it does can change the file, except that with
/// `recover` an interrupted write's hot journal is rolled back first (the file's committed state is kept).
Result<Probe> probe(const QString& path, bool recover)
{
    Probe p;
    QFileInfo info(path);
    p.exists = info.exists();
    if (!p.exists || info.size() == 0) {
        p.empty = true;
        return p;
    }
    if (!info.isFile() || !info.isReadable())
        return Error{Database::tr("%1 cannot be read. Check that it is a file and that you may open it.").arg(path),
                     {}};

    // Read through SQLite only: this process may have the database open already (the desktop opens readers, sync
    // and scoring beside its first connection), and closing any other descriptor of the file would drop every
    // POSIX lock the process holds on it. Another process closing the database would then take itself for its
    // last user and delete the write-ahead log from under this one.
    sqlite3* db = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    auto fail = [&](const QString& what) -> Result<Probe> {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return Error{Database::tr("%1 is damaged and cannot be opened (%2: %3). The file was left unchanged; "
                                  "restore it from a backup or sync it again from the server.")
                         .arg(path, what, detail),
                     {}};
    };
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("open"));
    sqlite3_busy_timeout(db, 5000);
    auto scalar = [&](const char* sql, int& out) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            return false;
        const int step = sqlite3_step(st);
        if (step == SQLITE_ROW)
            out = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        return step == SQLITE_ROW;
    };
    if (!scalar("SELECT count(*) FROM sqlite_schema", p.objectCount)) {
        if (sqlite3_errcode(db) == SQLITE_NOTADB && !hasSqliteHeader(db)) {
            sqlite3_close_v2(db);
            return Error{Database::tr("%1 is not a Rapport database: it is not an SQLite file. "
                                      "The file was left unchanged.")
                             .arg(path),
                         {}};
        }
        if (recover && sqlite3_extended_errcode(db) == SQLITE_READONLY_ROLLBACK) {
            sqlite3_close_v2(db);
            if (rollBackHotJournal(QFile::encodeName(path)))
                return probe(path, false);
            db = nullptr;
        }
        return fail(QStringLiteral("schema"));
    }
    if (!scalar("PRAGMA user_version", p.userVersion) || !scalar("PRAGMA application_id", p.applicationId))
        return fail(QStringLiteral("header"));
    // Read a table of our own (it exists once the first migration completed): a damaged schema or
    // first page shows up here, cheaply.
    int metaCount = 0;
    if (p.userVersion >= 1 && p.applicationId == Database::ApplicationId &&
        !scalar("SELECT count(*) FROM meta", metaCount))
        return fail(QStringLiteral("meta"));
    sqlite3_close_v2(db);
    return p;
}

} // namespace

Database::Database(QString path, QString name, Access access)
    : m_path(std::move(path))
    , m_name(std::move(name))
    , m_access(access)
{}

Database::~Database()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

int Database::latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().rbegin()->first;
}

void Database::configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Rapport never asks SQLite how much memory it holds. Without that count, an allocation no longer
        // takes a lock shared by every connection of the process: with the sync thread, readers and the
        // writer at work (or a server's request threads), waiting for it was a large part of their time.
        // Refused (and harmless) if the library is already in use.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& connectionName, Access access)
{
    configureLibrary();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto probed = probe(absolute, access == Access::ReadWrite);
    if (!probed)
        return probed.error();
    const Probe& p = probed.value();

    if (!p.empty && p.objectCount > 0 && p.applicationId != ApplicationId)
        return Error{tr("%1 is an SQLite database of another program, not a Rapport database. "
                        "The file was left unchanged.")
                         .arg(absolute),
                     {}};
    if (p.userVersion > latestSchemaVersion())
        return Error{tr("%1 was written by a newer version of Rapport (database schema %2; this version knows "
                        "schema %3 at most). Please update Rapport. The file was left unchanged.")
                         .arg(absolute)
                         .arg(p.userVersion)
                         .arg(latestSchemaVersion()),
                     {}};
    if (access == Access::ReadOnly && (p.empty || p.userVersion != latestSchemaVersion()))
        return Error{tr("%1 is not ready to be read: open it once for writing first.").arg(absolute), {}};

    if (p.empty && access == Access::ReadWrite) {
        const QDir dir = QFileInfo(absolute).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error{tr("The folder %1 cannot be created.").arg(dir.absolutePath()), {}};
    }

    if (QSqlDatabase::contains(connectionName))
        return Error{tr("Internal error: the database connection \"%1\" is already open.").arg(connectionName), {}};

    std::unique_ptr<Database> db(new Database(absolute, connectionName, access));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        sql.setDatabaseName(absolute);
        if (access == Access::ReadOnly)
            sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        else
            sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!sql.open())
            return Error{tr("%1 cannot be opened: %2").arg(absolute, sql.lastError().text()), {}};
        db->m_handle = nativeHandle(sql);
        if (!db->m_handle)
            return Error{tr("Internal error: the SQLite driver gave no native handle."), {}};
    }
    db->m_statements = std::make_unique<StatementCache>(db->m_handle);
    if (Status s = db->configure(); !s)
        return s.error();
    if (access == Access::ReadWrite) {
        if (Status s = db->migrate(); !s)
            return s.error();
        if (Status s = db->restoreIndexes(); !s)
            return s.error();
    }
    return db;
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_name, false);
}

namespace {
/// rapport_plain_text(body): an article's text without markup, for the knowledge-base index (schema 15 fills
/// it with this; the write path calls the same C++).
void plainTextFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray plain = RichText::toPlainText(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, plain.constData(), int(plain.size()), SQLITE_TRANSIENT);
}

/// rapport_fold(text): text folded as names are for sorting (see foldText), for lists sorted by a column that
/// has no index of its own. Only queries call it, never the schema, so any SQLite can still open the file.
void foldFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = foldText(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

/// rapport_reversed_digits(text): the digits of a phone number from its last (PhoneNumbers::reversedDigits), as the
/// phone index keeps them. Only the migration that filled that column calls it.
void reversedDigitsFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray reversed =
        PhoneNumbers::reversedDigits(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, reversed.constData(), int(reversed.size()), SQLITE_TRANSIENT);
}
} // namespace

Status Database::configure()
{
    using Function = void (*)(sqlite3_context*, int, sqlite3_value**);
    for (const auto& [name, function] :
         {std::pair<const char*, Function>{"rapport_plain_text", plainTextFunction},
          std::pair<const char*, Function>{"rapport_fold", foldFunction},
          std::pair<const char*, Function>{"rapport_reversed_digits", reversedDigitsFunction}})
        if (sqlite3_create_function_v2(m_handle, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                       nullptr, function, nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error{tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))), {}};
    // WAL lets readers on worker threads run beside the writer, and with synchronous=NORMAL a commit
    // survives the process being killed at any instant (only an OS crash may lose the last commits).
    QString pragmas = QStringLiteral("PRAGMA foreign_keys = ON;"
                                     "PRAGMA busy_timeout = 5000;"
                                     "PRAGMA threads = 2;"
                                     "PRAGMA temp_store = MEMORY;"
                                     "PRAGMA mmap_size = 268435456;");
    pragmas += QStringLiteral("PRAGMA cache_size = -%1;").arg(UsualCacheKiB);
    if (m_access == Access::ReadWrite)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
    return exec(pragmas);
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error e{tr("Database error: %1").arg(QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle))), {}};
        sqlite3_free(message);
        return e;
    }
    return {};
}

int Database::schemaVersion() const
{
    SqlStatement st(m_handle, QStringLiteral("PRAGMA user_version"));
    return st.step() == SqlStatement::Step::Row ? static_cast<int>(st.int64(0)) : -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    for (const auto& [version, script] : migrations()) {
        if (version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginError();
        if (Status s = exec(script); !s)
            return Error{tr("Upgrading the database to schema %1 failed: %2").arg(version).arg(s.error().message), {}};
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

QString Database::meta(const QString& key, const QString& fallback) const
{
    auto st = m_statements->get(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!st->isValid())
        return fallback;
    st->bind(1, key);
    return st->step() == SqlStatement::Step::Row ? st->text(0) : fallback;
}

Status Database::setMeta(const QString& key, const QString& value)
{
    auto st = m_statements->get(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    st->bind(1, key);
    st->bind(2, value);
    if (!st->exec())
        return Error{tr("Database error: %1").arg(st->errorText()), {}};
    return {};
}

Status Database::deferIndexes(const QStringList& tables, const QStringList& keep, FullText fullText)
{
    QJsonArray saved = QJsonDocument::fromJson(meta(QStringLiteral("deferred_indexes")).toUtf8()).array();
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.beginError();
    QStringList names;
    {
        SqlStatement st(
            m_handle,
            QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"));
        while (st.step() == SqlStatement::Step::Row) {
            if (!tables.contains(st.text(1)) || keep.contains(st.text(0)))
                continue;
            names << st.text(0);
            saved.append(st.text(2));
        }
    }
    for (const QString& name : std::as_const(names))
        if (Status s = exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    // The full-text index likewise: no merging of its segments while rows pour in, one merge at the end
    // (the last of the deferred statements).
    if (fullText == FullText::MergedAtEnd) {
        if (Status s =
                exec(QStringLiteral("INSERT INTO search_index(search_index, rank) VALUES('automerge', 0);"
                                    "INSERT INTO search_index(search_index, rank) VALUES('crisismerge', 100000);"));
            !s)
            return s;
        saved.append(QStringLiteral("INSERT INTO search_index(search_index) VALUES('optimize')"));
    }
    if (Status s = setMeta(QStringLiteral("deferred_indexes"),
                           QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return tx.commit();
}

Status Database::restoreIndexes()
{
    const QString pending = meta(QStringLiteral("deferred_indexes"));
    if (pending.isEmpty())
        return {};
    // One transaction per index: each is built in one sorted pass, and the log is checkpointed between
    // them instead of holding every new index at once. An interruption resumes with the ones missing.
    QJsonArray saved = QJsonDocument::fromJson(pending.toUtf8()).array();
    // SQLite sorts with worker threads (PRAGMA threads) only when its sort runs may go to temporary
    // files; with temp_store = MEMORY one thread sorts everything. A run is as large as the page cache, so
    // a smaller cache spreads the sort over the threads. At a million contacts the indexes take 36 s
    // instead of 91 s.
    qint64 cacheSize = -UsualCacheKiB;
    {
        SqlStatement st(m_handle, QStringLiteral("PRAGMA cache_size"));
        if (st.step() == SqlStatement::Step::Row)
            cacheSize = st.int64(0);
    }
    if (Status s = exec(QStringLiteral("PRAGMA temp_store = FILE; PRAGMA cache_size = -16384")); !s)
        return s;
    const auto settingsAgain = qScopeGuard([this, cacheSize] {
        (void)exec(QStringLiteral("PRAGMA temp_store = MEMORY; PRAGMA cache_size = %1").arg(cacheSize));
    });
    while (!saved.isEmpty()) {
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginError();
        QString statement = saved.first().toString();
        statement.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (Status s = exec(statement); !s)
            return s;
        saved.removeFirst();
        if (Status s = setMeta(QStringLiteral("deferred_indexes"),
                               QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = exec(QStringLiteral("INSERT INTO search_index(search_index, rank) VALUES('automerge', 4);"
                                       "INSERT INTO search_index(search_index, rank) VALUES('crisismerge', 16);"
                                       "DELETE FROM meta WHERE key = 'deferred_indexes';"));
        !s)
        return s;
    return tx.commit();
}

Status Database::setBulkMode(bool on)
{
    // During a bulk load, trade durability against power loss (not against a crash) for fewer fsyncs,
    // and write each page once: in WAL mode every page goes to the log and again to the file, while a
    // rollback journal keeps only the few pages that existed before (a new table's pages need none). A
    // load killed mid-transaction leaves a hot journal that the next open rolls back. The switch needs the
    // file to itself; with other connections open it stays in WAL, which is merely slower.
    return exec(on ? QStringLiteral("PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = OFF;")
                   : QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
}

void Database::interrupt()
{
    sqlite3_interrupt(m_handle);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        m_beginError =
            Error{tr("The database is busy (another program is writing to it): %1").arg(s.error().message), {}};
    else
        m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{tr("Internal error: commit without an active transaction."), {}};
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace rapport
