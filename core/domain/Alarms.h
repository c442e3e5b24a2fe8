// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"

#include <QList>

#include <optional>

namespace rapport {

/// One ring of an activity's reminder.
struct Alarm
{
    qint64 at = 0;         ///< when it rings, UTC ms
    qint64 occurrence = 0; ///< the start (or due time) of the occurrence it is for, UTC ms
    bool snoozed = false;  ///< a snoozed alarm ringing again

    bool operator==(const Alarm&) const = default;
};

/// When an activity's reminders ring. Alarms are minutes before each occurrence's start (a task's due
/// time). An all-day entry's are times of day on its own calendar, counted on the wall clock of its zone
/// (-540 rings at 9:00 on the day, 420 at 17:00 the day before, on the days the clocks change too); everything up to
/// `alarm_acked_at` has been dismissed, and `snoozed_until` rings once more when it lies after that. Both are ordinary
/// synced fields, so an alarm dismissed on one laptop does not ring on another. Done tasks ring no more.
class Alarms
{
public:
    /// Minutes before the start, smallest first.
    static QList<int> offsets(const Record& activity);
    /// The earliest alarm not dismissed yet, due or still to come: what `reminder_at` holds.
    static std::optional<Alarm> next(const Record& activity);
    /// The latest alarm rung by `now` and not dismissed: what the reminders list shows for the activity.
    static std::optional<Alarm> due(const Record& activity, qint64 now);

    /// The changes (an update of `activity`) that dismiss every alarm rung by `now`.
    static Record dismissed(const Record& activity, qint64 now);
    /// The changes that dismiss what has rung by `now` and ring once more at `until`.
    static Record snoozed(const Record& activity, qint64 now, qint64 until);
};

} // namespace rapport
