// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SyncService.h"

#include "storage/Database.h"
#include "sync/SyncEngine.h"
#include "sync/Transport.h"

#include <QDateTime>

#include <atomic>
#include <deque>
#include <functional>

namespace rapport::sync {

namespace {

constexpr int PeriodMs = 5 * 60 * 1000;
constexpr int DebounceMs = 3000;
constexpr int MaxBackoffMs = 5 * 60 * 1000;

} // namespace

/// The part of SyncService that lives on the sync thread: its own connection and write path.
///
/// The transport waits for each answer in a nested event loop, and that loop also delivers the calls
/// queued for this worker (a sign-in, a count, the shutdown of a closing window). None may run inside
/// another — a shutdown there would close the connection the sync is still using — so a call that
/// arrives while one is running waits in m_waiting and runs when it ends.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString path)
        : m_path(std::move(path))
    {
    }

public Q_SLOTS:
    void run(const QUrl& server, const QString& token)
    {
        serialised([this, server, token] {
            QString error;
            RecordStore* s = store(error);
            bool ok = false;
            if (s) {
                HttpTransport transport(server);
                SyncEngine engine(*s, transport);
                engine.setStopFlag(&m_stop);
                auto report = engine.sync(token, server.toString(),
                                          [this](const QString&, qint64 done, qint64 total) {
                                              Q_EMIT progress(done, total);
                                          });
                ok = report.ok();
                if (!ok)
                    error = report.error().message;
                else
                    Q_EMIT signedInAs(s->currentUserId());
            }
            qint64 pending = 0, rejected = 0, conflicts = 0;
            counts(pending, rejected, conflicts);
            Q_EMIT finished(ok, error, pending, rejected, conflicts);
        });
    }

    void signIn(const QUrl& server, const QString& user, const QString& password)
    {
        serialised([this, server, user, password] {
            QString error;
            RecordStore* s = store(error);
            if (!s) {
                Q_EMIT signedIn({}, {}, error);
                return;
            }
            HttpTransport transport(server, 30000);
            SyncEngine engine(*s, transport);
            auto session = engine.login(user, password);
            if (!session)
                Q_EMIT signedIn({}, {}, session.error().message);
            else
                Q_EMIT signedIn(session->token, session->username, {});
        });
    }

    void signOut(const QUrl& server, const QString& token)
    {
        serialised([this, server, token] {
            QString error;
            RecordStore* s = store(error);
            if (!s)
                return;
            HttpTransport transport(server, 10000);
            (void)SyncEngine(*s, transport).logout(token);
        });
    }

    void refreshCounts()
    {
        serialised([this] {
            qint64 pending = 0, rejected = 0, conflicts = 0;
            counts(pending, rejected, conflicts);
            Q_EMIT countsReady(pending, rejected, conflicts);
        });
    }

    /// Called by a closing SyncService from its own thread, before shutdown(): a running sync ends after the
    /// page or batch it is writing, instead of going on to the end of a large pull.
    void requestStop() { m_stop = true; }

    /// Called (blocking) by a closing SyncService. Inside a running call it only marks the worker closed:
    /// the service then quits the thread, which ends the call's wait for the server, and the connection
    /// is closed when that call returns.
    void shutdown()
    {
        m_closing = true;
        serialised([this] {
            m_store.reset();
            m_db.reset();
        });
    }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& error, qint64 pending, qint64 rejected, qint64 conflicts);
    void signedIn(const QString& token, const QString& username, const QString& error);
    void countsReady(qint64 pending, qint64 rejected, qint64 conflicts);
    void remoteChanges(const QList<rapport::Change>& changes);
    void signedInAs(const QString& userId);

private:
    /// Runs work now, or after the call this one arrived inside of. Once closing, only the closing runs.
    void serialised(std::function<void()> work)
    {
        if (m_running) {
            m_waiting.push_back(std::move(work));
            return;
        }
        m_running = true;
        work();
        while (!m_waiting.empty()) {
            std::function<void()> next = std::move(m_waiting.front());
            m_waiting.pop_front();
            next();
        }
        m_running = false;
    }

    RecordStore* store(QString& error)
    {
        if (m_closing) {
            error = tr("Sync is stopping.");
            return nullptr;
        }
        if (!m_store) {
            auto db = Database::open(m_path, QStringLiteral("rapport-sync"));
            if (!db) {
                error = db.error().message;
                return nullptr;
            }
            m_db = std::move(*db);
            m_store = std::make_unique<RecordStore>(*m_db);
            connect(m_store.get(), &RecordStore::changed, this, &SyncWorker::remoteChanges);
        }
        return m_store.get();
    }

    void counts(qint64& pending, qint64& rejected, qint64& conflicts)
    {
        QString error;
        if (!store(error))
            return;
        auto st = m_db->statements().get(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM outbox WHERE rejected = 1), "
            "(SELECT count(*) FROM conflicts WHERE resolved = 0)"));
        if (st->step() == SqlStatement::Step::Row) {
            pending = st->int64(0);
            rejected = st->int64(1);
            conflicts = st->int64(2);
        }
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    bool m_running = false;
    bool m_closing = false;
    std::atomic_bool m_stop{false};
    std::deque<std::function<void()>> m_waiting;
};

