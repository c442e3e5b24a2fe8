// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/Calendar.h"

#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <functional>

class QTimer;

namespace rapport {

class Workspace;

/// Rings the current user's reminders while Rapport runs, whichever view is open: it sleeps until the
/// next alarm (Calendar::nextReminder) and looks again at least every half minute and after every
/// change to activities (an edit, a sync, a dismissal on another laptop). At start it rings what came
/// due while Rapport was closed. Dismiss and snooze are synced edits of the activity (Alarms), so a
/// reminder dismissed on one laptop rings on no other. The clock can be replaced (tests).
class ReminderService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit ReminderService(Workspace& workspace, QObject* parent = nullptr, Clock clock = {});

    /// Looks now, then keeps looking.
    void start();
    /// Looks now (on a reader thread); `checked` follows.
    void check();
    /// What has rung and is not dismissed, latest first.
    const QList<DueReminder>& due() const { return m_due; }
    qint64 now() const { return m_clock(); }

    Status dismiss(const QString& activityId);
    Status snooze(const QString& activityId, qint64 until);
    /// When "tomorrow" is for a snooze: 9 in the morning of the next day, in `zone`.
    static qint64 tomorrowMorning(qint64 now, const QTimeZone& zone);

Q_SIGNALS:
    /// Reminders that rang since the last look (a desktop notification each).
    void rang(const QList<rapport::DueReminder>& fresh);
    /// The list of due reminders changed.
    void dueChanged(const QList<rapport::DueReminder>& due);
    void checked();

private:
    void schedule(qint64 next);
    static QString key(const DueReminder& r);

    Workspace& m_workspace;
    Clock m_clock;
    QTimer* m_timer;
    QTimer* m_changes;
    QList<DueReminder> m_due;
    QSet<QString> m_announced;
    quint64 m_ticket = 0;
    bool m_busy = false;
};

} // namespace rapport
