// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordListModel.h"

#include "Formatting.h"
#include "Icons.h"
#include "storage/Database.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QScopedValueRollback>

#include <algorithm>

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
    // Countdowns count down: their cells repaint every half minute (nothing is read again).
    for (const ListColumn& column : m_list.spec().columns) {
        if (column.format != ColumnFormat::Countdown)
            continue;
        if (column.companionColumn >= 0 && !m_policies)
            m_policies = std::make_unique<SlaPolicies>(m_db);
        m_tick.setInterval(30'000);
        m_tick.start();
    }
    connect(&m_tick, &QTimer::timeout, this, &RecordListModel::repaintCountdowns);
}

void RecordListModel::repaintCountdowns()
{
    for (int c = 0; c < m_list.spec().columns.size(); ++c)
        if (m_list.spec().columns[c].format == ColumnFormat::Countdown && m_rowCount > 0)
            Q_EMIT dataChanged(index(0, c), index(m_rowCount - 1, c),
                               {Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole});
}

ListRow RecordListModel::keyOf(const ListRow& row)
{
    ListRow key;
    key.rid = row.rid;
    key.sortValue = row.sortValue;
    return key;
}

size_t RecordListModel::pageOf(int row) const
{
    const auto next =
        std::upper_bound(m_pages.cbegin(), m_pages.cend(), row, [](int r, const Page& page) { return r < page.first; });
    return static_cast<size_t>(next - m_pages.cbegin()) - 1;
}

const ListRow* RecordListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const size_t p = pageOf(row);
    Page& page = m_pages[p];
    if (!page.resident) {
        // Dropped earlier: read it again after its own key.
        auto rows = m_list.fetch(m_db, page.after ? &*page.after : nullptr, page.size);
        if (!rows)
            return nullptr;
        page.rows = *rows;
        page.resident = true;
        keepWindow(static_cast<int>(p));
    }
    page.used = ++m_clock;
    const int within = row - page.first;
    return within < page.rows.size() ? &page.rows[within] : nullptr;
}

void RecordListModel::keepWindow(int keep) const
{
    int resident = 0;
    for (const Page& p : m_pages)
        resident += p.resident ? 1 : 0;
    while (resident > WindowPages) {
        // Drop the page read longest ago (never the one just read).
        Page* oldest = nullptr;
        for (size_t i = 0; i < m_pages.size(); ++i)
            if (m_pages[i].resident && int(i) != keep && (!oldest || m_pages[i].used < oldest->used))
                oldest = &m_pages[i];
        if (!oldest)
            break;
        oldest->rows = {};
        oldest->resident = false;
        --resident;
    }
}

int RecordListModel::residentPages() const
{
    int n = 0;
    for (const Page& p : m_pages)
        n += p.resident ? 1 : 0;
    return n;
}

QString RecordListModel::idAt(int row) const
{
    const ListRow* r = rowAt(row);
    return r ? r->id : QString();
}

int RecordListModel::rowOf(const QString& id) const
{
    for (size_t p = 0; p < m_pages.size(); ++p)
        if (m_pages[p].resident)
            for (int i = 0; i < m_pages[p].rows.size(); ++i)
                if (m_pages[p].rows[i].id == id)
                    return m_pages[p].first + i;
    return -1;
}

int RecordListModel::locate(const QString& id)
{
    if (const int row = rowOf(id); row >= 0 || id.isEmpty())
        return row;
    auto key = m_list.find(m_db, id);
    if (!key || !*key)
        return -1;
    const QScopedValueRollback<bool> guard(m_locating, true);
    // Start half a page above it, so the rows around it show; near the top, simply at the top.
    auto above = m_list.fetchBefore(m_db, **key, PageSize / 2 + 1);
    if (!above)
        return -1;
    if (above->size() <= PageSize / 2) {
        resetTo(m_list.fetch(m_db, nullptr, PageSize), std::nullopt);
        for (int more = 0; rowOf(id) < 0 && canFetchMore({}) && more < 2; ++more) // it was within reach
            fetchMore({});
    } else {
        const ListRow after = keyOf(above->first());
        resetTo(m_list.fetch(m_db, &after, PageSize), after);
    }
    return rowOf(id);
}

bool RecordListModel::canFetchEarlier() const
{
    return !m_pages.empty() && m_pages.front().after.has_value();
}

