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

template <typename T, typename Work, typename Done>
quint64 SearchService::submit(Work work, Done done)
{
    const quint64 ticket = m_latest->fetch_add(1) + 1;
    if (auto* db = static_cast<Database*>(m_running->load()))
        db->interrupt(); // the running query is stale now

    auto latest = m_latest;
    auto running = m_running;
    auto future = m_pool->run<T>([=](Database& db) -> Result<T> {
        if (latest->load() != ticket)
            return T(); // superseded while waiting
        running->store(&db);
        Result<T> result = work(db);
        // An interrupt meant for the query before may land on this one as it starts: run it again.
        if (!result && latest->load() == ticket)
            result = work(db);
        running->store(nullptr);
        return result;
    });
    auto* watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, done] {
        watcher->deleteLater();
        if (m_latest->load() != ticket)
            return;
        const auto result = watcher->result();
        if (result)
            done(ticket, result.value());
        else
            Q_EMIT searchFailed(ticket, result.error().message);
    });
    watcher->setFuture(future);
    return ticket;
}

quint64 SearchService::search(const QString& text, int limit, const QList<EntityType>& types)
{
    return submit<QList<SearchHit>>(
        [=](Database& db) { return SearchIndex::search(db, text, limit, types); },
        [this, text](quint64 ticket, const QList<SearchHit>& hits) { Q_EMIT resultsReady(ticket, text, hits); });
}

quint64 SearchService::matchList(const QString& text, EntityType type, int limit)
{
    return submit<QList<qint64>>(
        [=](Database& db) { return SearchIndex::listMatches(db, type, text, limit); },
        [this, text](quint64 ticket, const QList<qint64>& rids) { Q_EMIT listMatchesReady(ticket, text, rids); });
}

} // namespace rapport
