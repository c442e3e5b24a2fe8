// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Overview.h"

#include "analytics/CustomerReports.h"
#include "domain/Money.h"
#include "domain/Periods.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Rates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace rapport {

namespace {

constexpr qint64 DayMs = 86'400'000;

Error queryError(const SqlStatement& st)
{
    return Error{Overview::tr("The overview cannot be read: %1").arg(st.errorText()), {}};
}

} // namespace

Result<TodayOverview> Overview::today(Database& db, const TodayRequest& request)
{
    TodayOverview o;
    const QString& userId = request.userId;
    const qint64 now = request.now;
    Calendar::Query day;
    day.users = {userId};
    day.from = request.dayStart;
    day.to = request.dayEnd;
    auto agenda = Calendar::occurrences(db, day);
    if (!agenda)
        return agenda.error();
    o.agenda = *agenda;
    // Older than a quarter is no longer "overdue", it is forgotten.
    auto overdue = Calendar::openTasks(db, userId, now - 90 * DayMs, std::min(now, request.dayStart), 50);
    if (!overdue)
        return overdue.error();
    o.overdue = *overdue;
    auto reminders = Calendar::dueReminders(db, userId, now);
    if (!reminders)
        return reminders.error();
    o.reminders = *reminders;
    // Whose deals and customers: the user's, or a manager's team's (as the reports and the board count a team).
    const bool team = !request.teamId.isEmpty();
    const QString whose = team ? QStringLiteral("t.team_id = ?") : QStringLiteral("t.owner_id = ?");
    const QString& who = team ? request.teamId : userId;
    {
        const QDate monthFirst(request.today.year(), request.today.month(), 1);
        SqlStatement st(
            db.handle(),
            QStringLiteral(
                "SELECT t.id, t.name, a.name, t.stage, t.amount, t.currency, t.expected_close, t.probability, "
                "u.display_name FROM opportunities t LEFT JOIN accounts a ON a.id = t.account_id "
                "LEFT JOIN users u ON u.id = t.owner_id "
                "WHERE %1 AND t.expected_close BETWEEN ? AND ? AND t.deleted = 0 "
                "AND t.stage NOT IN ('closed_won', 'closed_lost') ORDER BY t.expected_close, t.amount DESC LIMIT 100")
                .arg(whose));
        st.bind(1, who);
        st.bind(2, monthFirst.toString(Qt::ISODate));
        st.bind(3, monthFirst.addMonths(1).addDays(-1).toString(Qt::ISODate));
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row)
            o.closingThisMonth << DealItem{st.text(0),
                                           st.text(1),
                                           st.text(2),
                                           st.text(3),
                                           st.int64(4),
                                           st.text(5),
                                           st.text(6),
                                           static_cast<int>(st.int64(7)),
                                           team ? st.text(8) : QString()};
        if (step == SqlStatement::Step::Error)
            return queryError(st);
    }
    {
        SqlStatement st(
            db.handle(),
            // The other columns of the activity come from the row of max() (SQLite's bare columns).
            QStringLiteral("SELECT c.id, c.display_title, a.name, max(t.start_at) AS last, t.all_day, t.time_zone "
                           "FROM activities t "
                           "JOIN contacts c ON c.id = t.contact_id LEFT JOIN accounts a ON a.id = c.account_id "
                           "WHERE t.owner_id = ? AND t.start_at >= ? AND t.start_at < ? AND t.deleted = 0 AND "
                           "c.deleted = 0 AND c.merged_into IS NULL "
                           "GROUP BY c.id ORDER BY last DESC LIMIT 10"));
        st.bind(1, userId);
        st.bind(2, now - 14 * DayMs);
        st.bind(3, now);
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row)
            o.recent << RecentCustomer{st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4) != 0, st.text(5)};
        if (step == SqlStatement::Step::Error)
            return queryError(st);
    }
    {
        // The accounts (by owner or team), those of them scored at risk (schema 21).
        o.scoredAt = CustomerReports::lastScoring(db).at;
        SqlStatement st(
            db.handle(),
            QStringLiteral("SELECT t.id, t.name, s.last_order, s.churn_risk, CAST(round(s.yearly_revenue * "
                           "s.churn_risk) AS INTEGER) AS stake, (%1), u.display_name FROM accounts t "
                           "JOIN customer_scores s ON s.account_rid = t.rid LEFT JOIN users u ON u.id = t.owner_id "
                           "WHERE %2 AND s.at_risk = 1 AND t.deleted = 0 AND t.merged_into IS NULL "
                           "ORDER BY stake DESC, t.rid LIMIT 10")
                .arg(CustomerReports::ScoredCurrency, whose));
        st.bind(1, who);
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row)
            o.atRisk << AtRiskCustomer{st.text(0),
                                       st.text(1),
                                       st.int64(2),
                                       st.real(3),
                                       Money{st.int64(4), st.text(5)},
                                       team ? st.text(6) : QString()};
        if (step == SqlStatement::Step::Error)
            return queryError(st);
    }
    if (team) {
        // The team's quarter: each salesperson's deals won against their quota, and their open pipeline.
        ReportRequest quarter;
        quarter.kind = ReportKind::Reps;
        quarter.teamId = request.teamId;
        quarter.today = request.today;
        const Periods::Days days = Periods::quarter(request.today);
        quarter.from = days.from;
        quarter.to = days.to;
        quarter.currency = request.currency;
        auto report = SalesReports::run(db, quarter);
        if (!report)
            return report.error();
        o.team = *report;
    }
    return o;
}

