// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The calendar as the views read it (single activities, tasks, series expanded, attendances, free/busy),
// changes to one occurrence, the following ones or all of them, and reminders rung, dismissed and snoozed,
// all through the real write path on a real SQLite file.
#include "TestSupport.h"
#include "domain/Alarms.h"
#include "storage/ActivitySeries.h"
#include "storage/Calendar.h"

#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone Berlin("Europe/Berlin");
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

qint64 at(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Berlin).toMSecsSinceEpoch();
}

QString local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Berlin).toString(QStringLiteral("yyyy-MM-dd hh:mm"));
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_t.reset(); }

    void people_whoKeepACalendar();
    void nextFreeSlot_skipsBusyHoursNightsAndWeekends();
    void occurrences_singlesTasksAndSeries_inOneWeek();
    void occurrences_attendee_seesMeetingsOfOthers();
    void occurrences_longMeetingStartedBefore_isIncluded();
    void busy_mergesOverlapsAndSkipsDeclined();
    void editThis_makesAChangedOccurrence();
    void editThis_ofAChangedOccurrence_updatesIt();
    void editFollowing_splitsTheSeries();
    void editAll_movesEveryOccurrence();
    void removeThis_skipsTheOccurrence();
    void removeFollowing_endsTheSeries();
    void removeAll_removesSeriesAndChangedOccurrences();
    void reminders_ringDismissAndSnooze();
    void reminders_dismissedOnOneOccurrence_nextOneStillRings();
    void reminders_allDay_ringOnTheDayOrTheDayBefore_atATime();
    void reminders_allDay_keepTheirTimeOfDay_whenTheClocksChange();

private:
    QString meeting(const QString& subject, qint64 start, qint64 minutes, const QString& rule = {},
                    const QString& owner = {});
    QList<Occurrence> week(qint64 from, const QStringList& users = {});
    QStringList titles(const QList<Occurrence>& list);
    /// An all-day meeting in Berlin from `first` to the midnight `end` (dates as at()), with its reminders.
    static Record allDay(const QString& subject, qint64 first, qint64 end, const QString& alarms,
                         const QString& rule = {});
    Status apply(const Result<QList<Mutation>>& mutations);

    std::unique_ptr<TempDatabase> m_t;
    QString m_me, m_bob;
};

void TestCalendar::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_me = m_t->store->currentUserId();
    Record bob(EntityType::User);
    bob.set(u"username", QStringLiteral("bob"))
        .set(u"display_name", QStringLiteral("Bob Becker"))
        .set(u"role", QStringLiteral("rep"));
    auto id = m_t->store->create(bob);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
    m_bob = *id;
}

QString TestCalendar::meeting(const QString& subject, qint64 start, qint64 minutes, const QString& rule,
                              const QString& owner)
{
    Record r(EntityType::Activity);
    r.set(u"type", QStringLiteral("meeting"))
        .set(u"subject", subject)
        .set(u"start_at", start)
        .set(u"end_at", start + minutes * MinuteMs)
        .set(u"time_zone", QStringLiteral("Europe/Berlin"));
    if (!rule.isEmpty())
        r.set(u"rrule", rule);
    if (!owner.isEmpty())
        r.set(u"owner_id", owner);
    auto id = m_t->store->create(r);
    if (!id)
        qWarning() << id.error().fullText();
    return id ? *id : QString();
}

QList<Occurrence> TestCalendar::week(qint64 from, const QStringList& users)
{
    Calendar::Query q;
    q.users = users.isEmpty() ? QStringList{m_me} : users;
    q.from = from;
    q.to = from + 7 * DayMs;
    auto found = Calendar::occurrences(*m_t->db, q);
    if (!found) {
        qWarning() << found.error().fullText();
        return {};
    }
    return *found;
}

Record TestCalendar::allDay(const QString& subject, qint64 first, qint64 end, const QString& alarms,
                            const QString& rule)
{
    Record r(EntityType::Activity);
    r.set(u"type", QStringLiteral("meeting"))
        .set(u"subject", subject)
        .set(u"all_day", true)
        .set(u"time_zone", QStringLiteral("Europe/Berlin"))
        .set(u"start_at", first)
        .set(u"end_at", end)
        .set(u"alarms", alarms);
    if (!rule.isEmpty())
        r.set(u"rrule", rule);
    return r;
}

