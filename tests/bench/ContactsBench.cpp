// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-bench contacts: what the contacts issue promises at a million contacts, each beside the raw SQLite
// equivalent on the same file: a contact's page painted, the whole list scrolled with flat memory, one person's
// contacts sorted by a column without an index, 20,000 of them assigned to another rep at once, a CSV
// file of the whole book imported, and a vCard file imported.
#include "BenchSupport.h"
#include "Workspace.h"
#include "commands/EditRecordCommand.h"
#include "domain/Random.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/CsvImport.h"
#include "io/CsvReader.h"
#include "io/VCardReader.h"
#include "models/HistoryModel.h"
#include "models/RecordListModel.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "views/CustomerPage.h"
#include "widgets/HistoryView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUndoStack>

#include <sqlite3.h>

namespace rapport::bench {

namespace {

/// Resident memory of this process in MB: its own (heap, stacks: anonymous pages) and the database file's pages
/// that SQLite reads through its memory map (at most `PRAGMA mmap_size`, shared with the kernel's page cache and
/// given back under memory pressure), apart, as /proc/self/status counts them.
struct Resident
{
    double own = 0, mapped = 0;
    static Resident now()
    {
        Resident r;
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return r;
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            if (parts[0] == "RssAnon:")
                r.own = parts[1].toDouble() / 1024.0;
            else if (parts[0] == "RssFile:")
                r.mapped = parts[1].toDouble() / 1024.0;
        }
        return r;
    }
    Resident max(const Resident& o) const { return {std::max(own, o.own), std::max(mapped, o.mapped)}; }
};

QStringList sampleContacts(sqlite3* h, int count)
{
    QStringList ids;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "SELECT max(rid) FROM contacts", -1, &st, nullptr);
    qint64 max = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    Random rng(7);
    sqlite3_prepare_v2(h, "SELECT id FROM contacts WHERE rid >= ? AND deleted = 0 ORDER BY rid LIMIT 1", -1, &st,
                       nullptr);
    while (ids.size() < count && max > 0) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, 1 + qint64(rng.below(int(std::min<qint64>(max, 2'000'000'000)))));
        if (sqlite3_step(st) == SQLITE_ROW)
            ids << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    return ids;
}

/// `count` of the book's contacts at random, read through a connection of their own.
QStringList sampleContacts(Workspace& book, int count)
{
    sqlite3* h = nullptr;
    sqlite3_open_v2(book.path().toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    const QStringList ids = sampleContacts(h, count);
    sqlite3_close(h);
    return ids;
}

/// The contact's page, from showRecord to a painted page with its header, lists and first history page.
void firstPaint(Workspace& ws, sqlite3* raw, const QStringList& ids)
{
    QUndoStack undo;
    ContactPage page(ws, undo);
    page.resize(1100, 800);
    page.show();
    QApplication::processEvents();
    std::vector<qint64> times, rawTimes;
    QElapsedTimer t;
    for (const QString& id : ids) {
        t.start();
        page.showRecord(id);
        while (!page.isLoaded() || page.history()->model()->isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        page.repaint();
        times.push_back(t.nsecsElapsed());
    }
    // Raw: the contact's row and the first page of its activities, by the same indexes.
    sqlite3_stmt* row = nullptr;
    sqlite3_stmt* history = nullptr;
    sqlite3_prepare_v2(raw, "SELECT * FROM contacts WHERE id = ?", -1, &row, nullptr);
    sqlite3_prepare_v2(raw, "SELECT * FROM activities WHERE contact_id = ? ORDER BY start_at DESC LIMIT 50", -1,
                       &history, nullptr);
    for (const QString& id : ids) {
        const QByteArray utf8 = id.toUtf8();
        t.start();
        for (sqlite3_stmt* st : {row, history}) {
            sqlite3_reset(st);
            sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
        }
        rawTimes.push_back(t.nsecsElapsed());
    }
    sqlite3_finalize(row);
    sqlite3_finalize(history);
    const Percentiles r = percentiles(times), s = percentiles(rawTimes);
    out() << QStringLiteral("contact page, %1 contacts: showRecord to painted page (header, lists, first history page) "
                            "p50 %2 ms, p99 %3 ms, max %4 ms; raw row + first activities p50 %5 ms, p99 %6 ms")
                 .arg(ids.size())
                 .arg(r.p50, 0, 'f', 2)
                 .arg(r.p99, 0, 'f', 2)
                 .arg(r.max, 0, 'f', 1)
                 .arg(s.p50, 0, 'f', 3)
                 .arg(s.p99, 0, 'f', 3)
          << Qt::endl;
}

/// The whole contact list scrolled from top to bottom: every page fetched and every row's cells read.
void scrolling(Workspace& ws, sqlite3* raw)
{
    RecordListModel model(ws.database(), ws.store(), ListQueries::contacts());
    model.reload();
    const Resident before = Resident::now();
    // The model reads on this connection; its page cache fills once to its size (`PRAGMA cache_size`).
    auto cacheUsed = [&ws] {
        int current = 0, highwater = 0;
        sqlite3_db_status(ws.database().handle(), SQLITE_DBSTATUS_CACHE_USED, &current, &highwater, 0);
        return qint64(current);
    };
    const qint64 sqliteBefore = cacheUsed();
    Resident peak = before;
    qint64 sqlitePeak = sqliteBefore;
    QElapsedTimer t;
    t.start();
    std::vector<qint64> pages;
    std::vector<Resident> samples; // every 100 pages
    QElapsedTimer page;
    int row = 0;
    for (;;) {
        page.start();
        for (; row < model.rowCount(); ++row)
            for (int c = 0; c < model.columnCount(); ++c)
                (void)model.data(model.index(row, c));
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
        pages.push_back(page.nsecsElapsed());
        if (pages.size() % 100 == 0) {
            samples.push_back(Resident::now());
            peak = peak.max(samples.back());
            sqlitePeak = std::max(sqlitePeak, cacheUsed());
        }
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    samples.push_back(Resident::now());
    peak = peak.max(samples.back());
    // Once the caches are full, memory stays flat: the second half of the scroll against its start.
    const Resident half = samples[samples.size() / 2];
    double secondHalfPeak = half.own;
    for (size_t i = samples.size() / 2; i < samples.size(); ++i)
        secondHalfPeak = std::max(secondHalfPeak, samples[i].own);
    sqlitePeak = std::max(sqlitePeak, cacheUsed());
    // Raw: the same keyset pages over the name index, every column read.
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(
        raw,
        "SELECT t.rid, t.id, t.sort_key, t.display_title, a.name, t.job_title, t.primary_email, "
        "t.primary_phone, t.city, t.country, u.display_name, t.updated_at FROM contacts t LEFT JOIN "
        "accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.owner_id WHERE t.deleted = 0 "
        "AND t.merged_into IS NULL AND (t.sort_key, t.rid) > (?, ?) ORDER BY t.sort_key, t.rid LIMIT 200",
        -1, &st, nullptr);
    QByteArray lastKey;
    qint64 lastRid = -1;
    qint64 rawRows = 0;
    t.start();
    for (;;) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, lastKey.constData(), int(lastKey.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, lastRid);
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++n;
            lastRid = sqlite3_column_int64(st, 0);
            lastKey = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)));
            for (int c = 3; c < 12; ++c)
                (void)sqlite3_column_text(st, c);
        }
        rawRows += n;
        if (n < 200)
            break;
    }
    sqlite3_finalize(st);
    const double rawSeconds = double(t.nsecsElapsed()) / 1e9;
    const Percentiles p = percentiles(pages);
    constexpr double MiB = 1024.0 * 1024.0;
    out() << QStringLiteral(
                 "scrolling the contact list end to end: %1 rows in %2 s (a page of 200: p50 %3 ms, p99 %4 ms), "
                 "%5 pages held; raw keyset pages %6 rows in %7 s")
                 .arg(model.rowCount())
                 .arg(seconds, 0, 'f', 1)
                 .arg(p.p50, 0, 'f', 2)
                 .arg(p.p99, 0, 'f', 2)
                 .arg(model.residentPages())
                 .arg(rawRows)
                 .arg(rawSeconds, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral(
                 "scrolling memory: the process's own %1 MB before, at most %2 MB (growth %3 MB), of which "
                 "SQLite's page cache %4 MB before, at most %5 MB (growth %6 MB); mapped file pages (the "
                 "libraries, and the database file through SQLite's memory map) %7 MB before, at most %8 MB; "
                 "over the second half of the list the process's own memory grew %9 MB")
                 .arg(before.own, 0, 'f', 0)
                 .arg(peak.own, 0, 'f', 0)
                 .arg(peak.own - before.own, 0, 'f', 1)
                 .arg(double(sqliteBefore) / MiB, 0, 'f', 0)
                 .arg(double(sqlitePeak) / MiB, 0, 'f', 0)
                 .arg(double(sqlitePeak - sqliteBefore) / MiB, 0, 'f', 1)
                 .arg(before.mapped, 0, 'f', 0)
                 .arg(peak.mapped, 0, 'f', 0)
                 .arg(secondHalfPeak - half.own, 0, 'f', 1)
          << Qt::endl;
}

/// Lists sorted by a column without an index (the account), read page by page: one person's contacts (the
/// largest such list within RecordList::scanSortLimit()), and the worst case, a list of exactly that many records.
/// Raw: the same keyset pages in the same order (lower() for the fold, which plain SQLite lacks).
void sortingWithoutIndex(Workspace& ws, sqlite3* raw)
{
    const qint64 limit = RecordList::DefaultScanSortLimit;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT owner_id, count(*) AS n FROM contacts WHERE deleted = 0 AND merged_into IS NULL "
                       "GROUP BY owner_id HAVING n <= ? ORDER BY n DESC LIMIT 1",
                       -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, limit);
    const bool found = sqlite3_step(st) == SQLITE_ROW;
    const QString owner =
        found ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) : QString();
    sqlite3_finalize(st);
    sqlite3_prepare_v2(raw,
                       "SELECT rid FROM contacts WHERE deleted = 0 AND merged_into IS NULL ORDER BY rid LIMIT 1 "
                       "OFFSET ?",
                       -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, limit - 1);
    const qint64 lastRid = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);