namespace {

/// The figure in `column` of a report's totals row.
QVariant totalOf(const SalesReport& report, QStringView column)
{
    for (int c = 0; c < report.columns.size(); ++c)
        if (report.columns[c].key == column)
            for (const ReportRow& row : report.rows)
                if (row.total)
                    return row.values.value(c);
    return {};
}

void addUnconverted(QStringList& into, const QStringList& currencies)
{
    for (const QString& c : currencies)
        if (!into.contains(c))
            into << c;
}

} // namespace

Result<ReportOverview> Overview::reports(Database& db, const ReportRequest& requested, OverviewPart part)
{
    ReportRequest request = requested;
    request.owners.clear();
    request.teamId.clear();
    if (!request.today.isValid())
        request.today = QDate::currentDate();
    if (!request.ratesOf.isValid())
        request.ratesOf = request.today;
    ReportOverview r;
    r.currency = request.currency;
    r.ratesOf = request.ratesOf;
    const QDate& today = request.today;
    const Periods::Days quarter = Periods::quarter(today);
    r.quarterFrom = quarter.from;
    r.quarterTo = quarter.to;
    r.yearFrom = today.addYears(-1).addDays(1);
    r.yearTo = today;
    if (part != OverviewPart::Revenue) {
        if (Status s = addFigures(db, request, r); !s)
            return s.error();
    }
    if (part != OverviewPart::Figures) {
        if (Status s = addRevenue(db, request, r); !s)
            return s.error();
    }
    return r;
}

Status Overview::addFigures(Database& db, const ReportRequest& request, ReportOverview& r)
{
    // The open pipeline, as the pipeline report converts it.
    auto pipeline = Pipeline::report(db, PipelineFilter{}, request.currency, request.ratesOf);
    if (!pipeline)
        return pipeline.error();
    for (const PipelineStageFigures& stage : pipeline->stages)
        if (!Schema::isClosedStage(stage.stage))
            r.pipeline << stage;
    addUnconverted(r.unconverted, pipeline->unconverted);

    // This quarter's forecast and the last twelve months of the sales team, their totals rows.
    ReportRequest forecast = request;
    forecast.kind = ReportKind::Forecast;
    forecast.byMonth = false;
    forecast.from = r.quarterFrom;
    forecast.to = r.quarterTo;
    auto quarter = SalesReports::run(db, forecast);
    if (!quarter)
        return quarter.error();
    r.wonThisQuarter = totalOf(*quarter, u"won").toLongLong();
    r.commitThisQuarter = totalOf(*quarter, u"commit").toLongLong();
    r.quotaThisQuarter = totalOf(*quarter, u"quota").toLongLong();
    addUnconverted(r.unconverted, quarter->unconverted);

    ReportRequest reps = request;
    reps.kind = ReportKind::Reps;
    reps.from = r.yearFrom;
    reps.to = r.yearTo;
    auto year = SalesReports::run(db, reps);
    if (!year)
        return year.error();
    r.won = totalOf(*year, u"won").toLongLong();
    r.wonAmount = totalOf(*year, u"won_amount").toLongLong();
    r.lost = totalOf(*year, u"lost").toLongLong();
    if (const QVariant cycle = totalOf(*year, u"sales_cycle"); !cycle.isNull())
        r.cycleDays = cycle.toDouble();
    addUnconverted(r.unconverted, year->unconverted);

    // Open tickets by priority and status, and those past their service level: the open tickets' index.
    const qint64 now = request.now ? request.now : QDateTime::currentMSecsSinceEpoch();
    {
        SqlStatement st(db.handle(), QStringLiteral("SELECT priority, status, count(*), total(sla_due < ?) "
                                                    "FROM tickets WHERE sla_due IS NOT NULL AND deleted = 0 "
                                                    "AND status IN ('new', 'open', 'pending') "
                                                    "GROUP BY priority, status"));
        st.bind(1, now);
        QMap<QString, TicketLoad> byPriority;
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row) {
            TicketLoad& t = byPriority[st.text(0)];
            t.priority = st.text(0);
            t.byStatus[st.text(1)] += st.int64(2);
            r.breachedTickets += st.int64(3);
        }
        if (step == SqlStatement::Step::Error)
            return queryError(st);
        const QStringList priorities = Schema::ticketPriorities().keys;
        for (auto it = priorities.crbegin(); it != priorities.crend(); ++it)
            if (byPriority.contains(*it))
                r.tickets << byPriority.value(*it);
    }
    return {};
}

