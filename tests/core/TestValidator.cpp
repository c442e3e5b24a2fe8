// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Consent.h"
#include "domain/LocaleNames.h"
#include "domain/PostalAddress.h"
#include "domain/Recurrence.h"
#include "domain/Validator.h"

#include <QTest>

using namespace rapport;

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValidEmail_data();
    void isValidEmail();
    void checkField_data();
    void checkField();
    void json_phoneList_keepsTypesAndDropsUnknownKeys();
    void json_tags_deduplicatedCaseInsensitively();
    void consent_rejectsBadHours();
    void activity_endBeforeStart_isRefused();
    void messages_followUiLanguage();
    void languageTag_readsCodesAndNames();
    void localeNames_inTheReadersLanguage();
    void localeNames_sortedAsTheLanguageSorts();
    void localeNames_percentAsTheLanguageWritesIt();
    void postalAddress_inItsCountrysOrder();
    void localeNames_namesReadInAnyOfTheirLanguages();
};

void TestValidator::isValidEmail_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "anna@example.com" << true;
    QTest::newRow("plus and dots") << "anna.m+crm@mail.example.co.uk" << true;
    QTest::newRow("umlaut domain") << "info@müller.de" << true;
    QTest::newRow("no at") << "anna.example.com" << false;
    QTest::newRow("no domain") << "anna@" << false;
    QTest::newRow("no tld") << "anna@localhost" << false;
    QTest::newRow("space") << "anna m@example.com" << false;
    QTest::newRow("double dot") << "anna..m@example.com" << false;
    QTest::newRow("two ats") << "a@b@example.com" << false;
    QTest::newRow("leading dot") << ".anna@example.com" << false;
}

void TestValidator::isValidEmail()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(Validator::isValidEmail(address), valid);
}