    struct Case
    {
        QString what, condition;
        QVariant value;
    };
    QList<Case> cases;
    if (found)
        cases << Case{QStringLiteral("one person's contacts"), QStringLiteral("t.owner_id = ?"), owner};
    if (lastRid)
        cases << Case{QStringLiteral("the first %1 contacts created").arg(limit), QStringLiteral("t.rid <= ?"),
                      lastRid};
    for (const Case& c : std::as_const(cases)) {
        RecordListModel model(ws.database(), ws.store(), ListQueries::contacts());
        model.setCondition(c.condition, {c.value});
        model.reload();
        int account = -1;
        for (int i = 0; i < model.list().spec().columns.size(); ++i)
            if (model.list().spec().columns[i].key == u"account")
                account = i;
        QElapsedTimer t;
        t.start();
        model.sort(account, Qt::AscendingOrder); // the bounded count, then the first page
        const double first = ms(t.nsecsElapsed());
        std::vector<qint64> pages;
        while (model.canFetchMore({})) {
            t.start();
            model.fetchMore({});
            pages.push_back(t.nsecsElapsed());
        }
        const int rows = model.rowCount();
        const QByteArray sql =
            QStringLiteral("SELECT t.rid, lower(a.name) || char(1) || coalesce(t.sort_key, ''), t.display_title, "
                           "a.name, t.job_title, t.primary_email, t.primary_phone, t.city, t.country, u.display_name, "
                           "t.updated_at FROM contacts t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u "
                           "ON u.id = t.owner_id WHERE t.deleted = 0 AND t.merged_into IS NULL AND %1 AND "
                           "(lower(a.name) || char(1) || coalesce(t.sort_key, ''), t.rid) > (?, ?) ORDER BY 2, t.rid "
                           "LIMIT 200")
                .arg(c.condition)
                .toUtf8();
        sqlite3_prepare_v2(raw, sql.constData(), -1, &st, nullptr);
        std::vector<qint64> rawPages;
        QByteArray key;
        qint64 rid = -1;
        const QByteArray text = c.value.toString().toUtf8();
        for (;;) {
            t.start();
            sqlite3_reset(st);
            if (c.value.typeId() == QMetaType::QString)
                sqlite3_bind_text(st, 1, text.constData(), int(text.size()), SQLITE_STATIC);
            else
                sqlite3_bind_int64(st, 1, c.value.toLongLong());
            sqlite3_bind_text(st, 2, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 3, rid);
            int n = 0;
            while (sqlite3_step(st) == SQLITE_ROW) {
                ++n;
                rid = sqlite3_column_int64(st, 0);
                key = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
                for (int i = 2; i < 11; ++i)
                    (void)sqlite3_column_text(st, i);
            }
            rawPages.push_back(t.nsecsElapsed());
            if (n < 200)
                break;
        }
        sqlite3_finalize(st);
        const Percentiles p = percentiles(pages), r = percentiles(rawPages);
        out() << QStringLiteral("%1 sorted by account (no index; %2 rows, the limit %3): sorted and the first page "
                                "%4 ms; each further page of 200 p50 %5 ms, p99 %6 ms; raw keyset pages in the same "
                                "order p50 %7 ms, p99 %8 ms")
                     .arg(c.what)
                     .arg(rows)
                     .arg(limit)
                     .arg(first, 0, 'f', 1)
                     .arg(p.p50, 0, 'f', 1)
                     .arg(p.p99, 0, 'f', 1)
                     .arg(r.p50, 0, 'f', 1)
                     .arg(r.p99, 0, 'f', 1)
              << Qt::endl;
    }
}