Status Overview::addRevenue(Database& db, const ReportRequest& request, ReportOverview& r)
{
    // Revenue by product category over the same twelve months, converted at the report's rates; the period's
    // orders and their lines are read from indexes that hold what is summed (schema 18).
    auto rates = Rates::load(db, request.currency);
    if (!rates)
        return rates.error();
    SqlStatement st(db.handle(),
                    QStringLiteral("SELECT p.category, o.currency, sum(l.total) FROM orders o "
                                   "JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id "
                                   "WHERE o.ordered_at >= ? AND o.ordered_at < ? AND o.deleted = 0 AND l.deleted = 0 "
                                   "AND o.status <> 'cancelled' GROUP BY p.category, o.currency"));
    st.bind(1, QDateTime(r.yearFrom, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    st.bind(2, QDateTime(r.yearTo.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QMap<QString, CategoryRevenue> byCategory;
    SqlStatement::Step step;
    while ((step = st.step()) == SqlStatement::Step::Row) {
        CategoryRevenue& c = byCategory[st.text(0)];
        c.category = st.text(0);
        if (const auto converted = rates->convert(st.int64(2), st.text(1), request.ratesOf))
            c.revenue += *converted;
        else
            addUnconverted(r.unconverted, {st.text(1)});
    }
    if (step == SqlStatement::Step::Error)
        return queryError(st);
    r.revenue = byCategory.values();
    std::stable_sort(r.revenue.begin(), r.revenue.end(),
                     [](const CategoryRevenue& a, const CategoryRevenue& b) { return a.revenue > b.revenue; });
    return {};
}

QJsonObject Overview::json(const ReportOverview& r)
{
    const auto money = [&r](qint64 minor) { return Money{minor, r.currency}.plain(); };
    const auto day = [](const QDate& d) { return d.toString(Qt::ISODate); };
    QJsonArray stages;
    qint64 deals = 0, amount = 0, weighted = 0;
    for (const PipelineStageFigures& s : r.pipeline) {
        stages.append(QJsonObject{{QStringLiteral("stage"), s.stage},
                                  {QStringLiteral("deals"), s.count},
                                  {QStringLiteral("amount"), money(s.amount)},
                                  {QStringLiteral("weighted"), money(s.weighted)}});
        deals += s.count;
        amount += s.amount;
        weighted += s.weighted;
    }
    QJsonArray priorities;
    qint64 open = 0;
    for (const TicketLoad& t : r.tickets) {
        QJsonObject o{{QStringLiteral("priority"), t.priority}};
        for (const char* status : {"new", "open", "pending"}) {
            const qint64 n = t.byStatus.value(QLatin1String(status));
            o.insert(QLatin1String(status), n);
            open += n;
        }
        priorities.append(o);
    }
    QJsonArray categories;
    qint64 revenue = 0;
    for (const CategoryRevenue& c : r.revenue) {
        categories.append(
            QJsonObject{{QStringLiteral("category"), c.category}, {QStringLiteral("amount"), money(c.revenue)}});
        revenue += c.revenue;
    }
    const qint64 closed = r.won + r.lost;
    return QJsonObject{
        {QStringLiteral("report"), QStringLiteral("overview")},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("rates_of"), day(r.ratesOf)},
        {QStringLiteral("unconverted"), QJsonArray::fromStringList(r.unconverted)},
        {QStringLiteral("pipeline"), QJsonObject{{QStringLiteral("deals"), deals},
                                                 {QStringLiteral("amount"), money(amount)},
                                                 {QStringLiteral("weighted"), money(weighted)},
                                                 {QStringLiteral("stages"), stages}}},
        {QStringLiteral("quarter"), QJsonObject{{QStringLiteral("from"), day(r.quarterFrom)},
                                                {QStringLiteral("to"), day(r.quarterTo)},
                                                {QStringLiteral("won"), money(r.wonThisQuarter)},
                                                {QStringLiteral("commit"), money(r.commitThisQuarter)},
                                                {QStringLiteral("quota"), money(r.quotaThisQuarter)}}},
        {QStringLiteral("last_12_months"),
         QJsonObject{{QStringLiteral("from"), day(r.yearFrom)},
                     {QStringLiteral("to"), day(r.yearTo)},
                     {QStringLiteral("won"), r.won},
                     {QStringLiteral("lost"), r.lost},
                     {QStringLiteral("won_amount"), money(r.wonAmount)},
                     {QStringLiteral("win_rate"),
                      closed ? QJsonValue(std::round(1000.0 * double(r.won) / double(closed)) / 1000.0) : QJsonValue()},
                     {QStringLiteral("sales_cycle_days"),
                      r.cycleDays ? QJsonValue(std::round(*r.cycleDays * 10.0) / 10.0) : QJsonValue()}}},
        {QStringLiteral("tickets"), QJsonObject{{QStringLiteral("open"), open},
                                                {QStringLiteral("past_service_level"), r.breachedTickets},
                                                {QStringLiteral("by_priority"), priorities}}},
        {QStringLiteral("revenue"),
         QJsonObject{{QStringLiteral("amount"), money(revenue)}, {QStringLiteral("by_category"), categories}}}};
}

} // namespace rapport
