// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "analytics/CustomerReports.h"
#include "analytics/Overview.h"
#include "demo/DemoGenerator.h"
#include "domain/Schema.h"
#include "storage/Rates.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace rapport;
using namespace rapport::test;

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void today_showsTheRepsDay();
    void today_recentContactByAnAllDayActivity_isADay();
    void today_managersHome_isTheTeams();
    void reports_matchIndependentSql();
    void reports_partsMakeTheWhole();

private:
    std::unique_ptr<TempDatabase> m_t;
    QDate m_today{2026, 3, 10};

    /// `user`'s day of m_today (UTC) at `now`; a manager's when `teamId` is set.
    TodayRequest dayOf(const QString& user, qint64 now, const QString& teamId = {}) const
    {
        TodayRequest r;
        r.userId = user;
        r.teamId = teamId;
        r.dayStart = QDateTime(m_today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        r.dayEnd = r.dayStart + 86400000;
        r.now = now;
        r.today = m_today;
        return r;
    }
};

void TestOverview::initTestCase()
{
    m_t = std::make_unique<TempDatabase>(false);
    DemoOptions o;
    o.contacts = 300;
    o.today = m_today;
    QVERIFY(DemoGenerator::generate(*m_t->store, o));
}

void TestOverview::today_showsTheRepsDay()
{
    const qint64 start = QDateTime(m_today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    auto o = Overview::today(*m_t->db, dayOf(m_t->store->currentUserId(), start + 12 * 3600000));
    QVERIFY2(o, qPrintable(o.error().message));
    QVERIFY(o->agenda.size() >= 5);
    for (int i = 1; i < o->agenda.size(); ++i) {
        QVERIFY(o->agenda[i - 1].start <= o->agenda[i].start);
    }
    QVERIFY(o->overdue.size() >= 3);
    for (const Occurrence& a : o->overdue)
        QVERIFY(a.start < start && a.isTask && !a.done && a.type == QLatin1String("task"));
    QVERIFY(!o->recent.isEmpty());
    for (const RecentCustomer& c : o->recent)
        QVERIFY(!c.allDay);
    for (const DealItem& d : o->closingThisMonth)
        QVERIFY(d.expectedClose.startsWith(QLatin1String("2026-03")) && !Schema::isClosedStage(d.stage));
    // The rep's customers at risk, as the demo scored them: every one of their accounts scored at risk (up to
    // ten), the most revenue at stake first, each with the figures of its standing.
    const QString me = m_t->store->currentUserId();
    const int mine = scalar(*m_t->db,
                            QStringLiteral("SELECT count(*) FROM customer_scores s JOIN accounts a ON "
                                           "a.rid = s.account_rid WHERE a.owner_id = ? AND s.at_risk = 1"),
                            {me})
                         .toInt();
    QVERIFY(mine > 0);
    QVERIFY(o->scoredAt > 0);
    QCOMPARE(o->atRisk.size(), std::min(mine, 10));
    for (int i = 0; i < o->atRisk.size(); ++i) {
        const AtRiskCustomer& c = o->atRisk[i];
        QCOMPARE(
            scalar(*m_t->db, QStringLiteral("SELECT owner_id FROM accounts WHERE id = ?"), {c.accountId}).toString(),
            me);
        const auto standing = **CustomerReports::standing(*m_t->db, c.accountId);
        QVERIFY(standing.atRisk);
        QCOMPARE(c.churnRisk, standing.churnRisk);
        QCOMPARE(c.lastOrder, standing.lastOrder);
        QCOMPARE(c.atStake, (Money{std::llround(double(standing.yearlyRevenue.minor) * standing.churnRisk),
                                   standing.yearlyRevenue.currency}));
        if (i > 0)
            QVERIFY(o->atRisk[i - 1].atStake.minor >= c.atStake.minor);
    }
    // Someone else's day shows their customers, not these.
    const QString other = scalar(*m_t->db,
                                 QStringLiteral("SELECT a.owner_id FROM customer_scores s JOIN accounts a "
                                                "ON a.rid = s.account_rid WHERE s.at_risk = 1 AND a.owner_id "
                                                "<> ? LIMIT 1"),
                                 {me})
                              .toString();
    if (!other.isEmpty()) {
        auto theirs = Overview::today(*m_t->db, dayOf(other, start + 12 * 3600000));
        QVERIFY(theirs && !theirs->atRisk.isEmpty());
        for (const AtRiskCustomer& c : theirs->atRisk)
            QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT owner_id FROM accounts WHERE id = ?"), {c.accountId})
                         .toString(),
                     other);
    }
}

