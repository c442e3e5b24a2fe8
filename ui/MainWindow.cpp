// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "MainWindow.h"

#include "CustomerScoring.h"
#include "Formatting.h"
#include "Icons.h"
#include "ReminderService.h"
#include "ScreenFit.h"
#include "SessionVault.h"
#include "Settings.h"
#include "SlaWatch.h"
#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "dialogs/Ask.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/IncomingCallDialog.h"
#include "dialogs/RemindersDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SyncReviewDialog.h"
#include "io/CalendarExport.h"
#include "io/CalendarImport.h"
#include "io/ContactExport.h"
#include "search/CallerLookup.h"
#include "search/PhoneNumbers.h"
#include "storage/RecordStore.h"
#include "sync/SyncService.h"
#include "views/CalendarView.h"
#include "views/HelpDeskView.h"
#include "views/HomeView.h"
#include "views/RecordsView.h"
#include "views/ReportsView.h"
#include "widgets/GlobalSearch.h"
#include "widgets/ListPanel.h"
#include "widgets/RecordPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace rapport {

namespace {
/// The sidebar's Help desk entry with the number of tickets whose service levels are breached or about to be.
QString slaLabel(const QString& label, qsizetype count)
{
    // Not all open tickets, as the queue counts them: those breached or about to be ("Help desk (8 due)"). Not
    // "urgent", which is a priority.
    return count > 0 ? MainWindow::tr("%1 (%2 due)").arg(label, QLocale().toString(count)) : label;
}
} // namespace

