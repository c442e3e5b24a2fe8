// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "HelpDeskReports.h"

#include "domain/DateText.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <tuple>

namespace rapport::HelpDeskReports {

namespace {

using Kind = ReportColumn::Kind;
using Chart = ReportColumn::Chart;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 WeekMs = 7 * DayMs;

qint64 startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// The tickets of some people and a team, as SQL over `t` with its values: those assigned to them or in the team's
/// queue, and those of the customers they own or their team looks after. A help desk's figures for a sales team
/// are its customers' tickets; for a service team, those it works on.
QString whose(const QStringList& people, const QString& teamId, QVariantList& values)
{
    QStringList where;
    if (!people.isEmpty()) {
        const QString list =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(people)).toJson(QJsonDocument::Compact));
        where << QStringLiteral("(t.assignee_id IN (SELECT value FROM json_each(?)) OR t.account_id IN "
                                "(SELECT id FROM accounts WHERE owner_id IN (SELECT value FROM json_each(?))))");
        values << list << list;
    }
    if (!teamId.isEmpty()) {
        where << QStringLiteral("(t.team_id = ? OR t.account_id IN (SELECT id FROM accounts WHERE team_id = ?))");
        values << teamId << teamId;
    }
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}

QString whose(const ReportRequest& r, QVariantList& values)
{
    return whose(r.owners, r.teamId, values);
}

Result<std::unique_ptr<SqlStatement>> prepare(Database& db, const QString& sql, const QVariantList& values)
{
    auto st = std::make_unique<SqlStatement>(db.handle(), sql);
    if (!st->isValid())
        return Error{SalesReports::tr("The report cannot be computed: %1").arg(st->errorText()), {}};
    int p = 1;
    for (const QVariant& v : values)
        st->bind(p++, v);
    return st;
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
}

QVariant hours(const QVariant& millis)
{
    return millis.isNull() ? QVariant() : QVariant(millis.toDouble() / double(HourMs));
}

/// "Now" for a request: its moment, else the current time on the current day, else the end of that day.
qint64 nowFor(const ReportRequest& r)
{
    if (r.now > 0)
        return r.now;
    return r.today == QDate::currentDate() ? QDateTime::currentMSecsSinceEpoch() : startOf(r.today.addDays(1));
}

/// The tickets a request covers (its assignees and team), as a drill-down starts from.
TicketSelection covered(const ReportRequest& r)
{
    TicketSelection s;
    s.people = r.owners;
    s.teamId = r.teamId;
    s.now = nowFor(r);
    return s;
}

/// A row of open tickets per priority: each priority's column its own, the total column all of them.
void perPriority(ReportRow& row, const TicketSelection& s, const QStringList& priorities)
{
    row.tickets = {std::nullopt};
    for (const QString& p : priorities) {
        TicketSelection one = s;
        one.priorities = {p};
        row.tickets << one;
    }
    row.tickets << s;
}

