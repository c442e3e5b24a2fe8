// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The help desk as an agent works it, in the real window under the offscreen platform: the queue from the
// keyboard (J, K, A, Enter, Esc), bulk actions, a ticket's page (reply, resolve with a resolution, an article
// from it, undo), articles suggested while a new ticket is typed, and an incoming call from each spelling of
// the number, known and unknown, also when a second start hands the call to the running window.
#include "Bootstrap.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "ReportTesting.h"
#include "Settings.h"
#include "SlaWatch.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "analytics/CustomerReports.h"
#include "dialogs/Ask.h"
#include "dialogs/IncomingCallDialog.h"
#include "dialogs/SlaPoliciesDialog.h"
#include "domain/BusinessHours.h"
#include "models/RecordListModel.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "views/HelpDeskView.h"
#include "views/RecordsView.h"
#include "views/SalesReportView.h"
#include "views/TicketPage.h"
#include "widgets/ArticleSuggestions.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FieldEditors.h"
#include "widgets/ListPanel.h"
#include "widgets/RecordPanel.h"
#include "widgets/StackedRows.h"
#include "widgets/ToolRow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalSocket>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

class TestHelpDeskUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Desktop> m_desktop;
    std::unique_ptr<MainWindow> m_window;
    QString m_anna, m_account, m_team;
    QString m_toner, m_codes; ///< an article for customers, one for the team only
    QStringList m_tickets;

    RecordStore& store() { return m_desktop->workspace->store(); }
    QString create(const Record& r)
    {
        auto id = store().create(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }
    QVariant value(EntityType type, const QString& id, const char* field)
    {
        auto r = store().fetch(type, id, true);
        return r ? r->value(QLatin1String(field)) : QVariant();
    }
    HelpDeskView* desk()
    {
        m_window->showSection(MainWindow::HelpDesk);
        return static_cast<HelpDeskView*>(m_window->view(MainWindow::HelpDesk));
    }
    /// Shows the queue and waits for its first page.
    bool showQueue(const QString& key, int rows)
    {
        desk()->showQueue(key);
        RecordListModel* model = desk()->queue()->model();
        return QTest::qWaitFor([&] { return model->rowCount() == rows; }, 3000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto desktop = bootstrap(m_dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY2(desktop, qPrintable(desktop.error().message));
        m_desktop = std::make_unique<Desktop>(std::move(desktop.value()));
        store().setDefaultRegion(QStringLiteral("DE"));
        m_team = create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Service")).set(u"kind", QStringLiteral("service")));
        for (const char* name : {"Ada", "Ben"})
            create(Record(EntityType::User)
                       .set(u"username", QString::fromLatin1(name).toLower())
                       .set(u"display_name", QLatin1String(name))
                       .set(u"role", QStringLiteral("agent"))
                       .set(u"team_id", m_team));
        m_account = create(account(QStringLiteral("Keller AG")));
        m_anna = create(contact(QStringLiteral("Anna"), QStringLiteral("Schmidt"), m_account)
                            .set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 30 1234567"}])")));
        const qint64 now = store().wallTime();
        int minutes = 30;
        for (const char* subject : {"Printer jams", "Scanner offline", "Invoice wrong"}) {
            m_tickets << create(Record(EntityType::Ticket)
                                    .set(u"subject", QLatin1String(subject))
                                    .set(u"priority", QStringLiteral("normal"))
                                    .set(u"contact_id", m_anna)
                                    .set(u"account_id", m_account)
                                    .set(u"team_id", m_team)
                                    .set(u"first_response_due", now + minutes * 60'000LL)
                                    .set(u"resolution_due", now + 10 * minutes * 60'000LL));
            minutes *= 4;
        }
        create(Record(EntityType::KnowledgeArticle)
                   .set(u"title", QStringLiteral("Printer shows paper jam"))
                   .set(u"body", QStringLiteral("Open the front cover and remove the jammed paper."))
                   .set(u"audience", QStringLiteral("customer"))
                   .set(u"status", QStringLiteral("published")));
        m_toner = create(Record(EntityType::KnowledgeArticle)
                             .set(u"title", QStringLiteral("Replacing the toner"))
                             .set(u"body", QStringLiteral("Lift the lid and take out the old cartridge."))
                             .set(u"audience", QStringLiteral("customer"))
                             .set(u"status", QStringLiteral("published")));
        m_codes = create(Record(EntityType::KnowledgeArticle)
                             .set(u"title", QStringLiteral("Scanner error codes"))
                             .set(u"body", QStringLiteral("E-1xx are hardware faults; send a technician."))
                             .set(u"audience", QStringLiteral("internal"))
                             .set(u"status", QStringLiteral("published")));
        m_window = std::make_unique<MainWindow>(*m_desktop->workspace, *m_desktop->settings);
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_desktop.reset();
    }

    void sla_watchedBeforeTheHelpDeskIsOpened()
    {
        // Nothing of the help desk is built yet, and a breach still shows: the sidebar counts it, in red.
        QVERIFY(!m_window->findChild<HelpDeskView*>());
        const qint64 now = store().wallTime();
        const QString late = create(Record(EntityType::Ticket)
                                        .set(u"subject", QStringLiteral("Router down"))
                                        .set(u"priority", QStringLiteral("high"))
                                        .set(u"contact_id", m_anna)
                                        .set(u"team_id", m_team)
                                        .set(u"first_response_due", now - 10 * 60'000LL)
                                        .set(u"resolution_due", now + 60 * 60'000LL));
        m_window->slaWatch()->checkNow();
        QListWidgetItem* item = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"))->item(MainWindow::HelpDesk);
        QTRY_VERIFY_WITH_TIMEOUT(item->toolTip().contains(QLatin1String("past its service level")), 5000);
        // Its first response is late and its resolution due within the hour: one ticket, counted once.
        QSet<QString> urgent;
        int clocksOfLate = 0;
        for (const SlaClock& c : m_window->slaWatch()->clocks()) {
            urgent.insert(c.ticketId);
            clocksOfLate += c.ticketId == late;
        }
        QCOMPARE(clocksOfLate, 2);
        QCOMPARE(item->text(), QStringLiteral("Help desk (%1 due)").arg(urgent.size()));
        QVERIFY2(item->toolTip().startsWith(QStringLiteral("1 ticket past its service level")),
                 qPrintable(item->toolTip()));
        QCOMPARE(item->foreground().color(), QColor(0x8c, 0x1d, 0x18));

        // The help desk's banner shows the same check as soon as it opens.
        auto* banner = desk()->findChild<QLabel*>(QStringLiteral("slaBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(banner->text().contains(QLatin1String("1 ticket past its service level")));
        // "Show them": the tickets the banner counts.
        Q_EMIT banner->linkActivated(QStringLiteral("breaching"));
        QTRY_COMPARE(desk()->queue()->model()->rowCount(), urgent.size());
        QCOMPARE(desk()->queue()->model()->idAt(0), late);

        // Asked five times while one check runs, it checks once more after it, not five times.
        QTest::qWait(500);
        QSignalSpy checks(m_window->slaWatch(), &SlaWatch::checked);
        for (int i = 0; i < 5; ++i)
            m_window->slaWatch()->checkNow();
        QTRY_COMPARE(checks.size(), 2);
        QTest::qWait(300);
        QCOMPARE(checks.size(), 2);
        // Gone, and the red goes with it at once, not at the next minute's check.
        QVERIFY(store().remove(EntityType::Ticket, late));
        QTRY_VERIFY_WITH_TIMEOUT(!item->toolTip().contains(QLatin1String("service level")), 3000);
        QCOMPARE(item->foreground().style(), Qt::NoBrush);
        QVERIFY(!banner->text().contains(QLatin1String("service level")));
    }

    void queue_ticketChosenBeforeShown_keepsTheRowsAboveInView()
    {
        // The help desk opened for the first time on a ticket just made from a call: the ticket is chosen before
        // the queue has a height. Once shown, the more urgent tickets above it are in view as well.
        QUndoStack undo;
        const ListSpec tickets = *ListQueries::forType(EntityType::Ticket);
        // Rows so tall that all but half of one fit, measured on a list shown first.
        int viewport = 0;
        {
            ListPanel measured(*m_desktop->workspace, undo, tickets);
            measured.resize(2000, 600); // room for every column: rows of one line, as tall as set
            measured.show();
            QVERIFY(QTest::qWaitForWindowExposed(&measured));
            viewport = measured.view()->viewport()->height();
        }
        ListPanel list(*m_desktop->workspace, undo, tickets);
        list.showRecord(m_tickets[0]);
        const int rows = list.model()->rowCount();
        QVERIFY(rows >= 3);
        list.view()->verticalHeader()->setDefaultSectionSize(viewport * 2 / (2 * rows - 1));
        list.showRecord(list.model()->idAt(1));
        list.resize(2000, 600);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTest::qWait(50);
        QCOMPARE(list.view()->currentIndex().row(), 1);
        QVERIFY(list.view()->verticalScrollBar()->maximum() > 0); // not every row fits
        QCOMPARE(list.view()->verticalScrollBar()->value(), 0);
        list.close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void queue_keyboard()
    {
        QVERIFY(showQueue(QStringLiteral("open"), 3));
        ListPanel* queue = desk()->queue();
        QTableView* view = queue->view();
        // The most urgent first: the SLA the queue sorts on.
        QCOMPARE(queue->model()->idAt(0), m_tickets[0]);
        QCOMPARE(queue->model()->idAt(2), m_tickets[2]);
        view->setFocus();
        view->setCurrentIndex(QModelIndex());
        view->clearSelection();
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(queue->selectedIds(), QStringList{m_tickets[0]});
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_J); // stays on the last
        QCOMPARE(queue->selectedIds(), QStringList{m_tickets[2]});
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(queue->selectedIds(), QStringList{m_tickets[1]});
        // A: mine.
        QTest::keyClick(view, Qt::Key_A);
        QCOMPARE(value(EntityType::Ticket, m_tickets[1], "assignee_id").toString(),
                 m_desktop->workspace->currentUserId());
        QVERIFY(showQueue(QStringLiteral("mine"), 1));
        QCOMPARE(queue->model()->idAt(0), m_tickets[1]);
        QVERIFY(showQueue(QStringLiteral("unassigned"), 2));
        // The ticket shown is not in this queue: its first is chosen instead.
        QTRY_COMPARE(queue->selectedIds(), QStringList{m_tickets[0]});
        // Enter opens the ticket on the whole width; Esc goes back to the queue.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(queue->isRecordOnly());
        TicketPage* page = desk()->ticketPage();
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[0]; }, 3000));
        page->composer()->setFocus();
        QTest::keyClick(page->composer(), Qt::Key_Escape);
        QVERIFY(!queue->isRecordOnly());
    }

    void bulk_assignAndClose_oneUndoStepEach()
    {
        QVERIFY(showQueue(QStringLiteral("open"), 3));
        ListPanel* queue = desk()->queue();
        queue->view()->selectAll();
        desk()->assignSelectedByRule(true); // least busy: nobody has one open but the tester, not an agent
        QStringList assignees;
        for (const QString& id : m_tickets)
            assignees << store().titleOf(EntityType::User, value(EntityType::Ticket, id, "assignee_id").toString());
        assignees.sort();
        QCOMPARE(assignees, (QStringList{QStringLiteral("Ada"), QStringLiteral("Ada"), QStringLiteral("Ben")}));
        QUndoStack* undo = m_window->undoStack();
        undo->undo();
        QCOMPARE(value(EntityType::Ticket, m_tickets[1], "assignee_id").toString(),
                 m_desktop->workspace->currentUserId());
        // Taken by someone of another team (a rep answering their customer), a ticket stays in its team's queue.
        const QString sales = create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Sales")).set(u"kind", QStringLiteral("sales")));
        const QString rep = create(Record(EntityType::User)
                                       .set(u"username", QStringLiteral("carl"))
                                       .set(u"display_name", QStringLiteral("Carl"))
                                       .set(u"role", QStringLiteral("rep"))
                                       .set(u"team_id", sales));
        queue->view()->selectAll();
        queue->assignSelectedTo(rep, QStringLiteral("Carl"));
        for (const QString& id : m_tickets) {
            QCOMPARE(value(EntityType::Ticket, id, "assignee_id").toString(), rep);
            QCOMPARE(value(EntityType::Ticket, id, "team_id").toString(), m_team);
        }
        undo->undo();
        // The Assign menu offers the rules, then the service team's people under its name, then the others apart;
        // one ticket's assignee is ticked.
        const QString first = m_tickets[0];
        QVERIFY(store().update(Record(EntityType::Ticket, first).set(u"assignee_id", rep)));
        QTRY_VERIFY([&] {
            for (int row = 0; row < queue->model()->rowCount(); ++row)
                if (queue->model()->idAt(row) == first) {
                    queue->view()->clearSelection();
                    queue->view()->selectRow(row);
                }
            return queue->selectedIds() == QStringList{first};
        }());
        auto* assignButton = desk()->findChild<QToolButton*>(QStringLiteral("assignByRule"));
        QVERIFY(assignButton && assignButton->menu());
        Q_EMIT assignButton->menu()->aboutToShow();
        QStringList shown;
        for (QAction* a : assignButton->menu()->actions())
            shown << (a->menu() ? QStringLiteral("[%1]").arg(a->text()) : a->text());
        QCOMPARE(shown.mid(0, 2), (QStringList{QStringLiteral("Round robin within the team"),
                                               QStringLiteral("To the least busy agent of the team")}));
        QVERIFY2(shown.mid(2, 3) ==
                     (QStringList{QStringLiteral("Service"), QStringLiteral("Ada"), QStringLiteral("Ben")}),
                 qPrintable(shown.join(QLatin1Char('|'))));
        auto* others = assignButton->menu()->findChild<QMenu*>(QStringLiteral("assignOthers"));
        QVERIFY(others);
        QAction* carl = nullptr;
        for (QAction* a : others->actions())
            if (a->text() == QLatin1String("Carl"))
                carl = a;
        QStringList otherNames;
        for (QAction* a : others->actions())
            otherNames << a->text();
        QVERIFY2(carl, qPrintable(otherNames.join(QLatin1Char('|'))));
        QVERIFY2(carl->isChecked(), qPrintable(queue->selectedIds().join(QLatin1Char(','))));
        carl->setChecked(false);
        for (QAction* a : assignButton->menu()->actions())
            if (a->text() == QLatin1String("Ben"))
                a->trigger();
        QCOMPARE(store().titleOf(EntityType::User, value(EntityType::Ticket, first, "assignee_id").toString()),
                 QStringLiteral("Ben"));
        undo->undo();
        undo->undo(); // the rep's
        queue->view()->selectAll();
        desk()->closeSelected();
        for (const QString& id : m_tickets)
            QCOMPARE(value(EntityType::Ticket, id, "status").toString(), QStringLiteral("closed"));
        undo->undo();
        for (const QString& id : m_tickets)
            QCOMPARE(value(EntityType::Ticket, id, "status").toString(), QStringLiteral("new"));
    }

    void ticketPage_replyResolveAndArticle()
    {
        QVERIFY(showQueue(QStringLiteral("open"), 3));
        desk()->queue()->showRecord(m_tickets[0]);
        TicketPage* page = desk()->ticketPage();
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[0]; }, 3000));
        // Suggestions from what the ticket says.
        QVERIFY(QTest::qWaitFor([&] { return !page->suggestions()->suggestions().isEmpty(); }, 3000));
        QCOMPARE(page->suggestions()->suggestions().first().title, QStringLiteral("Printer shows paper jam"));
        QVERIFY(!page->send(false)); // nothing written yet
        page->composer()->setPlainText(QStringLiteral("Please open the front cover."));
        QVERIFY(page->send(false));
        QVERIFY(page->composer()->toPlainText().isEmpty());
        QCOMPARE(value(EntityType::Ticket, m_tickets[0], "status").toString(), QStringLiteral("open"));
        QVERIFY(!value(EntityType::Ticket, m_tickets[0], "first_response_at").isNull());
        QVERIFY(QTest::qWaitFor([&] { return page->thread()->toPlainText().contains(QLatin1String("front cover")); },
                                3000));
        // An article inserted into the reply is linked to the ticket, and then listed there, not suggested.
        const QString article = page->suggestions()->suggestions().first().id;
        page->insertArticle(article);
        QVERIFY(page->composer()->toPlainText().startsWith(QLatin1String("Open the front cover and remove")));
        QVERIFY(QTest::qWaitFor([&] { return page->linkedArticles()->count() == 1; }, 3000));
        QTRY_VERIFY(std::none_of(page->suggestions()->suggestions().cbegin(), page->suggestions()->suggestions().cend(),
                                 [&](const ArticleSuggestion& a) { return a.id == article; }));
        auto* link = page->suggestions()->findChild<QPushButton*>(QStringLiteral("linkArticle"));
        QVERIFY(link && link->isVisible());
        // A second article goes into a paragraph of its own.
        page->composer()->moveCursor(QTextCursor::End);
        page->composer()->insertPlainText(QStringLiteral("Then:"));
        const QString internal = m_codes;
        // An article for the team only never goes into a reply: not into one being written…
        const QString reply = page->composer()->toPlainText();
        QSignalSpy said(page, &TicketPage::message);
        page->insertArticle(internal);
        QCOMPARE(page->composer()->toPlainText(), reply);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().first().toString().contains(QLatin1String("For the team only")),
                 qPrintable(said.first().first().toString()));
        page->insertArticle(m_toner);
        QVERIFY2(page->composer()->toPlainText().contains(QLatin1String("Then:\n\n")),
                 qPrintable(page->composer()->toPlainText()));
        // … and into a note when nothing is written yet.
        page->composer()->clear();
        page->insertArticle(internal);
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("entryKind"))->currentData().toString(),
                 QStringLiteral("note"));
        QVERIFY(!page->composer()->toPlainText().isEmpty());
        page->composer()->clear();
        page->findChild<QComboBox*>(QStringLiteral("entryKind"))->setCurrentIndex(0);
        // The suggestions go on matching the ticket and what the agent writes, not the article put in (which
        // found only itself): the other suggestions stay.
        QVERIFY(!page->suggestions()->text().contains(QLatin1String("jammed paper")));
        page->composer()->moveCursor(QTextCursor::End);
        page->composer()->insertPlainText(QStringLiteral("Also check the toner"));
        QVERIFY(page->suggestions()->text().startsWith(QLatin1String("Also check the toner")));
        page->composer()->clear();
        // Canned responses fill in the customer and the ticket.
        QVERIFY(page->fillCanned(QStringLiteral("Hello {customer}, about {number}"))
                    .startsWith(QLatin1String("Hello Anna Schmidt, about T-")));

        // A reply begun stays with its ticket while the agent looks at another.
        page->composer()->setPlainText(QStringLiteral("Dear Anna, one more question"));
        desk()->queue()->showRecord(m_tickets[1]);
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[1]; }, 3000));
        QVERIFY(page->composer()->toPlainText().isEmpty());
        // Kept in the settings, so a restart keeps it too.
        QCOMPARE(Settings().ticketDraft(m_tickets[0]).second, QStringLiteral("Dear Anna, one more question"));
        desk()->queue()->showRecord(m_tickets[0]);
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[0]; }, 3000));
        QCOMPARE(page->composer()->toPlainText(), QStringLiteral("Dear Anna, one more question"));
        QCOMPARE(page->tabs()->currentIndex(), 0); // a ticket opens on its conversation
        QVERIFY(page->send(true));
        QVERIFY(Settings().ticketDraft(m_tickets[0]).second.isEmpty()); // sent: no draft left

        // Resolving asks how, and takes no empty answer; an article is then drafted from the ticket and opened.
        Ask::setNextText(QStringLiteral("  "));
        QVERIFY(!page->moveTo(QStringLiteral("resolved")));
        QCOMPARE(value(EntityType::Ticket, m_tickets[0], "status").toString(), QStringLiteral("open"));
        Ask::setNextText(QStringLiteral("Removed a torn label from the rollers"));
        QVERIFY(page->moveTo(QStringLiteral("resolved")));
        QCOMPARE(value(EntityType::Ticket, m_tickets[0], "status").toString(), QStringLiteral("resolved"));
        QCOMPARE(value(EntityType::Ticket, m_tickets[0], "resolution").toString(),
                 QStringLiteral("Removed a torn label from the rollers"));
        QVERIFY(
            QTest::qWaitFor([&] { return page->current().ticket.text(u"status") == QLatin1String("resolved"); }, 3000));
        {
            // The history tells the ticket's story in order: opened, each message, each change.
            auto* history = page->findChild<QTreeWidget*>(QStringLiteral("ticketHistory"));
            const auto rows = [history] {
                QStringList out;
                for (int i = 0; i < history->topLevelItemCount(); ++i) {
                    const QTreeWidgetItem* item = history->topLevelItem(i);
                    out << item->text(1) + u'|' + item->text(2);
                }
                return out;
            };
            QTRY_VERIFY(rows().join(u'\n').contains(QStringLiteral("|Status: Open → Resolved")));
            QStringList told = rows();
            QVERIFY2(told.first().endsWith(QLatin1String("|Opened")), qPrintable(told.join(u'\n')));
            QVERIFY2(told.filter(QStringLiteral("|Reply: Please open the front cover.")).size() == 1,
                     qPrintable(told.join(u'\n')));
            QVERIFY(told.filter(QStringLiteral("|Internal note: Dear Anna, one more question")).size() == 1);
            // The reply comes before what it changed; the moments the workflow stamps are not said twice.
            QVERIFY(told.indexOf(QRegularExpression(QStringLiteral(".*front cover.*"))) <
                    told.indexOf(QRegularExpression(QStringLiteral(".*\\|Status: New → Open"))));
            QVERIFY(told.filter(QStringLiteral("|First response")).isEmpty());
            QVERIFY(told.filter(QStringLiteral("|Resolved")).isEmpty());
            QVERIFY(told.indexOf(QRegularExpression(QStringLiteral(".*front cover.*"))) <
                    told.indexOf(QRegularExpression(QStringLiteral(".*Dear Anna.*"))));
            QVERIFY(told.indexOf(QRegularExpression(QStringLiteral(".*Dear Anna.*"))) <
                    told.indexOf(QRegularExpression(QStringLiteral(".*\\|Status: Open → Resolved"))));
            QVERIFY(told.filter(QStringLiteral("{")).isEmpty()); // no record written out whole
            // Whoever it was assigned to before is named, not an id (the bulk assignment above).
            QVERIFY2(told.filter(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))).isEmpty(),
                     qPrintable(told.join(u'\n')));
            // A ticket that came without a change log (from sync, an import, the demo) still says when it was
            // opened and resolved, and what was said; that it was opened by its customer, and how.
            QVERIFY(m_desktop->workspace->database().exec(
                QStringLiteral("DELETE FROM audit_log WHERE record_id = '%1'").arg(m_tickets[0])));
            QVERIFY(m_desktop->workspace->database().exec(
                QStringLiteral("UPDATE tickets SET channel = 'phone' WHERE id = '%1'").arg(m_tickets[0])));
            desk()->queue()->showRecord(m_tickets[1]);
            QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[1]; }, 3000));
            desk()->queue()->showRecord(m_tickets[0]);
            QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[0]; }, 3000));
            told = rows();
            QCOMPARE(told.first(), QStringLiteral("Anna Schmidt|Opened (Phone)"));
            QCOMPARE(told.filter(QStringLiteral("|Reply: ")).size(), 1);
            QCOMPARE(told.last(), QStringLiteral("|Resolved"));
        }
        QSignalSpy opened(page, &TicketPage::openRecordRequested);
        QVERIFY(page->createArticle());
        QCOMPARE(opened.size(), 1);
        const QString draft = opened.first().at(1).toString();
        QCOMPARE(value(EntityType::KnowledgeArticle, draft, "status").toString(), QStringLiteral("draft"));
        QVERIFY(value(EntityType::KnowledgeArticle, draft, "body").toString().contains(QLatin1String("torn label")));
        m_window->undoStack()->undo();
        QVERIFY(value(EntityType::KnowledgeArticle, draft, "deleted").toBool());
        // A first answer that came late stays said.
        const qint64 now = store().wallTime();
        QVERIFY(store().update(Record(EntityType::Ticket, m_tickets[1])
                                   .set(u"first_response_due", now - 2 * 3'600'000LL)
                                   .set(u"first_response_at", now - 3'600'000LL)));
        desk()->queue()->showRecord(m_tickets[1]);
        auto* clocks = page->findChild<QLabel*>(QStringLiteral("ticketClocks"));
        QTRY_VERIFY2(clocks->text().contains(QLatin1String("First response 1 h late")), qPrintable(clocks->text()));
        QVERIFY(!clocks->text().contains(QLatin1String("working time"))); // no service level: the clock's time only
        // Held to a service level of office hours, the clock says its working time too: three days hold at most
        // three working days of eight hours, not 72 hours.
        const QString policy = create(
            Record(EntityType::SlaPolicy)
                .set(u"name", QStringLiteral("Office hours"))
                .set(u"priority", value(EntityType::Ticket, m_tickets[1], "priority"))
                .set(u"first_response_minutes", 60)
                .set(u"resolution_minutes", 480)
                .set(u"hours", QString::fromUtf8(QJsonDocument(BusinessHours::officeHours(QTimeZone::utc()).toJson())
                                                     .toJson(QJsonDocument::Compact))));
        QVERIFY(
            store().update(Record(EntityType::Ticket, m_tickets[1]).set(u"resolution_due", now + 3 * 86'400'000LL)));
        QTRY_VERIFY2(clocks->text().contains(QLatin1String("Resolution:")) &&
                         clocks->text().contains(QLatin1String(" in working time)")),
                     qPrintable(clocks->text()));
        QVERIFY2(clocks->text().contains(QLatin1String("Resolution: <span")), qPrintable(clocks->text()));
        // The queue counts down the same working time (at most 24 h in three days), says both in its tooltip, and
        // turns amber within the policy's warning time.
        RecordListModel* queue = desk()->queue()->model();
        int sla = -1;
        for (int c = 0; c < queue->columnCount(); ++c)
            if (queue->list().spec().columns[c].key == QLatin1String("sla"))
                sla = c;
        QVERIFY(sla >= 0);
        QTRY_VERIFY(queue->rowOf(m_tickets[1]) >= 0);
        const QModelIndex cell = queue->index(queue->rowOf(m_tickets[1]), sla);
        const auto office = Sla::policyFor(m_desktop->workspace->database(),
                                           value(EntityType::Ticket, m_tickets[1], "priority").toString(), {});
        QVERIFY(office);
        const qint64 due = now + 3 * 86'400'000LL;
        const auto workingText = [&] {
            return Formatting::hoursAndMinutes(Sla::workingMinutesLeft(office->hours, due, store().wallTime()));
        };
        QTRY_VERIFY2(cell.data().toString() == workingText(), qPrintable(cell.data().toString()));
        QVERIFY(cell.data().toString() != Formatting::duration(due - store().wallTime()));
        QVERIFY2(
            cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("in the working time of \"Office hours\"")),
            qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(!cell.data(Qt::ForegroundRole).isValid()); // a day or more of work left: no warning
        QVERIFY(store().update(Record(EntityType::SlaPolicy, policy).set(u"warn_minutes", 25 * 60)));
        QTRY_COMPARE(queue->index(queue->rowOf(m_tickets[1]), sla).data(Qt::ForegroundRole).value<QColor>(),
                     QColor(0xb3, 0x6b, 0x00));
        QVERIFY(store().remove(EntityType::SlaPolicy, policy));
        // The workflow refuses what it does not allow, with a reason.
        const Status refused =
            store().update(Record(EntityType::Ticket, m_tickets[0]).set(u"status", QStringLiteral("new")));
        QVERIFY(!refused);
    }

    void laptopWidth_givesTheRoomToTheTicket()
    {
        // A 1,024-pixel laptop: the sidebar keeps its icons (names in tooltips, the help desk's count beside its
        // icon) and the ticket's articles become a tab, so the conversation and its tabs are whole.
        QVERIFY(showQueue(QStringLiteral("open"), 2));
        desk()->queue()->showRecord(m_tickets[1]);
        TicketPage* page = desk()->ticketPage();
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[1]; }, 3000));
        auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
        const int wide = sidebar->width();
        QCOMPARE(sidebar->item(MainWindow::Home)->text(), QStringLiteral("Home"));
        QCOMPARE(page->tabs()->count(), 3);
        const QSize before = m_window->size();
        m_window->resize(1024, 700);
        QTRY_COMPARE(page->tabs()->count(), 4);
        QVERIFY(sidebar->width() < wide / 2);
        QVERIFY(sidebar->item(MainWindow::Home)->text().isEmpty());
        QCOMPARE(sidebar->item(MainWindow::Home)->toolTip(), QStringLiteral("Home"));
        QCOMPARE(sidebar->item(MainWindow::Home)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Home"));
        QVERIFY2(sidebar->item(MainWindow::HelpDesk)->toolTip().startsWith(QLatin1String("Help desk")),
                 qPrintable(sidebar->item(MainWindow::HelpDesk)->toolTip()));
        QVERIFY(page->tabs()->isVisible());
        for (int t = 0; t < page->tabs()->count(); ++t)
            QVERIFY2(page->tabs()->tabBar()->tabRect(t).right() <= page->tabs()->tabBar()->width(),
                     qPrintable(page->tabs()->tabText(t))); // no scroll arrows: every tab in view
        auto* kind = page->findChild<QComboBox*>(QStringLiteral("entryKind"));
        QVERIFY(kind->width() >= kind->sizeHint().width()); // "Public reply" whole
        {
            // The queue shows what a ticket is about: its subject takes up the room its number, clock and
            // priority leave, ending in "…" at the list's edge rather than behind the scroll bar.
            QTableView* queue = desk()->queue()->view();
            QHeaderView* header = queue->horizontalHeader();
            int subject = -1;
            for (int c = 0; c < header->count(); ++c)
                if (desk()->queue()->model()->list().spec().columns[c].key == QLatin1String("subject"))
                    subject = c;
            QVERIFY(subject >= 0 && !header->isSectionHidden(subject));
            QTRY_VERIFY2(header->sectionViewportPosition(subject) + header->sectionSize(subject) <=
                                 queue->viewport()->width() &&
                             header->sectionSize(subject) >= 100,
                         qPrintable(QStringLiteral("%1 + %2 in %3")
                                        .arg(header->sectionViewportPosition(subject))
                                        .arg(header->sectionSize(subject))
                                        .arg(queue->viewport()->width())));
            // Above it, the queue's name is whole ("My customers' open tickets" lost its end behind the count
            // that arrived after the row was measured), the count says at least its number, and the filter
            // box says what it filters in a sentence's words.
            auto* queueName = desk()->findChild<QComboBox*>(QStringLiteral("ticketQueue"));
            auto* count = desk()->queue()->findChild<ElidedLabel*>(QStringLiteral("listCount"));
            QTRY_VERIFY(!count->text().isEmpty());
            QTRY_VERIFY2(
                queueName->width() >= queueName->sizeHint().width(),
                qPrintable(QStringLiteral("%1 < %2").arg(queueName->width()).arg(queueName->sizeHint().width())));
            QVERIFY2(!count->shownText().endsWith(QChar(0x2026)), qPrintable(count->shownText()));
            QCOMPARE(desk()->queue()->filterEdit()->placeholderText(), QStringLiteral("Filter tickets…"));
            // Whatever the ticket's status offers to do, its buttons fit beside the queue (a new ticket's five
            // pushed the queue aside and cut its count), and its tabs shorten rather than scroll.
            auto* actions = page->findChild<ToolRow*>(QStringLiteral("ticketActions"));
            QVERIFY(actions);
            const int queueWidth = queue->width();
            for (int row = 0; row < desk()->queue()->model()->rowCount(); ++row) {
                desk()->queue()->showRecord(desk()->queue()->model()->idAt(row));
                QVERIFY(QTest::qWaitFor(
                    [&] { return page->isLoaded() && page->recordId() == desk()->queue()->model()->idAt(row); }, 3000));
                QVERIFY(actions->minimumSizeHint().width() <= actions->width());
                QCOMPARE(queue->width(), queueWidth);
            }
            desk()->queue()->showRecord(m_tickets[1]);
            QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == m_tickets[1]; }, 3000));
            QCOMPARE(page->tabs()->elideMode(), Qt::ElideRight);
        }
        // The tab says how many articles match; one put into the reply shows the reply.
        page->tabs()->setCurrentIndex(3);
        QTRY_VERIFY(!page->suggestions()->suggestions().isEmpty());
        QCOMPARE(page->tabs()->tabText(3),
                 QStringLiteral("Articles (%1)").arg(page->suggestions()->suggestions().size()));
        page->insertArticle(m_toner);
        QCOMPARE(page->tabs()->currentIndex(), 0);
        QVERIFY(page->composer()->toPlainText().contains(QLatin1String("old cartridge")));
        page->composer()->clear();
        // Wide again: beside the tabs, from the articles tab back to the conversation.
        page->tabs()->setCurrentIndex(3);
        m_window->resize(before);
        QTRY_COMPARE(page->tabs()->count(), 3);
        QCOMPARE(page->tabs()->currentIndex(), 0);
        QVERIFY(page->suggestions()->isVisible());
        QCOMPARE(sidebar->width(), wide);
        QVERIFY(sidebar->item(MainWindow::HelpDesk)->text().startsWith(QLatin1String("Help desk")));
    }

    void newTicket_suggestsArticlesWhileTyping()
    {
        desk()->createTicket(Record(EntityType::Ticket));
        TicketPage* page = desk()->ticketPage();
        QVERIFY(page->details()->isCreating());
        auto* subject = page->details()->findChild<QLineEdit*>(QStringLiteral("field_subject"));
        QVERIFY(subject);
        // The form asks for what the author knows: the number is given, the clocks and the outcome come later;
        // the team is the service desk's, and another can be chosen from the teams.
        QTRY_VERIFY(subject->hasFocus());
        for (const char* later : {"field_number", "field_first_response_due", "field_resolved_at", "field_satisfaction",
                                  "field_resolution"})
            QVERIFY2(!page->details()->findChild<QWidget*>(QLatin1String(later)), later);
        auto* number = page->details()->findChild<QLabel*>(QStringLiteral("value_number"));
        QVERIFY(number && number->text().startsWith(QLatin1String("T-")));
        auto* team = page->details()->findChild<RecordPicker*>(QStringLiteral("field_team_id"));
        QVERIFY(team);
        QCOMPARE(team->value().toString(), m_team);
        QCOMPARE(team->lineEdit()->text(), QStringLiteral("Service"));
        team->lineEdit()->setFocus();
        QTRY_COMPARE(team->matches()->rowCount(), int(store().titles(EntityType::Team).size())); // all the teams
        // A contact chosen brings the company.
        auto* person = page->details()->findChild<RecordPicker*>(QStringLiteral("field_contact_id"));
        auto* company = page->details()->findChild<RecordPicker*>(QStringLiteral("field_account_id"));
        QVERIFY(person && company);
        // While the name is typed, no complaint; leaving the field with no choice made says what to do.
        auto* complaint = page->details()->findChild<QLabel*>(QStringLiteral("problem_contact_id"));
        QVERIFY(complaint);
        QTest::keyClicks(person->lineEdit(), QStringLiteral("Ann"));
        QVERIFY(complaint->isHidden());
        Q_EMIT person->lineEdit()->editingFinished();
        QVERIFY(!complaint->isHidden());
        person->lineEdit()->clear();
        Q_EMIT person->lineEdit()->textEdited(QString());
        QVERIFY(complaint->isHidden());
        person->setValue(m_anna);
        person->setTitle(QStringLiteral("Anna Schmidt"));
        Q_EMIT person->edited();
        QCOMPARE(company->value().toString(), m_account);
        QCOMPARE(company->lineEdit()->text(), QStringLiteral("Keller AG"));
        QTest::keyClicks(subject, QStringLiteral("paper ja"));
        QVERIFY(QTest::qWaitFor([&] { return !page->suggestions()->suggestions().isEmpty(); }, 3000));
        QCOMPARE(page->suggestions()->suggestions().first().title, QStringLiteral("Printer shows paper jam"));
        // The channel starts as the phone, then as the author's last ticket came in.
        auto* channel = page->details()->findChild<QComboBox*>(QStringLiteral("field_channel"));
        QVERIFY(channel);
        QCOMPARE(page->details()->editedValue(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
        QSignalSpy created(page->details(), &RecordPanel::recordCreated);
        page->details()->save();
        QCOMPARE(created.size(), 1);
        const QString saved = created.first().at(1).toString();
        QCOMPARE(value(EntityType::Ticket, saved, "channel").toString(), QStringLiteral("email"));
        // Editing it later: the number and the clocks are the system's, shown and not edited; the edit starts at the
        // subject, where a stray key cannot renumber the ticket.
        page->details()->edit();
        QTRY_VERIFY(page->details()->findChild<QLineEdit*>(QStringLiteral("field_subject"))->hasFocus());
        for (const char* given : {"field_number", "field_first_response_due", "field_resolved_at", "field_closed_at"})
            QVERIFY2(!page->details()->findChild<QWidget*>(QLatin1String(given)), given);
        QVERIFY(page->details()->findChild<QLabel*>(QStringLiteral("value_number")));
        QVERIFY(page->details()->findChild<QWidget*>(QStringLiteral("field_satisfaction")));
        page->details()->cancel();
        desk()->createTicket(Record(EntityType::Ticket));
        QVERIFY(page->details()->isCreating());
        QCOMPARE(page->details()->editedValue(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        page->details()->cancel();
        QVERIFY(store().remove(EntityType::Ticket, saved)); // the tests after count Anna's tickets
        Settings().setNewTicketChannel(QStringLiteral("phone"));
    }

    void incomingCall_eachSpelling_popsTheCallerAndATicket()
    {
        for (const QString& spelling : {QStringLiteral("+49 30 1234567"), QStringLiteral("030/123 45 67"),
                                        QStringLiteral("0049301234567"), QStringLiteral("(030) 1234567")}) {
            m_window->incomingCall(spelling);
            IncomingCallDialog* call = m_window->callDialog();
            QVERIFY2(call, qPrintable(spelling));
            QCOMPARE(call->caller().id, m_anna);
            QCOMPARE(m_window->currentSection(), MainWindow::Contacts);
            QVERIFY(call->openTickets()->count() >= 1);
            call->close();
            QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() == nullptr; }, 2000)); // deleted on close
        }
        m_window->incomingCall(QStringLiteral("030 1234567"));
        IncomingCallDialog* call = m_window->callDialog();
        QVERIFY(call);
        QVERIFY(!call->createTicket()); // a ticket needs a subject
        const QString queueBefore = desk()->currentQueue();
        desk()->showQueue(QStringLiteral("unassigned")); // a queue the new ticket, assigned to the agent, is not in
        call->subject()->setText(QStringLiteral("Toner empty"));
        call->description()->setPlainText(QStringLiteral("The printer says the toner is empty."));
        auto id = call->createTicket();
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        QCOMPARE(value(EntityType::Ticket, *id, "channel").toString(), QStringLiteral("phone"));
        QCOMPARE(value(EntityType::Ticket, *id, "contact_id").toString(), m_anna);
        QCOMPARE(value(EntityType::Ticket, *id, "account_id").toString(), m_account);
        QCOMPARE(value(EntityType::Ticket, *id, "assignee_id").toString(), m_desktop->workspace->currentUserId());
        QCOMPARE(m_window->currentSection(), MainWindow::HelpDesk);
        TicketPage* page = desk()->ticketPage();
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == *id; }, 3000));
        QVERIFY(page->thread()->toPlainText().contains(QLatin1String("toner is empty")));
        // Beside it, the queue shows it chosen: the first queue that holds it, the agent's own.
        QCOMPARE(desk()->currentQueue(), QStringLiteral("mine"));
        const QModelIndexList chosen = desk()->queue()->view()->selectionModel()->selectedRows();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(desk()->queue()->model()->idAt(chosen.first().row()), *id);
        desk()->showQueue(queueBefore);
        call->close();
        QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() == nullptr; }, 2000));

        // Anna calls again about it: the ticket is opened from the call, and the call's window gives it the room.
        m_window->incomingCall(QStringLiteral("030 1234567"));
        call = m_window->callDialog();
        QVERIFY(call);
        auto* openTicket = call->findChild<QPushButton*>(QStringLiteral("openCallerTicket"));
        QVERIFY(openTicket && !openTicket->isEnabled());
        QListWidgetItem* toner = nullptr;
        for (int i = 0; i < call->openTickets()->count(); ++i)
            if (call->openTickets()->item(i)->text().contains(QLatin1String("Toner empty")))
                toner = call->openTickets()->item(i);
        QVERIFY(toner);
        call->openTickets()->setCurrentItem(toner);
        QVERIFY(openTicket->isEnabled());
        openTicket->click();
        QCOMPARE(m_window->currentSection(), MainWindow::HelpDesk);
        QVERIFY(QTest::qWaitFor([&] { return page->isLoaded() && page->recordId() == *id; }, 3000));
        QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() == nullptr; }, 2000));

        // Unknown: offered a new contact with the number.
        Ask::setNextAnswer(true);
        m_window->incomingCall(QStringLiteral("+49 40 5555555"));
        QVERIFY(Ask::lastQuestion().contains(QLatin1String("+49 40 5555555")));
        QVERIFY(!m_window->callDialog());
        QCOMPARE(m_window->currentSection(), MainWindow::Contacts);
        auto* contacts = static_cast<RecordsView*>(m_window->view(MainWindow::Contacts));
        RecordPanel* form = contacts->panel(EntityType::Contact)->panel();
        QVERIFY(form->isCreating());
        // Saved: the caller is found now, and the call goes on with them.
        form->findChild<QLineEdit*>(QStringLiteral("field_last_name"))->setText(QStringLiteral("Neumann"));
        form->save();
        QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() != nullptr; }, 3000));
        QCOMPARE(m_window->callDialog()->caller().name, QStringLiteral("Neumann"));
        m_window->callDialog()->close();
        QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() == nullptr; }, 2000));
        // Another new contact later is no call.
        contacts->panel(EntityType::Contact)->createNew();
        form->findChild<QLineEdit*>(QStringLiteral("field_last_name"))->setText(QStringLiteral("Otto"));
        form->save();
        QTest::qWait(100);
        QVERIFY(!m_window->callDialog());
        // Not a number at all: said, nothing popped.
        m_window->incomingCall(QStringLiteral("Anna"));
        QVERIFY(!m_window->callDialog());
    }

    void incomingCall_saysWhereTheCallersCompanyStands()
    {
        Database& db = m_desktop->workspace->database();
        RecordStore& store = m_desktop->workspace->store();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto product = store.create(Record(EntityType::Product)
                                        .set(u"sku", QStringLiteral("TN-1"))
                                        .set(u"name", QStringLiteral("Toner"))
                                        .set(u"category", QStringLiteral("Supplies")));
        QVERIFY(product);
        placeOrder(store, m_account, now - 10 * 86'400'000LL, 120'000, *product, QStringLiteral("CALL-1"));
        QVERIFY(CustomerReports::score(db, QStringLiteral("EUR"), now));
        m_window->incomingCall(QStringLiteral("030 1234567"));
        IncomingCallDialog* call = m_window->callDialog();
        QVERIFY(call);
        QCOMPARE(call->caller().id, m_anna);
        auto* label = call->findChild<QLabel*>(QStringLiteral("callerStanding"));
        QVERIFY(label && label->isVisibleTo(call));
        const auto standing = **CustomerReports::standing(db, m_account);
        QVERIFY2(label->text().startsWith(CustomerReports::segmentLabel(standing.segment) + QStringLiteral(" customer")),
                 qPrintable(label->text()));
        QVERIFY2(label->text().contains(standing.lifetimeValue.formatWhole()), qPrintable(label->text()));
        call->close();
        QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() == nullptr; }, 2000));
    }

    void incomingCall_callerFarDownTheList_isSelectedThere()
    {
        // A book longer than the list reads at once: the caller is chosen in the list where they are, and
        // scrolling up from there brings the rows above, the caller staying chosen.
        {
            RecordStore::BulkOptions options;
            auto bulk = store().beginBulk(options);
            for (int i = 0; i < 3 * RecordListModel::PageSize; ++i)
                QVERIFY(bulk->add(
                    contact(QStringLiteral("Lee"), QStringLiteral("Lang%1").arg(i, 4, 10, QLatin1Char('0')))));
            QVERIFY(bulk->finish());
        }
        const QString zora =
            create(contact(QStringLiteral("Zora"), QStringLiteral("Zimmer"))
                       .set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 30 7654321"}])")));
        auto* contacts = static_cast<RecordsView*>(m_window->view(MainWindow::Contacts));
        ListPanel* list = contacts->panel(EntityType::Contact);
        auto* table = list->findChild<QTableView*>(QStringLiteral("recordList"));
        auto* model = qobject_cast<RecordListModel*>(table->model());
        m_window->showSection(MainWindow::Contacts);
        QVERIFY(QTest::qWaitFor([&] { return model->hasLoaded(); }, 2000));
        QCOMPARE(model->rowOf(zora), -1); // not among the rows read so far

        m_window->incomingCall(QStringLiteral("030 7654321"));
        QVERIFY(m_window->callDialog());
        QCOMPARE(m_window->callDialog()->caller().id, zora);
        const auto chosen = [&] {
            const QModelIndexList rows = table->selectionModel()->selectedRows();
            return rows.size() == 1 ? model->idAt(rows.first().row()) : QString();
        };
        QCOMPARE(chosen(), zora);
        QVERIFY(model->canFetchEarlier());
        while (model->canFetchEarlier())
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->minimum());
        QCOMPARE(chosen(), zora);
        const QString first = model->list().fetch(m_desktop->workspace->database(), nullptr, 1)->first().id;
        QCOMPARE(model->idAt(0), first);
        m_window->callDialog()->close();
        // Called again after the list started over, and Ctrl+Home: the first contact of the whole list.
        model->reload();
        QCOMPARE(model->rowOf(zora), -1);
        m_window->incomingCall(QStringLiteral("030 7654321"));
        QCOMPARE(chosen(), zora);
        QVERIFY(model->canFetchEarlier());
        // The scroll bar's thumb dragged to the top: nothing is read while it moves; let go there, the rows
        // start at the top of the whole list, the caller still the record shown.
        QScrollBar* bar = table->verticalScrollBar();
        const int held = model->rowCount();
        bar->setSliderDown(true);
        bar->setSliderPosition(bar->minimum());
        QCOMPARE(model->rowCount(), held);
        QVERIFY(model->canFetchEarlier());
        bar->setSliderDown(false);
        QVERIFY(!model->canFetchEarlier());
        QCOMPARE(model->idAt(0), first);
        QCOMPARE(bar->value(), bar->minimum());
        QCOMPARE(list->page()->details()->recordId(), zora);
        // Its "Scroll to top" does the same.
        m_window->incomingCall(QStringLiteral("030 7654321"));
        QCOMPARE(chosen(), zora);
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        QTRY_VERIFY(!model->canFetchEarlier());
        QCOMPARE(model->idAt(0), first);
        m_window->callDialog()->close();
        m_window->incomingCall(QStringLiteral("030 7654321"));
        QCOMPARE(chosen(), zora);
        m_window->callDialog()->close();
        // Someone adds a contact among the rows held: the list starts over, and the caller stays chosen there.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        const QString added = create(contact(QStringLiteral("Yara"), QStringLiteral("Zimmer")));
        QTRY_COMPARE(reset.size(), 2); // the rows started over at the top, then near the caller again
        QCOMPARE(chosen(), zora);
        QCOMPARE(model->rowOf(added), model->rowOf(zora) - 1);
        QVERIFY(model->canFetchEarlier());
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(!model->canFetchEarlier());
        QCOMPARE(chosen(), first);
        QVERIFY(store().remove(EntityType::Contact, added));
    }

    void serviceLevels_setByTheManager()
    {
        QUndoStack* undo = m_window->undoStack();
        {
            SlaPoliciesDialog dialog(*m_desktop->workspace, *undo);
            QCOMPARE(dialog.table()->rowCount(), 0);
            dialog.addPolicy();
            dialog.table()->item(0, 0)->setText(QStringLiteral("Urgent, gold"));
            static_cast<QComboBox*>(dialog.table()->cellWidget(0, 1))->setCurrentIndex(3); // urgent
            static_cast<QComboBox*>(dialog.table()->cellWidget(0, 2))->setCurrentIndex(1); // the first tier
            static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(0, 3))->setValue(0.5);
            static_cast<QDoubleSpinBox*>(dialog.table()->cellWidget(0, 4))->setValue(4);
            QVERIFY(dialog.save());
        }
        auto id = scalar(m_desktop->workspace->database(), QStringLiteral("SELECT id FROM sla_policies WHERE deleted = 0"));
        QVERIFY(!id.isNull());
        QCOMPARE(value(EntityType::SlaPolicy, id.toString(), "priority").toString(), QStringLiteral("urgent"));
        QCOMPARE(value(EntityType::SlaPolicy, id.toString(), "first_response_minutes").toLongLong(), 30);
        QCOMPARE(value(EntityType::SlaPolicy, id.toString(), "resolution_minutes").toLongLong(), 240);
        QVERIFY(!value(EntityType::SlaPolicy, id.toString(), "tier").isNull());
        {
            // Read back as saved; an unchanged dialog writes nothing.
            SlaPoliciesDialog dialog(*m_desktop->workspace, *undo);
            QCOMPARE(dialog.table()->rowCount(), 1);
            QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Urgent, gold"));
            const int steps = undo->count();
            QVERIFY(dialog.save());
            QCOMPARE(undo->count(), steps);
        }
        undo->undo();
        QVERIFY(value(EntityType::SlaPolicy, id.toString(), "deleted").toBool());
    }

    void incomingCall_forwardedByASecondStart()
    {
        // What `rapport --call NUMBER` does when Rapport is already open on the database.
        QVERIFY(m_window->listenForCalls());
        QVERIFY(m_window->listenForCalls()); // once is enough
        QLocalSocket telephony;
        telephony.connectToServer(MainWindow::callServerName(m_desktop->workspace->path()));
        QVERIFY(telephony.waitForConnected(2000));
        telephony.write("call 030 123 45 67\n");
        QVERIFY(telephony.waitForBytesWritten(2000));
        QVERIFY(QTest::qWaitFor([&] { return m_window->callDialog() != nullptr; }, 3000));
        QCOMPARE(m_window->callDialog()->caller().id, m_anna);
        m_window->callDialog()->close();
    }

    void reports_drillDownToTheTickets()
    {
        // The open tickets by age: a click on a figure lists the tickets it counts, and opens one.
        SalesReportView view(*m_desktop->workspace, ReportKind::Tickets);
        QVERIFY(showLoaded(view));
        const SalesReport& report = view.report();
        const int total = int(report.rows.size()) - 1;
        const int all = int(report.columns.size()) - 1;
        QVERIFY(report.rows[total].total);
        const qint64 open = report.rows[total].values[all].toLongLong();
        QVERIFY(open > 0);
        QCOMPARE(view.table()->topLevelItem(total)->toolTip(all),
                 QStringLiteral("Double-click to see the tickets behind this figure."));
        Q_EMIT view.table()->itemActivated(view.table()->topLevelItem(total), all);
        QDialog* drill = nullptr;
        QTRY_VERIFY((drill = view.findChild<QDialog*>(QStringLiteral("reportDrillDown"))) != nullptr);
        QCOMPARE(drill->windowTitle(), QStringLiteral("All open tickets, Total: the tickets"));
        auto* list = drill->findChild<QTreeWidget*>(QStringLiteral("drillDownList"));
        QTRY_COMPARE(list->topLevelItemCount(), int(open));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Anna Schmidt"));
        QSignalSpy opened(&view, &SalesReportView::openRecordRequested);
        Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).value<EntityType>(), EntityType::Ticket);
        QVERIFY(m_tickets.contains(opened.first().at(1).toString()));
        drill->close();
    }
};

QTEST_MAIN(TestHelpDeskUi)
#include "TestHelpDeskUi.moc"
