// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

// The glue between libical and Qt shared by recurrence and the iCalendar files: ownership of what
// libical allocates, and wall-clock times of a zone.

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace rapport::ical {

struct ComponentDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

/// Once per process: libical reports errors instead of aborting.
void setUp();

/// The wall-clock time of `utcMs` in `zone` (a date when `date` is set), without a zone of its own.
icaltimetype wallClock(qint64 utcMs, const QTimeZone& zone, bool date);
/// A wall-clock time of `zone` in UTC ms; a time in a daylight-saving gap moves forward.
qint64 toUtc(const icaltimetype& t, const QTimeZone& zone);

/// toUtc for many times in one zone, as a series' expansion asks: the offset found for one time is
/// kept with the span in which it holds (between the zone's transitions), so the zone's rules are
/// consulted about twice a year rather than once per occurrence. Times near a transition (where a wall
/// time may not exist or exist twice) always take toUtc's way.
class ZoneClock
{
public:
    explicit ZoneClock(QTimeZone zone);
    qint64 toUtc(const icaltimetype& t);

private:
    QTimeZone m_zone;
    qint64 m_offsetMs = 0;
    qint64 m_validFrom = 1; ///< UTC ms; empty span at first
    qint64 m_validTo = 0;
};
/// libical's text (free()d here) as a QString.
QString take(char* text);

} // namespace rapport::ical
