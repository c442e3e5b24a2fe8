// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ReminderService.h"

#include "Workspace.h"
#include "domain/Alarms.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTimer>

namespace rapport {

namespace {
/// However far the next alarm, look again after this long: a clock set right, a sync, a wake from sleep.
constexpr qint64 LongestSleep = 30 * 1000;

struct Look
{
    QList<DueReminder> due;
    qint64 next = 0;
};
} // namespace

ReminderService::ReminderService(Workspace& workspace, QObject* parent, Clock clock)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_timer(new QTimer(this))
    , m_changes(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::check);
    m_changes->setSingleShot(true);
    m_changes->setInterval(200);
    connect(m_changes, &QTimer::timeout, this, &ReminderService::check);
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        for (const Change& c : changes)
            if (c.type == EntityType::Activity) {
                m_changes->start();
                return;
            }
    });
}

void ReminderService::start()
{
    check();
}

QString ReminderService::key(const DueReminder& r)
{
    return QStringLiteral("%1@%2").arg(r.occurrence.id).arg(r.alarm.at);
}

void ReminderService::check()
{
    if (m_busy) {
        m_changes->start(); // look again when this look is back
        return;
    }
    m_busy = true;
    const qint64 now = m_clock();
    const QString user = m_workspace.currentUserId();
    m_workspace.readers().run<Look>(
        this,
        [user, now](Database& db) -> Result<Look> {
            Look look;
            auto due = Calendar::dueReminders(db, user, now);
            if (!due)
                return due.error();
            look.due = *due;
            auto next = Calendar::nextReminder(db, user, now);
            if (!next)
                return next.error();
            look.next = *next;
            return look;
        },
        [this, now](const Result<Look>& result) {
            m_busy = false;
            if (!result) {
                schedule(0);
                Q_EMIT checked();
                return;
            }
            QList<DueReminder> fresh;
            QSet<QString> present;
            for (const DueReminder& r : result->due) {
                present.insert(key(r));
                if (!m_announced.contains(key(r)))
                    fresh << r;
            }
            m_announced = present;
            const bool changed = result->due != m_due;
            m_due = result->due;
            if (!fresh.isEmpty())
                Q_EMIT rang(fresh);
            if (changed)
                Q_EMIT dueChanged(m_due);
            schedule(result->next > now ? result->next : 0);
            Q_EMIT checked();
        });
}

void ReminderService::schedule(qint64 next)
{
    const qint64 now = m_clock();
    qint64 wait = LongestSleep;
    if (next > now)
        wait = std::min(wait, next - now);
    m_timer->start(int(std::max<qint64>(wait, 50)));
}

Status ReminderService::dismiss(const QString& activityId)
{
    const auto activity = m_workspace.store().fetch(EntityType::Activity, activityId);
    if (!activity)
        return Error{tr("The entry no longer exists."), {}};
    if (auto applied = m_workspace.store().apply({Mutation::update(Alarms::dismissed(*activity, m_clock()))}); !applied)
        return applied.error();
    check();
    return {};
}

Status ReminderService::snooze(const QString& activityId, qint64 until)
{
    const auto activity = m_workspace.store().fetch(EntityType::Activity, activityId);
    if (!activity)
        return Error{tr("The entry no longer exists."), {}};
    if (auto applied = m_workspace.store().apply({Mutation::update(Alarms::snoozed(*activity, m_clock(), until))});
        !applied)
        return applied.error();
    check();
    return {};
}

qint64 ReminderService::tomorrowMorning(qint64 now, const QTimeZone& zone)
{
    const QDate tomorrow = QDateTime::fromMSecsSinceEpoch(now, zone).date().addDays(1);
    return QDateTime(tomorrow, QTime(9, 0), zone).toMSecsSinceEpoch();
}

} // namespace rapport
