// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <optional>

namespace rapport {

/// When a service desk works: opening hours per weekday on the wall clock of one IANA time zone, and holidays.
/// SLA clocks run only inside these hours: a ticket opened on Friday at 17:30 with four working hours to a
/// first response is due on Monday at 13:00, and 09:00 stays 09:00 across a change of daylight saving time.
/// Times in and out are UTC epoch milliseconds.
class BusinessHours
{
public:
    /// Opening hours of one weekday as minutes after local midnight, [from, to); from == to: closed.
    struct Day
    {
        int from = 0;
        int to = 0;
    };
    /// A span of time (UTC ms) the clock does not run, e.g. while a ticket waits on the customer.
    struct Pause
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    /// Monday to Friday, 09:00–17:00, in `zone`, without holidays.
    static BusinessHours officeHours(const QTimeZone& zone);
    /// Every minute of every day (a 24/7 desk).
    static BusinessHours always(const QTimeZone& zone);

    /// {"zone": "Europe/Berlin", "days": {"1": ["09:00", "17:00"], …, "7": null}, "holidays": ["2026-12-25"]};
    /// nullopt (and `error` set) when it does not describe business hours.
    static std::optional<BusinessHours> fromJson(const QJsonObject& json, QString* error = nullptr);
    QJsonObject toJson() const;

    void setDay(int weekday, Day hours); ///< 1 = Monday … 7 = Sunday
    void addHoliday(const QDate& day);
    const QTimeZone& zone() const { return m_zone; }

    /// The instant `minutes` working minutes after `start`, not counting `pauses` (in any order, may overlap).
    /// Starting outside the hours counts from the next opening.
    qint64 addWorkingMinutes(qint64 start, qint64 minutes, const QList<Pause>& pauses = {}) const;
    /// Working minutes from `from` to `to` (0 if to <= from), not counting `pauses`.
    qint64 workingMinutesBetween(qint64 from, qint64 to, const QList<Pause>& pauses = {}) const;
    /// Whether the desk is open at `at`.
    bool isOpen(qint64 at) const;

private:
    /// The open spans (UTC ms) of the local day `day`, at most one; empty when closed.
    std::optional<Pause> openOn(const QDate& day) const;
    /// Open spans from `from` on, in order, with `pauses` cut out, handed to `visit` until it returns false.
    template<typename Visit>
    void walk(qint64 from, const QList<Pause>& pauses, Visit visit) const;

    QTimeZone m_zone;
    std::array<Day, 7> m_days{};
    QSet<QDate> m_holidays;
    /// The open span of each day asked for, remembered: placing a day's hours in the zone is most of the cost
    /// of a walk, and checking many tickets walks the same days again and again. Each copy has its own.
    mutable QHash<QDate, std::optional<Pause>> m_openCache;
};

} // namespace rapport
