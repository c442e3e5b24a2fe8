// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The customer reports on a book of ten customers whose orders were laid out so that each figure can be worked
// out by hand: their RFM scores and segments, the book's retention, churn risk and lifetime value by the model
// the header documents (computed here apart, order by order), the customers at risk, the cross-selling pairs,
// and each drill-down against the figure it explains. Then the same invariants on a demo book.

#include "TestSupport.h"
#include "analytics/CustomerReports.h"
#include "demo/DemoGenerator.h"
#include "storage/ListQueries.h"
#include "storage/RecordList.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <map>

using namespace rapport;
using namespace rapport::test;

namespace {

const QDate kToday(2026, 6, 30); // the default period: 1 July 2025 to 30 June 2026
constexpr qint64 Day = 86'400'000;
const qint64 kEnd = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

/// How a customer orders: `count` orders of `amount` euros, the latest `latest` days (and twelve hours) before
/// the period ends, one every `every` days before it; each order of one product category, the last one also
/// of `extra` for `extraAmount` euros.
struct Plan
{
    const char* name;
    bool firstOwner;
    int count, latest, every;
    qint64 amount;
    const char* category;
    const char* extra = nullptr;
    qint64 extraAmount = 0;
};

const Plan kPlans[] = {
    {"Alpha", true, 24, 5, 30, 1000, "Software", "Training", 150},
    {"Bravo", true, 10, 10, 30, 800, "Software", "Training", 150},
    {"Charlie", true, 8, 20, 40, 600, "Software", "Training", 150},
    {"Delta", true, 7, 40, 40, 500, "Software"},
    {"Echo", true, 4, 60, 60, 400, "Hardware"},
    {"Foxtrot", false, 3, 100, 80, 300, "Hardware"},
    {"Golf", false, 2, 150, 60, 200, "Hardware"},
    {"Hotel", false, 10, 200, 30, 2500, "Hardware"},
    {"India", false, 1, 400, 0, 100, "Software"},
    {"Juliet", false, 1, 3, 0, 50, "Hardware"},
};

qint64 orderedAt(int daysBefore)
{
    return kEnd - qint64(daysBefore) * Day - Day / 2;
}

} // namespace

class TestCustomerReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_t;
    QString m_owner[2];
    std::map<QString, QString> m_id; ///< name → account id
    int m_orders = 0;

    QString create(const Record& r)
    {
        auto id = m_t->store->create(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    void order(const QString& account, int daysBefore, qint64 euros, const QString& product, const char* status,
               const QString& extraProduct = {}, qint64 extraEuros = 0)
    {
        const QString id = create(Record(EntityType::Order)
                                      .set(u"number", QStringLiteral("SO-%1").arg(++m_orders))
                                      .set(u"account_id", account)
                                      .set(u"ordered_at", orderedAt(daysBefore))
                                      .set(u"status", QString::fromLatin1(status))
                                      .set(u"total", (euros + extraEuros) * 100)
                                      .set(u"currency", QStringLiteral("EUR")));
        auto line = [&](const QString& p, qint64 e) {
            create(Record(EntityType::OrderLine)
                       .set(u"order_id", id)
                       .set(u"product_id", p)
                       .set(u"quantity", qint64(1))
                       .set(u"unit_price", e * 100)
                       .set(u"total", e * 100)
                       .set(u"currency", QStringLiteral("EUR")));
        };
        line(product, euros);
        if (!extraProduct.isEmpty())
            line(extraProduct, extraEuros);
    }
    SalesReport run(ReportKind kind, const QStringList& owners = {})
    {
        ReportRequest r;
        r.kind = kind;
        r.today = kToday;
        r.owners = owners;
        auto report = SalesReports::run(*m_t->db, r);
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        return *report;
    }
    /// The names of the customers a selection lists, in its order.
    QStringList listed(CustomerSelection s)
    {
        s.request.today = kToday;
        auto lines = CustomerReports::customers(*m_t->db, s, 100);
        if (!lines)
            qFatal("%s", qPrintable(lines.error().message));
        QStringList names;
        for (const auto& l : *lines)
            names << l.name;
        return names;
    }
    static int column(const SalesReport& report, const char* key)
    {
        for (int c = 0; c < report.columns.size(); ++c)
            if (report.columns[c].key == QLatin1String(key))
                return c;
        qFatal("no column %s", key);
    }
    static const ReportRow& row(const SalesReport& report, const QString& key)
    {
        for (const ReportRow& r : report.rows)
            if (r.key == key)
                return r;
        qFatal("no row %s", qPrintable(key));
    }

    /// The model, worked out here from the plans alone.
    struct Expected
    {
        double pace = 0, risk = 0;
        qint64 lifetime = 0, yearly = 0;
        bool atRisk = false;
    };
    std::map<QString, Expected> model() const
    {
        // Retention: of the customers with an order a year or two before the end, those with one in the last year.
        int before = 0, again = 0;
        std::vector<double> paces;
        for (const Plan& p : kPlans) {
            const int oldest = p.latest + (p.count - 1) * p.every;
            const bool lastYear = p.latest < 365;
            const bool yearBefore = oldest >= 365 && p.latest < 730;
            before += yearBefore ? 1 : 0;
            again += yearBefore && lastYear ? 1 : 0;
            if (p.count > 1)
                paces.push_back(double(p.count - 1) / double(oldest - p.latest));
        }
        const double r = double(again) / double(before);
        std::sort(paces.begin(), paces.end());
        const double median = paces[paces.size() / 2];
        std::map<QString, Expected> out;
        for (const Plan& p : kPlans) {
            Expected e;
            const int oldest = p.latest + (p.count - 1) * p.every;
            e.pace = p.count > 1 ? double(p.count - 1) / double(oldest - p.latest) : median;
            const double silent = double(p.latest) + 0.5;
            e.risk = (1 - r) / ((1 - r) + r * std::exp(-e.pace * silent));
            qint64 ever = 0, twoYears = 0;
            for (int k = 0; k < p.count; ++k) {
                const qint64 cents = p.amount * 100 + (k == 0 ? p.extraAmount * 100 : 0);
                ever += cents;
                if (p.latest + k * p.every < 730)
                    twoYears += cents;
            }
            const double years = std::clamp((double(oldest) + 0.5) / 365.0, 1.0, 2.0);
            e.yearly = std::llround(double(twoYears) / years);
            e.lifetime = ever + std::llround(double(e.yearly) * r / (1.1 - r) * (1 - e.risk));
            e.atRisk = e.risk >= 0.5 && p.latest < 365;
            out[QLatin1String(p.name)] = e;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TempDatabase>(false);
        for (int i = 0; i < 2; ++i)
            m_owner[i] = create(Record(EntityType::User)
                                    .set(u"username", QStringLiteral("rep%1").arg(i))
                                    .set(u"display_name", QStringLiteral("Rep %1").arg(i))
                                    .set(u"role", QStringLiteral("rep")));
        std::map<QString, QString> product;
        for (const char* category : {"Software", "Training", "Hardware"})
            product[QLatin1String(category)] = create(Record(EntityType::Product)
                                                          .set(u"sku", QLatin1String(category).left(3))
                                                          .set(u"name", QLatin1String(category))
                                                          .set(u"category", QLatin1String(category)));
        for (const Plan& p : kPlans) {
            const QString id = create(account(QLatin1String(p.name)).set(u"owner_id", m_owner[p.firstOwner ? 0 : 1]));
            m_id[QLatin1String(p.name)] = id;
            for (int k = 0; k < p.count; ++k)
                order(id, p.latest + k * p.every, p.amount, product[QLatin1String(p.category)], "invoiced",
                      k == 0 && p.extra ? product[QLatin1String(p.extra)] : QString(), k == 0 ? p.extraAmount : 0);
        }
        // Not customers: an account without orders, and one whose only order was cancelled.
        create(account(QStringLiteral("Kilo")));
        order(create(account(QStringLiteral("Lima"))), 10, 5000, product[QStringLiteral("Software")], "cancelled");
    }

    void segments_byRecencyFrequencyAndMoney()
    {
        const SalesReport report = run(ReportKind::Customers);
        const int customers = column(report, "customers"), revenue = column(report, "revenue");
        // Worked out by hand in the plans' quintiles (R, F, M): Alpha 5 5 5, Bravo 4 5 4, Charlie 4 4 4 are
        // champions; Delta 3 4 3 and Echo 3 3 3 loyal; Foxtrot and Golf 2 2 2 hibernating; Hotel 1 3 5 the one
        // they cannot lose; India 1 1 1 lost; Juliet 5 1 1 new, her first order three days old.
        const std::map<QString, QStringList> members{
            {QStringLiteral("champions"), {QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}},
            {QStringLiteral("loyal"), {QStringLiteral("Delta"), QStringLiteral("Echo")}},
            {QStringLiteral("hibernating"), {QStringLiteral("Foxtrot"), QStringLiteral("Golf")}},
            {QStringLiteral("cant_lose"), {QStringLiteral("Hotel")}},
            {QStringLiteral("lost"), {QStringLiteral("India")}},
            {QStringLiteral("new"), {QStringLiteral("Juliet")}},
        };
        for (const QString& key : CustomerReports::segments()) {
            const ReportRow& r = row(report, key);
            const QStringList want = members.count(key) ? members.at(key) : QStringList();
            QCOMPARE(r.values[customers].toLongLong(), want.size());
            QCOMPARE(r.label, CustomerReports::segmentLabel(key));
            if (want.isEmpty()) {
                QVERIFY(!r.customers.value(customers));
                continue;
            }
            // The drill-down lists exactly them, the most valuable first.
            QStringList names = listed(*r.customers.value(customers));
            QStringList sorted = names;
            sorted.sort();
            QStringList wantSorted = want;
            wantSorted.sort();
            QCOMPARE(sorted, wantSorted);
        }
        // The period's revenue: the orders of the last 365 days, not cancelled (Lima's 5,000 € is not).
        qint64 cents = 0;
        for (const Plan& p : kPlans)
            for (int k = 0; k < p.count; ++k)
                if (p.latest + k * p.every < 365)
                    cents += (p.amount + (k == 0 ? p.extraAmount : 0)) * 100;
        const ReportRow& total = report.rows.last();
        QVERIFY(total.total);
        QCOMPARE(total.values[customers].toLongLong(), 10);
        QCOMPARE(total.values[revenue].toLongLong(), cents);
        QCOMPARE(row(report, QStringLiteral("champions")).values[column(report, "category")].toString(),
                 QStringLiteral("Software"));
        QCOMPARE(row(report, QStringLiteral("hibernating")).values[column(report, "category")].toString(),
                 QStringLiteral("Hardware"));
        // Shares: champions are three customers in ten.
        QCOMPARE(row(report, QStringLiteral("champions")).values[column(report, "customer_share")].toDouble(), 30.0);
        // The book's retention: Alpha and Hotel of the year before ordered again, India did not.
        QVERIFY2(report.notes.join(QLatin1Char(' '))
                     .contains(QStringLiteral("retention of 67% a year and discounted at 10%")),
                 qPrintable(report.notes.join(QLatin1Char(' '))));
        // One salesperson's customers are scored among themselves.
        const SalesReport mine = run(ReportKind::Customers, {m_owner[0]});
        QCOMPARE(mine.rows.last().values[customers].toLongLong(), 5);
        qint64 theirRevenue = 0;
        for (const Plan& p : kPlans)
            for (int k = 0; p.firstOwner && k < p.count; ++k)
                if (p.latest + k * p.every < 365)
                    theirRevenue += (p.amount + (k == 0 ? p.extraAmount : 0)) * 100;
        QCOMPARE(mine.rows.last().values[revenue].toLongLong(), theirRevenue);
        // Their categories too: Alpha, Bravo and Charlie bought training, Delta did not.
        const SalesReport theirPairs = run(ReportKind::CrossSell, {m_owner[0]});
        QVERIFY(!theirPairs.rows.isEmpty());
        QCOMPARE(theirPairs.rows.first().values[column(theirPairs, "customers")].toLongLong(), 4);
        QCOMPARE(theirPairs.rows.first().values[column(theirPairs, "not_yet")].toLongLong(), 1);
    }

    void lifetimeValueAndChurnRisk_asTheModelSays()
    {
        const auto expected = model();
        CustomerSelection all;
        all.request.kind = ReportKind::Customers;
        all.request.today = kToday;
        auto lines = CustomerReports::customers(*m_t->db, all, 100);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 10);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const auto& line : *lines) {
            const Expected& e = expected.at(line.name);
            QVERIFY2(std::abs(line.churnRisk - e.risk) < 1e-9, qPrintable(line.name));
            QVERIFY2(std::abs(line.lifetimeValue - e.lifetime) <= 1, qPrintable(line.name)); // a cent of rounding
            QVERIFY(line.lifetimeValue <= previous); // the most valuable first
            previous = line.lifetimeValue;
            QCOMPARE(line.lastOrder, orderedAt(
                                         std::find_if(std::begin(kPlans), std::end(kPlans),
                                                      [&](const Plan& p) { return line.name == QLatin1String(p.name); })
                                             ->latest));
        }
        // Someone silent for six of their usual gaps has all but surely stopped; someone who ordered a week ago at
        // a monthly pace has not.
        QVERIFY(expected.at(QStringLiteral("Hotel")).risk > 0.99);
        QVERIFY(expected.at(QStringLiteral("Alpha")).risk < 0.5);
    }

    void score_keepsEachCustomersStanding_forTheAccountsAndTheirList()
    {
        Database& db = *m_t->db;
        QCOMPARE(CustomerReports::lastScoring(db).at, 0);
        auto before = CustomerReports::standing(db, m_id.at(QStringLiteral("Alpha")));
        QVERIFY(before);
        QVERIFY(!before->has_value()); // never scored: nothing to show

        const qint64 now = QDateTime(kToday, QTime(12, 0)).toMSecsSinceEpoch();
        auto scoring = CustomerReports::score(db, QStringLiteral("EUR"), now);
        QVERIFY2(scoring, scoring ? "" : qPrintable(scoring.error().message));
        QCOMPARE(scoring->customers, 10);
        QCOMPARE(scoring->from, QDate(2025, 7, 1));
        QCOMPARE(scoring->to, kToday);
        const auto last = CustomerReports::lastScoring(db);
        QCOMPARE(last.at, now);
        QCOMPARE(last.currency, QStringLiteral("EUR"));
        QCOMPARE(last.from, scoring->from);
        QCOMPARE(last.to, kToday);
        QCOMPARE(last.customers, 10);

        // Each customer's standing is what the segments report's drill-down says of them.
        CustomerSelection all;
        all.request.kind = ReportKind::Customers;
        all.request.today = kToday;
        auto lines = CustomerReports::customers(db, all, 100);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 10);
        const auto expected = model();
        for (const auto& line : *lines) {
            auto s = CustomerReports::standing(db, line.id);
            QVERIFY(s);
            QVERIFY2(s->has_value(), qPrintable(line.name));
            const auto& c = **s;
            QCOMPARE(CustomerReports::segmentLabel(c.segment), line.segment);
            QCOMPARE(c.lifetimeValue, (Money{line.lifetimeValue, QStringLiteral("EUR")}));
            QCOMPARE(c.revenue, (Money{line.revenue, QStringLiteral("EUR")}));
            QCOMPARE(c.orders, line.orders);
            QCOMPARE(c.lastOrder, line.lastOrder);
            QCOMPARE(c.category, line.category);
            QVERIFY(std::abs(c.churnRisk - line.churnRisk) < 1e-12);
            QCOMPARE(c.atRisk, expected.at(line.name).atRisk);
            QVERIFY(c.recency >= 1 && c.recency <= 5 && c.frequency >= 1 && c.frequency <= 5 && c.monetary >= 1 &&
                    c.monetary <= 5);
        }
        // Alpha's scores as worked out by hand (segments_byRecencyFrequencyAndMoney): 5, 5, 5.
        const auto alpha = *CustomerReports::standing(db, m_id.at(QStringLiteral("Alpha")));
        QCOMPARE(alpha->segment, QStringLiteral("champions"));
        QCOMPARE(alpha->recency + alpha->frequency + alpha->monetary, 15);
        // An account without orders, and one whose only order was cancelled, are no customers.
        for (const QString& name : {QStringLiteral("Kilo"), QStringLiteral("Lima")}) {
            const QString id = scalar(db, QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {name}).toString();
            auto s = CustomerReports::standing(db, id);
            QVERIFY(s);
            QVERIFY2(!s->has_value(), qPrintable(name));
        }

        // The accounts list shows the standing, and narrows to a segment.
        RecordList list(ListQueries::accounts());
        const auto columnOf = [&](const char* key) {
            for (int c = 0; c < list.spec().columns.size(); ++c)
                if (list.spec().columns[c].key == QLatin1String(key))
                    return c;
            qFatal("no column %s", key);
        };
        list.setFilter(QStringLiteral("customer_segment"), QStringLiteral("champions"));
        auto rows = list.fetch(db, nullptr, 50);
        QVERIFY(rows);
        QStringList champions;
        for (const ListRow& r : *rows) {
            champions << r.values[columnOf("name")].toString();
            QCOMPARE(r.values[columnOf("customer_segment")].toString(), QStringLiteral("champions"));
            QCOMPARE(r.values[columnOf("scored_currency")].toString(), QStringLiteral("EUR"));
            const auto s = **CustomerReports::standing(db, r.id);
            QCOMPARE(r.values[columnOf("lifetime_value")].toLongLong(), s.lifetimeValue.minor);
            QCOMPARE(r.values[columnOf("churn_risk")].toLongLong(), std::llround(100 * s.churnRisk));
        }
        QCOMPARE(champions, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
        QVERIFY(list.spec().columns[columnOf("scored_currency")].helper);
        // So does the contacts list, by each person's company.
        const QString ann = create(contact(QStringLiteral("Ann"), QStringLiteral("Alpha"), m_id.at(QStringLiteral("Alpha"))));
        const QString kai = create(contact(QStringLiteral("Kai"), QStringLiteral("Kilo"),
                                           scalar(db, QStringLiteral("SELECT id FROM accounts WHERE name = 'Kilo'")).toString()));
        RecordList people(ListQueries::contacts());
        int personSegment = -1;
        for (int c = 0; c < people.spec().columns.size(); ++c)
            if (people.spec().columns[c].key == QLatin1String("customer_segment"))
                personSegment = c;
        QVERIFY(personSegment >= 0);
        auto everyone = people.fetch(db, nullptr, 50);
        QVERIFY(everyone);
        for (const ListRow& r : *everyone)
            QCOMPARE(r.values[personSegment], r.id == ann ? QVariant(QStringLiteral("champions")) : QVariant());
        people.setFilter(QStringLiteral("customer_segment"), QStringLiteral("champions"));
        auto atChampions = people.fetch(db, nullptr, 50);
        QVERIFY(atChampions);
        QCOMPARE(atChampions->size(), 1);
        QCOMPARE(atChampions->first().id, ann);
        QCOMPARE(*people.count(db, 100), 1);
        QVERIFY(m_t->store->remove(EntityType::Contact, ann));
        QVERIFY(m_t->store->remove(EntityType::Contact, kai));

        // Scored again a year on, the book's standing is replaced, not added to: Juliet, new then, has ordered once
        // in over a year.
        const qint64 later = QDateTime(kToday.addYears(1), QTime(12, 0)).toMSecsSinceEpoch();
        auto again = CustomerReports::score(db, QStringLiteral("EUR"), later);
        QVERIFY(again);
        QCOMPARE(again->customers, 10);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM customer_scores")).toInt(), 10);
        QCOMPARE(CustomerReports::lastScoring(db).at, later);
        const auto juliet = *CustomerReports::standing(db, m_id.at(QStringLiteral("Juliet")));
        QVERIFY(juliet->segment != QLatin1String("new"));
        QCOMPARE(juliet->orders, 0);
        // An account that leaves the laptop (out of the user's reach after a sync) takes its standing with it.
        const qint64 rid =
            scalar(db, QStringLiteral("SELECT rid FROM accounts WHERE id = ?"), {m_id.at(QStringLiteral("Juliet"))})
                .toLongLong();
        {
            Transaction tx(db);
            QVERIFY(db.exec(QStringLiteral("DELETE FROM accounts WHERE rid = %1").arg(rid)));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM customer_scores")).toInt(), 9);
            tx.rollback();
        }
        // Scored for the period the other tests read, again.
        QVERIFY(CustomerReports::score(db, QStringLiteral("EUR"), now));
    }

    void churn_listsTheCustomersAtRisk_theMostAtStakeFirst()
    {
        const auto expected = model();
        const SalesReport report = run(ReportKind::Churn);
        // At risk: Delta and Echo (a gap and a bit), Foxtrot, Golf, Hotel. India is past saving (nothing in a
        // year), Alpha, Bravo, Charlie and Juliet are buying.
        QStringList names;
        for (const ReportRow& r : report.rows)
            if (!r.total) {
                names << r.label;
                QCOMPARE(r.accountId, m_id.at(r.label)); // a click opens the customer
            }
        QStringList want;
        for (const auto& [name, e] : expected)
            if (e.atRisk)
                want << name;
        std::sort(want.begin(), want.end(), [&](const QString& a, const QString& b) {
            return std::llround(double(expected.at(a).yearly) * expected.at(a).risk) >
                   std::llround(double(expected.at(b).yearly) * expected.at(b).risk);
        });
        QCOMPARE(names, (QStringList{QStringLiteral("Hotel"), QStringLiteral("Delta"), QStringLiteral("Echo"),
                                     QStringLiteral("Foxtrot"), QStringLiteral("Golf")}));
        QCOMPARE(names, want);
        const int stake = column(report, "at_stake");
        qint64 sum = 0;
        for (const ReportRow& r : report.rows)
            if (!r.total) {
                const Expected& e = expected.at(r.label);
                QCOMPARE(r.values[stake].toLongLong(), std::llround(double(e.yearly) * e.risk));
                QVERIFY(std::abs(r.values[column(report, "usual_interval")].toDouble() - 1.0 / e.pace) < 1e-9);
                sum += r.values[stake].toLongLong();
            }
        const ReportRow& total = report.rows.last();
        QVERIFY(total.total);
        QCOMPARE(total.label, QStringLiteral("All 5 customers at risk"));
        QCOMPARE(report.listedOf, 0); // all listed
        QCOMPARE(total.values[stake].toLongLong(), sum);
        QStringList all = listed(*total.customers.value(stake));
        all.sort();
        want.sort();
        QCOMPARE(all, want);
    }

    void crossSell_pairsThatGoTogether_andWhoHasNotYet()
    {
        const SalesReport report = run(ReportKind::CrossSell);
        // Software's five customers: three also buy training (lift 0.6 / 0.3 = 2); training's three all buy
        // software (1 / 0.5 = 2). Hardware goes with nothing.
        QCOMPARE(report.rows.size(), 2);
        const ReportRow& first = report.rows[0];
        QCOMPARE(first.key, QStringLiteral("Software>Training"));
        QCOMPARE(first.label, QStringLiteral("Software → Training"));
        QCOMPARE(first.values[column(report, "customers")].toLongLong(), 5);
        QCOMPARE(first.values[column(report, "also_buy")].toDouble(), 60.0);
        QCOMPARE(first.values[column(report, "lift")].toDouble(), 2.0);
        QCOMPARE(first.values[column(report, "not_yet")].toLongLong(), 2);
        // Two customers × 60 % × the 150 € a training customer spent in the period.
        QCOMPARE(first.values[column(report, "potential")].toLongLong(), 2 * 150 * 100 * 6 / 10);
        QStringList notYet = listed(*first.customers.value(column(report, "not_yet")));
        notYet.sort();
        QCOMPARE(notYet, (QStringList{QStringLiteral("Delta"), QStringLiteral("India")}));
        QStringList both = listed(*first.customers.value(column(report, "also_buy")));
        both.sort();
        QCOMPARE(both, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
        const ReportRow& second = report.rows[1];
        QCOMPARE(second.key, QStringLiteral("Training>Software"));
        QCOMPARE(second.values[column(report, "not_yet")].toLongLong(), 0);
        QCOMPARE(second.values[column(report, "potential")].toLongLong(), 0);
        // The exports carry the figures under their keys.
        const QString csv = SalesReports::csv(report);
        QVERIFY2(csv.startsWith(QStringLiteral("pair,customers,also_buy,lift,not_yet,potential")), qPrintable(csv));
    }

    void youngBook_assumesItsRetention()
    {
        // A book whose orders all fall in the last year shows no retention yet: it is assumed, and said so,
        // rather than every customer taken for lost.
        TempDatabase t(false);
        auto made = [&](const Record& r) {
            auto id = t.store->create(r);
            if (!id)
                qFatal("%s", qPrintable(id.error().message));
            return *id;
        };
        const QString product = made(Record(EntityType::Product)
                                         .set(u"sku", QStringLiteral("S1"))
                                         .set(u"name", QStringLiteral("Suite"))
                                         .set(u"category", QStringLiteral("Software")));
        for (const char* name : {"Early", "Steady", "Fresh"}) {
            const QString account = made(rapport::test::account(QLatin1String(name)));
            for (int days : {2, 32, 62}) {
                const QString order = made(Record(EntityType::Order)
                                               .set(u"number", QStringLiteral("SO-%1-%2").arg(QLatin1String(name)).arg(days))
                                               .set(u"account_id", account)
                                               .set(u"ordered_at", orderedAt(days))
                                               .set(u"status", QStringLiteral("invoiced"))
                                               .set(u"total", qint64(10000))
                                               .set(u"currency", QStringLiteral("EUR")));
                made(Record(EntityType::OrderLine)
                         .set(u"order_id", order)
                         .set(u"product_id", product)
                         .set(u"quantity", qint64(1))
                         .set(u"unit_price", qint64(10000))
                         .set(u"total", qint64(10000))
                         .set(u"currency", QStringLiteral("EUR")));
            }
        }
        ReportRequest r;
        r.kind = ReportKind::Churn;
        r.today = kToday;
        auto report = SalesReports::run(*t.db, r);
        QVERIFY(report);
        const QString notes = report->notes.join(QLatin1Char(' '));
        QVERIFY2(notes.contains(QStringLiteral("retention is assumed to be 80%")), qPrintable(notes));
        // The columns that are averages say over what: a year's revenue is not the last twelve months'.
        QVERIFY2(notes.contains(QStringLiteral("Revenue a year: the yearly average of the last two years")),
                 qPrintable(notes));
        QCOMPARE(report->rows.size(), 1); // nobody at risk: they ordered two days ago, monthly
        CustomerSelection all;
        all.request = r;
        auto lines = CustomerReports::customers(*t.db, all, 10);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 3);
        for (const auto& line : *lines)
            QVERIFY2(line.churnRisk < 0.25, qPrintable(QString::number(line.churnRisk)));
    }

    void demoBook_figuresAddUp()
    {
        TempDatabase t(false);
        DemoOptions options;
        options.contacts = 1500;
        options.seed = 11;
        options.today = kToday;
        QVERIFY(DemoGenerator::generate(*t.store, options));
        ReportRequest r;
        r.kind = ReportKind::Customers;
        r.today = kToday;
        auto report = SalesReports::run(*t.db, r);
        QVERIFY(report);
        const int customers = column(*report, "customers");
        qint64 sum = 0;
        for (const ReportRow& row : report->rows)
            if (!row.total) {
                sum += row.values[customers].toLongLong();
                if (row.values[customers].toLongLong() == 0)
                    continue;
                CustomerSelection s = *row.customers.value(customers);
                auto lines = CustomerReports::customers(*t.db, s, 100'000);
                QVERIFY(lines);
                QCOMPARE(lines->size(), row.values[customers].toLongLong());
            }
        // Every account with an order that was not cancelled is a customer, in one segment.
        const qint64 withOrders =
            scalar(*t.db, QStringLiteral("SELECT count(DISTINCT o.account_id) FROM orders o JOIN accounts a ON a.id = "
                                         "o.account_id WHERE o.deleted = 0 AND a.deleted = 0 AND o.status <> "
                                         "'cancelled' AND o.ordered_at < ?"),
                   {kEnd})
                .toLongLong();
        QVERIFY(withOrders > 50);
        QCOMPARE(sum, withOrders);
        QCOMPARE(report->rows.last().values[customers].toLongLong(), withOrders);
        // The demo's lapsed accounts (a fifth stop ordering) show up as at risk or lost, and its affinities
        // between categories as pairs worth selling.
        QVERIFY(row(*report, QStringLiteral("lost")).values[customers].toLongLong() > 0);
        r.kind = ReportKind::CrossSell;
        auto cross = SalesReports::run(*t.db, r);
        QVERIFY(cross);
        QVERIFY(!cross->rows.isEmpty());
        for (const ReportRow& row : cross->rows)
            QVERIFY(row.values[column(*cross, "lift")].toDouble() >= 1.1);
    }
};

QTEST_MAIN(TestCustomerReports)
#include "TestCustomerReports.moc"
