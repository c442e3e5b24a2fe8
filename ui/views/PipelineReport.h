// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/Pipeline.h"
#include "domain/Schema.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace rapport {

class ReportScope;
class Workspace;

/// The manager's pipeline report: every stage's deals, amount and weighted amount in one reporting currency
/// (converted by the exchange rates), as a funnel chart and a table, for a team, a person and a close period.
/// A click on a bar or a row lists the deals behind it; the table exports to CSV. Computed on a reader thread.
class PipelineReportView : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineReportView(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const PipelineReport& report() const { return m_report; }
    /// Whose deals (kept the same in every report by the Reports view).
    ReportScope* scope() const { return m_scope; }
    QTreeWidget* table() const { return m_table; }
    /// Opens the list of the deals of `stage` behind the figures (the drill-down); returns the dialog.
    QWidget* drillDown(const QString& stage);
    /// Writes the table to a CSV file.
    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;

Q_SIGNALS:
    void loaded();
    void openRecordRequested(rapport::EntityType type, const QString& id);
    void message(const QString& text);

private:
    PipelineFilter filter() const;
    void display(const PipelineReport& report);

    Workspace& m_workspace;
    PipelineReport m_report;
    PipelineFilter m_shownFilter; ///< the filters the shown figures were computed for
    QString m_describedAs;        ///< …in words
    ReportScope* m_scope;
    QComboBox* m_period;
    QComboBox* m_currency;
    QLabel* m_note;
    QChartView* m_chart;
    QTreeWidget* m_table;
    quint64 m_ticket = 0;
    bool m_loaded = false;
};

} // namespace rapport
