// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "domain/Money.h"

#include <QTest>

using namespace rapport;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorDigits_followIso4217();
    void format_data();
    void format();
    void formatWhole();
    void formatBrief();
    void parse_localeAware();
    void parse_rejectsGarbage();
    void plainAndMajor_ignoreTheLocale();
};

void TestMoney::plainAndMajor_ignoreTheLocale()
{
    QCOMPARE((Money{123450, QStringLiteral("EUR")}.plain()), QStringLiteral("1234.50"));
    QCOMPARE((Money{-5, QStringLiteral("EUR")}.plain()), QStringLiteral("-0.05"));
    QCOMPARE((Money{1234, QStringLiteral("JPY")}.plain()), QStringLiteral("1234"));
    QCOMPARE((Money{1001, QStringLiteral("KWD")}.plain()), QStringLiteral("1.001"));
    QCOMPARE((Money{123450, QStringLiteral("EUR")}.major()), 1234.5);
    QCOMPARE((Money{1234, QStringLiteral("JPY")}.major()), 1234.0);
}

void TestMoney::minorDigits_followIso4217()
{
    QCOMPARE(Money::minorDigits(u"EUR"), 2);
    QCOMPARE(Money::minorDigits(u"JPY"), 0);
    QCOMPARE(Money::minorDigits(u"KWD"), 3);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en EUR") << "en_US" << qint64(123450) << "EUR"
                            << "€1,234.50";
    QTest::newRow("en USD") << "en_US" << qint64(99) << "USD"
                            << "$0.99";
    QTest::newRow("de EUR") << "de_DE" << qint64(123450) << "EUR"
                            << "1.234,50\u00a0€";
    QTest::newRow("de JPY") << "de_DE" << qint64(5000) << "JPY"
                            << "5.000\u00a0JPY";
    QTest::newRow("en CHF") << "en_US" << qint64(100) << "CHF"
                            << "CHF\u00a01.00"; // a symbol of letters kept apart, as CLDR spaces it
    QTest::newRow("de CHF") << "de_DE" << qint64(100) << "CHF"
                            << "1,00\u00a0CHF";
    // Spanish groups every number of five digits or more, millions too (Qt alone writes "4604.476").
    QTest::newRow("es EUR millions") << "es_ES" << qint64(460447577) << "EUR"
                                     << "4.604.475,77\u00a0€";
    QTest::newRow("es EUR thousands") << "es_ES" << qint64(460477) << "EUR"
                                      << "4604,77\u00a0€";
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Money money{minor, currency};
    QCOMPARE(money.format(QLocale(locale)), expected);
}

void TestMoney::formatWhole()
{
    // Rounded half away from zero to whole units, without decimals.
    QCOMPARE((Money{2437144360, QStringLiteral("EUR")}.formatWhole(QLocale(QStringLiteral("en_US")))),
             QStringLiteral("€24,371,444"));
    QCOMPARE((Money{123450, QStringLiteral("EUR")}.formatWhole(QLocale(QStringLiteral("de_DE")))),
             QStringLiteral("1.235\u00a0€"));
    QCOMPARE((Money{-149, QStringLiteral("USD")}.formatWhole(QLocale(QStringLiteral("en_US")))),
             QStringLiteral("($1)")); // the locale writes negative amounts so
    QCOMPARE((Money{5000, QStringLiteral("JPY")}.formatWhole(QLocale(QStringLiteral("en_US")))),
             QStringLiteral("JPY\u00a05,000"));
}

void TestMoney::formatBrief()
{
    const QLocale en(QStringLiteral("en_US"));
    auto brief = [&en](qint64 minor, const char* currency = "EUR") {
        return Money{minor, QLatin1String(currency)}.formatBrief(en);
    };
    QCOMPARE(brief(999'949), QStringLiteral("€9,999")); // below ten thousand, whole
    QCOMPARE(brief(1'000'000), QStringLiteral("€10k"));
    QCOMPARE(brief(1'234'567), QStringLiteral("€12.3k"));
    QCOMPARE(brief(87'049'000), QStringLiteral("€870k"));
    QCOMPARE(brief(99'996'000), QStringLiteral("€1M")); // 999.96k rounds up into millions
    QCOMPARE(brief(2'412'734'500), QStringLiteral("€24.1M"));
    QCOMPARE(brief(250'000'000'000), QStringLiteral("€2.5bn"));
    QCOMPARE(brief(-2'412'734'500, "USD"), QStringLiteral("($24.1M)")); // negative as the locale writes it
    QCOMPARE(brief(24'127'345, "JPY"), QStringLiteral("JPY\u00a024.1M"));
    // The word follows the figure, wherever the language puts the symbol (untranslated here: "M").
    QCOMPARE((Money{2'412'734'500, QStringLiteral("EUR")}.formatBrief(QLocale(QStringLiteral("de_DE")))),
             QStringLiteral("24,1M\u00a0€"));
}

void TestMoney::parse_localeAware()
{
    QCOMPARE(Money::parse(QStringLiteral("1.234,50"), QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE")))->minor,
             123450);
    QCOMPARE(Money::parse(QStringLiteral("1,234.5"), QStringLiteral("USD"), QLocale(QStringLiteral("en_US")))->minor,
             123450);
    QCOMPARE(Money::parse(QStringLiteral("7"), QStringLiteral("JPY"), QLocale(QStringLiteral("en_US")))->minor, 7);
    QCOMPARE(Money::parse(QStringLiteral("0.015"), QStringLiteral("EUR"), QLocale(QStringLiteral("en_US")))->minor, 2);
}

void TestMoney::parse_rejectsGarbage()
{
    QVERIFY(!Money::parse(QStringLiteral("twelve"), QStringLiteral("EUR")));
    QVERIFY(!Money::parse(QStringLiteral("12"), QStringLiteral("EURO")));
    QVERIFY(!Money::parse(QStringLiteral("1e30"), QStringLiteral("EUR"), QLocale(QStringLiteral("en_US"))));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