void TestValidator::checkField_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("canonical"); // invalid QVariant: expect an error
    const int contact = int(EntityType::Contact), account = int(EntityType::Account),
              opp = int(EntityType::Opportunity), activity = int(EntityType::Activity);
    QTest::newRow("text trimmed") << contact << "last_name" << QVariant(QStringLiteral("  Müller "))
                                  << QVariant(QStringLiteral("Müller"));
    QTest::newRow("text too long") << contact << "last_name" << QVariant(QString(101, QLatin1Char('x'))) << QVariant();
    QTest::newRow("text one line") << contact << "job_title" << QVariant(QStringLiteral("CEO\nCFO")) << QVariant();
    QTest::newRow("long text keeps lines")
        << contact << "notes" << QVariant(QStringLiteral("a\nb")) << QVariant(QStringLiteral("a\nb"));
    QTest::newRow("enum ok") << opp << "stage" << QVariant(QStringLiteral("proposal"))
                             << QVariant(QStringLiteral("proposal"));
    QTest::newRow("enum unknown") << opp << "stage" << QVariant(QStringLiteral("won")) << QVariant();
    QTest::newRow("currency upper") << opp << "currency" << QVariant(QStringLiteral("eur"))
                                    << QVariant(QStringLiteral("EUR"));
    QTest::newRow("currency bad") << opp << "currency" << QVariant(QStringLiteral("EURO")) << QVariant();
    QTest::newRow("percent") << opp << "probability" << QVariant(55) << QVariant(qint64(55));
    QTest::newRow("percent over") << opp << "probability" << QVariant(101) << QVariant();
    QTest::newRow("money from text") << opp << "amount" << QVariant(QStringLiteral("125000"))
                                     << QVariant(qint64(125000));
    QTest::newRow("money fraction") << opp << "amount" << QVariant(12.5) << QVariant();
    QTest::newRow("date") << contact << "birthday" << QVariant(QStringLiteral("1980-02-29"))
                          << QVariant(QStringLiteral("1980-02-29"));
    QTest::newRow("date invalid") << contact << "birthday" << QVariant(QStringLiteral("1981-02-29")) << QVariant();
    QTest::newRow("date format") << contact << "birthday" << QVariant(QStringLiteral("29.02.1980")) << QVariant();
    QTest::newRow("zone") << contact << "time_zone" << QVariant(QStringLiteral("Europe/Berlin"))
                          << QVariant(QStringLiteral("Europe/Berlin"));
    QTest::newRow("zone unknown") << contact << "time_zone" << QVariant(QStringLiteral("Mars/Olympus")) << QVariant();
    // QTimeZone takes a bare word for a POSIX rule at UTC; it is no zone.
    QTest::newRow("zone word") << contact << "time_zone" << QVariant(QStringLiteral("Atlantis")) << QVariant();
    QTest::newRow("zone place") << contact << "time_zone" << QVariant(QStringLiteral("tokyo")) << QVariant();
    QTest::newRow("zone posix rule") << contact << "time_zone" << QVariant(QStringLiteral("CET-1CEST,M3.5.0,M10.5.0/3"))
                                     << QVariant();
    QTest::newRow("zone path") << contact << "time_zone" << QVariant(QStringLiteral("../../etc/passwd")) << QVariant();
    // The database's aliases are zones (iCalendar files from other programs carry them).
    QTest::newRow("zone alias") << contact << "time_zone" << QVariant(QStringLiteral("US/Eastern"))
                                << QVariant(QStringLiteral("US/Eastern"));
    QTest::newRow("zone utc") << contact << "time_zone" << QVariant(QStringLiteral("UTC"))
                              << QVariant(QStringLiteral("UTC"));
    QTest::newRow("country code") << int(EntityType::Lead) << "country" << QVariant(QStringLiteral("nl"))
                                  << QVariant(QStringLiteral("NL"));
    QTest::newRow("country unknown") << int(EntityType::Lead) << "country" << QVariant(QStringLiteral("XX"))
                                     << QVariant();
    QTest::newRow("score points") << int(EntityType::Lead) << "score" << QVariant(50) << QVariant(qint64(50));
    QTest::newRow("score over") << int(EntityType::Lead) << "score" << QVariant(101) << QVariant();
    QTest::newRow("language code") << contact << "language" << QVariant(QStringLiteral("DE"))
                                   << QVariant(QStringLiteral("de"));
    QTest::newRow("language with region")
        << contact << "language" << QVariant(QStringLiteral("de_ch")) << QVariant(QStringLiteral("de-CH"));
    QTest::newRow("language by name") << contact << "language" << QVariant(QStringLiteral("German"))
                                      << QVariant(QStringLiteral("de"));
    QTest::newRow("language by own name")
        << contact << "language" << QVariant(QStringLiteral("français")) << QVariant(QStringLiteral("fr"));
    // Books from before the field knew languages may hold any text there: it stays, so the record still saves.
    QTest::newRow("language unknown kept") << contact << "language" << QVariant(QStringLiteral("Deutsch/Englisch"))
                                           << QVariant(QStringLiteral("Deutsch/Englisch"));
    QTest::newRow("url") << account << "website" << QVariant(QStringLiteral("https://keller.example"))
                         << QVariant(QStringLiteral("https://keller.example"));
    QTest::newRow("url scheme") << account << "website" << QVariant(QStringLiteral("javascript:alert(1)"))
                                << QVariant();
    // A suggested value is stored as its key, however it was written; other words as they are.
    QTest::newRow("suggestion by label") << opp << "loss_reason" << QVariant(QStringLiteral("chose a COMPETITOR "))
                                         << QVariant(QStringLiteral("competitor"));
    QTest::newRow("suggestion by key") << opp << "loss_reason" << QVariant(QStringLiteral(" price"))
                                       << QVariant(QStringLiteral("price"));
    QTest::newRow("suggestion of one's own") << opp << "loss_reason" << QVariant(QStringLiteral("Their CFO left"))
                                             << QVariant(QStringLiteral("Their CFO left"));
    QTest::newRow("ticket category") << int(EntityType::Ticket) << "category" << QVariant(QStringLiteral("Technical"))
                                     << QVariant(QStringLiteral("technical"));
    QTest::newRow("bool text") << activity << "done" << QVariant(QStringLiteral("yes")) << QVariant(true);
    QTest::newRow("bool number") << activity << "done" << QVariant(0) << QVariant(false);
    QTest::newRow("bool bad") << activity << "done" << QVariant(2) << QVariant();
    QTest::newRow("timestamp negative") << activity << "start_at" << QVariant(-5) << QVariant();
    QTest::newRow("integer range") << account << "employees" << QVariant(-1) << QVariant();
    QTest::newRow("email list") << contact << "emails" << QVariant(QStringLiteral(R"([{"address":" a@b.de "}])"))
                                << QVariant(QStringLiteral(R"([{"address":"a@b.de","type":"work"}])"));
    QTest::newRow("email list bad") << contact << "emails" << QVariant(QStringLiteral(R"([{"address":"a@"}])"))
                                    << QVariant();
    QTest::newRow("email list type") << contact << "emails"
                                     << QVariant(QStringLiteral(R"([{"address":"a@b.de","type":"fax"}])"))
                                     << QVariant();
    QTest::newRow("address country") << contact << "addresses"
                                     << QVariant(QStringLiteral(R"([{"city":"Köln","country":"de"}])"))
                                     << QVariant(QStringLiteral(R"([{"city":"Köln","country":"DE","type":"work"}])"));
    QTest::newRow("address bad country") << contact << "addresses"
                                         << QVariant(QStringLiteral(R"([{"city":"Köln","country":"XX"}])"))
                                         << QVariant();
    QTest::newRow("json broken") << contact << "tags" << QVariant(QStringLiteral("[\"vip\"")) << QVariant();
    QTest::newRow("empty list is null") << contact << "tags" << QVariant(QStringLiteral("[]"))
                                        << QVariant::fromValue(nullptr);
}