MainWindow::MainWindow(Workspace& workspace, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(workspace.path()).fileName(), workspace.currentUserName()));
    setWindowIcon(icon(Icon::Contacts));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    const QList<QPair<Icon, QString>> sections = {
        {Icon::Home, tr("Home")},          {Icon::Contacts, tr("Contacts")},
        {Icon::Calendar, tr("Calendar")},  {Icon::Opportunities, tr("Opportunities")},
        {Icon::HelpDesk, tr("Help desk")}, {Icon::Reports, tr("Reports")}};
    int widest = 0;
    for (const auto& [which, label] : sections) {
        auto* item = new QListWidgetItem(icon(which), label, m_sidebar);
        item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 18));
        item->setData(Qt::AccessibleTextRole, label);
        m_sectionNames << label;
        // Help desk shows how many service levels are breaching: room for a count too.
        const QString widestText = which == Icon::HelpDesk ? slaLabel(label, 8888) : label;
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(widestText));
    }
    m_sidebarWidth = widest + 22 + 48;
    m_sidebar->setFixedWidth(m_sidebarWidth);
    // The chosen section one plain band, icon and label alike (the style's own draws the label's part apart, an
    // empty box when the sidebar shows icons only).
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); padding-top: 6px; outline: 0; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    layout->addWidget(m_sidebar);

    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    // Each section's view is built the first time it is shown, so start-up pays for Home only.
    m_stack = new QStackedWidget(central);
    for (int i = 0; i < SectionCount; ++i) {
        m_views << nullptr;
        m_stack->addWidget(new QWidget(m_stack));
    }
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    m_search = new GlobalSearch(workspace.search(), toolbar);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(m_search);
    toolbar->addWidget(spacer);
    // The caller box: a number typed (or pasted by telephony) pops the caller.
    m_callerBox = new QLineEdit(toolbar);
    m_callerBox->setObjectName(QStringLiteral("callerBox"));
    m_callerBox->setPlaceholderText(tr("Incoming call: number"));
    m_callerBox->setToolTip(tr("Type or paste the caller's number and press Enter to find them"));
    m_callerBox->addAction(icon(Icon::Call), QLineEdit::LeadingPosition);
    m_callerBox->setClearButtonEnabled(true);
    m_callerBox->setMaximumWidth(260);
    toolbar->addWidget(m_callerBox);
    connect(m_callerBox, &QLineEdit::returnPressed, this, [this] { incomingCall(m_callerBox->text()); });
    connect(m_search, &GlobalSearch::openRecordRequested, this, &MainWindow::openRecord);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    const QString shownPath = QDir::toNativeSeparators(workspace.path());
    m_databaseLabel->setText(workspace.isDemo() ? tr("%1 (demo data)").arg(QFileInfo(shownPath).fileName())
                                                : QFileInfo(shownPath).fileName());
    m_databaseLabel->setToolTip(tr("Database: %1").arg(shownPath));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncIcon = new QLabel(this);
    m_bell = new QToolButton(this);
    m_bell->setObjectName(QStringLiteral("remindersButton"));
    m_bell->setIcon(icon(Icon::Reminder));
    m_bell->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bell->setAutoRaise(true);
    m_bell->hide();
    statusBar()->addPermanentWidget(m_bell);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_syncIcon);
    statusBar()->addPermanentWidget(m_syncLabel);

    // Sync runs on its own thread; the status bar follows it. Local edits schedule a sync; pulled
    // changes refresh the lists as local edits do.
    m_sync = new sync::SyncService(workspace.path(), this);
    m_vault = new SessionVault(this);
    connect(m_sync, &sync::SyncService::statusChanged, this, &MainWindow::showSyncStatus);
    connect(&workspace.store(), &RecordStore::changed, this, [this] {
        if (!m_applyingRemote)
            m_sync->scheduleSoon();
    });
    connect(m_sync, &sync::SyncService::remoteChanges, this, [this](const QList<Change>& changes) {
        m_applyingRemote = true;
        m_workspace.store().announce(changes);
        m_applyingRemote = false;
    });
    connect(m_sync, &sync::SyncService::currentUserChanged, this, [this](const QString& userId) {
        if (m_workspace.store().currentUserId() == userId)
            return;
        (void)m_workspace.store().setCurrentUserId(userId);
        setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(m_workspace.path()).fileName(),
                                                      m_workspace.currentUserName()));
    });
    auto* relativeTime = new QTimer(this);
    relativeTime->start(30000); // "synced 3 minutes ago" stays true
    connect(relativeTime, &QTimer::timeout, this, &MainWindow::showSyncStatus);
    showSyncStatus();
    // A demo book's quotes come from the demo company (as after `rapport-cli demo`), unless a letterhead is set
    // up: a book copied from elsewhere would otherwise quote from wherever this computer's region is.
    if (workspace.isDemo() && settings.quotes().companyName.isEmpty())
        settings.setQuotes(DemoGenerator::quoteSettings());
    if (!workspace.isDemo() && !settings.serverUrl().isEmpty()) {
        const QUrl server(settings.serverUrl());
        connect(m_vault, &SessionVault::loaded, this,
                [this, server](const QString& token) { m_sync->configure(server, token); });
        m_vault->load(settings.serverUrl() + QLatin1Char('|') + settings.serverUser());
    }
    m_sync->refreshCounts();

    // Reminders ring whichever view is open; what came due while Rapport was closed rings at start.
    m_reminders = new ReminderService(workspace, this);
    connect(m_reminders, &ReminderService::rang, this, &MainWindow::ring);
    connect(m_reminders, &ReminderService::dueChanged, this, &MainWindow::showReminderCount);
    connect(m_bell, &QToolButton::clicked, this, [this] {
        RemindersDialog* d = remindersDialog();
        d->show();
        d->raise();
        d->activateWindow();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(Icon::Calendar), this);
        m_tray->setToolTip(QStringLiteral("Rapport"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_bell, &QToolButton::click);
        m_tray->show();
    }
    m_sla = new SlaWatch(m_workspace, this);
    connect(m_sla, &SlaWatch::checked, this, &MainWindow::showSlaCount);
    connect(m_sla, &SlaWatch::message, this, &MainWindow::showMessage);
    m_sla->start(2000); // after the first paint
    m_scoring = new CustomerScoring(m_workspace, this);
    connect(m_scoring, &CustomerScoring::message, this, &MainWindow::showMessage);
    m_scoring->start(3000);

    createActions();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this, first = true](int row) mutable {
        if (row < 0)
            return;
        View* v = view(static_cast<Section>(row));
        m_stack->setCurrentWidget(v);
        v->activate();
        // The reports' currency may have changed where it is chosen (reports, pipeline): the customers' standing
        // follows it. Not at start-up, which scores a little later.
        if (!std::exchange(first, false))
            m_scoring->scoreIfStale();
    });
    // A section chosen with the mouse takes the keyboard too (the calendar's D, W, M; the queue's J and K); chosen
    // with the arrow keys, the focus stays in the sidebar for the next one.
    connect(m_sidebar, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        view(static_cast<Section>(m_sidebar->row(item)))->setFocus(Qt::MouseFocusReason);
    });
    m_sidebar->setCurrentRow(Home);

    if (!restoreGeometry(settings.windowGeometry()))
        fitToScreen(this, {1280, 800});
    restoreState(settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createNew(EntityType type, const Record& prefill)
{
    const Section section = type == EntityType::Activity                                  ? Calendar
                            : type == EntityType::Ticket                                  ? HelpDesk
                            : type == EntityType::Opportunity || type == EntityType::Lead ? Opportunities
                                                                                          : Contacts;
    showSection(section);
    if (auto* lists = qobject_cast<RecordsView*>(view(section)))
        if (ListPanel* list = lists->panel(type)) {
            lists->tabs()->setCurrentWidget(list);
            list->createNew(prefill);
            return;
        }
    view(section)->createNew();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // What can be made, wherever one is: the same choices as a menu of their own and where New has no kind.
    m_newMenu = new QMenu(tr("New &record"), this);
    m_newMenu->setObjectName(QStringLiteral("newRecordMenu"));
    m_newMenu->setIcon(icon(Icon::Add));
    const QList<std::tuple<EntityType, QString, const char*>> kinds{
        {EntityType::Contact, tr("&Contact"), "newContact"},
        {EntityType::Account, tr("&Account"), "newAccount"},
        {EntityType::Lead, tr("&Lead"), "newLead"},
        {EntityType::Opportunity, tr("&Opportunity"), "newOpportunity"},
        {EntityType::Ticket, tr("&Ticket"), "newTicket"},
        {EntityType::Activity, tr("A&ppointment"), "newAppointment"}};
    for (const auto& [type, label, name] : kinds) {
        QAction* a = m_newMenu->addAction(iconFor(type), label, this, [this, type] { createNew(type); });
        a->setObjectName(QLatin1String(name));
    }
    QAction* newRecord = file->addAction(icon(Icon::Add), tr("&New…"), this, [this] {
        if (View* v = view(currentSection()); v && v->createNew())
            return;
        // Home and the reports make nothing of their own: which kind, then.
        m_newMenu->popup(m_stack->mapToGlobal(QPoint(m_stack->width() / 2 - m_newMenu->sizeHint().width() / 2, 0)));
    });
    newRecord->setObjectName(QStringLiteral("newAction"));
    newRecord->setShortcut(QKeySequence::New);
    newRecord->setToolTip(tr("A new record of the kind in view (Ctrl+N)"));
    file->addMenu(m_newMenu);
    file->addSeparator();
    QAction* importAction = file->addAction(icon(Icon::Import), tr("&Import contacts…"), this, &MainWindow::importContacts);
    importAction->setObjectName(QStringLiteral("importAction"));
    QAction* exportAction = file->addAction(icon(Icon::Export), tr("&Export contacts…"), this, [this] {
        const QString path = Ask::saveFile(this, tr("Export contacts"), tr("contacts.csv"),
                                           tr("Spreadsheet (*.csv);;Address book (*.vcf)"));
        if (path.isEmpty())
            return;
        const auto format = ContactExport::formatFor(path);
        if (!format) {
            showMessage(tr("\"%1\": the file name must end in .csv or .vcf.").arg(path));
            return;
        }
        auto written = ContactExport::write(m_workspace.database(), path, *format);
        showMessage(written ? tr("%n contact(s) written to %1.", nullptr, int(*written)).arg(path) : written.error().message);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    QAction* importIcs = file->addAction(icon(Icon::Import), tr("Import ca&lendar…"), this, [this] {
        const QString path =
            Ask::openFile(this, tr("Import a calendar"), tr("iCalendar (*.ics *.ical *.ifb);;All files (*)"));
        if (!path.isEmpty())
            importCalendar(path);
    });
    importIcs->setObjectName(QStringLiteral("importCalendarAction"));
    QAction* exportIcs = file->addAction(icon(Icon::Export), tr("Export c&alendar…"), this, &MainWindow::exportCalendar);
    exportIcs->setObjectName(QStringLiteral("exportCalendarAction"));
    file->addSeparator();
    QAction* settingsAction = file->addAction(icon(Icon::Settings), tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    QAction* syncNow = file->addAction(icon(Icon::Refresh), tr("S&ync now"), this, &MainWindow::startSync);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QAction* review = file->addAction(icon(Icon::Warning), tr("&Conflicts and waiting changes…"), this,
                                      &MainWindow::showSyncReview);
    review->setObjectName(QStringLiteral("syncReviewAction"));
    file->addSeparator();
    QAction* quit = file->addAction(icon(Icon::Quit), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setIcon(icon(Icon::Undo));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setIcon(icon(Icon::Redo));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    // What the status bar said about the change ("3 records deleted…") is stale once it is taken back.
    connect(undo, &QAction::triggered, this, [this] { showMessage(tr("Undone: %1").arg(m_undo->text(m_undo->index()))); });
    connect(redo, &QAction::triggered, this,
            [this] { showMessage(tr("Redone: %1").arg(m_undo->text(m_undo->index() - 1))); });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(icon(Icon::Search), tr("&Find anything…"), this, &MainWindow::focusSearch);
    QAction* duplicates = edit->addAction(icon(Icon::Duplicates), tr("Find &duplicate contacts…"), this, [this] {
        showSection(Contacts);
        static_cast<RecordsView*>(view(Contacts))->findDuplicates();
    });
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < SectionCount; ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        QAction* a =
            go->addAction(item->icon(), item->text(), this, [this, i] { showSection(static_cast<Section>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icon(Icon::About), tr("&About Rapport"), this, &MainWindow::showAbout);
}

void MainWindow::startSync()
{
    if (m_sync->status().state == sync::SyncStatus::State::NotConfigured
        || m_sync->status().state == sync::SyncStatus::State::SignedOut) {
        showSettings();
        return;
    }
    m_sync->syncNow();
}

void MainWindow::showSyncReview()
{
    SyncReviewDialog dialog(m_workspace.store(), this);
    connect(&dialog, &SyncReviewDialog::resolved, m_sync, &sync::SyncService::scheduleSoon);
    dialog.exec();
}

void MainWindow::showSyncStatus()
{
    using State = sync::SyncStatus::State;
    const sync::SyncStatus& s = m_sync->status();
    QStringList extras;
    if (s.pending > 0)
        extras << tr("Waiting to sync: %1").arg(QLocale().toString(s.pending));
    if (s.conflicts > 0)
        extras << tr("Conflicts to review: %1").arg(QLocale().toString(s.conflicts));
    const QString tail = extras.isEmpty() ? QString() : QStringLiteral(" · ") + extras.join(QStringLiteral(" · "));
    QString text, tip;
    Icon which = Icon::Online;
    switch (s.state) {
    case State::NotConfigured:
        which = Icon::Offline;
        text = tr("Offline (no server configured)");
        tip = m_workspace.isDemo()
                  ? tr("This database holds demo data and never syncs.")
                  : tr("This database is only on this computer. Sign in to a Rapport server in Settings to sync it.");
        break;
    case State::SignedOut:
        which = Icon::Offline;
        text = tr("Signed out") + tail;
        tip = tr("Changes stay on this computer until you sign in again (File → Settings).");
        break;
    case State::Syncing:
        which = Icon::Refresh;
        text = s.total > 0 ? tr("Syncing… %1 of %2").arg(QLocale().toString(s.done), QLocale().toString(s.total))
                           : tr("Syncing…");
        break;
    case State::Idle: {
        const qint64 minutes = (QDateTime::currentMSecsSinceEpoch() - s.lastSyncAt) / 60000;
        text = (minutes < 1 ? tr("Synced just now")
                            : tr("Synced %1 ago").arg(minutes < 60 ? tr("%1 min").arg(minutes)
                                                                   : tr("%1 h").arg(minutes / 60))) +
               tail;
        tip = tr("Last sync: %1").arg(Formatting::dateTime(s.lastSyncAt));
        break;
    }
    case State::Failed:
        which = Icon::Warning;
        text = tr("Sync failed: %1").arg(s.error) + tail;
        tip = s.lastSyncAt ? tr("Last successful sync: %1. Retrying automatically.")
                                 .arg(Formatting::dateTime(s.lastSyncAt))
                           : tr("Retrying automatically.");
        break;
    }
    if (s.rejected > 0)
        tip += QLatin1Char('\n') + tr("Refused by the server: %1 (see File → Conflicts and waiting changes).")
                                       .arg(QLocale().toString(s.rejected));
    m_syncLabel->setText(text.size() > 90 ? text.left(88) + QStringLiteral("…") : text);
    m_syncLabel->setToolTip(text.size() > 90 ? text + QLatin1Char('\n') + tip : tip);
    m_syncIcon->setPixmap(icon(which).pixmap(16, 16));
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_stack->currentIndex());
}

View* MainWindow::view(Section section)
{
    if (!m_views[section]) {
        View* v = createView(section);
        QWidget* placeholder = m_stack->widget(section);
        m_stack->insertWidget(section, v);
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        connect(v, &View::openRecordRequested, this, &MainWindow::openRecord);
        connect(v, &View::createRequested, this, &MainWindow::createNew);
        connect(v, &View::message, this, &MainWindow::showMessage);
        m_views[section] = v;
    }
    return m_views[section];
}

View* MainWindow::createView(Section section)
{
    View* v = nullptr;
    switch (section) {
    case Home:
        v = new HomeView(m_workspace, m_scoring, m_stack);
        v->setObjectName(QStringLiteral("homeView"));
        connect(static_cast<HomeView*>(v), &HomeView::teamReportRequested, this, [this](const QString& teamId) {
            showSection(Reports);
            static_cast<ReportsView*>(view(Reports))->showTeamReport(teamId);
        });
        break;
    case Contacts:
        v = new ContactsView(m_workspace, *m_undo, m_scoring, m_stack);
        v->setObjectName(QStringLiteral("contactsView"));
        break;
    case Calendar:
        v = new CalendarView(m_workspace, *m_undo, m_stack);
        v->setObjectName(QStringLiteral("calendarView"));
        break;
    case Opportunities:
        v = new OpportunitiesView(m_workspace, *m_undo, m_stack);
        v->setObjectName(QStringLiteral("opportunitiesView"));
        break;
    case HelpDesk:
        v = new HelpDeskView(m_workspace, *m_undo, m_sla, m_stack);
        v->setObjectName(QStringLiteral("helpDeskView"));
        break;
    case Reports:
    case SectionCount:
        v = new ReportsView(m_workspace, m_stack);
        v->setObjectName(QStringLiteral("reportsView"));
        break;
    }
    return v;
}

std::optional<MainWindow::Section> MainWindow::sectionFor(EntityType type)
{
    switch (type) {
    case EntityType::Contact:
    case EntityType::Account:
    case EntityType::Campaign:
        return Contacts;
    case EntityType::Activity:
        return Calendar;
    case EntityType::Opportunity:
    case EntityType::Lead:
        return Opportunities;
    case EntityType::Ticket:
    case EntityType::KnowledgeArticle:
        return HelpDesk;
    default:
        return std::nullopt;
    }
}

void MainWindow::openRecord(EntityType type, const QString& id)
{
    const auto section = sectionFor(type);
    if (!section || !view(*section)->showRecord(type, id)) {
        showMessage(tr("%1 records have no view of their own yet.").arg(Schema::entity(type).displayLabel()));
        return;
    }
    QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(*section);
    m_stack->setCurrentWidget(m_views[*section]);
}

QString MainWindow::callServerName(const QString& databasePath)
{
    const QByteArray key = (qEnvironmentVariable("USER") + QLatin1Char('|') + QFileInfo(databasePath).absoluteFilePath()).toUtf8();
    return QStringLiteral("rapport-calls-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

IncomingCallDialog* MainWindow::callDialog() const
{
    return m_callDialog;
}

bool MainWindow::listenForCalls()
{
    if (m_callServer)
        return true;
    const QString name = callServerName(m_workspace.path());
    // Someone answers: another window has the calls. Nobody: a stale socket of a crashed run may be removed.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(200))
        return false;
    QLocalServer::removeServer(name);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        delete server;
        return false;
    }
    m_callServer = server;
    connect(server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_callServer->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QString line = QString::fromUtf8(socket->readLine()).trimmed();
                    if (!line.startsWith(QLatin1String("call ")))
                        continue;
                    raise();
                    activateWindow();
                    incomingCall(line.mid(5));
                }
            });
        }
    });
    return true;
}

void MainWindow::incomingCall(const QString& number)
{
    const QString typed = number.trimmed();
    if (typed.isEmpty())
        return;
    if (!PhoneNumbers::looksLikePhoneNumber(typed)) {
        showMessage(tr("\"%1\" is not a phone number: use digits, spaces and + ( ) - / . only.").arg(typed));
        return;
    }
    m_callerBox->setText(typed);
    delete m_unknownCaller;
    auto callers = CallerLookup::find(m_workspace.database(), typed, m_workspace.store().defaultRegion());
    if (!callers) {
        showMessage(callers.error().message);
        return;
    }
    if (m_callDialog) {
        m_callDialog->close();
        m_callDialog = nullptr;
    }
    if (callers->isEmpty()) {
        if (!Ask::confirm(this, tr("Unknown caller"),
                          tr("Nobody in the database has the number %1. Create a contact with it?").arg(typed),
                          tr("Create contact")))
            return;
        Record contact(EntityType::Contact);
        contact.set(u"phones", QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject{
                                                                   {QStringLiteral("type"), QStringLiteral("work")},
                                                                   {QStringLiteral("number"), typed}}})
                                                     .toJson(QJsonDocument::Compact)));
        auto* contacts = static_cast<RecordsView*>(view(Contacts));
        showSection(Contacts);
        contacts->tabs()->setCurrentWidget(contacts->panel(EntityType::Contact));
        ListPanel* people = contacts->panel(EntityType::Contact);
        people->createNew(contact);
        // Saved, the caller is found as any other: the call goes on with them (their ticket, their history).
        m_unknownCaller = new QObject(this);
        connect(people->panel(), &RecordPanel::recordCreated, m_unknownCaller,
                [this, typed](EntityType type, const QString&) {
                    m_unknownCaller->deleteLater();
                    m_unknownCaller = nullptr;
                    if (type == EntityType::Contact) // after the list has shown the new contact
                        QTimer::singleShot(0, this, [this, typed] { incomingCall(typed); });
                });
        connect(people->panel(), &RecordPanel::creationCancelled, m_unknownCaller, &QObject::deleteLater);
        showMessage(tr("New contact for %1: fill in the name.").arg(typed));
        return;
    }
    const Caller& first = callers->first();
    openRecord(first.type, first.id);
    m_callDialog = new IncomingCallDialog(m_workspace, *m_undo, typed, *callers, this);
    m_callDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_callDialog, &IncomingCallDialog::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_callDialog, &IncomingCallDialog::message, this, &MainWindow::showMessage);
    connect(m_callDialog, &IncomingCallDialog::ticketCreated, this, [this](const QString& id) {
        openRecord(EntityType::Ticket, id);
        showMessage(tr("Ticket %1 created for the call.").arg(m_workspace.store().fetch(EntityType::Ticket, id)
                                                                  .value_or(Record(EntityType::Ticket))
                                                                  .text(u"number")));
    });
    // Under the 360's header (who it is, how to reach them), not over it.
    const QRect area = geometry();
    m_callDialog->move(area.right() - m_callDialog->width() - 24, area.bottom() - m_callDialog->height() - 48);
    m_callDialog->show();
    m_callDialog->raise();
    m_callDialog->activateWindow();
    m_callDialog->subject()->setFocus(Qt::OtherFocusReason);
    m_callerBox->clear();
    showMessage(callers->size() > 1 ? tr("Call from %1; %n other record(s) have the same number.", "",
                                         int(callers->size() - 1))
                                          .arg(first.name)
                                    : tr("Call from %1.").arg(first.name));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::importContacts()
{
    auto* wizard = new ImportWizard(m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::showMessage);
    wizard->open();
}