QStringList TestCalendar::titles(const QList<Occurrence>& list)
{
    QStringList out;
    for (const Occurrence& o : list)
        out << local(o.start) + QLatin1Char(' ') + o.subject;
    return out;
}

Status TestCalendar::apply(const Result<QList<Mutation>>& mutations)
{
    if (!mutations)
        return mutations.error();
    auto applied = m_t->store->apply(*mutations);
    if (!applied)
        return applied.error();
    return {};
}

void TestCalendar::people_whoKeepACalendar()
{
    // An administrator's account is nobody's calendar until it has entries of its own (or is the one asking).
    Record admin(EntityType::User);
    admin.set(u"username", QStringLiteral("admin"))
        .set(u"display_name", QStringLiteral("Rapport Administrator"))
        .set(u"role", QStringLiteral("admin"));
    auto adminId = m_t->store->create(admin);
    QVERIFY(adminId);
    const auto names = [&](const QString& me) {
        QStringList out;
        const auto people = Calendar::people(*m_t->db, me);
        for (const CalendarPerson& p : *people)
            out << p.name;
        return out;
    };
    QVERIFY(names(m_me).contains(QStringLiteral("Bob Becker")));
    QVERIFY(!names(m_me).contains(QStringLiteral("Rapport Administrator")));
    QVERIFY(names(*adminId).contains(QStringLiteral("Rapport Administrator")));
    QVERIFY(!meeting(QStringLiteral("Server upgrade"), 1'800'000'000'000, 60, {}, *adminId).isEmpty());
    QVERIFY(names(m_me).contains(QStringLiteral("Rapport Administrator")));
}

void TestCalendar::nextFreeSlot_skipsBusyHoursNightsAndWeekends()
{
    const QTimeZone berlin("Europe/Berlin");
    const auto at = [&](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), berlin).toMSecsSinceEpoch();
    };
    QVERIFY(!meeting(QStringLiteral("Pipeline review"), at(2, 10, 0), 60).isEmpty()); // Wednesday 10:00–11:00
    const auto next = [&](qint64 after, int minutes) {
        return Calendar::nextFreeSlot(*m_t->db, m_me, after, minutes, berlin);
    };
    QCOMPARE(next(at(2, 9, 30), 60), at(2, 11, 0));  // 10:00 is taken
    QCOMPARE(next(at(2, 8, 55), 120), at(2, 11, 0)); // two hours from 9:00 would run into it
    QCOMPARE(next(at(2, 8, 55), 60), at(2, 9, 0));   // one hour ends as it begins
    QCOMPARE(next(at(2, 16, 20), 60), at(2, 17, 0)); // ends as the day does
    QCOMPARE(next(at(2, 17, 30), 60), at(3, 8, 0));  // the next morning
    QCOMPARE(next(at(4, 17, 10), 60), at(7, 8, 0));  // Friday evening: Monday
    QCOMPARE(next(at(5, 11, 0), 60), at(7, 8, 0));   // Saturday: Monday
    // Someone else's meeting is no matter.
    QCOMPARE(Calendar::nextFreeSlot(*m_t->db, m_bob, at(2, 9, 30), 60, berlin), at(2, 10, 0));
}

