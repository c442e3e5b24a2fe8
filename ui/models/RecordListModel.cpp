// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordListModel.h"

#include "Formatting.h"
#include "Icons.h"
#include "storage/Database.h"

#include <QScopedValueRollback>

namespace rapport {

RecordListModel::RecordListModel(Database& db, RecordStore& store, ListSpec spec, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_list(std::move(spec))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RecordListModel::refresh);
    connect(&store, &RecordStore::changed, this, &RecordListModel::onStoreChanged);
}

QString RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int RecordListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

void RecordListModel::setCondition(const QString& sql, const QVariantList& values)
{
    m_list.setCondition(sql, values);
    if (m_loaded)
        reload();
}

void RecordListModel::setFilter(const QString& key, const QVariant& value)
{
    m_list.setFilter(key, value);
    if (m_loaded)
        reload();
}

void RecordListModel::setSearchText(const QString& text)
{
    m_list.setSearchText(text);
    if (m_loaded)
        reload();
}

void RecordListModel::reload()
{
    // The first page comes with the reset itself, so views never see an empty list in between.
    auto page = m_list.fetch(m_db, nullptr, PageSize);
    m_loaded = true;
    beginResetModel();
    m_rows = page ? page.value() : QList<ListRow>();
    m_atEnd = !page || m_rows.size() < PageSize;
    endResetModel();
    if (!page)
        Q_EMIT loadFailed(page.error().message);
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.spec().columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ListRow& row = m_rows[index.row()];
    const ListColumn& column = m_list.spec().columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return Formatting::cell(column, row.values[index.column()], row.values);
    case Qt::ToolTipRole: {
        const QString text = Formatting::cell(column, row.values[index.column()], row.values);
        return text.size() > 30 ? text : QVariant();
    }
    case Qt::DecorationRole:
        if (column.key == QLatin1String("type") && m_list.spec().type == EntityType::Activity)
            return iconForActivity(row.values[index.column()].toString());
        if (index.column() == 0 && m_list.spec().type != EntityType::Activity)
            return iconFor(m_list.spec().type);
        return {};
    case Qt::TextAlignmentRole:
        switch (column.format) {
        case ColumnFormat::Money:
        case ColumnFormat::Number:
        case ColumnFormat::Percent:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case ColumnFormat::Bool:
            return QVariant(Qt::AlignCenter);
        default:
            return {};
        }
    case IdRole:
        return row.id;
    case RawValueRole:
        return row.values[index.column()];
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_list.spec().columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_list.spec().columns[section].displayLabel();
    if (role == Qt::ToolTipRole && !m_list.isSortable(section))
        return tr("This column cannot be sorted.");
    return {};
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loaded && !m_atEnd;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask for more while rows are being inserted: one page at a time.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const ListRow* after = m_rows.isEmpty() ? nullptr : &m_rows.last();
    auto page = m_list.fetch(m_db, after, PageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_list.sortColumn() && order == m_list.sortOrder())
        return;
    if (m_list.setSort(column, order) && m_loaded)
        reload();
}

void RecordListModel::onStoreChanged(const QList<Change>& changes)
{
    if (!m_loaded)
        return;
    for (const Change& c : changes) {
        if (c.type == m_list.spec().type ||
            m_list.spec().from.contains(Schema::entity(c.type).table + QLatin1Char(' '))) {
            m_refreshTimer.start();
            return;
        }
    }
}

void RecordListModel::refresh()
{
    // Re-read what is loaded (at least a page) in one query; keep the rows in place when the same
    // records come back in the same order, so selection and scroll position survive an edit.
    const int wanted = std::max(static_cast<int>(m_rows.size()), static_cast<int>(PageSize));
    auto fresh = m_list.fetch(m_db, nullptr, wanted);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().message);
        return;
    }
    bool sameRows = fresh->size() == m_rows.size();
    for (int i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = (*fresh)[i].id == m_rows[i].id;
    if (sameRows) {
        m_rows = fresh.value();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
        return;
    }
    // Records came or went: start over (views put the selection back by id on modelReset).
    beginResetModel();
    m_rows = fresh.value();
    m_atEnd = m_rows.size() < wanted;
    endResetModel();
}

} // namespace rapport
