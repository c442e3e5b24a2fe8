// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/RecordList.h"
#include "storage/RecordStore.h"
#include "storage/Sla.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <memory>

namespace rapport {

class Database;

/// A table over a RecordList, loaded page by page as the view scrolls (canFetchMore/fetchMore), sorted and
/// filtered in SQL. Pages follow the keyset, so each costs the same wherever it is. Only a window of pages
/// stays in memory: a page scrolled far away is dropped and read again, after the last key of the page
/// before it, when it comes back into view, so scrolling through a million rows keeps memory flat.
/// A record far down the list is shown by starting the rows near it (locate); the rows above it come page by
/// page as the view scrolls up (fetchEarlier), read backwards from the first row held.
/// Refreshes itself when the write path reports changes to its record type.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    RecordListModel(Database& db, RecordStore& store, ListSpec spec, QObject* parent = nullptr);

    EntityType entityType() const { return m_list.spec().type; }
    RecordList& list() { return m_list; }
    const RecordList& list() const { return m_list; }
    QString idAt(int row) const;
    /// The row showing `id` among the pages in memory, or -1.
    int rowOf(const QString& id) const;
    /// The row showing `id`, loading the rows around it when they are not in memory (the rows then start a
    /// little above it); -1 when the list does not show that record.
    int locate(const QString& id);
    /// True while locate starts the rows over (its model reset needs no locating of its own).
    bool isLocating() const { return m_locating; }
    /// True while an outside change makes the list start over (views may then put their place back).
    bool isRefreshing() const { return m_refreshing; }
    /// Whether rows above the first row held remain to be read (after locate).
    bool canFetchEarlier() const;
    /// Reads the page above the first row held and inserts it at the top; returns how many rows came.
    int fetchEarlier();
    /// Reads pages to the end of the list, or until at least `most` rows are held (pages beyond the window
    /// are dropped as usual); true when the list's last row is held.
    bool fetchAll(int most);

    /// Filters change what a loaded model shows at once; before its first load they only take note.
    void setCondition(const QString& sql, const QVariantList& values);
    void setSearchText(const QString& text);
    /// Shows only these records (the matches of a search done elsewhere, in this order of preference
    /// ignored: the list keeps its sort); `text` is what was searched, for the record.
    void setSearchResult(const QString& text, const QList<qint64>& rids);
    /// Narrows the list by one of its spec's filters (a null value removes it).
    void setFilter(const QString& key, const QVariant& value);
    /// Reloads from the first page.
    void reload();
    /// Reads the rows in memory again, in place when they are the same records (selection and scroll position
    /// kept): after a change of the store, or of what the list shows beside it (the customers' scores).
    void refresh();
    bool hasLoaded() const { return m_loaded; }
    /// Pages held in memory now (the window), for tests and the memory benchmark.
    int residentPages() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int PageSize = 200;
    /// Pages kept in memory at most (about 6,000 rows: several screens in either direction).
    static constexpr int WindowPages = 30;

Q_SIGNALS:
    void loadFailed(const QString& message);
    /// Sorting by `column` was asked for, but it has no index and the list holds more than
    /// RecordList::scanSortLimit() records; the order stays as it was.
    void sortRefused(int column);
    /// The list was sorted by `column` (one without an index) and has grown past RecordList::scanSortLimit()
    /// records with a filter lifted or records added: it is back in its own order.
    void sortAbandoned(int column);

private:
    struct Page
    {
        QList<ListRow> rows; ///< empty while not in memory
        bool resident = false;
        std::optional<ListRow> after; ///< the key its first row follows; none: the top of the list
        ListRow head;                 ///< the key of its first row (the page above ends before it)
        ListRow last;                 ///< the key (rid, sort value) the next page continues after
        int first = 0;                ///< the model row of its first row
        int size = 0;                 ///< its rows, also while not in memory
        quint64 used = 0;             ///< when it was last read, to drop the least recently used
    };
    /// Starts over with `page` as the first rows (after `after`, or at the top).
    void resetTo(const Result<QList<ListRow>>& page, const std::optional<ListRow>& after);
    /// The index of the page holding `row`.
    size_t pageOf(int row) const;
    void onStoreChanged(const QList<rapport::Change>& changes);
    /// The row, reading its page again if it was dropped; null if it cannot be read.
    const ListRow* rowAt(int row) const;
    void keepWindow(int keep) const;
    /// Goes back to the list's own order when it is sorted by a column without an index and has become too
    /// large for it (see sortAbandoned); true when it did.
    bool keepSortWithinReach();
    /// Starts over with the first page, in the order the list has.
    void readFirstPage();
    static ListRow keyOf(const ListRow& row);
    /// A countdown cell's service level policy, by the key read beside it; null: none (or no key).
    const Sla::Policy* policyOf(const ListColumn& column, const ListRow& row) const;
    /// When a countdown is due, and where the service level counts working time, how much of it is left.
    static QString countdownTip(qint64 due, const Sla::Policy* policy);
    void repaintCountdowns();

    Database& m_db;
    RecordList m_list;
    mutable std::vector<Page> m_pages;
    int m_rowCount = 0;
    mutable quint64 m_clock = 0;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_locating = false;
    bool m_refreshing = false;
    bool m_loaded = false;
    QTimer m_refreshTimer;
    QTimer m_tick; ///< repaints countdown columns every half minute
    /// The policies countdowns count down by, read once per refresh (set when a countdown has its policy's key).
    std::unique_ptr<SlaPolicies> m_policies;
};

} // namespace rapport
