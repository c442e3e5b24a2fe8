// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-bench calendar: what the calendar issue promises on the demo book (five activities per contact),
// each beside the raw SQLite equivalent on the same file: one person's month read and painted, a team of ten
// side by side for a week, a thousand repeating series expanded over a year, and a 10,000-event .ics file
// imported into an empty calendar.
#include "BenchSupport.h"
#include "Formatting.h"
#include "Workspace.h"
#include "domain/Recurrence.h"
#include "io/CalendarExport.h"
#include "io/CalendarImport.h"
#include "storage/Calendar.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "widgets/MonthGrid.h"
#include "widgets/TimeGrid.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <libical/ical.h>
#include <sqlite3.h>

namespace rapport::bench {

namespace {

QStringList column(sqlite3* h, const char* sql)
{
    QStringList out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

/// The raw equivalent of reading a calendar: each person's single entries by the (owner, start) index and
/// their tasks by (owner, due), all columns, no expansion, no joins.
qint64 rawRead(sqlite3* h, const QStringList& users, qint64 from, qint64 to)
{
    static const char* sql[] = {
        "SELECT * FROM activities WHERE owner_id = ?1 AND start_at >= ?2 AND start_at < ?3 AND deleted = 0",
        "SELECT * FROM activities WHERE owner_id = ?1 AND due_at >= ?2 AND due_at < ?3 AND start_at IS NULL "
        "AND deleted = 0"};
    QElapsedTimer t;
    t.start();
    for (const char* text : sql) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, text, -1, &st, nullptr);
        for (const QString& u : users) {
            const QByteArray id = u.toUtf8();
            sqlite3_reset(st);
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 2, from);
            sqlite3_bind_int64(st, 3, to);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
        }
        sqlite3_finalize(st);
    }
    return t.nsecsElapsed();
}

QString figures(const Percentiles& p, int decimals = 1)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms")
        .arg(p.p50, 0, 'f', decimals)
        .arg(p.p99, 0, 'f', decimals)
        .arg(p.max, 0, 'f', decimals);
}

