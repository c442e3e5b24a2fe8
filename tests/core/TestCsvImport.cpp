// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// CSV files as Outlook, Google Contacts, German Excel and Rapport write them come in whole or not at all,
// and every row left out is named with its line and why.
#include "TestPaths.h"
#include "TestSupport.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/CsvImport.h"
#include "io/CsvReader.h"
#include "search/SearchIndex.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", name);
    return f.readAll();
}

Result<CsvImport::Report> importBytes(RecordStore& store, const QByteArray& bytes, CsvImport::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvImport::run(store, buffer, options);
}

QList<QStringList> readAll(const QByteArray& bytes, QList<int>* lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvReader::detect(bytes));
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields)) {
        rows << fields;
        if (lines)
            *lines << reader.line();
    }
    return rows;
}

QString contactWhere(TempDatabase& db, const char* column, const QString& lastName)
{
    return scalar(*db.db, QStringLiteral("SELECT %1 FROM contacts WHERE last_name = ?").arg(QLatin1String(column)),
                  {lastName})
        .toString();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void detect_encodingAndDelimiter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("Outlook") << "outlook.csv" << int(CsvFormat::Encoding::Windows1252) << ",";
        QTest::newRow("Google") << "google.csv" << int(CsvFormat::Encoding::Utf8) << ",";
        QTest::newRow("German Excel") << "excel-de.csv" << int(CsvFormat::Encoding::Windows1252) << ";";
        QTest::newRow("Unicode text") << "unicode-tab.csv" << int(CsvFormat::Encoding::Utf16LE) << "\t";
        QTest::newRow("UTF-8") << "problems.csv" << int(CsvFormat::Encoding::Utf8) << ",";
    }
    void detect_encodingAndDelimiter()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);
        const CsvFormat f = CsvReader::detect(fixture(qPrintable(file)));
        QCOMPARE(int(f.encoding), encoding);
        QCOMPARE(QString(f.delimiter), delimiter);
        // UTF-8 with a byte-order mark, and UTF-16 without one.
        QCOMPARE(CsvReader::detect(QByteArray("\xEF\xBB\xBF"
                                              "a;b\r\n1;2\r\n"))
                     .encoding,
                 CsvFormat::Encoding::Utf8Bom);
        QCOMPARE(CsvReader::detect(QByteArray(reinterpret_cast<const char*>(u"a,b\n1,2\n"), 16)).encoding,
                 CsvFormat::Encoding::Utf16LE);
    }

    void reader_quotesLineBreaksAndLineNumbers()
    {
        const QByteArray csv =
            "name,note\r\n\"Doe, Jane\",\"said \"\"hi\"\"\nand left\"\r\nplain,\"\"\r\n\r\nlast,x\rcr,only";
        QList<int> lines;
        const QList<QStringList> rows = readAll(csv, &lines);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1], (QStringList{QStringLiteral("Doe, Jane"), QStringLiteral("said \"hi\"\nand left")}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("plain"), QString()}));
        QCOMPARE(rows[3], (QStringList{QStringLiteral("last"), QStringLiteral("x")}));
        QCOMPARE(rows[4], (QStringList{QStringLiteral("cr"), QStringLiteral("only")}));
        QCOMPARE(lines, (QList<int>{1, 2, 4, 6, 7}));
        // A quote that never closes is an error with its line, not a silently swallowed file.
        QBuffer broken;
        broken.setData("a,b\n1,\"open\n2,3\n");
        broken.open(QIODevice::ReadOnly);
        CsvReader reader(broken, CsvReader::detect(broken.data()));
        QStringList fields;
        QVERIFY(reader.next(fields));
        QVERIFY(!reader.next(fields));
        QCOMPARE(reader.error(), QStringLiteral("Line 2: a quoted field is never closed."));
    }

    void outlook_export_allFieldsArrive()
    {
        TempDatabase db;
        auto report = importBytes(*db.store, fixture("outlook.csv"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->created, 3);
        QCOMPARE(report->skipped, 0);
        QCOMPARE(report->accountsCreated, 3);
        QCOMPARE(report->warnings, 0); // Outlook's "0/0/00" is no birthday, not a bad one
        QCOMPARE(contactWhere(db, "first_name", QStringLiteral("Müller")), QStringLiteral("Jürgen"));
        QCOMPARE(contactWhere(db, "salutation", QStringLiteral("Müller")), QStringLiteral("Herr"));
        QCOMPARE(contactWhere(db, "job_title", QStringLiteral("Müller")), QStringLiteral("Einkaufsleiter"));
        QCOMPARE(contactWhere(db, "birthday", QStringLiteral("Müller")), QStringLiteral("1984-05-17"));
        QCOMPARE(contactWhere(db, "country", QStringLiteral("Müller")), QStringLiteral("DE"));
        QCOMPARE(contactWhere(db, "city", QStringLiteral("Müller")), QStringLiteral("Köln"));
        QVERIFY(contactWhere(db, "notes", QStringLiteral("Müller")).contains(QLatin1String("Zweite Zeile, mit Komma")));
        QCOMPARE(contactWhere(db, "tags", QStringLiteral("Müller")), QStringLiteral(R"(["VIP","Newsletter"])"));
        const QString phones = contactWhere(db, "phones", QStringLiteral("Müller"));
        QVERIFY2(phones.contains(QLatin1String("+49221123456")) && phones.contains(QLatin1String("+491712345678")) &&
                     phones.contains(QLatin1String("\"mobile\"")),
                 qPrintable(phones));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT a.name FROM contacts c JOIN accounts a ON a.id = c.account_id "
                                               "WHERE c.last_name = 'Müller'"))
                     .toString(),
                 QStringLiteral("Müller & Söhne GmbH"));
        // Anna has two addresses, two emails and a middle name.
        QCOMPARE(contactWhere(db, "first_name", QStringLiteral("Schmidt")), QStringLiteral("Anna Maria"));
        const QJsonArray addresses =
            QJsonDocument::fromJson(contactWhere(db, "addresses", QStringLiteral("Schmidt")).toUtf8()).array();
        QCOMPARE(addresses.size(), 2);
        QCOMPARE(addresses[1].toObject().value(QLatin1String("type")).toString(), QStringLiteral("home"));
        QVERIFY(contactWhere(db, "emails", QStringLiteral("Schmidt")).contains(QLatin1String("anna@privat.example")));
        QVERIFY(contactWhere(db, "phones", QStringLiteral("Schmidt")).contains(QLatin1String("\"fax\"")));
        // Found by search like any other contact, and in the outbox to sync.
        QCOMPARE(SearchIndex::search(*db.db, u"muller sohne", 5)->size() >= 1, true);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'contact'")).toInt(), 3);
    }

    void google_export_typesFromLabels()
    {
        TempDatabase db;
        auto report = importBytes(*db.store, fixture("google.csv"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->created, 2);
        QCOMPARE(report->warnings, 1);
        QCOMPARE(report->rows.first().line, 5); // Tom, after Zoë's three-line address
        QVERIFY(report->rows.first().warnings.first().contains(QLatin1String("--05-17")));
        const QString emails = contactWhere(db, "emails", QStringLiteral("Quintero"));
        QCOMPARE(
            emails,
            QStringLiteral(
                R"([{"address":"zoe@quintero.example","type":"work"},{"address":"zoe.q@mail.example","type":"home"}])"));
        QVERIFY(contactWhere(db, "phones", QStringLiteral("Quintero")).contains(QLatin1String(R"("type":"mobile")")));
        QCOMPARE(contactWhere(db, "country", QStringLiteral("Quintero")), QStringLiteral("ES"));
        QCOMPARE(contactWhere(db, "job_title", QStringLiteral("Quintero")), QStringLiteral("Diseñadora"));
        QCOMPARE(contactWhere(db, "tags", QStringLiteral("Quintero")), QStringLiteral(R"(["Friends","Design"])"));
        QCOMPARE(contactWhere(db, "first_name", QStringLiteral("Quintero")), QStringLiteral("Zoë"));
    }

    void germanExcel_andUnicodeText()
    {
        TempDatabase db;
        QVERIFY(importBytes(*db.store, fixture("excel-de.csv")));
        QCOMPARE(contactWhere(db, "first_name", QStringLiteral("Weiß")), QStringLiteral("Björn"));
        QCOMPARE(contactWhere(db, "birthday", QStringLiteral("Weiß")), QStringLiteral("1984-05-17"));
        QCOMPARE(contactWhere(db, "primary_phone", QStringLiteral("Yildiz")), QStringLiteral("+49 30 1234567"));
        auto unicode = importBytes(*db.store, fixture("unicode-tab.csv"));
        QVERIFY2(unicode, qPrintable(unicode.error().message));
        QCOMPARE(unicode->created, 2);
        QCOMPARE(contactWhere(db, "first_name", QStringLiteral("Παπαδοπούλου")), QStringLiteral("Ελένη"));
        QCOMPARE(contactWhere(db, "primary_email", QStringLiteral("Петров")), QStringLiteral("ivan@example.ru"));
    }

    void badRows_areNamedWithTheirLines_theRestComesIn()
    {
        TempDatabase db;
        auto report = importBytes(*db.store, fixture("problems.csv"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->created, 3); // Eva, Ole (country left out), Per
        QCOMPARE(report->skipped, 4);
        QHash<int, QString> byLine;
        for (const CsvImport::Row& r : report->rows)
            byLine.insert(r.line, (r.problems + r.warnings).join(QLatin1Char(' ')));
        QCOMPARE(byLine.value(3), QStringLiteral("There is no name."));
        QCOMPARE(byLine.value(4), QStringLiteral("\"not-an-email\" is not a valid email address."));
        QCOMPARE(byLine.value(5), QStringLiteral("\"12\" is not a phone number."));
        QCOMPARE(byLine.value(6),
                 QStringLiteral("The country \"Atlantis\" is not one this import knows; it was left out."));
        QCOMPARE(byLine.value(9), QStringLiteral("The same person as on line 2 (same email address)."));
        QVERIFY(!byLine.contains(10));
        QCOMPARE(contactWhere(db, "notes", QStringLiteral("Hansen")),
                 QStringLiteral("A note\nthat spans\nthree lines"));
    }

    void languages_byCodeOrName_unknownLeftOut()
    {
        TempDatabase db;
        const QByteArray csv = "First Name,Last Name,Language\r\nJean,Dupont,Français\r\nAmy,Wu,en_GB\r\n"
                               "Eli,Tolk,Elvish\r\n";
        auto report = importBytes(*db.store, csv);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->created, 3);
        QCOMPARE(contactWhere(db, "language", QStringLiteral("Dupont")), QStringLiteral("fr"));
        QCOMPARE(contactWhere(db, "language", QStringLiteral("Wu")), QStringLiteral("en-GB"));
        QCOMPARE(contactWhere(db, "language", QStringLiteral("Tolk")), QString());
        QCOMPARE(report->rows.last().warnings,
                 QStringList{QStringLiteral("The language \"Elvish\" is not one this import knows; it was left out.")});
    }

    void phoneNumbers_readInTheCountryOfTheirRow()
    {
        // A national number belongs to the country of the row's address; without one, to the user's region.
        TempDatabase db;
        db.store->setDefaultRegion(QStringLiteral("DE"));
        const QByteArray csv = "First Name,Last Name,Mobile Phone,Business Country/Region\r\n"
                               "Hanna,Schulz,0171 2345678,Germany\r\n"
                               "John,Public,(212) 555-0199,United States\r\n"
                               "Ida,Berg,030 1234567,\r\n";
        auto report = importBytes(*db.store, csv);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->created, 3);
        const auto e164 = [&db](const char* lastName) {
            return scalar(*db.db,
                          QStringLiteral("SELECT p.e164 FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid "
                                         "WHERE c.last_name = ?"),
                          {QString::fromLatin1(lastName)})
                .toString();
        };
        QCOMPARE(e164("Schulz"), QStringLiteral("+491712345678"));
        QCOMPARE(e164("Public"), QStringLiteral("+12125550199"));
        QCOMPARE(e164("Berg"), QStringLiteral("+49301234567"));
        // The same file on a laptop set to the US: Hanna's mobile is still German, not refused.
        TempDatabase us;
        us.store->setDefaultRegion(QStringLiteral("US"));
        auto there = importBytes(*us.store, csv);
        QVERIFY2(there, qPrintable(there.error().message));
        QCOMPARE(there->created, 2); // Ida's 030 number is no US number: her row is named with why
        QVERIFY(there->rows.last()
                    .problems.join(QLatin1Char(' '))
                    .contains(QLatin1String("\"030 1234567\" is not a phone number")));
        QCOMPARE(scalar(*us.db, QStringLiteral("SELECT p.e164 FROM phone_index p JOIN contacts c ON c.rid = "
                                               "p.contact_rid WHERE c.last_name = 'Schulz'"))
                     .toString(),
                 QStringLiteral("+491712345678"));
    }

    void modes_createUpdateUpsert_andMatchKeys()
    {
        TempDatabase db;
        QVERIFY(importBytes(*db.store, fixture("problems.csv")));
        const int contacts = scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt();
        // The same file again: everyone is already there.
        auto again = importBytes(*db.store, fixture("problems.csv"));
        QCOMPARE(again->created, 0);
        QVERIFY(again->rows.first().problems.first().contains(QLatin1String("Already in the book as Eva Lind")));
        // Update by email: a new job title for Eva, and Anna is not in the book.
        const QByteArray changes =
            "Email,Job Title,Last Name\r\neva@lind.example,CTO,Lind\r\nanna@nowhere.example,CEO,Berg\r\n";
        CsvImport::Options update;
        update.mode = CsvImport::Mode::Update;
        auto updated = importBytes(*db.store, changes, update);
        QCOMPARE(updated->updated, 1);
        QCOMPARE(updated->skipped, 1);
        QCOMPARE(contactWhere(db, "job_title", QStringLiteral("Lind")), QStringLiteral("CTO"));
        QCOMPARE(contactWhere(db, "emails", QStringLiteral("Lind")),
                 QStringLiteral(R"([{"address":"eva@lind.example","type":"work"}])"));
        // Upsert by phone, in another spelling: Per gets an email address, and someone new comes in.
        const QByteArray byPhone =
            "Phone,Email,First Name,Last Name\r\n070-123 45 67,per.berg@mail.example,Per,Berg\r\n"
            "+46 8 555 555 55,,Nils,Holm\r\n";
        CsvImport::Options upsert;
        upsert.mode = CsvImport::Mode::Upsert;
        upsert.match = CsvImport::Match::Phone;
        db.store->setDefaultRegion(QStringLiteral("SE"));
        auto upserted = importBytes(*db.store, byPhone, upsert);
        QVERIFY2(upserted, qPrintable(upserted.error().message));
        QCOMPARE(upserted->updated, 1);
        QCOMPARE(upserted->created, 1);
        QCOMPARE(
            contactWhere(db, "emails", QStringLiteral("Berg")),
            QStringLiteral(
                R"([{"address":"per@berg.example","type":"work"},{"address":"per.berg@mail.example","type":"work"}])"));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), contacts + 1);
    }

    void roundTrip_exportThenUpdateById()
    {
        TempDatabase db;
        QVERIFY(importBytes(*db.store, fixture("outlook.csv")));
        const QString path = db.dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(ContactExport::write(*db.db, path, ContactExport::Format::Csv));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray exported = f.readAll();
        // Into an empty book: the same people.
        TempDatabase other;
        auto created = importBytes(*other.store, exported);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->created, 3);
        for (const char* column :
             {"first_name", "job_title", "primary_email", "primary_phone", "city", "country", "birthday"})
            QCOMPARE(contactWhere(other, column, QStringLiteral("Dubois")),
                     contactWhere(db, column, QStringLiteral("Dubois")));
        // Back into the first book by id, after editing a cell: an update, nothing created.
        exported.replace("Directeur", "Président");
        CsvImport::Options byId;
        byId.mode = CsvImport::Mode::Upsert;
        byId.match = CsvImport::Match::Id;
        auto updated = importBytes(*db.store, exported, byId);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->created, 0);
        QCOMPARE(updated->updated, 3);
        QCOMPARE(contactWhere(db, "job_title", QStringLiteral("Dubois")), QStringLiteral("Président"));
    }

    void owner_byUserNameAddressOrName_andBackThroughTheExport()
    {
        TempDatabase db;
        const QString team = *db.store->create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Sales Nord")).set(u"kind", QStringLiteral("sales")));
        auto user = [&](const char* username, const QString& name, const char* email, const QString& teamId = {}) {
            Record u(EntityType::User);
            u.set(u"username", QLatin1String(username)).set(u"display_name", name).set(u"role", QStringLiteral("rep"));
            u.set(u"email", QLatin1String(email));
            if (!teamId.isEmpty())
                u.set(u"team_id", teamId);
            return *db.store->create(u);
        };
        const QString oezlem = user("oezlem", QStringLiteral("Özlem Şahin"), "oezlem@rapport.example", team);
        const QString kai = user("kai", QStringLiteral("Kai Berg"), "kai@rapport.example");
        user("kai2", QStringLiteral("Kai Berg"), "kai.berg@rapport.example"); // the same name twice
        user("nameless", QString(), "nameless@rapport.example"); // no display name: a blank never means them
        {
            ImportedOwners owners(*db.db);
            QVERIFY(!owners.find(QString()) && !owners.find(QStringLiteral("  ")));
            QCOMPARE(owners.find(QStringLiteral(" Oezlem "))->id, oezlem);
            QVERIFY(!owners.find(QStringLiteral("kai berg")));
        }
        auto imported = importBytes(*db.store,
                                    "First Name,Last Name,Contact Owner\n"
                                    "Anna,Arndt,oezlem\n"              // user name
                                    "Ben,Brandt,KAI@rapport.example\n" // address, any case
                                    "Cem,Celik,ÖZLEM ŞAHIN\n"          // display name, any case and script
                                    "Dora,Dahl,Kai Berg\n"             // a name two users share
                                    "Emil,Ernst,Nobody Here\n"         // no such user
                                    "Fay,Fink,\n");                    // none given
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->created, 6);
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Arndt")), oezlem);
        QCOMPARE(contactWhere(db, "team_id", QStringLiteral("Arndt")), team); // shared with the owner's team
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Brandt")), kai);
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Celik")), oezlem);
        const QString me = db.store->currentUserId();
        for (const char* last : {"Dahl", "Ernst", "Fink"})
            QCOMPARE(contactWhere(db, "owner_id", QLatin1String(last)), me); // left with whoever imports them
        QCOMPARE(imported->warnings, 2);
        QStringList said;
        for (const CsvImport::Row& r : imported->rows)
            said << QStringLiteral("%1: %2").arg(r.line).arg(r.warnings.join(u' '));
        QCOMPARE(
            said,
            (QStringList{
                QStringLiteral("5: No user is called \"Kai Berg\" (or several are); the owner was left as it was."),
                QStringLiteral(
                    "6: No user is called \"Nobody Here\" (or several are); the owner was left as it was.")}));

        // The export names each owner; an update by id from it gives contacts to other people.
        const QString path = db.dir.filePath(QStringLiteral("owners.csv"));
        QVERIFY(ContactExport::write(*db.db, path, ContactExport::Format::Csv));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray exported = f.readAll();
        QCOMPARE(readAll(exported).first().last(), QStringLiteral("Owner"));
        QVERIFY(exported.contains("Arndt,") && exported.contains(",Özlem Şahin\r\n"));
        exported.replace(",Özlem Şahin\r\n", ",kai\r\n");
        CsvImport::Options byId;
        byId.mode = CsvImport::Mode::Update;
        byId.match = CsvImport::Match::Id;
        auto updated = importBytes(*db.store, exported, byId);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->created, 0);
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Arndt")), kai);
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Celik")), kai);
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Brandt")), kai);
        QCOMPARE(contactWhere(db, "owner_id", QStringLiteral("Fink")), me);
    }

    void dryRunPreviewAndCancel_writeNothing()
    {
        TempDatabase db;
        const int before = scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt();
        CsvImport::Options dry;
        dry.dryRun = true;
        auto report = importBytes(*db.store, fixture("outlook.csv"), dry);
        QCOMPARE(report->created, 3);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), before);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
        // A preview: the first rows with their cells and what would happen.
        CsvImport::Options preview;
        preview.rowLimit = 2;
        auto rows = importBytes(*db.store, fixture("outlook.csv"), preview);
        QCOMPARE(rows->rows.size(), 2);
        QCOMPARE(rows->rows[1].values.at(2), QStringLiteral("Schmidt"));
        QCOMPARE(rows->rows[1].action, CsvImport::Row::Action::Create);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), before);
        // Cancelled half-way: nothing.
        std::atomic<bool> stop{true};
        CsvImport::Options cancelled;
        cancelled.cancel = &stop;
        auto none = importBytes(*db.store, fixture("outlook.csv"), cancelled);
        QVERIFY(none->cancelled);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), before);
    }

    void largeFile_inBatches_aFailureSaysFromWhichLineNothingWasWritten()
    {
        // Batches of two records, and the disk "fills up" at the sixth contact: the first two batches are in
        // the book, and the error names the line from which on nothing was written.
        TempDatabase db;
        rawExec(db.path(), QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON contacts WHEN NEW.last_name = 'Batch5' "
                                          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        QByteArray csv = "First Name,Last Name,Email\n";
        for (int i = 0; i < 10; ++i)
            csv += "P" + QByteArray::number(i) + ",Batch" + QByteArray::number(i) + ",p" + QByteArray::number(i) +
                   "@batch.example\n";
        CsvImport::Options o;
        o.batchSize = 2;
        auto report = importBytes(*db.store, csv, o);
        QVERIFY(!report);
        QVERIFY2(report.error().message.startsWith(QLatin1String("The import stopped at line 6:")),
                 qPrintable(report.error().message));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts WHERE last_name LIKE 'Batch%'")).toInt(),
                 4);
        // The same file again finishes what is left (once the disk has room): the rows already in are skipped.
        rawExec(db.path(), QStringLiteral("DROP TRIGGER full"));
        auto again = importBytes(*db.store, csv);
        QVERIFY(again);
        QCOMPARE(again->created, 6);
        QCOMPARE(again->skipped, 4);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM contacts WHERE last_name LIKE 'Batch%'")).toInt(),
                 10);
    }

    void mapping_recognisesCommonHeaders()
    {
        const QList<CsvColumn> m =
            CsvImport::suggestMapping({QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("E-Mail"),
                                       QStringLiteral("Mobil"), QStringLiteral("Firma"), QStringLiteral("whatever")});
        QCOMPARE(m[0].target, CsvTarget::FirstName);
        QCOMPARE(m[1].target, CsvTarget::LastName);
        QCOMPARE(m[2].target, CsvTarget::Email);
        QCOMPARE(m[3].target, CsvTarget::Phone);
        QCOMPARE(m[3].kind, QStringLiteral("mobile"));
        QCOMPARE(m[4].target, CsvTarget::Company);
        QCOMPARE(m[5].target, CsvTarget::Ignore);
        QCOMPARE(CsvImport::suggestMapping({QStringLiteral("Contact Owner")}).first().target, CsvTarget::Owner);
        QCOMPARE(CsvImport::suggestMapping({QStringLiteral("Zuständig")}).first().target, CsvTarget::Owner);
        // A French address book: "Service" is the department, "Portable" the mobile.
        const QList<CsvColumn> fr = CsvImport::suggestMapping(
            {QStringLiteral("Civilité"), QStringLiteral("Prénom"), QStringLiteral("Nom"), QStringLiteral("Société"),
             QStringLiteral("Service"), QStringLiteral("Fonction"), QStringLiteral("Courriel"),
             QStringLiteral("Portable"), QStringLiteral("Code postal"), QStringLiteral("Ville"),
             QStringLiteral("Date de naissance"), QStringLiteral("Catégories")});
        const QList<CsvTarget> expected{CsvTarget::Salutation, CsvTarget::FirstName,  CsvTarget::LastName,
                                        CsvTarget::Company,    CsvTarget::Department, CsvTarget::JobTitle,
                                        CsvTarget::Email,      CsvTarget::Phone,      CsvTarget::PostalCode,
                                        CsvTarget::City,       CsvTarget::Birthday,   CsvTarget::Tags};
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(fr[i].target == expected[i], qPrintable(QString::number(i)));
        QCOMPARE(fr[7].kind, QStringLiteral("mobile"));
        // Spanish and Italian ones.
        const QList<CsvColumn> es = CsvImport::suggestMapping(
            {QStringLiteral("Nombre"), QStringLiteral("Apellidos"), QStringLiteral("Empresa"),
             QStringLiteral("Correo electrónico"), QStringLiteral("Móvil"), QStringLiteral("Código postal")});
        const QList<CsvColumn> it =
            CsvImport::suggestMapping({QStringLiteral("Nome"), QStringLiteral("Cognome"), QStringLiteral("Azienda"),
                                       QStringLiteral("E-mail"), QStringLiteral("Cellulare"), QStringLiteral("CAP")});
        const QList<CsvTarget> both{CsvTarget::FirstName, CsvTarget::LastName, CsvTarget::Company,
                                    CsvTarget::Email,     CsvTarget::Phone,    CsvTarget::PostalCode};
        for (int i = 0; i < both.size(); ++i) {
            QVERIFY2(es[i].target == both[i], qPrintable(QString::number(i)));
            QVERIFY2(it[i].target == both[i], qPrintable(QString::number(i)));
        }
        // A file whose names cannot be found says so instead of importing nameless rows.
        TempDatabase db;
        auto refused = importBytes(*db.store, "Foo,Bar\n1,2\n");
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("No column is a name")));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
