// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "views/View.h"

class QGridLayout;
class QGroupBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace rapport {

class CustomerScoring;
class Workspace;
struct SalesReport;
struct TodayOverview;

/// "Today": the agenda, overdue tasks, deals closing this month, the rep's customers likely to churn and those
/// recently in touch; the first thing a rep sees each morning. A manager sees the team's deals and customers, each
/// with its owner, and the team's quarter (won of quota, open pipeline) instead. Loaded on a reader thread.
class HomeView : public View
{
    Q_OBJECT

public:
    /// `scoring` (may be null) says when the customers were scored again: the customers at risk are read again.
    explicit HomeView(Workspace& workspace, CustomerScoring* scoring = nullptr, QWidget* parent = nullptr);
    void activate() override;
    /// True once the first load has finished (tests wait for it).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /// A salesperson's line of the team's quarter: the Sales team report, on the team, this quarter.
    void teamReportRequested(const QString& teamId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void show(const TodayOverview& overview);
    void showTeam(const SalesReport& quarter);

    Workspace& m_workspace;
    QLabel* m_greeting;
    QLabel* m_date;
    QTreeWidget* m_agenda;
    QTreeWidget* m_overdue;
    QTreeWidget* m_reminders;
    QWidget* m_remindersBox;
    QTreeWidget* m_closing;
    QTreeWidget* m_recent;
    QTreeWidget* m_atRisk;
    QTreeWidget* m_team;
    QGridLayout* m_grid;
    QGroupBox* m_closingBox;
    QGroupBox* m_atRiskBox;
    QGroupBox* m_recentBox;
    QGroupBox* m_teamBox;
    QLabel* m_teamTotal;
    QString m_teamId; ///< a manager's team, as last loaded; empty for anyone else
    QTimer* m_reloadTimer;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace rapport