void TestValidator::checkField()
{
    QFETCH(int, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, input);
    QFETCH(QVariant, canonical);
    const FieldDef* def = Schema::entity(static_cast<EntityType>(entity)).field(field);
    QVERIFY(def);
    QVariant value = input;
    const QString message = Validator::checkField(*def, value);
    if (!canonical.isValid()) {
        QVERIFY2(!message.isEmpty(), qPrintable(value.toString()));
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message));
    if (canonical.typeId() == QMetaType::Nullptr)
        QVERIFY(value.isNull());
    else
        QCOMPARE(value, canonical);
}

void TestValidator::languageTag_readsCodesAndNames()
{
    QCOMPARE(Validator::languageTag(u"en"), QStringLiteral("en"));
    QCOMPARE(Validator::languageTag(u" en-us "), QStringLiteral("en-US"));
    QCOMPARE(Validator::languageTag(u"zh_hant_tw"), QStringLiteral("zh-Hant-TW"));
    QCOMPARE(Validator::languageTag(u"Deutsch"), QStringLiteral("de"));
    QCOMPARE(Validator::languageTag(u"SPANISH"), QStringLiteral("es"));
    QCOMPARE(Validator::languageTag(u"gsw"), QStringLiteral("gsw")); // three letters: Swiss German
    QCOMPARE(Validator::languageTag(u"xx"), QString());
    QCOMPARE(Validator::languageTag(u"Elvish"), QString());
    QCOMPARE(Validator::languageTag(u""), QString());
}

