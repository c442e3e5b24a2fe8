// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "search/SearchIndex.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace rapport {

class ReaderPool;

/// Search-as-you-type off the GUI thread. Each call supersedes the previous one: a query still
/// waiting is skipped and one already running is interrupted, so results always belong to the
/// newest text and never arrive out of order.
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const QString& databasePath, QObject* parent = nullptr);
    ~SearchService() override;

    /// Starts a search; returns its ticket. `types` empty means every searchable type.
    quint64 search(const QString& text, int limit = 20, const QList<EntityType>& types = {});
    /// Finds the best `limit` records of one type for a list's filter box (their row ids); supersedes
    /// like search().
    quint64 matchList(const QString& text, EntityType type, int limit);
    /// Drops any search in flight (the box was cleared or closed).
    void cancel();

Q_SIGNALS:
    void resultsReady(quint64 ticket, const QString& text, const QList<rapport::SearchHit>& hits);
    void listMatchesReady(quint64 ticket, const QString& text, const QList<qint64>& rids);
    void searchFailed(quint64 ticket, const QString& message);

private:
    template <typename T, typename Work, typename Done> quint64 submit(Work work, Done done);

    std::unique_ptr<ReaderPool> m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<void*>> m_running; // the worker connection's Database while a query runs
};

} // namespace rapport

Q_DECLARE_METATYPE(rapport::SearchHit)
