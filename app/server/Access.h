// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rapport::server {

/// The signed-in user a request acts for.
struct Principal
{
    QString userId;
    QString username;
    QString role; ///< rep, agent, manager, admin
    QString teamId;

    bool isAdmin() const { return role == QLatin1String("admin"); }
};

/// Who a record belongs to, as far as visibility goes. Kept in columns beside each record on the server
/// so that a pull filters in SQL.
struct Scope
{
    enum Visibility { Owned = 0, Public = 1, AgentVisible = 2 };
    QString owner;     ///< owner (or assignee) user id
    QString team;      ///< the team the record is shared with
    QString ownerTeam; ///< the owner's team, for managers
    QString parentId;  ///< for line items and entries: the record whose scope they share
    int visibility = Owned;
    /// A ticket is seen by whoever sees its customer: the account (else the contact) it is for, and that
    /// customer's owner, team and owner's team, so a rep sees the tickets of the customers they look after.
    /// A ticket for no customer is seen so by the one who opened it (as owner) and their manager.
    QString customer;
    QString customerOwner;
    QString customerTeam;
    QString customerOwnerTeam;

    bool operator==(const Scope&) const = default;
};

/// The rules of who may read and change what (issue: "Roles and visibility"):
/// a rep reads and writes what they own or what is shared with their team; an agent reads all accounts and
/// contacts and reads and writes tickets and knowledge articles; a manager reads and writes everything of
/// their team; an admin everything. Users, teams, products, price books, knowledge articles and campaigns
/// are readable by all. Whoever sees a customer also reads and writes the customer's tickets, whichever
/// team works them.
namespace Access {

bool canRead(const Principal& p, const Scope& s);
bool canWrite(const Principal& p, const QString& entity, const Scope& s);
/// The same read rule as SQL over the columns scope_owner, scope_team, owner_team, visibility,
/// customer_owner, customer_team and customer_owner_team (with an optional table prefix), and the values to
/// bind for its placeholders, in order.
QString readFilter(const Principal& p, const QString& prefix, QVariantList& binds);

} // namespace Access
} // namespace rapport::server