void TestCalendar::occurrences_singlesTasksAndSeries_inOneWeek()
{
    QVERIFY(!meeting(QStringLiteral("Demo at Müller"), at(2026, 12, 8, 14), 60).isEmpty());
    QVERIFY(!meeting(QStringLiteral("Last week"), at(2026, 12, 1, 14), 60).isEmpty());
    QVERIFY(!meeting(QStringLiteral("Stand-up"), at(2026, 11, 2, 9), 15, QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH"))
                 .isEmpty());
    Record task(EntityType::Activity);
    task.set(u"type", QStringLiteral("task"))
        .set(u"subject", QStringLiteral("Send the quote"))
        .set(u"due_at", at(2026, 12, 9, 17));
    QVERIFY(m_t->store->create(task));

    const QList<Occurrence> found = week(at(2026, 12, 7, 0));
    QCOMPARE(titles(found), (QStringList{u"2026-12-07 09:00 Stand-up"_s, u"2026-12-08 14:00 Demo at Müller"_s,
                                         u"2026-12-09 17:00 Send the quote"_s, u"2026-12-10 09:00 Stand-up"_s}));
    QVERIFY(found[0].repeats && found[0].seriesId == found[0].id && found[0].recurrenceId == found[0].start);
    QCOMPARE(found[0].end - found[0].start, 15 * MinuteMs);
    QVERIFY(found[2].isTask && !found[1].repeats);
    QCOMPARE(found[1].calendar, m_me);

    // The series' end is derived and indexed: a series that ended no longer comes up.
    QVERIFY(
        !meeting(QStringLiteral("Old series"), at(2026, 1, 5, 11), 30, QStringLiteral("FREQ=DAILY;COUNT=3")).isEmpty());
    QCOMPARE(week(at(2026, 12, 7, 0)).size(), 4);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT recurs_until FROM activities WHERE subject = 'Old series'"))
                 .toLongLong(),
             at(2026, 1, 7, 11, 30));
    QCOMPARE(
        scalar(*m_t->db, QStringLiteral("SELECT recurs_until FROM activities WHERE subject = 'Stand-up'")).toLongLong(),
        MaxTimestamp);
}

void TestCalendar::occurrences_attendee_seesMeetingsOfOthers()
{
    const QString id = meeting(QStringLiteral("Bob's pitch"), at(2026, 12, 8, 10), 60, {}, m_bob);
    QVERIFY(!id.isEmpty());
    Record invite(EntityType::ActivityAttendee);
    invite.set(u"activity_id", id).set(u"user_id", m_me).set(u"response", QStringLiteral("tentative"));
    QVERIFY(m_t->store->create(invite));

    QList<Occurrence> mine = week(at(2026, 12, 7, 0));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine[0].ownerId, m_bob);
    QCOMPARE(mine[0].calendar, m_me);
    QCOMPARE(mine[0].response, QStringLiteral("tentative"));
    // Side by side: the meeting is on both calendars.
    const QList<Occurrence> both = week(at(2026, 12, 7, 0), {m_me, m_bob});
    QCOMPARE(both.size(), 2);
    QSet<QString> calendars{both[0].calendar, both[1].calendar};
    QCOMPARE(calendars, (QSet<QString>{m_me, m_bob}));
}

void TestCalendar::occurrences_longMeetingStartedBefore_isIncluded()
{
    QVERIFY(!meeting(QStringLiteral("Trade fair"), at(2026, 12, 3, 8), 6 * 24 * 60).isEmpty());
    QCOMPARE(titles(week(at(2026, 12, 7, 0))), QStringList{u"2026-12-03 08:00 Trade fair"_s});
}

void TestCalendar::busy_mergesOverlapsAndSkipsDeclined()
{
    QVERIFY(!meeting(QStringLiteral("A"), at(2026, 12, 8, 9), 60, {}, m_bob).isEmpty());
    QVERIFY(!meeting(QStringLiteral("B"), at(2026, 12, 8, 9, 30), 60, {}, m_bob).isEmpty());
    QVERIFY(!meeting(QStringLiteral("C"), at(2026, 12, 8, 14), 30, {}, m_bob).isEmpty());
    const QString declined = meeting(QStringLiteral("D"), at(2026, 12, 8, 16), 30, {}, m_me);
    Record no(EntityType::ActivityAttendee);
    no.set(u"activity_id", declined).set(u"user_id", m_bob).set(u"response", QStringLiteral("declined"));
    QVERIFY(m_t->store->create(no));

    auto busy = Calendar::busy(*m_t->db, {m_bob}, at(2026, 12, 8, 0), at(2026, 12, 9, 0));
    QVERIFY(busy);
    const QList<BusySpan> spans = busy->value(m_bob);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(local(spans[0].start), QStringLiteral("2026-12-08 09:00"));
    QCOMPARE(local(spans[0].end), QStringLiteral("2026-12-08 10:30"));
    QCOMPARE(local(spans[1].start), QStringLiteral("2026-12-08 14:00"));
}

