// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SlaWatch.h"

#include "Workspace.h"
#include "storage/ReaderPool.h"
#include "storage/Tickets.h"

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
}

void SlaWatch::start(int firstDelayMs)
{
    m_timer.start();
    QTimer::singleShot(firstDelayMs, this, &SlaWatch::checkNow);
}

int SlaWatch::breached() const
{
    return int(std::count_if(m_clocks.cbegin(), m_clocks.cend(), [](const SlaClock& c) { return c.breached(); }));
}

QString SlaWatch::summary() const
{
    const int late = breached();
    const int soon = int(m_clocks.size()) - late;
    QStringList parts;
    if (late)
        parts << tr("%n service level(s) breached", "", late);
    if (soon)
        parts << tr("%n breaching within the warning time", "", soon);
    return parts.join(QStringLiteral("; "));
}

void SlaWatch::checkNow()
{
    const qint64 now = m_workspace.store().wallTime();
    const quint64 ticket = ++m_ticket;
    m_workspace.readers().run<QList<SlaClock>>(
        this, [now](Database& db) { return Sla::check(db, now); },
        [this, ticket, now](const Result<QList<SlaClock>>& clocks) {
            if (ticket != m_ticket || !clocks)
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
