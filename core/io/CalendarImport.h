// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace rapport {

class RecordStore;

/// Reads iCalendar (RFC 5545) files as Outlook, Google Calendar and Apple Calendar export them:
/// VEVENT and VTODO with their time zones (VTIMEZONE, IANA and Windows zone names), repetition (RRULE,
/// EXDATE, changed occurrences by RECURRENCE-ID), reminders (VALARM) and attendees (linked to users
/// and contacts by e-mail address). An entry is matched by its UID (or its Rapport id, for files
/// Rapport wrote), so the same file imported again updates instead of duplicating. Entries that
/// cannot be read are left out and named with their line; the rest is written in one transaction.
class CalendarImport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarImport)

public:
    struct Options
    {
        bool dryRun = false;
        /// Zone of times without one (floating times, dates); empty: the system's.
        QString defaultZone;
        /// Reminders that would have rung before this instant (UTC ms) are taken as dismissed; 0: now.
        qint64 now = 0;
    };

    struct Item
    {
        enum class Action { Create, Update, Unchanged, Skip };
        int line = 0; ///< where the entry begins (BEGIN:VEVENT)
        QString summary;
        Action action = Action::Skip;
        QStringList problems; ///< why it was left out
        QStringList notes;    ///< what was read differently from the file
    };

    struct Report
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        bool dryRun = false;
        QList<Item> items; ///< every entry left out or with notes
    };

    static Result<Report> run(RecordStore& store, QIODevice& file, const Options& options);
    static Result<Report> run(RecordStore& store, const QByteArray& data, const Options& options);
};

} // namespace rapport
