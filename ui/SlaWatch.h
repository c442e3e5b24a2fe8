// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Sla.h"

#include <QObject>
#include <QTimer>

namespace rapport {

class Workspace;

/// Watches the service levels for the whole window, whether or not the help desk was opened: every
/// minute, on a reader thread, it finds the clocks breaching or about to, and escalates new breaches to
/// the team's manager (once: escalated_at syncs, so other laptops do not repeat it). The sidebar's count
/// and the help desk's banner show what it found.
class SlaWatch : public QObject
{
    Q_OBJECT

public:
    explicit SlaWatch(Workspace& workspace, QObject* parent = nullptr);

    /// Checks every minute from now on, the first time after `firstDelayMs` (start-up paints first).
    void start(int firstDelayMs);
    /// Checks now; checked() tells when the answer is back.
    void checkNow();
    /// The clocks the last check found breaching or about to, the most urgent first.
    const QList<SlaClock>& clocks() const { return m_clocks; }
    /// The tickets of those clocks (a ticket whose first response and resolution are both due counts once): all of
    /// them, and those with a clock already breached.
    int urgentTickets() const;
    int breachedTickets() const;
    /// "2 tickets past their service level; 5 due within the warning time", in the user's language.
    QString summary() const;

Q_SIGNALS:
    void checked(const QList<rapport::SlaClock>& clocks);
    /// Something to tell the user in the status bar (escalations made).
    void message(const QString& text);

private:
    Workspace& m_workspace;
    QTimer m_timer;
    QTimer m_soon; ///< a check shortly after tickets changed
    QList<SlaClock> m_clocks;
    bool m_running = false; ///< a check is under way
    bool m_again = false;   ///< and another was asked for meanwhile
};

} // namespace rapport