void TestCalendar::editThis_makesAChangedOccurrence()
{
    const QString series = meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY"));
    Record invite(EntityType::ActivityAttendee);
    invite.set(u"activity_id", series).set(u"user_id", m_bob).set(u"response", QStringLiteral("accepted"));
    QVERIFY(m_t->store->create(invite));
    const QList<Occurrence> before = week(at(2026, 12, 7, 0));
    QCOMPARE(before.size(), 7);

    Record moved(EntityType::Activity);
    moved.set(u"start_at", at(2026, 12, 9, 11)).set(u"end_at", at(2026, 12, 9, 11, 30));
    moved.set(u"subject", QStringLiteral("Stand-up (moved)"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, before[2], moved, ActivitySeries::Scope::This)));

    const QList<Occurrence> after = week(at(2026, 12, 7, 0));
    QCOMPARE(after.size(), 7);
    QCOMPARE(titles(after)[2], QStringLiteral("2026-12-09 11:00 Stand-up (moved)"));
    QCOMPARE(after[2].seriesId, series);
    QVERIFY(after[2].id != series);
    QCOMPARE(after[2].recurrenceId, at(2026, 12, 9, 9));
    QCOMPARE(titles(after)[3], QStringLiteral("2026-12-10 09:00 Stand-up"));
    // The attendee was invited to the changed occurrence too.
    QCOMPARE(
        scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM activity_attendees WHERE activity_id = ?"), {after[2].id})
            .toInt(),
        1);
    QCOMPARE(week(at(2026, 12, 7, 0), {m_bob}).size(), 7);
}

void TestCalendar::editThis_ofAChangedOccurrence_updatesIt()
{
    meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY;COUNT=5"));
    Record moved(EntityType::Activity);
    moved.set(u"location", QStringLiteral("Room 1"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, week(at(2026, 12, 7, 0))[1], moved, ActivitySeries::Scope::This)));
    Occurrence changed = week(at(2026, 12, 7, 0))[1];
    Record again(EntityType::Activity);
    again.set(u"location", QStringLiteral("Room 2"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, changed, again, ActivitySeries::Scope::This)));
    const QList<Occurrence> after = week(at(2026, 12, 7, 0));
    QCOMPARE(after.size(), 5);
    QCOMPARE(after[1].location, QStringLiteral("Room 2"));
    QCOMPARE(after[1].id, changed.id);
}

void TestCalendar::editFollowing_splitsTheSeries()
{
    const QString series =
        meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY;COUNT=10"));
    QList<Occurrence> before = week(at(2026, 12, 7, 0));
    // An occurrence later on was changed on its own; it goes with the new series.
    Record own(EntityType::Activity);
    own.set(u"location", QStringLiteral("Room 1"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, before[5], own, ActivitySeries::Scope::This)));
    before = week(at(2026, 12, 7, 0));

    Record later(EntityType::Activity);
    later.set(u"start_at", at(2026, 12, 10, 10)).set(u"end_at", at(2026, 12, 10, 10, 30));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, before[3], later, ActivitySeries::Scope::Following)));

    Calendar::Query q;
    q.users = {m_me};
    q.from = at(2026, 12, 1, 0);
    q.to = at(2027, 1, 1, 0);
    const QList<Occurrence> after = *Calendar::occurrences(*m_t->db, q);
    QCOMPARE(titles(after), (QStringList{u"2026-12-07 09:00 Stand-up"_s, u"2026-12-08 09:00 Stand-up"_s,
                                         u"2026-12-09 09:00 Stand-up"_s, u"2026-12-10 10:00 Stand-up"_s,
                                         u"2026-12-11 10:00 Stand-up"_s, u"2026-12-12 09:00 Stand-up"_s,
                                         u"2026-12-13 10:00 Stand-up"_s, u"2026-12-14 10:00 Stand-up"_s,
                                         u"2026-12-15 10:00 Stand-up"_s, u"2026-12-16 10:00 Stand-up"_s}));
    QCOMPARE(after[0].seriesId, series);
    QVERIFY(after[3].seriesId != series);
    QCOMPARE(after[4].end - after[4].start, 30 * MinuteMs);
    QCOMPARE(after[5].location, QStringLiteral("Room 1"));
    QCOMPARE(after[5].seriesId, after[3].seriesId);
}