/// A record anywhere in the list shown in it (an incoming call, a search result opened): the list starts near
/// the record instead of reading down to it. Raw: the record's key, the half page above it read backwards and
/// the page from there, by the same index.
void jumping(Workspace& ws, sqlite3* raw, const QStringList& ids)
{
    RecordListModel model(ws.database(), ws.store(), ListQueries::contacts());
    model.reload();
    std::vector<qint64> times, rawTimes;
    QElapsedTimer t;
    int found = 0;
    for (const QString& id : ids) {
        t.start();
        const int row = model.locate(id);
        for (int c = 0; row >= 0 && c < model.columnCount(); ++c)
            (void)model.data(model.index(row, c));
        times.push_back(t.nsecsElapsed());
        found += row >= 0 && model.idAt(row) == id ? 1 : 0;
    }
    const char* columns =
        "t.rid, t.id, t.sort_key, t.display_title, a.name, t.job_title, t.primary_email, "
        "t.primary_phone, t.city, t.country, u.display_name, t.updated_at FROM contacts t LEFT JOIN "
        "accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.owner_id WHERE t.deleted = 0 "
        "AND t.merged_into IS NULL AND ";
    sqlite3_stmt* key = nullptr;
    sqlite3_stmt* above = nullptr;
    sqlite3_stmt* page = nullptr;
    sqlite3_prepare_v2(raw, "SELECT sort_key, rid FROM contacts t WHERE id = ? AND deleted = 0 AND merged_into IS NULL",
                       -1, &key, nullptr);
    sqlite3_prepare_v2(raw,
                       (QByteArray("SELECT ") + columns +
                        "(t.sort_key, t.rid) < (?, ?) ORDER BY t.sort_key DESC, "
                        "t.rid DESC LIMIT 101")
                           .constData(),
                       -1, &above, nullptr);
    sqlite3_prepare_v2(raw,
                       (QByteArray("SELECT ") + columns +
                        "(t.sort_key, t.rid) > (?, ?) ORDER BY t.sort_key, t.rid "
                        "LIMIT 200")
                           .constData(),
                       -1, &page, nullptr);
    for (const QString& id : ids) {
        const QByteArray utf8 = id.toUtf8();
        t.start();
        sqlite3_reset(key);
        sqlite3_bind_text(key, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        if (sqlite3_step(key) != SQLITE_ROW)
            continue;
        QByteArray sortKey(reinterpret_cast<const char*>(sqlite3_column_text(key, 0)));
        qint64 rid = sqlite3_column_int64(key, 1);
        sqlite3_reset(above);
        sqlite3_bind_text(above, 1, sortKey.constData(), int(sortKey.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(above, 2, rid);
        while (sqlite3_step(above) == SQLITE_ROW) {
            sortKey = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(above, 2)));
            rid = sqlite3_column_int64(above, 0);
        }
        sqlite3_reset(page);
        sqlite3_bind_text(page, 1, sortKey.constData(), int(sortKey.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(page, 2, rid);
        while (sqlite3_step(page) == SQLITE_ROW)
            for (int c = 3; c < 12; ++c)
                (void)sqlite3_column_text(page, c);
        rawTimes.push_back(t.nsecsElapsed());
    }
    for (sqlite3_stmt* st : {key, above, page})
        sqlite3_finalize(st);
    const Percentiles r = percentiles(times), s = percentiles(rawTimes);
    out() << QStringLiteral("a contact anywhere in the list shown in it (locate), %1 contacts, %2 found in their row: "
                            "p50 %3 ms, p99 %4 ms, max %5 ms; raw key + half page above + page p50 %6 ms, p99 %7 ms")
                 .arg(ids.size())
                 .arg(found)
                 .arg(r.p50, 0, 'f', 2)
                 .arg(r.p99, 0, 'f', 2)
                 .arg(r.max, 0, 'f', 1)
                 .arg(s.p50, 0, 'f', 2)
                 .arg(s.p99, 0, 'f', 2)
          << Qt::endl;
}

/// The raw equivalent of an import: the same file parsed and its cells inserted into a plain table, in one
/// transaction, with nothing checked, normalised, indexed or journaled.
double rawImportSeconds(const QString& csv, const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("raw-import.sqlite"));
    QFile::remove(path);
    sqlite3* h = nullptr;
    sqlite3_open(path.toUtf8().constData(), &h);
    sqlite3_exec(h, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", nullptr, nullptr, nullptr);
    QFile file(csv);
    file.open(QIODevice::ReadOnly);
    QElapsedTimer t;
    t.start();
    CsvReader reader(file, CsvReader::detect(file.peek(65536)));
    QStringList fields;
    reader.next(fields);
    const int columns = int(fields.size());
    QStringList defs, marks;
    for (int c = 0; c < columns; ++c) {
        defs << QStringLiteral("c%1 TEXT").arg(c);
        marks << QStringLiteral("?");
    }
    sqlite3_exec(h, QStringLiteral("CREATE TABLE rows(%1)").arg(defs.join(QLatin1Char(','))).toUtf8().constData(),
                 nullptr, nullptr, nullptr);
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(
        h, QStringLiteral("INSERT INTO rows VALUES(%1)").arg(marks.join(QLatin1Char(','))).toUtf8().constData(), -1,
        &st, nullptr);
    while (reader.next(fields)) {
        sqlite3_reset(st);
        for (int c = 0; c < columns; ++c) {
            const QByteArray v = fields.value(c).toUtf8();
            sqlite3_bind_text(st, c + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(h);
    QFile::remove(path);
    return seconds;
}

double rawCopySeconds(const QString& imported, const QString& dir);

/// The book's contacts (`count` of them at random, or all when 0) exported to CSV and imported into an empty book.
void importCsv(Workspace& source, const QString& dir, int count)
{
    const QString csv = QDir(dir).filePath(QStringLiteral("contacts.csv"));
    QStringList ids;
    if (count > 0)
        ids = sampleContacts(source, count);
    QElapsedTimer t;
    t.start();
    auto written = ContactExport::write(source.database(), csv, ContactExport::Format::Csv, ids);
    const double exportSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!written) {
        out() << written.error().message << Qt::endl;
        return;
    }
    const QString target = QDir(dir).filePath(QStringLiteral("import.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    auto db = Database::open(target, QStringLiteral("bench-import"));
    RecordStore store(**db);
    (void)store.ensureCurrentUser();
    store.setDefaultRegion(QStringLiteral("DE"));
    QFile file(csv);
    file.open(QIODevice::ReadOnly);
    t.start();
    auto report = CsvImport::run(store, file, {});
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!report) {
        out() << QStringLiteral("CSV import failed: ") << report.error().message << Qt::endl;
        return;
    }
    const double raw = rawImportSeconds(csv, dir);
    const double copy = rawCopySeconds(target, dir);
    out() << QStringLiteral("CSV export of %1 contacts: %2 s (%3 MB); CSV import into an empty book (validation, phone "
                            "numbers, duplicate check, accounts, search index, outbox, audit): %4 created, %5 "
                            "skipped, %6 accounts in %7 s = %8 rows/s; raw parse + INSERT of the same cells %9 s; "
                            "raw SQLite copy of the rows it wrote into an empty book %10 s")
                 .arg(*written)
                 .arg(exportSeconds, 0, 'f', 1)
                 .arg(QFileInfo(csv).size() / (1024 * 1024))
                 .arg(report->created)
                 .arg(report->skipped)
                 .arg(report->accountsCreated)
                 .arg(seconds, 0, 'f', 1)
                 .arg(qint64(double(report->created + report->skipped) / seconds))
                 .arg(raw, 0, 'f', 1)
                 .arg(copy, 0, 'f', 1)
          << Qt::endl;
}

/// The raw equivalent of an import's writing: the rows it made (contacts, accounts, their full-text, phone and
/// e-mail index entries, outbox and audit entries) copied by SQLite into an empty book of the same schema, in
/// one transaction, the indexes the import builds after its rows (ContactImport::deferIndexes) likewise
/// dropped first and built after the copy. What SQLite alone needs to store what the import stored.
double rawCopySeconds(const QString& imported, const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("raw-copy.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        auto db = Database::open(path, QStringLiteral("bench-raw-copy")); // the schema, empty
        if (!db)
            return 0;
    }
    sqlite3* h = nullptr;
    sqlite3_open(path.toUtf8().constData(), &h);
    sqlite3_exec(h, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", nullptr, nullptr, nullptr);
    const QString attach = QStringLiteral("ATTACH '%1' AS s").arg(imported);
    sqlite3_exec(h, attach.toUtf8().constData(), nullptr, nullptr, nullptr);
    auto columns = [&](const char* table) {
        QStringList names;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0", -1, &st, nullptr);
        sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW)
            names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return names.join(QLatin1Char(','));
    };
    RecordStore::BulkOptions deferred;
    ContactImport::deferIndexes(deferred);
    QStringList built; // the deferred indexes' definitions
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const auto text = [st](int i) {
                return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
            };
            if (deferred.deferIndexesOf.contains(text(1)) && !deferred.liveIndexes.contains(text(0)))
                built << text(2);
        }
        sqlite3_finalize(st);
    }
    QStringList statements{QStringLiteral("BEGIN")};
    for (const QString& sql : std::as_const(built))
        statements << QStringLiteral("DROP INDEX %1").arg(sql.section(QLatin1Char(' '), 2, 2));
    for (const char* table : {"accounts", "contacts", "phone_index", "email_index", "outbox", "audit_log"}) {
        const QString cols = columns(table);
        statements
            << QStringLiteral("INSERT OR IGNORE INTO main.%1(%2) SELECT %2 FROM s.%1").arg(QLatin1String(table), cols);
    }
    // FTS5 will not read one full-text table while writing another: through a plain table.
    statements << QStringLiteral(
                      "CREATE TEMP TABLE fts AS SELECT rowid AS r, title, subtitle, keywords FROM s.search_index")
               << QStringLiteral("INSERT OR REPLACE INTO main.search_index(rowid, title, subtitle, keywords) "
                                 "SELECT r, title, subtitle, keywords FROM fts")
               << built << QStringLiteral("COMMIT");
    QElapsedTimer t;
    t.start();
    for (const QString& sql : std::as_const(statements))
        if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            out() << QStringLiteral("raw copy: ") << QString::fromUtf8(sqlite3_errmsg(h)) << Qt::endl;
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(h);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return seconds;
}

void importVCards(Workspace& source, const QString& dir, int count)
{
    const QStringList ids = sampleContacts(source, count);
    const QString vcf = QDir(dir).filePath(QStringLiteral("contacts.vcf"));
    if (!ContactExport::write(source.database(), vcf, ContactExport::Format::VCard, ids))
        return;
    const QString target = QDir(dir).filePath(QStringLiteral("vcard-import.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    std::optional<ImportReport> report;
    QFile file(vcf);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    QElapsedTimer t;
    double seconds = 0;
    {
        auto db = Database::open(target, QStringLiteral("bench-vcard"));
        RecordStore store(**db);
        (void)store.ensureCurrentUser();
        t.start();
        auto imported = ContactImport::vcards(store, bytes, false);
        seconds = double(t.nsecsElapsed()) / 1e9;
        if (!imported) {
            out() << QStringLiteral("vCard import failed: ") << imported.error().message << Qt::endl;
            return;
        }
        report = *imported;
    }
    t.start();
    const auto parsed = VCardReader::parse(bytes);
    const double parseSeconds = double(t.nsecsElapsed()) / 1e9;
    const double raw = rawCopySeconds(target, dir);
    out() << QStringLiteral("vCard import of %1 cards (%2 MB): %3 created in %4 s = %5 cards/s; parsing alone %6 s; "
                            "raw SQLite copy of the rows it wrote into an empty book %7 s")
                 .arg(parsed.cards.size())
                 .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                 .arg(report->created)
                 .arg(seconds, 0, 'f', 2)
                 .arg(qint64(double(report->created) / seconds))
                 .arg(parseSeconds, 0, 'f', 2)
                 .arg(raw, 0, 'f', 2)
          << Qt::endl;
}

} // namespace

/// A bulk action on the list: `ids` assigned to another rep at once (owner and team, one undo step, every
/// record's outbox and audit entry), then undone. Raw: the same rows updated by one prepared UPDATE, and back.
void bulkAssign(Workspace& ws, const QString& path, const QStringList& ids)
{
    const auto rowOf = [&ws](const QString& id) { return ws.store().fetch(EntityType::Contact, id); };
    const auto first = rowOf(ids.value(0));
    if (!first)
        return;
    // Someone other than the first contact's owner, on a team.
    QString userId, teamId;
    {
        SqlStatement st(ws.database().handle(),
                        QStringLiteral("SELECT id, team_id FROM users WHERE id <> ? AND team_id IS NOT NULL LIMIT 1"));
        st.bind(1, first->text(u"owner_id"));
        if (st.step() != SqlStatement::Step::Row)
            return;
        userId = st.text(0);
        teamId = st.text(1);
    }
    QList<Record> changes;
    for (const QString& id : ids)
        changes << Record(EntityType::Contact, id).set(u"owner_id", userId).set(u"team_id", teamId);
    QUndoStack undo;
    QElapsedTimer t;
    t.start();
    if (Status s = EditRecordCommand::apply(undo, ws.store(), changes, QStringLiteral("Assign")); !s) {
        out() << "bulk assign: " << s.error().message << Qt::endl;
        return;
    }
    const double assigned = double(t.nsecsElapsed()) / 1e6;
    t.start();
    undo.undo();
    const double undone = double(t.nsecsElapsed()) / 1e6;
    // Raw: the same contacts' owner and team, and back to what they were.
    std::vector<std::pair<QByteArray, std::pair<QByteArray, QByteArray>>> before;
    {
        SqlStatement st(ws.database().handle(), QStringLiteral("SELECT owner_id, team_id FROM contacts WHERE id = ?"));
        for (const QString& id : ids) {
            st.reset();
            st.bind(1, id);
            if (st.step() == SqlStatement::Step::Row)
                before.push_back({id.toUtf8(), {st.text(0).toUtf8(), st.text(1).toUtf8()}});
        }
    }
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw, "UPDATE contacts SET owner_id = ?, team_id = ? WHERE id = ?", -1, &st, nullptr);
    const QByteArray user = userId.toUtf8(), team = teamId.toUtf8();
    const auto rawPass = [&](bool back) {
        QElapsedTimer r;
        r.start();
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const auto& [id, owner] : before) {
            sqlite3_reset(st);
            const QByteArray& o = back ? owner.first : user;
            const QByteArray& m = back ? owner.second : team;
            sqlite3_bind_text(st, 1, o.constData(), int(o.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 2, m.constData(), int(m.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 3, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_step(st);
        }
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        return double(r.nsecsElapsed()) / 1e6;
    };
    const double rawAssigned = rawPass(false);
    const double rawBack = rawPass(true);
    sqlite3_finalize(st);
    sqlite3_close(raw);
    out() << QStringLiteral("bulk assign of %1 contacts at random to another rep (owner and team, outbox, audit, one "
                            "undo step): %2 ms, undone in %3 ms; raw UPDATE of the same rows %4 ms, back %5 ms")
                 .arg(ids.size())
                 .arg(assigned, 0, 'f', 0)
                 .arg(undone, 0, 'f', 0)
                 .arg(rawAssigned, 0, 'f', 0)
                 .arg(rawBack, 0, 'f', 0)
          << Qt::endl;
}

int contactsBench(const QString& dir, int queries)
{
    const QString path = demoBook(dir, QStringLiteral("contacts"));
    if (path.isEmpty())
        return 1;
    auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    firstPaint(*ws, raw, sampleContacts(raw, std::max(10, queries / 2)));
    scrolling(*ws, raw);
    jumping(*ws, raw, sampleContacts(raw, std::max(10, queries / 2)));
    sortingWithoutIndex(*ws, raw);
    bulkAssign(*ws, path, sampleContacts(raw, 20000));
    sqlite3_close(raw);
    return 0;
}

int importsBench(const QString& dir, int cards, int rows)
{
    const QString path = demoBook(dir, QStringLiteral("imports"));
    if (path.isEmpty())
        return 1;
    auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    if (cards > 0)
        importVCards(*ws, dir, cards);
    if (rows >= 0)
        importCsv(*ws, dir, rows);
    return 0;
}

} // namespace rapport::bench
