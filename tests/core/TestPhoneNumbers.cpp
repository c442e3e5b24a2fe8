// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "search/PhoneNumbers.h"

#include <QTest>

using namespace rapport;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_anySpelling_sameE164_data();
    void parse_anySpelling_sameE164();
    void parse_rejectsNonNumbers();
    void searchForms_coverNationalAndInternational();
    void looksLikePhoneNumber();
    void display_nationalAtHome_internationalElsewhere_data();
    void display_nationalAtHome_internationalElsewhere();
    void display_readsE164AsTheParserDoes();
};

void TestPhoneNumbers::parse_anySpelling_sameE164_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::newRow("international") << "+49 30 1234567"
                                   << "DE"
                                   << "+49301234567";
    QTest::newRow("slash") << "030/123 45 67"
                           << "DE"
                           << "+49301234567";
    QTest::newRow("00 prefix") << "0049301234567"
                               << "DE"
                               << "+49301234567";
    QTest::newRow("brackets") << "(030) 1234567"
                              << "DE"
                              << "+49301234567";
    QTest::newRow("trunk in brackets") << "+49 (0)30 1234567"
                                       << "DE"
                                       << "+49301234567";
    QTest::newRow("from abroad") << "+49 30 1234567"
                                 << "US"
                                 << "+49301234567";
    QTest::newRow("us national") << "(212) 736-4821"
                                 << "US"
                                 << "+12127364821";
    QTest::newRow("italy leading zero") << "06 1234 5678"
                                        << "IT"
                                        << "+390612345678";
    QTest::newRow("uk") << "020 7946 0321"
                        << "GB"
                        << "+442079460321";
    QTest::newRow("extension dropped from e164") << "+49 30 1234567 ext. 12"
                                                 << "DE"
                                                 << "+49301234567";
}

void TestPhoneNumbers::parse_anySpelling_sameE164()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const auto parsed = PhoneNumbers::parse(typed, region);
    QVERIFY2(parsed, qPrintable(typed));
    QCOMPARE(parsed->e164, e164);
}

void TestPhoneNumbers::parse_rejectsNonNumbers()
{
    QVERIFY(!PhoneNumbers::parse(u"call me", u"DE"));
    QVERIFY(!PhoneNumbers::parse(u"12", u"DE"));
    QVERIFY(!PhoneNumbers::parse(u"", u"DE"));
}

void TestPhoneNumbers::searchForms_coverNationalAndInternational()
{
    QCOMPARE(PhoneNumbers::searchForms(u"+49301234567"),
             (QStringList{QStringLiteral("49301234567"), QStringLiteral("301234567"), QStringLiteral("0301234567")}));
    QCOMPARE(PhoneNumbers::searchForms(u"+12127364821"),
             (QStringList{QStringLiteral("12127364821"), QStringLiteral("2127364821"), QStringLiteral("02127364821")}));
    QCOMPARE(PhoneNumbers::searchForms(u"+390612345678"),
             (QStringList{QStringLiteral("390612345678"), QStringLiteral("0612345678")}));
}

void TestPhoneNumbers::looksLikePhoneNumber()
{
    QVERIFY(PhoneNumbers::looksLikePhoneNumber(u"+49 (30) 123-45"));
    QVERIFY(PhoneNumbers::looksLikePhoneNumber(u"030/1234"));
    QVERIFY(!PhoneNumbers::looksLikePhoneNumber(u"T-100"));
    QVERIFY(!PhoneNumbers::looksLikePhoneNumber(u"12"));
    QVERIFY(!PhoneNumbers::looksLikePhoneNumber(u"Müller 12"));
}

void TestPhoneNumbers::display_nationalAtHome_internationalElsewhere_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("shown");
    // However it was typed, a number reads one way: the national way at home, with its country code abroad.
    QTest::newRow("US at home, typed with dashes") << "+1 512-228-1809"
                                                   << "US"
                                                   << "(512) 228-1809";
    QTest::newRow("US at home, typed with brackets") << "+1 (512) 228 1809"
                                                     << "US"
                                                     << "(512) 228-1809";
    QTest::newRow("US seen from Germany") << "+1.512.228.1809"
                                          << "DE"
                                          << "+1 512-228-1809";
    QTest::newRow("Berlin at home") << "+49 (0)30 1234567"
                                    << "DE"
                                    << "030 1234567";
    QTest::newRow("Berlin seen from the US") << "+49 (30) 123 45 67"
                                             << "US"
                                             << "+49 30 1234567";
    QTest::newRow("Canada from the US: one country code") << "+1 416 555 0199"
                                                          << "US"
                                                          << "(416) 555-0199";
    QTest::newRow("the extension kept") << "+1 512 228 1809 ext. 12"
                                        << "US"
                                        << "(512) 228-1809 ext. 12";
    QTest::newRow("no home region") << "+44 20 7946 0958"
                                    << ""
                                    << "+44 20 7946 0958";
}

void TestPhoneNumbers::display_nationalAtHome_internationalElsewhere()
{
    QFETCH(QString, typed);
    QFETCH(QString, home);
    QFETCH(QString, shown);
    const auto parsed = PhoneNumbers::parse(typed, home.isEmpty() ? u"US" : QStringView(home));
    QVERIFY2(parsed, qPrintable(typed));
    QCOMPARE(PhoneNumbers::display(typed, parsed->e164, home), shown);
    QCOMPARE(PhoneNumbers::display(typed, parsed->e164, home), shown); // from memory, the same
    // Without an E.164 form (a number never read), as typed.
    QCOMPARE(PhoneNumbers::display(typed, u"", home), typed);
}

void TestPhoneNumbers::display_readsE164AsTheParserDoes()
{
    // display() reads the stored form without libphonenumber's parse: it must read it exactly as the parse does,
    // calling codes of one, two and three digits, leading zeros (Italy, Côte d'Ivoire), non-geographic numbers.
    for (const char* e164 :
         {"+15122281809", "+4930123456", "+390612345678", "+393471234567", "+442079460958", "+33522470107",
          "+2250701234567", "+80012345678", "+97142345678", "+3531234567", "+8613912345678", "+61212345678",
          "+5511987654321", "+12", "+999123456", "+49301234567890"}) {
        const QString number = QString::fromLatin1(e164);
        QCOMPARE(PhoneNumbers::display(number, number, u""), PhoneNumbers::international(number));
    }
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
