// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CustomerScoring.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "views/PipelineBoard.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace rapport {

namespace {
constexpr int HourMs = 60 * 60 * 1000;
} // namespace

CustomerScoring::CustomerScoring(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(AfterChangeMs);
    connect(&m_afterChange, &QTimer::timeout, this, &CustomerScoring::scoreNow);
    m_hourly.setInterval(HourMs); // the day turns, or the reports' currency changed
    connect(&m_hourly, &QTimer::timeout, this, &CustomerScoring::scoreIfStale);
    connect(&m_workspace.store(), &RecordStore::changed, this, &CustomerScoring::onStoreChanged);
}

void CustomerScoring::start(int firstDelayMs)
{
    m_hourly.start();
    QTimer::singleShot(firstDelayMs, this, &CustomerScoring::scoreIfStale);
}

void CustomerScoring::scoreIfStale()
{
    const auto last = CustomerReports::lastScoring(m_workspace.database());
    if (last.at == 0 || last.currency != reportingCurrency() ||
        QDateTime::fromMSecsSinceEpoch(last.at).date() != QDate::currentDate())
        scoreNow();
}

void CustomerScoring::onStoreChanged(const QList<Change>& changes)
{
    for (const Change& c : changes)
        // What a customer bought and for how much, and which accounts are customers (one deleted or merged
        // leaves the book); nothing else of an account counts.
        if (c.type == EntityType::Order || c.type == EntityType::OrderLine || c.type == EntityType::Product ||
            (c.type == EntityType::Account &&
             (c.op != Mutation::Op::Update || c.fields.contains(QLatin1String("merged_into"))))) {
            m_afterChange.start();
            return;
        }
}

void CustomerScoring::scoreNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    const QString path = m_workspace.path();
    const QString currency = reportingCurrency();
    const qint64 now = m_workspace.store().wallTime();
    auto* watcher = new QFutureWatcher<Result<CustomerReports::Scoring>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const auto result = watcher->result();
        if (result)
            Q_EMIT scored(*result);
        else
            Q_EMIT message(result.error().message);
        if (m_again)
            scoreNow();
    });
    // A connection that writes, for this scoring only: the scores are the whole book's, rewritten in one
    // transaction that the window's own writes wait for (SQLite's busy timeout) at most that long.
    watcher->setFuture(QtConcurrent::run([path, currency, now]() -> Result<CustomerReports::Scoring> {
        auto db = Database::open(path, QStringLiteral("scoring"));
        if (!db)
            return db.error();
        return CustomerReports::score(**db, currency, now);
    }));
}

} // namespace rapport
