// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/BusinessHours.h"
#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace rapport {

class Database;

/// A ticket's service level clock that is breaching or about to.
struct SlaClock
{
    enum class Kind { FirstResponse, Resolution };
    QString ticketId, number, subject, priority, assigneeId;
    Kind kind = Kind::FirstResponse;
    qint64 due = 0;         ///< UTC ms
    /// Working minutes until due; negative: breached that many working minutes ago (counted back at most
    /// LookBackDays: a breach older than that reads as that old).
    qint64 minutesLeft = 0;
    bool escalated = false; ///< already escalated to the team's manager
    bool breached() const { return minutesLeft < 0; }
};

/// Service levels: the policy of a ticket (its priority, its account's tier), due times on the policy's
/// business hours, the resolution clock paused while the ticket waits on the customer, and what is breaching
/// or about to. The write path calls apply() for every ticket it writes with its rules on.
class Sla
{
    Q_DECLARE_TR_FUNCTIONS(Sla)

public:
    /// A ticket's sla_due (schema 15) when it has no target: after every running clock.
    static constexpr qint64 NoTarget = 7'000'000'000'000'000;
    /// A ticket's sla_due while it waits on the customer (its clock stopped): after those.
    static constexpr qint64 Paused = 8'000'000'000'000'000;
    /// How far back the working time since a breach is counted.
    static constexpr int LookBackDays = 30;

    struct Policy
    {
        QString id, name;
        qint64 firstResponseMinutes = 0, resolutionMinutes = 0, warnMinutes = 0;
        BusinessHours hours = BusinessHours::officeHours(QTimeZone::utc());
    };

    /// Every policy, the most urgent priority first, a priority's general policy before its tiers'.
    static Result<QList<Record>> policies(Database& db);
    /// The policy for a priority and tier: the tier's own, else the priority's general one; nullopt: none.
    static std::optional<Policy> policyFor(Database& db, const QString& priority, const QString& tier);
    /// The policy of a ticket: by its priority and its account's tier.
    static std::optional<Policy> policyOf(Database& db, const Record& ticket);
    /// The working minutes from `now` until `due` by these hours; negative: since a breach (counted back at most
    /// LookBackDays, a walk per day).
    static qint64 workingMinutesLeft(const BusinessHours& hours, qint64 due, qint64 now);
    /// workingMinutesLeft where it differs from the minutes on the clock (a night, a weekend or a holiday lies
    /// between); nullopt where the two agree (a desk open round the clock, or within one working day).
    static std::optional<qint64> workingMinutesIfDifferent(const BusinessHours& hours, qint64 due, qint64 now);
    /// Sets a ticket's due times and pause bookkeeping in `changes` (a new ticket: `before` is null): due times
    /// from the policy when the ticket opens or its priority changes (unless given), the resolution clock
    /// stopped while the status is "waiting on customer" and moved on by the working minutes waited.
    static void apply(Database& db, const Record* before, Record& changes, qint64 now);
    /// Open tickets whose first response or resolution is due within their policy's warning time of `at`
    /// (or 60 working minutes without one), or overdue; the most urgent first.
    static Result<QList<SlaClock>> check(Database& db, qint64 at);
};

/// Service level policies remembered by priority and tier, each read once: a check or a queue's rows share a few
/// policies between many tickets, and each policy's business hours keep the days they have placed.
class SlaPolicies
{
public:
    explicit SlaPolicies(Database& db)
        : m_db(&db)
    {}
    /// Sla::policyFor, remembered; the reference stays valid until forget().
    const std::optional<Sla::Policy>& policyFor(const QString& priority, const QString& tier);
    /// By a queue row's policy key, "priority/tier" (the tier empty for none).
    const std::optional<Sla::Policy>& policyFor(const QString& key);
    /// Reads them again when next asked (a policy or a tier may have changed).
    void forget() { m_policies.clear(); }

private:
    Database* m_db;
    std::map<QString, std::optional<Sla::Policy>> m_policies; ///< by key; a map's references stay put
};

} // namespace rapport
