// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Alarms.h"

#include "domain/Recurrence.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace rapport {

namespace {

constexpr qint64 MinuteMs = 60'000;
/// "Nothing dismissed yet": before any alarm, far enough from the limit that adding an offset is safe.
constexpr qint64 Never = std::numeric_limits<qint64>::min() / 4;

bool ringsNoMore(const Record& a)
{
    return a.value(u"deleted").toBool() || (a.text(u"type") == QLatin1String("task") && a.value(u"done").toBool());
}

qint64 acknowledged(const Record& a)
{
    const QVariant v = a.value(u"alarm_acked_at");
    return v.isNull() ? Never : v.toLongLong();
}

bool hasStart(const Record& a)
{
    return !a.value(u"start_at").isNull() || !a.value(u"due_at").isNull();
}

/// How far a wall-clock reminder may lie from its offset counted in elapsed time: the largest change of a
/// zone's offset on one day (an hour almost everywhere; two hours were seen in the tz database).
constexpr qint64 ClockChangeMs = 3 * 60 * MinuteMs;

/// When the reminder `minutes` before `occurrence` rings. A timed entry's counts elapsed time. An all-day
/// entry's is a time of day on the entry's own calendar ("the day before at 17:00"): counted on the wall
/// clock of its zone from the day's midnight, so it stays at 17:00 when the clocks change that night.
qint64 ringsAt(const Series& series, qint64 occurrence, int minutes)
{
    if (!series.allDay)
        return occurrence - minutes * MinuteMs;
    const QDate day = QDateTime::fromMSecsSinceEpoch(occurrence, series.zone).date();
    const int days = minutes > 0 ? -((minutes + 1439) / 1440) : -minutes / 1440;
    const int ofDay = -minutes - days * 1440;
    return QDateTime(day.addDays(days), QTime(0, 0).addSecs(ofDay * 60), series.zone).toMSecsSinceEpoch();
}

/// The margin to search occurrences by an offset in elapsed time and still find every wall-clock reminder.
qint64 margin(const Series& series)
{
    return series.allDay ? ClockChangeMs : 0;
}

/// The latest alarm (snoozes aside) with lower < at <= upper.
std::optional<Alarm> latest(const Series& series, const QList<int>& offsets, qint64 lower, qint64 upper)
{
    std::optional<Alarm> best;
    const auto consider = [&](qint64 occurrence, int minutes) {
        const qint64 at = ringsAt(series, occurrence, minutes);
        if (at > lower && at <= upper && (!best || at > best->at))
            best = Alarm{at, occurrence, false};
    };
    for (int minutes : offsets) {
        if (series.rule.isEmpty()) {
            consider(series.start, minutes);
            continue;
        }
        Series starts = series;
        starts.duration = 0; // occurrences() by start alone
        const qint64 offset = minutes * MinuteMs;
        const QList<qint64> found =
            Recurrence::occurrences(starts, lower + offset + 1 - margin(series), upper + offset + 1 + margin(series));
        // The latest rings last; with a margin the last found may ring just after `upper`.
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            if (ringsAt(series, *it, minutes) <= upper) {
                consider(*it, minutes);
                break;
            }
        }
    }
    return best;
}

} // namespace

QList<int> Alarms::offsets(const Record& a)
{
    QList<int> out;
    const QVariant v = a.value(u"alarms");
    if (v.isNull())
        return out;
    for (const QJsonValue& m : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << m.toInt();
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<Alarm> Alarms::next(const Record& a)
{
    if (ringsNoMore(a) || !hasStart(a))
        return std::nullopt;
    const Series series = Series::of(a);
    const QList<int> minutes = offsets(a);
    const qint64 ack = acknowledged(a);
    std::optional<Alarm> best;
    for (int m : minutes) {
        std::optional<qint64> occurrence;
        if (series.rule.isEmpty()) {
            if (ringsAt(series, series.start, m) > ack)
                occurrence = series.start;
        } else {
            occurrence = Recurrence::next(series, ack + m * MinuteMs - margin(series));
            while (occurrence && ringsAt(series, *occurrence, m) <= ack)
                occurrence = Recurrence::next(series, *occurrence);
        }
        if (occurrence && (!best || ringsAt(series, *occurrence, m) < best->at))
            best = Alarm{ringsAt(series, *occurrence, m), *occurrence, false};
    }
    const QVariant snoozed = a.value(u"snoozed_until");
    if (!snoozed.isNull() && snoozed.toLongLong() > ack && (!best || snoozed.toLongLong() < best->at)) {
        const auto snoozedAlarm = latest(series, minutes, Never, ack);
        best = Alarm{snoozed.toLongLong(), snoozedAlarm ? snoozedAlarm->occurrence : series.start, true};
    }
    return best;
}

std::optional<Alarm> Alarms::due(const Record& a, qint64 now)
{
    if (ringsNoMore(a) || !hasStart(a))
        return std::nullopt;
    const Series series = Series::of(a);
    const QList<int> minutes = offsets(a);
    const qint64 ack = acknowledged(a);
    std::optional<Alarm> best = latest(series, minutes, ack, now);
    const QVariant snoozed = a.value(u"snoozed_until");
    if (!snoozed.isNull() && snoozed.toLongLong() > ack && snoozed.toLongLong() <= now &&
        (!best || snoozed.toLongLong() > best->at)) {
        const auto snoozedAlarm = latest(series, minutes, Never, ack);
        best = Alarm{snoozed.toLongLong(), snoozedAlarm ? snoozedAlarm->occurrence : series.start, true};
    }
    return best;
}

Record Alarms::dismissed(const Record& activity, qint64 now)
{
    Record changes(EntityType::Activity, activity.id());
    changes.set(u"alarm_acked_at", std::max(now, acknowledged(activity)));
    changes.set(u"snoozed_until", QVariant());
    return changes;
}

Record Alarms::snoozed(const Record& activity, qint64 now, qint64 until)
{
    Record changes(EntityType::Activity, activity.id());
    changes.set(u"alarm_acked_at", std::max(now, acknowledged(activity)));
    changes.set(u"snoozed_until", until);
    return changes;
}

} // namespace rapport
