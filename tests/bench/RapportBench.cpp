// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-bench: measures what Rapport promises, each figure beside the raw SQLite equivalent run
// on the same file in the same process, so the result is a ratio and not a guess.
//
//   rapport-bench demo    --contacts N --dir DIR   demo generation rate vs a raw copy of the same rows
//   rapport-bench open    --dir DIR                 open + first list page vs raw sqlite3_open + query
//   rapport-bench search  --dir DIR [--queries Q]   search latency p50/p99 vs the raw FTS5 query
//   rapport-bench lookup  --dir DIR [--queries Q]   caller lookup p50/p99 vs the raw E.164 lookup
//   rapport-bench startup --dir DIR                 bootstrap to painted main window, full vs empty db
//   rapport-bench contacts --dir DIR [--queries Q]  contact page paint, list scrolling and its memory, sorting
//   rapport-bench imports --dir DIR [--cards N] [--rows N]  the vCard and CSV imports alone
//   rapport-bench sync    --sync-contacts N         initial and incremental sync vs a raw copy
//   rapport-bench load    --clients N --edits E [--per-sync K] [--servers S] [--postgres URL]
//                                                   many laptops syncing at once vs raw UPDATEs
//   rapport-bench all     --contacts N --dir DIR    all of the above
#include "BenchSupport.h"
#include "Bootstrap.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "Settings.h"
#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "domain/Ids.h"
#include "domain/Random.h"
#include "domain/RecordJson.h"
#include "search/CallerLookup.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"
#include "storage/RecordList.h"
#include "storage/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QUrl>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace rapport;

namespace {

QTextStream& out = bench::out();
using bench::ms;
using bench::percentiles;
using bench::Percentiles;

void dropCaches(const QString& path)
{
    // Best effort: evict the file from the page cache so "cold" means cold (needs root; ignored otherwise).
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    ::sync();
    if (f.open(QIODevice::WriteOnly))
        f.write("3\n");
    Q_UNUSED(path)
}

/// The raw equivalent of loading a book: the same rows copied table by table into an empty file with
/// the same schema, by SQLite alone (no validation, normalisation, clocks or search documents), with the
/// secondary indexes built at the end. Returns seconds.
double rawCopySeconds(const QString& path, const QString& copy)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    {
        auto db = Database::open(copy, QStringLiteral("bench-copy"));
        if (!db)
            return -1;
    }
    sqlite3* h = nullptr;
    sqlite3_open(copy.toUtf8().constData(), &h);
    QStringList tables;
    for (const EntityDef* def : Schema::all())
        tables << def->table;
    // Same treatment as the demo gets: secondary indexes dropped, rows copied in per-table
    // transactions, indexes built at the end.
    QStringList indexSql;
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL", -1, &st,
                           nullptr);
        QStringList drops;
        while (sqlite3_step(st) == SQLITE_ROW) {
            drops << QStringLiteral("DROP INDEX \"%1\";")
                         .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))));
            indexSql << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))) + QLatin1Char(';');
        }
        sqlite3_finalize(st);
        sqlite3_exec(h, drops.join(QString()).toUtf8().constData(), nullptr, nullptr, nullptr);
    }
    QElapsedTimer t;
    t.start();
    QString sql = QStringLiteral("ATTACH '%1' AS src; PRAGMA synchronous = OFF; PRAGMA threads = 2;").arg(path);
    for (const QString& table : tables) {
        // Every stored column by name: generated ones (display_title) are computed, not copied.
        QStringList columns;
        sqlite3_stmt* info = nullptr;
        sqlite3_prepare_v2(h,
                           QStringLiteral("SELECT name FROM pragma_table_xinfo('%1') WHERE hidden = 0")
                               .arg(table)
                               .toUtf8()
                               .constData(),
                           -1, &info, nullptr);
        while (sqlite3_step(info) == SQLITE_ROW)
            columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(info, 0)));
        sqlite3_finalize(info);
        sql += QStringLiteral("BEGIN; INSERT INTO main.%1(%2) SELECT %2 FROM src.%1; COMMIT;")
                   .arg(table, columns.join(QLatin1Char(',')));
    }
    sql += QStringLiteral("BEGIN; INSERT INTO main.search_index(rowid, title, subtitle, keywords) SELECT rowid, title, "
                          "subtitle, keywords FROM src.search_index; COMMIT;");
    for (const QString& index : std::as_const(indexSql))
        sql += QStringLiteral("BEGIN; ") + index + QStringLiteral(" COMMIT;");
    char* err = nullptr;
    if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK)
        out << "raw copy failed: " << err << Qt::endl;
    const double rawSeconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(h);
    QFile::remove(copy);

    return rawSeconds;
}

