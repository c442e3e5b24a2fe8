// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Contacts out to CSV and vCard: quoting, formula cells neutralised, vCard escapes and folding, whole
// files or nothing.
#include "TestSupport.h"
#include "domain/RichText.h"
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

    void richText_plainForPeopleAndOtherPrograms_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("plain");
        QTest::newRow("plain stays") << "Line one\n  Line two <3 & more"
                                     << "Line one\n  Line two <3 & more";
        QTest::newRow("the notes editor's") << "<p>Met at <b>Hannover</b> &amp; <i>Köln</i></p><ul><li>20 seats</li>"
                                               "<li>call in Q2</li></ul><p>a&lt;b<br>c&#233;&#x20AC;</p>"
                                            << "Met at Hannover & Köln\n• 20 seats\n• call in Q2\na<b\ncé€";
        // What the editor wrote before: Qt's whole document (Qt 6.4's QTextDocument::toHtml()).
        QTest::newRow("Qt document")
            << "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\" \"http://www.w3.org/TR/REC-html40/strict.dtd\">\n"
               "<html><head><meta name=\"qrichtext\" content=\"1\" /><meta charset=\"utf-8\" /><style "
               "type=\"text/css\">\np, li { white-space: pre-wrap; }\nhr { height: 1px; border-width: 0; }\n"
               "</style></head><body style=\" font-family:'Sans Serif'; font-size:9pt; font-weight:400; "
               "font-style:normal;\">\n<p style=\" margin-top:0px; margin-bottom:0px; margin-left:0px; "
               "margin-right:0px; -qt-block-indent:0; text-indent:0px;\">Prefers <span style=\" "
               "font-weight:700;\">mornings</span>&nbsp;&quot;early&quot;</p>\n<p style=\"-qt-paragraph-type:empty; "
               "margin-top:0px;\"><br /></p>\n<p style=\" margin-top:0px;\">Budget in May</p></body></html>"
            << QStringLiteral("Prefers mornings \"early\"\nBudget in May");
    }

    void richText_plainForPeopleAndOtherPrograms()
    {
        QFETCH(QString, stored);
        QFETCH(QString, plain);
        QCOMPARE(RichText::toPlainText(stored), plain);
    }

    void notesLeaveAsPlainText()
    {
        TempDatabase db;
        Record c = contact(QStringLiteral("Rory"), QStringLiteral("Bailey"));
        c.set(u"notes", QStringLiteral("<p>Prefers <b>mornings</b></p><ul><li>20 seats</li></ul>"));
        QVERIFY(db.store->create(c));
        const QString vcf = db.dir.filePath(QStringLiteral("out.vcf"));
        QVERIFY(ContactExport::write(*db.db, vcf, ContactExport::Format::VCard));
        QFile f(vcf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("NOTE:Prefers mornings\\n• 20 seats\r\n"));
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
