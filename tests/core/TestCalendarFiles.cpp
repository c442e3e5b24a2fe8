// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// iCalendar files in and out: fixtures shaped like Google, Outlook and Apple exports, broken files and
// broken entries reported by line, importing the same file twice, and a round trip through Rapport's own
// export into another book.
#include "TestPaths.h"
#include "TestSupport.h"
#include "domain/Recurrence.h"
#include "io/CalendarExport.h"
#include "io/CalendarImport.h"
#include "storage/ActivitySeries.h"
#include "storage/Calendar.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone Berlin("Europe/Berlin");
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

qint64 at(int y, int m, int d, int h = 0, int min = 0, const QTimeZone& zone = Berlin)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(RAPPORT_TEST_DATA_DIR "/ical/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CalendarImport::Options berlinOptions()
{
    CalendarImport::Options o;
    o.defaultZone = QStringLiteral("Europe/Berlin");
    o.now = at(2026, 12, 1, 12);
    return o;
}
} // namespace

class TestCalendarFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_t = std::make_unique<TempDatabase>(); }
    void cleanup() { m_t.reset(); }

    void importGoogle_seriesExceptionAllDayAndPeople();
    void importGoogle_again_changesNothing();
    void importGoogle_changedInTheFile_updates();
    void importOutlook_windowsZoneAndMonthlyRule();
    void importZoneOfTheFilesOwn_readByItsRules();
    void allDayReminderOnTheDay_exportedAndReadBack();
    void importApple_tasksAndAbsoluteAlarm();
    void importMalformed_leavesOutBrokenEntriesByLine();
    void importTruncated_writesNothing();
    void importNotICalendar_saysSo();
    void importDryRun_writesNothing();
    void exportThenImport_elsewhere_sameCalendar();
    void exportThenImport_sameBook_updatesInPlace();

private:
    QStringList week(Database& db, qint64 from, const QString& user);
    int activities() { return scalar(*m_t->db, u"SELECT count(*) FROM activities WHERE deleted = 0"_s).toInt(); }

    std::unique_ptr<TempDatabase> m_t;
};

QStringList TestCalendarFiles::week(Database& db, qint64 from, const QString& user)
{
    Calendar::Query q;
    q.users = {user};
    q.from = from;
    q.to = from + 7 * DayMs;
    QStringList out;
    const QList<Occurrence> found = *Calendar::occurrences(db, q);
    for (const Occurrence& o : found)
        out << QDateTime::fromMSecsSinceEpoch(o.start, Berlin).toString(u"ddd HH:mm"_s) + u' ' + o.subject;
    return out;
}