Status openByAge(Database& db, const ReportRequest& r, SalesReport& report)
{
    const Enumeration& priorities = Schema::ticketPriorities();
    report.columns << ReportColumn{QStringLiteral("age"), SalesReports::tr("Open for"), Kind::Text, Chart::None};
    for (const QString& p : priorities.keys)
        report.columns << ReportColumn{p, priorities.label(p), Kind::Count, Chart::Bar};
    report.columns << ReportColumn{QStringLiteral("total"), SalesReports::tr("Total"), Kind::Count, Chart::None};
    report.stacked = true;
    const QList<std::pair<qint64, QString>> ages{
        {4 * HourMs, SalesReports::tr("Under 4 hours")}, {DayMs, SalesReports::tr("4 to 24 hours")},
        {3 * DayMs, SalesReports::tr("1 to 3 days")},    {7 * DayMs, SalesReports::tr("3 to 7 days")},
        {28 * DayMs, SalesReports::tr("1 to 4 weeks")},  {0, SalesReports::tr("Over 4 weeks")}};
    static const char* keys[] = {"under_4h", "4h_to_1d", "1d_to_3d", "3d_to_7d", "1w_to_4w", "over_4w"};
    for (int i = 0; i < ages.size(); ++i) {
        ReportRow row;
        row.key = QLatin1String(keys[i]);
        row.label = ages[i].second;
        row.values << row.label;
        for (int c = 1; c < report.columns.size(); ++c)
            row.values << qint64(0);
        report.rows << row;
    }
    QVariantList values{nowFor(r)};
    QString bucket = QStringLiteral("CASE");
    for (int i = 0; i + 1 < ages.size(); ++i)
        bucket += QStringLiteral(" WHEN ?1 - t.opened_at < %1 THEN %2").arg(ages[i].first).arg(i);
    bucket += QStringLiteral(" ELSE %1 END").arg(ages.size() - 1);
    // Open tickets only, through their index.
    auto st = prepare(db,
                      QStringLiteral("SELECT %1, t.priority, count(*) FROM tickets t WHERE t.sla_due IS NOT NULL AND "
                                     "%2 GROUP BY 1, 2")
                          .arg(bucket, whose(r, values)),
                      values);
    if (!st)
        return st.error();
    ReportRow total;
    total.key = QStringLiteral("total");
    total.label = SalesReports::tr("All open tickets");
    total.total = true;
    total.values << total.label;
    for (int c = 1; c < report.columns.size(); ++c)
        total.values << qint64(0);
    while ((*st)->step() == SqlStatement::Step::Row) {
        const int row = int((*st)->int64(0));
        const int column = 1 + int(priorities.keys.indexOf((*st)->text(1)));
        const qint64 n = (*st)->int64(2);
        if (column < 1 || row < 0 || row >= report.rows.size())
            continue;
        for (ReportRow* target : {&report.rows[row], &total}) {
            target->values[column] = target->values[column].toLongLong() + n;
            target->values.last() = target->values.last().toLongLong() + n;
        }
    }
    // Behind each figure: the open tickets whose age (now − opened) is in the row's range.
    const qint64 now = nowFor(r);
    TicketSelection open = covered(r);
    open.openNow = true;
    for (int i = 0; i < ages.size(); ++i) {
        TicketSelection aged = open;
        if (const qint64 upper = ages[i].first)
            aged.openedFrom = now - upper + 1;
        if (i > 0)
            aged.openedTo = now - ages[i - 1].first + 1;
        perPriority(report.rows[i], aged, priorities.keys);
    }
    perPriority(total, open, priorities.keys);
    report.rows << total;
    report.notes << SalesReports::tr(
        "Open now: new, open and waiting on the customer, by the time since they were opened.");
    return {};
}

