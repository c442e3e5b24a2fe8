// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace rapport {

class Database;

/// Runs read-only work off the GUI thread. Each worker thread opens its own named, read-only
/// connection to the database the first time it is used and keeps it for the thread's life.
class ReaderPool
{
public:
    explicit ReaderPool(QString databasePath, int threads = 2);
    ~ReaderPool();
    ReaderPool(const ReaderPool&) = delete;
    ReaderPool& operator=(const ReaderPool&) = delete;

    const QString& databasePath() const { return m_path; }

    /// Runs `work` on a worker with that worker's connection.
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>(Database&)> work)
    {
        return QtConcurrent::run(&m_pool, [path = m_path, work = std::move(work)]() -> Result<T> {
            auto db = connectionForCurrentThread(path);
            if (!db)
                return db.error();
            return work(*db.value());
        });
    }

    /// The calling worker thread's connection to `path`, opened on first use.
    static Result<Database*> connectionForCurrentThread(const QString& path);

private:
    QString m_path;
    QThreadPool m_pool;
};

} // namespace rapport
