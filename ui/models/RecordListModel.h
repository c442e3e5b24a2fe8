// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/RecordList.h"
#include "storage/RecordStore.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace rapport {

class Database;

/// A table over a RecordList, loaded page by page as the view scrolls (canFetchMore/fetchMore),
/// sorted and filtered in SQL. Pages follow the keyset, so each costs the same wherever it is.
/// Refreshes itself when the write path reports changes to its record type.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    RecordListModel(Database& db, RecordStore& store, ListSpec spec, QObject* parent = nullptr);

    EntityType entityType() const { return m_list.spec().type; }
    RecordList& list() { return m_list; }
    QString idAt(int row) const;
    /// The row showing `id`, or -1 when it is not loaded.
    int rowOf(const QString& id) const;

    /// Filters change what a loaded model shows at once; before its first load they only take note.
    void setCondition(const QString& sql, const QVariantList& values);
    void setSearchText(const QString& text);
    /// Narrows the list by one of its spec's filters (a null value removes it).
    void setFilter(const QString& key, const QVariant& value);
    /// Reloads from the first page.
    void reload();
    bool hasLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int PageSize = 200;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void onStoreChanged(const QList<rapport::Change>& changes);
    void refresh();

    Database& m_db;
    RecordList m_list;
    QList<ListRow> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_loaded = false;
    QTimer m_refreshTimer;
};

} // namespace rapport