void TestOverview::today_recentContactByAnAllDayActivity_isADay()
{
    // A workshop all day in Berlin: it starts at midnight there, 23:00 UTC the day before.
    Record contact(EntityType::Contact);
    contact.set(u"first_name", QStringLiteral("Wanda")).set(u"last_name", QStringLiteral("Allday"));
    const QString wanda = *m_t->store->create(contact);
    const QTimeZone berlin("Europe/Berlin");
    const qint64 midnight = QDateTime(m_today, QTime(0, 0), berlin).toMSecsSinceEpoch();
    Record workshop(EntityType::Activity);
    workshop.set(u"type", QStringLiteral("meeting"))
        .set(u"subject", QStringLiteral("Workshop"))
        .set(u"contact_id", wanda)
        .set(u"owner_id", m_t->store->currentUserId())
        .set(u"all_day", true)
        .set(u"time_zone", QStringLiteral("Europe/Berlin"))
        .set(u"start_at", midnight)
        .set(u"end_at", midnight + 86400000);
    auto created = m_t->store->create(workshop);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    auto o = Overview::today(*m_t->db, dayOf(m_t->store->currentUserId(), midnight + 60000));
    QVERIFY(o);
    QVERIFY(!o->recent.isEmpty());
    const RecentCustomer& first = o->recent.first(); // nothing else has happened since midnight in Berlin
    QCOMPARE(first.contactId, wanda);
    QVERIFY(first.allDay);
    QCOMPARE(first.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(first.lastContact, midnight);
    QVERIFY(m_t->store->remove(EntityType::Activity, *created));
    QVERIFY(m_t->store->remove(EntityType::Contact, wanda));
}

namespace {
/// Σ over currencies of `sql`'s sums (columns: group key, currency, sum), each group converted to EUR at the
/// rates of `day` on its own, as a report converts: group key → minor units of EUR.
QMap<QString, qint64> inEuro(Database& db, const QString& sql, const QVariantList& values, const QDate& day)
{
    auto rates = Rates::load(db, QStringLiteral("EUR"));
    QMap<QString, qint64> sums;
    SqlStatement st(db.handle(), sql);
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values[i]);
    while (st.step() == SqlStatement::Step::Row) {
        const auto converted = rates->convert(st.int64(2), st.text(1), day);
        if (!converted)
            qFatal("no rate for %s", qPrintable(st.text(1)));
        sums[st.text(0)] += *converted;
    }
    return sums;
}
} // namespace

