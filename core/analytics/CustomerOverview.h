// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Money.h"
#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace rapport {

class Database;

/// A record shown in a list on a customer's page: what to open, and what to show of it.
struct RelatedRecord
{
    EntityType type = EntityType::Contact;
    QString id;
    QString title;
    QString detail; ///< ready to show
    qint64 at = 0;  ///< when, for lists by date (0: none)
};

/// A person at an account, as the org chart draws them.
struct OrgPerson
{
    QString id;
    QString name;
    QString jobTitle;
    QString reportsTo; ///< id of their manager, empty for the top
};

/// Everything a contact's page shows besides the timeline, read in one go.
struct ContactOverview
{
    Record contact;
    QString accountName;
    QString managerName;
    QString ownerName;
    QString teamName;
    QString mergedIntoName; ///< when this contact itself was merged into another
    QList<RelatedRecord> directReports;
    QList<RelatedRecord> openDeals;
    QList<RelatedRecord> openTickets;
    QList<RelatedRecord> mergedFrom; ///< duplicates merged into this contact (each can be unmerged)
};

/// Everything an account's page shows besides the timeline: hierarchy, people, deals, tickets, orders and
/// its headline figures.
struct AccountOverview
{
    Record account;
    QString parentName;
    QString ownerName;
    QString mergedIntoName;
    QList<RelatedRecord> subsidiaries;
    QList<OrgPerson> people; ///< contacts at the account, by name (at most PeopleLimit)
    bool morePeople = false; ///< the account has more than PeopleLimit contacts
    QList<RelatedRecord> openDeals;
    QList<RelatedRecord> openTickets;
    QList<RelatedRecord> orders; ///< the latest first, at most OrdersLimit
    QList<RelatedRecord> mergedFrom;
    QList<Money> revenueLast12Months; ///< orders (not cancelled) of the last 365 days, per currency
    QList<Money> openPipeline;        ///< open deals' amounts, per currency
    int openTicketCount = 0;
    qint64 lastContact = 0; ///< the latest activity with the account or anyone at it that has happened; 0: none
};

/// Reads a customer's page: the record and what surrounds it, each list through an index on the customer.
class CustomerOverview
{
    Q_DECLARE_TR_FUNCTIONS(CustomerOverview)

public:
    static constexpr int PeopleLimit = 2000;
    static constexpr int OrdersLimit = 100;

    static Result<ContactOverview> contact(Database& db, const QString& id);
    /// `now`: UTC milliseconds, for "the last 12 months" and "the latest contact".
    static Result<AccountOverview> account(Database& db, const QString& id, qint64 now);
};

} // namespace rapport
