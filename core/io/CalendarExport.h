// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class Database;

/// Writes calendars as iCalendar (RFC 5545) files that Outlook, Google Calendar and Apple Calendar
/// read: meetings and calls as VEVENT, tasks as VTODO, each with its own time zone (VTIMEZONE from
/// the zone database), its repetition (RRULE, EXDATE; changed occurrences as RECURRENCE-ID events),
/// its reminders (VALARM), organiser and attendees with their answers. The UID is the one the entry
/// was imported with, else its Rapport id, so that importing the file again updates instead of
/// duplicating. The file is replaced only when complete.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    struct Options
    {
        QStringList users; ///< whose calendars (owned, and with a range also attended)
        qint64 from = 0;   ///< with `to`: only what has an occurrence in [from, to) (series whole)
        qint64 to = 0;
        QStringList ids; ///< instead of users and range: these activities
    };
    /// Returns how many entries (VEVENT and VTODO components) were written.
    static Result<int> write(Database& db, const QString& path, const Options& options);
    /// The same as text, for tests and the clipboard.
    static Result<QByteArray> toIcs(Database& db, const Options& options, int* written = nullptr);
};

} // namespace rapport
