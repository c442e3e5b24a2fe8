// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// SLA arithmetic on business hours: nights, weekends, holidays, both changes of daylight saving time, pauses
// (waiting on the customer), a desk that never sleeps, one that never opens, and the JSON form.

#include "domain/BusinessHours.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace rapport;

namespace {

const QTimeZone berlin("Europe/Berlin");

qint64 local(int y, int m, int d, int h, int min = 0, const QTimeZone& zone = berlin)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

QString shown(qint64 ms, const QTimeZone& zone = berlin)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
}

} // namespace

class TestBusinessHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nightsAndWeekends()
    {
        const BusinessHours h = BusinessHours::officeHours(berlin);
        // Friday 17:30, four working hours: Monday 13:00.
        QCOMPARE(shown(h.addWorkingMinutes(local(2026, 11, 27, 17, 30), 240)), shown(local(2026, 11, 30, 13)));
        // Tuesday 16:00, two hours: Wednesday 10:00.
        QCOMPARE(shown(h.addWorkingMinutes(local(2026, 12, 1, 16), 120)), shown(local(2026, 12, 2, 10)));
        // Saturday, an hour: Monday 10:00.
        QCOMPARE(shown(h.addWorkingMinutes(local(2026, 11, 28, 11), 60)), shown(local(2026, 11, 30, 10)));
        // Exactly at closing time, nothing left: that instant.
        QCOMPARE(h.addWorkingMinutes(local(2026, 12, 1, 9), 480), local(2026, 12, 1, 17));
        QCOMPARE(h.workingMinutesBetween(local(2026, 11, 27, 16), local(2026, 11, 30, 10)), 120);
        QVERIFY(h.isOpen(local(2026, 12, 1, 9)));
        QVERIFY(!h.isOpen(local(2026, 12, 1, 17)));
        QVERIFY(!h.isOpen(local(2026, 11, 28, 12)));
    }

    void holidays()
    {
        BusinessHours h = BusinessHours::officeHours(berlin);
        h.addHoliday(QDate(2026, 12, 25));
        // Thursday 24 December 16:00, three hours: Christmas Friday and the weekend skipped, Monday 11:00.
        QCOMPARE(shown(h.addWorkingMinutes(local(2026, 12, 24, 16), 180)), shown(local(2026, 12, 28, 11)));
        QVERIFY(!h.isOpen(local(2026, 12, 25, 10)));
    }

    void daylightSavingTime()
    {
        const BusinessHours h = BusinessHours::officeHours(berlin);
        // Clocks go forward on Sunday 29 March 2026: Friday 16:00 (UTC+1) plus two hours is Monday 10:00 (UTC+2),
        // which is 08:00 UTC.
        const qint64 due = h.addWorkingMinutes(local(2026, 3, 27, 16), 120);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(due, QTimeZone::utc()).time(), QTime(8, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(due, berlin).time(), QTime(10, 0));
        // …and back on Sunday 25 October: Friday 16:00 (UTC+2) plus two hours is Monday 10:00 (UTC+1), 09:00 UTC.
        const qint64 autumn = h.addWorkingMinutes(local(2026, 10, 23, 16), 120);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(autumn, QTimeZone::utc()).time(), QTime(9, 0));
        // A desk open around the clock counts real minutes: Saturday 23:00 summer time plus four hours is
        // 02:00 winter time (the clock went back at 03:00), 01:00 UTC.
        const BusinessHours always = BusinessHours::always(berlin);
        const qint64 night = always.addWorkingMinutes(local(2026, 10, 24, 23), 240);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(night, QTimeZone::utc()),
                 QDateTime(QDate(2026, 10, 25), QTime(1, 0), QTimeZone::utc()));
        // The night of the spring change is an hour short.
        QCOMPARE(always.workingMinutesBetween(local(2026, 3, 28, 12), local(2026, 3, 29, 12)), 23 * 60);
    }

    void pausesStopTheClock()
    {
        const BusinessHours h = BusinessHours::officeHours(berlin);
        // Opened Monday 09:00; waiting on the customer from 10:00 to Tuesday 10:00; eight working hours to
        // resolve: one hour on Monday, seven on Tuesday: due Tuesday 17:00.
        const QList<BusinessHours::Pause> waiting{{local(2026, 11, 30, 10), local(2026, 12, 1, 10)}};
        QCOMPARE(shown(h.addWorkingMinutes(local(2026, 11, 30, 9), 480, waiting)), shown(local(2026, 12, 1, 17)));
        QCOMPARE(h.workingMinutesBetween(local(2026, 11, 30, 9), local(2026, 12, 1, 12), waiting), 60 + 120);
        // Overlapping and unordered pauses count once.
        const QList<BusinessHours::Pause> messy{{local(2026, 11, 30, 11), local(2026, 11, 30, 12)},
                                                {local(2026, 11, 30, 10), local(2026, 11, 30, 11, 30)}};
        QCOMPARE(h.workingMinutesBetween(local(2026, 11, 30, 9), local(2026, 11, 30, 17), messy), 480 - 120);
    }

    void otherZonesAndDays()
    {
        const QTimeZone newYork("America/New_York");
        BusinessHours h = BusinessHours::officeHours(newYork);
        h.setDay(6, {10 * 60, 14 * 60}); // Saturdays 10–14
        // Friday 16:30 New York, two hours: 30 minutes on Friday, 90 on Saturday: Saturday 11:30.
        QCOMPARE(shown(h.addWorkingMinutes(local(2026, 12, 4, 16, 30, newYork), 120), newYork),
                 shown(local(2026, 12, 5, 11, 30, newYork), newYork));
        // Never open: never due.
        BusinessHours closed = BusinessHours::officeHours(berlin);
        for (int d = 1; d <= 7; ++d)
            closed.setDay(d, {});
        QCOMPARE(closed.addWorkingMinutes(local(2026, 12, 1, 9), 60), std::numeric_limits<qint64>::max());
    }

    void json()
    {
        BusinessHours h = BusinessHours::officeHours(berlin);
        h.setDay(6, {9 * 60, 13 * 60});
        h.addHoliday(QDate(2026, 12, 25));
        const QJsonObject o = h.toJson();
        QCOMPARE(o.value(QLatin1String("zone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(o.value(QLatin1String("days")).toObject().value(QLatin1String("6")).toArray().at(1).toString(),
                 QStringLiteral("13:00"));
        QVERIFY(o.value(QLatin1String("days")).toObject().value(QLatin1String("7")).isNull());
        QString error;
        const auto back = BusinessHours::fromJson(o, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), o);
        QCOMPARE(back->addWorkingMinutes(local(2026, 12, 24, 16), 180), h.addWorkingMinutes(local(2026, 12, 24, 16), 180));

        QJsonObject bad = o;
        bad.insert(QStringLiteral("zone"), QStringLiteral("Mars/Olympus"));
        QVERIFY(!BusinessHours::fromJson(bad, &error));
        QVERIFY(error.contains(QStringLiteral("Mars/Olympus")));
        bad = o;
        QJsonObject days = o.value(QLatin1String("days")).toObject();
        days.insert(QStringLiteral("1"), QJsonArray{QStringLiteral("17:00"), QStringLiteral("09:00")});
        bad.insert(QStringLiteral("days"), days);
        QVERIFY(!BusinessHours::fromJson(bad, &error));
        QVERIFY(error.contains(QStringLiteral("Day 1")));
        bad = o;
        bad.insert(QStringLiteral("holidays"), QJsonArray{QStringLiteral("Christmas")});
        QVERIFY(!BusinessHours::fromJson(bad, &error));
    }
};

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "TestBusinessHours.moc"