void TestCalendar::editAll_movesEveryOccurrence()
{
    meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY;COUNT=4"));
    const QList<Occurrence> before = week(at(2026, 12, 7, 0));
    QVERIFY(apply(ActivitySeries::remove(*m_t->store, before[1], ActivitySeries::Scope::This)));
    Record later(EntityType::Activity);
    later.set(u"start_at", at(2026, 12, 9, 9, 30)).set(u"end_at", at(2026, 12, 9, 10, 30));
    later.set(u"subject", QStringLiteral("Daily"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, before[2], later, ActivitySeries::Scope::All)));
    // Every occurrence half an hour later and an hour long; the one skipped stays skipped.
    QCOMPARE(titles(week(at(2026, 12, 7, 0))),
             (QStringList{u"2026-12-07 09:30 Daily"_s, u"2026-12-09 09:30 Daily"_s, u"2026-12-10 09:30 Daily"_s}));
    QCOMPARE(week(at(2026, 12, 7, 0))[0].end - week(at(2026, 12, 7, 0))[0].start, HourMs);
}

void TestCalendar::removeThis_skipsTheOccurrence()
{
    meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY;COUNT=3"));
    QVERIFY(apply(ActivitySeries::remove(*m_t->store, week(at(2026, 12, 7, 0))[1], ActivitySeries::Scope::This)));
    QCOMPARE(titles(week(at(2026, 12, 7, 0))),
             (QStringList{u"2026-12-07 09:00 Stand-up"_s, u"2026-12-09 09:00 Stand-up"_s}));
}

void TestCalendar::removeFollowing_endsTheSeries()
{
    meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY"));
    Record own(EntityType::Activity);
    own.set(u"location", QStringLiteral("Room 1"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, week(at(2026, 12, 7, 0))[4], own, ActivitySeries::Scope::This)));
    QVERIFY(apply(ActivitySeries::remove(*m_t->store, week(at(2026, 12, 7, 0))[2], ActivitySeries::Scope::Following)));
    QCOMPARE(titles(week(at(2026, 12, 7, 0))),
             (QStringList{u"2026-12-07 09:00 Stand-up"_s, u"2026-12-08 09:00 Stand-up"_s}));
    QVERIFY(
        scalar(*m_t->db, QStringLiteral("SELECT recurs_until FROM activities WHERE rrule IS NOT NULL")).toLongLong() <
        at(2026, 12, 9, 0));
}

void TestCalendar::removeAll_removesSeriesAndChangedOccurrences()
{
    meeting(QStringLiteral("Stand-up"), at(2026, 12, 7, 9), 15, QStringLiteral("FREQ=DAILY"));
    Record own(EntityType::Activity);
    own.set(u"location", QStringLiteral("Room 1"));
    QVERIFY(apply(ActivitySeries::edit(*m_t->store, week(at(2026, 12, 7, 0))[4], own, ActivitySeries::Scope::This)));
    QVERIFY(apply(ActivitySeries::remove(*m_t->store, week(at(2026, 12, 7, 0))[4], ActivitySeries::Scope::All)));
    QVERIFY(week(at(2026, 12, 7, 0)).isEmpty());
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM activities WHERE deleted = 0")).toInt(), 0);
}

