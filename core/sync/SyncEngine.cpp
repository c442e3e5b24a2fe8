// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SyncEngine.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "sync/CrashPoint.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace rapport::sync {

namespace {

const QString CursorKey = QStringLiteral("sync_cursor");
const QString IdentityKey = QStringLiteral("sync_identity");
const QString LastSyncKey = QStringLiteral("last_sync_at");

} // namespace

QJsonObject SyncReport::toJson() const
{
    return {{QStringLiteral("pushed"), pushed},       {QStringLiteral("rejected"), rejected},
            {QStringLiteral("pulled"), pulled},       {QStringLiteral("evicted"), evicted},
            {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("restamped"), restamped},
            {QStringLiteral("clock_offset_ms"), clockOffsetMs}};
}

SyncEngine::SyncEngine(RecordStore& store, Transport& transport)
    : m_store(store)
    , m_transport(transport)
{
}

Error SyncEngine::errorFrom(const Transport::Response& r)
{
    if (r.status == 0)
        return Error{r.error, {}};
    const QString message = r.body.value(QLatin1StringView("error")).toString();
    switch (r.status) {
    case 401:
        return Error{message.isEmpty() ? tr("The server did not accept the sign-in.") : message, {}};
    case 403:
        return Error{message.isEmpty() ? tr("The server refused: you may not do this.") : message, {}};
    case 409:
        return Error{message.isEmpty() ? tr("This version of Rapport does not match the server's.") : message, {}};
    case 429:
        return Error{message.isEmpty() ? tr("Too many attempts; try again later.") : message, {}};
    default:
        return Error{message.isEmpty() ? tr("The server answered with error %1.").arg(r.status)
                                       : tr("The server answered with error %1: %2").arg(r.status).arg(message),
                     {}};
    }
}

Result<Session> SyncEngine::login(const QString& username, const QString& password)
{
    const Transport::Response r = m_transport.request(
        QStringLiteral("POST"), QStringLiteral("/v1/login"),
        {{QStringLiteral("username"), username},
         {QStringLiteral("password"), password},
         {QStringLiteral("device"), m_store.deviceId()}},
        {});
    if (!r.ok())
        return errorFrom(r);
    Session s;
    s.token = r.body.value(QLatin1StringView("token")).toString();
    s.expiresAt = r.body.value(QLatin1StringView("expires_at")).toInteger();
    const QJsonObject user = r.body.value(QLatin1StringView("user")).toObject();
    s.userId = user.value(QLatin1StringView("id")).toString();
    s.username = user.value(QLatin1StringView("username")).toString();
    s.role = user.value(QLatin1StringView("role")).toString();
    if (s.token.isEmpty())
        return Error{tr("The server sent an answer that is not JSON."), {}};
    return s;
}

Status SyncEngine::logout(const QString& token)
{
    const Transport::Response r = m_transport.request(QStringLiteral("POST"), QStringLiteral("/v1/logout"), {}, token);
    if (!r.ok() && r.status != 401)
        return errorFrom(r);
    return {};
}

qint64 SyncEngine::pendingCount() const
{
    auto st = m_store.database().statements().get(QStringLiteral("SELECT count(*) FROM outbox"));
    return st->step() == SqlStatement::Step::Row ? st->int64(0) : 0;
}

Result<SyncReport> SyncEngine::sync(const QString& token, const QString& serverKey, const Progress& progress)
{
    SyncReport report;
    if (Status s = handshake(token, serverKey, report); !s)
        return s.error();
    // Push before pull: the server merges our edits first, so the pull brings back the settled values.
    if (Status s = push(token, report, progress); !s)
        return s.error();
    if (Status s = pull(token, report, progress); !s)
        return s.error();
    (void)m_store.database().setMeta(LastSyncKey, QString::number(QDateTime::currentMSecsSinceEpoch()));
    return report;
}