void TestValidator::localeNames_inTheReadersLanguage()
{
    const QLocale english(QStringLiteral("en_US")), german(QStringLiteral("de_DE")), french(QStringLiteral("fr_FR"));
    QCOMPARE(LocaleNames::country(QStringLiteral("DE"), english), QStringLiteral("Germany"));
    QCOMPARE(LocaleNames::country(QStringLiteral("DE"), german), QStringLiteral("Deutschland"));
    QCOMPARE(LocaleNames::country(QStringLiteral("US"), german), QStringLiteral("Vereinigte Staaten"));
    QCOMPARE(LocaleNames::country(QStringLiteral("DE"), french), QStringLiteral("Allemagne"));
    QCOMPARE(LocaleNames::country(QStringLiteral("XX"), german), QStringLiteral("XX")); // no country: as written
    QCOMPARE(LocaleNames::language(QStringLiteral("de-CH"), english), QStringLiteral("German (Switzerland)"));
    QCOMPARE(LocaleNames::language(QStringLiteral("de-CH"), german), QStringLiteral("Deutsch (Schweiz)"));
    QCOMPARE(LocaleNames::language(QStringLiteral("en"), german), QStringLiteral("Englisch"));
    QCOMPARE(LocaleNames::language(QStringLiteral("zh-Hant-TW"), english),
             QStringLiteral("Chinese (Traditional, Taiwan)"));
    // French writes language names in lower case within a sentence; a list starts them with a capital.
    QCOMPARE(LocaleNames::language(QStringLiteral("de"), french), QStringLiteral("Allemand"));
    QCOMPARE(LocaleNames::language(QStringLiteral("Deutsch/Englisch"), german), QStringLiteral("Deutsch/Englisch"));
    // Time zones by their city, as the reader's language names it; the id's last part where CLDR names none.
    QCOMPARE(LocaleNames::zoneCity(QStringLiteral("Europe/Vienna"), english), QStringLiteral("Vienna"));
    QCOMPARE(LocaleNames::zoneCity(QStringLiteral("Europe/Vienna"), german), QStringLiteral("Wien"));
    QCOMPARE(LocaleNames::zoneCity(QStringLiteral("Europe/Vienna"), french), QStringLiteral("Vienne"));
    QCOMPARE(LocaleNames::zoneCity(QStringLiteral("America/Argentina/Buenos_Aires"), english),
             QStringLiteral("Buenos Aires"));
    QCOMPARE(LocaleNames::zoneCity(QStringLiteral("Atlantis/Harbour_Town"), german), QStringLiteral("Harbour Town"));
    // The default locale is the reader's.
    const QLocale before;
    QLocale::setDefault(german);
    QCOMPARE(LocaleNames::country(QStringLiteral("FR")), QStringLiteral("Frankreich"));
    QLocale::setDefault(before);
    QCOMPARE(LocaleNames::country(QStringLiteral("FR")), LocaleNames::country(QStringLiteral("FR"), before));
}

