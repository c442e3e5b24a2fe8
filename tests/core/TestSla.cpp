// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Service levels in the write path: due times from the policy of the ticket's priority (a tier's own policy
// first) on business hours; the resolution clock stopped while the ticket waits on the customer and moved on
// by the working time waited; a priority change re-plans; and the check of what is breaching or about to.

#include "TestSupport.h"
#include "domain/BusinessHours.h"
#include "storage/Sla.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

const QTimeZone berlin("Europe/Berlin");

qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), berlin).toMSecsSinceEpoch();
}

QString hoursJson()
{
    return QString::fromUtf8(QJsonDocument(BusinessHours::officeHours(berlin).toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestSla : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;

    void policy(TempDatabase& t, const char* priority, qint64 first, qint64 resolution, const char* tier = nullptr)
    {
        Record p(EntityType::SlaPolicy);
        p.set(u"name", QStringLiteral("%1 %2").arg(QLatin1String(priority), QLatin1String(tier ? tier : "")))
            .set(u"priority", QLatin1String(priority))
            .set(u"first_response_minutes", first)
            .set(u"resolution_minutes", resolution)
            .set(u"warn_minutes", qint64(30))
            .set(u"hours", hoursJson());
        if (tier)
            p.set(u"tier", QLatin1String(tier));
        auto id = t.store->create(p);
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    }
    static qint64 field(TempDatabase& t, const QString& id, const char* name)
    {
        return scalar(*t.db, QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(name)), {id})
            .toLongLong();
    }

private Q_SLOTS:
    void dueTimes_pauses_priorityAndCheck()
    {
        TempDatabase t(false); // nothing written before the test's clock is set (the store's clock never goes back)
        t.store->setWallClock([this] { return m_now; });
        m_now = local(2026, 11, 27, 17, 30); // Friday
        policy(t, "urgent", 60, 240);
        policy(t, "normal", 480, 1440);
        policy(t, "urgent", 30, 120, "gold");
        auto plain = t.store->create(account(QStringLiteral("Keller AG")));
        auto gold = t.store->create(account(QStringLiteral("Gold GmbH")).set(u"tier", QStringLiteral("gold")));
        QVERIFY(plain && gold);
        const auto ticket = [&](const QString& accountId, const char* priority) {
            auto id = t.store->create(Record(EntityType::Ticket)
                                          .set(u"number", QStringLiteral("T-1"))
                                          .set(u"subject", QStringLiteral("Scanner down"))
                                          .set(u"status", QStringLiteral("new"))
                                          .set(u"priority", QLatin1String(priority))
                                          .set(u"account_id", accountId)
                                          .set(u"opened_at", m_now));
            if (!id)
                qFatal("%s", qPrintable(id.error().fullText()));
            return *id;
        };
        // Friday 17:30, urgent: first response in an hour of office time (Monday 10:00), resolution in four
        // (Monday 13:00). A gold customer's policy is tighter: 09:30 and 11:00.
        const QString urgent = ticket(*plain, "urgent");
        QCOMPARE(field(t, urgent, "first_response_due"), local(2026, 11, 30, 10));
        QCOMPARE(field(t, urgent, "resolution_due"), local(2026, 11, 30, 13));
        const QString vip = ticket(*gold, "urgent");
        QCOMPARE(field(t, vip, "first_response_due"), local(2026, 11, 30, 9, 30));
        QCOMPARE(field(t, vip, "resolution_due"), local(2026, 11, 30, 11));

        // Monday 10:30 it waits on the customer until Tuesday 11:00: 8.5 working hours waited; the resolution
        // moves from Monday 13:00 to Tuesday 13:30 (2.5 h left on Monday at 10:30, counted from 11:00 Tuesday).
        m_now = local(2026, 11, 30, 10, 30);
        QVERIFY(t.store->update(Record(EntityType::Ticket, urgent).set(u"status", QStringLiteral("pending"))));
        QCOMPARE(field(t, urgent, "paused_since"), m_now);
        m_now = local(2026, 12, 1, 11);
        QVERIFY(t.store->update(Record(EntityType::Ticket, urgent).set(u"status", QStringLiteral("open"))));
        QCOMPARE(field(t, urgent, "paused_minutes"), 510);
        QVERIFY(scalar(*t.db, QStringLiteral("SELECT paused_since FROM tickets WHERE id = ?"), {urgent}).isNull());
        QCOMPARE(field(t, urgent, "resolution_due"), local(2026, 12, 1, 13, 30));

        // Lowered to normal: both clocks re-planned from the opening (first response: Friday 17:30 + 8 h).
        QVERIFY(t.store->update(Record(EntityType::Ticket, vip).set(u"priority", QStringLiteral("normal"))));
        QCOMPARE(field(t, vip, "first_response_due"), local(2026, 11, 30, 17));

        // Tuesday 12:00: the urgent ticket's first response is long overdue; its resolution has 90 minutes
        // left, more than the 30-minute warning: not listed for it. The other ticket's first response breached
        // Monday 17:00 (three working hours ago).
        auto clocks = Sla::check(*t.db, local(2026, 12, 1, 12));
        QVERIFY(clocks);
        QCOMPARE(clocks->size(), 2);
        QCOMPARE(clocks->at(0).ticketId, urgent);
        QCOMPARE(clocks->at(0).kind, SlaClock::Kind::FirstResponse);
        QVERIFY(clocks->at(0).breached());
        QCOMPARE(clocks->at(0).minutesLeft, -(7 * 60 + 3 * 60)); // Monday 10–17 and Tuesday 09–12
        QCOMPARE(clocks->at(1).ticketId, vip);
        QCOMPARE(clocks->at(1).minutesLeft, -3 * 60);
        // At 13:10 the resolution is 20 minutes away: within the warning.
        clocks = Sla::check(*t.db, local(2026, 12, 1, 13, 10));
        QVERIFY(clocks);
        QVERIFY(std::any_of(clocks->cbegin(), clocks->cend(), [&](const SlaClock& c) {
            return c.ticketId == urgent && c.kind == SlaClock::Kind::Resolution && c.minutesLeft == 20;
        }));
    }

    void badBusinessHoursAreRefused()
    {
        TempDatabase t;
        auto id = t.store->create(Record(EntityType::SlaPolicy)
                                      .set(u"name", QStringLiteral("Broken"))
                                      .set(u"priority", QStringLiteral("high"))
                                      .set(u"first_response_minutes", qint64(60))
                                      .set(u"resolution_minutes", qint64(240))
                                      .set(u"hours", QStringLiteral(R"({"zone":"Mars/Olympus","days":{}})")));
        QVERIFY(!id);
        QVERIFY(id.error().fullText().contains(QStringLiteral("Mars/Olympus")));
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT count(*) FROM sla_policies")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSla)
#include "TestSla.moc"
