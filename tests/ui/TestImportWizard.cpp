// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The import wizard as a person goes through it: a file, its columns, create or update, the preview, the
// import on its own thread, and the rows it left out.
#include "TestPaths.h"
#include "TestSupport.h"
#include "Translations.h"

#include "Workspace.h"
#include "dialogs/ImportWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en")); // US English, and its plural forms
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("import.sqlite")), QStringLiteral("DE"));
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws = std::move(*ws);
        QVERIFY(m_ws->store().ensureCurrentUser());
    }

    void wizard_outlookFile_stepByStep()
    {
        ImportWizard wizard(*m_ws);
        wizard.show();
        wizard.setFile(QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/outlook.csv"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("detectedFormat"))->text().startsWith(
            QLatin1String("Windows-1252, separated by commas")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        QTableWidget* columns = wizard.columns();
        QCOMPARE(columns->rowCount(), 28);
        QCOMPARE(columns->item(0, 0)->text(), QStringLiteral("First Name"));
        QCOMPARE(static_cast<QComboBox*>(columns->cellWidget(0, 2))->currentText(), QStringLiteral("First name"));
        QCOMPARE(static_cast<QComboBox*>(columns->cellWidget(20, 2))->currentText(), QStringLiteral("Phone (Mobile)"));
        // The person decides the notes stay behind.
        auto* notes = static_cast<QComboBox*>(columns->cellWidget(27, 2));
        notes->setCurrentIndex(0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ModePage));
        wizard.findChild<QRadioButton*>(QStringLiteral("modeUpsert"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QCOMPARE(wizard.preview()->rowCount(), 3);
        QCOMPARE(wizard.preview()->item(0, 1)->text(), QStringLiteral("Jürgen Müller"));
        QCOMPARE(wizard.preview()->item(0, 2)->text(), QStringLiteral("New contact"));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Müller'")).toInt(), 0);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_VERIFY(wizard.isFinished());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(wizard.report().created, 3);
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Müller'")).toInt(), 1);
        QVERIFY(scalar(m_ws->database(), QStringLiteral("SELECT notes FROM contacts WHERE last_name = 'Müller'")).isNull());
        // Written through the write path by the import's own connection: journaled for sync.
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'contact'")).toInt(), 3);
    }

    void wizard_rowsLeftOut_areListedWithTheirLines()
    {
        ImportWizard wizard(*m_ws);
        wizard.show();
        wizard.setFile(QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/problems.csv"));
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.preview()->item(1, 2)->text(), QStringLiteral("Left out"));
        QCOMPARE(wizard.preview()->item(1, 3)->text(), QStringLiteral("There is no name."));
        wizard.next();
        QTRY_VERIFY(wizard.isFinished());
        QTableWidget* problems = wizard.problems();
        QCOMPARE(problems->rowCount(), 5); // four left out, one imported without its country
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importStatus"))->text().startsWith(
            QLatin1String("Contacts created: 3, updated: 0;")));
    }

    void wizard_vCardFile_goesFromFileToPreview()
    {
        // Two cards and one that is no card: the good ones come in, the bad one is named with its line.
        const QString path = m_dir.filePath(QStringLiteral("phone.vcf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lindqvist;Eva;;;\r\nFN:Eva Lindqvist\r\nORG:Nordlicht AB\r\n"
                "EMAIL;TYPE=WORK:eva@nordlicht.example\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\r\nEMAIL:info@nordlicht.example\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Ola;;;\r\nFN:Ola Berg\r\nTEL;TYPE=CELL:+46 70 123 45 67\r\n"
                "END:VCARD\r\n");
        f.close();
        ImportWizard wizard(*m_ws);
        wizard.show();
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("detectedFormat"))->text().isEmpty()); // what goes there
        const auto encoding = [](const ImportWizard& w) {
            return w.findChild<QWidget*>(QStringLiteral("importEncoding"));
        };
        const auto separator = [](const ImportWizard& w) {
            return w.findChild<QWidget*>(QStringLiteral("importSeparator"));
        };
        QVERIFY(!encoding(wizard)->isHidden() && !separator(wizard)->isHidden());
        wizard.setFile(path);
        QVERIFY(wizard.isVCard());
        QVERIFY(encoding(wizard)->isHidden() && separator(wizard)->isHidden()); // a vCard has neither to choose
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("detectedFormat"))->text(),
                 QStringLiteral("vCard address book · 3 cards"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QCOMPARE(wizard.preview()->rowCount(), 3); // every card in the order of the file
        QCOMPARE(wizard.preview()->item(0, 1)->text(), QStringLiteral("Eva Lindqvist"));
        QCOMPARE(wizard.preview()->item(0, 2)->text(), QStringLiteral("New contact"));
        QCOMPARE(wizard.preview()->item(1, 0)->text(), QStringLiteral("8")); // where the empty card begins
        QCOMPARE(wizard.preview()->item(1, 2)->text(), QStringLiteral("Left out"));
        QCOMPARE(wizard.preview()->item(1, 1)->text(), QStringLiteral("info@nordlicht.example")); // who, as it can
        QCOMPARE(wizard.preview()->item(2, 1)->text(), QStringLiteral("Ola Berg"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("previewSummary"))->text().startsWith(
            QLatin1String("New contacts: 2; new accounts for their organisations: 1; cards left out: 1")));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Lindqvist'")).toInt(), 0);
        wizard.next();
        QTRY_VERIFY(wizard.isFinished());
        QCOMPARE(wizard.report().created, 2);
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Lindqvist' OR first_name = 'Ola'")).toInt(), 2);
        QCOMPARE(wizard.problems()->rowCount(), 1);
        QVERIFY2(wizard.findChild<QLabel*>(QStringLiteral("importStatus"))
                     ->text()
                     .contains(QLatin1String("cards left out: 1")),
                 qPrintable(wizard.findChild<QLabel*>(QStringLiteral("importStatus"))->text()));
        // Back to a CSV file: its columns and separator again.
        ImportWizard again(*m_ws);
        again.setFile(path);
        again.setFile(QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/outlook.csv"));
        QVERIFY(!again.isVCard());
        QVERIFY(!encoding(again)->isHidden() && !separator(again)->isHidden());
        again.show();
        again.next();
        QCOMPARE(again.currentId(), int(ImportWizard::ColumnsPage));
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