int RecordListModel::fetchEarlier()
{
    if (!canFetchEarlier() || m_fetching)
        return 0;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    // One row more than a page: the first of them is the key the new page follows, if there is one.
    auto rows = m_list.fetchBefore(m_db, m_pages.front().head, PageSize + 1);
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return 0;
    }
    std::optional<ListRow> after;
    if (rows->size() > PageSize)
        after = keyOf(rows->takeFirst());
    if (rows->isEmpty()) {
        m_pages.front().after.reset(); // the top after all
        return 0;
    }
    const int n = static_cast<int>(rows->size());
    beginInsertRows({}, 0, n - 1);
    for (Page& page : m_pages)
        page.first += n;
    m_pages.insert(m_pages.begin(),
                   Page{*rows, true, after, keyOf(rows->first()), keyOf(rows->last()), 0, n, ++m_clock});
    m_rowCount += n;
    endInsertRows();
    keepWindow(0);
    return n;
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

void RecordListModel::setSearchResult(const QString& text, const QList<qint64>& rids)
{
    m_list.setSearchResult(text, rids);
    if (m_loaded)
        reload();
}

void RecordListModel::reload()
{
    keepSortWithinReach();
    readFirstPage();
}

void RecordListModel::readFirstPage()
{
    resetTo(m_list.fetch(m_db, nullptr, PageSize), std::nullopt);
}

bool RecordListModel::keepSortWithinReach()
{
    const int column = m_list.sortColumn();
    if (m_list.sortsByIndex(column))
        return false;
    // A column without an index sorts by reading the whole list: once a filter is lifted or records come in,
    // the list may hold too many for that, and goes back to its own order.
    const auto fits = m_list.canSortBy(m_db, column);
    if (fits && *fits)
        return false;
    m_list.setSort(m_list.spec().defaultSortColumn, m_list.spec().defaultOrder);
    Q_EMIT sortAbandoned(column);
    return true;
}