Status serviceLevels(Database& db, const ReportRequest& r, SalesReport& report)
{
    report.columns = {
        {QStringLiteral("priority"), SalesReports::tr("Priority"), Kind::Text, Chart::None},
        {QStringLiteral("tickets"), SalesReports::tr("Tickets opened"), Kind::Count, Chart::None},
        {QStringLiteral("first_response_in_time"), SalesReports::tr("First response in time"), Kind::Percent,
         Chart::Bar},
        {QStringLiteral("resolved_in_time"), SalesReports::tr("Resolved in time"), Kind::Percent, Chart::Bar},
        {QStringLiteral("first_response_hours"), SalesReports::tr("Average first response"), Kind::Hours, Chart::None},
        {QStringLiteral("resolution_hours"), SalesReports::tr("Average resolution"), Kind::Hours, Chart::None},
        {QStringLiteral("breached_open"), SalesReports::tr("Open and breached"), Kind::Count, Chart::None}};
    const qint64 now = nowFor(r);
    QVariantList values{now, startOf(r.from), startOf(r.to.addDays(1))};
    // A clock counts once it has stopped in time or run out: a ticket still within its time is not judged yet.
    auto st = prepare(
        db,
        QStringLiteral(
            "SELECT t.priority, count(*), "
            "sum(t.first_response_at IS NOT NULL AND t.first_response_due IS NOT NULL AND t.first_response_at <= "
            "t.first_response_due), "
            "sum(t.first_response_due IS NOT NULL AND (t.first_response_at > t.first_response_due OR "
            "(t.first_response_at IS NULL AND t.first_response_due < ?1))), "
            "sum(t.resolved_at IS NOT NULL AND t.resolution_due IS NOT NULL AND t.resolved_at <= t.resolution_due), "
            "sum(t.resolution_due IS NOT NULL AND (t.resolved_at > t.resolution_due OR (t.resolved_at IS NULL AND "
            "t.status != 'pending' AND t.resolution_due < ?1))), "
            "sum(t.first_response_at - t.opened_at), sum(t.first_response_at IS NOT NULL), "
            "sum(t.resolved_at - t.opened_at), sum(t.resolved_at IS NOT NULL), "
            "sum(t.sla_due < ?1) "
            "FROM tickets t WHERE t.deleted = 0 AND t.opened_at >= ?2 AND t.opened_at < ?3 AND %1 GROUP BY t.priority")
            .arg(whose(r, values)),
        values);
    if (!st)
        return st.error();
    struct Sums
    {
        qint64 n = 0, frMet = 0, frMissed = 0, resMet = 0, resMissed = 0, frMs = 0, frN = 0, resMs = 0, resN = 0,
               late = 0;
    };
    QHash<QString, Sums> by;
    Sums all;
    while ((*st)->step() == SqlStatement::Step::Row) {
        Sums s{(*st)->int64(1), (*st)->int64(2), (*st)->int64(3), (*st)->int64(4), (*st)->int64(5),
               (*st)->int64(6), (*st)->int64(7), (*st)->int64(8), (*st)->int64(9), (*st)->int64(10)};
        by.insert((*st)->text(0), s);
        all.n += s.n;
        all.frMet += s.frMet;
        all.frMissed += s.frMissed;
        all.resMet += s.resMet;
        all.resMissed += s.resMissed;
        all.frMs += s.frMs;
        all.frN += s.frN;
        all.resMs += s.resMs;
        all.resN += s.resN;
        all.late += s.late;
    }
    auto makeRow = [](const QString& key, const QString& label, const Sums& s, bool total) {
        ReportRow row;
        row.key = key;
        row.label = label;
        row.total = total;
        row.values << label << s.n << share(s.frMet, s.frMet + s.frMissed) << share(s.resMet, s.resMet + s.resMissed)
                   << (s.frN ? hours(double(s.frMs) / double(s.frN)) : QVariant())
                   << (s.resN ? hours(double(s.resMs) / double(s.resN)) : QVariant()) << s.late;
        return row;
    };
    const Enumeration& priorities = Schema::ticketPriorities();
    // Behind each figure: the row's tickets opened in the period; behind "open and breached", those of them
    // still open whose clock ran out.
    TicketSelection opened = covered(r);
    opened.openedFrom = startOf(r.from);
    opened.openedTo = startOf(r.to.addDays(1));
    auto withTickets = [&](ReportRow row, const QStringList& only) {
        TicketSelection these = opened;
        these.priorities = only;
        TicketSelection breached = these;
        breached.openNow = true;
        breached.breached = true;
        row.tickets = {std::nullopt, these, these, these, these, these, breached};
        return row;
    };
    for (auto it = priorities.keys.crbegin(); it != priorities.keys.crend(); ++it) // urgent first
        report.rows << withTickets(makeRow(*it, priorities.label(*it), by.value(*it), false), {*it});
    report.rows << withTickets(makeRow(QStringLiteral("total"), SalesReports::tr("All priorities"), all, true), {});
    report.notes << SalesReports::tr(
        "Tickets opened in the period. In time: the share of the clocks that stopped before their due "
        "time, of those that stopped or ran out; times in hours on the clock (working time is what "
        "the targets count).");
    return {};
}

