// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/Pipeline.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rapport {

class Database;

/// The manager's reports beyond the pipeline by stage.
enum class ReportKind {
    Pipeline, ///< per stage: deals, amount and weighted amount (Pipeline::report), the period being the expected close
    Forecast, ///< by month or quarter: won, and open deals per forecast category, against quota
    Reps,     ///< per salesperson: won, quota and how much of it is won, lost, win rate, average deal, sales cycle,
              ///< open pipeline, activities
    Cycle,    ///< per stage, for the deals closed in the period: time spent in it, how many moved on, how many won
    WinLoss,  ///< the deals closed in the period by loss reason, or by competitor
    Slipped,  ///< per salesperson: deals whose close date was pushed back from a date planned in the period
    // The help desk's (HelpDeskReports): the owners are the tickets' assignees.
    Tickets,       ///< open tickets now, by age and priority
    ServiceLevels, ///< per priority, for the tickets opened in the period: first response and resolution in time, times
    Backlog,       ///< per week (or month, over a quarter): opened, resolved, open at the end
    Agents,        ///< per agent: open now, received, resolved, resolution time, in time, satisfaction
    // The customers' (CustomerReports): the owners are the accounts'.
    Customers, ///< per RFM segment: customers, revenue, recency, orders, lifetime value, churn risk
    Churn,     ///< the customers at risk of churning, the most revenue at stake first
    CrossSell, ///< per pair of product categories: customers of the one who also buy the other, and those who do not
};

/// What a report covers.
struct ReportRequest
{
    ReportKind kind = ReportKind::Forecast;
    QStringList owners; ///< empty: everyone's
    QString teamId;     ///< empty: every team
    QDate from;         ///< the period, inclusive (days in UTC)
    QDate to;
    QString currency = QStringLiteral("EUR"); ///< the reporting currency
    QDate ratesOf;      ///< the exchange rates of this day (invalid: `today`)
    QDate today;        ///< what "now" is (invalid: the current date)
    qint64 now = 0;     ///< the moment, for ages and overdue clocks (UTC ms; 0: now on `today`, else its end)
    bool byMonth = false;      ///< Forecast: months instead of quarters
    bool byCompetitor = false; ///< WinLoss: by competitor instead of loss reason
};

/// The deals behind one figure of a report: what a click on its bar or cell lists.
struct DealSelection
{
    QStringList owners;
    QString teamId;
    QStringList stages;          ///< empty: any stage
    QString forecastCategory;    ///< empty: any
    QDate closeFrom, closeTo;    ///< expected close, inclusive
    qint64 closedFrom = 0;       ///< closed in [closedFrom, closedTo) (UTC ms); 0: any time
    qint64 closedTo = 0;
    QString lossReason;          ///< "": any; the report's "(none given)" row selects an empty reason
    bool noLossReason = false;
    QString competitor;          ///< a competitor named on the deal
    bool noCompetitor = false;   ///< deals that name none
    QString enteredStage;        ///< deals that were in this stage at some point
    QDate plannedFrom, plannedTo; ///< slipped deals: first planned close in this range, now later
};

/// The tickets behind one figure of a help-desk report (HelpDeskReports::tickets).
struct TicketSelection
{
    QStringList assignees; ///< assigned to them; empty: anyone's; "" stands for unassigned
    /// Assigned to them or of customers they own (a report's people); empty: anyone's.
    QStringList people;
    QString teamId;         ///< in the team's queue or of customers the team looks after
    QStringList priorities; ///< empty: any
    bool openNow = false;   ///< new, open or waiting on the customer now
    bool breached = false;  ///< open, and its service-level clock ran out before `now`
    qint64 now = 0;
    qint64 openedFrom = 0, openedTo = 0;     ///< opened in [from, to) (UTC ms); 0: no bound
    qint64 resolvedFrom = 0, resolvedTo = 0; ///< resolved in [from, to); 0: no bound
    qint64 openAt = 0;                       ///< open at this moment: opened before it, not resolved by then; 0: any
    bool rated = false;                      ///< only those the customer rated (satisfaction)
};

/// The customers behind one figure of a customer report (CustomerReports::customers).
struct CustomerSelection
{
    ReportRequest request; ///< whose customers, the period and the reporting currency of the figure
    QString segment;       ///< an RFM segment's key; empty: any
    bool atRisk = false;   ///< only those at risk of churning (CustomerReports::AtRisk)
    QStringList buys;      ///< product categories they have all bought; empty: any
    QString without;       ///< a product category they have never bought; empty: any
};

