// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Contacts out to CSV and vCard: quoting, formula cells neutralised, vCard escapes and folding, whole
// files or nothing.
#include "TestSupport.h"

#include "io/ContactExport.h"

#include <QFile>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestContactExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "Schmidt" << "Schmidt";
        QTest::newRow("comma") << "Schmidt, Anna" << "\"Schmidt, Anna\"";
        QTest::newRow("quote") << "Anna \"Ann\" S." << "\"Anna \"\"Ann\"\" S.\"";
        QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus command") << "+cmd|' /C calc'!A0" << "'+cmd|' /C calc'!A0";
        QTest::newRow("minus") << "-2+3" << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("phone stays") << "+49 30 1234567" << "+49 30 1234567";
        QTest::newRow("accents") << "Zoë Müller" << "Zoë Müller";
    }

    void csvCells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(ContactExport::csvCell(value), cell);
    }

    void vcardEscapesAndFolds()
    {
        ExportedContact c;
        c.id = QStringLiteral("01a21000-0000-7000-8000-000000000001");
        c.firstName = QStringLiteral("Zoë");
        c.lastName = QStringLiteral("O'Brien, Jr.; III");
        c.account = QStringLiteral("Acme\\Widgets");
        c.notes = QStringLiteral("Line one\nLine two — ") + QString(60, QChar(0x00FC)); // ü, two octets each
        c.phones = QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mobile")},
                                          {QStringLiteral("number"), QStringLiteral("0171 5550123")},
                                          {QStringLiteral("e164"), QStringLiteral("+491715550123")}}};
        c.birthday = QStringLiteral("1980-02-29");
        const QByteArray card = ContactExport::vcard(c);
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:01a21000-0000-7000-8000-000000000001\r\n"));
        QVERIFY(card.contains("N:O'Brien\\, Jr.\\; III;Zo\xC3\xAB;;;\r\n"));
        QVERIFY(card.contains("ORG:Acme\\\\Widgets\r\n"));
        QVERIFY(card.contains("TEL;TYPE=cell;PREF=1;VALUE=uri:tel:+491715550123\r\n"));
        QVERIFY(card.contains("BDAY:19800229\r\n"));
        QVERIFY(card.endsWith("END:VCARD\r\n"));
        // Folded at 75 octets, never inside a character; unfolding gives the note back.
        for (const QByteArray& line : card.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 + the CR
        QByteArray unfolded = card;
        unfolded.replace("\r\n ", "");
        const QString text = QString::fromUtf8(unfolded);
        QVERIFY(text.contains(QStringLiteral("NOTE:Line one\\nLine two — ") + QString(60, QChar(0x00FC)) + QStringLiteral("\r\n")));
    }

    void writesWholeFilesOrNothing()
    {
        TempDatabase db;
        Record c = contact(QStringLiteral("Anna"), QStringLiteral("Schmidt"));
        c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"anna@example.com"},{"address":"a@home.example"}])"));
        c.set(u"tags", QStringLiteral(R"(["vip","=risk"])"));
        QVERIFY(db.store->create(c));
        QVERIFY(db.store->create(contact(QStringLiteral("Bernd"), QStringLiteral("Kuhn"))));

        const QString csv = db.dir.filePath(QStringLiteral("out.csv"));
        auto written = ContactExport::write(*db.db, csv, ContactExport::Format::Csv);
        QVERIFY(written);
        QCOMPARE(*written, 2);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBFID,"));
        QVERIFY(lines[1].contains(",anna@example.com,a@home.example,"));
        QVERIFY(lines[1].contains(",\"vip; =risk\",")); // a later list item is not a cell start; ; is quoted for
                                                        // spreadsheets that split on it
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF

        const QString vcf = db.dir.filePath(QStringLiteral("out.vcf"));
        written = ContactExport::write(*db.db, vcf, ContactExport::Format::VCard);
        QVERIFY(written);
        QFile v(vcf);
        QVERIFY(v.open(QIODevice::ReadOnly));
        QCOMPARE(v.readAll().count("BEGIN:VCARD"), 2);

        // Into a folder that does not exist: an error in words, and no file.
        const QString nowhere = db.dir.filePath(QStringLiteral("missing/out.csv"));
        written = ContactExport::write(*db.db, nowhere, ContactExport::Format::Csv);
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }

    void formatsByExtension()
    {
        QCOMPARE(ContactExport::formatFor(QStringLiteral("a.CSV")), ContactExport::Format::Csv);
        QCOMPARE(ContactExport::formatFor(QStringLiteral("a.vcf")), ContactExport::Format::VCard);
        QVERIFY(!ContactExport::formatFor(QStringLiteral("a.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestContactExport)
#include "TestContactExport.moc"