void TestCalendarFiles::importGoogle_seriesExceptionAllDayAndPeople()
{
    Record bob(EntityType::User);
    bob.set(u"username", u"bob"_s).set(u"display_name", u"Bob Becker"_s).set(u"role", u"rep"_s);
    bob.set(u"email", u"bob@example.com"_s);
    const QString bobId = *m_t->store->create(bob);
    const QString account = *m_t->store->create(test::account(u"Müller GmbH"_s));
    Record jonas = test::contact(u"Jonas"_s, u"Weber"_s, account);
    jonas.set(u"emails", uR"([{"type":"work","address":"jonas.weber@mueller-gmbh.de"}])"_s);
    const QString jonasId = *m_t->store->create(jonas);

    auto report = CalendarImport::run(*m_t->store, fixture("google.ics"), berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 4);
    QCOMPARE(report->skipped, 0);

    // Monday's stand-up, Wednesday's skipped, Friday's moved to 10:00 with its own subject.
    QCOMPARE(week(*m_t->db, at(2026, 12, 7), m_t->store->currentUserId()),
             (QStringList{u"Mon 09:00 Sales stand-up"_s, u"Tue 14:00 Demo at Müller GmbH"_s,
                          u"Fri 10:00 Sales stand-up (Q4 numbers)"_s}));
    QCOMPARE(week(*m_t->db, at(2026, 12, 14), m_t->store->currentUserId()).size(), 3);

    const QString standup =
        scalar(*m_t->db, u"SELECT id FROM activities WHERE subject = 'Sales stand-up'"_s).toString();
    const Record s = *m_t->store->fetch(EntityType::Activity, standup);
    QCOMPARE(s.text(u"ical_uid"), u"7kukuqrfedlm2f9t0vvmc1ru3g@google.com"_s);
    QCOMPARE(s.text(u"time_zone"), u"Europe/Berlin"_s);
    QCOMPARE(s.text(u"alarms"), u"[10]"_s);
    QCOMPARE(s.text(u"description"), u"Sync of the sales team.\nBring your numbers."_s);
    QCOMPARE(s.text(u"location"), u"Room Alster"_s);
    // Alarms before the import are not rung: the first one to come is Wednesday's... skipped, so Friday's.
    QCOMPARE(s.value(u"alarm_acked_at").toLongLong(), at(2026, 12, 1, 12));

    const Record holiday =
        *m_t->store->fetch(EntityType::Activity,
                           scalar(*m_t->db, u"SELECT id FROM activities WHERE subject = 'Office closed'"_s).toString());
    QVERIFY(holiday.value(u"all_day").toBool());
    QCOMPARE(holiday.value(u"start_at").toLongLong(), at(2026, 12, 24));
    QCOMPARE(holiday.value(u"end_at").toLongLong(), at(2026, 12, 27));

    const Record demo =
        *m_t->store->fetch(EntityType::Activity,
                           scalar(*m_t->db, u"SELECT id FROM activities WHERE subject LIKE 'Demo%'"_s).toString());
    QCOMPARE(demo.value(u"start_at").toLongLong(), at(2026, 12, 8, 13, 0, QTimeZone::utc()));
    QCOMPARE(demo.text(u"location"), u"Müller GmbH, Hauptstraße 5, 10115 Berlin"_s);
    QVERIFY(demo.text(u"description").contains(u"250 seats, three-year term"_s));
    QCOMPARE(demo.text(u"alarms"), u"[30,1440]"_s);
    QCOMPARE(demo.text(u"contact_id"), jonasId);
    QCOMPARE(demo.text(u"account_id"), account);
    QCOMPARE(scalar(*m_t->db, u"SELECT response FROM activity_attendees WHERE activity_id = ? AND user_id = ?"_s,
                    {demo.id(), bobId})
                 .toString(),
             u"needs_action"_s);
    QCOMPARE(scalar(*m_t->db, u"SELECT response FROM activity_attendees WHERE activity_id = ? AND contact_id = ?"_s,
                    {demo.id(), jonasId})
                 .toString(),
             u"accepted"_s);
    QCOMPARE(scalar(*m_t->db, u"SELECT response FROM activity_attendees WHERE email = ?"_s,
                    {u"clara.neumann@partner.example"_s})
                 .toString(),
             u"tentative"_s);
    // Bob, invited, sees the demo in his calendar.
    QCOMPARE(week(*m_t->db, at(2026, 12, 7), bobId), QStringList{u"Tue 14:00 Demo at Müller GmbH"_s});
}

void TestCalendarFiles::importGoogle_again_changesNothing()
{
    QVERIFY(CalendarImport::run(*m_t->store, fixture("google.ics"), berlinOptions()));
    const int before = activities();
    auto again = CalendarImport::run(*m_t->store, fixture("google.ics"), berlinOptions());
    QVERIFY(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 4);
    QCOMPARE(activities(), before);
    QCOMPARE(scalar(*m_t->db, u"SELECT count(*) FROM activity_attendees"_s).toInt(), 3);
}

void TestCalendarFiles::importGoogle_changedInTheFile_updates()
{
    QVERIFY(CalendarImport::run(*m_t->store, fixture("google.ics"), berlinOptions()));
    QByteArray changed = fixture("google.ics");
    changed.replace("SUMMARY:Demo at Müller GmbH", "SUMMARY:Demo at Müller GmbH (moved)");
    changed.replace("DTSTART:20261208T130000Z", "DTSTART:20261208T140000Z");
    changed.replace("DTEND:20261208T140000Z", "DTEND:20261208T150000Z");
    auto again = CalendarImport::run(*m_t->store, changed, berlinOptions());
    QVERIFY(again);
    QCOMPARE(again->updated, 1);
    QCOMPARE(again->created, 0);
    QVERIFY(week(*m_t->db, at(2026, 12, 7), m_t->store->currentUserId()).contains(u"Tue 15:00 Demo at Müller GmbH (moved)"_s));
}

