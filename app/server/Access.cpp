// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Access.h"

namespace rapport::server::Access {

namespace {

bool sameTeam(const QString& a, const QString& b)
{
    return !a.isEmpty() && a == b;
}

bool isTicketFamily(const QString& entity)
{
    return entity == QLatin1String("ticket") || entity == QLatin1String("ticket_entry")
           || entity == QLatin1String("ticket_article") || entity == QLatin1String("kb_article");
}

/// The rule for reps and managers: what they own, what is shared with their team, and, for a manager,
/// what their team's people own.
bool sees(const Principal& p, const QString& owner, const QString& team, const QString& ownerTeam)
{
    return (!owner.isEmpty() && owner == p.userId) || sameTeam(team, p.teamId) ||
           (p.role == QLatin1String("manager") && sameTeam(ownerTeam, p.teamId));
}

bool seesCustomer(const Principal& p, const Scope& s)
{
    return sees(p, s.customerOwner, s.customerTeam, s.customerOwnerTeam);
}

} // namespace

bool canRead(const Principal& p, const Scope& s)
{
    if (p.isAdmin() || s.visibility == Scope::Public || s.owner == p.userId)
        return true;
    if (p.role == QLatin1String("agent"))
        return s.visibility == Scope::AgentVisible;
    return sees(p, s.owner, s.team, s.ownerTeam) || seesCustomer(p, s);
}

bool canWrite(const Principal& p, const QString& entity, const Scope& s)
{
    if (p.isAdmin())
        return true;
    if (entity == QLatin1String("user") || entity == QLatin1String("team"))
        return false;
    // Quotas are set by the manager of the salesperson's team, never by the salesperson.
    if (entity == QLatin1String("quota"))
        return p.role == QLatin1String("manager") && sameTeam(s.ownerTeam, p.teamId);
    if (s.visibility == Scope::Public) {
        if (entity == QLatin1String("kb_article"))
            return p.role == QLatin1String("agent") || p.role == QLatin1String("manager");
        return p.role == QLatin1String("manager");
    }
    if (s.owner == p.userId)
        return true;
    if (p.role == QLatin1String("agent"))
        return isTicketFamily(entity);
    return sees(p, s.owner, s.team, s.ownerTeam) || (isTicketFamily(entity) && seesCustomer(p, s));
}

QString readFilter(const Principal& p, const QString& prefix, QVariantList& binds)
{
    if (p.isAdmin())
        return QStringLiteral("1 = 1");
    const QString c = prefix;
    QString sql = QStringLiteral("(%1visibility = 1 OR %1scope_owner = ?").arg(c);
    binds << p.userId;
    if (p.role == QLatin1String("agent"))
        return sql + QStringLiteral(" OR %1visibility = 2)").arg(c);
    // What is shared with the team and, for a manager, what the team's people own; then the same of the
    // customer a ticket is for.
    auto sharedWithTeam = [&](const char* team, const char* ownerTeam) {
        if (p.teamId.isEmpty())
            return;
        sql += QStringLiteral(" OR %1%2 = ?").arg(c, QLatin1String(team));
        binds << p.teamId;
        if (p.role == QLatin1String("manager")) {
            sql += QStringLiteral(" OR %1%2 = ?").arg(c, QLatin1String(ownerTeam));
            binds << p.teamId;
        }
    };
    sharedWithTeam("scope_team", "owner_team");
    sql += QStringLiteral(" OR %1customer_owner = ?").arg(c);
    binds << p.userId;
    sharedWithTeam("customer_team", "customer_owner_team");
    return sql + QLatin1Char(')');
}

} // namespace rapport::server::Access
