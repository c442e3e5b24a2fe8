// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Schema.h"
#include "storage/Calendar.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QLocalServer;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QToolButton;
class QUndoStack;

namespace rapport {

class GlobalSearch;
class IncomingCallDialog;
class ReminderService;
class RemindersDialog;
class SessionVault;
class SlaWatch;
class CustomerScoring;
class Settings;
namespace sync {
class SyncService;
struct SyncStatus;
} // namespace sync
class View;
class Workspace;

/// The desktop's window: a sidebar of sections (Home, Contacts, Calendar, Opportunities, Help desk,
/// Reports), global search in the tool bar (Ctrl+K), Edit → Undo/Redo over every edit, and a status
/// bar that says which database is open and, honestly, how sync is doing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { Home, Contacts, Calendar, Opportunities, HelpDesk, Reports, SectionCount };

    MainWindow(Workspace& workspace, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    /// The view of a section, created the first time it is asked for (start-up builds only Home).
    View* view(Section section);
    /// Where records of a type are shown, if anywhere.
    static std::optional<Section> sectionFor(EntityType type);
    /// Opens a new record of `type` (contact, account, lead, opportunity, ticket, activity) where such records live.
    void createNew(EntityType type, const Record& prefill = Record());
    /// File → New record: a menu of what can be made, also offered by New (Ctrl+N) where the view makes nothing.
    QMenu* newRecordMenu() const { return m_newMenu; }
    GlobalSearch* globalSearch() const { return m_search; }
    sync::SyncService* syncService() const { return m_sync; }
    QUndoStack* undoStack() const { return m_undo; }
    ReminderService* reminders() const { return m_reminders; }
    /// The service levels, watched from start-up (the help desk's banner and the sidebar's count).
    SlaWatch* slaWatch() const { return m_sla; }
    CustomerScoring* customerScoring() const { return m_scoring; }
    /// The window of reminders that rang (made when first needed).
    RemindersDialog* remindersDialog();
    /// The screen-pop of the last incoming call, while it is open.
    IncomingCallDialog* callDialog() const;
    /// Takes the calls `rapport --call NUMBER` forwards while this window runs, on the local socket
    /// callServerName(database); false when another window already does.
    bool listenForCalls();
    /// The local socket a running Rapport on `databasePath` takes calls on (per user and database).
    static QString callServerName(const QString& databasePath);

public Q_SLOTS:
    void openRecord(rapport::EntityType type, const QString& id);
    void focusSearch();
    /// File → Import contacts: the CSV import wizard.
    void importContacts();
    /// File → Import calendar: an .ics file, with what cannot be read named before anything is written.
    void importCalendar(const QString& path);
    /// File → Export calendar: what the calendar shows (whose, from, to) to an .ics file.
    void exportCalendar();
    /// An incoming call (the caller box, `rapport --call`, telephony): the caller found from any spelling of
    /// the number, their 360 shown with a screen-pop of their open tickets and a new ticket filled in; an
    /// unknown number offers to create the contact with it.
    void incomingCall(const QString& number);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// The first paint starts what may wait for the window to be on screen.
    bool event(QEvent* event) override;
    /// Narrow windows give the sidebar's room to the work: icons only (names in tooltips), the help desk's count
    /// beside its icon.
    void resizeEvent(QResizeEvent* event) override;

private:
    void createActions();
    View* createView(Section section);
    void showSettings();
    void showAbout();
    void showMessage(const QString& text);
    void showSyncReview();
    void startSync();
    void showSyncStatus();
    void ring(const QList<rapport::DueReminder>& fresh);
    void showReminderCount();
    void showSlaCount();
    void setSidebarCompact(bool compact);

    Workspace& m_workspace;
    Settings& m_settings;
    QUndoStack* m_undo;
    QListWidget* m_sidebar;
    QStringList m_sectionNames; ///< the sidebar's labels, by Section
    int m_sidebarWidth = 0;     ///< with its labels
    bool m_sidebarCompact = false;
    QStackedWidget* m_stack;
    QMenu* m_newMenu = nullptr;
    GlobalSearch* m_search;
    QLabel* m_databaseLabel;
    QLabel* m_syncLabel;
    QLabel* m_syncIcon;
    sync::SyncService* m_sync;
    SessionVault* m_vault;
    ReminderService* m_reminders;
    bool m_painted = false;
    RemindersDialog* m_remindersDialog = nullptr;
    SlaWatch* m_sla = nullptr;
    CustomerScoring* m_scoring;
    QSystemTrayIcon* m_tray = nullptr;
    QToolButton* m_bell;
    QLineEdit* m_callerBox;
    QPointer<IncomingCallDialog> m_callDialog; ///< closed dialogs delete themselves
    /// While the contact for an unknown caller is being filled in: the connections that take the call on once it
    /// is saved (gone when it is cancelled or another call comes).
    QPointer<QObject> m_unknownCaller;
    QLocalServer* m_callServer = nullptr;
    bool m_applyingRemote = false;
    QList<View*> m_views; ///< by Section; null until first shown
};

} // namespace rapport