Status SyncEngine::handshake(const QString& token, const QString& serverKey, SyncReport& report)
{
    const qint64 sent = m_store.wallTime();
    const Transport::Response r = m_transport.request(
        QStringLiteral("POST"), QStringLiteral("/v1/handshake"),
        {{QStringLiteral("protocol"), ProtocolVersion},
         {QStringLiteral("schema"), Database::latestSchemaVersion()},
         {QStringLiteral("client_time"), sent}},
        token);
    if (!r.ok())
        return errorFrom(r);
    const qint64 received = m_store.wallTime();
    const qint64 serverTime = r.body.value(QLatin1StringView("server_time")).toInteger();
    // The server's time at the midpoint of the round trip, minus ours: how far off this clock still is.
    const qint64 error = serverTime - (sent + received) / 2;
    // Small differences are network jitter; keep the offset steady unless it is off by more than a second.
    if (std::abs(error) > 1000) {
        if (Status s = m_store.setClockOffset(m_store.clockOffset() + error); !s)
            return s;
    }
    report.clockOffsetMs = m_store.clockOffset();

    const QString userId = r.body.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toString();
    if (userId.isEmpty())
        return Error{tr("The server sent an answer that is not JSON."), {}};
    Database& db = m_store.database();
    const QString identity = serverKey + QLatin1Char('|') + userId;
    if (db.meta(IdentityKey) != identity) {
        // Another server or user than last time: everything is pulled again, from the start.
        if (Status s = db.setMeta(CursorKey, QStringLiteral("0")); !s)
            return s;
        if (Status s = db.setMeta(IdentityKey, identity); !s)
            return s;
    }
    if (m_store.currentUserId() != userId) {
        const QString teamId =
            r.body.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("team_id")).toString();
        if (Status s = m_store.adoptLocalRecords(userId, teamId); !s)
            return s;
        if (Status s = m_store.setCurrentUserId(userId); !s)
            return s;
    }
    return {};
}

Status SyncEngine::push(const QString& token, SyncReport& report, const Progress& progress)
{
    Database& db = m_store.database();
    qint64 total = 0;
    {
        auto st = db.statements().get(QStringLiteral("SELECT count(*) FROM outbox WHERE rejected = 0"));
        if (st->step() == SqlStatement::Step::Row)
            total = st->int64(0);
    }
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        QJsonArray batch;
        QList<qint64> seqs;
        {
            auto st = db.statements().get(
                QStringLiteral("SELECT seq, mutation_id, entity, record_id, op, payload FROM outbox "
                               "WHERE rejected = 0 AND seq > ? ORDER BY seq LIMIT ?"));
            st->bind(1, after);
            st->bind(2, qint64(MaxPushBatch));
            while (st->step() == SqlStatement::Step::Row) {
                PushMutation m;
                m.mutationId = st->text(1);
                m.entity = st->text(2);
                m.id = st->text(3);
                const QJsonObject payload =
                    QJsonDocument::fromJson(RecordStore::outboxPayload(db, m.entity, m.id, st->text(5).toUtf8()))
                        .object();
                m.op = st->text(4);
                m.hlc = payload.value(QLatin1StringView("hlc")).toString();
                m.fields = payload.value(QLatin1StringView("fields")).toObject();
                m.base = payload.value(QLatin1StringView("base")).toObject();
                m.seen = payload.value(QLatin1StringView("seen")).toString();
                batch.append(m.toJson());
                seqs << st->int64(0);
            }
        }
        if (batch.isEmpty())
            return {};
        after = seqs.last();
        const Transport::Response r = m_transport.request(
            QStringLiteral("POST"), QStringLiteral("/v1/push"), {{QStringLiteral("mutations"), batch}}, token);
        if (!r.ok())
            return errorFrom(r);
        crashPoint("client-after-push-answer");

        // Acknowledged mutations leave the outbox; refused ones stay, marked, with the reason.
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        for (const QJsonValue& v : r.body.value(QLatin1StringView("results")).toArray()) {
            const PushResult result = PushResult::fromJson(v.toObject());
            if (result.status == QLatin1String("applied") || result.status == QLatin1String("duplicate")) {
                auto del = db.statements().get(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
                del->bind(1, result.mutationId);
                if (!del->exec())
                    return Error{del->errorText(), {}};
                ++report.pushed;
                report.restamped += result.restamped ? 1 : 0;
            } else if (result.status == QLatin1String("rejected")) {
                auto mark = db.statements().get(QStringLiteral(
                    "UPDATE outbox SET rejected = 1, attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"));
                mark->bind(1, result.reason);
                mark->bind(2, result.mutationId);
                if (!mark->exec())
                    return Error{mark->errorText(), {}};
                ++report.rejected;
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
        crashPoint("client-after-ack");
        done += seqs.size();
        if (progress)
            progress(QStringLiteral("push"), done, total);
        if (stopped())
            return stoppedError();
    }
}

Error SyncEngine::stoppedError()
{
    return Error{tr("Sync was stopped; the next one goes on from where it stopped."), {}};
}

namespace {

/// Pages fetched ahead of the one being applied, handed from the fetching thread to the applying one.
/// Holding at most `capacity` pages keeps memory flat however large the book.
class PageQueue
{
public:
    struct Item
    {
        std::optional<RecordStore::RemotePage> page; ///< empty: the fetch failed with `error`
        Error error;
    };

    explicit PageQueue(int capacity)
        : m_capacity(capacity)
    {
    }

    /// False when the applier has stopped listening.
    bool put(Item item)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_closed && m_items.size() >= m_capacity)
            m_changed.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.append(std::move(item));
        m_changed.wakeAll();
        return true;
    }

    Item take()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.isEmpty())
            m_changed.wait(&m_mutex);
        Item item = m_items.takeFirst();
        m_changed.wakeAll();
        return item;
    }

    /// An applied page goes back to be freed on the fetching thread, which allocated it: freeing there
    /// is several times cheaper than freeing on this one, and takes work off the thread that writes.
    void recycle(Item item)
    {
        QMutexLocker lock(&m_mutex);
        m_spent.append(std::move(item));
    }

    /// Frees what came back, outside the lock.
    void freeSpent()
    {
        QList<Item> spent;
        {
            QMutexLocker lock(&m_mutex);
            spent.swap(m_spent);
        }
    }

    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }

    bool isClosed()
    {
        QMutexLocker lock(&m_mutex);
        return m_closed;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<Item> m_items;
    QList<Item> m_spent;
    int m_capacity;
    bool m_closed = false;
};

} // namespace