void MainWindow::importCalendar(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import a calendar"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    CalendarImport::Options options;
    options.dryRun = true;
    options.defaultZone = QString::fromUtf8(Formatting::displayZone().id());
    auto preview = CalendarImport::run(m_workspace.store(), data, options);
    if (!preview) {
        QMessageBox::warning(this, tr("Import a calendar"), preview.error().message);
        return;
    }
    // What cannot be imported is named before anything is written, and the person decides.
    QStringList lines;
    for (const CalendarImport::Item& item : std::as_const(preview->items)) {
        const QString what = item.summary.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(item.summary);
        const QString line = tr("Line %1%2").arg(item.line).arg(what);
        if (item.action == CalendarImport::Item::Action::Skip)
            lines << tr("%1: left out: %2").arg(line, item.problems.join(QStringLiteral(" ")));
        else if (!item.notes.isEmpty())
            lines << tr("%1: %2").arg(line, item.notes.join(QStringLiteral(" ")));
    }
    const int toWrite = preview->created + preview->updated;
    if (preview->skipped > 0 || !lines.isEmpty()) {
        QMessageBox box(preview->skipped > 0 ? QMessageBox::Warning : QMessageBox::Information, tr("Import a calendar"),
                        tr("%1 entries will be created, %2 updated, %3 are unchanged; %4 cannot be imported.")
                            .arg(preview->created)
                            .arg(preview->updated)
                            .arg(preview->unchanged)
                            .arg(preview->skipped),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("calendarImportPreview"));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(tr("The details name every entry left out or read differently, with its line."));
        QPushButton* go = box.addButton(tr("Import %n entries", nullptr, toWrite), QMessageBox::AcceptRole);
        go->setEnabled(toWrite > 0);
        box.exec();
        if (box.clickedButton() != go)
            return;
    }
    options.dryRun = false;
    auto report = CalendarImport::run(m_workspace.store(), data, options);
    if (!report) {
        QMessageBox::warning(this, tr("Import a calendar"), report.error().message);
        return;
    }
    showMessage(tr("%1 calendar entries created, %2 updated, %3 unchanged, %4 left out.")
                    .arg(report->created)
                    .arg(report->updated)
                    .arg(report->unchanged)
                    .arg(report->skipped));
}