void TestValidator::localeNames_percentAsTheLanguageWritesIt()
{
    // CLDR's patterns: English and Italian write the sign against the number, German, French and Spanish
    // keep it apart with a no-break space, Turkish puts it first.
    const QChar nbsp(0x00a0);
    QCOMPARE(LocaleNames::percent(43.8, 1, QLocale(QStringLiteral("en_US"))), QStringLiteral("43.8%"));
    QCOMPARE(LocaleNames::percent(43.8, 1, QLocale(QStringLiteral("it_IT"))), QStringLiteral("43,8%"));
    QCOMPARE(LocaleNames::percent(43.8, 1, QLocale(QStringLiteral("de_DE"))), QStringLiteral("43,8") + nbsp + u'%');
    QCOMPARE(LocaleNames::percent(43.8, 1, QLocale(QStringLiteral("es_ES"))), QStringLiteral("43,8") + nbsp + u'%');
    QCOMPARE(LocaleNames::percent(43.8, 1, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("43,8") + nbsp + u'%');
    QCOMPARE(LocaleNames::percent(43.8, 1, QLocale(QStringLiteral("tr_TR"))), QStringLiteral("%43,8"));
    // Rounded half up as QLocale rounds, grouped as the language groups.
    QCOMPARE(LocaleNames::percent(12.5, 0, QLocale(QStringLiteral("en_US"))), QStringLiteral("13%"));
    QCOMPARE(LocaleNames::percent(2.5, 0, QLocale(QStringLiteral("en_US"))), QStringLiteral("3%"));
    QCOMPARE(LocaleNames::percent(1250, 0, QLocale(QStringLiteral("en_US"))), QStringLiteral("1,250%"));
    QCOMPARE(LocaleNames::percent(0, 0, QLocale::c()), QStringLiteral("0%"));
    // A spin box's affixes around its number.
    QCOMPARE(LocaleNames::percentAffixes(QLocale(QStringLiteral("en_US"))).suffix, QStringLiteral("%"));
    QCOMPARE(LocaleNames::percentAffixes(QLocale(QStringLiteral("de_DE"))).suffix, QString(nbsp) + u'%');
    QCOMPARE(LocaleNames::percentAffixes(QLocale(QStringLiteral("tr_TR"))).prefix, QStringLiteral("%"));
    QVERIFY(LocaleNames::percentAffixes(QLocale(QStringLiteral("tr_TR"))).suffix.isEmpty());
}

void TestValidator::postalAddress_inItsCountrysOrder()
{
    const auto address = [](const char* country, const char* city, const char* region, const char* postal) {
        return QJsonObject{{QStringLiteral("street"), QStringLiteral("1 Main Street")},
                           {QStringLiteral("city"), QString::fromUtf8(city)},
                           {QStringLiteral("region"), QString::fromUtf8(region)},
                           {QStringLiteral("postal_code"), QString::fromUtf8(postal)},
                           {QStringLiteral("country"), QString::fromLatin1(country)}};
    };
    const QLocale english(QStringLiteral("en_US")), german(QStringLiteral("de_DE"));
    QCOMPARE(PostalAddress::lines(address("US", "Chicago", "IL", "60617"), QString(), english),
             (QStringList{QStringLiteral("1 Main Street"), QStringLiteral("Chicago, IL 60617"),
                          QStringLiteral("United States")}));
    QCOMPARE(PostalAddress::oneLine(address("CA", "Toronto", "ON", "M5V 2T6"), QString(), english),
             QStringLiteral("1 Main Street, Toronto ON M5V 2T6, Canada"));
    QCOMPARE(PostalAddress::oneLine(address("AU", "Sydney", "NSW", "2000"), QString(), english),
             QStringLiteral("1 Main Street, Sydney NSW 2000, Australia"));
    QCOMPARE(PostalAddress::lines(address("GB", "Edinburgh", "Scotland", "EH1 6SX"), QString(), english),
             (QStringList{QStringLiteral("1 Main Street"), QStringLiteral("Edinburgh"), QStringLiteral("EH1 6SX"),
                          QStringLiteral("United Kingdom")}));
    // Most of the world: the postcode before the city, no region; the country in the reader's language, and
    // none at home.
    QCOMPARE(PostalAddress::oneLine(address("it", "Firenze", "Toscana", "50170"), QString(), german),
             QStringLiteral("1 Main Street, 50170 Firenze, Italien"));
    QCOMPARE(PostalAddress::lines(address("DE", "Hamburg", "Hamburg", "20457"), QStringLiteral("de"), german),
             (QStringList{QStringLiteral("1 Main Street"), QStringLiteral("20457 Hamburg")}));
    // Missing parts leave no gaps.
    QCOMPARE(PostalAddress::oneLine(QJsonObject{{QStringLiteral("city"), QStringLiteral("Austin")},
                                                {QStringLiteral("country"), QStringLiteral("US")}},
                                    QStringLiteral("US"), english),
             QStringLiteral("Austin"));
    QCOMPARE(PostalAddress::oneLine(QJsonObject{}), QString());
}

void TestValidator::localeNames_sortedAsTheLanguageSorts()
{
    const auto indexOf = [](const QList<LocaleNames::Named>& list, const char* code) {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].code == QLatin1String(code))
                return i;
        return qsizetype(-1);
    };
    // German sorts Ä as A: Ägypten between Afghanistan and Albanien, not after Z.
    const QList<LocaleNames::Named> countries = LocaleNames::countries(QLocale(QStringLiteral("de_DE")));
    QVERIFY(countries.size() > 240);
    QCOMPARE(countries[indexOf(countries, "EG")].name, QStringLiteral("Ägypten"));
    QVERIFY(indexOf(countries, "AF") < indexOf(countries, "EG"));
    QVERIFY(indexOf(countries, "EG") < indexOf(countries, "AL"));
    const QList<LocaleNames::Named> languages = LocaleNames::languages(QLocale(QStringLiteral("de_DE")));
    QVERIFY(languages.size() > 150);
    QCOMPARE(languages[indexOf(languages, "fr")].name, QStringLiteral("Französisch"));
    for (const LocaleNames::Named& l : languages)
        QVERIFY2(l.name != l.code, qPrintable(l.code)); // only languages with a name
}

