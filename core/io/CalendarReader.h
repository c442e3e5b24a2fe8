// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace rapport {

/// Someone invited to a calendar entry, as the file names them.
struct CalendarAttendee
{
    QString email; ///< lower case
    QString name;
    QString response; ///< accepted, tentative, declined, needs_action
};

/// One VEVENT or VTODO of an iCalendar file, read as the activity it becomes.
struct CalendarEntry
{
    int line = 0; ///< where it begins (BEGIN:VEVENT); 0 when the file's structure did not say
    QString summary;
    QStringList problems; ///< why it cannot be taken (empty: it can)
    QStringList notes;    ///< what was read differently from the file
    QString uid;
    bool hasRecurrenceId = false; ///< it changes one occurrence of the series with the same UID
    qint64 recurrenceId = 0;      ///< that occurrence's original start, UTC ms
    Record record{EntityType::Activity}; ///< the activity's fields (no id, no owner)
    bool typeGiven = false;              ///< the file said which kind of activity (X-RAPPORT-TYPE)
    QList<CalendarAttendee> attendees;
};

/// Reads iCalendar (RFC 5545) with libical, without a database: the file must be built as iCalendar says
/// (every BEGIN ended by its END), else nothing is read and the error names the line; each entry is read
/// with its time zone (IANA names, Windows names, or the file's VTIMEZONE), repetition, reminders and
/// attendees, or carries the problems that keep it out.
class CalendarReader
{
    Q_DECLARE_TR_FUNCTIONS(CalendarReader)

public:
    /// `fallback`: the zone of floating times and dates.
    static Result<QList<CalendarEntry>> read(const QByteArray& data, const QTimeZone& fallback);
};

} // namespace rapport
