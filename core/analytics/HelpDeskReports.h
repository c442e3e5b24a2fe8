// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/SalesReports.h"

namespace rapport {

/// The help-desk manager's reports, in the reports' common shape (one chart, table and exporter serve them
/// all): open tickets by age and priority, service levels met and response times per priority, the backlog's
/// trend, and each agent's workload and satisfaction. The request's owners are the tickets' assignees. Each is
/// a few aggregate statements; the open-ticket figures read only the open tickets' index (sla_due).
namespace HelpDeskReports {
bool covers(ReportKind kind);
/// The report, each figure with the tickets behind it (ReportRow::tickets).
Result<SalesReport> run(Database& db, const ReportRequest& request);

/// A ticket as a drill-down lists it.
struct TicketLine
{
    QString id, number, subject, status, priority;
    QString customer; ///< the contact, else the account
    QString assignee; ///< display name; empty: unassigned
    qint64 openedAt = 0;
};
/// Up to `limit` of the tickets behind a figure, the earliest opened first.
Result<QList<TicketLine>> tickets(Database& db, const TicketSelection& selection, int limit);
} // namespace HelpDeskReports

} // namespace rapport
