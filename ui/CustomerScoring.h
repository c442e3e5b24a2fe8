// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/CustomerReports.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rapport {

class Database;
class Workspace;
struct Change;

/// Keeps the customers' standing (segment, lifetime value, churn risk) current for the whole window. The scores
/// need the whole book (CustomerReports::score), so they are worked out on a thread of this object's own, with a
/// connection that writes them, kept for the window's life: when the window opens and the book was last scored
/// on another day or in another reporting currency, a little after orders, their lines, product categories,
/// exchange rates or which accounts exist change (here or through sync), and when the day turns. Never while a
/// bulk load has the indexes down. The account page, the accounts list and Home read the scores, and read again
/// on scored().
class CustomerScoring : public QObject
{
    Q_OBJECT

public:
    /// How long after a change of orders the book is scored again: a burst of changes (a sync page, an import)
    /// is scored once...
    static constexpr int AfterChangeMs = 3000;
    /// ...unless changes keep coming: then at the latest this long after the first of them.
    static constexpr int AtMostAfterMs = 30'000;

    explicit CustomerScoring(Workspace& workspace, QObject* parent = nullptr);
    /// Stops a scoring under way (it rolls back) and waits for the thread.
    ~CustomerScoring() override;

    /// Scores the book `firstDelayMs` from now if it is out of date (start-up paints first), and from then on
    /// when it needs to.
    void start(int firstDelayMs);
    /// Scores the book now (when it is being scored: once more after that).
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
    QElapsedTimer m_firstChange; ///< since the first change not scored yet; invalid: none
    QTimer m_hourly;
    bool m_running = false;
    bool m_again = false;
    std::atomic_bool m_closing{false};         ///< read on the thread too
    QThreadPool m_thread;                      ///< one thread, kept, with the connection below
    std::unique_ptr<Database> m_db;            ///< opened, used and closed on m_thread only
    std::atomic<Database*> m_working{nullptr}; ///< while a scoring runs, for the destructor to interrupt it
};

} // namespace rapport
