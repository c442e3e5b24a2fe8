// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// vCard in and out: what Rapport writes comes back the same, the shapes other address books write
// (2.1 quoted-printable from old phones, Apple's grouped 3.0, 4.0) are read, and a broken card is named
// by its line while the others still come in.
#include "TestSupport.h"

#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "search/SearchIndex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestVCard : public QObject
{
    Q_OBJECT

    static QList<VCardCard> cards(const QByteArray& text)
    {
        const auto parsed = VCardReader::parse(text);
        for (const VCardProblem& p : parsed.problems)
            qWarning() << p.line << p.message;
        return parsed.cards;
    }

private Q_SLOTS:
    void roundTrip()
    {
        TempDatabase from;
        const QString acme = *from.store->create(account(QStringLiteral("Acme; Söhne, GmbH")));
        Record c = contact(QStringLiteral("Zoë"), QStringLiteral("O'Brien, Jr."), acme);
        c.set(u"salutation", QStringLiteral("Dr."))
            .set(u"job_title", QStringLiteral("Head of Purchasing"))
            .set(u"department", QStringLiteral("Einkauf"))
            .set(u"emails",
                 QStringLiteral(
                     R"([{"type":"work","address":"zoe@acme.example"},{"type":"home","address":"z@home.example"}])"))
            .set(u"phones",
                 QStringLiteral(
                     R"([{"type":"work","number":"030 1234567"},{"type":"mobile","number":"+44 7700 900123"}])"))
            .set(
                u"addresses",
                QStringLiteral(
                    R"([{"type":"work","street":"Hauptstr. 1; Hof 2","postal_code":"10115","city":"Berlin","country":"DE"}])"))
            .set(u"birthday", QDate(1980, 2, 29))
            .set(u"language", QStringLiteral("de_at")) // written as its tag, de-AT
            .set(u"tags", QStringLiteral(R"(["vip","a,b"])"))
            .set(u"notes", QStringLiteral("Line one\nLine two, with; all \\ kinds"));
        QVERIFY(from.store->create(c));
        const QString file = from.dir.filePath(QStringLiteral("out.vcf"));
        QVERIFY(ContactExport::write(*from.db, file, ContactExport::Format::VCard));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));

        TempDatabase to;
        auto report = ContactImport::vcards(*to.store, f.readAll(), false);
        QVERIFY(report);
        QCOMPARE(report->created, 1);
        QCOMPARE(report->accountsCreated, 1);
        QVERIFY(report->problems.isEmpty());
        const QString id = scalar(*to.db, QStringLiteral("SELECT id FROM contacts")).toString();
        const auto back = to.store->fetch(EntityType::Contact, id);
        QVERIFY(back);
        QCOMPARE(back->text(u"first_name"), QStringLiteral("Zoë"));
        QCOMPARE(back->text(u"last_name"), QStringLiteral("O'Brien, Jr."));
        QCOMPARE(back->text(u"salutation"), QStringLiteral("Dr."));
        QCOMPARE(back->text(u"job_title"), QStringLiteral("Head of Purchasing"));
        QCOMPARE(back->text(u"department"), QStringLiteral("Einkauf"));
        QCOMPARE(back->value(u"birthday").toDate(), QDate(1980, 2, 29));
        QCOMPARE(back->text(u"language"), QStringLiteral("de-AT"));
        QCOMPARE(back->text(u"notes"), QStringLiteral("Line one\nLine two, with; all \\ kinds"));
        QCOMPARE(back->text(u"primary_email"), QStringLiteral("zoe@acme.example"));
        QCOMPARE(QJsonDocument::fromJson(back->text(u"tags").toUtf8()).array(), (QJsonArray{QStringLiteral("vip"), QStringLiteral("a,b")}));
        const QJsonArray phones = QJsonDocument::fromJson(back->text(u"phones").toUtf8()).array();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones[0].toObject().value(QLatin1String("e164")).toString(), QStringLiteral("+49301234567"));
        QCOMPARE(phones[1].toObject().value(QLatin1String("type")).toString(), QStringLiteral("mobile"));
        const QJsonObject address = QJsonDocument::fromJson(back->text(u"addresses").toUtf8()).array()[0].toObject();
        QCOMPARE(address.value(QLatin1String("street")).toString(), QStringLiteral("Hauptstr. 1; Hof 2"));
        QCOMPARE(address.value(QLatin1String("country")).toString(), QStringLiteral("DE"));
        QCOMPARE(scalar(*to.db, QStringLiteral("SELECT name FROM accounts WHERE id = ?"), {back->text(u"account_id")}).toString(),
                 QStringLiteral("Acme; Söhne, GmbH"));
    }

    void oldPhonesQuotedPrintable()
    {
        // vCard 2.1 as old phones and Outlook write it: bare types, Latin-1 in quoted-printable, a soft
        // line break inside the value.
        const QByteArray file = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
                                "TEL;WORK;VOICE:+49 89 1234567\r\nTEL;CELL:0171 5550123\r\n"
                                "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9Fe aus M=C3=BCn=\r\nchen\r\n"
                                "ADR;HOME:;;Leopoldstr. 5;M\xFCnchen;;80802;Germany\r\n"
                                "END:VCARD\r\n";
        const QList<VCardCard> parsed = cards(file);
        QCOMPARE(parsed.size(), 1);
        const ExportedContact& c = parsed[0].contact;
        QCOMPARE(c.lastName, QStringLiteral("Müller"));
        QCOMPARE(c.firstName, QStringLiteral("Jürgen"));
        QCOMPARE(c.notes, QStringLiteral("Grüße aus München"));
        QCOMPARE(c.phones.size(), 2);
        QCOMPARE(c.phones[0].toObject().value(QLatin1String("type")).toString(), QStringLiteral("work"));
        QCOMPARE(c.phones[1].toObject().value(QLatin1String("type")).toString(), QStringLiteral("mobile"));
        QCOMPARE(c.addresses[0].toObject().value(QLatin1String("country")).toString(), QStringLiteral("DE"));
    }

    void appleGroupsAndFolding()
    {
        const QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//macOS 14.0//EN\n"
                                "N:Appleseed;Johnny;;;\nFN:Johnny Appleseed\nORG:Apple Inc.;\n"
                                "item1.EMAIL;type=INTERNET;type=WORK;type=pref:johnny@apple.example\n"
                                "item1.X-ABLabel:_$!<Work>!$_\n"
                                "TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-0123\n"
                                "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEx\n"
                                " 8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA\n"
                                "NOTE:A very long note that an address book folded onto a second line be\n"
                                " cause it was longer than seventy-five octets.\n"
                                "CATEGORIES:friends,work\nBDAY:1970-01-01\nEND:VCARD\n";
        const QList<VCardCard> parsed = cards(file);
        QCOMPARE(parsed.size(), 1);
        const ExportedContact& c = parsed[0].contact;
        QCOMPARE(c.lastName, QStringLiteral("Appleseed"));
        QCOMPARE(parsed[0].organisation, QStringLiteral("Apple Inc."));
        QCOMPARE(c.emails[0].toObject().value(QLatin1String("address")).toString(), QStringLiteral("johnny@apple.example"));
        QCOMPARE(c.emails[0].toObject().value(QLatin1String("type")).toString(), QStringLiteral("work"));
        QCOMPARE(c.notes, QStringLiteral("A very long note that an address book folded onto a second line because it was "
                                         "longer than seventy-five octets."));
        QCOMPARE(c.tags, (QStringList{QStringLiteral("friends"), QStringLiteral("work")}));
        QCOMPARE(c.birthday, QStringLiteral("1970-01-01"));
    }

    void brokenCardsAreNamedAndTheRestComesIn()
    {
        const QByteArray file = "BEGIN:VCARD\nVERSION:4.0\nFN:Good One\nEND:VCARD\n"          // lines 1-4
                                "BEGIN:VCARD\nVERSION:4.0\nFN:Bad Line\nthis is not a property\nEND:VCARD\n" // 5-9
                                "BEGIN:VCARD\nVERSION:4.0\nEMAIL:nobody@example.org\nEND:VCARD\n"  // 10-13
                                "BEGIN:VCARD\nVERSION:4.0\nFN:Bad Mail\nEMAIL:not-an-address\nEND:VCARD\n" // 14-18
                                "BEGIN:VCARD\nVERSION:4.0\nFN:Never Ends\n";                       // 19-21
        TempDatabase db;
        auto dry = ContactImport::vcards(*db.store, file, true);
        QVERIFY(dry);
        QCOMPARE(dry->created, 1);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0); // a dry run writes nothing
        auto report = ContactImport::vcards(*db.store, file, false);
        QVERIFY(report);
        QCOMPARE(report->created, 1);
        QList<int> lines;
        for (const VCardProblem& p : report->problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{8, 10, 14, 19}));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT last_name FROM contacts")).toString(), QStringLiteral("One"));
    }

    void cardsLeftOut_countsCardsNotLines()
    {
        // One card with two bad lines, one line outside any card, one good card: one card left out.
        const QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nFN:Broken Twice\nno colon\nnor here\nEND:VCARD\n" // 1-6
                                "stray line\n"                                                               // 7
                                "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEND:VCARD\n";                    // 8-11
        TempDatabase db;
        auto report = ContactImport::vcards(*db.store, file, true);
        QVERIFY(report);
        QCOMPARE(report->created, 1);
        QCOMPARE(report->problems.size(), 3);
        QCOMPARE(report->cardsLeftOut(), 1);
        QCOMPARE(report->problems.first().cardLine, 1);
        QCOMPARE(report->problems.first().card, QStringLiteral("Broken Twice"));
    }

    void writePathRefusals_areNamedByLine_theRestComesIn()
    {
        // "12" passes the checks of the card's shape; only the write path (reading the number) refuses it.
        const QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nORG:Analytical Engines\nEND:VCARD\n" // 1-5
                                "BEGIN:VCARD\nVERSION:3.0\nFN:Short Number\nTEL;TYPE=WORK:12\nEND:VCARD\n"        // 6-10
                                "BEGIN:VCARD\nVERSION:3.0\nFN:Charles Babbage\nORG:Analytical Engines\n"
                                "TEL;TYPE=CELL:+44 7700 900123\nEND:VCARD\n"; // 11-16
        TempDatabase db;
        auto report = ContactImport::vcards(*db.store, file, false);
        QVERIFY(report);
        QCOMPARE(report->created, 2);
        QCOMPARE(report->accountsCreated, 1);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().line, 6);
        QCOMPARE(report->problems.first().card, QStringLiteral("Short Number"));
        QVERIFY2(report->problems.first().message.contains(QStringLiteral("12")), qPrintable(report->problems.first().message));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 2);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Number'")).toInt(), 0);
        // Both people are journaled for sync and found by the search, with their company.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'contact'")).toInt(), 2);
        QCOMPARE(SearchIndex::search(*db.db, u"babbage analytical", 5)->size(), 1);
    }

    void aCompanyWhosePeopleAreAllRefused_isNotMade()
    {
        // Tiny Works' only card is refused by the write path; Analytical Engines keeps one of its two people.
        const QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nORG:Analytical Engines\nEND:VCARD\n" // 1-5
                                "BEGIN:VCARD\nVERSION:3.0\nFN:Short Number\nORG:Tiny Works\nTEL:12\nEND:VCARD\n" // 6-11
                                "BEGIN:VCARD\nVERSION:3.0\nFN:Charles Babbage\nORG:Analytical Engines\nTEL:99\n"
                                "END:VCARD\n"; // 12-17
        TempDatabase db;
        auto report = ContactImport::vcards(*db.store, file, false);
        QVERIFY(report);
        QCOMPARE(report->created, 1);
        QCOMPARE(report->accountsCreated, 1);
        QList<int> lines;
        for (const VCardProblem& p : report->problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{6, 12}));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT group_concat(name) FROM accounts")).toString(),
                 QStringLiteral("Analytical Engines"));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT group_concat(last_name) FROM contacts")).toString(),
                 QStringLiteral("Lovelace"));
        // Nothing of the first, abandoned pass is left: not in the outbox, the audit log or the search.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulk'")).toInt(), 1);
        QCOMPARE(SearchIndex::search(*db.db, u"tiny", 5)->size(), 0);
        QCOMPARE(SearchIndex::search(*db.db, u"lovelace analytical", 5)->size(), 1);
    }

    void largeFile_isParsedInPieces_withTheSameCardsAndLines()
    {
        // Over 256 KiB, so it is cut into pieces parsed side by side; the cards and every line number must be
        // those of reading it in one go. CRLF line ends, as Windows writes them.
        QByteArray file;
        int line = 0;
        QList<int> starts;
        int brokenLine = 0;
        for (int i = 0; i < 4000; ++i) {
            starts << line + 1;
            file += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
            file += "FN:Person " + QByteArray::number(i) + "\r\n";
            file += "EMAIL;TYPE=WORK:p" + QByteArray::number(i) + "@example.org\r\n";
            line += 4;
            if (i == 3500) {
                file += "no colon here\r\n";
                brokenLine = ++line;
            }
            file += "END:VCARD\r\n";
            ++line;
        }
        QVERIFY(file.size() > 300 * 1024);
        const auto parsed = VCardReader::parse(file);
        QCOMPARE(parsed.cards.size(), 3999);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().line, brokenLine);
        QCOMPARE(parsed.problems.first().card, QStringLiteral("Person 3500")); // whom it is about, for the report
        QCOMPARE(parsed.cards.first().line, 1);
        QCOMPARE(parsed.cards.at(2000).line, starts.at(2000));
        QCOMPARE(parsed.cards.at(2000).contact.lastName, QStringLiteral("2000"));
        QCOMPARE(parsed.cards.last().line, starts.last());
        QCOMPARE(parsed.cards.last().contact.emails.first().toObject().value(QLatin1String("address")).toString(),
                 QStringLiteral("p3999@example.org"));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "TestVCard.moc"