int demo(const QString& dir, qint64 contacts)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    qint64 rows = 0;
    double seconds = 0;
    {
        auto db = Database::open(path, QStringLiteral("bench-demo"));
        if (!db) {
            out << db.error().message << Qt::endl;
            return 1;
        }
        RecordStore store(**db);
        DemoOptions o;
        o.contacts = contacts;
        QElapsedTimer phase;
        phase.start();
        double indexesFrom = 0;
        o.progress = [&](int percent, const QString&) {
            if (percent == 99 && indexesFrom == 0)
                indexesFrom = double(phase.elapsed()) / 1000.0;
        };
        auto s = DemoGenerator::generate(store, o);
        out << QStringLiteral("demo phases: records written after %1 s, indexes built after %2 s")
                   .arg(indexesFrom, 0, 'f', 1)
                   .arg(double(phase.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
        if (!s) {
            out << s.error().fullText() << Qt::endl;
            return 1;
        }
        rows = s->total;
        seconds = double(s->elapsedMs) / 1000.0;
    }
    const double rawSeconds = rawCopySeconds(path, QDir(dir).filePath(QStringLiteral("raw-copy.sqlite")));
    out << QStringLiteral("demo generation: %1 contacts, %2 rows in %3 s = %4 rows/s; raw SQLite copy of the same "
                          "rows: %5 s = %6 rows/s (ratio %7x)")
               .arg(contacts)
               .arg(rows)
               .arg(seconds, 0, 'f', 1)
               .arg(qint64(double(rows) / seconds))
               .arg(rawSeconds, 0, 'f', 1)
               .arg(qint64(double(rows) / rawSeconds))
               .arg(seconds / rawSeconds, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("database size: %1 MB").arg(QFileInfo(path).size() / (1024 * 1024)) << Qt::endl;
    return 0;
}

int open(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    double rapportMs = 0, rawMs = 0;
    for (int round = 0; round < 3; ++round) {
        dropCaches(path);
        QElapsedTimer t;
        t.start();
        {
            auto db = Database::open(path, QStringLiteral("bench-open-%1").arg(round));
            if (!db) {
                out << db.error().message << Qt::endl;
                return 1;
            }
            RecordStore store(**db);
            RecordList list(ListQueries::contacts());
            auto page = list.fetch(**db, nullptr, 200);
            if (!page || page->size() != 200)
                return 1;
            rapportMs += ms(t.nsecsElapsed());
        }
        dropCaches(path);
        t.restart();
        sqlite3* h = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(
            h,
            "SELECT t.rid, t.id, t.display_title, a.name, t.job_title, t.primary_email, t.primary_phone, t.city, "
            "t.country, u.display_name, t.updated_at FROM contacts t LEFT JOIN accounts a ON a.id = t.account_id "
            "LEFT JOIN users u ON u.id = t.owner_id WHERE t.deleted = 0 ORDER BY t.sort_key, t.rid LIMIT 200",
            -1, &st, nullptr);
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            ++n;
        sqlite3_finalize(st);
        sqlite3_close(h);
        rawMs += ms(t.nsecsElapsed());
        if (n != 200)
            return 1;
    }
    out << QStringLiteral("open + first page of contacts: rapport %1 ms, raw SQLite %2 ms (mean of 3)")
               .arg(rapportMs / 3, 0, 'f', 1)
               .arg(rawMs / 3, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

QStringList realisticQueries(Database& db, int count)
{
    // What people type: beginnings of last names, first name plus a bit of the last, company names,
    // cities, email addresses and phone numbers, 2 to 7 characters of each.
    QStringList queries;
    Random rng(99);
    SqlStatement st(db.handle(),
                    QStringLiteral("SELECT first_name, last_name, city, primary_email, primary_phone FROM contacts "
                                   "WHERE rid % 97 = 0 LIMIT ?"));
    st.bind(1, qint64(count));
    QList<QStringList> people;
    while (st.step() == SqlStatement::Step::Row)
        people << QStringList{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
    SqlStatement ac(db.handle(), QStringLiteral("SELECT name FROM accounts WHERE rid % 13 = 0 LIMIT ?"));
    ac.bind(1, qint64(count));
    QStringList companies;
    while (ac.step() == SqlStatement::Step::Row)
        companies << ac.text(0);
    if (people.isEmpty() || companies.isEmpty())
        return queries;
    while (queries.size() < count) {
        const QStringList& p = people[static_cast<qsizetype>(rng.below(static_cast<std::uint64_t>(people.size())))];
        const int len = static_cast<int>(rng.between(2, 7));
        switch (rng.below(6)) {
        case 0:
            queries << p[1].left(len);
            break;
        case 1:
            queries << p[0] + QLatin1Char(' ') + p[1].left(std::max(1, len - 3));
            break;
        case 2:
            queries << companies[static_cast<qsizetype>(rng.below(static_cast<std::uint64_t>(companies.size())))].left(
                len + 2);
            break;
        case 3:
            queries << p[2].left(len);
            break;
        case 4:
            queries << p[3].left(len + 3);
            break;
        default:
            queries << p[4].left(len + 4);
            break;
        }
    }
    return queries;
}

int search(const QString& dir, int count)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(path, QStringLiteral("bench-search"), Database::Access::ReadOnly);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    const QStringList queries = realisticQueries(**db, count);
    if (queries.isEmpty())
        return 1;
    // Warm both paths once, then alternate so neither profits from the other's cache.
    std::vector<qint64> rapport, raw;
    std::vector<std::pair<qint64, QString>> slowest;
    SqlStatement rawQuery(
        (*db)->handle(),
        QStringLiteral("SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20"));
    QElapsedTimer t;
    int empty = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& q : queries) {
            t.restart();
            auto hits = SearchIndex::search(**db, q, 20);
            const qint64 a = t.nsecsElapsed();
            if (!hits) {
                out << QStringLiteral("search for \"%1\" failed: %2").arg(q, hits.error().message) << Qt::endl;
                return 1;
            }
            empty += hits->isEmpty() ? 1 : 0;
            t.restart();
            rawQuery.reset();
            rawQuery.bind(1, SearchIndex::toFtsQuery(q));
            while (rawQuery.step() == SqlStatement::Step::Row) {
            }
            const qint64 b = t.nsecsElapsed();
            if (pass == 1) {
                rapport.push_back(a);
                raw.push_back(b);
                slowest.push_back({a, q + QStringLiteral(" (raw %1 ms)").arg(ms(b), 0, 'f', 1)});
            }
        }
    }
    const Percentiles r = percentiles(rapport), s = percentiles(raw);
    std::sort(slowest.begin(), slowest.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    if (qEnvironmentVariableIsSet("RAPPORT_BENCH_VERBOSE"))
        for (size_t i = 0; i < std::min<size_t>(15, slowest.size()); ++i)
            out << QStringLiteral("  slow: %1 ms  \"%2\"").arg(ms(slowest[i].first), 0, 'f', 1).arg(slowest[i].second)
                << Qt::endl;
    out << QStringLiteral(
               "search over %1 realistic prefixes (%2 without hits): rapport p50 %3 ms, p99 %4 ms, max %5 ms; "
               "raw FTS5 p50 %6 ms, p99 %7 ms, max %8 ms; p99 ratio %9x")
               .arg(queries.size())
               .arg(empty / 2)
               .arg(r.p50, 0, 'f', 2)
               .arg(r.p99, 0, 'f', 2)
               .arg(r.max, 0, 'f', 1)
               .arg(s.p50, 0, 'f', 2)
               .arg(s.p99, 0, 'f', 2)
               .arg(s.max, 0, 'f', 1)
               .arg(r.p99 / std::max(0.001, s.p99), 0, 'f', 2)
        << Qt::endl;
    return 0;
}

/// Bootstrap, build and show the main window, and wait for its first paint.
double timeToFirstPaint(const QString& path, double* bootstrapMs = nullptr, double* windowMs = nullptr)
{
    QElapsedTimer t;
    t.start();
    auto desktop = bootstrap(path);
    if (!desktop)
        return -1;
    if (bootstrapMs)
        *bootstrapMs += ms(t.nsecsElapsed());
    double painted = -1;
    {
        MainWindow window(*desktop->workspace, *desktop->settings);
        if (windowMs)
            *windowMs += ms(t.nsecsElapsed());
        struct PaintWatch : QObject
        {
            bool painted = false;
            bool eventFilter(QObject* o, QEvent* e) override
            {
                if (e->type() == QEvent::Paint)
                    painted = true;
                return QObject::eventFilter(o, e);
            }
        } watch;
        window.installEventFilter(&watch);
        window.show();
        while (!watch.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        painted = ms(t.nsecsElapsed());
    }
    desktop->workspace.reset();
    return painted;
}

/// Caller lookup over the book's real numbers, each written the way a person or a switchboard would
/// (national with a slash, 00 and the country code, +CC with spaces, area code in brackets), one in ten
/// a number nobody has; the raw equivalent is the indexed E.164 lookup of the already normalised number.
int lookup(const QString& dir, int count)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(path, QStringLiteral("bench-lookup"), Database::Access::ReadOnly);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    qint64 total = 0;
    {
        auto top = (*db)->statements().get(QStringLiteral("SELECT max(rowid) FROM phone_index"));
        if (top->step() == SqlStatement::Step::Row)
            total = top->int64(0);
    }
    QStringList numbers;
    Random random(7);
    for (int i = 0; i < count * 3 && numbers.size() < count; ++i) {
        auto st = (*db)->statements().get(
            QStringLiteral("SELECT e164 FROM phone_index WHERE rowid >= ? AND contact_rid IS NOT NULL LIMIT 1"));
        st->bind(1, random.between(1, std::max<qint64>(1, total)));
        if (st->step() == SqlStatement::Step::Row && st->text(0).startsWith(QLatin1String("+49")))
            numbers << st->text(0);
    }
    if (numbers.isEmpty()) {
        out << "lookup: no German numbers in " << path << Qt::endl;
        return 1;
    }
    auto spell = [](const QString& e164, int how) {
        const QString nsn = e164.mid(3);
        switch (how % 4) {
        case 0:
            return QStringLiteral("0%1/%2").arg(nsn.left(3), nsn.mid(3));
        case 1:
            return QStringLiteral("0049%1").arg(nsn);
        case 2:
            return QStringLiteral("+49 %1 %2").arg(nsn.left(2), nsn.mid(2));
        default:
            return QStringLiteral("(0%1) %2").arg(nsn.left(3), nsn.mid(3));
        }
    };
    std::vector<qint64> rapport, raw;
    int found = 0, unknown = 0;
    SqlStatement rawQuery((*db)->handle(), QStringLiteral("SELECT c.id FROM phone_index p JOIN contacts c ON c.rid = "
                                                          "p.contact_rid WHERE p.e164 = ? AND c.deleted = 0"));
    QElapsedTimer t;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < numbers.size(); ++i) {
            const bool nobody = i % 10 == 9;
            const QString e164 = nobody ? QStringLiteral("+4930%1").arg(9000000 + i) : numbers[i];
            const QString typed = spell(e164, i);
            t.restart();
            auto callers = CallerLookup::find(**db, typed, QStringLiteral("DE"));
            const qint64 a = t.nsecsElapsed();
            if (!callers)
                return 1;
            t.restart();
            rawQuery.reset();
            rawQuery.bind(1, e164);
            while (rawQuery.step() == SqlStatement::Step::Row) {
            }
            const qint64 b = t.nsecsElapsed();
            if (pass == 1) {
                rapport.push_back(a);
                raw.push_back(b);
                found += !nobody && !callers->isEmpty() ? 1 : 0;
                unknown += nobody ? 1 : 0;
            }
        }
    }
    const Percentiles r = percentiles(rapport), s = percentiles(raw);
    out << QStringLiteral("caller lookup of %1 numbers in four spellings (%2 nobody's; %3 of the others found): "
                          "rapport p50 %4 ms, p99 %5 ms, max %6 ms; raw E.164 lookup p50 %7 ms, p99 %8 ms")
               .arg(numbers.size())
               .arg(unknown)
               .arg(found)
               .arg(r.p50, 0, 'f', 3)
               .arg(r.p99, 0, 'f', 3)
               .arg(r.max, 0, 'f', 2)
               .arg(s.p50, 0, 'f', 3)
               .arg(s.p99, 0, 'f', 3)
        << Qt::endl;
    return found == numbers.size() - unknown ? 0 : 1;
}

int startup(const QString& dir)
{
    const QString full = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    const QString empty = QDir(dir).filePath(QStringLiteral("empty.sqlite"));
    QFile::remove(empty);
    // Each is started once untimed: the empty one is created, and both warm what a process does once
    // (Qt's and SQLite's first-time set-up, and the code paths for a book with or without content),
    // so neither side of the ratio pays it. The page cache is still dropped before every timed start.
    timeToFirstPaint(empty);
    timeToFirstPaint(full);
    double f = 0, e = 0, fb = 0, eb = 0, fw = 0, ew = 0;
    for (int i = 0; i < 3; ++i) {
        dropCaches(full);
        f += timeToFirstPaint(full, &fb, &fw);
        dropCaches(empty);
        e += timeToFirstPaint(empty, &eb, &ew);
    }
    out << QStringLiteral("start to painted main window: %1 ms with the demo database, %2 ms with an empty one (ratio "
                          "%3x, mean of 3; "
                          "of which bootstrap %4 / %5 ms, window built %6 / %7 ms)")
               .arg(f / 3, 0, 'f', 1)
               .arg(e / 3, 0, 'f', 1)
               .arg(f / std::max(0.001, e), 0, 'f', 2)
               .arg(fb / 3, 0, 'f', 1)
               .arg(eb / 3, 0, 'f', 1)
               .arg(fw / 3, 0, 'f', 1)
               .arg(ew / 3, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

/// How long the desktop's event loop went without running while its window pulled a whole book.
struct DesktopSync
{
    double seconds = -1;
    Percentiles gaps;   ///< between ticks of a 5 ms timer
    qint64 stalls = 0;  ///< gaps over 100 ms
    QString error;
    double closeMs = -1; ///< closeMidPull: from closing the window to its being gone
    qint64 kept = 0;     ///< closeMidPull: records the window had pulled when it closed
};

/// The desktop on an empty database signs in through its sync service and pulls the book with the
/// Contacts list on screen (it refreshes as pages arrive), while a 5 ms timer on the GUI thread records
/// every gap between its ticks: a gap is how long the window could not have answered the user.
/// With `closeMidPull`, the window is closed as soon as the first pulled records are in, and the time its
/// closing takes is measured instead: the sync stops after the page it is writing.
DesktopSync desktopSync(const QString& path, const QUrl& url, const QString& user, const QString& password,
                        bool closeMidPull = false)
{
    DesktopSync result;
    auto desktop = bootstrap(path);
    if (!desktop) {
        result.error = desktop.error().message;
        return result;
    }
    {
        auto owned = std::make_unique<MainWindow>(*desktop->workspace, *desktop->settings);
        MainWindow& window = *owned;
        window.showSection(MainWindow::Contacts);
        window.show();
        sync::SyncService* service = window.syncService();
        QEventLoop loop;
        bool started = false;
        QObject::connect(service, &sync::SyncService::signInFinished, &loop,
                         [&](const QString& token, const QString&, const QString& error) {
                             if (token.isEmpty()) {
                                 result.error = error;
                                 loop.quit();
                                 return;
                             }
                             service->configure(url, token);
                             service->syncNow();
                         });
        QObject::connect(service, &sync::SyncService::statusChanged, &loop, [&](const sync::SyncStatus& s) {
            started = started || s.state == sync::SyncStatus::State::Syncing;
            if (closeMidPull && s.state == sync::SyncStatus::State::Syncing && s.done > 0) {
                loop.quit();
                return;
            }
            if (s.state == sync::SyncStatus::State::Failed) {
                result.error = s.error;
                loop.quit();
            } else if (started && s.state == sync::SyncStatus::State::Idle) {
                loop.quit();
            }
        });
        std::vector<qint64> gaps;
        QElapsedTimer tick, total;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] { gaps.push_back(tick.nsecsElapsed()); tick.restart(); });
        total.start();
        tick.start();
        timer.start();
        service->signIn(url, user, password);
        loop.exec();
        result.seconds = double(total.nsecsElapsed()) / 1e9;
        result.gaps = percentiles(gaps);
        result.stalls = std::count_if(gaps.begin(), gaps.end(), [](qint64 ns) { return ns > 100'000'000; });
        QElapsedTimer closing;
        closing.start();
        owned.reset();
        result.closeMs = double(closing.nsecsElapsed()) / 1e6;
    }
    if (closeMidPull) {
        auto st = desktop->workspace->database().statements().get(QStringLiteral("SELECT count(*) FROM contacts"));
        if (st->step() == SqlStatement::Step::Row)
            result.kept = st->int64(0);
    }
    desktop->workspace.reset();
    return result;
}

/// Initial and incremental sync through a real rapport-server on loopback: a demo book is pushed to an
/// empty server as an administrator, then pulled by an empty laptop; the raw equivalent is SQLite copying
/// the same rows into an empty file.
int syncBench(const QString& dir, qint64 contacts)
{
    const QString source = QDir(dir).filePath(QStringLiteral("sync-source.sqlite"));
    const QString serverData = QDir(dir).filePath(QStringLiteral("sync-server.sqlite"));
    const QString client = QDir(dir).filePath(QStringLiteral("sync-client.sqlite"));
    const QString desktopFile = QDir(dir).filePath(QStringLiteral("sync-desktop.sqlite"));
    const QString closedFile = QDir(dir).filePath(QStringLiteral("sync-closed.sqlite"));
    for (const QString& f : {source, serverData, client, desktopFile})
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(f + suffix);
    const QString password = QStringLiteral("bench-password");
    test::ServerProcess server(QStringLiteral("sqlite:") + serverData);
    QString output;
    if (server.admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench"), QStringLiteral("--role"),
                      QStringLiteral("admin")},
                     &output, password)
        != 0) {
        out << "sync: cannot create the server's user: " << output << Qt::endl;
        return 1;
    }
    if (!server.start()) {
        out << "sync: the server did not start" << Qt::endl;
        return 1;
    }
    const QUrl url = server.url;

    // The book, pushed as its records' creates in batches, as a first laptop would.
    qint64 rows = 0;
    double pushSeconds = 0;
    {
        auto db = Database::open(source, QStringLiteral("bench-sync-source"));
        if (!db)
            return 1;
        RecordStore store(**db);
        DemoOptions o;
        o.contacts = contacts;
        if (auto made = DemoGenerator::generate(store, o); !made) {
            out << made.error().fullText() << Qt::endl;
            return 1;
        }
        sync::HttpTransport transport(url, 600000);
        sync::SyncEngine engine(store, transport);
        auto session = engine.login(QStringLiteral("bench"), password);
        if (!session) {
            out << session.error().message << Qt::endl;
            return 1;
        }
        IdGenerator ids;
        QElapsedTimer t;
        t.start();
        QJsonArray batch;
        auto flush = [&]() -> bool {
            if (batch.isEmpty())
                return true;
            auto r = transport.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                       {{QStringLiteral("mutations"), batch}}, session->token);
            batch = {};
            if (!r.ok())
                out << "sync: push failed: " << sync::SyncEngine::errorFrom(r).message << Qt::endl;
            return r.ok();
        };
        for (const EntityDef* def : Schema::all()) {
            QStringList idsOfType;
            {
                auto st = (*db)->statements().get(QStringLiteral("SELECT id FROM %1").arg(def->table));
                while (st->step() == SqlStatement::Step::Row)
                    idsOfType << st->text(0);
            }
            for (const QString& id : std::as_const(idsOfType)) {
                auto record = store.fetch(def->type, id, true);
                if (!record)
                    continue;
                QJsonObject fields = RecordJson::fields(*record);
                for (const FieldDef& f : def->fields)
                    if (f.is(Derived))
                        fields.remove(f.name);
                sync::PushMutation m{ids.next(), def->name, id, QStringLiteral("create"), store.clock().now().toString(),
                                     fields, {}, {}};
                batch.append(m.toJson());
                ++rows;
                if (batch.size() >= sync::MaxPushBatch && !flush())
                    return 1;
            }
        }
        if (!flush())
            return 1;
        pushSeconds = double(t.nsecsElapsed()) / 1e9;
    }

    // An empty laptop signs in and pulls the whole book.
    double pullSeconds = 0, editSeconds = 0, idleSeconds = 0;
    qint64 pulled = 0;
    {
        auto db = Database::open(client, QStringLiteral("bench-sync-client"));
        if (!db)
            return 1;
        RecordStore store(**db);
        sync::HttpTransport transport(url, 600000);
        sync::SyncEngine engine(store, transport);
        auto session = engine.login(QStringLiteral("bench"), password);
        if (!session)
            return 1;
        QElapsedTimer t;
        t.start();
        auto report = engine.sync(session->token, url.toString());
        pullSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!report) {
            out << "sync: " << report.error().message << Qt::endl;
            return 1;
        }
        pulled = report->pulled;

        // 100 edits, then a sync that pushes them and pulls them back.
        QStringList accounts;
        {
            auto st = (*db)->statements().get(QStringLiteral("SELECT id FROM accounts LIMIT 100"));
            while (st->step() == SqlStatement::Step::Row)
                accounts << st->text(0);
        }
        int n = 0;
        for (const QString& id : std::as_const(accounts))
            (void)store.update(Record(EntityType::Account, id).set(u"website", QStringLiteral("https://edit%1.example").arg(++n)));
        t.restart();
        if (!engine.sync(session->token, url.toString()))
            return 1;
        editSeconds = double(t.nsecsElapsed()) / 1e9;
        t.restart();
        if (!engine.sync(session->token, url.toString()))
            return 1;
        idleSeconds = double(t.nsecsElapsed()) / 1e9;
    }
    const DesktopSync gui =
        desktopSync(desktopFile, url, QStringLiteral("bench"), password);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(closedFile + suffix);
    const DesktopSync closed = desktopSync(closedFile, url, QStringLiteral("bench"), password, true);
    server.stop();
    const double raw = rawCopySeconds(source, QDir(dir).filePath(QStringLiteral("sync-raw.sqlite")));
    out << QStringLiteral("sync: %1 contacts; seeding the server: %2 records pushed in %3 s = %4 records/s")
               .arg(contacts)
               .arg(rows)
               .arg(pushSeconds, 0, 'f', 1)
               .arg(qint64(double(rows) / pushSeconds))
        << Qt::endl;
    out << QStringLiteral("sync: initial sync of an empty laptop: %1 records in %2 s = %3 records/s; raw SQLite copy "
                          "of the same rows: %4 s (ratio %5x)")
               .arg(pulled)
               .arg(pullSeconds, 0, 'f', 1)
               .arg(qint64(double(pulled) / pullSeconds))
               .arg(raw, 0, 'f', 1)
               .arg(pullSeconds / raw, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("sync: 100 edits pushed and pulled back: %1 ms; nothing to do: %2 ms")
               .arg(editSeconds * 1000, 0, 'f', 1)
               .arg(idleSeconds * 1000, 0, 'f', 1)
        << Qt::endl;
    if (!gui.error.isEmpty()) {
        out << "sync: the desktop could not sync: " << gui.error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("sync: the desktop window pulling the book: %1 s; event loop gaps p50 %2 ms, p99 %3 ms, "
                          "max %4 ms; %5 over 100 ms")
               .arg(gui.seconds, 0, 'f', 1)
               .arg(gui.gaps.p50, 0, 'f', 1)
               .arg(gui.gaps.p99, 0, 'f', 1)
               .arg(gui.gaps.max, 0, 'f', 1)
               .arg(gui.stalls)
        << Qt::endl;
    if (closed.error.isEmpty())
        out << QStringLiteral("sync: the desktop window closed while pulling the book: closed in %1 ms, with %2 "
                              "contacts pulled (the next sync goes on from there)")
                   .arg(closed.closeMs, 0, 'f', 1)
                   .arg(closed.kept)
            << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // measures Rapport, not a display server
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QStringLiteral("demo | open | search | lookup | startup | contacts | imports | calendar | pipeline | helpdesk | sync | load | all"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Demo size."), QStringLiteral("N"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Search queries."), QStringLiteral("Q"),
                                     QStringLiteral("1000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Working folder."), QStringLiteral("DIR"),
                                       QDir::temp().filePath(QStringLiteral("rapport-bench")));
    const QCommandLineOption opportunities(QStringLiteral("opportunities"),
                                           QStringLiteral("Deals for the pipeline benchmark (the book's are copied up to it)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tickets(QStringLiteral("tickets"),
                                     QStringLiteral("Tickets for the help-desk benchmark (the book's are copied up to it)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Knowledge-base articles for the help-desk benchmark."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption syncContacts(QStringLiteral("sync-contacts"), QStringLiteral("Book size for the sync benchmark."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Laptops syncing at once (load)."),
                                     QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Edits per laptop (load)."), QStringLiteral("N"),
                                   QStringLiteral("100"));
    const QCommandLineOption perSync(QStringLiteral("per-sync"), QStringLiteral("Edits between two syncs (load)."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption servers(QStringLiteral("servers"),
                                     QStringLiteral("Server processes sharing the database (load)."), QStringLiteral("N"),
                                     QStringLiteral("1"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("Run the load on this PostgreSQL database instead of SQLite."),
                                      QStringLiteral("URL"));
    const QCommandLineOption cards(QStringLiteral("cards"), QStringLiteral("vCards to import (imports; 0: none)."),
                                   QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("CSV rows to import (imports; 0: the whole book, -1: none)."),
                                  QStringLiteral("N"), QStringLiteral("-1"));
    parser.addOptions({cards, rows});
    parser.addOptions({contacts, queries, dirOption, opportunities, tickets, articles, syncContacts, clients, edits, perSync, servers, postgres});
    parser.addHelpOption();
    parser.process(app);
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = parser.value(dirOption);
    QDir().mkpath(dir);
    const QString what = parser.positionalArguments().value(0, QStringLiteral("all"));
    out << QStringLiteral("rapport-bench on %1, %2 cores, Qt %3, SQLite %4")
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount())
               .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()))
        << Qt::endl;
    int rc = 0;
    if (what == QLatin1String("demo") || what == QLatin1String("all"))
        rc |= demo(dir, parser.value(contacts).toLongLong());
    if (what == QLatin1String("open") || what == QLatin1String("all"))
        rc |= open(dir);
    if (what == QLatin1String("search") || what == QLatin1String("all"))
        rc |= search(dir, parser.value(queries).toInt());
    if (what == QLatin1String("lookup") || what == QLatin1String("all"))
        rc |= lookup(dir, parser.value(queries).toInt());
    if (what == QLatin1String("startup") || what == QLatin1String("all"))
        rc |= startup(dir);
    if (what == QLatin1String("contacts") || what == QLatin1String("all"))
        rc |= bench::contactsBench(dir, parser.value(queries).toInt());
    if (what == QLatin1String("imports"))
        rc |= bench::importsBench(dir, parser.value(cards).toInt(), parser.value(rows).toInt());
    if (what == QLatin1String("all")) // the whole book as CSV unless told otherwise
        rc |=
            bench::importsBench(dir, parser.value(cards).toInt(), parser.isSet(rows) ? parser.value(rows).toInt() : 0);
    if (what == QLatin1String("pipeline") || what == QLatin1String("all"))
        rc |= bench::pipelineBench(dir, parser.value(opportunities).toLongLong());
    if (what == QLatin1String("helpdesk") || what == QLatin1String("all"))
        rc |= bench::helpDeskBench(dir, parser.value(tickets).toLongLong(), parser.value(articles).toLongLong());
    if (what == QLatin1String("calendar") || what == QLatin1String("all"))
        rc |= bench::calendarBench(dir, std::clamp(parser.value(queries).toInt() / 10, 10, 100));
    if (what == QLatin1String("sync") || what == QLatin1String("all"))
        rc |= syncBench(dir, std::min<qint64>(parser.value(contacts).toLongLong(), parser.value(syncContacts).toLongLong()));
    if (what == QLatin1String("load") || what == QLatin1String("all")) {
        bench::LoadOptions load;
        load.clients = parser.value(clients).toInt();
        load.edits = parser.value(edits).toInt();
        load.perRound = std::clamp(parser.value(perSync).toInt(), 1, std::max(1, load.edits));
        load.teamSize = std::min(load.teamSize, load.clients);
        load.servers = parser.value(servers).toInt();
        load.postgresUrl = parser.value(postgres);
        rc |= bench::syncLoadBench(dir, load);
    }
    return rc;
}
