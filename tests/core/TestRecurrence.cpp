// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Repeating activities: the examples of RFC 5545 section 3.8.5.3, daylight-saving changes, the 31st of
// short months, exclusions, splitting a series, and the reminders that ring for them.
#include "Translations.h"
#include "domain/Alarms.h"
#include "domain/Recurrence.h"

#include <QTest>

using namespace rapport;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone NewYork("America/New_York");
const QTimeZone Berlin("Europe/Berlin");
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

qint64 at(const QTimeZone& zone, int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

Series series(const QString& rule, qint64 start, const QTimeZone& zone = NewYork, qint64 duration = HourMs)
{
    Series s;
    s.rule = rule;
    s.start = start;
    s.zone = zone;
    s.duration = duration;
    return s;
}

/// The occurrences as local "yyyy-MM-dd hh:mm" in the series' zone, to compare with the RFC's lists.
QStringList local(const QList<qint64>& starts, const QTimeZone& zone)
{
    QStringList out;
    for (qint64 s : starts)
        out << QDateTime::fromMSecsSinceEpoch(s, zone).toString(QStringLiteral("yyyy-MM-dd hh:mm"));
    return out;
}

QList<qint64> all(const Series& s)
{
    return Recurrence::occurrences(s, std::numeric_limits<qint64>::min() / 4, MaxTimestamp);
}

Record activity(qint64 start, const QString& rule = {}, const QString& alarms = QStringLiteral("[15]"))
{
    Record r(EntityType::Activity, QStringLiteral("0190a5d2-0000-7000-8000-000000000001"));
    r.set(u"type", QStringLiteral("meeting"))
        .set(u"subject", QStringLiteral("Weekly pipeline review"))
        .set(u"start_at", start)
        .set(u"end_at", start + HourMs)
        .set(u"time_zone", QStringLiteral("Europe/Berlin"))
        .set(u"alarms", alarms);
    if (!rule.isEmpty())
        r.set(u"rrule", rule);
    return r;
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void rfc5545Examples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("take"); // the first N of an endless rule

        QTest::newRow("daily, 10 times") << u"FREQ=DAILY;COUNT=10"_s << at(NewYork, 1997, 9, 2)
                                         << QStringList{u"1997-09-02 09:00"_s, u"1997-09-03 09:00"_s,
                                                        u"1997-09-04 09:00"_s, u"1997-09-05 09:00"_s,
                                                        u"1997-09-06 09:00"_s, u"1997-09-07 09:00"_s,
                                                        u"1997-09-08 09:00"_s, u"1997-09-09 09:00"_s,
                                                        u"1997-09-10 09:00"_s, u"1997-09-11 09:00"_s}
                                         << 0;
        QTest::newRow("every other day") << u"FREQ=DAILY;INTERVAL=2"_s << at(NewYork, 1997, 9, 2)
                                         << QStringList{u"1997-09-02 09:00"_s, u"1997-09-04 09:00"_s,
                                                        u"1997-09-06 09:00"_s, u"1997-09-08 09:00"_s}
                                         << 4;
        // UNTIL is UTC: 1997-10-07T00:00Z is the evening of the 6th in New York, so the 7th is not included.
        QTest::newRow("weekly on Tuesday and Thursday until")
            << u"FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH"_s << at(NewYork, 1997, 9, 2)
            << QStringList{u"1997-09-02 09:00"_s, u"1997-09-04 09:00"_s, u"1997-09-09 09:00"_s, u"1997-09-11 09:00"_s,
                           u"1997-09-16 09:00"_s, u"1997-09-18 09:00"_s, u"1997-09-23 09:00"_s, u"1997-09-25 09:00"_s,
                           u"1997-09-30 09:00"_s, u"1997-10-02 09:00"_s}
            << 0;
        // Crosses the end of daylight saving (1997-10-26): still 09:00 on the wall clock.
        QTest::newRow("monthly on the first Friday")
            << u"FREQ=MONTHLY;COUNT=10;BYDAY=1FR"_s << at(NewYork, 1997, 9, 5)
            << QStringList{u"1997-09-05 09:00"_s, u"1997-10-03 09:00"_s, u"1997-11-07 09:00"_s, u"1997-12-05 09:00"_s,
                           u"1998-01-02 09:00"_s, u"1998-02-06 09:00"_s, u"1998-03-06 09:00"_s, u"1998-04-03 09:00"_s,
                           u"1998-05-01 09:00"_s, u"1998-06-05 09:00"_s}
            << 0;
        QTest::newRow("monthly on the second-to-last Monday")
            << u"FREQ=MONTHLY;COUNT=6;BYDAY=-2MO"_s << at(NewYork, 1997, 9, 22)
            << QStringList{u"1997-09-22 09:00"_s, u"1997-10-20 09:00"_s, u"1997-11-17 09:00"_s,
                           u"1997-12-22 09:00"_s, u"1998-01-19 09:00"_s, u"1998-02-16 09:00"_s}
            << 0;
        QTest::newRow("last work day of the month")
            << u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s << at(NewYork, 1997, 9, 30)
            << QStringList{u"1997-09-30 09:00"_s, u"1997-10-31 09:00"_s, u"1997-11-28 09:00"_s, u"1997-12-31 09:00"_s,
                           u"1998-01-30 09:00"_s, u"1998-02-27 09:00"_s, u"1998-03-31 09:00"_s}
            << 7;
        QTest::newRow("yearly in June and July")
            << u"FREQ=YEARLY;COUNT=10;BYMONTH=6,7"_s << at(NewYork, 1997, 6, 10)
            << QStringList{u"1997-06-10 09:00"_s, u"1997-07-10 09:00"_s, u"1998-06-10 09:00"_s, u"1998-07-10 09:00"_s,
                           u"1999-06-10 09:00"_s, u"1999-07-10 09:00"_s, u"2000-06-10 09:00"_s, u"2000-07-10 09:00"_s,
                           u"2001-06-10 09:00"_s, u"2001-07-10 09:00"_s}
            << 0;
        // Months without a 31st have no occurrence (RFC 5545: invalid dates are ignored).
        QTest::newRow("monthly on the 31st")
            << u"FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5"_s << at(NewYork, 2026, 1, 31, 10)
            << QStringList{u"2026-01-31 10:00"_s, u"2026-03-31 10:00"_s, u"2026-05-31 10:00"_s, u"2026-07-31 10:00"_s,
                           u"2026-08-31 10:00"_s}
            << 0;
        QTest::newRow("every 2 weeks, Monday and Wednesday")
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=6"_s << at(NewYork, 2026, 12, 7, 14)
            << QStringList{u"2026-12-07 14:00"_s, u"2026-12-09 14:00"_s, u"2026-12-21 14:00"_s,
                           u"2026-12-23 14:00"_s, u"2027-01-04 14:00"_s, u"2027-01-06 14:00"_s}
            << 0;
    }

    void rfc5545Examples()
    {
        QFETCH(QString, rule);
        QFETCH(qint64, start);
        QFETCH(QStringList, expected);
        QFETCH(int, take);
        QVERIFY2(Recurrence::check(rule).isEmpty(), qPrintable(Recurrence::check(rule)));
        const Series s = series(rule, start);
        const QList<qint64> found = take > 0 ? Recurrence::occurrences(s, start, MaxTimestamp, take) : all(s);
        QCOMPARE(local(found, NewYork), expected);
    }

    void occurrences_acrossDaylightSaving_keepWallClockTime()
    {
        // Berlin moves its clocks on 2026-03-29: the Monday meeting stays at 09:00 local, so in UTC it moves.
        const Series s = series(QStringLiteral("FREQ=WEEKLY;BYDAY=MO;COUNT=4"), at(Berlin, 2026, 3, 16), Berlin);
        const QList<qint64> found = all(s);
        QCOMPARE(local(found, Berlin), (QStringList{u"2026-03-16 09:00"_s, u"2026-03-23 09:00"_s, u"2026-03-30 09:00"_s,
                                                    u"2026-04-06 09:00"_s}));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(found[1], QTimeZone::utc()).time(), QTime(8, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(found[2], QTimeZone::utc()).time(), QTime(7, 0));
        // And back in autumn (2026-10-25).
        const Series autumn = series(QStringLiteral("FREQ=DAILY;COUNT=3"), at(Berlin, 2026, 10, 24, 9), Berlin);
        const QList<qint64> days = all(autumn);
        QCOMPARE(local(days, Berlin),
                 (QStringList{u"2026-10-24 09:00"_s, u"2026-10-25 09:00"_s, u"2026-10-26 09:00"_s}));
        QCOMPARE(days[2] - days[1], DayMs);
        QCOMPARE(days[1] - days[0], DayMs + HourMs); // the day the clocks go back is 25 hours long
    }

    void occurrences_inAGap_moveForward()
    {
        // 02:30 does not exist in Berlin on 2026-03-29; that day's occurrence comes an hour later.
        const Series s = series(QStringLiteral("FREQ=DAILY;COUNT=3"), at(Berlin, 2026, 3, 28, 2, 30), Berlin);
        const QStringList found = local(all(s), Berlin);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0], QStringLiteral("2026-03-28 02:30"));
        QCOMPARE(found[1], QStringLiteral("2026-03-29 03:30"));
        QCOMPARE(found[2], QStringLiteral("2026-03-30 02:30"));
    }

    void occurrences_allDay_areDates()
    {
        Series s = series(QStringLiteral("FREQ=YEARLY"), at(Berlin, 2024, 2, 29, 0), Berlin, DayMs);
        s.allDay = true;
        // A birthday on the 29th of February comes every four years.
        QCOMPARE(local(Recurrence::occurrences(s, at(Berlin, 2024, 1, 1, 0), at(Berlin, 2033, 1, 1, 0)), Berlin),
                 (QStringList{u"2024-02-29 00:00"_s, u"2028-02-29 00:00"_s, u"2032-02-29 00:00"_s}));
    }

    void occurrences_window_sameAsFilteringTheWholeSeries_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("daily") << u"FREQ=DAILY"_s;
        QTest::newRow("weekdays") << u"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"_s;
        QTest::newRow("monthly last Friday") << u"FREQ=MONTHLY;BYDAY=-1FR"_s;
        QTest::newRow("counted") << u"FREQ=DAILY;INTERVAL=3;COUNT=200"_s;
        QTest::newRow("until") << u"FREQ=WEEKLY;UNTIL=20271231T235959Z"_s;
    }

    void occurrences_window_sameAsFilteringTheWholeSeries()
    {
        QFETCH(QString, rule);
        const Series s = series(rule, at(Berlin, 2026, 1, 5, 10), Berlin, 90 * MinuteMs);
        const QList<qint64> everything = Recurrence::occurrences(s, s.start, at(Berlin, 2028, 1, 1), 100000);
        for (const auto& [from, to] : {std::pair{at(Berlin, 2026, 6, 1, 0), at(Berlin, 2026, 7, 1, 0)},
                                       std::pair{at(Berlin, 2027, 3, 15, 10, 30), at(Berlin, 2027, 3, 22, 0)}}) {
            QList<qint64> expected;
            for (qint64 o : everything)
                if (o < to && o + s.duration > from)
                    expected << o;
            QCOMPARE(Recurrence::occurrences(s, from, to), expected);
        }
    }

    void shortcut_daysRepeating_sameAsLibicalEverywhere()
    {
        // Daily and weekly rules repeat their first periods instead of letting libical step through every
        // day; across zones, daylight saving, counts, ends, intervals, odd starts and windows anywhere,
        // the result must be libical's to the millisecond.
        const QStringList rules{QStringLiteral("FREQ=DAILY"),
                                QStringLiteral("FREQ=DAILY;INTERVAL=3"),
                                QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"),
                                QStringLiteral("FREQ=DAILY;INTERVAL=2;BYDAY=SA,SU;COUNT=40"),
                                QStringLiteral("FREQ=WEEKLY"),
                                QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE,FR"),
                                QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU"),
                                QStringLiteral("FREQ=WEEKLY;INTERVAL=3;BYDAY=SU;COUNT=25"),
                                QStringLiteral("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270315T235959Z"),
                                QStringLiteral("FREQ=DAILY;UNTIL=20261231"),
                                QStringLiteral("FREQ=WEEKLY;COUNT=3")};
        const QList<QTimeZone> zones{Berlin, NewYork, QTimeZone("Australia/Sydney"), QTimeZone("Asia/Kolkata")};
        int compared = 0;
        for (const QString& rule : rules)
            for (const QTimeZone& zone : zones)
                for (int startDay : {0, 3, 17, 200}) {
                    // Starts on a Wednesday-ish day that BYDAY may not name, at 09:30 or 02:30 (a DST gap).
                    const QDate day = QDate(2026, 1, 7).addDays(startDay);
                    for (int hour : {9, 2}) {
                        const qint64 start = QDateTime(day, QTime(hour, 30), zone).toMSecsSinceEpoch();
                        const Series s = series(rule, start, zone, 45 * MinuteMs);
                        for (int window : {0, 40, 400}) {
                            const qint64 from = start + qint64(window) * DayMs - DayMs;
                            const qint64 to = from + 120 * DayMs;
                            Recurrence::setShortcut(false);
                            const QList<qint64> libical = Recurrence::occurrences(s, from, to);
                            const auto libicalNext = Recurrence::next(s, from);
                            const auto libicalEnd = Recurrence::lastEnd(s);
                            Recurrence::setShortcut(true);
                            QCOMPARE(Recurrence::occurrences(s, from, to), libical);
                            QCOMPARE(Recurrence::next(s, from), libicalNext);
                            const QByteArray what = QStringLiteral("%1 from %2 in %3")
                                                        .arg(rule, QDateTime::fromMSecsSinceEpoch(start, zone).toString(Qt::ISODate),
                                                             QString::fromUtf8(zone.id()))
                                                        .toUtf8();
                            const QByteArray diff = what + " lastEnd " +
                                                    QByteArray::number(Recurrence::lastEnd(s).value_or(-1) -
                                                                       libicalEnd.value_or(-1));
                            QVERIFY2(Recurrence::lastEnd(s) == libicalEnd, diff.constData());
                            ++compared;
                        }
                    }
                }
        QCOMPARE(compared, 11 * 4 * 4 * 2 * 3);
    }

    void occurrences_excluded_areSkipped()
    {
        Series s = series(QStringLiteral("FREQ=DAILY;COUNT=5"), at(Berlin, 2026, 12, 7), Berlin);
        s.excluded = {at(Berlin, 2026, 12, 9)};
        QCOMPARE(local(all(s), Berlin), (QStringList{u"2026-12-07 09:00"_s, u"2026-12-08 09:00"_s,
                                                     u"2026-12-10 09:00"_s, u"2026-12-11 09:00"_s}));
        QCOMPARE(Recurrence::next(s, at(Berlin, 2026, 12, 8)), std::optional<qint64>(at(Berlin, 2026, 12, 10)));
    }

    void occurrences_impossibleRule_endsWithoutAny()
    {
        const Series s = series(QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), at(Berlin, 2026, 1, 1), Berlin);
        QVERIFY(Recurrence::occurrences(s, s.start, at(Berlin, 2030, 1, 1)).size() <= 1);
        QVERIFY(!Recurrence::next(s, s.start));
    }

    void lastEnd_countedSeries_isTheLastOccurrencesEnd()
    {
        const Series s = series(QStringLiteral("FREQ=DAILY;COUNT=3"), at(Berlin, 2026, 12, 7), Berlin);
        QCOMPARE(Recurrence::lastEnd(s), std::optional<qint64>(at(Berlin, 2026, 12, 9, 10)));
        QVERIFY(!Recurrence::lastEnd(series(QStringLiteral("FREQ=WEEKLY"), at(Berlin, 2026, 12, 7), Berlin)));
    }

    void split_thisAndFollowing_keepsEveryOccurrenceOnce_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("counted") << u"FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12"_s;
        QTest::newRow("until") << u"FREQ=DAILY;UNTIL=20270115T090000Z"_s;
        QTest::newRow("endless") << u"FREQ=MONTHLY;BYMONTHDAY=15"_s;
    }

    void split_thisAndFollowing_keepsEveryOccurrenceOnce()
    {
        QFETCH(QString, rule);
        const Series s = series(rule, at(Berlin, 2026, 12, 14), Berlin);
        const qint64 horizon = at(Berlin, 2027, 12, 31);
        const QList<qint64> before = Recurrence::occurrences(s, s.start, horizon, 1000);
        QVERIFY(before.size() > 6);
        const qint64 cut = before[5];
        Series first = s;
        first.rule = Recurrence::endedBefore(s, cut);
        Series rest = s;
        rest.start = cut;
        rest.rule = Recurrence::continuedFrom(s, cut);
        QVERIFY2(Recurrence::check(first.rule).isEmpty(), qPrintable(first.rule));
        QVERIFY2(Recurrence::check(rest.rule).isEmpty(), qPrintable(rest.rule));
        QCOMPARE(Recurrence::occurrences(first, s.start, horizon, 1000), before.mid(0, 5));
        QCOMPARE(Recurrence::occurrences(rest, s.start, horizon, 1000), before.mid(5));
        QVERIFY(Recurrence::endedBefore(s, s.start).isEmpty());
    }

    void check_refusesWhatIsNotARule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("valid");
        QTest::newRow("weekly") << u"FREQ=WEEKLY;BYDAY=MO"_s << true;
        QTest::newRow("empty") << u""_s << true;
        QTest::newRow("no frequency") << u"BYDAY=MO"_s << false;
        QTest::newRow("nonsense") << u"every monday"_s << false;
        QTest::newRow("hourly") << u"FREQ=HOURLY"_s << false;
        QTest::newRow("zero interval") << u"FREQ=DAILY;INTERVAL=0"_s << false;
    }

    void check_refusesWhatIsNotARule()
    {
        QFETCH(QString, rule);
        QFETCH(bool, valid);
        QCOMPARE(Recurrence::check(rule).isEmpty(), valid);
    }

    void describe_readsLikeASentence()
    {
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10")),
                 QStringLiteral("Every 2 weeks on Monday and Wednesday, 10 times"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=1FR")),
                 QStringLiteral("Monthly on the first Friday"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")),
                 QStringLiteral("Monthly on the last Monday, the last Tuesday, the last Wednesday, the last Thursday "
                                "and the last Friday"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15,-1")),
                 QStringLiteral("Monthly on day 15 and the last day"));
        QCOMPARE(Recurrence::ordinal(2), QStringLiteral("second"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=DAILY")), QStringLiteral("Daily"));
        QVERIFY(
            Recurrence::describe(QStringLiteral("FREQ=YEARLY;UNTIL=20271231T000000Z")).startsWith(u"Yearly, until "));
    }

    void alarms_single_ringOnceUntilDismissed()
    {
        const qint64 start = at(Berlin, 2026, 12, 7, 10);
        Record a = activity(start, {}, QStringLiteral("[15,1440]"));
        QCOMPARE(Alarms::next(a)->at, start - DayMs);
        QVERIFY(!Alarms::due(a, start - DayMs - 1));
        QCOMPARE(Alarms::due(a, start - 20 * MinuteMs)->at, start - DayMs);
        // Dismissed the day before: the 15-minute alarm still comes.
        a.set(u"alarm_acked_at", start - DayMs + 5 * MinuteMs);
        QCOMPARE(Alarms::next(a)->at, start - 15 * MinuteMs);
        QVERIFY(!Alarms::due(a, start - 20 * MinuteMs));
        QCOMPARE(Alarms::due(a, start - 10 * MinuteMs)->occurrence, start);
        a.set(u"alarm_acked_at", start - 14 * MinuteMs);
        QVERIFY(!Alarms::next(a));
        QVERIFY(!Alarms::due(a, start + DayMs));
    }

    void alarms_snoozed_ringAgainOnce()
    {
        const qint64 start = at(Berlin, 2026, 12, 7, 10);
        Record a = activity(start);
        const qint64 now = start - 14 * MinuteMs;
        a.set(u"alarm_acked_at", now).set(u"snoozed_until", now + 5 * MinuteMs);
        QCOMPARE(Alarms::next(a)->at, now + 5 * MinuteMs);
        QVERIFY(Alarms::next(a)->snoozed);
        QVERIFY(!Alarms::due(a, now + 4 * MinuteMs));
        const auto due = Alarms::due(a, now + 6 * MinuteMs);
        QVERIFY(due && due->snoozed);
        QCOMPARE(due->occurrence, start);
        // Dismissed when it rang again: nothing left.
        a.set(u"alarm_acked_at", now + 6 * MinuteMs);
        QVERIFY(!Alarms::next(a));
    }

    void alarms_series_ringForEachOccurrence()
    {
        const qint64 first = at(Berlin, 2026, 12, 7, 10);
        Record a = activity(first, QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
        QCOMPARE(Alarms::next(a)->occurrence, first);
        a.set(u"alarm_acked_at", first - 10 * MinuteMs);
        QCOMPARE(Alarms::next(a)->occurrence, first + 7 * DayMs);
        // Away for three weeks: one reminder (the latest) waits, not three.
        const auto due = Alarms::due(a, first + 21 * DayMs);
        QCOMPARE(due->occurrence, first + 21 * DayMs);
        // A skipped occurrence does not ring.
        a.set(u"exdates", QStringLiteral("[%1]").arg(first + 7 * DayMs));
        QCOMPARE(Alarms::next(a)->occurrence, first + 14 * DayMs);
    }

    void alarms_doneTask_ringsNoMore()
    {
        Record task(EntityType::Activity, QStringLiteral("0190a5d2-0000-7000-8000-000000000002"));
        task.set(u"type", QStringLiteral("task"))
            .set(u"due_at", at(Berlin, 2026, 12, 7, 17))
            .set(u"alarms", QStringLiteral("[60]"));
        QCOMPARE(Alarms::next(task)->at, at(Berlin, 2026, 12, 7, 16));
        task.set(u"done", true);
        QVERIFY(!Alarms::next(task));
        QVERIFY(!Alarms::due(task, at(Berlin, 2026, 12, 8)));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "TestRecurrence.moc"
