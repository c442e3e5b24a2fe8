// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "BusinessHours.h"

#include "Validator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace rapport {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr int DayMinutes = 24 * 60;
/// How far a walk looks for open hours before it gives up (a calendar that is never open).
constexpr int HorizonDays = 3 * 366;

/// "HH:MM" (00:00–24:00) as minutes after midnight; -1 if it is not one.
int minutesOf(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool h = false, m = false;
    const int hours = parts.value(0).toInt(&h);
    const int minutes = parts.value(1).toInt(&m);
    if (parts.size() != 2 || !h || !m || hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > DayMinutes)
        return -1;
    return hours * 60 + minutes;
}

QString textOf(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// Sorted, merged spans.
QList<BusinessHours::Pause> merged(QList<BusinessHours::Pause> pauses)
{
    std::sort(pauses.begin(), pauses.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
    QList<BusinessHours::Pause> out;
    for (const auto& p : std::as_const(pauses)) {
        if (p.to <= p.from)
            continue;
        if (!out.isEmpty() && p.from <= out.last().to)
            out.last().to = std::max(out.last().to, p.to);
        else
            out << p;
    }
    return out;
}

} // namespace

BusinessHours BusinessHours::officeHours(const QTimeZone& zone)
{
    BusinessHours h;
    h.m_zone = zone;
    for (int d = 1; d <= 5; ++d)
        h.setDay(d, {9 * 60, 17 * 60});
    return h;
}

BusinessHours BusinessHours::always(const QTimeZone& zone)
{
    BusinessHours h;
    h.m_zone = zone;
    for (int d = 1; d <= 7; ++d)
        h.setDay(d, {0, DayMinutes});
    return h;
}

void BusinessHours::setDay(int weekday, Day hours)
{
    if (weekday >= 1 && weekday <= 7)
        m_days[static_cast<size_t>(weekday - 1)] = hours;
    m_openCache.clear();
}

void BusinessHours::addHoliday(const QDate& day)
{
    m_holidays.insert(day);
    m_openCache.clear();
}

std::optional<BusinessHours> BusinessHours::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<BusinessHours> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    BusinessHours h;
    const QString zone = json.value(QLatin1String("zone")).toString();
    h.m_zone = QTimeZone(zone.toUtf8());
    if (!Validator::isKnownTimeZone(zone) || !h.m_zone.isValid())
        return fail(QCoreApplication::translate("BusinessHours", "\"%1\" is not a time zone (for example Europe/Berlin).")
                        .arg(json.value(QLatin1String("zone")).toString()));
    const QJsonObject days = json.value(QLatin1String("days")).toObject();
    for (int d = 1; d <= 7; ++d) {
        const QJsonValue v = days.value(QString::number(d));
        if (v.isNull() || v.isUndefined())
            continue;
        const QJsonArray span = v.toArray();
        const int from = minutesOf(span.at(0).toString());
        const int to = minutesOf(span.at(1).toString());
        if (span.size() != 2 || from < 0 || to < 0 || to < from)
            return fail(QCoreApplication::translate("BusinessHours",
                                                    "Day %1: opening hours are two times of day, HH:MM, the first "
                                                    "not after the second.")
                            .arg(d));
        h.setDay(d, {from, to});
    }
    for (const QJsonValue& v : json.value(QLatin1String("holidays")).toArray()) {
        const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
        if (!day.isValid())
            return fail(QCoreApplication::translate("BusinessHours", "\"%1\" is not a date (YYYY-MM-DD).").arg(v.toString()));
        h.addHoliday(day);
    }
    return h;
}

QJsonObject BusinessHours::toJson() const
{
    QJsonObject days;
    for (int d = 1; d <= 7; ++d) {
        const Day& day = m_days[static_cast<size_t>(d - 1)];
        days.insert(QString::number(d), day.to > day.from ? QJsonValue(QJsonArray{textOf(day.from), textOf(day.to)})
                                                          : QJsonValue());
    }
    QList<QDate> sorted(m_holidays.cbegin(), m_holidays.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray holidays;
    for (const QDate& d : std::as_const(sorted))
        holidays.append(d.toString(Qt::ISODate));
    return {{QStringLiteral("zone"), QString::fromUtf8(m_zone.id())},
            {QStringLiteral("days"), days},
            {QStringLiteral("holidays"), holidays}};
}

std::optional<BusinessHours::Pause> BusinessHours::openOn(const QDate& day) const
{
    constexpr qsizetype MaxRemembered = 8192;
    if (const auto it = m_openCache.constFind(day); it != m_openCache.cend())
        return *it;
    if (m_openCache.size() >= MaxRemembered)
        m_openCache.clear();
    const Day& hours = m_days[static_cast<size_t>(day.dayOfWeek() - 1)];
    if (hours.to <= hours.from || m_holidays.contains(day)) {
        m_openCache.insert(day, std::nullopt);
        return std::nullopt;
    }
    // On the wall clock of the zone: 09:00 is 09:00 in winter and in summer; a time inside a spring-forward gap
    // is taken as the first valid moment after it.
    const auto at = [&](int minutes) {
        if (minutes >= DayMinutes)
            return QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
        return QDateTime(day, QTime(minutes / 60, minutes % 60), m_zone).toMSecsSinceEpoch();
    };
    const Pause open{at(hours.from), at(hours.to)};
    m_openCache.insert(day, open);
    return open;
}

template<typename Visit>
void BusinessHours::walk(qint64 from, const QList<Pause>& pauses, Visit visit) const
{
    const QList<Pause> cut = merged(pauses);
    QDate day = QDateTime::fromMSecsSinceEpoch(from, m_zone).date();
    for (int n = 0; n < HorizonDays; ++n, day = day.addDays(1)) {
        const auto open = openOn(day);
        if (!open || open->to <= from)
            continue;
        qint64 a = std::max(open->from, from);
        const qint64 b = open->to;
        // The open span less the pauses inside it.
        for (const Pause& p : cut) {
            if (p.to <= a || p.from >= b)
                continue;
            if (p.from > a && !visit(a, p.from))
                return;
            a = std::max(a, p.to);
            if (a >= b)
                break;
        }
        if (a < b && !visit(a, b))
            return;
    }
}

qint64 BusinessHours::addWorkingMinutes(qint64 start, qint64 minutes, const QList<Pause>& pauses) const
{
    if (minutes <= 0)
        return start;
    qint64 remaining = minutes * MinuteMs;
    qint64 due = std::numeric_limits<qint64>::max(); // never open: never due
    walk(start, pauses, [&](qint64 a, qint64 b) {
        if (remaining <= b - a) {
            due = a + remaining;
            return false;
        }
        remaining -= b - a;
        return true;
    });
    return due;
}

qint64 BusinessHours::workingMinutesBetween(qint64 from, qint64 to, const QList<Pause>& pauses) const
{
    if (to <= from)
        return 0;
    qint64 total = 0;
    walk(from, pauses, [&](qint64 a, qint64 b) {
        if (a >= to)
            return false;
        total += std::min(b, to) - a;
        return b < to;
    });
    return total / MinuteMs;
}

bool BusinessHours::isOpen(qint64 at) const
{
    const auto open = openOn(QDateTime::fromMSecsSinceEpoch(at, m_zone).date());
    return open && at >= open->from && at < open->to;
}

} // namespace rapport
