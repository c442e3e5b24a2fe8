// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ReaderPool.h"

#include "storage/Database.h"

#include <QSemaphore>

#include <map>
#include <memory>

namespace rapport {

ReaderPool::ReaderPool(QString databasePath, int threads)
    : m_path(std::move(databasePath))
{
    m_pool.setMaxThreadCount(threads);
    // Keep idle workers (and their connections) around; opening costs more than an idle thread.
    m_pool.setExpiryTimeout(-1);
}

namespace {

/// The calling thread's reader connections, by database path.
std::map<QString, std::unique_ptr<Database>>& threadConnections()
{
    thread_local std::map<QString, std::unique_ptr<Database>> connections;
    return connections;
}

} // namespace

ReaderPool::~ReaderPool()
{
    m_pool.clear();
    // Each worker closes its connections on its own thread, as QSqlDatabase requires, before the pool
    // ends. Left to the thread's exit, they would close after QThread::wait() has returned, racing with
    // whatever the program tears down next (at its exit, QtSql's own registry). A task per thread: each
    // waits at the gate until all have arrived, so no thread takes two.
    const int threads = m_pool.maxThreadCount();
    QSemaphore arrived;
    QSemaphore gate;
    for (int i = 0; i < threads; ++i)
        m_pool.start([&arrived, &gate] {
            threadConnections().clear();
            arrived.release();
            gate.acquire();
        });
    arrived.acquire(threads);
    gate.release(threads);
    m_pool.waitForDone();
}

Result<Database*> ReaderPool::connectionForCurrentThread(const QString& path)
{
    auto& connections = threadConnections();
    auto it = connections.find(path);
    if (it == connections.end()) {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("reader-%1").arg(counter.fetch_add(1));
        auto opened = Database::open(path, name, Database::Access::ReadOnly);
        if (!opened)
            return opened.error();
        it = connections.emplace(path, std::move(opened.value())).first;
    }
    return it->second.get();
}

} // namespace rapport
