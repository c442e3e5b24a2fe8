// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Quotes: totals with line discounts, a quote discount and tax, rounded half away from zero in currencies
// with two and with no minor units; a draft from an opportunity's line items (bill-to, number, version,
// validity, terms), versions superseding each other in one transaction, and the template's HTML.

#include "TestSupport.h"
#include "Translations.h"
#include "domain/Tax.h"
#include "storage/Quotes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

QJsonObject item(const char* description, qint64 quantity, qint64 unitPrice, qint64 discountBp = 0)
{
    return {{QStringLiteral("description"), QLatin1String(description)},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("unit_price"), unitPrice},
            {QStringLiteral("discount_bp"), discountBp}};
}

} // namespace

class TestQuotes : public QObject
{
    Q_OBJECT

    QString line(TempDatabase& t, const QString& deal, const char* description, qint64 qty, qint64 price, qint64 bp,
                 const char* currency = "EUR")
    {
        auto id = t.store->create(Record(EntityType::OpportunityLine)
                                      .set(u"opportunity_id", deal)
                                      .set(u"description", QLatin1String(description))
                                      .set(u"quantity", qty)
                                      .set(u"unit_price", price)
                                      .set(u"discount_bp", bp)
                                      .set(u"currency", QLatin1String(currency)));
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

private Q_SLOTS:
    void totals_roundEachStepHalfAwayFromZero()
    {
        // €19.99 × 3 at 12.5 % off = 52.47375 → €52.47; €0.05 × 1 at 50 % off = 0.025 → €0.03.
        const QJsonArray lines{item("Scanner", 3, 1999, 1250), item("Cable", 1, 5, 5000), item("Setup", 2, 10000)};
        QuoteTotals t = Quotes::totals(lines, 0, 1900);
        QCOMPARE(t.lineNets, (QList<qint64>{5247, 3, 20000}));
        QCOMPARE(t.subtotal, 25250);
        QCOMPARE(t.discount, 0);
        QCOMPARE(t.tax, 4798); // 47.975 → 47.98
        QCOMPARE(t.total, 30048);
        // 3 % off the whole quote, then 7 % tax: 757.50 off; 24,492.50 × 7 % = 1,714.475 → 1,714.48.
        t = Quotes::totals(lines, 300, 700);
        QCOMPARE(t.discount, 758); // 757.5 → 758
        QCOMPARE(t.tax, 1714);     // (25250 − 758) × 0.07 = 1714.44
        QCOMPARE(t.total, 25250 - 758 + 1714);
        // Yen have no minor units: ¥1,234 × 7 at 15 % off = 7,342.3 → ¥7,342; tax 10 % = 734.2 → ¥734.
        t = Quotes::totals(QJsonArray{item("Lizenz", 7, 1234, 1500)}, 0, 1000);
        QCOMPARE(t.subtotal, 7342);
        QCOMPARE(t.tax, 734);
        QCOMPARE(t.total, 8076);
        // A credit line rounds away from zero too.
        t = Quotes::totals(QJsonArray{item("Credit", 1, -1001, 5000)}, 0, 0);
        QCOMPARE(t.subtotal, -501);
        // Large amounts stay exact: 1,000,000 × €9,999,999.99.
        t = Quotes::totals(QJsonArray{item("Fleet", 1'000'000, 999'999'999)}, 0, 1900);
        QCOMPARE(t.subtotal, 999'999'999'000'000LL);
        QCOMPARE(t.tax, 189'999'999'810'000LL);
    }

    void tax_byWhereSellerAndCustomerAre()
    {
        QCOMPARE(Tax::treatment(QStringLiteral("DE"), QStringLiteral("DE")), TaxTreatment::Domestic);
        QCOMPARE(Tax::treatment(QStringLiteral("DE"), QStringLiteral("at")), TaxTreatment::ReverseCharge);
        QCOMPARE(Tax::treatment(QStringLiteral("DE"), QStringLiteral("EL")), TaxTreatment::ReverseCharge); // Greece
        QCOMPARE(Tax::treatment(QStringLiteral("DE"), QStringLiteral("CH")), TaxTreatment::Export);
        QCOMPARE(Tax::treatment(QStringLiteral("DE"), QStringLiteral("GB")), TaxTreatment::Export); // since 2021
        QCOMPARE(Tax::treatment(QStringLiteral("CH"), QStringLiteral("DE")), TaxTreatment::Export);
        QCOMPARE(Tax::treatment(QStringLiteral("CH"), QStringLiteral("CH")), TaxTreatment::Domestic);
        // Without knowing both countries, a quote is taxed as at home, as it always was.
        QCOMPARE(Tax::treatment(QString(), QStringLiteral("FR")), TaxTreatment::Domestic);
        QCOMPARE(Tax::treatment(QStringLiteral("DE"), QString()), TaxTreatment::Domestic);
        QVERIFY(Tax::note(TaxTreatment::Domestic, QStringLiteral("DE")).isEmpty());
        QVERIFY(Tax::note(TaxTreatment::ReverseCharge, QStringLiteral("DE")).contains(QStringLiteral("Article 196")));
        QVERIFY(Tax::note(TaxTreatment::Export, QStringLiteral("DE")).contains(QStringLiteral("European Union")));
        QVERIFY(Tax::note(TaxTreatment::Export, QStringLiteral("CH")).contains(QStringLiteral("Switzerland")));
        for (TaxTreatment tt : {TaxTreatment::Domestic, TaxTreatment::ReverseCharge, TaxTreatment::Export})
            QCOMPARE(Tax::fromKey(Tax::key(tt)), std::optional<TaxTreatment>(tt));
        QVERIFY(!Tax::fromKey(QStringLiteral("zero")));

        // VAT identification numbers as documents write them.
        QCOMPARE(Tax::normalisedVatId(QStringLiteral("de 123 456 789")), QStringLiteral("DE123456789"));
        QCOMPARE(Tax::normalisedVatId(QStringLiteral("CHE-123.456.789 MWST")), QStringLiteral("CHE123456789MWST"));
        QCOMPARE(Tax::normalisedVatId(QStringLiteral("ATU12345678")), QStringLiteral("ATU12345678"));
        for (const char* bad : {"123456789", "DE", "DE1", "VAT number", "DE 123 456 789 012 345 6"})
            QVERIFY2(Tax::normalisedVatId(QLatin1String(bad)).isEmpty(), bad);

        // An account's VAT ID is written normalised, and nonsense is refused with what was typed.
        TempDatabase t;
        auto account = t.store->create(
            rapport::test::account(QStringLiteral("Alpen GmbH")).set(u"vat_id", QStringLiteral("atu 1234 5678")));
        QVERIFY(account);
        QCOMPARE(t.store->fetch(EntityType::Account, *account)->text(u"vat_id"), QStringLiteral("ATU12345678"));
        auto wrong = t.store->update(Record(EntityType::Account, *account).set(u"vat_id", QStringLiteral("12-34")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().fullText().contains(QStringLiteral("\"12-34\" is not a VAT identification number")),
                 qPrintable(wrong.error().fullText()));
    }

    void draft_taxByWhereTheCustomerIs()
    {
        TempDatabase t;
        QuoteSettings settings;
        settings.companyName = QStringLiteral("Nordlicht GmbH");
        settings.companyCountry = QStringLiteral("DE");
        settings.taxRateBp = 1900;
        const auto quoteFor = [&](const QString& name, const char* country, const QString& vatId) -> Record {
            Record a = rapport::test::account(name).set(
                u"addresses", QStringLiteral(R"([{"type":"work","street":"Ring 1","city":"X","country":"%1"}])")
                                  .arg(QLatin1String(country)));
            if (!vatId.isEmpty())
                a.set(u"vat_id", vatId);
            auto account = t.store->create(a);
            auto deal = t.store->create(Record(EntityType::Opportunity)
                                            .set(u"name", name + QStringLiteral(" deal"))
                                            .set(u"account_id", *account)
                                            .set(u"stage", QStringLiteral("proposal"))
                                            .set(u"currency", QStringLiteral("EUR")));
            line(t, *deal, "Licence", 1, 100000, 0);
            auto draft = Quotes::draft(*t.store, *deal, settings, QDate(2026, 12, 2));
            if (!draft)
                qFatal("%s", qPrintable(draft.error().message));
            return *draft;
        };
        const auto html = [&](const Record& quote) { return *Quotes::html(*t.db, quote, settings); };

        // At home: the VAT of home, no note.
        const Record home = quoteFor(QStringLiteral("Keller AG"), "DE", QString());
        QCOMPARE(home.text(u"tax_treatment"), QStringLiteral("domestic"));
        QCOMPARE(home.value(u"tax_rate_bp").toLongLong(), 1900);
        QCOMPARE(home.value(u"total").toLongLong(), 119000);
        QVERIFY(!html(home).contains(QStringLiteral("Reverse charge")));

        // A business in Austria: no VAT charged, the reverse charge said, their VAT ID under their address.
        const Record vienna = quoteFor(QStringLiteral("Alpen GmbH"), "AT", QStringLiteral("ATU12345678"));
        QCOMPARE(vienna.text(u"tax_treatment"), QStringLiteral("reverse_charge"));
        QCOMPARE(vienna.value(u"tax_rate_bp").toLongLong(), 0);
        QCOMPARE(vienna.value(u"total").toLongLong(), 100000);
        QVERIFY2(vienna.text(u"bill_to").endsWith(QStringLiteral("\nVAT ID: ATU12345678")),
                 qPrintable(vienna.text(u"bill_to")));
        QVERIFY(html(vienna).contains(QStringLiteral("Reverse charge: the recipient accounts for the VAT")));
        QVERIFY(html(vienna).contains(QStringLiteral("Article 138")));
        QVERIFY(html(vienna).contains(QStringLiteral("VAT ID: ATU12345678")));

        // Switzerland (the Swiss customer that got German VAT): an export.
        const Record zurich = quoteFor(QStringLiteral("Limmat AG"), "CH", QString());
        QCOMPARE(zurich.text(u"tax_treatment"), QStringLiteral("export"));
        QCOMPARE(zurich.value(u"tax_total").toLongLong(), 0);
        QVERIFY(html(zurich).contains(QStringLiteral("outside the European Union")));

        // The address as each country's post writes it, the country in the document's language and left out at
        // home.
        const auto billTo = [&](const QString& address) {
            auto account = t.store->create(rapport::test::account(QStringLiteral("Customer"))
                                               .set(u"addresses", QStringLiteral("[%1]").arg(address)));
            auto deal = t.store->create(Record(EntityType::Opportunity)
                                            .set(u"name", QStringLiteral("Deal"))
                                            .set(u"account_id", *account)
                                            .set(u"stage", QStringLiteral("proposal"))
                                            .set(u"currency", QStringLiteral("EUR")));
            line(t, *deal, "Licence", 1, 100000, 0);
            return Quotes::draft(*t.store, *deal, settings, QDate(2026, 12, 2))->text(u"bill_to");
        };
        QCOMPARE(
            billTo(QStringLiteral(
                R"({"street":"1 Congress Ave","city":"Austin","region":"TX","postal_code":"78701","country":"US"})")),
            QStringLiteral("Customer\n1 Congress Ave\nAustin, TX 78701\nUnited States"));
        QCOMPARE(
            billTo(QStringLiteral(R"({"street":"5 Park Row","city":"Leeds","postal_code":"LS1 5HD","country":"GB"})")),
            QStringLiteral("Customer\n5 Park Row\nLeeds\nLS1 5HD\nUnited Kingdom"));
        QCOMPARE(billTo(QStringLiteral(R"({"street":"Ring 1","city":"Köln","postal_code":"50667","country":"DE"})")),
                 QStringLiteral("Customer\nRing 1\n50667 Köln"));
        // "Your contact" on the quote is the deal's owner, whoever drafts it.
        QCOMPARE(vienna.text(u"prepared_by"), t.store->currentUserId());
        auto jonas = t.store->create(Record(EntityType::User)
                                         .set(u"username", QStringLiteral("jonas"))
                                         .set(u"display_name", QStringLiteral("Jonas Becker"))
                                         .set(u"role", QStringLiteral("rep")));
        QVERIFY(jonas);
        auto hisDeal =
            t.store->create(Record(EntityType::Opportunity)
                                .set(u"name", QStringLiteral("His deal"))
                                .set(u"account_id", *t.store->create(rapport::test::account(QStringLiteral("B"))))
                                .set(u"owner_id", *jonas)
                                .set(u"stage", QStringLiteral("proposal"))
                                .set(u"currency", QStringLiteral("EUR")));
        QVERIFY(hisDeal);
        line(t, *hisDeal, "Licence", 1, 100000, 0);
        const Record his = *Quotes::draft(*t.store, *hisDeal, settings, QDate(2026, 12, 2));
        QCOMPARE(his.text(u"prepared_by"), *jonas);
        QVERIFY(html(his).contains(QStringLiteral("Jonas Becker")));

        // The choice is the quote's: charged anyway, it is issued and printed as chosen.
        Record charged = zurich;
        charged.set(u"tax_treatment", QStringLiteral("domestic")).set(u"tax_rate_bp", qint64(1900));
        Quotes::recompute(charged);
        auto issued = Quotes::issue(*t.store, charged);
        QVERIFY(issued);
        QCOMPARE(issued->value(u"total").toLongLong(), 119000);
        QVERIFY(!html(*issued).contains(QStringLiteral("outside the European Union")));
    }

    void draft_issue_version_andRender()
    {
        TempDatabase t;
        auto account = t.store->create(rapport::test::account(QStringLiteral("Keller AG"))
                                           .set(u"addresses", QStringLiteral(
                                                                  R"([{"type":"work","street":"Hafenstraße 1","postal_code":"20457","city":"Hamburg","country":"DE"},{"type":"billing","street":"Postfach 12 34","postal_code":"20001","city":"Hamburg","country":"DE"}])")));
        QVERIFY(account);
        auto anna = t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Keller"), *account));
        QVERIFY(anna);
        auto deal = t.store->create(Record(EntityType::Opportunity)
                                        .set(u"name", QStringLiteral("Scanners <Hamburg> & more"))
                                        .set(u"account_id", *account)
                                        .set(u"contact_id", *anna)
                                        .set(u"stage", QStringLiteral("proposal"))
                                        .set(u"currency", QStringLiteral("EUR")));
        QVERIFY(deal);
        QuoteSettings settings;
        settings.companyName = QStringLiteral("Nordlicht GmbH");
        settings.terms = QStringLiteral("Net 30 days.");
        settings.validityDays = 14;
        // Nothing to quote yet: said so, nothing written.
        auto empty = Quotes::draft(*t.store, *deal, settings, QDate(2026, 12, 2));
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("no line items")));

        line(t, *deal, "Handheld scanner", 3, 1999, 1250);
        line(t, *deal, "Setup", 2, 10000, 0);
        auto draft = Quotes::draft(*t.store, *deal, settings, QDate(2026, 12, 2));
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
        QCOMPARE(draft->text(u"number"), QStringLiteral("Q-2026-") + deal->right(10).toUpper());
        QCOMPARE(draft->value(u"version").toLongLong(), 1);
        QCOMPARE(draft->text(u"valid_until"), QStringLiteral("2026-12-16"));
        QCOMPARE(draft->text(u"bill_to"),
                 QStringLiteral("Keller AG\nAttn. Anna Keller\nPostfach 12 34\n20001 Hamburg\nGermany"));
        QCOMPARE(draft->value(u"subtotal").toLongLong(), 5247 + 20000);
        QCOMPARE(draft->value(u"total").toLongLong(), 25247 + 4797); // 19 % of 252.47 = 47.9693 → 47.97
        auto first = Quotes::issue(*t.store, *draft);
        QVERIFY2(first, first ? "" : qPrintable(first.error().fullText()));

        // The second version keeps the number, supersedes the first, in one transaction.
        line(t, *deal, "Training", 1, 50000, 0);
        auto second = Quotes::draft(*t.store, *deal, settings, QDate(2026, 12, 3));
        QVERIFY(second);
        QCOMPARE(second->value(u"version").toLongLong(), 2);
        QCOMPARE(second->text(u"number"), draft->text(u"number"));
        second->set(u"discount_bp", qint64(1000)).set(u"notes", QStringLiteral("Delivery in 4 weeks."));
        Quotes::recompute(*second);
        QCOMPARE(second->value(u"discount_total").toLongLong(), 7525); // 10 % of 752.47
        QVERIFY(Quotes::issue(*t.store, *second));
        auto all = Quotes::ofOpportunity(*t.db, *deal);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).value(u"version").toLongLong(), 2);
        QCOMPARE(all->at(0).text(u"status"), QStringLiteral("sent"));
        QCOMPARE(all->at(1).text(u"status"), QStringLiteral("superseded"));
        // Issued quotes are frozen: a later price change leaves them as they were.
        QCOMPARE(all->at(1).value(u"total").toLongLong(), 25247 + 4797);

        auto html = Quotes::html(*t.db, all->at(0), settings, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(html, html ? "" : qPrintable(html.error().message));
        QVERIFY(html->contains(QStringLiteral("Nordlicht GmbH")));
        QVERIFY(html->contains(QStringLiteral("Handheld scanner")));
        QVERIFY(html->contains(QStringLiteral("12.5%"))); // as many decimals as the figure has
        QVERIFY(html->contains(QStringLiteral("€752.47")));
        QVERIFY(html->contains(QStringLiteral("Discount 10%")));
        QVERIFY(html->contains(QStringLiteral("Delivery in 4 weeks.")));
        QVERIFY(html->contains(QStringLiteral("Net 30 days.")));
        // Names are escaped, never markup.
        QVERIFY(html->contains(QStringLiteral("Scanners &lt;Hamburg&gt; &amp; more")));
        // Without units there is no unit column; with one, the units stand in a column of their own ("3 | year",
        // never "3 year": a unit is product data, not a word to inflect).
        QVERIFY(!html->contains(QStringLiteral(">Unit<")));
        Record withUnit = all->at(0);
        QJsonArray lines = QJsonDocument::fromJson(withUnit.text(u"lines").toUtf8()).array();
        QJsonObject scanner = lines[0].toObject();
        scanner.insert(QStringLiteral("unit"), QStringLiteral("year"));
        lines[0] = scanner;
        withUnit.set(u"lines", QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)));
        html = Quotes::html(*t.db, withUnit, settings, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(html);
        QVERIFY(html->contains(QStringLiteral(">Unit</th>")));
        QVERIFY2(html->contains(QStringLiteral("align=\"right\">3</td><td valign=\"top\">year</td>")),
                 qPrintable(*html));
        QVERIFY(!html->contains(QStringLiteral("3 year")));
        // A unit the catalogue suggests reads in the reader's language; a unit of one's own as it was written.
        installTranslations(QStringLiteral("de"));
        for (const auto& [unit, said] : {std::pair{"piece", "Stück"}, std::pair{"Palette", "Palette"}}) {
            scanner.insert(QStringLiteral("unit"), QString::fromUtf8(unit));
            lines[0] = scanner;
            withUnit.set(u"lines", QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)));
            html = Quotes::html(*t.db, withUnit, settings, QLocale(QLocale::German, QLocale::Germany));
            QVERIFY(html);
            QVERIFY2(html->contains(QStringLiteral("<td valign=\"top\">%1</td>").arg(QString::fromUtf8(said))),
                     qPrintable(*html));
        }
        installTranslations(QStringLiteral("en"));

        // A company template; a broken one is refused with the reason.
        QTemporaryDir dir;
        QFile custom(dir.filePath(QStringLiteral("mine.html")));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("<h1>{{company.name}}</h1>{{#lines}}<p>{{description}}: {{net}}</p>{{/lines}}<b>{{totals.total}}</b>");
        custom.close();
        settings.templatePath = custom.fileName();
        html = Quotes::html(*t.db, all->at(0), settings, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(html);
        QVERIFY(html->startsWith(QStringLiteral("<h1>Nordlicht GmbH</h1><p>Handheld scanner: €52.47</p>")));
        QVERIFY(custom.open(QIODevice::WriteOnly | QIODevice::Truncate));
        custom.write("{{#lines}}unclosed");
        custom.close();
        html = Quotes::html(*t.db, all->at(0), settings);
        QVERIFY(!html);
        QVERIFY(html.error().message.contains(QStringLiteral("template cannot be used")));
        settings.templatePath = dir.filePath(QStringLiteral("missing.html"));
        QVERIFY(!Quotes::html(*t.db, all->at(0), settings));
    }

    void draft_refusesMixedCurrencies()
    {
        TempDatabase t;
        auto account = t.store->create(rapport::test::account(QStringLiteral("Keller AG")));
        auto deal = t.store->create(Record(EntityType::Opportunity)
                                        .set(u"name", QStringLiteral("Mixed"))
                                        .set(u"account_id", *account)
                                        .set(u"stage", QStringLiteral("proposal"))
                                        .set(u"currency", QStringLiteral("EUR")));
        QVERIFY(deal);
        line(t, *deal, "Scanner", 1, 1000, 0, "USD");
        auto draft = Quotes::draft(*t.store, *deal, QuoteSettings{}, QDate(2026, 12, 2));
        QVERIFY(!draft);
        QVERIFY(draft.error().message.contains(QStringLiteral("USD")));
    }
};

QTEST_GUILESS_MAIN(TestQuotes)
#include "TestQuotes.moc"
