// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SearchService.h"

#include "storage/Database.h"
#include "storage/ReaderPool.h"

#include <QFutureWatcher>
#include <QPointer>

namespace rapport {

SearchService::SearchService(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_pool(std::make_unique<ReaderPool>(databasePath, 1))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_running(std::make_shared<std::atomic<void*>>(nullptr))
{
    qRegisterMetaType<rapport::SearchHit>();
    qRegisterMetaType<QList<rapport::SearchHit>>();
}

SearchService::~SearchService()
{
    cancel();
}

void SearchService::cancel()
{
    m_latest->fetch_add(1);
    if (auto* db = static_cast<Database*>(m_running->load()))
        db->interrupt();
}

quint64 SearchService::search(const QString& text, int limit, const QList<EntityType>& types)
{
    const quint64 ticket = m_latest->fetch_add(1) + 1;
    if (auto* db = static_cast<Database*>(m_running->load()))
        db->interrupt(); // the running query is stale now

    auto latest = m_latest;
    auto running = m_running;
    auto future = m_pool->run<QList<SearchHit>>([=](Database& db) -> Result<QList<SearchHit>> {
        if (latest->load() != ticket)
            return QList<SearchHit>(); // superseded while waiting
        running->store(&db);
        auto hits = SearchIndex::search(db, text, limit, types);
        // An interrupt meant for the query before may land on this one as it starts: run it again.
        if (!hits && latest->load() == ticket)
            hits = SearchIndex::search(db, text, limit, types);
        running->store(nullptr);
        return hits;
    });
    auto* watcher = new QFutureWatcher<Result<QList<SearchHit>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, text] {
        watcher->deleteLater();
        if (m_latest->load() != ticket)
            return;
        const auto result = watcher->result();
        if (result)
            Q_EMIT resultsReady(ticket, text, result.value());
        else
            Q_EMIT searchFailed(ticket, result.error().message);
    });
    watcher->setFuture(future);
    return ticket;
}

} // namespace rapport
