// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SlaWatch.h"

#include "Workspace.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"
#include "storage/Tickets.h"

#include <QSet>

#include <algorithm>

namespace rapport {

namespace {
constexpr int CheckMs = 60 * 1000;
} // namespace

SlaWatch::SlaWatch(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setInterval(CheckMs);
    connect(&m_timer, &QTimer::timeout, this, &SlaWatch::checkNow);
    // A ticket answered, resolved or reassigned (here or by sync) changes the counts now, not within a minute;
    // a burst of changes is checked once.
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &SlaWatch::checkNow);
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        if (m_timer.isActive() && std::any_of(changes.cbegin(), changes.cend(), [](const Change& c) {
                return c.type == EntityType::Ticket || c.type == EntityType::TicketEntry;
            }))
            m_soon.start();
    });
}

void SlaWatch::start(int firstDelayMs)
{
    m_timer.start();
    QTimer::singleShot(firstDelayMs, this, &SlaWatch::checkNow);
}

int SlaWatch::urgentTickets() const
{
    QSet<QString> tickets;
    for (const SlaClock& c : m_clocks)
        tickets.insert(c.ticketId);
    return int(tickets.size());
}

int SlaWatch::breachedTickets() const
{
    QSet<QString> tickets;
    for (const SlaClock& c : m_clocks)
        if (c.breached())
            tickets.insert(c.ticketId);
    return int(tickets.size());
}

QString SlaWatch::summary() const
{
    const int late = breachedTickets();
    const int soon = urgentTickets() - late;
    QStringList parts;
    if (late)
        parts << tr("%n ticket(s) past their service level", "", late);
    if (soon)
        parts << tr("%n due within the warning time", "", soon);
    return parts.join(QStringLiteral("; "));
}

void SlaWatch::checkNow()
{
    // One check at a time: asked meanwhile (a sync writing page after page of tickets), it runs once more after.
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const qint64 now = m_workspace.store().wallTime();
    m_workspace.readers().run<QList<SlaClock>>(
        this, [now](Database& db) { return Sla::check(db, now); },
        [this, now](const Result<QList<SlaClock>>& clocks) {
            m_running = false;
            if (m_again) {
                m_again = false;
                QTimer::singleShot(0, this, &SlaWatch::checkNow);
            }
            if (!clocks)
                return;
            m_clocks = *clocks;
            Q_EMIT checked(m_clocks);
            auto writes = Tickets::escalations(m_workspace.database(), m_clocks, now);
            if (writes && !writes->isEmpty()) {
                if (auto applied = m_workspace.store().apply(*writes); applied)
                    Q_EMIT message(
                        tr("%n breached ticket(s) escalated to the team's manager.", "", int(writes->size() / 2)));
            }
        });
}

} // namespace rapport