void TestCalendarFiles::importOutlook_windowsZoneAndMonthlyRule()
{
    auto report = CalendarImport::run(*m_t->store, fixture("outlook.ics"), berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 2);
    const Record review =
        *m_t->store->fetch(EntityType::Activity,
                           scalar(*m_t->db, u"SELECT id FROM activities WHERE subject = 'Pipeline-Review'"_s).toString());
    QCOMPARE(review.text(u"time_zone"), u"Europe/Berlin"_s);
    QCOMPARE(review.value(u"start_at").toLongLong(), at(2026, 12, 1, 14));
    QCOMPARE(review.text(u"alarms"), u"[15]"_s);
    QVERIFY(review.text(u"description").contains(u"Dial-in: +49 30 1234567"_s));
    // First Tuesday of each month, six times, at 14:00 Berlin time also in summer.
    const QList<qint64> all = Recurrence::occurrences(Series::of(review), 0, MaxTimestamp);
    QCOMPARE(all.size(), 6);
    QCOMPARE(all[4], at(2027, 4, 6, 14));
    QCOMPARE(scalar(*m_t->db, u"SELECT recurs_until FROM activities WHERE id = ?"_s, {review.id()}).toLongLong(),
             at(2027, 5, 4, 15));
}

void TestCalendarFiles::importZoneOfTheFilesOwn_readByItsRules()
{
    // A zone the file defines under a word of its own, nine hours east of UTC. QTimeZone would take "Harbour" for
    // a POSIX rule at UTC and put the meeting nine hours late.
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Harbour//EN\r\n"
                           "BEGIN:VTIMEZONE\r\nTZID:Harbour\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                           "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:HBT\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                           "BEGIN:VEVENT\r\nUID:harbour-1@example.com\r\nDTSTAMP:20261120T090000Z\r\n"
                           "DTSTART;TZID=Harbour:20261201T100000\r\nDTEND;TZID=Harbour:20261201T110000\r\n"
                           "SUMMARY:Harbour call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    auto report = CalendarImport::run(*m_t->store, ics, berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 1);
    const Record call =
        *m_t->store->fetch(EntityType::Activity,
                           scalar(*m_t->db, u"SELECT id FROM activities WHERE subject = 'Harbour call'"_s).toString());
    QCOMPARE(call.value(u"start_at").toLongLong(), at(2026, 12, 1, 1, 0, QTimeZone::utc()));
    QCOMPARE(call.value(u"end_at").toLongLong(), at(2026, 12, 1, 2, 0, QTimeZone::utc()));
    // The entry keeps a zone of the database: the importer's, as the file names no place.
    QCOMPARE(call.text(u"time_zone"), u"Europe/Berlin"_s);
}

void TestCalendarFiles::allDayReminderOnTheDay_exportedAndReadBack()
{
    Record fair(EntityType::Activity);
    fair.set(u"type", u"meeting"_s)
        .set(u"subject", u"Trade fair"_s)
        .set(u"all_day", true)
        .set(u"time_zone", u"Europe/Berlin"_s)
        .set(u"start_at", at(2026, 12, 9))
        .set(u"end_at", at(2026, 12, 10))
        .set(u"alarms", u"[-540,420]"_s);
    QVERIFY(m_t->store->create(fair));
    CalendarExport::Options o;
    o.users = {m_t->store->currentUserId()};
    const QByteArray ics = *CalendarExport::toIcs(*m_t->db, o);
    // On the day at 9:00 is nine hours after the day starts; the evening before, seven hours before it.
    QVERIFY2(ics.contains("TRIGGER:PT9H"), ics.constData());
    QVERIFY2(ics.contains("TRIGGER:-PT7H"), ics.constData());

    TempDatabase elsewhere;
    auto report = CalendarImport::run(*elsewhere.store, ics, berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 1);
    QCOMPARE(scalar(*elsewhere.db, u"SELECT alarms FROM activities WHERE subject = 'Trade fair'"_s).toString(),
             u"[-540,420]"_s);

    // A timed entry's reminder after its start stays out, with a note.
    QByteArray timed = ics;
    timed.replace("DTSTART;VALUE=DATE:20261209", "DTSTART;TZID=Europe/Berlin:20261209T100000");
    timed.replace("DTEND;VALUE=DATE:20261210", "DTEND;TZID=Europe/Berlin:20261209T110000");
    timed.replace("UID:", "UID:timed-");
    TempDatabase third;
    report = CalendarImport::run(*third.store, timed, berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 1);
    QCOMPARE(scalar(*third.db, u"SELECT alarms FROM activities WHERE subject = 'Trade fair'"_s).toString(), u"[420]"_s);
}

