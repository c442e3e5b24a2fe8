// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/CustomerHistory.h"

#include <QAbstractListModel>

namespace rapport {

class ReaderPool;

/// A customer's or a deal's timeline, newest first, read a page at a time on a reader thread as the view scrolls.
/// Changing the customer or the kinds shown starts over; answers to an older question are dropped.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AtRole = Qt::UserRole + 1, KindRole, SubtypeRole, DetailRole, PersonRole, TypeRole, IdRole, DoneRole };

    explicit HistoryModel(ReaderPool& readers, QObject* parent = nullptr);

    /// Shows the history of a contact, an account or a deal (an empty id: nothing), of these kinds (empty: all) and,
    /// of activities, these types (empty: all).
    void show(EntityType type, const QString& id, const QList<HistoryKind>& kinds,
              const QStringList& activityTypes = {});
    void setSubject(EntityType type, const QString& id) { show(type, id, m_kinds, m_activityTypes); }
    void setKinds(const QList<HistoryKind>& kinds) { show(m_type, m_id, kinds, m_activityTypes); }
    QList<HistoryKind> kinds() const { return m_kinds; }
    /// Reads the history again from the start (after an edit).
    void reload();
    bool isLoading() const { return m_loading; }
    const HistoryEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// A page arrived (or the first page of a new question); `empty` when the customer has no history.
    void loaded(bool empty);
    void loadFailed(const QString& message);

private:
    void request(bool first);

    ReaderPool& m_readers;
    EntityType m_type = EntityType::Contact;
    QString m_id;
    QList<HistoryKind> m_kinds;
    QStringList m_activityTypes;
    QList<HistoryEntry> m_entries;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace rapport
