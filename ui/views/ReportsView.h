// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "views/View.h"

class QLabel;
class QTreeWidget;

class QTabWidget;

namespace rapport {

class PipelineReportView;
class SalesReportView;
class Workspace;
struct ReportOverview;

/// The manager's overview: open pipeline by stage, open tickets by priority and status, revenue by
/// product category over the last twelve months. Computed on a reader thread.
class ReportsView : public View
{
    Q_OBJECT

public:
    explicit ReportsView(Workspace& workspace, QWidget* parent = nullptr);
    void activate() override;
    bool isLoaded() const { return m_loaded; }
    PipelineReportView* pipelineReport() const { return m_pipelineReport; }
    /// Forecast, sales team, sales cycle, win/loss and slipped deals, in that order.
    const QList<SalesReportView*>& salesReports() const { return m_salesReports; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void reload();
    void show(const ReportOverview& reports);

    Workspace& m_workspace;
    QLabel* m_status;
    QTreeWidget* m_pipeline;
    QTreeWidget* m_tickets;
    QTreeWidget* m_revenue;
    QTabWidget* m_tabs = nullptr;
    PipelineReportView* m_pipelineReport = nullptr;
    QList<SalesReportView*> m_salesReports;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace rapport
