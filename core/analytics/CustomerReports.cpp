// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CustomerReports.h"

#include "domain/LocaleNames.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Rates.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rapport::CustomerReports {

namespace {

using Kind = ReportColumn::Kind;
using Chart = ReportColumn::Chart;
constexpr qint64 DayMs = 86'400'000;
constexpr double Discount = 0.10;   ///< a year, for the revenue to come
constexpr double MaxRetention = 0.95; ///< no book keeps every customer for ever
constexpr double MinRetention = 0.05; ///< nor loses every one
/// A book without customers a year before the last (a young one) has not shown its retention yet: this much is
/// assumed, said so in the notes.
constexpr double AssumedRetention = 0.8;
constexpr double AtRisk = 0.5;      ///< a churn risk from which a customer is listed as at risk
constexpr int NewWithinDays = 90;   ///< a first order this recent makes a recent customer new
constexpr int ChurnRows = 50;
constexpr int CrossSellRows = 15;
constexpr int CrossSellLeast = 3;   ///< customers who buy both, for a pair to be worth a row
constexpr double LeastLift = 1.1;   ///< and how much likelier the one's customers buy the other than anyone

/// Ids by their UTF-8 bytes, looked up with the bytes SQLite holds: two million rows read without a string made
/// of each.
struct BytesHash
{
    using is_transparent = void;
    size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
};
template <typename T>
using ById = std::unordered_map<std::string, T, BytesHash, std::equal_to<>>;

qint64 startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// Runs `sql` with `values` and hands every row to `row`.
Status query(Database& db, const QString& sql, const QVariantList& values,
             const std::function<void(SqlStatement&)>& row)
{
    if (const QString failed = db.statements().forEachRow(sql, values, row); !failed.isEmpty())
        return Error{SalesReports::tr("The report cannot be computed: %1").arg(failed), {}};
    return {};
}

struct Customer
{
    qint64 rid = 0;
    QString id, name, owner;
    int ordersEver = 0, orders = 0; ///< up to the period's end; in the period
    qint64 first = 0, last = 0;
    qint64 revenueEver = 0, revenue = 0, revenueTwoYears = 0;
    bool lastYear = false, yearBefore = false;
    std::vector<bool> bought;             ///< per product category (Book::categories): ever bought
    std::vector<qint64> categoryRevenue;  ///< per product category: the period's revenue
    QHash<quint32, qint64> spent;         ///< category × currency (Book::spendingKey): the period's, unconverted
    double pace = 0;                        ///< orders a day; 0: one order, or all on one day
    double churnRisk = 0;
    qint64 yearly = 0, lifetimeValue = 0;
    int r = 1, f = 1, m = 1;
    QString segment;

    double daysSinceLast(qint64 end) const { return double(end - last) / double(DayMs); }
    bool buys(qsizetype category) const { return category >= 0 && size_t(category) < bought.size() && bought[size_t(category)]; }
    /// The category bought for the most in the period, else the first ever bought (by name); -1: none.
    qsizetype category() const
    {
        qsizetype best = -1;
        for (size_t i = 0; i < categoryRevenue.size(); ++i)
            if (categoryRevenue[i] > 0 && (best < 0 || categoryRevenue[i] > categoryRevenue[size_t(best)]))
                best = qsizetype(i);
        for (size_t i = 0; best < 0 && i < bought.size(); ++i)
            if (bought[i])
                best = qsizetype(i);
        return best;
    }
};

/// Every customer a request covers, scored.
struct Book
{
    std::vector<Customer> customers;
    qint64 end = 0;         ///< the period's end (UTC ms, exclusive)
    double retention = 0;   ///< of the year before into the last year
    bool retentionAssumed = false; ///< no customers in the year before: AssumedRetention
    double medianPace = 0;  ///< orders a day of the customers with two orders or more
    QString currency;
    QStringList unconverted;
    QStringList categories; ///< every product category, by name

    QString categoryName(qsizetype i) const { return i >= 0 ? categories.value(i) : QString(); }
};

/// The position of `key` among `sorted` (ascending) as a score from 1 to 5: equal figures score the same.
int quintile(const std::vector<double>& sorted, double key)
{
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), key) - sorted.begin();
    return 1 + int(below * 5 / qint64(sorted.size()));
}