SyncService::SyncService(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new SyncWorker(std::move(databasePath)))
{
    qRegisterMetaType<rapport::sync::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("rapport-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncService::runRequested, m_worker, &SyncWorker::run);
    connect(this, &SyncService::signInRequested, m_worker, &SyncWorker::signIn);
    connect(this, &SyncService::signOutRequested, m_worker, &SyncWorker::signOut);
    connect(this, &SyncService::countsRequested, m_worker, &SyncWorker::refreshCounts);
    connect(m_worker, &SyncWorker::remoteChanges, this, &SyncService::remoteChanges);
    connect(m_worker, &SyncWorker::signedIn, this, &SyncService::signInFinished);
    connect(m_worker, &SyncWorker::signedInAs, this, &SyncService::currentUserChanged);
    connect(m_worker, &SyncWorker::progress, this, [this](qint64 done, qint64 total) {
        SyncStatus s = m_status;
        s.done = done;
        s.total = total;
        setStatus(s);
    });
    connect(m_worker, &SyncWorker::countsReady, this, [this](qint64 pending, qint64 rejected, qint64 conflicts) {
        SyncStatus s = m_status;
        s.pending = pending;
        s.rejected = rejected;
        s.conflicts = conflicts;
        setStatus(s);
    });
    connect(m_worker, &SyncWorker::finished, this,
            [this](bool ok, const QString& error, qint64 pending, qint64 rejected, qint64 conflicts) {
                SyncStatus s = m_status;
                s.pending = pending;
                s.rejected = rejected;
                s.conflicts = conflicts;
                setStatus(s);
                finished(ok, error, ok ? QDateTime::currentMSecsSinceEpoch() : m_status.lastSyncAt);
            });
    m_thread.start();

    m_periodic.setInterval(PeriodMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncService::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncService::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    m_worker->requestStop(); // thread-safe: the flag is atomic
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncService::setStatus(const SyncStatus& s)
{
    m_status = s;
    Q_EMIT statusChanged(m_status);
}

void SyncService::configure(const QUrl& server, const QString& token)
{
    m_server = server;
    m_token = token;
    SyncStatus s = m_status;
    s.state = server.isEmpty() ? SyncStatus::State::NotConfigured
              : token.isEmpty() ? SyncStatus::State::SignedOut
                                : SyncStatus::State::Idle;
    s.error.clear();
    setStatus(s);
    m_failures = 0;
    m_retry.stop();
    if (token.isEmpty()) {
        m_periodic.stop();
        return;
    }
    m_periodic.start();
    syncNow();
}

void SyncService::scheduleSoon()
{
    if (!m_token.isEmpty())
        m_debounce.start();
    refreshCounts();
}

void SyncService::refreshCounts()
{
    Q_EMIT countsRequested();
}

void SyncService::syncNow()
{
    if (m_token.isEmpty() || m_server.isEmpty())
        return;
    if (m_running) {
        m_again = true; // one more round when this one ends: the change may have missed it
        return;
    }
    m_running = true;
    m_debounce.stop();
    m_retry.stop();
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.done = s.total = 0;
    setStatus(s);
    Q_EMIT runRequested(m_server, m_token);
}

void SyncService::finished(bool ok, const QString& error, qint64 lastSyncAt)
{
    m_running = false;
    SyncStatus s = m_status;
    s.lastSyncAt = lastSyncAt;
    s.done = s.total = 0;
    if (ok) {
        m_failures = 0;
        s.state = SyncStatus::State::Idle;
        s.error.clear();
    } else {
        ++m_failures;
        s.state = SyncStatus::State::Failed;
        s.error = error;
        // 5 s, 10 s, 20 s … up to five minutes between attempts while the server cannot be reached.
        m_retry.start(std::min(MaxBackoffMs, 5000 << std::min(m_failures - 1, 10)));
    }
    setStatus(s);
    if (ok && m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncService::signIn(const QUrl& server, const QString& user, const QString& password)
{
    Q_EMIT signInRequested(server, user, password);
}

void SyncService::signOut()
{
    if (!m_token.isEmpty())
        Q_EMIT signOutRequested(m_server, m_token);
    configure(m_server, QString());
}

} // namespace rapport::sync

#include "SyncService.moc"
