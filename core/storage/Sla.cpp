// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Sla.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QJsonDocument>

namespace rapport {

namespace {

constexpr qint64 DefaultWarnMinutes = 60;
constexpr qint64 WeekMs = 7LL * 24 * 3600 * 1000;

QString tierOf(Database& db, const QString& accountId)
{
    if (accountId.isEmpty())
        return {};
    auto st = db.statements().get(QStringLiteral("SELECT tier FROM accounts WHERE id = ?"));
    st->bind(1, accountId);
    return st->step() == SqlStatement::Step::Row ? st->text(0) : QString();
}

bool waiting(const QString& status)
{
    return status == QLatin1String("pending");
}

} // namespace

Result<QList<Record>> Sla::policies(Database& db)
{
    QStringList ids;
    auto st = db.statements().get(QStringLiteral(
        "SELECT id FROM sla_policies WHERE deleted = 0 ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
        "WHEN 'normal' THEN 2 ELSE 3 END, tier IS NOT NULL, tier, name"));
    if (!st->isValid())
        return Error{tr("The service levels cannot be read: %1").arg(st->errorText()), {}};
    while (st->step() == SqlStatement::Step::Row)
        ids << st->text(0);
    QList<Record> out;
    for (const QString& id : std::as_const(ids))
        if (auto policy = RecordStore::read(db, EntityType::SlaPolicy, id))
            out << *policy;
    return out;
}

std::optional<Sla::Policy> Sla::policyFor(Database& db, const QString& priority, const QString& tier)
{
    auto st = db.statements().get(QStringLiteral(
        "SELECT id, name, first_response_minutes, resolution_minutes, coalesce(warn_minutes, ?3), hours FROM "
        "sla_policies WHERE deleted = 0 AND priority = ?1 AND (tier = ?2 OR tier IS NULL) ORDER BY tier IS NULL, "
        "updated_at DESC LIMIT 1"));
    st->bind(1, priority);
    st->bind(2, tier);
    st->bind(3, DefaultWarnMinutes);
    if (st->step() != SqlStatement::Step::Row)
        return std::nullopt;
    const auto hours = BusinessHours::fromJson(QJsonDocument::fromJson(st->text(5).toUtf8()).object());
    if (!hours)
        return std::nullopt;
    return Policy{st->text(0), st->text(1), st->int64(2), st->int64(3), st->int64(4), *hours};
}

std::optional<Sla::Policy> Sla::policyOf(Database& db, const Record& ticket)
{
    return policyFor(db, ticket.text(u"priority"), tierOf(db, ticket.text(u"account_id")));
}

qint64 Sla::workingMinutesLeft(const BusinessHours& hours, qint64 due, qint64 now)
{
    if (due >= now)
        return hours.workingMinutesBetween(now, due);
    const qint64 since = std::max(due, now - LookBackDays * 24LL * 3600 * 1000);
    return -std::max<qint64>(1, hours.workingMinutesBetween(since, now));
}

std::optional<qint64> Sla::workingMinutesIfDifferent(const BusinessHours& hours, qint64 due, qint64 now)
{
    const qint64 working = workingMinutesLeft(hours, due, now);
    if (std::abs(std::abs(working) - std::abs(due - now) / 60'000) <= 1)
        return std::nullopt;
    return working;
}

void Sla::apply(Database& db, const Record* before, Record& changes, qint64 now)
{
    const auto value = [&](QStringView field) {
        return changes.has(field) ? changes.value(field) : (before ? before->value(field) : QVariant());
    };
    // An edit that moves neither the status nor the priority leaves the clocks alone (and reads nothing).
    if (before && !changes.has(u"status") && !changes.has(u"priority"))
        return;
    const QString status = value(u"status").toString();
    const QString previous = before ? before->text(u"status") : QString();
    const auto policy = policyFor(db, value(u"priority").toString(), tierOf(db, value(u"account_id").toString()));

    // Waiting on the customer stops the resolution clock; the minutes waited move the due time on.
    qint64 pausedMinutes = value(u"paused_minutes").toLongLong();
    if (waiting(status) && !waiting(previous)) {
        changes.set(u"paused_since", now);
    } else if (!waiting(status) && waiting(previous)) {
        const qint64 since = value(u"paused_since").toLongLong();
        if (policy && since > 0)
            pausedMinutes += policy->hours.workingMinutesBetween(since, now);
        changes.set(u"paused_since", QVariant()).set(u"paused_minutes", pausedMinutes);
    }
    if (!policy)
        return;
    const qint64 opened = value(u"opened_at").toLongLong();
    const bool priorityChanged = before && changes.has(u"priority") && changes.text(u"priority") != before->text(u"priority");
    const bool resumed = before && !waiting(status) && waiting(previous);
    if ((!before && !changes.has(u"first_response_due")) ||
        (priorityChanged && value(u"first_response_at").isNull() && !changes.has(u"first_response_due")))
        changes.set(u"first_response_due", policy->hours.addWorkingMinutes(opened, policy->firstResponseMinutes));
    if ((!before && !changes.has(u"resolution_due")) || ((priorityChanged || resumed) && !changes.has(u"resolution_due")))
        changes.set(u"resolution_due",
                    policy->hours.addWorkingMinutes(opened, policy->resolutionMinutes + pausedMinutes));
}

Result<QList<SlaClock>> Sla::check(Database& db, qint64 at)
{
    // Candidates by the due-time indexes: anything due within a week of `at` in wall-clock time (a warning
    // time is working minutes, and a week holds more of them than any warning), then the working minutes left
    // on each ticket's own business hours decide.
    QList<SlaClock> out;
    SlaPolicies policies(db);
    const QString select = QStringLiteral(
        "SELECT t.id, t.number, t.subject, t.priority, coalesce(t.assignee_id, ''), t.%1, coalesce(a.tier, ''), "
        "t.status, t.escalated_at IS NOT NULL FROM tickets t LEFT JOIN accounts a ON a.id = t.account_id WHERE t.%1 < ? AND t.%2 IS NULL AND "
        "t.deleted = 0 AND t.status NOT IN ('resolved', 'closed')");
    for (const SlaClock::Kind kind : {SlaClock::Kind::FirstResponse, SlaClock::Kind::Resolution}) {
        const bool first = kind == SlaClock::Kind::FirstResponse;
        auto st = db.statements().get(select.arg(first ? QStringLiteral("first_response_due")
                                                       : QStringLiteral("resolution_due"),
                                                 first ? QStringLiteral("first_response_at")
                                                       : QStringLiteral("resolved_at")));
        if (!st->isValid())
            return Error{tr("The service levels cannot be checked: %1").arg(st->errorText()), {}};
        st->bind(1, at + WeekMs);
        SqlStatement::Step step;
        while ((step = st->step()) == SqlStatement::Step::Row) {
            if (!first && waiting(st->text(7)))
                continue; // the resolution clock stands while the customer has the ball
            const std::optional<Policy>& policy = policies.policyFor(st->text(3), st->text(6));
            const BusinessHours hours = policy ? policy->hours : BusinessHours::always(QTimeZone::utc());
            const qint64 due = st->int64(5);
            const qint64 left = workingMinutesLeft(hours, due, at);
            const qint64 warn = policy ? policy->warnMinutes : DefaultWarnMinutes;
            if (left > warn)
                continue;
            out << SlaClock{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), kind, due, left,
                            st->int64(8) != 0};
        }
        if (step == SqlStatement::Step::Error)
            return Error{tr("The service levels cannot be checked: %1").arg(st->errorText()), {}};
    }
    std::sort(out.begin(), out.end(), [](const SlaClock& a, const SlaClock& b) {
        return a.minutesLeft != b.minutesLeft ? a.minutesLeft < b.minutesLeft : a.due < b.due;
    });
    return out;
}

const std::optional<Sla::Policy>& SlaPolicies::policyFor(const QString& priority, const QString& tier)
{
    const QString key = priority + QLatin1Char('/') + tier;
    auto it = m_policies.find(key);
    if (it == m_policies.end())
        it = m_policies.emplace(key, Sla::policyFor(*m_db, priority, tier)).first;
    return it->second;
}

const std::optional<Sla::Policy>& SlaPolicies::policyFor(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return policyFor(key.left(slash), slash < 0 ? QString() : key.mid(slash + 1));
}

} // namespace rapport
