// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Calendar.h"

#include "domain/Recurrence.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDateTime>

#include <algorithm>

namespace rapport {

namespace {

// The columns every calendar query reads, in this order (see readRow).
const char* Columns = "t.id, t.type, t.subject, t.location, t.time_zone, t.start_at, t.end_at, t.due_at, t.all_day, "
                      "t.done, t.owner_id, t.contact_id, c.display_title, a.name, t.rrule, t.exdates, t.series_id, "
                      "t.recurrence_id, t.alarms, t.alarm_acked_at, t.snoozed_until";
const char* Joins = "LEFT JOIN contacts c ON c.id = t.contact_id LEFT JOIN accounts a ON a.id = t.account_id";
constexpr int ResponseColumn = 21;

struct Row
{
    Occurrence occurrence;
    Record activity; ///< the fields recurrence and alarms need
};

Row readRow(const SqlStatement& st, const QString& calendar)
{
    Row row;
    Occurrence& o = row.occurrence;
    o.id = st.text(0);
    o.type = st.text(1);
    o.subject = st.text(2);
    o.location = st.text(3);
    o.timeZone = st.text(4);
    o.isTask = st.isNull(5);
    o.start = o.isTask ? st.int64(7) : st.int64(5);
    o.end = st.isNull(6) ? o.start : std::max(o.start, st.int64(6));
    o.allDay = st.int64(8) != 0;
    o.done = st.int64(9) != 0;
    o.ownerId = st.text(10);
    o.contactId = st.text(11);
    o.contactName = st.text(12);
    o.accountName = st.text(13);
    o.seriesId = st.text(16);
    o.recurrenceId = st.int64(17);
    o.repeats = !o.seriesId.isEmpty() || !st.isNull(14);
    o.calendar = calendar;
    if (st.columnCount() > ResponseColumn)
        o.response = st.text(ResponseColumn);

    Record& r = row.activity;
    r = Record(EntityType::Activity, o.id);
    r.set(u"type", o.type);
    const char* fields[] = {"start_at", "end_at", "due_at", "all_day", "done", "time_zone", "rrule", "exdates"};
    const int columns[] = {5, 6, 7, 8, 9, 4, 14, 15};
    for (size_t i = 0; i < std::size(fields); ++i)
        if (!st.isNull(columns[i]))
            r.set(QLatin1String(fields[i]), st.value(columns[i]));
    for (int c : {18, 19, 20})
        if (!st.isNull(c))
            r.set(c == 18 ? u"alarms" : c == 19 ? u"alarm_acked_at" : u"snoozed_until", st.value(c));
    return row;
}

Error queryError(const SqlStatement& st)
{
    return Error{Calendar::tr("The calendar cannot be read: %1").arg(st.errorText()), {}};
}

/// Adds a row's occurrences in [from, to): itself, or its series expanded.
void expand(const Row& row, qint64 from, qint64 to, QList<Occurrence>& out)
{
    const Occurrence& o = row.occurrence;
    if (row.activity.text(u"rrule").isEmpty()) {
        const bool overlaps = o.end > o.start ? (o.start < to && o.end > from) : (o.start >= from && o.start < to);
        if (overlaps)
            out << o;
        return;
    }
    const Series series = Series::of(row.activity);
    const QList<qint64> starts = Recurrence::occurrences(series, from, to);
    Occurrence one = o;
    one.seriesId = o.id;
    for (qint64 start : starts) {
        one.recurrenceId = start;
        one.start = start;
        one.end = start + series.duration;
        out.push_back(one);
    }
}

using Bind = std::function<void(SqlStatement&)>;

/// Runs one of the calendar's SELECTs and hands each row to `take`.
Status select(Database& db, const QString& sql, const Bind& bind, const std::function<void(const SqlStatement&)>& take)
{
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return queryError(*st);
    bind(*st);
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row)
        take(*st);
    if (step == SqlStatement::Step::Error)
        return queryError(*st);
    return {};
}

} // namespace

