// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "views/View.h"

#include <QStringList>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace rapport {

class PipelineReportView;
class SalesReportView;
class Workspace;
struct ReportOverview;

/// The manager's reports. The first page is the headline of each, in the reporting currency: the open
/// pipeline, this quarter against its quota, the win rate and sales cycle of the last twelve months, open
/// tickets and those past their service level, and revenue; each figure opens its report, and charts show the
/// pipeline by stage, open tickets by priority and revenue by product category. Computed on a reader thread.
class ReportsView : public View
{
    Q_OBJECT

public:
    explicit ReportsView(Workspace& workspace, QWidget* parent = nullptr);
    void activate() override;
    bool isLoaded() const { return m_loaded; }
    PipelineReportView* pipelineReport() const { return m_pipelineReport; }
    /// Every report but the overview and the pipeline, in SalesReports::kinds() order.
    const QList<SalesReportView*>& salesReports() const { return m_salesReports; }
    /// The Sales team report of this quarter, on `teamId` (a manager's Home asks for it).
    void showTeamReport(const QString& teamId);
    QTabWidget* tabs() const { return m_tabs; }
    /// The list the reports are chosen from, grouped by whom they are for (sales, help desk, customers).
    QTreeWidget* reportList() const { return m_navigator; }
    /// The overview's headline figure named `key` ("pipeline", "quarter", "winRate", "tickets", "revenue").
    QWidget* tile(const QString& key) const;

private:
    QTreeWidget* makeNavigator(); ///< the report list, made once after the tabs
    void reload();
    void showFigures(const ReportOverview& overview); ///< all but the revenue
    void showRevenue(const ReportOverview& overview);
    void showNote(const ReportOverview& overview);

    Workspace& m_workspace;
    QLabel* m_status;
    QComboBox* m_currency;
    QLabel* m_note;
    QList<QWidget*> m_tiles;
    QChartView* m_pipeline;
    QChartView* m_tickets;
    QChartView* m_revenue;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_navigator = nullptr;
    PipelineReportView* m_pipelineReport = nullptr;
    QList<SalesReportView*> m_salesReports;
    QStringList m_unconverted[2]; ///< of the figures, of the revenue
    QString m_failure;
    int m_pending = 0;    ///< parts being calculated
    bool m_again = false; ///< asked again (Refresh, another currency) while calculating
    bool m_loaded = false;
};

} // namespace rapport
