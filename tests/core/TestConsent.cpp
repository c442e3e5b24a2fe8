// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Before a call or an email: did the customer agree, and is it a time they agreed to?
#include "domain/Consent.h"
#include "domain/Schema.h"

#include <QTest>

using namespace rapport;

namespace {
const QTimeZone Berlin("Europe/Berlin");
const QString Json = QStringLiteral(
    R"({"email":{"service":true,"marketing":false,"source":"Web form","date":"2024-10-16"},)"
    R"("phone":{"service":true,"marketing":true,"days":[1,2,3,4,5],"from":"08:00","to":"17:00"}})");

QDateTime berlin(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Berlin).toUTC();
}
} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sources_storedAsKeys_shownInTheUsersLanguage()
    {
        // How a customer agreed is stored as a key, so that each reader sees it in their own language.
        const Enumeration& sources = Schema::consentSources();
        QCOMPARE(sources.keyOf(QStringLiteral("web_form")), QStringLiteral("web_form"));
        QCOMPARE(sources.keyOf(QStringLiteral("  web FORM ")), QStringLiteral("web_form"));
        QCOMPARE(sources.keyOf(QStringLiteral("Trade fair")), QStringLiteral("trade_fair"));
        QCOMPARE(sources.keyOf(QStringLiteral(" Met at the golf club ")), QStringLiteral("Met at the golf club"));
        QCOMPARE(sources.label(QStringLiteral("trade_fair")), QStringLiteral("Trade fair"));
        // English words stored before sources had keys read as their key; other words as they are.
        QCOMPARE(sources.label(QStringLiteral("Phone call")), QStringLiteral("Phone call"));
        QCOMPARE(sources.label(QStringLiteral("Met at the golf club")), QStringLiteral("Met at the golf club"));
        for (const QString& key : sources.keys) {
            QVERIFY2(sources.label(key) != key, qPrintable(key));
            QCOMPARE(sources.keyOf(sources.label(key)), key);
        }
        // An unsubscribe names its campaign, and keeps it through the contact's field.
        ChannelConsent withdrawn{true, false, QStringLiteral("unsubscribed"), QDate(2026, 12, 3), {}, {}, {}};
        withdrawn.campaign = QStringLiteral("Newsletter");
        QCOMPARE(Consent::sourceLabel(withdrawn), QStringLiteral("Unsubscribed from Newsletter"));
        Consent c;
        c.setChannel(QStringLiteral("email"), withdrawn);
        QCOMPARE(Consent::fromJson(c.toJson()).channel(QStringLiteral("email")), std::optional(withdrawn));
    }

    void json_roundTrip()
    {
        const Consent c = Consent::fromJson(Json);
        QCOMPARE(c.channel(QStringLiteral("email"))->source, QStringLiteral("Web form"));
        QCOMPARE(c.channel(QStringLiteral("email"))->date, QDate(2024, 10, 16));
        QCOMPARE(c.channel(QStringLiteral("phone"))->days, (QList<int>{1, 2, 3, 4, 5}));
        QVERIFY(!c.channel(QStringLiteral("sms")));
        QCOMPARE(Consent::fromJson(c.toJson()), c);
        QVERIFY(Consent::fromJson(QString()).toJson().isNull());
    }

    void check_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("marketing");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("warning");
        const QDateTime tuesdayMorning = berlin(2026, 3, 3, 10, 15);
        QTest::newRow("service email") << "email" << false << tuesdayMorning << true << "";
        QTest::newRow("marketing email declined")
            << "email" << true << tuesdayMorning << false << "This customer declined marketing by email.";
        QTest::newRow("call in hours") << "phone" << false << tuesdayMorning << true << "";
        QTest::newRow("call at 17:00 is too late")
            << "phone" << false << berlin(2026, 3, 3, 17, 0) << false
            << "It is Tue 5:00 PM for this customer, outside the times they agreed to (Mon–Fri, 8:00 AM–5:00 PM).";
        QTest::newRow("call on Saturday") << "phone" << false << berlin(2026, 3, 7, 10, 0) << false
                                          << "It is Sat 10:00 AM for this customer, outside the times they "
                                             "agreed to (Mon–Fri, 8:00 AM–5:00 PM).";
        // 07:30 UTC in winter is 08:30 in Berlin: judged in the customer's zone, not the caller's.
        QTest::newRow("their time zone") << "phone" << false << QDateTime(QDate(2026, 1, 6), QTime(7, 30), QTimeZone::utc())
                                         << true << "";
        // Summer time: 06:30 UTC is 08:30 in Berlin.
        QTest::newRow("their summer time") << "phone" << false
                                           << QDateTime(QDate(2026, 7, 7), QTime(6, 30), QTimeZone::utc()) << true << "";
        QTest::newRow("nothing recorded for SMS")
            << "sms" << false << tuesdayMorning << false
            << "No consent to being contacted by SMS is recorded for this customer.";
    }
    void check()
    {
        QFETCH(QString, channel);
        QFETCH(bool, marketing);
        QFETCH(QDateTime, when);
        QFETCH(bool, allowed);
        QFETCH(QString, warning);
        const auto v = Consent::fromJson(Json).check(
            channel, marketing ? Consent::Purpose::Marketing : Consent::Purpose::Service, when, Berlin);
        QCOMPARE(v.allowed, allowed);
        QCOMPARE(v.warning, warning);
    }

    void windowText_daysAndHours()
    {
        ChannelConsent c;
        c.days = {1, 3, 5};
        QCOMPARE(Consent::windowText(c), QStringLiteral("Mon, Wed, Fri"));
        c.days = {6, 7};
        c.from = QTime(9, 0);
        c.to = QTime(12, 0);
        QCOMPARE(Consent::windowText(c), QStringLiteral("Sat, Sun, 9:00 AM–12:00 PM"));
        c.days = {1, 2, 3, 4, 5, 6, 7};
        c.from = {};
        QCOMPARE(Consent::windowText(c), QString());
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "TestConsent.moc"