void TestCalendarFiles::importApple_tasksAndAbsoluteAlarm()
{
    auto report = CalendarImport::run(*m_t->store, fixture("apple.ics"), berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 3);
    const QTimeZone ny("America/New_York");
    const Record qbr = *m_t->store->fetch(
        EntityType::Activity, scalar(*m_t->db, u"SELECT id FROM activities WHERE subject LIKE 'Quarterly%'"_s).toString());
    QCOMPARE(qbr.text(u"time_zone"), u"America/New_York"_s);
    QCOMPARE(qbr.value(u"start_at").toLongLong(), at(2026, 12, 9, 15, 0, ny));
    QCOMPARE(qbr.text(u"alarms"), u"[60]"_s); // 19:00 UTC is 14:00 in New York, an hour before
    QCOMPARE(qbr.text(u"location"), u"1 Market St, San Francisco CA 94105, United States"_s);

    const Record sent = *m_t->store->fetch(
        EntityType::Activity, scalar(*m_t->db, u"SELECT id FROM activities WHERE subject LIKE 'Send%'"_s).toString());
    QCOMPARE(sent.text(u"type"), u"task"_s);
    QVERIFY(sent.value(u"done").toBool());
    QVERIFY(sent.value(u"start_at").isNull());
    QCOMPARE(sent.value(u"due_at").toLongLong(), at(2026, 12, 4));
    const Record renewal = *m_t->store->fetch(
        EntityType::Activity, scalar(*m_t->db, u"SELECT id FROM activities WHERE subject LIKE 'Prepare%'"_s).toString());
    QVERIFY(!renewal.value(u"done").toBool());
    QCOMPARE(renewal.value(u"due_at").toLongLong(), at(2026, 12, 11, 17, 0, ny));
    QCOMPARE(renewal.value(u"reminder_at").toLongLong(), at(2026, 12, 11, 16, 0, ny));
}

void TestCalendarFiles::importMalformed_leavesOutBrokenEntriesByLine()
{
    auto report = CalendarImport::run(*m_t->store, fixture("malformed.ics"), berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 2);
    QCOMPARE(report->skipped, 5);
    QHash<int, QString> why;
    for (const CalendarImport::Item& item : report->items)
        if (item.action == CalendarImport::Item::Action::Skip)
            why.insert(item.line, item.problems.join(u' '));
    QCOMPARE(why.keys().size(), 5);
    QVERIFY2(why.value(10).contains(u"no start"_s), qPrintable(why.value(10)));
    QVERIFY2(why.value(15).contains(u"ends before"_s), qPrintable(why.value(15)));
    QVERIFY2(why.value(21).contains(u"daily at most"_s), qPrintable(why.value(21)));
    QVERIFY2(why.value(28).contains(u"repeating entry"_s), qPrintable(why.value(28)));
    QVERIFY2(why.value(35).contains(u"cancelled"_s), qPrintable(why.value(35)));
    QCOMPARE(activities(), 2);
    QCOMPARE(scalar(*m_t->db, u"SELECT end_at - start_at FROM activities WHERE subject = 'Another good meeting'"_s)
                 .toLongLong(),
             45 * MinuteMs);
}

void TestCalendarFiles::importTruncated_writesNothing()
{
    auto report = CalendarImport::run(*m_t->store, fixture("truncated.ics"), berlinOptions());
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(u"line 10"_s), qPrintable(report.error().message));
    QCOMPARE(activities(), 0);
}

void TestCalendarFiles::importNotICalendar_saysSo()
{
    auto report = CalendarImport::run(*m_t->store, QByteArray("Name,Start\nMeeting,tomorrow\n"), berlinOptions());
    QVERIFY(!report);
    QVERIFY(report.error().message.contains(u"not an iCalendar file"_s));
}

