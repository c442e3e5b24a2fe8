// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/SalesReports.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "storage/Calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace rapport {

class Database;

struct DealItem
{
    QString id;
    QString name;
    QString account;
    QString stage;
    qint64 amount = 0;
    QString currency;
    QString expectedClose; ///< YYYY-MM-DD
    int probability = 0;
    QString owner; ///< the owner's name, on a manager's Home (the team's deals)
};

struct RecentCustomer
{
    QString contactId;
    QString name;
    QString account;
    qint64 lastContact = 0;
    bool allDay = false; ///< the last contact was an all-day activity: a day, starting at midnight in timeZone
    QString timeZone;
};

/// One of the rep's customers who may be slipping away, as the book was last scored (CustomerReports).
struct AtRiskCustomer
{
    QString accountId;
    QString name;
    qint64 lastOrder = 0; ///< UTC ms
    double churnRisk = 0; ///< 0 to 1
    Money atStake;        ///< a year's revenue times the churn risk, in the scoring's currency
    QString owner;        ///< the owner's name, on a manager's Home (the team's customers)
};

/// What a rep sees first each morning.
struct TodayOverview
{
    QList<Occurrence> agenda;         ///< today's appointments (series expanded) and tasks due today, by time
    QList<Occurrence> overdue;        ///< open tasks whose due time has passed, oldest first
    QList<DueReminder> reminders;     ///< reminders rung and not dismissed, latest first
    QList<DealItem> closingThisMonth; ///< own open opportunities expected to close this month
    QList<RecentCustomer> recent;     ///< customers touched in the last two weeks
    QList<AtRiskCustomer> atRisk;     ///< own customers likely to churn, the most at stake first
    qint64 scoredAt = 0;              ///< when the customers were last scored; 0: never
    /// A manager's: the team's salespeople this quarter (the Sales team report); otherwise none.
    std::optional<SalesReport> team;
};

/// Whose day the Home shows, and when.
struct TodayRequest
{
    QString userId;
    /// A manager's team: the deals closing and the customers at risk are the team's (each with its owner), and
    /// the team's quarter comes with them, in `currency`. Empty: the user's own.
    QString teamId;
    QString currency = QStringLiteral("EUR");
    qint64 dayStart = 0; ///< the user's local day in UTC ms
    qint64 dayEnd = 0;
    qint64 now = 0; ///< decides what is overdue
    QDate today;    ///< the user's local date: the month closing and the quarter
};

/// Open tickets of one priority, by status.
struct TicketLoad
{
    QString priority;
    QMap<QString, qint64> byStatus; ///< open statuses only
};

struct CategoryRevenue
{
    QString category;
    qint64 revenue = 0; ///< minor units of the reporting currency
};

/// The Reports view's first page: the headline of each report, amounts in one currency at one day's rates.
struct ReportOverview
{
    QString currency;
    QDate ratesOf;
    QStringList unconverted; ///< currencies without a rate: their deals and orders are counted, not summed

    QList<PipelineStageFigures> pipeline; ///< the open stages, in the order of the sales process

    /// The current quarter, as the forecast has it: won so far, committed, and the quota.
    QDate quarterFrom, quarterTo;
    qint64 wonThisQuarter = 0, commitThisQuarter = 0, quotaThisQuarter = 0;

    /// The last twelve months, as the sales team report totals them.
    QDate yearFrom, yearTo;
    qint64 won = 0, lost = 0, wonAmount = 0;
    std::optional<double> cycleDays; ///< the average won deal's sales cycle

    QList<TicketLoad> tickets;  ///< open tickets by priority, the most urgent first
    qint64 breachedTickets = 0; ///< open tickets whose service-level clock has run out

    QList<CategoryRevenue> revenue; ///< orders of the last twelve months by product category, the largest first
};

/// What of the Reports overview to compute: the sales and help-desk figures, revenue by product category
/// (the slowest part: a year's order lines), or both. The Reports view asks for the two side by side.
enum class OverviewPart { Everything, Figures, Revenue };

/// Queries for the Home and Reports views. They run on reader threads and touch only indexed
/// ranges, except the report totals, which scan what they sum.
class Overview
{
    Q_DECLARE_TR_FUNCTIONS(Overview)

public:
    static Result<TodayOverview> today(Database& db, const TodayRequest& request);
    /// Of the request only the currency, `today` and `now` count (ratesOf: today); everyone's figures. The
    /// periods and currency are set whatever the part; the other part's figures stay empty.
    static Result<ReportOverview> reports(Database& db, const ReportRequest& request,
                                          OverviewPart part = OverviewPart::Everything);
    /// The overview for scripts: amounts as plain decimals of its currency, stages, priorities and statuses
    /// by their keys.
    static QJsonObject json(const ReportOverview& overview);

private:
    static Status addFigures(Database& db, const ReportRequest& request, ReportOverview& overview);
    static Status addRevenue(Database& db, const ReportRequest& request, ReportOverview& overview);
};

} // namespace rapport
