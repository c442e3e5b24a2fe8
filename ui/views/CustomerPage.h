// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/CustomerOverview.h"
#include "storage/RecordStore.h"
#include "views/RecordPage.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QUndoStack;

namespace rapport {

class HistoryView;
class OrgChartView;
class RecordPanel;
class Workspace;

/// A customer's page (the "360"): who they are, how to reach them, everything that happened with them,
/// and what is open. The header and lists are read on a reader thread; the details are the record form,
/// editable in place. ContactPage and AccountPage fill it.
class CustomerPage : public RecordPage
{
    Q_OBJECT

public:
    CustomerPage(EntityType type, Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    EntityType type() const { return m_type; }
    QString recordId() const { return m_id; }
    void showRecord(const QString& id) override;
    /// Reads the record and what surrounds it again shortly (once the form is closed, when it is being edited).
    void readAgain();
    void clear();
    void createNew(const Record& prefill) override;
    RecordPanel* details() const override { return m_details; }
    HistoryView* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    /// True once the latest read has arrived (tests wait for it).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /// The page finished reading (after showRecord or a refresh).
    void loaded();
    /// Merge this customer with others (the list's merge dialog does it).
    void mergeRequested(rapport::EntityType type, const QStringList& ids);

protected:
    /// Starts the read of what the page shows besides the details and history.
    virtual void load() = 0;
    /// A reusable list of related records; double-click opens one.
    /// A list of the customer's records; `stretching` names the column that takes up the room the others' values
    /// leave (a deal's name beside its stage, amount and date), -1 for the last.
    QTreeWidget* relatedList(const QString& objectName, const QStringList& headers, int stretching = -1);
    static void fillRelated(QTreeWidget* list, const QList<RelatedRecord>& items, bool withDate);
    /// Open items, then those closed lately under a heading of their own (the open ones under one too, then).
    static void fillOpenAndClosed(QTreeWidget* list, const QList<RelatedRecord>& open,
                                  const QList<RelatedRecord>& closed, const QString& closedHeading, bool withDate);
    /// A list in a tab that says when it is empty, under `heading` and a button that creates a record of the
    /// type `creates` for this customer, when given.
    QWidget* listTab(QTreeWidget* list, const QString& emptyText, const QString& heading = {},
                     std::optional<EntityType> creates = std::nullopt);
    /// Opens a new ticket or deal for this customer (the contact at their company, or the company).
    void createForCustomer(EntityType type);
    void setHeader(const QString& title, const QString& subtitleHtml, const QString& banner = {});
    void showUnavailable(const QString& title, const QString& why);
    /// Calls or writes to one of `numbers`/`addresses`, checking the customer's consent first.
    void contact(const QString& channel, const QString& target);
    /// contact() for a tel: or mailto: link.
    void contactByLink(const QUrl& link);
    /// A new ticket, deal, meeting, call or task for the customer shown (the More menu's first entries).
    void addCreateActions(QMenu* menu);
    /// Actions for the More menu common to every customer (merge, delete).
    void addCommonActions(QMenu* menu);
    void unmerge(const QString& mergedId);
    /// Makes `managerId` the one `personId` reports to (empty: nobody), one undoable step: what a drop on an
    /// org chart asks for.
    void changeReportsTo(const QString& personId, const QString& managerId);
    void finishLoad();
    bool isCurrent(quint64 generation) const { return generation == m_generation && !m_id.isEmpty(); }
    quint64 nextGeneration() { return ++m_generation; }

    EntityType m_type;
    Workspace& m_workspace;
    QUndoStack& m_undo;
    QString m_id;
    Record m_record;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_banner;
    QLabel* m_figures;
    /// Opens "Log a call" with the timer running, for this contact.
    void logCall();
    QToolButton* m_call;
    QToolButton* m_email;
    QToolButton* m_more;
    QTabWidget* m_tabs;
    RecordPanel* m_details;
    HistoryView* m_history;

private:
    void onStoreChanged(const QList<rapport::Change>& changes);
    class QTimer* m_refresh;
    bool m_staleWhileEditing = false; ///< a change came while the form was open: read again when it closes
    quint64 m_generation = 0;
    bool m_loaded = false;
};

/// A contact's page: details, consent, history, open deals and tickets, and their place at their company: the
/// org chart of their managers, peers and direct reports.
class ContactPage : public CustomerPage
{
    Q_OBJECT

public:
    ContactPage(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    /// The chart of the people around the contact (the Manager and reports tab).
    OrgChartView* circle() const { return m_circle; }

protected:
    void load() override;

private:
    void present(const ContactOverview& o);
    QTreeWidget* m_deals;
    QTreeWidget* m_tickets;
    QTreeWidget* m_reports;
    QWidget* m_reportsBox; ///< the list of direct reports, shown where there are any
    OrgChartView* m_circle;
    QLabel* m_manager;
    QMenu* m_callMenu;
    QMenu* m_emailMenu;
};

/// An account's page: headline figures, hierarchy, people and org chart, deals, tickets, orders, history.
class AccountPage : public CustomerPage
{
    Q_OBJECT

public:
    AccountPage(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    OrgChartView* orgChart() const { return m_orgChart; }

protected:
    void load() override;

private:
    void present(const AccountOverview& o);
    void showGroup(const AccountOverview& o);
    /// How the People tab shows them: one at a time, each with the tab's whole width.
    enum class PeopleAs { List, Chart };
    static constexpr const char* PeopleAsKey = "accountPage/peopleAs";
    QStackedWidget* m_peopleStack;
    QTreeWidget* m_people;
    OrgChartView* m_orgChart;
    QTreeWidget* m_deals;
    QTreeWidget* m_tickets;
    QTreeWidget* m_orders;
    QTreeWidget* m_hierarchy;
};

} // namespace rapport
