// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LibIcal.h"

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

QString take(char* text)
{
    const QString out = QString::fromUtf8(text);
    free(text);
    return out;
}

} // namespace rapport::ical