void TestValidator::localeNames_namesReadInAnyOfTheirLanguages()
{
    const QLocale german(QStringLiteral("de_DE"));
    QCOMPARE(LocaleNames::countryCode(QStringLiteral("Frankreich"), german), QStringLiteral("FR")); // the reader's
    QCOMPARE(LocaleNames::countryCode(QStringLiteral("France"), german), QStringLiteral("FR"));     // English
    QCOMPARE(LocaleNames::countryCode(QStringLiteral("España"), german), QStringLiteral("ES"));     // its own
    QCOMPARE(LocaleNames::countryCode(QStringLiteral(" nl "), german), QStringLiteral("NL"));
    QCOMPARE(LocaleNames::countryCode(QStringLiteral("UK"), german), QStringLiteral("GB"));
    QCOMPARE(LocaleNames::countryCode(QStringLiteral("XX"), german), QString());
    QCOMPARE(LocaleNames::countryCode(QStringLiteral("Atlantis"), german), QString());
    QCOMPARE(LocaleNames::languageCode(QStringLiteral("Französisch"), german), QStringLiteral("fr"));
    QCOMPARE(LocaleNames::languageCode(QStringLiteral("french"), german), QStringLiteral("fr"));
    QCOMPARE(LocaleNames::languageCode(QStringLiteral("Français"), german), QStringLiteral("fr"));
    QCOMPARE(LocaleNames::languageCode(QStringLiteral("Elbisch"), german), QString());
}

void TestValidator::json_phoneList_keepsTypesAndDropsUnknownKeys()
{
    QVariant v = QStringLiteral(R"([{"type":"mobile","number":" 0151 1234567 ","label":"x"}])");
    QVERIFY(Validator::checkField(*Schema::entity(EntityType::Contact).field(u"phones"), v).isEmpty());
    QCOMPARE(v.toString(), QStringLiteral(R"([{"number":"0151 1234567","type":"mobile"}])"));
}

void TestValidator::json_tags_deduplicatedCaseInsensitively()
{
    QVariant v = QStringLiteral(R"(["VIP"," vip ","Newsletter"])");
    QVERIFY(Validator::checkField(*Schema::entity(EntityType::Contact).field(u"tags"), v).isEmpty());
    QCOMPARE(v.toString(), QStringLiteral(R"(["VIP","Newsletter"])"));
}

void TestValidator::consent_rejectsBadHours()
{
    const FieldDef& f = *Schema::entity(EntityType::Contact).field(u"consent");
    QVariant ok = QStringLiteral(R"({"phone":{"service":true,"days":[1,2,3],"from":"09:00","to":"17:30"}})");
    QVERIFY(Validator::checkField(f, ok).isEmpty());
    QVariant badTime = QStringLiteral(R"({"phone":{"from":"9am"}})");
    QVERIFY(!Validator::checkField(f, badTime).isEmpty());
    QVariant badDay = QStringLiteral(R"({"email":{"days":[0]}})");
    QVERIFY(!Validator::checkField(f, badDay).isEmpty());
    QVariant badChannel = QStringLiteral(R"({"pigeon":{"service":true}})");
    QVERIFY(!Validator::checkField(f, badChannel).isEmpty());
    // A purpose never asked about stays unanswered: it is not a "no" (which would read "Declined marketing").
    QVariant unasked = QStringLiteral(R"({"email":{"service":true,"source":"Web form"}})");
    QVERIFY(Validator::checkField(f, unasked).isEmpty());
    const Consent stored = Consent::fromJson(unasked.toString());
    QCOMPARE(stored.channel(QStringLiteral("email"))->service, std::optional<bool>(true));
    QCOMPARE(stored.channel(QStringLiteral("email"))->marketing, std::optional<bool>());
    QVariant wrong = QStringLiteral(R"({"email":{"marketing":"yes"}})");
    QVERIFY(!Validator::checkField(f, wrong).isEmpty());
}