void TestCalendar::reminders_ringDismissAndSnooze()
{
    const qint64 start = at(2026, 12, 8, 10);
    Record r(EntityType::Activity);
    r.set(u"type", QStringLiteral("call"))
        .set(u"subject", QStringLiteral("Call Anna"))
        .set(u"start_at", start)
        .set(u"alarms", QStringLiteral("[15]"));
    const QString id = *m_t->store->create(r);
    QCOMPARE(*Calendar::nextReminder(*m_t->db, m_me, start - HourMs), start - 15 * MinuteMs);
    QVERIFY(Calendar::dueReminders(*m_t->db, m_me, start - 16 * MinuteMs)->isEmpty());
    QList<DueReminder> due = *Calendar::dueReminders(*m_t->db, m_me, start - 14 * MinuteMs);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].occurrence.id, id);
    QCOMPARE(due[0].alarm.at, start - 15 * MinuteMs);

    // Snoozed for five minutes: gone, then back.
    const qint64 now = start - 14 * MinuteMs;
    QVERIFY(m_t->store->update(Alarms::snoozed(*m_t->store->fetch(EntityType::Activity, id), now, now + 5 * MinuteMs)));
    QVERIFY(Calendar::dueReminders(*m_t->db, m_me, now + MinuteMs)->isEmpty());
    QCOMPARE(*Calendar::nextReminder(*m_t->db, m_me, now), now + 5 * MinuteMs);
    due = *Calendar::dueReminders(*m_t->db, m_me, now + 6 * MinuteMs);
    QCOMPARE(due.size(), 1);
    QVERIFY(due[0].alarm.snoozed);

    // Dismissed: never again, and the dismissal is an ordinary synced edit.
    QVERIFY(m_t->store->update(Alarms::dismissed(*m_t->store->fetch(EntityType::Activity, id), now + 6 * MinuteMs)));
    QVERIFY(Calendar::dueReminders(*m_t->db, m_me, start + DayMs)->isEmpty());
    QCOMPARE(*Calendar::nextReminder(*m_t->db, m_me, now), 0);
    QVERIFY(scalar(*m_t->db,
                   QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND payload LIKE "
                                  "'%alarm_acked_at%'"),
                   {id})
                .toInt() >= 1);
}

void TestCalendar::reminders_dismissedOnOneOccurrence_nextOneStillRings()
{
    const QString id = meeting(QStringLiteral("Weekly review"), at(2026, 12, 7, 10), 60, QStringLiteral("FREQ=WEEKLY"));
    QVERIFY(m_t->store->update(Record(EntityType::Activity, id).set(u"alarms", QStringLiteral("[10]"))));
    QList<DueReminder> due = *Calendar::dueReminders(*m_t->db, m_me, at(2026, 12, 7, 9, 55));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].occurrence.recurrenceId, at(2026, 12, 7, 10));
    QCOMPARE(due[0].occurrence.seriesId, id);
    QVERIFY(
        m_t->store->update(Alarms::dismissed(*m_t->store->fetch(EntityType::Activity, id), at(2026, 12, 7, 9, 55))));
    QVERIFY(Calendar::dueReminders(*m_t->db, m_me, at(2026, 12, 14, 9, 49))->isEmpty());
    due = *Calendar::dueReminders(*m_t->db, m_me, at(2026, 12, 14, 9, 51));
    QCOMPARE(due.size(), 1);
    QCOMPARE(local(due[0].occurrence.start), QStringLiteral("2026-12-14 10:00"));
}