QString segmentOf(const Customer& c, qint64 end)
{
    const int fm = (c.f + c.m + 1) / 2;
    if (c.r >= 4) {
        if (fm >= 4)
            return QStringLiteral("champions");
        return c.first >= end - NewWithinDays * DayMs ? QStringLiteral("new") : QStringLiteral("promising");
    }
    if (c.r <= 2 && fm >= 4)
        return QStringLiteral("cant_lose");
    if (c.r == 3)
        return fm >= 3 ? QStringLiteral("loyal") : QStringLiteral("attention");
    if (fm == 3)
        return QStringLiteral("at_risk");
    return c.r == 2 ? QStringLiteral("hibernating") : QStringLiteral("lost");
}

Result<Book> analyse(Database& db, const ReportRequest& request)
{
    auto rates = Rates::load(db, request.currency);
    if (!rates)
        return rates.error();
    Book book;
    book.currency = rates->reporting();
    book.end = startOf(request.to.addDays(1));
    const qint64 from = startOf(request.from);
    const qint64 yearAgo = startOf(request.to.addYears(-1).addDays(1));
    const qint64 twoYearsAgo = startOf(request.to.addYears(-2).addDays(1));
    const RateConverter convert(*rates, request.ratesOf, book.unconverted);

    // Whose customers: the accounts of the request's owners and team.
    QVariantList values;
    QStringList where{QStringLiteral("a.deleted = 0")};
    if (!request.owners.isEmpty()) {
        where << QStringLiteral("a.owner_id IN (%1)")
                     .arg(QStringList(request.owners.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& o : request.owners)
            values << o;
    }
    if (!request.teamId.isEmpty()) {
        where << QStringLiteral("a.team_id = ?");
        values << request.teamId;
    }
    std::vector<Customer> accounts;
    ById<size_t> accountIndex;
    Status s = query(db,
                     QStringLiteral("SELECT a.id, a.name, coalesce(u.display_name, ''), a.rid FROM accounts a LEFT "
                                    "JOIN users u ON u.id = a.owner_id WHERE %1")
                         .arg(where.join(QStringLiteral(" AND "))),
                     values, [&](SqlStatement& st) {
                         Customer c;
                         c.id = st.text(0);
                         c.name = st.text(1);
                         c.owner = st.text(2);
                         c.rid = st.int64(3);
                         accountIndex.emplace(st.utf8(0), accounts.size());
                         accounts.push_back(std::move(c));
                     });
    if (!s)
        return s.error();
    // One person's or team's customers: their orders found by account (the index of schema 20) instead of all
    // orders read and most passed over.
    const bool narrowed = where.size() > 1;
    const auto theirs = [&](const char* column) {
        return narrowed ? QStringLiteral(" AND %1 IN (SELECT a.id FROM accounts a WHERE %2)")
                              .arg(QLatin1String(column), where.join(QStringLiteral(" AND ")))
                        : QString();
    };

    // Their orders, per currency, in one pass.
    s = query(db,
              QStringLiteral("SELECT account_id, currency, count(*), min(ordered_at), max(ordered_at), sum(total), "
                             "sum(ordered_at >= ?1), sum(CASE WHEN ordered_at >= ?1 THEN total END), "
                             "sum(CASE WHEN ordered_at >= ?3 THEN total END), max(ordered_at >= ?4), "
                             "max(ordered_at >= ?3 AND ordered_at < ?4) FROM orders WHERE deleted = 0 AND "
                             "status <> 'cancelled' AND ordered_at < ?2%1 GROUP BY account_id, currency")
                  .arg(theirs("account_id")),
              QVariantList{from, book.end, twoYearsAgo, yearAgo} + (narrowed ? values : QVariantList()),
              [&](SqlStatement& st) {
                  const auto it = accountIndex.find(st.utf8(0));
                  if (it == accountIndex.end())
                      return;
                  Customer& c = accounts[it->second];
                  const QString currency = st.text(1);
                  const qint64 first = st.int64(3), last = st.int64(4);
                  c.first = c.ordersEver == 0 ? first : std::min(c.first, first);
                  c.last = c.ordersEver == 0 ? last : std::max(c.last, last);
                  c.ordersEver += int(st.int64(2));
                  c.revenueEver += convert(st.int64(5), currency);
                  c.orders += int(st.int64(6));
                  c.revenue += convert(st.int64(7), currency);
                  c.revenueTwoYears += convert(st.int64(8), currency);
                  c.lastYear = c.lastYear || st.int64(9) != 0;
                  c.yearBefore = c.yearBefore || st.int64(10) != 0;
              });
    if (!s)
        return s.error();

    // What they bought: the product categories, with the period's revenue in each.
    ById<qsizetype> categoryOf; // product → category
    {
        QHash<QString, QString> products;
        s = query(db, QStringLiteral("SELECT id, category FROM products"), {},
                  [&](SqlStatement& st) { products.insert(st.text(0), st.text(1)); });
        if (!s)
            return s.error();
        QSet<QString> names(products.cbegin(), products.cend());
        book.categories = QStringList(names.cbegin(), names.cend());
        book.categories.sort();
        for (auto it = products.cbegin(); it != products.cend(); ++it)
            categoryOf.emplace(it.key().toStdString(), book.categories.indexOf(it.value()));
    }
    const size_t categoryCount = size_t(book.categories.size());
    std::vector<std::string> currencies; // the few there are, by first appearance
    // One row per order line, summed here: grouping them in SQL would sort every line (3 s at two million
    // orders) where reading them takes 1.2 s. A line's amount is in its order's currency.
    s = query(db,
              QStringLiteral("SELECT o.account_id, l.product_id, o.currency, o.ordered_at >= ?1, l.total FROM orders o "
                             "JOIN order_lines l ON l.order_id = o.id AND l.deleted = 0 WHERE o.deleted = 0 AND "
                             "o.status <> 'cancelled' AND o.ordered_at < ?2%1")
                  .arg(theirs("o.account_id")),
              QVariantList{from, book.end} + (narrowed ? values : QVariantList()), [&](SqlStatement& st) {
                  const auto account = accountIndex.find(st.utf8(0));
                  const auto category = categoryOf.find(st.utf8(1));
                  if (account == accountIndex.end() || category == categoryOf.end())
                      return;
                  Customer& c = accounts[account->second];
                  if (c.bought.empty())
                      c.bought.resize(categoryCount);
                  const auto k = size_t(category->second);
                  c.bought[k] = true;
                  if (st.int64(3) == 0 || st.isNull(4))
                      return;
                  const std::string_view currency = st.utf8(2);
                  const auto known = std::find(currencies.cbegin(), currencies.cend(), currency);
                  const auto n = size_t(known - currencies.cbegin());
                  if (known == currencies.cend())
                      currencies.emplace_back(currency);
                  c.spent[quint32(k) << 16 | quint32(n)] += st.int64(4);
              });
    if (!s)
        return s.error();
    for (Customer& c : accounts) {
        if (c.bought.empty())
            continue;
        c.categoryRevenue.assign(categoryCount, 0);
        for (auto it = c.spent.cbegin(); it != c.spent.cend(); ++it)
            c.categoryRevenue[it.key() >> 16] +=
                convert(it.value(), QString::fromStdString(currencies[it.key() & 0xffff]));
        c.spent.clear();
    }

    // The customers: accounts with an order. Their pace, the book's retention, and the scores.
    std::vector<double> paces, recency, frequency, money;
    qint64 keptFrom = 0, kept = 0;
    for (Customer& c : accounts) {
        if (c.ordersEver == 0)
            continue;
        if (c.ordersEver >= 2 && c.last > c.first) {
            c.pace = double(c.ordersEver - 1) / (double(c.last - c.first) / double(DayMs));
            paces.push_back(c.pace);
        }
        if (c.yearBefore) {
            ++keptFrom;
            kept += c.lastYear ? 1 : 0;
        }
        recency.push_back(-c.daysSinceLast(book.end));
        frequency.push_back(c.orders);
        money.push_back(double(c.revenue));
        book.customers.push_back(std::move(c));
    }
    std::sort(book.customers.begin(), book.customers.end(),
              [](const Customer& a, const Customer& b) { return a.id < b.id; });
    if (!paces.empty()) {
        std::nth_element(paces.begin(), paces.begin() + qsizetype(paces.size() / 2), paces.end());
        book.medianPace = paces[paces.size() / 2];
    }
    book.retentionAssumed = keptFrom == 0;
    book.retention = book.retentionAssumed ? AssumedRetention
                                           : std::clamp(double(kept) / double(keptFrom), MinRetention, MaxRetention);
    for (std::vector<double>* v : {&recency, &frequency, &money})
        std::sort(v->begin(), v->end());
    const double multiple = book.retention / (1.0 + Discount - book.retention);
    for (Customer& c : book.customers) {
        c.r = quintile(recency, -c.daysSinceLast(book.end));
        c.f = quintile(frequency, c.orders);
        c.m = quintile(money, double(c.revenue));
        c.segment = segmentOf(c, book.end);
        // Bayes: a customer who still buys stays silent this long with the chance e^(-pace × days); one who
        // stopped, surely. Before the silence, a year's churn in the book says how likely stopping is.
        const double pace = c.pace > 0 ? c.pace : book.medianPace;
        const double silent = book.retention * std::exp(-pace * c.daysSinceLast(book.end));
        c.churnRisk = (1.0 - book.retention) / (1.0 - book.retention + silent);
        const double years = std::clamp(double(book.end - c.first) / double(365 * DayMs), 1.0, 2.0);
        c.yearly = std::llround(double(c.revenueTwoYears) / years);
        c.lifetimeValue = c.revenueEver + std::llround(double(c.yearly) * multiple * (1.0 - c.churnRisk));
    }
    book.unconverted.sort();
    return book;
}

QString percent(double share)
{
    return LocaleNames::percent(100.0 * share);
}

/// At risk of churning, and recent enough to win back: ordered in the last year.
bool atRisk(const Customer& c)
{
    return c.churnRisk >= AtRisk && c.lastYear;
}

QString churnNote(const Book& book)
{
    QString note = SalesReports::tr("Churn risk: how likely a customer has stopped buying, from how long they have "
                                    "been silent at their own pace and a year's churn in the book (%1).")
                       .arg(percent(1.0 - book.retention));
    if (book.retentionAssumed)
        note += QLatin1Char(' ') + SalesReports::tr("No customer ordered in the year before the last: the book's "
                                                    "retention is assumed to be %1.")
                                       .arg(percent(book.retention));
    return note;
}

qint64 atStake(const Customer& c)
{
    return std::llround(double(c.yearly) * c.churnRisk);
}

void segmentsReport(const Book& book, const ReportRequest& request, SalesReport& report)
{
    report.columns = {
        {QStringLiteral("segment"), SalesReports::tr("Segment"), Kind::Text, Chart::None},
        {QStringLiteral("customers"), SalesReports::tr("Customers"), Kind::Count, Chart::None},
        {QStringLiteral("customer_share"), SalesReports::tr("% of customers"), Kind::Percent, Chart::Bar},
        {QStringLiteral("revenue"), SalesReports::tr("Revenue"), Kind::Money, Chart::None},
        {QStringLiteral("revenue_share"), SalesReports::tr("% of revenue"), Kind::Percent, Chart::Bar},
        // Per customer of the segment, on average:
        {QStringLiteral("days_since_order"), SalesReports::tr("Since last order"), Kind::Days, Chart::None},
        {QStringLiteral("orders"), SalesReports::tr("Avg. orders"), Kind::Decimal, Chart::None},
        {QStringLiteral("lifetime_value"), SalesReports::tr("Avg. lifetime value"), Kind::Money, Chart::None},
        {QStringLiteral("churn_risk"), SalesReports::tr("Avg. churn risk"), Kind::Percent, Chart::None},
        {QStringLiteral("category"), SalesReports::tr("Buys most"), Kind::Text, Chart::None},
    };
    struct Sums
    {
        qint64 customers = 0, revenue = 0, orders = 0;
        double days = 0, lifetime = 0, risk = 0;
        std::vector<qint64> categories; ///< the period's revenue per product category
    };
    QHash<QString, Sums> bySegment;
    Sums all;
    for (const Customer& c : book.customers)
        for (Sums* s : {&bySegment[c.segment], &all}) {
            ++s->customers;
            s->revenue += c.revenue;
            s->orders += c.orders;
            s->days += c.daysSinceLast(book.end);
            s->lifetime += double(c.lifetimeValue);
            s->risk += c.churnRisk;
            s->categories.resize(size_t(book.categories.size()));
            for (size_t i = 0; i < c.categoryRevenue.size(); ++i)
                s->categories[i] += c.categoryRevenue[i];
        }
    auto row = [&](const QString& key, const QString& label, const Sums& s) {
        ReportRow r;
        r.key = key;
        r.label = label;
        const auto mean = [&](double sum) { return s.customers > 0 ? QVariant(sum / double(s.customers)) : QVariant(); };
        const auto share = [](qint64 part, qint64 whole) {
            return whole > 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
        };
        const auto top = std::max_element(s.categories.cbegin(), s.categories.cend());
        const QString category = top != s.categories.cend() && *top > 0
                                     ? book.categories.value(top - s.categories.cbegin())
                                     : QString();
        r.values = {label,
                    s.customers,
                    share(s.customers, all.customers),
                    s.revenue,
                    share(s.revenue, all.revenue),
                    mean(s.days),
                    mean(double(s.orders)),
                    s.customers > 0 ? QVariant(std::llround(s.lifetime / double(s.customers))) : QVariant(),
                    s.customers > 0 ? QVariant(100.0 * s.risk / double(s.customers)) : QVariant(),
                    category};
        CustomerSelection selection;
        selection.request = request;
        selection.segment = key == QLatin1String("total") ? QString() : key;
        for (int c = 0; c < report.columns.size(); ++c)
            r.customers << (s.customers > 0 ? std::optional(selection) : std::nullopt);
        return r;
    };
    for (const QString& key : segments())
        report.rows << row(key, segmentLabel(key), bySegment.value(key));
    ReportRow total = row(QStringLiteral("total"), SalesReports::tr("All customers"), all);
    total.total = true;
    report.rows << total;
    report.notes << SalesReports::tr("Recency, frequency and money are scored 1 to 5 by quintile among the %Ln "
                                     "customers: days since the last order, orders and revenue in the period.",
                                     nullptr, int(all.customers))
                 << SalesReports::tr("Lifetime value: the revenue so far and a year's revenue to come, kept at the "
                                     "book's retention of %1 a year and discounted at %2, while the customer still "
                                     "buys.")
                        .arg(percent(book.retention), percent(Discount))
                 << churnNote(book);
}

void churnReport(const Book& book, const ReportRequest& request, SalesReport& report)
{
    report.columns = {
        {QStringLiteral("customer"), SalesReports::tr("Customer"), Kind::Text, Chart::None},
        {QStringLiteral("owner"), SalesReports::tr("Owner"), Kind::Text, Chart::None},
        {QStringLiteral("segment"), SalesReports::tr("Segment"), Kind::Text, Chart::None},
        {QStringLiteral("usual_interval"), SalesReports::tr("Orders every"), Kind::Days, Chart::None},
        {QStringLiteral("days_since_order"), SalesReports::tr("Since last order"), Kind::Days, Chart::None},
        {QStringLiteral("churn_risk"), SalesReports::tr("Churn risk"), Kind::Percent, Chart::None},
        {QStringLiteral("yearly_revenue"), SalesReports::tr("Revenue a year"), Kind::Money, Chart::None},
        {QStringLiteral("at_stake"), SalesReports::tr("Revenue at stake"), Kind::Money, Chart::Bar},
        {QStringLiteral("category"), SalesReports::tr("Buys most"), Kind::Text, Chart::None},
    };
    std::vector<const Customer*> risky;
    for (const Customer& c : book.customers)
        if (atRisk(c))
            risky.push_back(&c);
    std::sort(risky.begin(), risky.end(), [](const Customer* a, const Customer* b) {
        return atStake(*a) != atStake(*b) ? atStake(*a) > atStake(*b) : a->id < b->id;
    });
    qint64 yearly = 0, stake = 0;
    for (const Customer* c : risky) {
        yearly += c->yearly;
        stake += atStake(*c);
        if (report.rows.size() >= ChurnRows)
            continue;
        ReportRow r;
        r.key = c->id;
        r.label = c->name;
        r.accountId = c->id;
        const double pace = c->pace > 0 ? c->pace : book.medianPace;
        r.values = {c->name,
                    c->owner,
                    segmentLabel(c->segment),
                    pace > 0 ? QVariant(1.0 / pace) : QVariant(),
                    c->daysSinceLast(book.end),
                    100.0 * c->churnRisk,
                    c->yearly,
                    atStake(*c),
                    book.categoryName(c->category())};
        report.rows << r;
    }
    ReportRow total;
    total.key = QStringLiteral("total");
    total.label = SalesReports::tr("All %Ln customers at risk", nullptr, int(risky.size()));
    total.total = true;
    total.values = {total.label, QString(), QString(), QVariant(), QVariant(), QVariant(), yearly, stake, QString()};
    CustomerSelection selection;
    selection.request = request;
    selection.atRisk = true;
    for (int c = 0; c < report.columns.size(); ++c)
        total.customers << (risky.empty() ? std::nullopt : std::optional(selection));
    report.rows << total;
    report.notes << SalesReports::tr("Customers who ordered in the last year and whose churn risk is %1 or more, "
                                     "the most revenue at stake first: a year's revenue times the churn risk.")
                        .arg(percent(AtRisk))
                 << SalesReports::tr("Revenue a year: the yearly average of the last two years (of the time since "
                                     "the first order, if shorter, at least a year). Orders every: the customer's "
                                     "usual time between orders, over all their orders.");
    if (qsizetype(risky.size()) > ChurnRows) {
        report.listedOf = qsizetype(risky.size());
        report.notes << SalesReports::tr("The %1 with the most at stake are listed; the last line counts all %2.")
                            .arg(ChurnRows)
                            .arg(QLocale().toString(report.listedOf));
    }
    report.notes << churnNote(book);
}

void crossSellReport(const Book& book, const ReportRequest& request, SalesReport& report)
{
    report.columns = {
        {QStringLiteral("pair"), SalesReports::tr("Customers who buy → also buy"), Kind::Text, Chart::None},
        {QStringLiteral("customers"), SalesReports::tr("Customers who buy the first"), Kind::Count, Chart::None},
        {QStringLiteral("also_buy"), SalesReports::tr("Also buy the second"), Kind::Percent, Chart::None},
        {QStringLiteral("lift"), SalesReports::tr("Lift"), Kind::Decimal, Chart::None},
        {QStringLiteral("not_yet"), SalesReports::tr("Do not buy it yet"), Kind::Count, Chart::None},
        {QStringLiteral("potential"), SalesReports::tr("Potential revenue"), Kind::Money, Chart::Bar},
    };
    const QStringList& categories = book.categories;
    const qsizetype n = categories.size();
    // Customers per category and per pair, and what a category's buyers spent on it in the period.
    std::vector<qint64> buyers(size_t(n), 0), spending(size_t(n), 0), spenders(size_t(n), 0);
    std::vector<qint64> both(size_t(n * n), 0);
    qint64 customers = 0;
    for (const Customer& c : book.customers) {
        if (c.bought.empty())
            continue;
        ++customers;
        std::vector<qsizetype> bought;
        for (qsizetype i = 0; i < n; ++i)
            if (c.buys(i)) {
                bought.push_back(i);
                ++buyers[size_t(i)];
                if (const qint64 spent = c.categoryRevenue[size_t(i)]; spent > 0) {
                    spending[size_t(i)] += spent;
                    ++spenders[size_t(i)];
                }
            }
        for (qsizetype a : bought)
            for (qsizetype b : bought)
                if (a != b)
                    ++both[size_t(a * n + b)];
    }
    struct Pair
    {
        qsizetype a, b;
        double confidence, lift;
        qint64 without, potential;
    };
    std::vector<Pair> pairs;
    for (qsizetype a = 0; a < n; ++a)
        for (qsizetype b = 0; b < n; ++b) {
            const qint64 ab = a == b ? 0 : both[size_t(a * n + b)];
            if (ab < CrossSellLeast || buyers[size_t(b)] == 0)
                continue;
            const double confidence = double(ab) / double(buyers[size_t(a)]);
            const double lift = confidence / (double(buyers[size_t(b)]) / double(customers));
            if (lift < LeastLift)
                continue;
            const qint64 without = buyers[size_t(a)] - ab;
            const double spend = spenders[size_t(b)] > 0 ? double(spending[size_t(b)]) / double(spenders[size_t(b)]) : 0;
            pairs.push_back({a, b, confidence, lift, without, std::llround(double(without) * confidence * spend)});
        }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return x.potential != y.potential ? x.potential > y.potential : x.lift > y.lift;
    });
    if (pairs.size() > size_t(CrossSellRows))
        pairs.resize(size_t(CrossSellRows));
    for (const Pair& p : pairs) {
        ReportRow r;
        r.key = categories[p.a] + QLatin1Char('>') + categories[p.b];
        r.label = SalesReports::tr("%1 → %2").arg(categories[p.a], categories[p.b]);
        r.values = {r.label, buyers[size_t(p.a)], 100.0 * p.confidence, p.lift, p.without, p.potential};
        CustomerSelection first;
        first.request = request;
        first.buys = {categories[p.a]};
        CustomerSelection withBoth = first;
        withBoth.buys << categories[p.b];
        CustomerSelection notYet = first;
        notYet.without = categories[p.b];
        r.customers = {std::nullopt, first, withBoth, withBoth, notYet, notYet};
        report.rows << r;
    }
    report.notes << SalesReports::tr("Lift: how much likelier the first category's customers are to buy the second "
                                     "than the %Ln customers as a whole.",
                                     nullptr, int(customers))
                 << SalesReports::tr("Potential revenue: the customers who do not buy the second yet, times the share "
                                     "who do, times what its customers spent on it in the period.");
}