void RecordListModel::resetTo(const Result<QList<ListRow>>& page, const std::optional<ListRow>& after)
{
    // The first page comes with the reset itself, so views never see an empty list in between.
    m_loaded = true;
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    if (page && !page->isEmpty()) {
        const int n = static_cast<int>(page->size());
        m_pages.push_back(Page{*page, true, after, keyOf(page->first()), keyOf(page->last()), 0, n, ++m_clock});
        m_rowCount = n;
    }
    m_atEnd = !page || page->size() < PageSize;
    endResetModel();
    if (!page)
        Q_EMIT loadFailed(page.error().message);
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.spec().columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role == Qt::SizeHintRole)
        return {};
    const ListRow* found = rowAt(index.row());
    if (!found)
        return {};
    const ListRow& row = *found;
    const ListColumn& column = m_list.spec().columns[index.column()];
    const bool countdown = column.format == ColumnFormat::Countdown && !row.values[index.column()].isNull();
    switch (role) {
    case Qt::DisplayRole:
        if (countdown)
            return Formatting::countdown(row.values[index.column()].toLongLong(), QDateTime::currentMSecsSinceEpoch(),
                                         policyOf(column, row));
        return Formatting::cell(column, row.values[index.column()], row.values);
    case Qt::ToolTipRole: {
        if (countdown)
            return countdownTip(row.values[index.column()].toLongLong(), policyOf(column, row));
        const QString text = Formatting::cell(column, row.values[index.column()], row.values);
        return text.size() > 30 ? text : QVariant();
    }
    case Qt::ForegroundRole:
    case Qt::FontRole: {
        if (!countdown)
            return {};
        // Overdue in red and bold, due within the policy's warning time in amber.
        const auto urgency = Formatting::urgency(row.values[index.column()].toLongLong(),
                                                 QDateTime::currentMSecsSinceEpoch(), policyOf(column, row));
        if (role == Qt::FontRole) {
            if (urgency != Formatting::Urgency::Breached)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        const QColor colour = Formatting::urgencyColour(urgency);
        return colour.isValid() ? QVariant(colour) : QVariant();
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
    if (role == Qt::ToolTipRole && !m_list.sortsByIndex(section))
        return tr("Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.", nullptr,
                  int(m_list.scanSortLimit()));
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
    auto page = m_list.fetch(m_db, m_pages.empty() ? nullptr : &m_pages.back().last, PageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = m_rowCount;
    const int n = static_cast<int>(page->size());
    std::optional<ListRow> after;
    if (!m_pages.empty())
        after = m_pages.back().last;
    beginInsertRows({}, first, first + n - 1);
    m_pages.push_back(Page{*page, true, after, keyOf(page->first()), keyOf(page->last()), first, n, ++m_clock});
    m_rowCount += n;
    endInsertRows();
    keepWindow(static_cast<int>(m_pages.size()) - 1);
}

bool RecordListModel::fetchAll(int most)
{
    while (!m_atEnd && m_rowCount < most && !m_fetching) {
        const int before = m_rowCount;
        fetchMore({});
        if (m_rowCount == before)
            break;
    }
    return m_atEnd;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_list.sortColumn() && order == m_list.sortOrder())
        return;
    if (column != m_list.sortColumn()) {
        const auto fits = m_list.canSortBy(m_db, column);
        if (!fits) {
            Q_EMIT loadFailed(fits.error().message);
            return;
        }
        if (!*fits) {
            Q_EMIT sortRefused(column);
            return;
        }
    }
    // Within reach: checked just now, no need to count again.
    if (m_list.setSort(column, order) && m_loaded)
        readFirstPage();
}

void RecordListModel::onStoreChanged(const QList<Change>& changes)
{
    if (!m_loaded)
        return;
    // A policy changed: the countdowns are counted again by what it now says.
    if (m_policies &&
        std::any_of(changes.begin(), changes.end(), [](const Change& c) { return c.type == EntityType::SlaPolicy; })) {
        m_policies->forget();
        repaintCountdowns();
    }
    for (const Change& c : changes) {
        if (c.type == m_list.spec().type ||
            m_list.spec().from.contains(Schema::entity(c.type).table + QLatin1Char(' '))) {
            m_refreshTimer.start();
            return;
        }
    }
}

const Sla::Policy* RecordListModel::policyOf(const ListColumn& column, const ListRow& row) const
{
    if (!m_policies || column.companionColumn < 0)
        return nullptr;
    const std::optional<Sla::Policy>& policy = m_policies->policyFor(row.values[column.companionColumn].toString());
    return policy ? &*policy : nullptr;
}

QString RecordListModel::countdownTip(qint64 due, const Sla::Policy* policy)
{
    if (due >= Sla::NoTarget)
        return due >= Sla::Paused ? tr("The clock stands while the ticket waits on the customer.")
                                  : tr("No service level applies to this ticket.");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString tip = tr("Due %1").arg(Formatting::dateTime(due));
    if (policy && due >= now)
        if (const auto working = Sla::workingMinutesIfDifferent(policy->hours, due, now))
            tip += QLatin1Char('\n') +
                   tr("%1 left in the working time of \"%2\", %3 on the clock")
                       .arg(Formatting::hoursAndMinutes(*working), policy->name, Formatting::duration(due - now));
    return tip;
}

void RecordListModel::refresh()
{
    if (m_policies)
        m_policies->forget();
    if (keepSortWithinReach()) {
        const QScopedValueRollback<bool> guard(m_refreshing, true);
        reload();
        return;
    }
    // Read the pages in memory again, each after its own key; when every page brings back the same
    // records, the rows change in place and selection and scroll position survive the edit.
    bool sameRows = true;
    std::vector<QList<ListRow>> fresh(m_pages.size());
    for (size_t p = 0; p < m_pages.size() && sameRows; ++p) {
        if (!m_pages[p].resident)
            continue;
        const Page& page = m_pages[p];
        auto rows = m_list.fetch(m_db, page.after ? &*page.after : nullptr, page.size);
        if (!rows) {
            Q_EMIT loadFailed(rows.error().message);
            return;
        }
        sameRows = !rows->isEmpty() && rows->size() == m_pages[p].rows.size();
        for (int i = 0; sameRows && i < rows->size(); ++i)
            sameRows = (*rows)[i].id == m_pages[p].rows[i].id;
        fresh[p] = *rows;
    }
    if (sameRows && !m_pages.empty()) {
        for (size_t p = 0; p < m_pages.size(); ++p)
            if (m_pages[p].resident) {
                m_pages[p].rows = fresh[p];
                m_pages[p].head = keyOf(fresh[p].first());
                m_pages[p].last = keyOf(fresh[p].last());
                if (p + 1 < m_pages.size()) // its sort value may have changed in place
                    m_pages[p + 1].after = m_pages[p].last;
            }
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
        return;
    }
    // Records came or went: start over (views put the selection back by id on modelReset).
    const QScopedValueRollback<bool> guard(m_refreshing, true);
    reload();
}

} // namespace rapport