/// Fetching and applying overlap when there is more than a page to pull: a second thread asks for the
/// next page (its cursor is in the page before), parses it and prepares its rows
/// (RecordStore::prepareRemote) while this one writes the previous page to the database, the two joined
/// by a queue of at most two pages. Each page is committed with its cursor, so stopping anywhere (an error, a
/// crash) leaves the database at a page boundary, and pages fetched ahead are simply fetched again.
Status SyncEngine::pull(const QString& token, SyncReport& report, const Progress& progress)
{
    Database& db = m_store.database();
    const qint64 start = db.meta(CursorKey, QStringLiteral("0")).toLongLong();
    // One page, fetched, parsed and prepared; the next cursor is in it.
    auto fetch = [&](qint64 cursor) -> PageQueue::Item {
        const Transport::Response r = m_transport.request(
            QStringLiteral("POST"), QStringLiteral("/v1/pull"),
            {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), m_pageSize}}, token);
        if (!r.ok())
            return {std::nullopt, errorFrom(r)};
        std::optional<PullPage> page = PullPage::fromJson(r.body);
        if (!page || page->cursor < cursor)
            return {std::nullopt, Error{tr("The server sent a page of changes this version cannot read."), {}}};
        return {m_store.prepareRemote(std::move(*page)), {}};
    };
    // The first page comes on this thread: a sync with little to pull (the usual one) needs no other.
    PageQueue queue(2);
    PageQueue::Item first = fetch(start);
    const bool ahead = first.page && first.page->page.more;
    const qint64 next = first.page ? first.page->page.cursor : start;
    queue.put(std::move(first));
    std::unique_ptr<QThread> fetcher;
    if (ahead) {
        fetcher.reset(QThread::create([&queue, &fetch, next] {
            qint64 cursor = next;
            while (!queue.isClosed()) {
                queue.freeSpent();
                PageQueue::Item item = fetch(cursor);
                const bool more = item.page && item.page->page.more;
                if (item.page)
                    cursor = item.page->page.cursor;
                if (!queue.put(std::move(item)) || !more)
                    return;
            }
        }));
        fetcher->setObjectName(QStringLiteral("rapport-sync-fetch"));
        fetcher->start();
    }
    const auto stop = qScopeGuard([&] {
        queue.close();
        if (fetcher)
            fetcher->wait();
    });

    qint64 done = 0;
    for (;;) {
        PageQueue::Item item = queue.take();
        if (!item.page)
            return item.error;
        const PullPage& page = item.page->page;
        auto applied = m_store.applyRemote(*item.page, [&]() -> Status {
            crashPoint("client-mid-page");
            return db.setMeta(CursorKey, QString::number(page.cursor));
        });
        if (!applied)
            return applied.error();
        crashPoint("client-after-page");
        for (const PulledChange& c : page.changes) {
            switch (c.kind) {
            case PulledChange::Kind::Record:
                ++report.pulled;
                break;
            case PulledChange::Kind::Evict:
                ++report.evicted;
                break;
            case PulledChange::Kind::Conflict:
                ++report.conflicts;
                break;
            }
        }
        done += page.changes.size();
        if (progress)
            progress(QStringLiteral("pull"), done, 0); // the server does not count what is left (no COUNT on pulls)
        if (!page.more)
            return {};
        if (stopped())
            return stoppedError();
        queue.recycle(std::move(item));
    }
}

} // namespace rapport::sync