bool selected(const Book& book, const Customer& c, const CustomerSelection& s)
{
    if (!s.segment.isEmpty() && c.segment != s.segment)
        return false;
    if (s.atRisk && !atRisk(c))
        return false;
    for (const QString& category : s.buys)
        if (!c.buys(book.categories.indexOf(category)))
            return false;
    return s.without.isEmpty() || !c.buys(book.categories.indexOf(s.without));
}

} // namespace

bool covers(ReportKind kind)
{
    return kind == ReportKind::Customers || kind == ReportKind::Churn || kind == ReportKind::CrossSell;
}

QStringList segments()
{
    return Schema::customerSegments().keys;
}

QString segmentLabel(const QString& key)
{
    return Schema::customerSegments().label(key);
}

Result<SalesReport> run(Database& db, const ReportRequest& requested)
{
    const ReportRequest request = SalesReports::settled(requested);
    auto book = analyse(db, request);
    if (!book)
        return book.error();
    SalesReport report;
    report.kind = request.kind;
    report.title = SalesReports::title(request.kind);
    report.currency = book->currency;
    report.from = request.from;
    report.to = request.to;
    report.ratesOf = request.ratesOf;
    report.unconverted = book->unconverted;
    report.horizontal = true; // names of segments, customers and pairs of categories
    switch (request.kind) {
    case ReportKind::Customers:
        segmentsReport(*book, request, report);
        break;
    case ReportKind::Churn:
        churnReport(*book, request, report);
        break;
    case ReportKind::CrossSell:
        crossSellReport(*book, request, report);
        break;
    default:
        return Error{SalesReports::tr("The report cannot be computed: %1").arg(SalesReports::name(request.kind)), {}};
    }
    return report;
}