void MainWindow::exportCalendar()
{
    auto* calendar = static_cast<CalendarView*>(view(Calendar));
    const auto [first, end] = calendar->span();
    QDialog ask(this);
    ask.setWindowTitle(tr("Export a calendar"));
    auto* form = new QFormLayout(&ask);
    QStringList names;
    for (const QString& id : calendar->people())
        names << m_workspace.store().titleOf(EntityType::User, id);
    auto* whose = new QLabel(names.join(QStringLiteral(", ")), &ask);
    whose->setWordWrap(true);
    form->addRow(tr("Calendars:"), whose);
    auto* from = new QDateEdit(first, &ask);
    from->setDisplayFormat(Formatting::dateFormat());
    from->setCalendarPopup(true);
    auto* to = new QDateEdit(end.addDays(-1), &ask);
    to->setDisplayFormat(Formatting::dateFormat());
    to->setCalendarPopup(true);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To (inclusive):"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (to->date() < from->date()) {
        showMessage(tr("The last day comes before the first."));
        return;
    }
    const QString path = Ask::saveFile(this, tr("Export a calendar"), tr("calendar.ics"), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    CalendarExport::Options options;
    options.users = calendar->people();
    options.from = QDateTime(from->date(), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    options.to = QDateTime(to->date().addDays(1), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    auto written = CalendarExport::write(m_workspace.database(), path, options);
    showMessage(written ? tr("%n calendar entries written to %1.", nullptr, *written).arg(path)
                        : written.error().message);
}

RemindersDialog* MainWindow::remindersDialog()
{
    if (!m_remindersDialog) {
        m_remindersDialog = new RemindersDialog(*m_reminders, this);
        connect(m_remindersDialog, &RemindersDialog::openRequested, this,
                [this](const QString& id) { openRecord(EntityType::Activity, id); });
        connect(m_remindersDialog, &RemindersDialog::message, this, &MainWindow::showMessage);
    }
    return m_remindersDialog;
}

void MainWindow::ring(const QList<DueReminder>& fresh)
{
    // A desktop notification for what just rang, and the list of all that wait for an answer.
    if (m_tray && !fresh.isEmpty()) {
        const Occurrence& o = fresh.first().occurrence;
        const QString when = o.allDay ? Formatting::date(Formatting::allDayDate(o.start, o.timeZone))
                                      : Formatting::dateTime(o.start);
        const QString more = fresh.size() > 1 ? QLatin1Char('\n') + tr("and %n more", nullptr, int(fresh.size() - 1))
                                              : QString();
        m_tray->showMessage(o.subject, when + (o.location.isEmpty() ? QString() : QStringLiteral(" · ") + o.location) + more,
                            QSystemTrayIcon::Information, 15000);
    }
    // The list appears beside what the person is doing and leaves them the keyboard.
    QWidget* active = QApplication::activeWindow();
    RemindersDialog* d = remindersDialog();
    d->show();
    d->raise();
    if (active && active != d)
        active->activateWindow();
    else if (!active && QGuiApplication::applicationState() == Qt::ApplicationActive)
        activateWindow(); // at start: the main window keeps the keyboard

    QApplication::alert(this);
}

void MainWindow::showReminderCount()
{
    const qsizetype n = m_reminders->due().size();
    m_bell->setVisible(n > 0);
    m_bell->setText(QLocale().toString(n));
    m_bell->setToolTip(tr("%n reminder(s) waiting for an answer", nullptr, int(n)));
}

void MainWindow::showSlaCount()
{
    QListWidgetItem* item = m_sidebar->item(HelpDesk);
    const qsizetype due = m_sla->urgentTickets();
    const QString name = m_sectionNames.at(HelpDesk);
    if (!m_sidebarCompact) {
        item->setText(slaLabel(name, due));
        item->setToolTip(m_sla->summary());
    } else {
        item->setText(due > 0 ? QLocale().toString(due) : QString());
        item->setToolTip(QStringLiteral("%1\n%2").arg(slaLabel(name, due), m_sla->summary()).trimmed());
    }
    // Red while something is breached; the palette's own colour otherwise.
    item->setForeground(m_sla->breachedTickets() ? QBrush(QColor(0x8c, 0x1d, 0x18)) : QBrush());
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Below this the lists and the record beside them would cut their columns and tabs (a 1,024 px laptop).
    setSidebarCompact(width() < 1200);
}

void MainWindow::setSidebarCompact(bool compact)
{
    if (compact == m_sidebarCompact)
        return;
    m_sidebarCompact = compact;
    for (int i = 0; i < SectionCount; ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        item->setText(compact ? QString() : m_sectionNames.at(i));
        item->setToolTip(compact ? m_sectionNames.at(i) : QString());
    }
    const QFontMetrics fm = m_sidebar->fontMetrics();
    m_sidebar->setFixedWidth(compact ? m_sidebar->iconSize().width() + fm.horizontalAdvance(QStringLiteral("888")) + 30
                                     : m_sidebarWidth);
    if (m_sla)
        showSlaCount();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_workspace.path(), this);
    dialog.addServerSection(*m_sync, *m_vault, m_workspace.isDemo());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Numbers typed from now on are read in the region chosen, and numbers of its country shown the national way.
    const QString region = m_settings.phoneRegion().isEmpty() ? Settings::systemRegion() : m_settings.phoneRegion();
    m_workspace.store().setDefaultRegion(region);
    Formatting::setHomeRegion(region);
    view(currentSection())->activate(); // times may now be shown in another zone, numbers in another way
    if (!dialog.languageChanged())
        return;
    const auto answer = QMessageBox::question(this, tr("Restart Rapport?"),
                                              tr("The new language is used from the next start. Restart now?"));
    if (answer == QMessageBox::Yes) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        close();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapport"),
                       tr("<h3>Rapport %1</h3><p>Offline-first sales force automation: contacts and accounts, "
                          "calendar, opportunities, help desk and reports, on a local database that syncs with a "
                          "Rapport server.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_workspace.path().toHtmlEscaped()));
}

void MainWindow::showMessage(const QString& text)
{
    // Long enough to be read to the end: five seconds, and more for a longer sentence (a refusal that says why
    // takes longer than "Saved"), up to twenty.
    statusBar()->showMessage(text, std::clamp(int(text.size()) * 80, 5000, 20000));
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The look for what came due while Rapport was closed reads a large book's activities; started
        // before, it held up the window's first paint by a quarter on a cold start.
        QTimer::singleShot(0, m_reminders, &ReminderService::start);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    event->accept();
}

} // namespace rapport
