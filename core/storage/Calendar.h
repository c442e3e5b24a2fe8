// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Alarms.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace rapport {

class Database;

/// One appointment, call or task as a calendar shows it: a single activity, or one occurrence of a
/// repeating one (then `seriesId` names the series and `recurrenceId` which occurrence it is).
struct Occurrence
{
    QString id;              ///< the activity to open: the series itself for its generated occurrences
    QString seriesId;        ///< the series, for a generated occurrence and for a changed one; else empty
    qint64 recurrenceId = 0; ///< the occurrence's original start (what "this one" changes); 0 if not in a series
    QString calendar;        ///< the user whose calendar it is on (owner, or attendee)
    QString ownerId;
    QString type;
    QString subject;
    QString location;
    QString timeZone;
    qint64 start = 0; ///< UTC ms; a task without a start: its due time
    qint64 end = 0;   ///< UTC ms; equal to start for tasks and instants
    bool allDay = false;
    bool isTask = false; ///< shown by its due time
    bool done = false;
    bool repeats = false; ///< part of a series (generated or changed)
    QString response;     ///< the calendar's user as an attendee: accepted, tentative, declined, needs_action
    QString contactId;
    QString contactName;
    QString accountName;

    bool operator==(const Occurrence&) const = default;
};

/// A due reminder: the activity, the occurrence it is for, and when it rang.
struct DueReminder
{
    Occurrence occurrence;
    Alarm alarm;

    bool operator==(const DueReminder&) const = default;
};

/// Someone whose calendar can be shown.
struct CalendarPerson
{
    QString id;
    QString name;
    QString email;
    QString teamId;
};

/// A stretch of time in which someone is busy.
struct BusySpan
{
    qint64 start = 0;
    qint64 end = 0;
    bool tentative = false;
};

/// What the calendar views, the agenda and the reminders read: the activities of some people in a span of
/// time, with repeating ones expanded (Recurrence) in their own time zone. Read-only, for any connection
/// (readers run it on their threads); every query is an index range: single activities by (owner, start)
/// or (owner, due), series by (owner, recurs_until), attendances by user.
class Calendar
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)

public:
    struct Query
    {
        QStringList users;    ///< whose calendars
        qint64 from = 0;      ///< UTC ms, inclusive
        qint64 to = 0;        ///< UTC ms, exclusive
        bool tasks = true;    ///< open and done tasks by their due time
        bool attended = true; ///< also what each user attends without owning it
    };
    /// Everything that overlaps [from, to) on the users' calendars, by start (all-day first on a day).
    static Result<QList<Occurrence>> occurrences(Database& db, const Query& query);

    /// The user's open tasks due in [from, to), oldest first, at most `limit`.
    static Result<QList<Occurrence>> openTasks(Database& db, const QString& userId, qint64 from, qint64 to, int limit);

    /// When each user is busy in [from, to): meetings and calls they own or did not decline, merged;
    /// all-day entries and tasks do not block time.
    static Result<QHash<QString, QList<BusySpan>>> busy(Database& db, const QStringList& users, qint64 from, qint64 to);
    /// The first full hour at or after `after` (UTC ms) from which `userId` is free for `minutes`, within the
    /// working day (8:00 to 18:00, Monday to Friday, in `zone`), looking two weeks ahead; none free: the first
    /// full hour after `after`.
    static qint64 nextFreeSlot(Database& db, const QString& userId, qint64 after, int minutes, const QTimeZone& zone);

    /// The user's reminders that have rung by `now` and are not dismissed, latest first.
    static Result<QList<DueReminder>> dueReminders(Database& db, const QString& userId, qint64 now);
    /// When the user's next reminder rings after `now` (UTC ms), or 0 when none is set.
    static Result<qint64> nextReminder(Database& db, const QString& userId, qint64 now);

    /// The active users who keep a calendar, by name: whose calendars can be shown side by side, who can be
    /// invited. An administrator's account is one once it has entries of its own, or when it is `me`.
    static Result<QList<CalendarPerson>> people(Database& db, const QString& me = {});

    /// How far before a range single activities are looked for: longer ones (a fortnight's trade fair)
    /// are found only from their start on.
    static constexpr qint64 LongestSingle = 31LL * 24 * 3600 * 1000;
};

} // namespace rapport