Result<QList<CustomerLine>> customers(Database& db, const CustomerSelection& selection, int limit)
{
    auto book = analyse(db, SalesReports::settled(selection.request));
    if (!book)
        return book.error();
    std::vector<const Customer*> chosen;
    for (const Customer& c : book->customers)
        if (selected(*book, c, selection))
            chosen.push_back(&c);
    std::sort(chosen.begin(), chosen.end(), [](const Customer* a, const Customer* b) {
        return a->lifetimeValue != b->lifetimeValue ? a->lifetimeValue > b->lifetimeValue : a->id < b->id;
    });
    QList<CustomerLine> lines;
    for (const Customer* c : chosen) {
        if (lines.size() >= limit)
            break;
        lines << CustomerLine{c->id,       c->name,    c->owner,          segmentLabel(c->segment), book->categoryName(c->category()),
                              c->last,     c->orders,  c->revenue,        c->lifetimeValue,         c->churnRisk};
    }
    return lines;
}

namespace {
const QString ScoringKey = QStringLiteral("customer_scores");
}

const QString ScoredCurrency =
    QStringLiteral("SELECT json_extract(value, '$.currency') FROM meta WHERE key = 'customer_scores'");

Result<Scoring> score(Database& db, const QString& currency, qint64 now)
{
    ReportRequest request;
    request.kind = ReportKind::Customers;
    request.currency = currency;
    request.today = QDateTime::fromMSecsSinceEpoch(now).date();
    request.now = now;
    request = SalesReports::settled(request);
    auto book = analyse(db, request);
    if (!book)
        return book.error();

    const auto failed = [](const QString& why) {
        return Error{SalesReports::tr("The customers cannot be scored: %1").arg(why), {}};
    };
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = db.exec(QStringLiteral("DELETE FROM customer_scores")); !s)
        return s.error();
    // The book was read before this transaction (so that the window's writes do not wait for the reading): an
    // account that left the laptop since is passed over, and a row id taken by another account since is not
    // mistaken for it.
    auto insert = db.statements().get(QStringLiteral(
        "INSERT INTO customer_scores(account_rid, segment, recency, frequency, monetary, last_order, orders, revenue, "
        "yearly_revenue, lifetime_value, churn_risk, at_risk, category) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11, ?12, ?13 WHERE EXISTS (SELECT 1 FROM accounts WHERE rid = ?1 AND id = ?14)"));
    for (const Customer& c : book->customers) {
        insert->reset();
        insert->bind(14, c.id);
        insert->bind(1, c.rid);
        insert->bind(2, c.segment);
        insert->bind(3, qint64(c.r));
        insert->bind(4, qint64(c.f));
        insert->bind(5, qint64(c.m));
        insert->bind(6, c.last);
        insert->bind(7, qint64(c.orders));
        insert->bind(8, c.revenue);
        insert->bind(9, c.yearly);
        insert->bind(10, c.lifetimeValue);
        insert->bind(11, QVariant(c.churnRisk));
        insert->bind(12, qint64(atRisk(c) ? 1 : 0));
        if (const QString category = book->categoryName(c.category()); category.isEmpty())
            insert->bindNull(13);
        else
            insert->bind(13, category);
        if (!insert->exec())
            return failed(insert->errorText());
    }
    const Scoring scoring{
        now, request.from, request.to, book->currency, int(book->customers.size()), book->unconverted};
    const QJsonObject saved{{QStringLiteral("at"), now},
                            {QStringLiteral("from"), scoring.from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), scoring.to.toString(Qt::ISODate)},
                            {QStringLiteral("currency"), scoring.currency},
                            {QStringLiteral("customers"), scoring.customers},
                            {QStringLiteral("unconverted"), QJsonArray::fromStringList(scoring.unconverted)}};
    if (Status s = db.setMeta(ScoringKey, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact))); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return scoring;
}