void TestOverview::today_managersHome_isTheTeams()
{
    // A manager of the demo and their team.
    const QString manager =
        scalar(*m_t->db, QStringLiteral("SELECT id FROM users WHERE role = 'manager' AND team_id IS NOT NULL AND "
                                        "team_id IN (SELECT team_id FROM opportunities WHERE expected_close LIKE "
                                        "'2026-03%' AND stage NOT LIKE 'closed%') ORDER BY username LIMIT 1"))
            .toString();
    QVERIFY(!manager.isEmpty());
    const QString team =
        scalar(*m_t->db, QStringLiteral("SELECT team_id FROM users WHERE id = ?"), {manager}).toString();
    const qint64 noon = QDateTime(m_today, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    auto own = Overview::today(*m_t->db, dayOf(manager, noon));
    QVERIFY2(own, qPrintable(own.error().message));
    QVERIFY(!own->team); // the Home of anyone without a team asked: their own, no quarter
    auto o = Overview::today(*m_t->db, dayOf(manager, noon, team));
    QVERIFY2(o, qPrintable(o.error().message));

    // The team's open deals closing this month, every one of them, each with its owner's name.
    const int closing = scalar(*m_t->db,
                               QStringLiteral("SELECT count(*) FROM opportunities WHERE team_id = ? AND deleted = 0 "
                                              "AND expected_close BETWEEN '2026-03-01' AND '2026-03-31' AND stage "
                                              "NOT IN ('closed_won', 'closed_lost')"),
                               {team})
                            .toInt();
    QVERIFY(closing > own->closingThisMonth.size());
    QCOMPARE(o->closingThisMonth.size(), std::min(closing, 100));
    for (const DealItem& d : o->closingThisMonth)
        QCOMPARE(d.owner, scalar(*m_t->db,
                                 QStringLiteral("SELECT u.display_name FROM opportunities t JOIN users u ON u.id = "
                                                "t.owner_id WHERE t.id = ? AND t.team_id = ?"),
                                 {d.id, team})
                              .toString());
    // The team's customers at risk.
    for (const AtRiskCustomer& c : o->atRisk) {
        QCOMPARE(
            scalar(*m_t->db, QStringLiteral("SELECT team_id FROM accounts WHERE id = ?"), {c.accountId}).toString(),
            team);
        QVERIFY(!c.owner.isEmpty());
    }
    // The team's quarter: the Sales team report of this quarter on the team, the team's line last.
    QVERIFY(o->team);
    QCOMPARE(o->team->kind, ReportKind::Reps);
    QCOMPARE(o->team->from, QDate(2026, 1, 1));
    QCOMPARE(o->team->to, QDate(2026, 3, 31));
    QVERIFY(o->team->rows.size() >= 2);
    QVERIFY(o->team->rows.last().total);
    int wonColumn = -1;
    for (int c = 0; c < o->team->columns.size(); ++c)
        if (o->team->columns[c].key == QLatin1String("won"))
            wonColumn = c;
    const qint64 wonThisQuarter =
        scalar(*m_t->db,
               QStringLiteral("SELECT count(*) FROM opportunities WHERE team_id = ? AND deleted = 0 AND stage = "
                              "'closed_won' AND closed_at >= ? AND closed_at < ?"),
               {team, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()})
            .toLongLong();
    QCOMPARE(o->team->rows.last().values.value(wonColumn).toLongLong(), wonThisQuarter);
}

void TestOverview::reports_matchIndependentSql()
{
    ReportRequest request;
    request.currency = QStringLiteral("EUR");
    request.today = m_today;
    request.now = QDateTime(m_today, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    auto r = Overview::reports(*m_t->db, request);
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->currency, QStringLiteral("EUR"));
    QCOMPARE(r->ratesOf, m_today);
    QVERIFY(r->unconverted.isEmpty());

    // The open pipeline, stage by stage.
    const QMap<QString, qint64> open =
        inEuro(*m_t->db,
               QStringLiteral("SELECT stage, currency, sum(amount) FROM opportunities WHERE stage NOT LIKE 'closed%' "
                              "AND deleted = 0 GROUP BY 1, 2"),
               {}, m_today);
    // Every open stage of the sales process, in its order, those without deals too.
    QStringList stages;
    for (const QString& stage : Schema::stages().keys)
        if (!Schema::isClosedStage(stage))
            stages << stage;
    QCOMPARE(r->pipeline.size(), stages.size());
    qint64 deals = 0;
    for (const PipelineStageFigures& s : r->pipeline) {
        QCOMPARE(s.stage, stages.takeFirst());
        QCOMPARE(s.amount, open.value(s.stage));
        QVERIFY(s.weighted >= 0 && s.weighted <= s.amount);
        deals += s.count;
    }
    QCOMPARE(deals,
             scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage NOT LIKE 'closed%'"))
                 .toLongLong());

    // This quarter (January to March 2026): won deals and the quotas of its months.
    QCOMPARE(r->quarterFrom, QDate(2026, 1, 1));
    QCOMPARE(r->quarterTo, QDate(2026, 3, 31));
    const qint64 quarterFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 quarterTo = QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 won = inEuro(*m_t->db,
                              QStringLiteral("SELECT '', currency, sum(amount) FROM opportunities WHERE stage = "
                                             "'closed_won' AND closed_at >= ? AND closed_at < ? AND deleted = 0 "
                                             "GROUP BY 1, 2"),
                              {quarterFrom, quarterTo}, m_today)
                           .value(QString());
    QVERIFY(won > 0);
    QCOMPARE(r->wonThisQuarter, won);
    const qint64 quota = inEuro(*m_t->db,
                                QStringLiteral("SELECT '', currency, sum(amount) FROM quotas WHERE period_start "
                                               "BETWEEN '2026-01-01' AND '2026-03-31' AND deleted = 0 GROUP BY 1, 2"),
                                {}, m_today)
                             .value(QString());
    QVERIFY(quota > 0);
    QCOMPARE(r->quotaThisQuarter, quota);

    // The last twelve months: deals won and lost.
    QCOMPARE(r->yearFrom, QDate(2025, 3, 11));
    QCOMPARE(r->yearTo, m_today);
    const qint64 yearFrom = QDateTime(r->yearFrom, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 yearTo = QDateTime(m_today.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto closed = [&](const char* stage) {
        return scalar(*m_t->db,
                      QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = '%1' AND closed_at >= %2 AND "
                                     "closed_at < %3 AND deleted = 0")
                          .arg(QLatin1String(stage))
                          .arg(yearFrom)
                          .arg(yearTo))
            .toLongLong();
    };
    QCOMPARE(r->won, closed("closed_won"));
    QCOMPARE(r->lost, closed("closed_lost"));
    QVERIFY(r->won > 0 && r->lost > 0);
    QVERIFY(r->cycleDays && *r->cycleDays > 0);

    // Open tickets by priority, the most urgent first, and those past their service level.
    qint64 openTickets = 0;
    for (const TicketLoad& t : r->tickets)
        for (qint64 n : t.byStatus)
            openTickets += n;
    QCOMPARE(openTickets,
             scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('new','open','pending')"))
                 .toLongLong());
    for (int i = 1; i < r->tickets.size(); ++i)
        QVERIFY(Schema::ticketPriorities().indexOf(r->tickets[i - 1].priority) >
                Schema::ticketPriorities().indexOf(r->tickets[i].priority));
    QCOMPARE(r->breachedTickets,
             scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('new','open','pending') "
                                             "AND sla_due < %1")
                                  .arg(request.now))
                 .toLongLong());

    // Revenue of the twelve months by category, the largest first.
    const QMap<QString, qint64> revenue =
        inEuro(*m_t->db,
               QStringLiteral("SELECT p.category, o.currency, sum(l.total) FROM order_lines l JOIN orders o ON o.id = "
                              "l.order_id JOIN products p ON p.id = l.product_id WHERE o.status <> 'cancelled' AND "
                              "o.ordered_at >= ? AND o.ordered_at < ? GROUP BY 1, 2"),
               {yearFrom, yearTo}, m_today);
    QCOMPARE(r->revenue.size(), revenue.size());
    for (int i = 0; i < r->revenue.size(); ++i) {
        QCOMPARE(r->revenue[i].revenue, revenue.value(r->revenue[i].category));
        if (i > 0)
            QVERIFY(r->revenue[i - 1].revenue >= r->revenue[i].revenue);
    }
}

void TestOverview::reports_partsMakeTheWhole()
{
    ReportRequest request;
    request.today = m_today;
    request.now = QDateTime(m_today, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    auto whole = Overview::reports(*m_t->db, request);
    auto figures = Overview::reports(*m_t->db, request, OverviewPart::Figures);
    auto revenue = Overview::reports(*m_t->db, request, OverviewPart::Revenue);
    QVERIFY(whole && figures && revenue);
    // Each part has its own figures and the other's empty; the periods are the same in both.
    QVERIFY(!figures->pipeline.isEmpty() && !figures->tickets.isEmpty() && figures->revenue.isEmpty());
    QVERIFY(revenue->pipeline.isEmpty() && revenue->tickets.isEmpty() && revenue->won == 0);
    QCOMPARE(revenue->yearFrom, figures->yearFrom);
    QCOMPARE(revenue->quarterTo, figures->quarterTo);
    ReportOverview merged = *figures;
    merged.revenue = revenue->revenue;
    QCOMPARE(Overview::json(merged), Overview::json(*whole));
}

QTEST_GUILESS_MAIN(TestOverview)
#include "TestOverview.moc"
