// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/SalesReports.h"
#include "domain/Money.h"

namespace rapport {

/// What the customers have bought, in the reports' common shape: the customers by RFM segment (recency,
/// frequency and money of their orders, with the category they buy most and their lifetime value), the
/// valuable customers whose orders have stopped coming (churn risk), and the product categories that one
/// category's customers also buy (cross-selling), with the customers who do not buy them yet.
///
/// A customer is an account with at least one order (not cancelled) before the period ends; the request's owners
/// and team are the accounts'. Every figure is read in one pass over the orders per account and currency (an
/// index, schema 20) and one over their lines, then scored here.
///
/// The model, kept simple enough to explain on one line each:
/// - **R, F, M** are scores from 1 to 5, by quintile among the customers: days since the last order, orders in
///   the period, revenue in the period. Equal figures score the same.
/// - **Segment** from R and the mean of F and M, as the common RFM grid names them (Champions, Loyal, …).
/// - **Churn risk**: how likely the customer has stopped buying, by Bayes. One still buying at their own pace
///   (their orders over the time from the first to the last; one order: the book's median pace) stays silent as
///   long as they have with the chance e^(−pace × days); one who stopped, surely; and before the silence, the
///   book's yearly churn (1 − r) is the chance of having stopped.
/// - **Lifetime value**: the revenue so far, plus the revenue to come: a year's revenue (the last two years',
///   over at most two years of custom) × r ∕ (1 + d − r), with r the book's retention (the customers of the year
///   before who ordered again in the last year) and d a 10 % discount, times the chance the customer is still
///   buying (1 − churn risk).
/// - **At risk**: a churn risk of at least half, and an order in the last year (before that, they are lost).
namespace CustomerReports {
bool covers(ReportKind kind);
/// The report, each figure with the customers behind it (ReportRow::customers) or the customer it is
/// (ReportRow::accountId).
Result<SalesReport> run(Database& db, const ReportRequest& request);

/// The segments, from the most valuable, as stable keys ("champions", …; Schema::customerSegments()).
QStringList segments();
QString segmentLabel(const QString& key); ///< translated

/// A customer as a drill-down lists it.
struct CustomerLine
{
    QString id, name, owner, segment, category; ///< segment translated; category: the one bought most in the period
    qint64 lastOrder = 0;     ///< UTC ms
    int orders = 0;           ///< in the period
    qint64 revenue = 0;       ///< in the period, reporting currency (minor units)
    qint64 lifetimeValue = 0; ///< reporting currency (minor units)
    double churnRisk = 0;     ///< 0 to 1
};
/// Up to `limit` of the customers behind a figure, the most valuable (lifetime value) first.
Result<QList<CustomerLine>> customers(Database& db, const CustomerSelection& selection, int limit);

/// A customer's standing in the book, as the last scoring of the whole book (score()) left it.
struct CustomerStanding
{
    QString segment;                              ///< key (segments())
    int recency = 0, frequency = 0, monetary = 0; ///< 1 to 5
    qint64 lastOrder = 0;                         ///< UTC ms
    int orders = 0;                               ///< in the scoring's period
    Money revenue;                                ///< in the period
    Money yearlyRevenue;                          ///< a year's revenue, as lifetime value and revenue at stake count it
    Money lifetimeValue;
    double churnRisk = 0; ///< 0 to 1
    bool atRisk = false;  ///< a churn risk of one half or more, and an order in the last year
    QString category;     ///< the product category bought most
};

/// When the book was last scored, over which period and in which currency.
struct Scoring
{
    qint64 at = 0; ///< UTC ms; 0: never
    QDate from, to;
    QString currency;
    int customers = 0;
    QStringList unconverted; ///< currencies of orders left out: no exchange rate into `currency`
};

/// SQL: the currency the scores are in (a scalar subquery, for reading it in the same statement as the scores).
extern const QString ScoredCurrency;

/// Scores every customer of the book as the segments report does over its default period (the last 12 months
/// up to `now`'s day), in `currency`, and keeps each one's standing (customer_scores, schema 21) in place of the
/// last scoring's, in one transaction. Needs a connection that writes; not synced (every laptop scores its own
/// book).
Result<Scoring> score(Database& db, const QString& currency, qint64 now);
/// The last scoring (never: `at` is 0).
Scoring lastScoring(Database& db);
/// The account's standing as last scored; none when it was not a customer then (or the book was never scored).
Result<std::optional<CustomerStanding>> standing(Database& db, const QString& accountId);
} // namespace CustomerReports

} // namespace rapport
