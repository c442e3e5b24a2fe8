// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
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

    /// Runs `work` on a worker and hands its result to `done` on `context`'s thread (the GUI's, for a
    /// widget) when it is back; nothing is handed over once `context` is gone. Views that can ask again
    /// before an answer is back keep a ticket and drop stale answers themselves.
    template <typename T, typename Done>
    void run(QObject* context, std::function<Result<T>(Database&)> work, Done done)
    {
        auto* watcher = new QFutureWatcher<Result<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(run<T>(std::move(work)));
    }

    /// The calling worker thread's connection to `path`, opened on first use.
    static Result<Database*> connectionForCurrentThread(const QString& path);

private:
    QString m_path;
    QThreadPool m_pool;
};

} // namespace rapport
