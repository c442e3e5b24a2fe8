// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The customer's pages as a person uses them: everything about a contact at a glance, the org chart,
// merging duplicates, a new contact that already exists, and a call outside the agreed hours.
#include "CustomerScoring.h"
#include "DesktopLinks.h"
#include "Formatting.h"
#include "ScreenTesting.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Workspace.h"
#include "commands/DeleteCommand.h"
#include "dialogs/Ask.h"
#include "dialogs/DuplicatesDialog.h"
#include "dialogs/LogCallDialog.h"
#include "dialogs/MergeDialog.h"
#include "domain/Schema.h"
#include "models/HistoryModel.h"
#include "views/CustomerPage.h"
#include "widgets/FieldEditors.h"
#include "widgets/HistoryView.h"
#include "widgets/OrgChartView.h"
#include "widgets/PageTabs.h"
#include "widgets/RecordPanel.h"
#include "widgets/ZoneBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace rapport;
using namespace rapport::test;

/// Catches the tel: and mailto: links the pages open, instead of a phone or mail program.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestCustomerPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_undo;
    UrlCatcher m_urls;
    QString m_account, m_anna, m_ben, m_carl;

    QString create(const Record& r)
    {
        auto id = m_ws->store().create(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }
    QVariant value(EntityType type, const QString& id, const char* field)
    {
        auto r = m_ws->store().fetch(type, id, true);
        return r ? r->value(QLatin1String(field)) : QVariant();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QStringLiteral("en")); // US English, and its plural forms
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("pages.sqlite")), QStringLiteral("DE"));
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws = std::move(*ws);
        QVERIFY(m_ws->store().ensureCurrentUser());
        QDesktopServices::setUrlHandler(QStringLiteral("tel"), &m_urls, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_urls, "open");

        const QString me = m_ws->store().currentUserId();
        m_account = create(account(QStringLiteral("Keller Logistik")));
        // Anna agreed to service calls, but only on weekdays during office hours, and declined marketing.
        m_anna = create(contact(QStringLiteral("Anna"), QStringLiteral("Keller"), m_account)
                            .set(u"job_title", QStringLiteral("Head of Purchasing"))
                            .set(u"emails", QStringLiteral(R"([{"type":"work","address":"anna@keller.example"}])"))
                            .set(u"phones", QStringLiteral(R"([{"type":"work","number":"030 1234567"}])"))
                            .set(u"time_zone", QStringLiteral("Europe/Berlin"))
                            .set(u"consent", QStringLiteral(R"({"phone":{"service":false,"marketing":false}})")));
        m_ben = create(contact(QStringLiteral("Ben"), QStringLiteral("Roth"), m_account).set(u"reports_to_id", m_anna));
        m_carl = create(contact(QStringLiteral("Carl"), QStringLiteral("Weiss"), m_account).set(u"reports_to_id", m_anna));
        create(Record(EntityType::Activity)
                   .set(u"type", QStringLiteral("call"))
                   .set(u"subject", QStringLiteral("Asked for a quote"))
                   .set(u"start_at", QDateTime::currentMSecsSinceEpoch() - 86400000)
                   .set(u"contact_id", m_anna)
                   .set(u"account_id", m_account)
                   .set(u"owner_id", me));
        create(Record(EntityType::Opportunity)
                   .set(u"name", QStringLiteral("Forklift fleet"))
                   .set(u"account_id", m_account)
                   .set(u"contact_id", m_anna)
                   .set(u"stage", QStringLiteral("proposal"))
                   .set(u"amount", qint64(4'200'000))
                   .set(u"currency", QStringLiteral("EUR")));
        create(Record(EntityType::Ticket)
                   .set(u"number", QStringLiteral("T-7"))
                   .set(u"subject", QStringLiteral("Scanner broken"))
                   .set(u"status", QStringLiteral("open"))
                   .set(u"priority", QStringLiteral("high"))
                   .set(u"contact_id", m_anna)
                   .set(u"account_id", m_account)
                   .set(u"opened_at", QDateTime::currentMSecsSinceEpoch()));
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    }

    void contactPage_showsEverythingAboutTheContact()
    {
        ContactPage page(*m_ws, m_undo);
        page.resize(1000, 700);
        page.show();
        page.showRecord(m_anna);
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("customerTitle"))->text(), QStringLiteral("Anna Keller"));
        const QString subtitle = page.findChild<QLabel*>(QStringLiteral("customerSubtitle"))->text();
        QVERIFY2(subtitle.contains(QLatin1String("Head of Purchasing")) && subtitle.contains(QLatin1String("Keller Logistik")),
                 qPrintable(subtitle));
        QVERIFY2(subtitle.contains(QStringLiteral("Service: no\u00a0· Marketing: no")), qPrintable(subtitle));
        QCOMPARE(page.findChild<QTreeWidget*>(QStringLiteral("openDeals"))->topLevelItemCount(), 1);
        auto* tickets = page.findChild<QTreeWidget*>(QStringLiteral("openTickets"));
        QCOMPARE(tickets->topLevelItemCount(), 1);
        // Its status and its priority a column each, under their headings ("Open · Low" read as a status).
        QCOMPARE(tickets->headerItem()->text(3), QStringLiteral("Priority"));
        QCOMPARE(tickets->topLevelItem(0)->text(2), QStringLiteral("Open"));
        QCOMPARE(tickets->topLevelItem(0)->text(3), QStringLiteral("High"));
        auto* reports = page.findChild<QTreeWidget*>(QStringLiteral("directReports"));
        QCOMPARE(reports->topLevelItemCount(), 2);
        // Her place at the company drawn: she and her two reports, she marked and in view.
        QCOMPARE(page.circle()->personCount(), 3);
        QVERIFY(!page.circle()->nodeRect(m_ben).isNull());
        // A drop there changes whom someone reports to, one undoable step, as on the account's chart.
        const auto managerOf = [this](const QString& id) {
            return m_ws->store().fetch(EntityType::Contact, id)->text(u"reports_to_id");
        };
        Q_EMIT page.circle()->reportsToChangeRequested(m_carl, m_ben);
        QCOMPARE(managerOf(m_carl), m_ben);
        m_undo.undo();
        QCOMPARE(managerOf(m_carl), m_anna);
        QTRY_COMPARE(page.circle()->personCount(), 3);
        QCOMPARE(reports->topLevelItem(0)->text(0), QStringLiteral("Ben Roth"));
        QTRY_COMPARE(page.history()->model()->rowCount(), 3); // the call, the deal, the ticket
        // The timeline filters by kind.
        page.findChild<QToolButton*>(QStringLiteral("filterDeals"))->click();
        page.findChild<QToolButton*>(QStringLiteral("filterTickets"))->click();
        QTRY_COMPARE(page.history()->model()->rowCount(), 1);
        QCOMPARE(page.history()->model()->entry(0).title, QStringLiteral("Asked for a quote"));
        // Calls are a kind of their own: without them nothing is left; without meetings the call stays.
        auto* calls = page.findChild<QToolButton*>(QStringLiteral("filterCalls"));
        calls->click();
        QTRY_COMPARE(page.history()->model()->rowCount(), 0);
        calls->click();
        page.findChild<QToolButton*>(QStringLiteral("filterMeetings"))->click();
        QTRY_COMPARE(page.history()->model()->rowCount(), 1);
        // Opening an entry opens its record.
        QSignalSpy open(&page, &CustomerPage::openRecordRequested);
        QListView* list = page.history()->list();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).value<EntityType>(), EntityType::Activity);

        // A new contact on the same page: none of Anna's counts on its tabs, and nothing but its form to open.
        QCOMPARE(page.tabs()->tabText(2), QStringLiteral("Deals and tickets (2 open)"));
        QCOMPARE(page.tabs()->tabText(3), QStringLiteral("Manager and reports (2)"));
        page.createNew(Record(EntityType::Contact));
        for (int i = 0; i < page.tabs()->count(); ++i) {
            QVERIFY2(!page.tabs()->tabText(i).contains(QLatin1Char('(')), qPrintable(page.tabs()->tabText(i)));
            QCOMPARE(page.tabs()->isTabEnabled(i), page.tabs()->widget(i) == page.details());
        }
        page.details()->cancel();
        page.showRecord(m_anna);
        QTRY_VERIFY(page.isLoaded());
        QTRY_COMPARE(page.tabs()->tabText(3), QStringLiteral("Manager and reports (2)"));
        QVERIFY(page.tabs()->isTabEnabled(3));
    }

    void header_followsWhatTheDetailsSaved()
    {
        ContactPage page(*m_ws, m_undo);
        page.showRecord(m_ben);
        QTRY_VERIFY(page.isLoaded());
        auto* details = page.findChild<RecordPanel*>(QStringLiteral("customerDetails"));
        details->edit();
        auto* title = details->findChild<QLineEdit*>(QStringLiteral("field_job_title"));
        QVERIFY(title);
        title->setText(QStringLiteral("Head of Fleet"));
        details->save();
        QVERIFY(!details->isEditing());
        auto* header = page.findChild<QLabel*>(QStringLiteral("customerSubtitle"));
        QTRY_VERIFY2(header->text().contains(QLatin1String("Head of Fleet")), qPrintable(header->text()));
        m_undo.undo();
        QTRY_VERIFY(!header->text().contains(QLatin1String("Head of Fleet")));
    }

    void history_opensAtTheNewest_withoutASidewaysScrollBar()
    {
        const QString carl = m_carl;
        for (int i = 0; i < 120; ++i)
            create(Record(EntityType::Activity)
                       .set(u"type", QStringLiteral("call"))
                       .set(u"subject", QStringLiteral("Call %1").arg(i))
                       .set(u"start_at", QDateTime::currentMSecsSinceEpoch() - qint64(i + 1) * 86400000)
                       .set(u"contact_id", carl)
                       .set(u"owner_id", m_ws->currentUserId()));
        ContactPage page(*m_ws, m_undo);
        page.resize(1000, 700);
        page.show();
        page.showRecord(carl);
        QTRY_VERIFY(page.isLoaded());
        page.tabs()->setCurrentWidget(page.history());
        auto* list = page.history()->findChild<QListView*>(QStringLiteral("history"));
        QTRY_VERIFY(list->model()->rowCount() > 0);
        QTest::qWait(300);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Call 0"));
        QCOMPARE(list->verticalScrollBar()->value(), 0);
        QVERIFY(list->verticalScrollBar()->maximum() > 0);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
    }

    void consent_detailsSayWhatTheHeaderSays()
    {
        // Both name the days and hours in the user's locale; the details add where and when it was given.
        const QString json = QStringLiteral(R"({"phone":{"service":true,"marketing":false,"source":"Web form",)"
                                            R"("date":"2025-05-25","days":[1,2,3,4,5],"from":"09:00","to":"17:00"}})");
        const QString id =
            create(contact(QStringLiteral("Dora"), QStringLiteral("Lang"), QString()).set(u"consent", json));
        ContactPage page(*m_ws, m_undo);
        page.showRecord(id);
        QTRY_VERIFY(page.isLoaded());
        const QString header = page.findChild<QLabel*>(QStringLiteral("customerSubtitle"))->text();
        QVERIFY2(QString(header)
                     .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
                     .remove(QChar(0x2060))
                     .replace(QChar(QChar::Nbsp), QLatin1Char(' '))
                     .contains(QStringLiteral("Service: Phone (Mon–Fri, 9:00 AM–5:00 PM) · Marketing: no")),
                 qPrintable(header));
        // The hours stay on one line.
        QVERIFY(header.contains(QStringLiteral("(Mon\u2060–\u2060Fri,\u00a09:00\u00a0AM\u2060–\u20605:00\u00a0PM)")));
        const FieldDef* consent = Schema::entity(EntityType::Contact).field(u"consent");
        QVERIFY(consent);
        QCOMPARE(Formatting::field(*consent, json, {}, false),
                 QStringLiteral(
                     "Phone: service ✓, marketing ✗, Mon–Fri, 9:00 AM–5:00 PM · agreed via Web form on 5/25/2025"));
    }

    void optionalDate_empty_tabMovesOn()
    {
        // Tabbing through a contact's form stayed on "Birthday: none" however often Tab was pressed: Qt's date
        // edit keeps the focus on its special value text. Empty, Tab moves on; with a date, Tab still moves
        // from day to month to year first.
        QWidget form;
        auto* layout = new QVBoxLayout(&form);
        auto* birthday = new OptionalDate<QDateEdit>(&form);
        birthday->setMinimumDate(QDate(1900, 1, 1));
        birthday->setSpecialValueText(QStringLiteral("none"));
        birthday->setDate(birthday->minimumDate());
        auto* language = new QLineEdit(&form);
        layout->addWidget(birthday);
        layout->addWidget(language);
        form.show();
        QApplication::setActiveWindow(&form);
        QVERIFY(QTest::qWaitForWindowActive(&form));
        birthday->setFocus();
        QTRY_VERIFY(birthday->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(language->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTRY_VERIFY(birthday->hasFocus());
        // A date given: Tab goes from section to section, and on from the last.
        birthday->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        birthday->setDate(QDate(1980, 5, 17));
        birthday->setCurrentSectionIndex(0);
        QTest::keyClick(birthday, Qt::Key_Tab);
        QVERIFY(birthday->hasFocus());
        QCOMPARE(birthday->currentSection(), QDateTimeEdit::MonthSection);
    }

    void consent_sourceChosenInTheUsersLanguage_storedAsItsKey()
    {
        // How the customer agreed was free text, stored in the words of whoever typed it: a French agent read
        // "agreed via Web form". The usual ways are offered in the user's language and stored as keys.
        ConsentEditor editor;
        auto* source = editor.findChild<QComboBox*>(QStringLiteral("email_source"));
        QVERIFY(source);
        QVERIFY(source->isEditable());
        editor.findChild<QComboBox*>(QStringLiteral("email_service"))->setCurrentIndex(1);
        auto stored = [&editor] {
            return Consent::fromJson(editor.value().toString())
                .channel(QStringLiteral("email"))
                .value_or(ChannelConsent{});
        };
        source->setCurrentIndex(source->findData(QStringLiteral("trade_fair")));
        QCOMPARE(stored().source, QStringLiteral("trade_fair"));
        source->setEditText(QStringLiteral("web form")); // typed, in any case
        QCOMPARE(stored().source, QStringLiteral("web_form"));
        source->setEditText(QStringLiteral("Met at the golf club")); // other words as they are
        QCOMPARE(stored().source, QStringLiteral("Met at the golf club"));
        QCOMPARE(source->findData(QStringLiteral("unsubscribed")), -1); // a campaign's link records that one
        // An unsubscribe reads with its campaign, and keeps it while it stands.
        editor.setValue(QStringLiteral(R"({"email":{"marketing":false,"source":"unsubscribed",)"
                                       R"("campaign":"Newsletter","date":"2026-12-03"}})"));
        QCOMPARE(source->currentText(), QStringLiteral("Unsubscribed from Newsletter"));
        QCOMPARE(stored().source, QStringLiteral("unsubscribed"));
        QCOMPARE(stored().campaign, QStringLiteral("Newsletter"));

        // In French the same records read in French, in the editor and in the details.
        installTranslations(QStringLiteral("fr"));
        const auto restore = qScopeGuard([] {
            installTranslations(QStringLiteral("en"));
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        });
        const QString json = QStringLiteral(R"({"email":{"service":true,"source":"trade_fair","date":"2025-05-25"}})");
        ConsentEditor french;
        french.setValue(json);
        auto* frenchSource = french.findChild<QComboBox*>(QStringLiteral("email_source"));
        QCOMPARE(frenchSource->currentText(), QStringLiteral("Salon professionnel"));
        QCOMPARE(Consent::fromJson(french.value().toString()).channel(QStringLiteral("email"))->source,
                 QStringLiteral("trade_fair"));
        const FieldDef* consent = Schema::entity(EntityType::Contact).field(u"consent");
        const QString details = Formatting::field(*consent, json, {}, false);
        QVERIFY2(details.contains(QStringLiteral("Salon professionnel")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("trade")), qPrintable(details));
    }

    void language_shownByName_andChosenFromTheList()
    {
        QCOMPARE(Formatting::language(QStringLiteral("de")), QStringLiteral("German"));
        QCOMPARE(Formatting::language(QStringLiteral("de-CH")), QStringLiteral("German (Switzerland)"));
        QCOMPARE(Formatting::language(QStringLiteral("Deutsch/Englisch")), QStringLiteral("Deutsch/Englisch"));
        // A lead's country likewise by name, its score in points.
        const EntityDef& lead = Schema::entity(EntityType::Lead);
        QCOMPARE(Formatting::field(*lead.field(u"country"), QStringLiteral("NL"), {}, false),
                 QStringLiteral("Netherlands"));
        QCOMPARE(Formatting::field(*lead.field(u"score"), qint64(50), {}, false), QStringLiteral("50"));
        // The hours a customer may be called stay on one line: "09:00–18:00", never "09:00–" over "18:00".
        const QString hours = Formatting::field(
            *Schema::entity(EntityType::Contact).field(u"consent"),
            QStringLiteral(R"({"phone":{"service":true,"days":[1,2,3,4,5],"from":"09:00","to":"18:00"}})"), {}, true);
        QVERIFY2(hours.count(QStringLiteral("\u2060\u2013\u2060")) == 2, qPrintable(hours)); // the days', the hours'
        const QString id = create(contact(QStringLiteral("Lou"), QStringLiteral("Lingo"))
                                      .set(u"language", QStringLiteral("Deutsch/Englisch")));
        RecordPanel panel(m_ws->store(), m_undo);
        panel.showRecord(EntityType::Contact, id);
        panel.edit();
        auto* language = panel.findChild<QComboBox*>(QStringLiteral("field_language"));
        QVERIFY(language);
        // What the book held from before stays a choice, and is what is chosen.
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch/Englisch"));
        QVERIFY(language->findText(QStringLiteral("French")) > 0);
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        panel.save();
        QCOMPARE(value(EntityType::Contact, id, "language").toString(), QStringLiteral("fr"));
        QVERIFY(m_ws->store().remove(EntityType::Contact, id));
    }

    void timeZone_shownByPlaceAndName_chosenByTypingAPlace()
    {
        // The offset is today's (summer time moves it), so the test asks the zone for it.
        const QTimeZone berlin("Europe/Berlin");
        const int hours = berlin.offsetFromUtc(QDateTime::currentDateTimeUtc()) / 3600;
        const QString said = Formatting::zone(QStringLiteral("Europe/Berlin"));
        QVERIFY2(said.startsWith(QStringLiteral("(UTC+0%1:00) Berlin – Central European ").arg(hours)),
                 qPrintable(said));
        QCOMPARE(Formatting::zone(QStringLiteral("America/Argentina/Buenos_Aires")).section(QLatin1Char(' '), 1, 2),
                 QStringLiteral("Buenos Aires"));
        QCOMPARE(Formatting::zone(QStringLiteral("Not/AZone")), QStringLiteral("Not/AZone"));

        RecordPanel panel(m_ws->store(), m_undo);
        panel.showRecord(EntityType::Contact, m_anna);
        const auto* shown = panel.findChild<QLabel*>(QStringLiteral("value_time_zone"));
        QVERIFY(shown);
        QVERIFY2(shown->text().contains(QStringLiteral("Berlin – Central European")), qPrintable(shown->text()));
        QVERIFY(!shown->text().contains(QStringLiteral("Europe/")));

        panel.edit();
        auto* zone = panel.findChild<ZoneBox*>(QStringLiteral("field_time_zone"));
        QVERIFY(zone);
        QCOMPARE(zone->currentText(), said);
        QCOMPARE(zone->zoneId(), QStringLiteral("Europe/Berlin"));
        // The choices go from west to east; old aliases are not among them.
        QVERIFY(zone->findData(QStringLiteral("America/New_York")) < zone->findData(QStringLiteral("Europe/Berlin")));
        QVERIFY(zone->findData(QStringLiteral("Europe/Berlin")) < zone->findData(QStringLiteral("Asia/Tokyo")));
        QCOMPARE(zone->findData(QStringLiteral("US/Eastern")), -1);
        // A place typed is the zone it names; the id typed works too.
        zone->setEditText(QStringLiteral("tokyo"));
        QCOMPARE(zone->zoneId(), QStringLiteral("Asia/Tokyo"));
        zone->setEditText(QStringLiteral("America/Chicago"));
        QCOMPARE(zone->zoneId(), QStringLiteral("America/Chicago"));
        // Text that names several zones, or none, is refused, and nothing is saved.
        zone->setEditText(QStringLiteral("America"));
        QCOMPARE(zone->zoneId(), QStringLiteral("America"));
        panel.save();
        QVERIFY(panel.isEditing());
        const QString problem = panel.findChild<QLabel*>(QStringLiteral("problem_time_zone"))->text();
        QVERIFY2(problem.contains(QStringLiteral("\"America\" is not a known time zone")), qPrintable(problem));
        QCOMPARE(value(EntityType::Contact, m_anna, "time_zone").toString(), QStringLiteral("Europe/Berlin"));
        zone->setEditText(QStringLiteral("tokyo"));
        panel.save();
        QVERIFY(!panel.isEditing());
        QCOMPARE(value(EntityType::Contact, m_anna, "time_zone").toString(), QStringLiteral("Asia/Tokyo"));
        // None chosen: the contact has no zone of its own.
        panel.edit();
        zone = panel.findChild<ZoneBox*>(QStringLiteral("field_time_zone"));
        zone->setCurrentIndex(0);
        panel.save();
        QVERIFY(!panel.isEditing());
        QVERIFY(value(EntityType::Contact, m_anna, "time_zone").isNull());
        QVERIFY(m_ws->store().update(
            Record(EntityType::Contact, m_anna).set(u"time_zone", QStringLiteral("Europe/Berlin"))));

        // In German, the places are German cities ("Wien"); the English name, as in the zone's id, finds it too.
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        {
            ZoneBox german;
            german.setZoneId(QStringLiteral("Europe/Vienna"));
            QVERIFY2(german.currentText().contains(QStringLiteral(") Wien – Mitteleurop")),
                     qPrintable(german.currentText()));
            german.setEditText(QStringLiteral("vienna"));
            QCOMPARE(german.zoneId(), QStringLiteral("Europe/Vienna"));
            german.setEditText(QStringLiteral("wien"));
            QCOMPARE(german.zoneId(), QStringLiteral("Europe/Vienna"));
        }
        QLocale::setDefault(before);
    }

    void dealForm_stageChosen_probabilityAndForecastFollow()
    {
        const QString id = create(Record(EntityType::Opportunity)
                                      .set(u"name", QStringLiteral("Scanner rollout"))
                                      .set(u"account_id", m_account)
                                      .set(u"stage", QStringLiteral("needs_analysis"))
                                      .set(u"amount", qint64(1'000'000))
                                      .set(u"currency", QStringLiteral("EUR")));
        RecordPanel panel(m_ws->store(), m_undo);
        panel.showRecord(EntityType::Opportunity, id);
        panel.edit();
        auto* stage = panel.findChild<QComboBox*>(QStringLiteral("field_stage"));
        auto* probability = panel.findChild<QLineEdit*>(QStringLiteral("field_probability"));
        auto* forecast = panel.findChild<QComboBox*>(QStringLiteral("field_forecast_category"));
        QVERIFY(stage && probability && forecast);
        QCOMPARE(forecast->currentData().toString(), QStringLiteral("pipeline"));
        // The form shows at once what saving will write.
        stage->setCurrentIndex(stage->findData(QStringLiteral("negotiation")));
        QCOMPARE(probability->text(), QString::number(m_ws->store().stageProbability(QStringLiteral("negotiation"))));
        QCOMPARE(forecast->currentData().toString(), QStringLiteral("commit"));
        // A figure typed by hand stays when the stage changes again; a category not touched follows.
        probability->setText(QStringLiteral("35"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("proposal")));
        QCOMPARE(probability->text(), QStringLiteral("35"));
        QCOMPARE(forecast->currentData().toString(), QStringLiteral("best_case"));
        forecast->setCurrentIndex(forecast->findData(QStringLiteral("omitted")));
        stage->setCurrentIndex(stage->findData(QStringLiteral("negotiation")));
        QCOMPARE(forecast->currentData().toString(), QStringLiteral("omitted"));
        panel.save();
        QCOMPARE(value(EntityType::Opportunity, id, "stage").toString(), QStringLiteral("negotiation"));
        QCOMPARE(value(EntityType::Opportunity, id, "probability").toLongLong(), 35);
        QCOMPARE(value(EntityType::Opportunity, id, "forecast_category").toString(), QStringLiteral("omitted"));
        QVERIFY(m_ws->store().remove(EntityType::Opportunity, id));
    }

    void details_showOnlyFieldsWithValues_everyLabelInItsRow()
    {
        // A contact with most fields empty: no label without its row (they used to pile up in the corner).
        RecordPanel panel(m_ws->store(), m_undo);
        panel.resize(700, 600);
        panel.show();
        panel.showRecord(EntityType::Contact, m_ben);
        QList<QLabel*> labels;
        for (QLabel* l : panel.findChildren<QLabel*>())
            if (l->parentWidget() && l->parentWidget()->layout() &&
                qobject_cast<QFormLayout*>(l->parentWidget()->layout()))
                labels << l;
        QVERIFY(labels.size() >= 4);
        for (QLabel* l : std::as_const(labels))
            QVERIFY2(l->parentWidget()->layout()->indexOf(l) >= 0, qPrintable(l->text()));
    }

    void call_withoutConsent_asksFirst()
    {
        ContactPage page(*m_ws, m_undo);
        page.showRecord(m_anna);
        QTRY_VERIFY(page.isLoaded());
        QMenu* numbers = page.findChild<QToolButton*>(QStringLiteral("callButton"))->menu();
        QCOMPARE(numbers->actions().size(), 3); // the number, a line, "Log a call…"
        QCOMPARE(numbers->actions().last()->objectName(), QStringLiteral("logCallAction"));
        m_urls.opened.clear();
        Ask::setNextAnswer(false);
        numbers->actions().first()->trigger();
        QCOMPARE(Ask::lastQuestion(), QStringLiteral("This customer declined being contacted by phone."));
        QVERIFY(m_urls.opened.isEmpty());
        Ask::setNextAnswer(true);
        numbers->actions().first()->trigger();
        QCOMPARE(m_urls.opened, QList<QUrl>{QUrl(QStringLiteral("tel:+49301234567"))});
        // Dialling opens "Log a call" with its timer running; saving writes the call and its follow-up
        // task in one step, and one undo takes both back.
        auto* log = page.findChild<LogCallDialog*>(QStringLiteral("logCallDialog"));
        QVERIFY(log);
        QVERIFY(log->findChild<QLabel*>(QStringLiteral("callClock"))->text().startsWith(QStringLiteral("00:00:")));
        log->notes()->setPlainText(QStringLiteral("Wants a quote for 20 seats"));
        log->outcome()->setCurrentIndex(log->outcome()->findData(QStringLiteral("connected")));
        log->followUp()->setChecked(true);
        log->followUpSubject()->setText(QStringLiteral("Send the quote"));
        const int undoBefore = m_undo.count();
        const int activitiesBefore = scalar(m_ws->database(),
                                            QStringLiteral("SELECT count(*) FROM activities WHERE deleted = 0 AND "
                                                           "contact_id = ? AND type IN ('call', 'task')"),
                                            {m_anna})
                                         .toInt();
        log->accept();
        const auto count = [this](const QString& where) {
            return scalar(m_ws->database(),
                          QStringLiteral("SELECT count(*) FROM activities WHERE deleted = 0 AND contact_id = ? AND ") + where,
                          {m_anna})
                .toInt();
        };
        QCOMPARE(count(QStringLiteral("type = 'call' AND done = 1 AND outcome = 'connected' AND duration_s >= 1 "
                                      "AND description = 'Wants a quote for 20 seats' AND account_id IS NOT NULL")),
                 1);
        QCOMPARE(count(QStringLiteral("type = 'task' AND subject = 'Send the quote' AND done = 0 AND due_at > 0")), 1);
        QCOMPARE(m_undo.count(), undoBefore + 1);
        m_undo.undo();
        QCOMPARE(count(QStringLiteral("type IN ('call', 'task')")), activitiesBefore);
        m_undo.redo();
        QCOMPARE(count(QStringLiteral("type IN ('call', 'task')")), activitiesBefore + 2);
        // Email: nothing recorded about email, so the warning says so too.
        m_urls.opened.clear();
        Ask::setNextAnswer(true);
        page.findChild<QToolButton*>(QStringLiteral("emailButton"))->menu()->actions().first()->trigger();
        QCOMPARE(Ask::lastQuestion(), QStringLiteral("No consent to being contacted by email is recorded for this customer."));
        QCOMPARE(m_urls.opened, QList<QUrl>{QUrl(QStringLiteral("mailto:anna@keller.example"))});
    }

    void detailsLinks_askFirstLikeTheButtons()
    {
        // The number and address in Details are links: they check consent and hours as Call and Email do.
        ContactPage page(*m_ws, m_undo);
        page.showRecord(m_anna);
        QTRY_VERIFY(page.isLoaded());
        auto* details = page.findChild<RecordPanel*>(QStringLiteral("customerDetails"));
        QLabel* phoneLink = nullptr;
        QLabel* mailLink = nullptr;
        for (QLabel* l : details->findChildren<QLabel*>()) {
            if (l->text().contains(QLatin1String("href=\"tel:")))
                phoneLink = l;
            if (l->text().contains(QLatin1String("href=\"mailto:")))
                mailLink = l;
        }
        QVERIFY(phoneLink && mailLink);
        m_urls.opened.clear();
        Ask::setNextAnswer(false);
        Q_EMIT phoneLink->linkActivated(QStringLiteral("tel:+49301234567"));
        QCOMPARE(Ask::lastQuestion(), QStringLiteral("This customer declined being contacted by phone."));
        QVERIFY(m_urls.opened.isEmpty());
        Ask::setNextAnswer(true);
        Q_EMIT mailLink->linkActivated(QStringLiteral("mailto:anna@keller.example"));
        QCOMPARE(Ask::lastQuestion(),
                 QStringLiteral("No consent to being contacted by email is recorded for this customer."));
        QCOMPARE(m_urls.opened, QList<QUrl>{QUrl(QStringLiteral("mailto:anna@keller.example"))});
    }

    void notesEditor_storesPlainTextUnlessFormatted_andOnlyTheMarkupUsed()
    {
        RichTextEditor editor;
        QTextEdit* edit = editor.textEdit();
        edit->setPlainText(QStringLiteral("Prefers mornings\nBudget <5k & May"));
        QCOMPARE(editor.value().toString(), QStringLiteral("Prefers mornings\nBudget <5k & May"));
        QTextCursor cursor(edit->document());
        cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor); // "Prefers "
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
        cursor.movePosition(QTextCursor::NextBlock);
        cursor.createList(QTextListFormat::ListDisc);
        const QString html = editor.value().toString();
        QCOMPARE(html, QStringLiteral("<p><b>Prefers </b>mornings</p><ul><li>Budget &lt;5k &amp; May</li></ul>"));
        // Read back as it was written.
        RichTextEditor again;
        again.setValue(html);
        QCOMPARE(again.value().toString(), html);
        QCOMPARE(Formatting::field(*Schema::entity(EntityType::Contact).field(u"notes"), html, {}, false),
                 QStringLiteral("Prefers mornings\n• Budget <5k & May"));
        // Plain text that looks like markup comes back as typed.
        edit->setPlainText(QStringLiteral("Ask <Anna> first"));
        const QString stored = editor.value().toString();
        QCOMPARE(stored, QStringLiteral("<p>Ask &lt;Anna&gt; first</p>"));
        again.setValue(stored);
        QCOMPARE(again.textEdit()->toPlainText(), QStringLiteral("Ask <Anna> first"));
        QCOMPARE(Formatting::field(*Schema::entity(EntityType::Contact).field(u"notes"), stored, {}, false),
                 QStringLiteral("Ask <Anna> first"));
    }

    void orgChart_dropOntoManager_changesReportsTo_andUndo()
    {
        AccountPage page(*m_ws, m_undo);
        page.resize(1200, 800);
        page.show();
        page.showRecord(m_account);
        QTRY_VERIFY(page.isLoaded());
        auto* people = page.findChild<QTreeWidget*>(QStringLiteral("people"));
        QCOMPARE(people->topLevelItemCount(), 3);
        page.tabs()->setCurrentIndex(2);
        OrgChartView* chart = page.orgChart();
        // People as a list or as the chart, one at a time with the tab's width; the choice holds for the next page.
        auto* asList = page.findChild<QToolButton*>(QStringLiteral("peopleAsList"));
        auto* asChart = page.findChild<QToolButton*>(QStringLiteral("peopleAsChart"));
        QVERIFY(asList && asChart);
        asList->click();
        QVERIFY(people->isVisible());
        QVERIFY(!chart->isVisible());
        {
            AccountPage next(*m_ws, m_undo);
            QVERIFY(next.findChild<QToolButton*>(QStringLiteral("peopleAsList"))->isChecked());
        }
        asChart->click();
        QVERIFY(chart->isVisible());
        QVERIFY(!people->isVisible());
        QCOMPARE(chart->width(), page.tabs()->currentWidget()->width());
        QCOMPARE(chart->personCount(), 3);
        // Anna on top, Ben and Carl under her.
        QVERIFY(chart->nodeRect(m_anna).bottom() < chart->nodeRect(m_ben).top());
        const auto drag = [chart](const QString& who, const QString& onto) {
            chart->centerOn(chart->nodeRect(onto).center());
            const QPoint from = chart->mapFromScene(chart->nodeRect(who).center());
            const QPoint to = chart->mapFromScene(chart->nodeRect(onto).center());
            QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
            for (int step = 1; step <= 10; ++step)
                QTest::mouseMove(chart->viewport(), from + (to - from) * step / 10);
            QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        };
        // Drag Carl onto Ben.
        chart->resetTransform();
        drag(m_carl, m_ben);
        QTRY_COMPARE(value(EntityType::Contact, m_carl, "reports_to_id").toString(), m_ben);
        QVERIFY(m_undo.canUndo());
        m_undo.undo();
        QCOMPARE(value(EntityType::Contact, m_carl, "reports_to_id").toString(), m_anna);
        // Anna onto Ben, who reports to her: refused, and why.
        QSignalSpy said(&page, &AccountPage::message);
        const int undoBefore = m_undo.count();
        drag(m_anna, m_ben);
        QTRY_COMPARE(said.size(), 1);
        QCOMPARE(said.first().first().toString(),
                 QStringLiteral("Anna Keller cannot report to Ben Roth, who reports to them."));
        QVERIFY(value(EntityType::Contact, m_anna, "reports_to_id").isNull());
        QCOMPARE(m_undo.count(), undoBefore);
        // The figures in the header.
        const QString figures = page.findChild<QLabel*>(QStringLiteral("customerFigures"))->text();
        QVERIFY2(figures.contains(QStringLiteral("id=\"pipeline\">€42,000<")), qPrintable(figures));
    }

    void accountPage_showsTheCustomersStanding_scoredAgainWhenOrdersChange()
    {
        const QString firm = create(account(QStringLiteral("Standing Werkzeuge")));
        const QString product = create(Record(EntityType::Product)
                                           .set(u"sku", QStringLiteral("TL-1"))
                                           .set(u"name", QStringLiteral("Torque wrench"))
                                           .set(u"category", QStringLiteral("Tools")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int number = 0;
        const auto order = [&](qint64 daysAgo, qint64 cents) {
            placeOrder(m_ws->store(), firm, now - daysAgo * 86'400'000, cents, product,
                       QStringLiteral("ST-%1").arg(++number));
        };
        order(40, 250'000);
        order(10, 150'000);

        AccountPage page(*m_ws, m_undo);
        page.resize(1200, 800);
        page.show();
        page.showRecord(firm);
        QTRY_VERIFY(page.isLoaded());
        auto* figures = page.findChild<QLabel*>(QStringLiteral("customerFigures"));
        QVERIFY2(figures->text().contains(QStringLiteral("not scored yet")), qPrintable(figures->text()));

        // Scored, the page shows where the customer stands.
        CustomerScoring scoring(*m_ws);
        QSignalSpy scored(&scoring, &CustomerScoring::scored);
        scoring.scoreIfStale(); // never scored: scores
        QVERIFY(scored.wait(10'000));
        QCOMPARE(scored.last().first().value<CustomerReports::Scoring>().customers, 1);
        auto standing = CustomerReports::standing(m_ws->database(), firm);
        QVERIFY(standing && standing->has_value());
        QCOMPARE((*standing)->orders, 2);
        QCOMPARE((*standing)->category, QStringLiteral("Tools"));
        page.readAgain();
        QTRY_VERIFY2(figures->text().contains(CustomerReports::segmentLabel((*standing)->segment)),
                     qPrintable(figures->text()));
        QVERIFY(figures->text().contains(QStringLiteral("Lifetime value")));
        QVERIFY(figures->text().contains((*standing)->lifetimeValue.formatWhole()));
        QVERIFY(figures->text().contains(QStringLiteral("Tools")));
        QVERIFY(figures->toolTip().contains(QStringLiteral("out of 5")));
        scoring.scoreIfStale(); // scored today already: nothing to do
        QVERIFY(!scoring.isScoring());

        // A change that does not touch orders leaves the scores as they are; a new order has them scored again.
        QVERIFY(m_ws->store().update(Record(EntityType::Account, firm).set(u"city", QStringLiteral("Kassel"))));
        QVERIFY(!scored.wait(CustomerScoring::AfterChangeMs + 500));
        order(1, 90'000);
        QVERIFY(scored.wait(CustomerScoring::AfterChangeMs + 10'000));
        standing = CustomerReports::standing(m_ws->database(), firm);
        QCOMPARE((*standing)->orders, 3);
        // The account's other figures are read as before: the last 12 months' revenue, all three orders.
        QTRY_VERIFY2(figures->text().contains(QStringLiteral("id=\"revenue\">€4,900<")), qPrintable(figures->text()));
        QVERIFY(figures->text().contains(QStringLiteral(">Lifetime value<")));
        // A deal in dollars beside a lifetime value in euros: the caption says which currency the value is in.
        create(Record(EntityType::Opportunity)
                   .set(u"name", QStringLiteral("US expansion"))
                   .set(u"account_id", firm)
                   .set(u"currency", QStringLiteral("USD"))
                   .set(u"amount", qint64(2'500'000))
                   .set(u"stage", QStringLiteral("proposal")));
        page.readAgain();
        QTRY_VERIFY2(figures->text().contains(QStringLiteral(">Lifetime value, in EUR<")), qPrintable(figures->text()));
        QVERIFY(figures->text().contains(QStringLiteral("id=\"pipeline\">$25,000<")));
    }

    void pageTabs_narrow_longestGiveUpTheirEndsFirst()
    {
        // Beside a list on a laptop an account's seven tabs did not fit: the last hid behind scroll arrows
        // ("Hierar◂▸"), and shortening every label alike read "Det… Hist… Tick…". The longest give way first,
        // only as far as the width needs.
        PageTabs tabs;
        const QStringList labels{QStringLiteral("Details"),       QStringLiteral("History"),
                                 QStringLiteral("People (13)"),   QStringLiteral("Deals (1)"),
                                 QStringLiteral("Tickets"),       QStringLiteral("Orders"),
                                 QStringLiteral("Hierarchy (12)")};
        for (const QString& label : labels)
            tabs.addTab(new QWidget(&tabs), label);
        tabs.resize(1400, 300);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QTabBar* bar = tabs.tabBar();
        QList<int> whole;
        for (int t = 0; t < bar->count(); ++t)
            whole << bar->tabRect(t).width();
        int total = 0;
        for (int w : std::as_const(whole))
            total += w;
        // Narrower than the labels need by a little: only the longest give way.
        tabs.resize(total - 30, 300);
        QTRY_VERIFY(bar->tabRect(bar->count() - 1).right() <= bar->width()); // every tab in view, no arrows
        QStringList shortened;
        for (int t = 0; t < bar->count(); ++t)
            if (bar->tabRect(t).width() < whole[t])
                shortened << labels[t];
        QCOMPARE(shortened, (QStringList{QStringLiteral("People (13)"), QStringLiteral("Hierarchy (12)")}));
        // A shortened label keeps its count whole: "Pe… (13)", not "People (…".
        const QFontMetrics metrics = bar->fontMetrics();
        const QString people = PageTabs::fitted(labels[2], metrics, metrics.horizontalAdvance(labels[2]) - 10);
        QVERIFY2(people.endsWith(QStringLiteral("… (13)")) && people.startsWith(QStringLiteral("Pe")),
                 qPrintable(people));
        QCOMPARE(PageTabs::fitted(labels[0], metrics, 1000), labels[0]); // whole where it fits
        const QString history = PageTabs::fitted(labels[1], metrics, metrics.horizontalAdvance(labels[1]) - 5);
        QVERIFY2(history.endsWith(QStringLiteral("…")) && history.size() < labels[1].size(), qPrintable(history));
        // A hidden tab takes no room: without "Hierarchy", the others fit whole in what they need.
        tabs.setTabVisible(bar->count() - 1, false);
        tabs.resize(total - whole.last() + 4, 300);
        QTRY_COMPARE(bar->tabRect(2).width(), whole[2]);
        for (int t = 0; t + 1 < bar->count(); ++t)
            QCOMPARE(bar->tabRect(t).width(), whole[t]);
        tabs.setTabVisible(bar->count() - 1, true);
        // Wide again, every label whole.
        tabs.resize(1400, 300);
        QTRY_COMPARE(bar->tabRect(bar->count() - 1).width(), whole.last());
    }

    void accountPage_closedDealsUnderTheirOwnHeading_andTheGroupAsATree()
    {
        const QString holding = create(account(QStringLiteral("Weiss Holding")));
        const QString europe = create(account(QStringLiteral("Weiss Europe")).set(u"parent_id", holding));
        const QString france = create(account(QStringLiteral("Weiss France")).set(u"parent_id", europe));
        create(account(QStringLiteral("Weiss America")).set(u"parent_id", holding));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        create(Record(EntityType::Opportunity)
                   .set(u"name", QStringLiteral("Cold store"))
                   .set(u"account_id", europe)
                   .set(u"currency", QStringLiteral("EUR"))
                   .set(u"amount", qint64(24'255'000))
                   .set(u"expected_close", QStringLiteral("2027-03-15"))
                   .set(u"stage", QStringLiteral("negotiation")));
        create(Record(EntityType::Opportunity)
                   .set(u"name", QStringLiteral("Conveyor belts"))
                   .set(u"account_id", europe)
                   .set(u"currency", QStringLiteral("EUR"))
                   .set(u"amount", qint64(1'200'000))
                   .set(u"stage", QStringLiteral("closed_won"))
                   .set(u"closed_at", now - 86400000));

        AccountPage page(*m_ws, m_undo);
        page.resize(1200, 800);
        page.show();
        page.showRecord(europe);
        QTRY_VERIFY(page.isLoaded());
        // Deals: the open one under "Open (1)", the won one under its own heading, greyed; headings open nothing.
        auto* deals = page.findChild<QTreeWidget*>(QStringLiteral("openDeals"));
        QCOMPARE(deals->topLevelItemCount(), 2);
        QCOMPARE(deals->topLevelItem(0)->text(0), QStringLiteral("Open (1)"));
        QCOMPARE(deals->topLevelItem(0)->child(0)->text(0), QStringLiteral("Cold store"));
        QCOMPARE(deals->topLevelItem(1)->text(0), QStringLiteral("Won or lost (1)"));
        QCOMPARE(deals->topLevelItem(1)->child(0)->text(0), QStringLiteral("Conveyor belts"));
        QVERIFY2(deals->topLevelItem(1)->child(0)->text(1).startsWith(QStringLiteral("Closed won")),
                 qPrintable(deals->topLevelItem(1)->child(0)->text(1)));
        // The stage, the amount and the date a column each, the amount right-aligned: a narrow page cut the
        // close date off the end of one long column.
        QCOMPARE(deals->columnCount(), 4);
        for (QTreeWidgetItem* deal : {deals->topLevelItem(0)->child(0), deals->topLevelItem(1)->child(0)}) {
            QVERIFY2(deal->text(2).contains(QStringLiteral("€")), qPrintable(deal->text(2)));
            QVERIFY(deal->textAlignment(2) & Qt::AlignRight);
            QVERIFY2(deal->text(3).contains(QRegularExpression(QStringLiteral("\\d+/\\d+/\\d{4}"))),
                     qPrintable(deal->text(3)));
        }
        QVERIFY(deals->topLevelItem(1)->isExpanded());
        QCOMPARE(page.tabs()->tabText(3), QStringLiteral("Deals (1)"));
        QVERIFY(page.tabs()->tabToolTip(3).startsWith(QStringLiteral("1 open deal")));
        QSignalSpy open(&page, &CustomerPage::openRecordRequested);
        Q_EMIT deals->itemActivated(deals->topLevelItem(1), 0);
        QCOMPARE(open.size(), 0);
        Q_EMIT deals->itemActivated(deals->topLevelItem(1)->child(0), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).value<EntityType>(), EntityType::Opportunity);
        // No tickets at all: the tab says so.
        QCOMPARE(page.findChild<QTreeWidget*>(QStringLiteral("openTickets"))->topLevelItemCount(), 0);
        QCOMPARE(page.tabs()->tabText(4), QStringLiteral("Tickets"));

        // The hierarchy: the whole group as a tree from its top, this account marked and chosen.
        auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("hierarchy"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* top = tree->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("Weiss Holding"));
        QCOMPARE(top->childCount(), 2);
        QCOMPARE(top->child(0)->text(0), QStringLiteral("Weiss America"));
        QTreeWidgetItem* shown = top->child(1);
        QCOMPARE(shown->text(0), QStringLiteral("Weiss Europe"));
        QVERIFY(shown->font(0).bold());
        QCOMPARE(tree->currentItem(), shown);
        QCOMPARE(shown->child(0)->text(0), QStringLiteral("Weiss France"));
        QVERIFY(shown->isExpanded());
        QCOMPARE(page.tabs()->tabText(6), QStringLiteral("Hierarchy (4)"));
        QVERIFY(page.tabs()->isTabVisible(6));
        open.clear();
        Q_EMIT tree->itemActivated(shown->child(0), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(1).toString(), france);

        // A company alone has no hierarchy tab, even when it was the one shown; the group's has it again.
        page.tabs()->setCurrentIndex(6);
        page.showRecord(m_account);
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(tree->topLevelItemCount(), 0);
        QVERIFY(!page.tabs()->isTabVisible(6));
        QVERIFY(page.tabs()->currentIndex() != 6);
        page.showRecord(france);
        QTRY_VERIFY(page.isLoaded());
        QVERIFY(page.tabs()->isTabVisible(6));

        // Deleting a company its subsidiary and deals still point at asks first, naming them.
        page.showRecord(europe);
        QTRY_VERIFY(page.isLoaded());
        auto* remove = page.findChild<QAction*>(QStringLiteral("deleteCustomer"));
        QVERIFY(remove);
        Ask::setNextAnswer(false);
        remove->trigger();
        QCOMPARE(Ask::lastQuestion(),
                 QStringLiteral("Still linked to Weiss Europe: 1 account and 2 deals. They stay as "
                                "they are, and Edit → Undo brings Weiss Europe back."));
        QVERIFY(m_ws->store().fetch(EntityType::Account, europe)); // still there
        Ask::setNextAnswer(true);
        remove->trigger();
        QVERIFY(!m_ws->store().fetch(EntityType::Account, europe));                   // deleted
        QCOMPARE(value(EntityType::Account, france, "parent_id").toString(), europe); // left as it was
        m_undo.undo();
        QVERIFY(m_ws->store().fetch(EntityType::Account, europe)); // still there
        Ask::reset();
    }

    void orgChart_smallTeams_hangInAColumn_soTheChartFitsThePane()
    {
        // A head with two who manage nobody and one who manages three: a column of two, and a column of three
        // beside it, the whole chart readable at full size in an account page's pane.
        const QString company = create(account(QStringLiteral("Small Org GmbH")));
        const QString head = create(contact(QStringLiteral("Ryan"), QStringLiteral("Head"), company));
        const QString amelia =
            create(contact(QStringLiteral("Amelia"), QStringLiteral("Buyer"), company).set(u"reports_to_id", head));
        const QString stephanie =
            create(contact(QStringLiteral("Stephanie"), QStringLiteral("Buyer"), company).set(u"reports_to_id", head));
        const QString matthew =
            create(contact(QStringLiteral("Matthew"), QStringLiteral("Manager"), company).set(u"reports_to_id", head));
        QStringList his;
        for (const char* name : {"Kim", "Ash", "Britt"})
            his << create(contact(QLatin1String(name), QStringLiteral("Team"), company).set(u"reports_to_id", matthew));
        AccountPage page(*m_ws, m_undo);
        page.resize(1000, 700);
        page.show();
        page.showRecord(company);
        QTRY_VERIFY(page.isLoaded());
        page.tabs()->setCurrentIndex(2);
        page.findChild<QToolButton*>(QStringLiteral("peopleAsChart"))->click();
        OrgChartView* chart = page.orgChart();
        QTRY_COMPARE(chart->personCount(), 7);
        QCOMPARE(chart->nodeRect(amelia).left(), chart->nodeRect(stephanie).left()); // one above the other
        QVERIFY(chart->nodeRect(amelia).bottom() < chart->nodeRect(stephanie).top());
        for (const QString& id : his)
            QCOMPARE(chart->nodeRect(id).left(), chart->nodeRect(his.first()).left());
        // Three boxes wide at most: it opens whole and at full size.
        QVERIFY2(chart->sceneRect().width() < 3.5 * chart->nodeRect(head).width(),
                 qPrintable(QString::number(chart->sceneRect().width())));
        QTRY_COMPARE(chart->transform().m11(), 1.0);
        // The pane settling into a smaller size after the chart opened (the window's layout): fitted again, no
        // box cut at the edges.
        const auto allInView = [&] {
            for (const QString& id : QStringList{head, amelia, stephanie, matthew} + his)
                if (!chart->viewport()->rect().contains(chart->mapFromScene(chart->nodeRect(id)).boundingRect()))
                    return false;
            return true;
        };
        const QSize roomy = page.size();
        page.resize(roomy.width() * 17 / 20, roomy.height() * 17 / 20);
        QTRY_VERIFY(chart->transform().m11() < 1.0);
        QTRY_VERIFY(allInView());
        // Once the person zooms, their zoom stays as the pane changes size.
        chart->zoomIn();
        const qreal chosen = chart->transform().m11();
        page.resize(roomy);
        QTest::qWait(50);
        QCOMPARE(chart->transform().m11(), chosen);
    }

    void orgChart_tooLargeToReadWhole_opensAtItsTop()
    {
        // A head with forty reports, and two people reporting to nobody who come first in the list.
        const QString company = create(account(QStringLiteral("Wide Org GmbH")));
        create(contact(QStringLiteral("Aaron"), QStringLiteral("Alone"), company));
        create(contact(QStringLiteral("Abby"), QStringLiteral("Alone"), company));
        const QString head = create(contact(QStringLiteral("Zoe"), QStringLiteral("Head"), company));
        QStringList team;
        for (int i = 0; i < 40; ++i)
            team << create(
                contact(QStringLiteral("Report"), QStringLiteral("Number %1").arg(i, 2, 10, QLatin1Char('0')), company)
                    .set(u"reports_to_id", head));
        AccountPage page(*m_ws, m_undo);
        page.resize(900, 600);
        page.show();
        page.showRecord(company);
        QTRY_VERIFY(page.isLoaded());
        page.tabs()->setCurrentIndex(2);
        page.findChild<QToolButton*>(QStringLiteral("peopleAsChart"))->click();
        OrgChartView* chart = page.orgChart();
        QTRY_COMPARE(chart->personCount(), 43);
        QTRY_COMPARE(chart->transform().m11(), 0.75); // readable, not shrunk to fit
        // The team hangs in five columns of eight under its head, not in a row forty boxes wide: every box
        // below the head's, none on another, the whole chart about eight boxes wide (two loners, five columns).
        const QRectF headRect = chart->nodeRect(head);
        QSet<qreal> columns;
        for (qsizetype i = 0; i < team.size(); ++i) {
            const QRectF box = chart->nodeRect(team[i]);
            QVERIFY(box.top() > headRect.bottom());
            QVERIFY(box.left() > headRect.left());
            columns.insert(box.left());
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY(!box.intersects(chart->nodeRect(team[j])));
        }
        QCOMPARE(columns.size(), 5);
        QVERIFY2(chart->sceneRect().width() < 9 * headRect.width(),
                 qPrintable(QString::number(chart->sceneRect().width())));
        // The head is in view, at the top.
        const QRect headBox = chart->mapFromScene(chart->nodeRect(head)).boundingRect();
        QVERIFY2(chart->viewport()->rect().contains(headBox),
                 qPrintable(QStringLiteral("%1,%2").arg(headBox.x()).arg(headBox.y())));
        QVERIFY(headBox.top() < chart->viewport()->height() / 4);
        // Fit shows it all, however small.
        chart->fitAll();
        QVERIFY(chart->transform().m11() < 0.75);
        const auto wholeInView = [chart] { // once the scroll bars it no longer needs are gone
            return chart->viewport()->rect().adjusted(-2, -2, 2, 2).contains(
                chart->mapFromScene(chart->sceneRect()).boundingRect());
        };
        QTRY_VERIFY(wholeInView());
        // Zooming out stops there (smaller shows nothing more); zooming in at three times life size.
        const qreal fitted = chart->transform().m11();
        for (int i = 0; i < 20; ++i)
            chart->zoomOut();
        QCOMPARE(chart->transform().m11(), fitted);
        for (int i = 0; i < 40; ++i)
            chart->zoomIn();
        QVERIFY(chart->transform().m11() <= 3.0 && chart->transform().m11() > 3.0 / 1.25);
        // Someone in a column is dragged like anyone else: the second of the team onto the first.
        chart->resetTransform();
        chart->centerOn(chart->nodeRect(team[0]).center());
        const QPoint from = chart->mapFromScene(chart->nodeRect(team[1]).center());
        const QPoint to = chart->mapFromScene(chart->nodeRect(team[0]).center());
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(chart->viewport(), from + (to - from) * step / 10);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        QTRY_COMPARE(value(EntityType::Contact, team[1], "reports_to_id").toString(), team[0]);
        // Now a mixed team: the 38 who manage nobody stay in their columns, the new manager stands beside them
        // with her report under her.
        QTRY_VERIFY(chart->nodeRect(team[0]).left() > chart->nodeRect(team[2]).right()); // once redrawn
        QCOMPARE(chart->nodeRect(team[1]).left(), chart->nodeRect(team[0]).left());
        QVERIFY(chart->nodeRect(team[1]).top() > chart->nodeRect(team[0]).bottom());
        QCOMPARE(chart->nodeRect(team[2]).top(), chart->nodeRect(team[0]).top());
        m_undo.undo();
        QCOMPARE(value(EntityType::Contact, team[1], "reports_to_id").toString(), head);
        // A chart that fits is shown whole.
        page.showRecord(m_account);
        QTRY_COMPARE(chart->personCount(), 3);
        chart->fitAll();
        for (const QString& id : {m_anna, m_ben, m_carl})
            QVERIFY(chart->viewport()->rect().contains(chart->mapFromScene(chart->nodeRect(id)).boundingRect()));
    }

    void newContact_likelyDuplicate_isShownBeforeSaving()
    {
        RecordPanel panel(m_ws->store(), m_undo);
        panel.createNew(EntityType::Contact);
        panel.findChild<QLineEdit*>(QStringLiteral("field_first_name"))->setText(QStringLiteral("Anna"));
        panel.findChild<QLineEdit*>(QStringLiteral("field_last_name"))->setText(QStringLiteral("Keller"));
        auto* emails = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_emails"));
        emails->addRow();
        emails->findChild<QLineEdit*>(QStringLiteral("rowValue"))->setText(QStringLiteral("ANNA@keller.example"));
        const int before = scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt();
        panel.save();
        auto* warning = panel.findChild<QLabel*>(QStringLiteral("recordDuplicates"));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QLatin1String("Anna Keller")), qPrintable(warning->text()));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), before);
        QCOMPARE(panel.findChild<QPushButton*>(QStringLiteral("saveRecord"))->text(), QStringLiteral("Save anyway"));
        // Saving again means: this is someone else.
        QSignalSpy created(&panel, &RecordPanel::recordCreated);
        panel.save();
        QCOMPARE(created.size(), 1);
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(), before + 1);
        QVERIFY(m_ws->store().remove(EntityType::Contact, created.first().at(1).toString()));
    }

    void edit_wheelScrollsTheForm_notTheChoicesItPasses()
    {
        RecordPanel panel(m_ws->store(), m_undo);
        panel.resize(600, 300); // the form scrolls
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showRecord(EntityType::Contact, m_ben);
        panel.edit();
        auto* language = panel.findChild<QComboBox*>(QStringLiteral("field_language"));
        QVERIFY(language);
        auto* phones = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_phones"));
        phones->addRow(); // a row added later is guarded too
        auto* phoneType = phones->findChildren<QComboBox*>().last();
        const auto wheel = [](QWidget* w) {
            const QPointF at(w->width() / 2.0, w->height() / 2.0);
            QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &event);
        };
        for (QComboBox* combo : {language, phoneType}) {
            const int before = combo->currentIndex();
            wheel(combo);
            QCOMPARE(combo->currentIndex(), before);
            combo->setFocus(); // clicked or tabbed into: the wheel chooses
            QTRY_VERIFY(combo->hasFocus());
            wheel(combo);
            QCOMPARE(combo->currentIndex(), before + 1);
        }
        panel.cancel();
    }

    void edit_phoneAndEmail_checkedAsTyped()
    {
        RecordPanel panel(m_ws->store(), m_undo);
        panel.showRecord(EntityType::Contact, m_ben);
        panel.edit();
        auto* phones = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_phones"));
        QVERIFY(phones);
        phones->addRow();
        auto* number = phones->findChild<QLineEdit*>(QStringLiteral("rowValue"));
        QTest::keyClicks(number, QStringLiteral("12"));
        auto* hint = phones->findChild<QLabel*>(QStringLiteral("rowHint"));
        QVERIFY(hint->text().contains(QLatin1String("is not a phone number")));
        panel.save();
        QVERIFY(panel.isEditing());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("recordErrors"))->text().contains(QLatin1String("\"12\"")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("problem_phones"))->isHidden()); // said beside it, once
        number->clear();
        QTest::keyClicks(number, QStringLiteral("12ab"));
        QCOMPARE(hint->text(),
                 QStringLiteral("\"12ab\" is not a phone number: use digits, spaces and + ( ) - / . only."));
        number->clear();
        QTest::keyClicks(number, QStringLiteral("0151 23456789"));
        QCOMPARE(hint->text(), QStringLiteral("+4915123456789")); // read in the user's region (DE)
        panel.save();
        QVERIFY(!panel.isEditing());
        QVERIFY(value(EntityType::Contact, m_ben, "phones").toString().contains(QLatin1String("+4915123456789")));
        m_undo.undo();
        QVERIFY(value(EntityType::Contact, m_ben, "phones").isNull());
    }

    void edit_numbersReadInTheAddressCountry_notTheUsersRegion()
    {
        // A user in the US edits a contact in Düsseldorf: her numbers typed without a country code are German.
        m_ws->store().setDefaultRegion(QStringLiteral("US"));
        const auto restore = qScopeGuard([this] { m_ws->store().setDefaultRegion(QStringLiteral("DE")); });
        const QString id =
            create(contact(QStringLiteral("Greta"), QStringLiteral("Hahn"))
                       .set(u"addresses", QStringLiteral(R"([{"city":"Düsseldorf","country":"DE"}])"))
                       .set(u"phones", QStringLiteral(R"([{"type":"work","number":"0211 1234567"},)"
                                                      R"({"type":"mobile","number":"0151 23456789"}])")));
        const auto phonesOf = [&] { return value(EntityType::Contact, id, "phones").toString(); };
        QVERIFY(phonesOf().contains(QLatin1String("+492111234567")));
        RecordPanel panel(m_ws->store(), m_undo);
        panel.showRecord(EntityType::Contact, id);
        panel.edit();
        auto* phones = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_phones"));
        QCOMPARE(phones->findChild<QLabel*>(QStringLiteral("rowHint"))->text(), QStringLiteral("+492111234567"));
        QCOMPARE(phones->problem(), QString());
        panel.findChild<QLineEdit*>(QStringLiteral("field_job_title"))->setText(QStringLiteral("Buyer"));
        panel.save();
        QVERIFY2(!panel.isEditing(), qPrintable(panel.findChild<QLabel*>(QStringLiteral("recordErrors"))->text()));
        QCOMPARE(value(EntityType::Contact, id, "job_title").toString(), QStringLiteral("Buyer"));

        // Her address moves to the US while editing: the same numbers are no US numbers, and each is named.
        panel.edit();
        phones = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_phones"));
        auto* country = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_addresses"))
                            ->findChild<QComboBox*>(QStringLiteral("country"));
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QVERIFY2(phones->problem().contains(QLatin1String("\"0211 1234567\"")) &&
                     phones->problem().contains(QLatin1String("\"0151 23456789\"")),
                 qPrintable(phones->problem()));
        panel.save();
        QVERIFY(panel.isEditing());
        const QString errors = panel.findChild<QLabel*>(QStringLiteral("recordErrors"))->text();
        QCOMPARE(errors.count(QStringLiteral("• ")), 2);
        QVERIFY(errors.contains(QLatin1String("\"0211 1234567\"")) &&
                errors.contains(QLatin1String("\"0151 23456789\"")));
        // Back in Germany they are hers again, and nothing was half-saved meanwhile.
        country->setCurrentIndex(country->findData(QStringLiteral("DE")));
        QCOMPARE(phones->problem(), QString());
        QVERIFY(value(EntityType::Contact, id, "addresses").toString().contains(QLatin1String("\"DE\"")));
        panel.cancel();

        // A number stored under the older rule (read in the US, no address) keeps its reading until it is edited:
        // the contact still saves other changes from the form.
        QVERIFY(m_ws->database().exec(QStringLiteral(R"(UPDATE contacts SET addresses = NULL, phones = '[{"e164":)"
                                                     R"("+10301234567","number":"030 1234567","type":"work"}]' )"
                                                     R"(WHERE id = ')") +
                                      id + QLatin1Char('\'')));
        panel.showRecord(EntityType::Contact, id);
        panel.edit();
        phones = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_phones"));
        QCOMPARE(phones->problem(), QString());
        panel.findChild<QLineEdit*>(QStringLiteral("field_job_title"))->setText(QStringLiteral("Head buyer"));
        panel.save();
        QVERIFY2(!panel.isEditing(), qPrintable(panel.findChild<QLabel*>(QStringLiteral("recordErrors"))->text()));
        QVERIFY(phonesOf().contains(QLatin1String("+10301234567")));
        // Edited, it must be a real number.
        panel.edit();
        phones = panel.findChild<ContactPointsEditor*>(QStringLiteral("field_phones"));
        auto* number = phones->findChild<QLineEdit*>(QStringLiteral("rowValue"));
        number->setText(QStringLiteral("030 1234568"));
        QVERIFY(phones->problem().contains(QLatin1String("\"030 1234568\"")));
        panel.cancel();
        QVERIFY(m_ws->store().remove(EntityType::Contact, id));
    }

    void mergeDialog_showsLongValuesWhole()
    {
        // Addresses and consent are long: each is shown whole, on as many lines as it needs, never cut.
        const QString street = QStringLiteral("Industriestraße 112, Gebäude C, Anlieferung über Tor 4");
        const QString a = create(contact(QStringLiteral("Rita"), QStringLiteral("Long"))
                                     .set(u"addresses", QStringLiteral(R"([{"street":"%1","postal_code":"40210",)"
                                                                       R"("city":"Düsseldorf","country":"DE"}])")
                                                            .arg(street)));
        const QString b = create(contact(QStringLiteral("Rita"), QStringLiteral("Long"))
                                     .set(u"addresses", QStringLiteral(R"([{"street":"Hafenweg 3","city":"Kiel"}])")));
        MergeDialog dialog(*m_ws, m_undo, EntityType::Contact, {a, b});
        QVERIFY2(test::laptopMisfit(dialog).isEmpty(), qPrintable(test::laptopMisfit(dialog)));
        auto* pick = dialog.findChild<QRadioButton*>(QStringLiteral("choose_addresses_0"));
        QVERIFY(pick);
        const QString shown = pick->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY2(!shown.contains(QStringLiteral("…")), qPrintable(shown));
        for (const QString& part : {QStringLiteral("Anlieferung"), QStringLiteral("Tor 4"), QStringLiteral("Germany")})
            QVERIFY2(shown.contains(part), qPrintable(shown));
        QVERIFY(pick->text().count(QLatin1Char('\n')) >= 1); // wrapped, not one wide line
        QVERIFY(m_ws->store().remove(EntityType::Contact, a));
        QVERIFY(m_ws->store().remove(EntityType::Contact, b));
    }

    void mergeDialog_mergesChosenValues_andUndoUnmerges()
    {
        const QString dup = create(contact(QStringLiteral("Anna"), QStringLiteral("Keller"), m_account)
                                       .set(u"job_title", QStringLiteral("Purchasing Director"))
                                       .set(u"emails", QStringLiteral(R"([{"type":"home","address":"anna@home.example"}])")));
        const QString deal = create(Record(EntityType::Opportunity)
                                        .set(u"name", QStringLiteral("Racks"))
                                        .set(u"account_id", m_account)
                                        .set(u"contact_id", dup)
                                        .set(u"stage", QStringLiteral("qualification"))
                                        .set(u"currency", QStringLiteral("EUR")));
        MergeDialog dialog(*m_ws, m_undo, EntityType::Contact, {m_anna, dup});
        QCOMPARE(dialog.survivor(), m_anna);
        // Job titles differ: keep the duplicate's. Emails: combined by default.
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("choose_job_title_1")));
        dialog.choose(QStringLiteral("job_title"), dup);
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("choose_emails_all")));
        QSignalSpy merged(&dialog, &MergeDialog::merged);
        dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"))->click();
        QCOMPARE(merged.size(), 1);
        QCOMPARE(value(EntityType::Contact, m_anna, "job_title").toString(), QStringLiteral("Purchasing Director"));
        QVERIFY(value(EntityType::Contact, m_anna, "emails").toString().contains(QLatin1String("anna@home.example")));
        QCOMPARE(value(EntityType::Opportunity, deal, "contact_id").toString(), m_anna);
        QCOMPARE(value(EntityType::Contact, dup, "merged_into").toString(), m_anna);

        // The page shows where it came from.
        ContactPage page(*m_ws, m_undo);
        page.showRecord(m_anna);
        QTRY_VERIFY(page.isLoaded());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("customerBanner"))->text().contains(QLatin1String("Merged from")));

        m_undo.undo();
        QVERIFY(value(EntityType::Contact, dup, "merged_into").isNull());
        QCOMPARE(value(EntityType::Opportunity, deal, "contact_id").toString(), dup);
        QCOMPARE(value(EntityType::Contact, m_anna, "job_title").toString(), QStringLiteral("Head of Purchasing"));
        QVERIFY(m_ws->store().remove(EntityType::Opportunity, deal));
        QVERIFY(m_ws->store().remove(EntityType::Contact, dup));
    }

    void deletedContact_leavesNothingToActOn_untilUndoBringsItBack()
    {
        const QString id = create(contact(QStringLiteral("Gone"), QStringLiteral("Soon"), m_account)
                                      .set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 30 9876543"}])")));
        ContactPage page(*m_ws, m_undo);
        page.showRecord(id);
        QTRY_VERIFY(page.isLoaded());
        auto* call = page.findChild<QToolButton*>(QStringLiteral("callButton"));
        QVERIFY(call->isEnabled());
        QVERIFY(DeleteCommand::apply(m_undo, m_ws->store(), EntityType::Contact, {id}, QStringLiteral("Delete Gone Soon")));
        QTRY_VERIFY(!call->isEnabled());
        QVERIFY(!page.findChild<QToolButton*>(QStringLiteral("emailButton"))->isEnabled());
        QVERIFY(!page.findChild<QTabWidget*>()->isEnabled());
        m_undo.undo();
        QTRY_VERIFY(call->isEnabled());
        QVERIFY(page.findChild<QTabWidget*>()->isEnabled());
        QVERIFY(m_ws->store().remove(EntityType::Contact, id));
    }

    void links_withoutAProgramForThem_goToTheClipboard()
    {
        if (!QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty())
            QSKIP("this computer has a program for links");
        QDesktopServices::unsetUrlHandler(QStringLiteral("tel")); // as if no softphone or mail program
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        const auto restore = qScopeGuard([this] {
            QDesktopServices::setUrlHandler(QStringLiteral("tel"), &m_urls, "open");
            QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_urls, "open");
        });
        QCOMPARE(
            DesktopLinks::open(QUrl(QStringLiteral("tel:+49301234567"))),
            QStringLiteral("No program on this computer makes phone calls: +49301234567 is on the clipboard to dial."));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+49301234567"));
        QVERIFY(DesktopLinks::open(QUrl(QStringLiteral("mailto:anna@keller.example")))
                    .contains(QLatin1String("No email program")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("anna@keller.example"));
    }

    void mergeDialog_openedOnOneContact_bringsItsLikelyDuplicate()
    {
        // "Merge with duplicates…" on a contact's page: the same person at the same account comes in.
        const QString again = create(contact(QStringLiteral("Ben"), QStringLiteral("Roth"), m_account));
        MergeDialog dialog(*m_ws, m_undo, EntityType::Contact, {again});
        QCOMPARE(dialog.ids(), (QStringList{again, m_ben}));
        QVERIFY(m_ws->store().remove(EntityType::Contact, again));
        // Someone without a likely duplicate: alone, and told what to do.
        MergeDialog alone(*m_ws, m_undo, EntityType::Contact, {m_ben});
        QCOMPARE(alone.ids(), QStringList{m_ben});
        bool told = false;
        for (const QLabel* l : alone.findChildren<QLabel*>())
            told = told || l->text().startsWith(QLatin1String("No likely duplicate was found"));
        QVERIFY(told);
    }

    void duplicatesDialog_listsGroups()
    {
        const QString again = create(contact(QStringLiteral("Ben"), QStringLiteral("Roth"), m_account));
        DuplicatesDialog dialog(*m_ws, m_undo);
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY2(test::laptopMisfit(dialog).isEmpty(), qPrintable(test::laptopMisfit(dialog)));
        QTreeWidget* groups = dialog.groups();
        QCOMPARE(groups->topLevelItemCount(), 1);
        QCOMPARE(groups->topLevelItem(0)->childCount(), 2);
        QVERIFY(groups->topLevelItem(0)->text(0).contains(QLatin1String("the same name at the same account")));
        // Merged from here: the group goes, and the count with it.
        groups->setCurrentItem(groups->topLevelItem(0));
        dialog.mergeCurrent();
        auto* merge = dialog.findChild<MergeDialog*>();
        QVERIFY(merge);
        merge->findChild<QPushButton*>(QStringLiteral("mergeButton"))->click();
        QCOMPARE(groups->topLevelItemCount(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("duplicatesStatus"))->text().startsWith(QLatin1String("No likely duplicates")));
        m_undo.undo();
        QVERIFY(m_ws->store().remove(EntityType::Contact, again));
    }
};

QTEST_MAIN(TestCustomerPages)
#include "TestCustomerPages.moc"
