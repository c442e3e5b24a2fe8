// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Alarms.h"

#include "domain/Recurrence.h"

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

/// The latest alarm (snoozes aside) with lower < at <= upper.
std::optional<Alarm> latest(const Series& series, const QList<int>& offsets, qint64 lower, qint64 upper)
{
    std::optional<Alarm> best;
    for (int minutes : offsets) {
        const qint64 offset = minutes * MinuteMs;
        if (series.rule.isEmpty()) {
            const qint64 at = series.start - offset;
            if (at > lower && at <= upper && (!best || at > best->at))
                best = Alarm{at, series.start, false};
            continue;
        }
        Series starts = series;
        starts.duration = 0; // occurrences() by start alone
        const QList<qint64> found = Recurrence::occurrences(starts, lower + offset + 1, upper + offset + 1);
        if (!found.isEmpty() && (!best || found.last() - offset > best->at))
            best = Alarm{found.last() - offset, found.last(), false};
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
        const qint64 offset = m * MinuteMs;
        std::optional<qint64> occurrence;
        if (series.rule.isEmpty()) {
            if (series.start - offset > ack)
                occurrence = series.start;
        } else {
            occurrence = Recurrence::next(series, ack + offset);
        }
        if (occurrence && (!best || *occurrence - offset < best->at))
            best = Alarm{*occurrence - offset, *occurrence, false};
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
