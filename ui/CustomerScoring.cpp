// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CustomerScoring.h"

#include "Settings.h"
#include "Workspace.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rapport {

namespace {
constexpr int HourMs = 60 * 60 * 1000;
constexpr int RetryMs = 60 * 1000; ///< a bulk load has the indexes down: try again this much later
} // namespace

CustomerScoring::CustomerScoring(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the thread, and with it the connection, lives as long as this
    m_thread.setObjectName(QStringLiteral("rapport-scoring"));
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(AfterChangeMs);
    connect(&m_afterChange, &QTimer::timeout, this, &CustomerScoring::scoreNow);
    m_hourly.setInterval(HourMs); // the day turns, or the reports' currency changed
    connect(&m_hourly, &QTimer::timeout, this, &CustomerScoring::scoreIfStale);
    connect(&m_workspace.store(), &RecordStore::changed, this, &CustomerScoring::onStoreChanged);
}

CustomerScoring::~CustomerScoring()
{
    m_closing = true;
    if (Database* db = m_working.load())
        db->interrupt();
    // The connection is closed on the thread it was opened on.
    (void)QtConcurrent::run(&m_thread, [this] { m_db.reset(); });
    m_thread.waitForDone();
}

void CustomerScoring::start(int firstDelayMs)
{
    m_hourly.start();
    QTimer::singleShot(firstDelayMs, this, &CustomerScoring::scoreIfStale);
}

void CustomerScoring::scoreIfStale()
{
    const auto last = CustomerReports::lastScoring(m_workspace.database());
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.store().wallTime()).date();
    if (last.at == 0 || last.currency != Settings().reportingCurrency() ||
        QDateTime::fromMSecsSinceEpoch(last.at).date() != today)
        scoreNow();
}

void CustomerScoring::onStoreChanged(const QList<Change>& changes)
{
    const auto counts = [](const Change& c) {
        switch (c.type) {
        case EntityType::Order:
        case EntityType::OrderLine:
        case EntityType::ExchangeRate:
            return true;
        case EntityType::Product: // what it counts as
            return c.op != Mutation::Op::Update || c.fields.contains(QLatin1String("category"));
        case EntityType::Account: // a new one has no orders yet; one deleted, restored or merged away does
            return c.op == Mutation::Op::Delete || c.op == Mutation::Op::Restore ||
                   c.fields.contains(QLatin1String("merged_into"));
        default:
            return false;
        }
    };
    if (std::none_of(changes.cbegin(), changes.cend(), counts))
        return;
    if (!m_firstChange.isValid())
        m_firstChange.start();
    // A quiet moment after the changes, but not later than AtMostAfterMs after the first of them.
    m_afterChange.start(int(std::clamp<qint64>(AtMostAfterMs - m_firstChange.elapsed(), 0, AfterChangeMs)));
}

void CustomerScoring::scoreNow()
{
    if (m_closing)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    // A bulk load (an import) has dropped indexes to put them back when it ends: a writable connection opened
    // now would rebuild them under it, and the scoring would read the orders without them.
    if (m_workspace.database().hasDeferredIndexes()) {
        m_afterChange.start(RetryMs);
        return;
    }
    m_running = true;
    m_again = false;
    m_firstChange.invalidate();
    const QString path = m_workspace.path();
    const QString currency = Settings().reportingCurrency();
    const qint64 now = m_workspace.store().wallTime();
    auto* watcher = new QFutureWatcher<Result<CustomerReports::Scoring>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const auto result = watcher->result();
        if (result)
            Q_EMIT scored(*result);
        else if (!m_closing)
            Q_EMIT message(result.error().message);
        if (m_again)
            scoreNow();
    });
    // The scores are the whole book's, rewritten in one transaction that the window's own writes wait for
    // (SQLite's busy timeout) at most that long.
    watcher->setFuture(QtConcurrent::run(&m_thread, [this, path, currency, now]() -> Result<CustomerReports::Scoring> {
        if (!m_db) {
            auto db = Database::open(path, QStringLiteral("scoring-%1").arg(quintptr(this)));
            if (!db)
                return db.error();
            m_db = std::move(*db);
        }
        m_working = m_db.get();
        auto scored = m_closing ? Result<CustomerReports::Scoring>(Error{QString(), {}}) // not shown
                                : CustomerReports::score(*m_db, currency, now);
        m_working = nullptr;
        return scored;
    }));
}

} // namespace rapport
