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
Result<SalesReport> run(Database& db, const ReportRequest& request);
} // namespace HelpDeskReports

} // namespace rapport
