// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "HistoryModel.h"

#include "Icons.h"
#include "storage/ReaderPool.h"

#include <QFutureWatcher>

namespace rapport {

HistoryModel::HistoryModel(ReaderPool& readers, QObject* parent)
    : QAbstractListModel(parent)
    , m_readers(readers)
{}

void HistoryModel::show(EntityType type, const QString& id, const QList<HistoryKind>& kinds,
                        const QStringList& activityTypes)
{
    m_type = type;
    m_id = id;
    m_kinds = kinds;
    m_activityTypes = activityTypes;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = m_id.isEmpty();
    endResetModel();
    ++m_generation; // whatever is still on its way belongs to the question before
    m_loading = false;
    if (!m_id.isEmpty())
        request(true);
}

void HistoryModel::request(bool first)
{
    m_loading = true;
    const quint64 generation = m_generation;
    const EntityType type = m_type;
    const QString id = m_id;
    const QList<HistoryKind> kinds = m_kinds;
    const QStringList activityTypes = m_activityTypes;
    std::optional<HistoryEntry> after;
    if (!first && !m_entries.isEmpty())
        after = m_entries.last();
    auto future = m_readers.run<QList<HistoryEntry>>([=](Database& db) -> Result<QList<HistoryEntry>> {
        const HistoryEntry* a = after ? &*after : nullptr;
        switch (type) {
        case EntityType::Account:
            return CustomerHistory::ofAccount(db, id, kinds, a, CustomerHistory::PageSize, activityTypes);
        case EntityType::Opportunity:
            return CustomerHistory::ofOpportunity(db, id, kinds, a, CustomerHistory::PageSize, activityTypes);
        default:
            return CustomerHistory::ofContact(db, id, kinds, a, CustomerHistory::PageSize, activityTypes);
        }
    });
    auto* watcher = new QFutureWatcher<Result<QList<HistoryEntry>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, first] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const auto result = watcher->result();
        if (!result) {
            m_atEnd = true;
            Q_EMIT loadFailed(result.error().message);
            return;
        }
        const QList<HistoryEntry>& page = *result;
        m_atEnd = page.size() < CustomerHistory::PageSize;
        if (!page.isEmpty()) {
            const int from = static_cast<int>(m_entries.size());
            beginInsertRows({}, from, from + static_cast<int>(page.size()) - 1);
            m_entries.append(page);
            endInsertRows();
        }
        Q_EMIT loaded(first && m_entries.isEmpty());
    });
    watcher->setFuture(future);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::DecorationRole:
        switch (e.kind) {
        case HistoryKind::Activity:
            return iconForActivity(e.subtype);
        case HistoryKind::Ticket:
        case HistoryKind::TicketEntry:
            return iconFor(EntityType::Ticket);
        case HistoryKind::Deal:
        case HistoryKind::StageChange:
            return iconFor(EntityType::Opportunity);
        case HistoryKind::Order:
            return icon(Icon::Export);
        case HistoryKind::Quote:
            return icon(Icon::Export);
        }
        return {};
    case AtRole:
        return e.at;
    case KindRole:
        return int(e.kind);
    case SubtypeRole:
        return e.subtype;
    case DetailRole:
        return e.detail;
    case PersonRole:
        return e.person;
    case TypeRole:
        return int(e.type);
    case IdRole:
        return e.id;
    case DoneRole:
        return e.done;
    default:
        return {};
    }
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    request(false);
}

} // namespace rapport