Status backlog(Database& db, const ReportRequest& r, SalesReport& report)
{
    report.columns = {{QStringLiteral("period"), SalesReports::tr("Period"), Kind::Text, Chart::None},
                      {QStringLiteral("opened"), SalesReports::tr("Opened"), Kind::Count, Chart::Bar},
                      {QStringLiteral("resolved"), SalesReports::tr("Resolved"), Kind::Count, Chart::Bar},
                      {QStringLiteral("open_at_end"), SalesReports::tr("Open at the end"), Kind::Count, Chart::Line}};
    report.timeSeries = true;
    // Weeks (from Monday) for up to a quarter, months beyond; nothing after today.
    const QDate last = std::min(r.to, r.today.isValid() ? r.today : QDate::currentDate());
    if (last < r.from)
        return Error{SalesReports::tr("The period has not begun yet."), {}};
    const bool weekly = r.from.daysTo(last) <= 92;
    report.columns[0].title = weekly ? SalesReports::tr("Week of") : SalesReports::tr("Month");
    report.to = last;
    QList<std::pair<QDate, QDate>> periods; // [start, end)
    QDate start = weekly ? r.from.addDays(1 - r.from.dayOfWeek()) : QDate(r.from.year(), r.from.month(), 1);
    while (start <= last) {
        const QDate end = weekly ? start.addDays(7) : start.addMonths(1);
        periods << std::pair{start, end};
        start = end;
    }
    // Whole weeks or months, so that the bars compare: the first begins on or before the day asked, and the
    // title says so.
    report.from = periods.first().first;
    const bool oneYear = periods.first().first.year() == last.year();
    const qint64 from = startOf(periods.first().first);
    const qint64 to = startOf(periods.last().second);
    QVariantList base;
    const QString filter = whose(r, base);
    QList<qint64> opened(periods.size(), 0), resolved(periods.size(), 0);
    // Which period a time falls in: weeks by arithmetic, months by their first day.
    const QString period = weekly ? QStringLiteral("(%1 - ?1) / ") + QString::number(WeekMs)
                                  : QStringLiteral("strftime('%Y-%m', %1 / 1000, 'unixepoch')");
    auto indexOf = [&](const QVariant& key) -> int {
        if (weekly)
            return int(key.toLongLong());
        const QDate month = QDate::fromString(key.toString() + QStringLiteral("-01"), Qt::ISODate);
        for (int i = 0; i < periods.size(); ++i)
            if (periods[i].first == month)
                return i;
        return -1;
    };
    for (const auto& [column, list] :
         {std::pair{QStringLiteral("opened_at"), &opened}, std::pair{QStringLiteral("resolved_at"), &resolved}}) {
        QVariantList values{from, to};
        values << base;
        auto st = prepare(db,
                          QStringLiteral("SELECT %1, count(*) FROM tickets t WHERE t.deleted = 0 AND t.%2 >= ?1 AND "
                                         "t.%2 < ?2 AND %3 GROUP BY 1")
                              .arg(period.arg(QStringLiteral("t.") + column), column, filter),
                          values);
        if (!st)
            return st.error();
        while ((*st)->step() == SqlStatement::Step::Row) {
            const int i = indexOf((*st)->value(0));
            if (i >= 0 && i < periods.size())
                (*list)[i] += (*st)->int64(1);
        }
    }
    QVariantList values{from};
    values << base;
    auto st = prepare(db,
                      QStringLiteral("SELECT count(*) FROM tickets t WHERE t.deleted = 0 AND t.opened_at < ?1 AND "
                                     "(t.resolved_at IS NULL OR t.resolved_at >= ?1) AND %1")
                          .arg(filter),
                      values);
    if (!st)
        return st.error();
    qint64 open = (*st)->step() == SqlStatement::Step::Row ? (*st)->int64(0) : 0;
    const QLocale locale;
    ReportRow total;
    total.key = QStringLiteral("total");
    total.label = SalesReports::tr("In the period");
    total.total = true;
    qint64 allOpened = 0, allResolved = 0;
    // Behind each figure: the tickets opened, resolved, or open at the end, in the row's period.
    auto withTickets = [&r](ReportRow& row, qint64 periodStart, qint64 periodEnd) {
        TicketSelection in = covered(r), out = covered(r), left = covered(r);
        in.openedFrom = periodStart;
        in.openedTo = periodEnd;
        out.resolvedFrom = periodStart;
        out.resolvedTo = periodEnd;
        left.openAt = periodEnd;
        row.tickets = {std::nullopt, in, out, left};
    };
    for (int i = 0; i < periods.size(); ++i) {
        open += opened[i] - resolved[i];
        ReportRow row;
        withTickets(row, startOf(periods[i].first), startOf(periods[i].second));
        row.key = periods[i].first.toString(Qt::ISODate);
        row.label = weekly ? (oneYear ? DateText::dayAndMonth(periods[i].first, locale)
                                      : DateText::shortDate(periods[i].first, locale))
                           : locale.standaloneMonthName(periods[i].first.month(), QLocale::ShortFormat) +
                                 QLatin1Char(' ') + QString::number(periods[i].first.year());
        row.values << row.label << opened[i] << resolved[i] << std::max<qint64>(open, 0);
        report.rows << row;
        allOpened += opened[i];
        allResolved += resolved[i];
    }
    total.values << total.label << allOpened << allResolved << std::max<qint64>(open, 0);
    withTickets(total, from, to);
    report.rows << total;
    report.notes << SalesReports::tr(
        "Open at the end: opened before the end of the period and not resolved by then (a reopened "
        "ticket counts as open).");
    return {};
}