Scoring lastScoring(Database& db)
{
    const QJsonObject saved = QJsonDocument::fromJson(db.meta(ScoringKey).toUtf8()).object();
    Scoring scoring;
    scoring.at = qint64(saved.value(QLatin1String("at")).toDouble());
    scoring.from = QDate::fromString(saved.value(QLatin1String("from")).toString(), Qt::ISODate);
    scoring.to = QDate::fromString(saved.value(QLatin1String("to")).toString(), Qt::ISODate);
    scoring.currency = saved.value(QLatin1String("currency")).toString();
    scoring.customers = saved.value(QLatin1String("customers")).toInt();
    for (const QJsonValue& currency : saved.value(QLatin1String("unconverted")).toArray())
        scoring.unconverted << currency.toString();
    return scoring;
}

Result<std::optional<CustomerStanding>> standing(Database& db, const QString& accountId)
{
    std::optional<CustomerStanding> found;
    // The scores and the currency they are in, from one statement: one snapshot of a scoring.
    Status s = query(db,
                     QStringLiteral("SELECT s.segment, s.recency, s.frequency, s.monetary, s.last_order, s.orders, "
                                    "s.revenue, s.lifetime_value, s.churn_risk, s.at_risk, s.category, "
                                    "s.yearly_revenue, (%1) FROM customer_scores s JOIN accounts a ON a.rid = "
                                    "s.account_rid WHERE a.id = ?")
                         .arg(ScoredCurrency),
                     {accountId}, [&](SqlStatement& st) {
                         const QString currency = st.text(12);
                         CustomerStanding c;
                         c.segment = st.text(0);
                         c.recency = int(st.int64(1));
                         c.frequency = int(st.int64(2));
                         c.monetary = int(st.int64(3));
                         c.lastOrder = st.int64(4);
                         c.orders = int(st.int64(5));
                         c.revenue = Money{st.int64(6), currency};
                         c.lifetimeValue = Money{st.int64(7), currency};
                         c.churnRisk = st.real(8);
                         c.atRisk = st.int64(9) != 0;
                         c.category = st.text(10);
                         c.yearlyRevenue = Money{st.int64(11), currency};
                         found = c;
                     });
    if (!s)
        return s.error();
    return found;
}

} // namespace rapport::CustomerReports
