// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/Calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

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
};

struct RecentCustomer
{
    QString contactId;
    QString name;
    QString account;
    qint64 lastContact = 0;
};

/// What a rep sees first each morning.
struct TodayOverview
{
    QList<Occurrence> agenda;         ///< today's appointments (series expanded) and tasks due today, by time
    QList<Occurrence> overdue;        ///< open tasks whose due time has passed, oldest first
    QList<DueReminder> reminders;     ///< reminders rung and not dismissed, latest first
    QList<DealItem> closingThisMonth; ///< own open opportunities expected to close this month
    QList<RecentCustomer> recent;     ///< customers touched in the last two weeks
};

/// One stage of the open pipeline, amounts kept per currency (converted in the reporting issue).
struct StageSummary
{
    QString stage;
    qint64 count = 0;
    QMap<QString, qint64> amount;   ///< by currency
    QMap<QString, qint64> weighted; ///< amount × probability, by currency
};

struct TicketLoad
{
    QString priority;
    QMap<QString, qint64> byStatus; ///< open statuses only
};

struct CategoryRevenue
{
    QString category;
    QMap<QString, qint64> revenue; ///< by currency
    qint64 orders = 0;
};

struct ReportOverview
{
    QList<StageSummary> pipeline;
    QList<TicketLoad> tickets;
    QList<CategoryRevenue> revenue; ///< last twelve months
};

/// Queries for the Home and Reports views. They run on reader threads and touch only indexed
/// ranges, except the report totals, which scan what they sum.
class Overview
{
    Q_DECLARE_TR_FUNCTIONS(Overview)

public:
    /// `dayStart`/`dayEnd`: the user's local day in UTC ms; `now` decides what is overdue.
    static Result<TodayOverview> today(Database& db, const QString& userId, qint64 dayStart, qint64 dayEnd, qint64 now,
                                       QDate monthFirst, QDate monthLast);
    static Result<ReportOverview> reports(Database& db, qint64 since);
};

} // namespace rapport