void TestValidator::activity_endBeforeStart_isRefused()
{
    Record r(EntityType::Activity);
    r.set(u"type", QStringLiteral("meeting"))
        .set(u"subject", QStringLiteral("Review"))
        .set(u"owner_id", IdGenerator().next())
        .set(u"start_at", 2000)
        .set(u"end_at", 1000);
    const QList<FieldError> errors = Validator::validate(r);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("end_at"));
}

void TestValidator::messages_followUiLanguage()
{
    installTranslations(QStringLiteral("de"));
    Record r(EntityType::Contact);
    const QList<FieldError> errors = Validator::validate(r);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QLatin1String("Nachname")), qPrintable(errors.first().message));
    // A loss reason typed in German is stored as its key, and read in each reader's language.
    QVariant reason = QStringLiteral("preis zu hoch");
    QVERIFY(Validator::checkField(*Schema::entity(EntityType::Opportunity).field(u"loss_reason"), reason).isEmpty());
    QCOMPARE(reason, QVariant(QStringLiteral("price")));
    QCOMPARE(Schema::lossReasons().label(u"price"), QStringLiteral("Preis zu hoch"));
    QCOMPARE(Schema::lossReasons().label(u"Price too high"), QStringLiteral("Preis zu hoch")); // stored before keys

    // French: its words, its plurals and its way with weekdays.
    installTranslations(QStringLiteral("fr"));
    QCOMPARE(Validator::validate(r).first().message, QStringLiteral("Nom est obligatoire."));
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")),
             QStringLiteral("Toutes les 2 semaines le lundi"));
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU")),
             QStringLiteral("Tous les mois le deuxième mardi"));
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=DAILY;COUNT=1")), QStringLiteral("Tous les jours, 1 fois"));

    // Spanish and Italian; a campaign's status agrees with "campaign", an order's with "order".
    const auto statusOf = [](EntityType type, const char* key) {
        return Schema::entity(type).field(u"status")->enumeration->label(QString::fromLatin1(key));
    };
    installTranslations(QStringLiteral("es"));
    QCOMPARE(Validator::validate(r).first().message, QStringLiteral("Apellidos es un campo obligatorio."));
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=3")),
             QStringLiteral("Cada mes el segundo martes, 3 veces"));
    QCOMPARE(statusOf(EntityType::Campaign, "cancelled"), QStringLiteral("Cancelada"));
    QCOMPARE(statusOf(EntityType::Order, "cancelled"), QStringLiteral("Cancelado"));
    installTranslations(QStringLiteral("it"));
    QCOMPARE(Validator::validate(r).first().message, QStringLiteral("Cognome: campo obbligatorio."));
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")),
             QStringLiteral("Ogni 2 settimane (lunedì)"));
    // Sunday is feminine in Italian: the ordinal agrees with it, and with no other day.
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=-1SU")),
             QStringLiteral("Ogni mese (ultima domenica)"));
    QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=2SA")),
             QStringLiteral("Ogni mese (secondo sabato)"));
    QCOMPARE(statusOf(EntityType::Campaign, "cancelled"), QStringLiteral("Annullata"));
    QCOMPARE(statusOf(EntityType::Order, "cancelled"), QStringLiteral("Annullato"));
    installTranslations(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "TestValidator.moc"
