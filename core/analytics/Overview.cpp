// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Overview.h"

#include "domain/Schema.h"
#include "storage/Database.h"

namespace rapport {

namespace {

constexpr qint64 DayMs = 86'400'000;

Error queryError(const SqlStatement& st)
{
    return Error{Overview::tr("The overview cannot be read: %1").arg(st.errorText()), {}};
}

} // namespace

Result<TodayOverview> Overview::today(Database& db, const QString& userId, qint64 dayStart, qint64 dayEnd, qint64 now,
                                      QDate monthFirst, QDate monthLast)
{
    TodayOverview o;
    Calendar::Query day;
    day.users = {userId};
    day.from = dayStart;
    day.to = dayEnd;
    auto agenda = Calendar::occurrences(db, day);
    if (!agenda)
        return agenda.error();
    o.agenda = *agenda;
    // Older than a quarter is no longer "overdue", it is forgotten.
    auto overdue = Calendar::openTasks(db, userId, now - 90 * DayMs, std::min(now, dayStart), 50);
    if (!overdue)
        return overdue.error();
    o.overdue = *overdue;
    auto reminders = Calendar::dueReminders(db, userId, now);
    if (!reminders)
        return reminders.error();
    o.reminders = *reminders;
    {
        SqlStatement st(
            db.handle(),
            QStringLiteral(
                "SELECT t.id, t.name, a.name, t.stage, t.amount, t.currency, t.expected_close, t.probability "
                "FROM opportunities t LEFT JOIN accounts a ON a.id = t.account_id "
                "WHERE t.owner_id = ? AND t.expected_close BETWEEN ? AND ? AND t.deleted = 0 "
                "AND t.stage NOT IN ('closed_won', 'closed_lost') ORDER BY t.expected_close, t.amount DESC LIMIT 100"));
        st.bind(1, userId);
        st.bind(2, monthFirst.toString(Qt::ISODate));
        st.bind(3, monthLast.toString(Qt::ISODate));
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row)
            o.closingThisMonth << DealItem{st.text(0),  st.text(1), st.text(2), st.text(3),
                                           st.int64(4), st.text(5), st.text(6), static_cast<int>(st.int64(7))};
        if (step == SqlStatement::Step::Error)
            return queryError(st);
    }
    {
        SqlStatement st(
            db.handle(),
            QStringLiteral("SELECT c.id, c.display_title, a.name, max(t.start_at) AS last FROM activities t "
                           "JOIN contacts c ON c.id = t.contact_id LEFT JOIN accounts a ON a.id = c.account_id "
                           "WHERE t.owner_id = ? AND t.start_at >= ? AND t.start_at < ? AND t.deleted = 0 AND "
                           "c.deleted = 0 AND c.merged_into IS NULL "
                           "GROUP BY c.id ORDER BY last DESC LIMIT 10"));
        st.bind(1, userId);
        st.bind(2, now - 14 * DayMs);
        st.bind(3, now);
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row)
            o.recent << RecentCustomer{st.text(0), st.text(1), st.text(2), st.int64(3)};
        if (step == SqlStatement::Step::Error)
            return queryError(st);
    }
    return o;
}

Result<ReportOverview> Overview::reports(Database& db, qint64 since)
{
    ReportOverview r;
    {
        SqlStatement st(
            db.handle(),
            QStringLiteral(
                "SELECT stage, currency, count(*), sum(amount), sum(amount * probability / 100) FROM opportunities "
                "WHERE deleted = 0 AND stage NOT IN ('closed_won', 'closed_lost') GROUP BY stage, currency"));
        QMap<QString, StageSummary> byStage;
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row) {
            StageSummary& s = byStage[st.text(0)];
            s.stage = st.text(0);
            s.count += st.int64(2);
            s.amount[st.text(1)] += st.int64(3);
            s.weighted[st.text(1)] += st.int64(4);
        }
        if (step == SqlStatement::Step::Error)
            return queryError(st);
        for (const QString& stage : Schema::stages().keys)
            if (byStage.contains(stage))
                r.pipeline << byStage.value(stage);
    }
    {
        SqlStatement st(db.handle(), QStringLiteral("SELECT priority, status, count(*) FROM tickets WHERE deleted = 0 "
                                                    "AND status IN ('new', 'open', 'pending') "
                                                    "GROUP BY priority, status"));
        QMap<QString, TicketLoad> byPriority;
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row) {
            TicketLoad& t = byPriority[st.text(0)];
            t.priority = st.text(0);
            t.byStatus[st.text(1)] += st.int64(2);
        }
        if (step == SqlStatement::Step::Error)
            return queryError(st);
        const QStringList priorities = Schema::ticketPriorities().keys;
        for (auto it = priorities.crbegin(); it != priorities.crend(); ++it)
            if (byPriority.contains(*it))
                r.tickets << byPriority.value(*it);
    }
    {
        SqlStatement st(
            db.handle(),
            QStringLiteral("SELECT p.category, o.currency, sum(l.total), count(DISTINCT o.id) FROM orders o "
                           "JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id "
                           "WHERE o.ordered_at >= ? AND o.deleted = 0 AND l.deleted = 0 AND o.status <> 'cancelled' "
                           "GROUP BY p.category, o.currency"));
        st.bind(1, since);
        QMap<QString, CategoryRevenue> byCategory;
        SqlStatement::Step step;
        while ((step = st.step()) == SqlStatement::Step::Row) {
            CategoryRevenue& c = byCategory[st.text(0)];
            c.category = st.text(0);
            c.revenue[st.text(1)] += st.int64(2);
            c.orders += st.int64(3);
        }
        if (step == SqlStatement::Step::Error)
            return queryError(st);
        r.revenue = byCategory.values();
    }
    return r;
}

} // namespace rapport