/// A report as a table: the same shape for every report, so one chart, one table, one drill-down and one
/// exporter serve them all.
struct ReportColumn
{
    enum class Kind { Text, Count, Money, Percent, Days, Hours, Decimal };
    enum class Chart { None, Bar, Line };
    QString key;   ///< stable machine name (CSV header, JSON key)
    QString title; ///< translated
    Kind kind = Kind::Text;
    Chart chart = Chart::None;
};

struct ReportRow
{
    QString key;    ///< stable machine name of the row (a period, a user id, a stage, a reason)
    QString label;  ///< as shown
    QVariantList values; ///< per column: QString (Text), qint64 (Count; Money in minor units), double or null
    QList<std::optional<DealSelection>> drill; ///< per column: the deals behind the figure, if any
    QList<std::optional<TicketSelection>> tickets; ///< per column, in the help desk's: the tickets behind it
    QList<std::optional<CustomerSelection>> customers; ///< per column, in the customers': the customers behind it
    QString accountId;  ///< the customer the row is (churn risk): a click on it opens the account
    bool total = false; ///< the totals row (not charted)
};

struct SalesReport
{
    ReportKind kind = ReportKind::Forecast;
    QString title;
    QString currency;
    QDate from, to, ratesOf;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    bool stacked = false;     ///< the chart's bars are parts of one whole (forecast categories)
    bool timeSeries = false;  ///< rows are periods in order: charted all, never cut to the first few
    bool horizontal = false;  ///< bars across, the first row at the top: for long labels
    bool usesMoney = true;    ///< figures in the reporting currency (false: the help desk's)
    qsizetype listedOf = 0;   ///< when the rows are the first of more (churn's 50 of 382 at risk): how many in all
    QStringList unconverted;  ///< currencies without a rate: their deals are counted, not summed
    QStringList notes;        ///< figures that belong beside the table (translated)
};

/// The deals behind a figure and what they add up to.
struct DealsBehind
{
    QList<PipelineCard> deals; ///< the largest first, `limit` at most
    bool more = false;         ///< there are more than `limit`: the total is of those listed
    qint64 total = 0;          ///< minor units of the report's currency
    QStringList unconverted;   ///< currencies without a rate, counted but not summed
};

/// Computes the manager's reports in SQL (a few GROUP BY statements each, amounts summed per currency and
/// converted to the reporting currency by the exchange rates), lists the deals behind any figure, and writes
/// the reports as CSV, JSON and Excel. Safe on a reader connection.
class SalesReports
{
    Q_DECLARE_TR_FUNCTIONS(SalesReports)

public:
    static Result<SalesReport> run(Database& db, const ReportRequest& request);
    /// Up to `limit` deals behind a figure, the largest first.
    static Result<QList<PipelineCard>> deals(Database& db, const DealSelection& selection, int limit);
    /// The same, and their sum in `report`'s currency at its rates: the figure the deals make, when all are listed.
    static Result<DealsBehind> dealsBehind(Database& db, const DealSelection& selection, int limit,
                                           const SalesReport& report);

    static QString name(ReportKind kind);            ///< "forecast", "reps", …
    static std::optional<ReportKind> kindNamed(const QString& name);
    static QString title(ReportKind kind);           ///< translated
    static QList<ReportKind> kinds();
    /// The pipeline report in the reports' common shape.
    static SalesReport fromPipeline(const PipelineReport& pipeline);

    /// The period a report covers by default on `today`: the current year for the forecast and slipped deals,
    /// the last twelve months for the rest, all of it (invalid dates) for the pipeline.
    static std::pair<QDate, QDate> defaultPeriod(ReportKind kind, const QDate& today);
    /// The request with what it leaves open filled in: today, the day of the exchange rates, the default period.
    static ReportRequest settled(const ReportRequest& request);

    /// What a CSV's first line names: the columns' stable keys, for scripts (the CLI), or their titles in the
    /// user's language, for a person opening the file in a spreadsheet (the desktop's export).
    enum class CsvHeader { Keys, Titles };
    /// CSV: a header line, plain numbers (money as decimals of the reporting currency, percentages and days to
    /// one decimal), a currency column when there is money.
    static QString csv(const SalesReport& report, CsvHeader header = CsvHeader::Keys);
    static QJsonObject json(const SalesReport& report);
    static Status writeXlsx(const SalesReport& report, const QString& path);
    /// A value as a person reads it (money in whole units with its currency, "45.0 %", "12.5 d"), in the current
    /// locale.
    static QString display(const SalesReport& report, int column, const QVariant& value);
};

} // namespace rapport