void TestCalendarFiles::importDryRun_writesNothing()
{
    CalendarImport::Options o = berlinOptions();
    o.dryRun = true;
    auto report = CalendarImport::run(*m_t->store, fixture("google.ics"), o);
    QVERIFY(report);
    QCOMPARE(report->created, 4);
    QCOMPARE(activities(), 0);
}

void TestCalendarFiles::exportThenImport_elsewhere_sameCalendar()
{
    QVERIFY(CalendarImport::run(*m_t->store, fixture("google.ics"), berlinOptions()));
    QVERIFY(CalendarImport::run(*m_t->store, fixture("apple.ics"), berlinOptions()));
    // A series made here, with one occurrence changed on its own.
    Record weekly(EntityType::Activity);
    weekly.set(u"type", u"call"_s)
        .set(u"subject", u"Call with the distributor"_s)
        .set(u"start_at", at(2026, 12, 7, 16))
        .set(u"end_at", at(2026, 12, 7, 16, 30))
        .set(u"time_zone", u"Europe/Berlin"_s)
        .set(u"rrule", u"FREQ=WEEKLY;COUNT=8"_s)
        .set(u"alarms", u"[5]"_s);
    QVERIFY(m_t->store->create(weekly));
    Calendar::Query q;
    q.users = {m_t->store->currentUserId()};
    q.from = at(2026, 12, 14);
    q.to = at(2026, 12, 21);
    const QList<Occurrence> next = *Calendar::occurrences(*m_t->db, q);
    const auto call = std::find_if(next.begin(), next.end(), [](const Occurrence& o) { return o.type == u"call"_s; });
    QVERIFY(call != next.end());
    Record later(EntityType::Activity);
    later.set(u"start_at", at(2026, 12, 15, 11)).set(u"end_at", at(2026, 12, 15, 11, 30));
    QVERIFY(m_t->store->apply(*ActivitySeries::edit(*m_t->store, *call, later, ActivitySeries::Scope::This)));

    CalendarExport::Options o;
    o.users = {m_t->store->currentUserId()};
    int written = 0;
    auto ics = CalendarExport::toIcs(*m_t->db, o, &written);
    QVERIFY(ics);
    QCOMPARE(written, 9);
    QVERIFY(ics->contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"));
    QVERIFY(ics->contains("X-RAPPORT-TYPE:call"));
    QVERIFY(ics->contains("RECURRENCE-ID;TZID=Europe/Berlin:20261214T160000"));

    TempDatabase elsewhere;
    auto report = CalendarImport::run(*elsewhere.store, *ics, berlinOptions());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->created, 9);
    QCOMPARE(report->skipped, 0);
    for (const qint64 monday : {at(2026, 12, 7), at(2026, 12, 14), at(2026, 12, 21), at(2027, 1, 25)})
        QCOMPARE(week(*elsewhere.db, monday, elsewhere.store->currentUserId()),
                 week(*m_t->db, monday, m_t->store->currentUserId()));
    QCOMPARE(scalar(*elsewhere.db, u"SELECT type FROM activities WHERE subject LIKE 'Call with%' AND rrule IS NOT NULL"_s)
                 .toString(),
             u"call"_s);
}

void TestCalendarFiles::exportThenImport_sameBook_updatesInPlace()
{
    Record meeting(EntityType::Activity);
    meeting.set(u"type", u"meeting"_s)
        .set(u"subject", u"Kick-off"_s)
        .set(u"start_at", at(2026, 12, 10, 9))
        .set(u"end_at", at(2026, 12, 10, 10))
        .set(u"time_zone", u"Europe/Berlin"_s);
    const QString id = *m_t->store->create(meeting);
    CalendarExport::Options o;
    o.users = {m_t->store->currentUserId()};
    QByteArray ics = *CalendarExport::toIcs(*m_t->db, o);
    QVERIFY(ics.contains("UID:" + id.toUtf8()));
    ics.replace("SUMMARY:Kick-off", "SUMMARY:Kick-off with the customer");
    auto report = CalendarImport::run(*m_t->store, ics, berlinOptions());
    QVERIFY(report);
    QCOMPARE(report->updated, 1);
    QCOMPARE(activities(), 1);
    QCOMPARE(m_t->store->fetch(EntityType::Activity, id)->text(u"subject"), u"Kick-off with the customer"_s);
}

QTEST_GUILESS_MAIN(TestCalendarFiles)
#include "TestCalendarFiles.moc"
