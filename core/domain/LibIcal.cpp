// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LibIcal.h"

#include <QDateTime>

#include <limits>
#include <mutex>

namespace rapport::ical {

void setUp()
{
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

icaltimetype wallClock(qint64 utcMs, const QTimeZone& zone, bool date)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    icaltimetype t = icaltime_null_time();
    const QDate d = local.date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = date ? 1 : 0;
    if (!date) {
        const QTime time = local.time();
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
    }
    return t;
}

qint64 toUtc(const icaltimetype& t, const QTimeZone& zone)
{
    const QDateTime local(QDate(t.year, t.month, t.day), t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second),
                          zone);
    return local.toMSecsSinceEpoch();
}

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
/// How close to a transition a time must be to be converted the careful way.
constexpr qint64 Margin = 6LL * 3600 * 1000;
const qint64 UnixEpochDay = QDate(1970, 1, 1).toJulianDay();
} // namespace

ZoneClock::ZoneClock(QTimeZone zone)
    : m_zone(std::move(zone))
{}

qint64 ZoneClock::toUtc(const icaltimetype& t)
{
    const qint64 wall = (QDate(t.year, t.month, t.day).toJulianDay() - UnixEpochDay) * DayMs +
                        (t.is_date ? 0 : (t.hour * 3600LL + t.minute * 60 + t.second) * 1000);
    const qint64 guess = wall - m_offsetMs;
    if (guess >= m_validFrom + Margin && guess < m_validTo - Margin)
        return guess;
    const qint64 utc = ical::toUtc(t, m_zone);
    // The span around `utc` in which its offset holds.
    m_offsetMs = wall - utc;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC);
    const QTimeZone::OffsetData before = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData after = m_zone.nextTransition(at);
    m_validFrom = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min() / 2;
    m_validTo = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() / 2;
    if (m_zone.offsetFromUtc(at) * 1000LL != m_offsetMs) // a wall time that does not exist: no span to keep
        m_validTo = m_validFrom;
    return utc;
}

QString take(char* text)
{
    const QString out = QString::fromUtf8(text);
    free(text);
    return out;
}

} // namespace rapport::ical