Result<QList<Occurrence>> Calendar::occurrences(Database& db, const Query& q)
{
    QList<Occurrence> out;
    const QString columns = QString::fromLatin1(Columns), joins = QString::fromLatin1(Joins);
    // Single activities by start, tasks without a start by due time, series by the end of their last
    // occurrence: three ranges of the owner's indexes.
    const QString singles =
        QStringLiteral("SELECT %1 FROM activities t %2 WHERE t.owner_id = ?1 AND t.start_at >= ?2 "
                       "AND t.start_at < ?3 AND coalesce(t.end_at, t.start_at) >= ?4 AND t.rrule IS NULL "
                       "AND t.deleted = 0")
            .arg(columns, joins);
    const QString tasks =
        QStringLiteral("SELECT %1 FROM activities t %2 WHERE t.owner_id = ?1 AND t.due_at >= ?4 "
                       "AND t.due_at < ?3 AND t.start_at IS NULL AND t.rrule IS NULL AND t.deleted = 0")
            .arg(columns, joins);
    const QString series =
        QStringLiteral("SELECT %1 FROM activities t %2 WHERE t.owner_id = ?1 AND t.recurs_until > ?4 "
                       "AND coalesce(t.start_at, t.due_at) < ?3 AND t.deleted = 0")
            .arg(columns, joins);
    const QString attended =
        QStringLiteral(
            "SELECT %1, att.response FROM activity_attendees att JOIN activities t ON t.id = att.activity_id "
            "%2 WHERE att.user_id = ?1 AND att.deleted = 0 AND t.owner_id <> ?1 AND t.deleted = 0 AND "
            "((t.rrule IS NULL AND coalesce(t.start_at, t.due_at) >= ?2 AND coalesce(t.start_at, t.due_at) < ?3) "
            "OR (t.rrule IS NOT NULL AND t.recurs_until > ?4 AND coalesce(t.start_at, t.due_at) < ?3))")
            .arg(columns, joins);

    for (const QString& user : q.users) {
        const Bind bind = [&](SqlStatement& st) {
            st.bind(1, user);
            st.bind(2, q.from - LongestSingle);
            st.bind(3, q.to);
            st.bind(4, q.from);
        };
        auto take = [&](const SqlStatement& st) { expand(readRow(st, user), q.from, q.to, out); };
        QStringList sqls{singles, series};
        if (q.tasks)
            sqls << tasks;
        if (q.attended)
            sqls << attended;
        for (const QString& sql : std::as_const(sqls))
            if (Status s = select(db, sql, bind, take); !s)
                return s.error();
    }
    if (!q.tasks)
        out.removeIf([](const Occurrence& o) { return o.isTask; });
    std::sort(out.begin(), out.end(), [](const Occurrence& x, const Occurrence& y) {
        if (x.start != y.start)
            return x.start < y.start;
        if (x.allDay != y.allDay)
            return x.allDay;
        if (x.end != y.end)
            return x.end > y.end;
        return x.calendar < y.calendar;
    });
    return out;
}

