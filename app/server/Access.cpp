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

} // namespace

bool canRead(const Principal& p, const Scope& s)
{
    if (p.isAdmin() || s.visibility == Scope::Public || s.owner == p.userId)
        return true;
    if (p.role == QLatin1String("agent"))
        return s.visibility == Scope::AgentVisible;
    if (sameTeam(s.team, p.teamId))
        return true;
    return p.role == QLatin1String("manager") && sameTeam(s.ownerTeam, p.teamId);
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
    if (sameTeam(s.team, p.teamId))
        return true;
    return p.role == QLatin1String("manager") && sameTeam(s.ownerTeam, p.teamId);
}

QString readFilter(const Principal& p, const QString& prefix, QVariantList& binds)
{
    if (p.isAdmin())
        return QStringLiteral("1 = 1");
    const QString c = prefix;
    QString sql = QStringLiteral("(%1visibility = 1 OR %1scope_owner = ?").arg(c);
    binds << p.userId;
    if (p.role == QLatin1String("agent")) {
        sql += QStringLiteral(" OR %1visibility = 2").arg(c);
    } else if (!p.teamId.isEmpty()) {
        sql += QStringLiteral(" OR %1scope_team = ?").arg(c);
        binds << p.teamId;
        if (p.role == QLatin1String("manager")) {
            sql += QStringLiteral(" OR %1owner_team = ?").arg(c);
            binds << p.teamId;
        }
    }
    return sql + QLatin1Char(')');
}

} // namespace rapport::server::Access
