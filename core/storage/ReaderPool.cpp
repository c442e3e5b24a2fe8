// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ReaderPool.h"

#include "storage/Database.h"

#include <QThread>

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

ReaderPool::~ReaderPool()
{
    m_pool.clear();
    m_pool.waitForDone();
}

Result<Database*> ReaderPool::connectionForCurrentThread(const QString& path)
{
    // Destroyed when the worker thread ends, on that thread, as QSqlDatabase requires.
    thread_local std::map<QString, std::unique_ptr<Database>> connections;
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