Result<QList<Occurrence>> Calendar::openTasks(Database& db, const QString& userId, qint64 from, qint64 to, int limit)
{
    QList<Occurrence> out;
    const QString sql = QStringLiteral("SELECT %1 FROM activities t %2 WHERE t.owner_id = ? AND t.due_at >= ? AND "
                                       "t.due_at < ? AND t.type = 'task' AND (t.done IS NULL OR t.done = 0) AND "
                                       "t.deleted = 0 ORDER BY t.due_at LIMIT ?")
                            .arg(QString::fromLatin1(Columns), QString::fromLatin1(Joins));
    const Status s = select(
        db, sql,
        [&](SqlStatement& st) {
            st.bind(1, userId);
            st.bind(2, from);
            st.bind(3, to);
            st.bind(4, qint64(limit));
        },
        [&](const SqlStatement& st) { out << readRow(st, userId).occurrence; });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<QString, QList<BusySpan>>> Calendar::busy(Database& db, const QStringList& users, qint64 from, qint64 to)
{
    Query q;
    q.users = users;
    q.from = from;
    q.to = to;
    q.tasks = false;
    auto found = occurrences(db, q);
    if (!found)
        return found.error();
    QHash<QString, QList<BusySpan>> out;
    for (const Occurrence& o : std::as_const(found.value())) {
        const bool blocks = (o.type == QLatin1String("meeting") || o.type == QLatin1String("call")) && !o.allDay &&
                            o.end > o.start && o.response != QLatin1String("declined");
        if (!blocks)
            continue;
        QList<BusySpan>& spans = out[o.calendar];
        const bool tentative = o.response == QLatin1String("tentative") || o.response == QLatin1String("needs_action");
        // Occurrences come by start, so a span only ever grows at the end.
        if (!spans.isEmpty() && o.start <= spans.last().end && spans.last().tentative == tentative)
            spans.last().end = std::max(spans.last().end, o.end);
        else
            spans << BusySpan{o.start, o.end, tentative};
    }
    return out;
}

qint64 Calendar::nextFreeSlot(Database& db, const QString& userId, qint64 after, int minutes, const QTimeZone& zone)
{
    constexpr int FirstHour = 8, LastHour = 18, Days = 14;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(after, zone);
    const QDateTime firstHour = QDateTime(from.date(), QTime(from.time().hour(), 0), zone).addSecs(3600);
    const qint64 length = qint64(minutes) * 60 * 1000;
    const auto busy =
        Calendar::busy(db, {userId}, firstHour.toMSecsSinceEpoch(), firstHour.addDays(Days).toMSecsSinceEpoch());
    const QList<BusySpan> spans = busy ? busy->value(userId) : QList<BusySpan>();
    for (QDateTime slot = firstHour; slot < firstHour.addDays(Days); slot = slot.addSecs(3600)) {
        const QTime t = slot.time();
        if (slot.date().dayOfWeek() > 5 || t.hour() < FirstHour || t.addMSecs(int(length)) > QTime(LastHour, 0) ||
            t.addMSecs(int(length)) < t)
            continue;
        const qint64 start = slot.toMSecsSinceEpoch(), end = start + length;
        if (std::none_of(spans.cbegin(), spans.cend(),
                         [&](const BusySpan& b) { return b.start < end && start < b.end; }))
            return start;
    }
    return firstHour.toMSecsSinceEpoch();
}

Result<QList<DueReminder>> Calendar::dueReminders(Database& db, const QString& userId, qint64 now)
{
    QList<DueReminder> out;
    const QString sql = QStringLiteral("SELECT %1 FROM activities t %2 WHERE t.owner_id = ? AND t.reminder_at <= ? "
                                       "AND t.deleted = 0 ORDER BY t.reminder_at DESC LIMIT 500")
                            .arg(QString::fromLatin1(Columns), QString::fromLatin1(Joins));
    const Status s = select(
        db, sql,
        [&](SqlStatement& st) {
            st.bind(1, userId);
            st.bind(2, now);
        },
        [&](const SqlStatement& st) {
            Row row = readRow(st, userId);
            const auto alarm = Alarms::due(row.activity, now);
            if (!alarm)
                return;
            Occurrence& o = row.occurrence;
            if (!row.activity.text(u"rrule").isEmpty()) {
                o.seriesId = o.id;
                o.recurrenceId = alarm->occurrence;
                o.end = alarm->occurrence + (o.end - o.start);
                o.start = alarm->occurrence;
            }
            out << DueReminder{o, *alarm};
        });
    if (!s)
        return s.error();
    std::sort(out.begin(), out.end(),
              [](const DueReminder& x, const DueReminder& y) { return x.alarm.at > y.alarm.at; });
    return out;
}

Result<qint64> Calendar::nextReminder(Database& db, const QString& userId, qint64 now)
{
    auto st = db.statements().get(QStringLiteral(
        "SELECT min(reminder_at) FROM activities WHERE owner_id = ? AND reminder_at > ? AND deleted = 0"));
    st->bind(1, userId);
    st->bind(2, now);
    if (st->step() != SqlStatement::Step::Row)
        return queryError(*st);
    return st->int64(0);
}

} // namespace rapport

namespace rapport {

Result<QList<CalendarPerson>> Calendar::people(Database& db, const QString& me)
{
    QList<CalendarPerson> out;
    const Status s = select(
        db,
        QStringLiteral("SELECT id, display_name, coalesce(email, ''), coalesce(team_id, '') FROM users u "
                       "WHERE deleted = 0 AND coalesce(active, 1) = 1 AND (role IS NOT 'admin' OR id = ?1 OR "
                       "EXISTS (SELECT 1 FROM activities a WHERE a.owner_id = u.id AND a.deleted = 0)) "
                       "ORDER BY display_name COLLATE NOCASE"),
        [&me](SqlStatement& st) { st.bind(1, me); },
        [&](const SqlStatement& st) {
            out.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
        });
    if (!s)
        return s.error();
    return out;
}

} // namespace rapport