/// One person's month: read (repeating entries expanded) and painted, for the busiest people.
void monthView(Workspace& ws, sqlite3* raw, const QStringList& people, const QDate& today, int samples)
{
    MonthGrid grid;
    grid.resize(1200, 800);
    grid.show();
    QApplication::processEvents();
    std::vector<qint64> times, rawTimes;
    qint64 entries = 0;
    QElapsedTimer t;
    for (int i = 0; i < samples; ++i) {
        const QString user = people[i % people.size()];
        const QDate month = today.addMonths(i % 5 - 2);
        const QDate first = QDate(month.year(), month.month(), 1);
        const QDate gridStart = first.addDays(1 - first.dayOfWeek());
        Calendar::Query q;
        q.users = {user};
        q.from = QDateTime(gridStart, QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
        q.to = QDateTime(gridStart.addDays(42), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
        t.start();
        auto occurrences = Calendar::occurrences(ws.database(), q);
        grid.setRange(gridStart, month.month(), first);
        grid.setOccurrences(occurrences ? *occurrences : QList<Occurrence>());
        grid.repaint();
        times.push_back(t.nsecsElapsed());
        entries += occurrences ? occurrences->size() : 0;
        rawTimes.push_back(rawRead(raw, {user}, q.from, q.to));
    }
    out() << QStringLiteral("month view of one person, %1 months of the %2 busiest (%3 entries each on average): read "
                            "and painted %4; raw index reads %5")
                 .arg(samples)
                 .arg(people.size())
                 .arg(entries / std::max(1, samples))
                 .arg(figures(percentiles(times)), figures(percentiles(rawTimes), 2))
          << Qt::endl;
}

/// A team of ten side by side for a week: seventy columns read and painted.
void teamWeek(Workspace& ws, sqlite3* raw, const QStringList& team, const QDate& today, int samples)
{
    TimeGrid grid;
    grid.resize(1440, 900);
    grid.show();
    QApplication::processEvents();
    QHash<QString, QString> names;
    for (const QString& u : team)
        names.insert(u, ws.store().titleOf(EntityType::User, u));
    std::vector<qint64> times, rawTimes;
    qint64 entries = 0;
    QElapsedTimer t;
    for (int i = 0; i < samples; ++i) {
        const QDate monday = today.addDays(1 - today.dayOfWeek()).addDays(7 * (i % 7 - 3));
        Calendar::Query q;
        q.users = team;
        q.from = QDateTime(monday, QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
        q.to = QDateTime(monday.addDays(7), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
        t.start();
        auto occurrences = Calendar::occurrences(ws.database(), q);
        QList<TimeGrid::Column> columns;
        for (int d = 0; d < 7; ++d)
            for (const QString& u : team)
                columns.push_back({monday.addDays(d), u});
        grid.setColumns(columns);
        grid.setPeople(names, {});
        grid.setOccurrences(occurrences ? *occurrences : QList<Occurrence>());
        grid.repaint();
        times.push_back(t.nsecsElapsed());
        entries += occurrences ? occurrences->size() : 0;
        rawTimes.push_back(rawRead(raw, team, q.from, q.to));
    }
    out() << QStringLiteral("team week, %1 people side by side (%4 columns), %2 weeks (%3 entries each on average): "
                            "read and painted %5; raw index reads %6")
                 .arg(team.size())
                 .arg(samples)
                 .arg(entries / std::max(1, samples))
                 .arg(7 * team.size())
                 .arg(figures(percentiles(times)), figures(percentiles(rawTimes), 2))
          << Qt::endl;
}

/// A thousand repeating series of one person (daily, weekly on days, monthly by weekday and by day, yearly;
/// in six zones) expanded over a year, with and without reading them.
void series(Workspace& ws, sqlite3* raw, const QDate& today)
{
    RecordStore& store = ws.store();
    const QString owner = QStringLiteral("0190a000-0000-7000-8000-00000000bea7");
    if (!store.fetch(EntityType::User, owner)) {
        QList<Mutation> writes;
        writes << Mutation::create(Record(EntityType::User, owner)
                                       .set(u"username", QStringLiteral("series-bench"))
                                       .set(u"display_name", QStringLiteral("Series Bench"))
                                       .set(u"role", QStringLiteral("rep")));
        static const char* rules[] = {"FREQ=DAILY",
                                      "FREQ=DAILY;INTERVAL=2",
                                      "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                                      "FREQ=WEEKLY;BYDAY=TU",
                                      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                                      "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=200",
                                      "FREQ=MONTHLY;BYDAY=1TH",
                                      "FREQ=MONTHLY;BYDAY=-1FR",
                                      "FREQ=MONTHLY;BYMONTHDAY=31",
                                      "FREQ=YEARLY"};
        static const char* zones[] = {"Europe/Berlin", "Europe/London", "America/New_York",
                                      "Asia/Tokyo",    "Australia/Sydney", "America/Sao_Paulo"};
        for (int i = 0; i < 1000; ++i) {
            const QTimeZone zone(zones[i % 6]);
            const qint64 start =
                QDateTime(today.addDays(-(i % 90)), QTime(8 + i % 9, (i % 4) * 15), zone).toMSecsSinceEpoch();
            writes << Mutation::create(Record(EntityType::Activity)
                                           .set(u"type", QStringLiteral("meeting"))
                                           .set(u"subject", QStringLiteral("Series %1").arg(i))
                                           .set(u"owner_id", owner)
                                           .set(u"start_at", start)
                                           .set(u"end_at", start + 30 * 60 * 1000)
                                           .set(u"time_zone", QString::fromLatin1(zones[i % 6]))
                                           .set(u"rrule", QString::fromLatin1(rules[i % 10])));
        }
        if (auto written = store.apply(writes); !written) {
            out() << "series: " << written.error().message << Qt::endl;
            return;
        }
    }
    const qint64 from = QDateTime(today, QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today.addYears(1), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    Calendar::Query q;
    q.users = {owner};
    q.from = from;
    q.to = to;
    q.attended = false;
    std::vector<qint64> read, expand, rawTimes;
    qint64 count = 0;
    QList<Series> loaded;
    for (const QString& id : column(raw, "SELECT id FROM activities WHERE owner_id = '0190a000-0000-7000-8000-00000000bea7' "
                                         "AND rrule IS NOT NULL AND deleted = 0"))
        if (auto r = store.fetch(EntityType::Activity, id))
            loaded << Series::of(*r);
    QElapsedTimer t;
    for (int round = 0; round < 7; ++round) {
        t.start();
        auto occurrences = Calendar::occurrences(ws.database(), q);
        read.push_back(t.nsecsElapsed());
        count = occurrences ? occurrences->size() : 0;
        t.start();
        qint64 n = 0;
        for (const Series& s : std::as_const(loaded))
            n += Recurrence::occurrences(s, from, to).size();
        expand.push_back(t.nsecsElapsed());
        t.start();
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT * FROM activities WHERE owner_id = ?1 AND rrule IS NOT NULL AND recurs_until > ?2 "
                           "AND start_at < ?3 AND deleted = 0",
                           -1, &st, nullptr);
        const QByteArray id = owner.toUtf8();
        sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, from);
        sqlite3_bind_int64(st, 3, to);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
        rawTimes.push_back(t.nsecsElapsed());
    }
    out() << QStringLiteral("1,000 repeating series over a year (%1 occurrences): expanded alone %2; read and expanded "
                            "(Calendar) %3; raw read of the series rows %4 (7 rounds)")
                 .arg(count)
                 .arg(figures(percentiles(expand)), figures(percentiles(read)), figures(percentiles(rawTimes), 2))
          << Qt::endl;
}

/// 10,000 of the book's entries written to an .ics file and imported into an empty calendar.
void importIcs(Workspace& ws, sqlite3* raw, const QString& dir)
{
    CalendarExport::Options options;
    options.ids = column(raw, "SELECT id FROM activities WHERE deleted = 0 AND type IN ('meeting', 'call', 'task') "
                              "AND rrule IS NULL ORDER BY rid DESC LIMIT 10000");
    int written = 0;
    auto ics = CalendarExport::toIcs(ws.database(), options, &written);
    if (!ics) {
        out() << "ics: " << ics.error().message << Qt::endl;
        return;
    }
    const QString file = QDir(dir).filePath(QStringLiteral("bench-10k.ics"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(*ics);
    }
    const QString target = QDir(dir).filePath(QStringLiteral("ics-import.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    // The empty calendar on a connection of its own (the book's workspace holds the "main" one).
    auto emptyDb = Database::open(target, QStringLiteral("bench-ics"));
    if (!emptyDb) {
        out() << "ics: " << emptyDb.error().message << Qt::endl;
        return;
    }
    RecordStore emptyStore(**emptyDb);
    emptyStore.setDefaultRegion(QStringLiteral("DE"));
    if (Status s = emptyStore.ensureCurrentUser(); !s) {
        out() << "ics: " << s.error().message << Qt::endl;
        return;
    }
    QElapsedTimer t;
    t.start();
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    auto report = CalendarImport::run(emptyStore, in, {});
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!report) {
        out() << "ics: " << report.error().message << Qt::endl;
        return;
    }

    // Raw: libical parses the same text, and the events' UID, summary, start and end go into a plain table.
    const QString rawTarget = QDir(dir).filePath(QStringLiteral("ics-raw.sqlite"));
    QFile::remove(rawTarget);
    t.start();
    QFile again(file);
    again.open(QIODevice::ReadOnly);
    const QByteArray text = again.readAll();
    icalcomponent* calendar = icalparser_parse_string(text.constData());
    sqlite3* out = nullptr;
    sqlite3_open(rawTarget.toUtf8().constData(), &out);
    sqlite3_exec(out, "PRAGMA journal_mode = WAL; CREATE TABLE events(uid TEXT, summary TEXT, start INTEGER, end INTEGER);"
                      "BEGIN;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(out, "INSERT INTO events VALUES (?, ?, ?, ?)", -1, &st, nullptr);
    int rows = 0;
    for (icalcomponent_kind kind : {ICAL_VEVENT_COMPONENT, ICAL_VTODO_COMPONENT})
        for (icalcomponent* c = icalcomponent_get_first_component(calendar, kind); c;
             c = icalcomponent_get_next_component(calendar, kind)) {
            sqlite3_reset(st);
            sqlite3_bind_text(st, 1, icalcomponent_get_uid(c), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, icalcomponent_get_summary(c), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 3, icaltime_as_timet_with_zone(icalcomponent_get_dtstart(c), nullptr));
            sqlite3_bind_int64(st, 4, icaltime_as_timet_with_zone(icalcomponent_get_dtend(c), nullptr));
            sqlite3_step(st);
            ++rows;
        }
    sqlite3_finalize(st);
    sqlite3_exec(out, "COMMIT;", nullptr, nullptr, nullptr);
    sqlite3_close(out);
    icalcomponent_free(calendar);
    const double rawSeconds = double(t.nsecsElapsed()) / 1e9;
    bench::out() << QStringLiteral("import of a %1-entry .ics (%2 MB, exported from the book) into an empty calendar: "
                                   "%3 s (%4 created, %5 left out); raw: libical parse + %6 rows into a plain table "
                                   "%7 s")
                        .arg(written)
                        .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(seconds, 0, 'f', 2)
                        .arg(report->created)
                        .arg(report->skipped)
                        .arg(rows)
                        .arg(rawSeconds, 0, 'f', 2)
                 << Qt::endl;
}

} // namespace

int calendarBench(const QString& dir, int samples)
{
    const QString path = demoBook(dir, QStringLiteral("calendar"));
    if (path.isEmpty())
        return 1;
    auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const QString activities = column(raw, "SELECT count(*) FROM activities").value(0);
    out() << QStringLiteral("calendar: %1 activities in the book").arg(QLocale().toString(activities.toLongLong()))
          << Qt::endl;
    // The demo book is made around the day it is made: the views look at the weeks and months around today.
    const QDate today = QDate::currentDate();
    const QStringList busiest =
        column(raw, "SELECT owner_id FROM activities WHERE owner_id <> '0190a000-0000-7000-8000-00000000bea7' "
                    "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 10");
    // A team of ten: the busiest people of the busiest person's team, then the next busiest to make ten.
    QStringList members = column(raw, "SELECT a.owner_id FROM activities a JOIN users u ON u.id = a.owner_id "
                                      "WHERE u.team_id = (SELECT team_id FROM users WHERE id = (SELECT owner_id FROM "
                                      "activities WHERE owner_id <> '0190a000-0000-7000-8000-00000000bea7' "
                                      "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1)) "
                                      "GROUP BY a.owner_id ORDER BY count(*) DESC LIMIT 10");
    for (const QString& u : busiest)
        if (members.size() < 10 && !members.contains(u))
            members << u;
    monthView(*ws, raw, busiest, today, std::max(10, samples));
    teamWeek(*ws, raw, members, today, std::max(10, samples));
    series(*ws, raw, today);
    importIcs(*ws, raw, dir);
    sqlite3_close(raw);
    return 0;
}

} // namespace rapport::bench