Status agents(Database& db, const ReportRequest& r, SalesReport& report)
{
    report.columns = {
        {QStringLiteral("agent"), SalesReports::tr("Agent"), Kind::Text, Chart::None},
        // The chart sets what came in beside what was done in the period; the open tickets of the moment, a
        // handful beside hundreds, are a figure of the table.
        {QStringLiteral("open"), SalesReports::tr("Open now"), Kind::Count, Chart::None},
        {QStringLiteral("received"), SalesReports::tr("Received"), Kind::Count, Chart::Bar},
        {QStringLiteral("resolved"), SalesReports::tr("Resolved"), Kind::Count, Chart::Bar},
        {QStringLiteral("resolution_hours"), SalesReports::tr("Average resolution"), Kind::Hours, Chart::None},
        {QStringLiteral("resolved_in_time"), SalesReports::tr("Resolved in time"), Kind::Percent, Chart::None},
        {QStringLiteral("satisfaction"), SalesReports::tr("Satisfaction (1–5)"), Kind::Decimal, Chart::None},
        {QStringLiteral("ratings"), SalesReports::tr("Ratings"), Kind::Count, Chart::None}};
    QVariantList values{startOf(r.from), startOf(r.to.addDays(1))};
    const QString resolvedIn = QStringLiteral("(t.resolved_at >= ?1 AND t.resolved_at < ?2)");
    auto st = prepare(
        db,
        QStringLiteral(
            "SELECT coalesce(t.assignee_id, ''), u.display_name, sum(t.sla_due IS NOT NULL), "
            "sum(t.opened_at >= ?1 AND t.opened_at < ?2), sum(%1), "
            "sum(CASE WHEN %1 THEN t.resolved_at - t.opened_at END), "
            "sum(%1 AND t.resolution_due IS NOT NULL AND t.resolved_at <= t.resolution_due), "
            "sum(%1 AND t.resolution_due IS NOT NULL), "
            "sum(CASE WHEN %1 THEN t.satisfaction END), sum(%1 AND t.satisfaction IS NOT NULL) "
            "FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id "
            "WHERE t.deleted = 0 AND (t.sla_due IS NOT NULL OR t.opened_at >= ?1 OR t.resolved_at >= ?1) AND %2 "
            "GROUP BY t.assignee_id")
            .arg(resolvedIn, whose(r, values)),
        values);
    if (!st)
        return st.error();
    qint64 sums[9] = {};
    // Behind each figure: the agent's open tickets, those received (opened) in the period, those resolved in it.
    auto withTickets = [&r](ReportRow& row, const QStringList& assignees) {
        TicketSelection open = covered(r), received = covered(r), resolved = covered(r);
        for (TicketSelection* s : {&open, &received, &resolved})
            if (!assignees.isEmpty())
                s->assignees = assignees;
        open.openNow = true;
        received.openedFrom = startOf(r.from);
        received.openedTo = startOf(r.to.addDays(1));
        resolved.resolvedFrom = received.openedFrom;
        resolved.resolvedTo = received.openedTo;
        TicketSelection rated = resolved;
        rated.rated = true;
        row.tickets = {std::nullopt, open, received, resolved, resolved, resolved, rated, rated};
    };
    while ((*st)->step() == SqlStatement::Step::Row) {
        ReportRow row;
        row.key = (*st)->text(0);
        row.label = row.key.isEmpty() ? SalesReports::tr("Unassigned") : (*st)->text(1);
        qint64 v[9];
        for (int i = 0; i < 8; ++i)
            v[i] = (*st)->int64(2 + i);
        for (int i = 0; i < 8; ++i)
            sums[i] += v[i];
        row.values << row.label << v[0] << v[1] << v[2] << (v[2] ? hours(double(v[3]) / double(v[2])) : QVariant())
                   << share(v[4], v[5]) << (v[7] ? QVariant(double(v[6]) / double(v[7])) : QVariant()) << v[7];
        withTickets(row, QStringList{row.key});
        report.rows << row;
    }
    // The busiest first, as the chart shows them: by tickets received, then by those open now.
    std::sort(report.rows.begin(), report.rows.end(), [](const ReportRow& a, const ReportRow& b) {
        for (int column : {2, 1})
            if (a.values[column].toLongLong() != b.values[column].toLongLong())
                return a.values[column].toLongLong() > b.values[column].toLongLong();
        return a.label < b.label;
    });
    ReportRow total;
    total.key = QStringLiteral("total");
    total.label = SalesReports::tr("Everyone");
    total.total = true;
    total.values << total.label << sums[0] << sums[1] << sums[2]
                 << (sums[2] ? hours(double(sums[3]) / double(sums[2])) : QVariant()) << share(sums[4], sums[5])
                 << (sums[7] ? QVariant(double(sums[6]) / double(sums[7])) : QVariant()) << sums[7];
    withTickets(total, {});
    report.rows << total;
    report.notes << SalesReports::tr(
        "Received: assigned tickets opened in the period; resolved, resolution time, in time and "
        "satisfaction: tickets resolved in the period.");
    return {};
}

} // namespace

