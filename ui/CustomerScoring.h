// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/CustomerReports.h"

#include <QObject>
#include <QTimer>

namespace rapport {

struct Change;
class Workspace;

/// Keeps the customers' standing (segment, lifetime value, churn risk) current for the whole window. The scores
/// need the whole book (CustomerReports::score), so they are worked out on a worker thread with a connection of
/// its own that writes them: when the window opens and the book was last scored on another day or in another
/// reporting currency, a little after orders, their lines, products or accounts change (here or through sync),
/// and when the day turns. The account page and the accounts list read them, and read again on scored().
class CustomerScoring : public QObject
{
    Q_OBJECT

public:
    /// How long after a change of orders the book is scored again: a burst of changes (a sync page, an
    /// import) is scored once.
    static constexpr int AfterChangeMs = 3000;

    explicit CustomerScoring(Workspace& workspace, QObject* parent = nullptr);

    /// Scores the book `firstDelayMs` from now if it is out of date (start-up paints first), and from then on
    /// when it needs to.
    void start(int firstDelayMs);
    /// Scores the book now (again when it is being scored: once more after that).
    void scoreNow();
    /// Scores the book when it was last scored on another day or in another currency than the reports'.
    void scoreIfStale();
    bool isScoring() const { return m_running; }

Q_SIGNALS:
    void scored(const rapport::CustomerReports::Scoring& scoring);
    /// Something to tell the user in the status bar (the scoring failed).
    void message(const QString& text);

private:
    void onStoreChanged(const QList<rapport::Change>& changes);

    Workspace& m_workspace;
    QTimer m_afterChange;
    QTimer m_hourly;
    bool m_running = false;
    bool m_again = false;
};

} // namespace rapport
