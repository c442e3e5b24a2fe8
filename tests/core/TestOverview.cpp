// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "analytics/Overview.h"
#include "demo/DemoGenerator.h"

#include <QDateTime>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void today_showsTheRepsDay();
    void reports_matchIndependentSql();

private:
    std::unique_ptr<TempDatabase> m_t;
    QDate m_today{2026, 3, 10};
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
    auto o = Overview::today(*m_t->db, m_t->store->currentUserId(), start, start + 86400000, start + 12 * 3600000,
                             QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY2(o, qPrintable(o.error().message));
    QVERIFY(o->agenda.size() >= 5);
    for (int i = 1; i < o->agenda.size(); ++i) {
        QVERIFY(o->agenda[i - 1].start <= o->agenda[i].start);
    }
    QVERIFY(o->overdue.size() >= 3);
    for (const Occurrence& a : o->overdue)
        QVERIFY(a.start < start && a.isTask && !a.done && a.type == QLatin1String("task"));
    QVERIFY(!o->recent.isEmpty());
    for (const DealItem& d : o->closingThisMonth)
        QVERIFY(d.expectedClose.startsWith(QLatin1String("2026-03")) && !Schema::isClosedStage(d.stage));
}

void TestOverview::reports_matchIndependentSql()
{
    auto r = Overview::reports(*m_t->db, 0);
    QVERIFY2(r, qPrintable(r.error().message));
    qint64 deals = 0, eur = 0;
    for (const StageSummary& s : r->pipeline) {
        deals += s.count;
        eur += s.amount.value(QStringLiteral("EUR"));
        QVERIFY(!Schema::isClosedStage(s.stage));
    }
    QCOMPARE(deals,
             scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage NOT LIKE 'closed%'"))
                 .toLongLong());
    QCOMPARE(eur,
             scalar(*m_t->db,
                    QStringLiteral(
                        "SELECT total(amount) FROM opportunities WHERE stage NOT LIKE 'closed%' AND currency = 'EUR'"))
                 .toLongLong());
    qint64 open = 0;
    for (const TicketLoad& t : r->tickets)
        for (qint64 n : t.byStatus)
            open += n;
    QCOMPARE(open,
             scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('new','open','pending')"))
                 .toLongLong());
    qint64 revenue = 0;
    for (const CategoryRevenue& c : r->revenue)
        revenue += c.revenue.value(QStringLiteral("EUR"));
    QCOMPARE(
        revenue,
        scalar(*m_t->db, QStringLiteral("SELECT total(l.total) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                        "WHERE o.status <> 'cancelled' AND o.currency = 'EUR'"))
            .toLongLong());
}

QTEST_GUILESS_MAIN(TestOverview)
#include "TestOverview.moc"