Result<QList<TicketLine>> tickets(Database& db, const TicketSelection& s, int limit)
{
    QStringList where{QStringLiteral("t.deleted = 0")};
    QVariantList values;
    auto list = [](const QStringList& items) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    };
    if (!s.assignees.isEmpty()) {
        where << QStringLiteral("coalesce(t.assignee_id, '') IN (SELECT value FROM json_each(?))");
        values << list(s.assignees);
    }
    where << whose(s.people, s.teamId, values);
    if (!s.priorities.isEmpty()) {
        where << QStringLiteral("t.priority IN (SELECT value FROM json_each(?))");
        values << list(s.priorities);
    }
    if (s.openNow)
        where << QStringLiteral("t.sla_due IS NOT NULL");
    if (s.breached) {
        where << QStringLiteral("t.sla_due < ?");
        values << s.now;
    }
    for (const auto& [column, bound, op] :
         {std::tuple{"opened_at", s.openedFrom, ">="}, std::tuple{"opened_at", s.openedTo, "<"},
          std::tuple{"resolved_at", s.resolvedFrom, ">="}, std::tuple{"resolved_at", s.resolvedTo, "<"}}) {
        if (bound) {
            where << QStringLiteral("t.%1 %2 ?").arg(QLatin1String(column), QLatin1String(op));
            values << bound;
        }
    }
    if (s.rated)
        where << QStringLiteral("t.satisfaction IS NOT NULL");
    if (s.openAt) {
        where << QStringLiteral("t.opened_at < ? AND (t.resolved_at IS NULL OR t.resolved_at >= ?)");
        values << s.openAt << s.openAt;
    }
    values << limit;
    auto st =
        prepare(db,
                QStringLiteral("SELECT t.id, t.number, t.subject, t.status, t.priority, "
                               "coalesce(c.display_title, a.name, ''), coalesce(u.display_name, ''), t.opened_at "
                               "FROM tickets t LEFT JOIN contacts c ON c.id = t.contact_id "
                               "LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.assignee_id "
                               "WHERE %1 ORDER BY t.opened_at, t.rid LIMIT ?")
                    .arg(where.join(QStringLiteral(" AND "))),
                values);
    if (!st)
        return st.error();
    QList<TicketLine> lines;
    while ((*st)->step() == SqlStatement::Step::Row)
        lines << TicketLine{(*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3),
                            (*st)->text(4), (*st)->text(5), (*st)->text(6), (*st)->int64(7)};
    return lines;
}

bool covers(ReportKind kind)
{
    return kind == ReportKind::Tickets || kind == ReportKind::ServiceLevels || kind == ReportKind::Backlog ||
           kind == ReportKind::Agents;
}

Result<SalesReport> run(Database& db, const ReportRequest& request)
{
    SalesReport report;
    report.kind = request.kind;
    report.title = SalesReports::title(request.kind);
    report.usesMoney = false;
    // The open tickets are those open now, whatever period is asked: no period in their title.
    if (request.kind != ReportKind::Tickets) {
        report.from = request.from;
        report.to = request.to;
    }
    Status s;
    switch (request.kind) {
    case ReportKind::Tickets:
        s = openByAge(db, request, report);
        break;
    case ReportKind::ServiceLevels:
        s = serviceLevels(db, request, report);
        break;
    case ReportKind::Backlog:
        s = backlog(db, request, report);
        break;
    case ReportKind::Agents:
        s = agents(db, request, report);
        break;
    default:
        return Error{SalesReports::tr("Not a help-desk report."), {}};
    }
    if (!s)
        return s.error();
    if (!request.teamId.isEmpty() || !request.owners.isEmpty())
        report.notes << SalesReports::tr("The tickets of a person or team: those they work on, and those of the "
                                         "customers they look after.");
    return report;
}

} // namespace rapport::HelpDeskReports
