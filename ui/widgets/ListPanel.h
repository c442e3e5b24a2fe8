// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "storage/Rates.h"
#include "storage/RecordList.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace rapport {

class CustomerPage;
class ElidedLabel;
class RecordPage;
class RecordListModel;
class RecordPanel;
class StackedRows;
class ToolRow;
class Workspace;

/// A list of records with a filter box, sortable columns and the selected record's details beside
/// it: the building block of the Contacts, Calendar, Opportunities and Help desk views.
class ListPanel : public QWidget
{
    Q_OBJECT

public:
    ListPanel(Workspace& workspace, QUndoStack& undo, ListSpec spec, QWidget* parent = nullptr);

    /// What the filter box says while empty: "Filter tickets…".
    static QString filterPrompt(EntityType type);

    RecordListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// How the rows are drawn: in two lines where the list is too narrow for more than its first column.
    StackedRows* rows() const { return m_rows; }
    /// The selected record's form (on a customer's page, the page's Details tab).
    RecordPanel* panel() const { return m_panel; }
    /// The customer's page beside contact and account lists; null for other lists.
    CustomerPage* customerPage() const;
    /// The record's page beside the list (customers, deals); null for lists that show the bare form.
    RecordPage* page() const { return m_page; }
    /// Shows the selected record alone (Enter, double-click) or the list beside it again (Esc).
    void setRecordOnly(bool on);
    /// Shows an empty form for a new record of the list's type.
    void createNew(const Record& prefill = Record());
    /// Ids of the selected rows, in list order.
    QStringList selectedIds() const;
    /// Narrows the list by one of its filters, shown as a chip that removes it (a null value removes it now).
    void setFilter(const QString& key, const QVariant& value, const QString& label);
    /// Bulk actions on the selected records, each one undoable step (export excepted).
    void assignSelectedTo(const QString& userId, const QString& name);
    void tagSelected(const QString& tags); ///< one tag, or several separated by commas
    void exportSelected(const QString& path);
    /// Writes these edits of listed records as one undo step (`undoText` names it) and says what happened
    /// (`doneText`).
    void bulkEdit(const QList<Record>& changes, const QString& undoText, const QString& doneText);
    /// Deletes the selected records in one step that Edit → Undo takes back.
    void deleteSelected();
    /// Selects every record of the list (Ctrl+A), not only the rows read so far: the rest are read first, up to
    /// MostSelected (a bulk action on more would hold the window too long; the list says so).
    void selectAll();
    static constexpr int MostSelected = 50'000;
    bool isRecordOnly() const { return m_recordOnly; }
    QLineEdit* filterEdit() const { return m_filter; }
    /// How the width is shared between the list and the record beside it, until the person moves the
    /// divider (remembered per list).
    void setShares(int list, int record);
    /// Where views put their own filters (owner, stage, status) beside the search box.
    QHBoxLayout* filterBar() const { return m_filterBar; }

    /// Selects the record if the list shows it, and shows it in the panel either way.
    void showRecord(const QString& id);
    /// Loads the first page now if it has not been loaded (lists load when first shown).
    void ensureLoaded();

protected:
    void showEvent(QShowEvent* event) override;
    /// Ctrl+Home in a list that starts near a record goes to the list's real top; Ctrl+A selects every record.
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);
    void createRequested(rapport::EntityType type, const rapport::Record& prefill);
    void message(const QString& text);
    void mergeRequested(rapport::EntityType type, const QStringList& ids);
    /// The selected contacts or leads are to be added to a campaign (the view asks which, by their consent).
    void campaignRequested(const QStringList& ids);

private:
    void onCurrentChanged();
    void showSelected();
    /// Chooses `id`'s row in the list, wherever it is (the rows start near it if need be), and scrolls to it;
    /// false when the list does not hold it.
    bool selectInList(const QString& id);
    /// The rows start over at the top of the whole list (after they had started near a record).
    void startAtListTop();
    /// Asks for a tag (or several, separated by commas) offering the tags in use; nothing when cancelled.
    std::optional<QString> askForTags(const QString& title, const QString& label, const QString& current);
    void showContextMenu(const QPoint& pos);
    void fillFilterMenu();
    QString ownerField() const;
    QString settingsKey(const char* what = "columns") const;
    void restoreColumns();
    void restoreDivider();
    void saveColumns();
    void showColumnMenu(const QPoint& pos);
    /// Assign, tag and export the selected records.
    void addBulkActions(class QMenu& menu, const QStringList& ids);
    /// Sizes the columns to their first rows and the list's width, once the rows are there and again whenever
    /// the width changes, until the person sizes a column by hand.
    void fitColumns();
    /// Counts the list's records off the GUI thread and shows the number; a newer count supersedes it.
    void countRecords();
    /// The count, and how many are selected when there are several; the list's or the selection's amounts.
    void showCount();
    /// The selected records' amounts per currency (lists with a total column); none when some selected rows are
    /// not in memory.
    std::optional<QMap<QString, qint64>> selectedSums() const;
    QString columnLabel(int column) const;
    /// The shown columns that sort a list of any size, as a sentence's list ("Name, City and Country").
    QString indexedSortColumns() const;
    QString countText(qint64 n) const;

    Workspace& m_workspace;
    QUndoStack& m_undo;
    RecordListModel* m_model;
    QToolButton* m_filterButton = nullptr;
    QHBoxLayout* m_chips;
    QHash<QString, QToolButton*> m_chipButtons;
    QTableView* m_view;
    StackedRows* m_rows;
    RecordPanel* m_panel;
    RecordPage* m_page = nullptr;
    QToolButton* m_backToList = nullptr;
    QWidget* m_left;
    QSplitter* m_splitter;
    bool m_recordOnly = false;
    QLineEdit* m_filter;
    QHBoxLayout* m_filterBar;
    QTimer* m_filterTimer;
    QString m_selectedId;
    QString m_nextToSelected; ///< the row beside the chosen one when the list last started over
    bool m_keepShown = false; ///< the rows start over at the list's top: the record shown stays
    /// A record was chosen while the list was hidden (its size unknown): it is scrolled into view once shown.
    bool m_scrollWhenShown = false;
    quint64 m_searchTicket = 0;
    static constexpr int ListSearchLimit = 1000;
    bool m_searchCapped = false; ///< the search found more than ListSearchLimit: the list holds the best
    ElidedLabel* m_count;
    ToolRow* m_tools = nullptr; ///< the row above the list: the view's choices, the filters and the count
    QString m_counted;       ///< the list's count as last shown ("1,234 contacts")
    QString m_countedNumber; ///< the same, briefly ("1,234")
    QMap<QString, qint64> m_countedSums; ///< the list's amounts per currency, counted with it
    std::optional<Rates> m_rates;        ///< to add them up in the reporting currency, read with them
    QTimer* m_countTimer;
    quint64 m_countTicket = 0;
    static constexpr qint64 CountCap = 100'000;
    bool m_columnsFitted = false;
    bool m_columnsSizedByHand = false; ///< a column dragged wider or narrower: the widths are the person's now
    bool m_fittingColumns = false;
    bool m_refitPending = false;
    bool m_dividerRestored = false;
    int m_listShare = 4, m_recordShare = 5;
};

} // namespace rapport