void TestCalendar::reminders_allDay_ringOnTheDayOrTheDayBefore_atATime()
{
    // A trade fair on two days, every year: on the day at 9:00, and the evening before at 17:00.
    const auto id = m_t->store->create(allDay(QStringLiteral("Trade fair"), at(2026, 12, 9, 0), at(2026, 12, 11, 0),
                                              QStringLiteral("[-540,420]"), QStringLiteral("FREQ=YEARLY")));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
    QCOMPARE(local(*Calendar::nextReminder(*m_t->db, m_me, at(2026, 12, 1, 0))), QStringLiteral("2026-12-08 17:00"));
    QList<DueReminder> due = *Calendar::dueReminders(*m_t->db, m_me, at(2026, 12, 9, 9, 1));
    QCOMPARE(due.size(), 1);
    QCOMPARE(local(due[0].alarm.at), QStringLiteral("2026-12-09 09:00"));
    QCOMPARE(due[0].alarm.occurrence, at(2026, 12, 9, 0));
    QVERIFY(
        m_t->store->update(Alarms::dismissed(*m_t->store->fetch(EntityType::Activity, *id), at(2026, 12, 9, 9, 1))));
    // Next year's: the evening before, then on the day.
    QCOMPARE(local(*Calendar::nextReminder(*m_t->db, m_me, at(2026, 12, 9, 9, 1))), QStringLiteral("2027-12-08 17:00"));
    due = *Calendar::dueReminders(*m_t->db, m_me, at(2027, 12, 9, 10));
    QCOMPARE(due.size(), 1);
    QCOMPARE(local(due[0].alarm.at), QStringLiteral("2027-12-09 09:00"));

    // A timed entry's reminder cannot ring after its start; nothing is written.
    Record timed(EntityType::Activity);
    timed.set(u"type", QStringLiteral("call"))
        .set(u"subject", QStringLiteral("Call after the fact"))
        .set(u"start_at", at(2026, 12, 9, 10))
        .set(u"alarms", QStringLiteral("[-30]"));
    const auto refused = m_t->store->create(timed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().fullText().contains(QStringLiteral("only for an all-day entry")),
             qPrintable(refused.error().fullText()));
    // Nor a day after the day's start.
    QVERIFY(!m_t->store->update(Record(EntityType::Activity, *id).set(u"alarms", QStringLiteral("[-1440]"))));
    QCOMPARE(m_t->store->fetch(EntityType::Activity, *id)->text(u"alarms"), QStringLiteral("[-540,420]"));
}

void TestCalendar::reminders_allDay_keepTheirTimeOfDay_whenTheClocksChange()
{
    // A day off every Sunday in Berlin, reminded on the day at 9:00 and two days before at 9:00. On
    // 28 March 2027 the clocks go forward at 2:00: 9:00 is eight hours after that midnight, not nine.
    const auto id = m_t->store->create(allDay(QStringLiteral("Day off"), at(2027, 3, 21, 0), at(2027, 3, 22, 0),
                                              QStringLiteral("[-540,2340]"), QStringLiteral("FREQ=WEEKLY;COUNT=3")));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));

    const auto dismiss = [&](qint64 now) {
        QVERIFY(m_t->store->update(Alarms::dismissed(*m_t->store->fetch(EntityType::Activity, *id), now)));
    };
    // Friday before the change (winter time) and Sunday of it (summer time): both at 9:00.
    dismiss(at(2027, 3, 25, 12));
    QCOMPARE(local(*Calendar::nextReminder(*m_t->db, m_me, at(2027, 3, 25, 12))), QStringLiteral("2027-03-26 09:00"));
    dismiss(at(2027, 3, 26, 9, 1));
    QCOMPARE(local(*Calendar::nextReminder(*m_t->db, m_me, at(2027, 3, 26, 9, 1))), QStringLiteral("2027-03-28 09:00"));
    // Not yet at 8:59 (it rang at 10:00 before: midnight plus nine hours); at 9:30 it has.
    QVERIFY(Calendar::dueReminders(*m_t->db, m_me, at(2027, 3, 28, 8, 59))->isEmpty());
    const QList<DueReminder> due = *Calendar::dueReminders(*m_t->db, m_me, at(2027, 3, 28, 9, 30));
    QCOMPARE(due.size(), 1);
    QCOMPARE(local(due[0].alarm.at), QStringLiteral("2027-03-28 09:00"));
    QCOMPARE(due[0].alarm.occurrence, at(2027, 3, 28, 0));

    // The same in autumn, when the clocks go back (31 October 2027), for an entry without a rule.
    QVERIFY(m_t->store->create(
        allDay(QStringLiteral("Inventory"), at(2027, 11, 1, 0), at(2027, 11, 2, 0), QStringLiteral("[2340]"))));
    QCOMPARE(local(*Calendar::nextReminder(*m_t->db, m_me, at(2027, 10, 1, 0))), QStringLiteral("2027-10-30 09:00"));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "TestCalendar.moc"
