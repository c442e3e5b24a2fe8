// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace rapport {

/// A repeating activity: its RFC 5545 rule (RRULE) and the first occurrence. The rule's arithmetic
/// (which days, which weekdays, the 31st of short months, COUNT and UNTIL) is libical's; it runs on
/// the wall-clock time of the series' own time zone, and each occurrence is then placed in UTC by
/// that zone, so a meeting at 09:00 Europe/Berlin stays at 09:00 there across daylight saving.
struct Series
{
    QString rule;           ///< "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"
    qint64 start = 0;       ///< the first occurrence, UTC ms
    qint64 duration = 0;    ///< ms; 0 for tasks and instants
    QTimeZone zone;         ///< where the wall-clock times hold (UTC when unknown)
    bool allDay = false;    ///< occurrences are dates (the rule counts days, not times)
    QList<qint64> excluded; ///< starts (UTC ms) the series does not produce (EXDATE, moved occurrences)

    /// The series of an activity: its start (or due time for a task), duration, zone and exclusions.
    static Series of(const Record& activity);
};

class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    /// Why a rule is not one Rapport can keep (translated), or empty when it is fine. Rules are kept as
    /// written (the RRULE value, without "RRULE:"); FREQ is required, and SECONDLY/MINUTELY/HOURLY rules
    /// are refused (a calendar of reminders every minute is a mistake, not a plan).
    static QString check(const QString& rule);
    /// The rule in the user's words: "Every 2 weeks on Monday and Wednesday, 10 times".
    static QString describe(const QString& rule);
    /// A weekday's place in its month as the rule's words say it: "first", "second", … "last"; `feminine`: the
    /// form that agrees with a feminine weekday (Italian "seconda domenica").
    static QString ordinal(int position, bool feminine = false);
    /// Whether the weekday's name (1 = Monday … 7 = Sunday) is feminine in the user's language: its translators
    /// say which are (Italian: Sunday).
    static bool isFeminineWeekday(int day);

    /// Whether daily and weekly rules are walked by repeating their first periods (on, the default) or
    /// libical walks every rule to the end (tests compare the two).
    static void setShortcut(bool on);

    /// Starts (UTC ms) of the occurrences that overlap [from, to), in order, at most `limit`.
    static QList<qint64> occurrences(const Series& series, qint64 from, qint64 to, int limit = 10000);
    /// The first occurrence starting after `after` (UTC ms), if any.
    static std::optional<qint64> next(const Series& series, qint64 after);
    /// When the last occurrence ends (UTC ms), or nullopt when the series never ends.
    static std::optional<qint64> lastEnd(const Series& series);

    /// The rule cut so that its last occurrence is the one before `occurrence` ("this and following"
    /// moves the rest to a new series); empty when nothing would be left.
    static QString endedBefore(const Series& series, qint64 occurrence);
    /// The rule for a series that starts at `occurrence` and continues what `series` had left: a COUNT
    /// is reduced by the occurrences before it, UNTIL and the rest stay.
    static QString continuedFrom(const Series& series, qint64 occurrence);
};

} // namespace rapport
