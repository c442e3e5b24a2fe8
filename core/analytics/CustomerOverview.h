// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/CustomerReports.h"
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
    /// The detail in parts, a column each where a list has them (a deal's stage, amount and close date); empty
    /// parts stay, so that each keeps its column.
    QStringList facts;
    int amountFact = -1; ///< which of the facts is an amount, to stand right-aligned (-1: none)
};

/// A person at an account, as the org chart draws them.
struct OrgPerson
{
    QString id;
    QString name;
    QString jobTitle;
    QString reportsTo; ///< id of their manager, empty for the top
};

/// A company of an account's corporate group, as the hierarchy shows it.
struct GroupCompany
{
    RelatedRecord company; ///< detail: where it is
    QString parentId;      ///< empty for the group's top
    int depth = 0;         ///< 0 for the top
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
    /// The people around the contact, as their org chart draws them: their managers up to the top, those who
    /// report to the same manager, and their direct reports, the contact among them (at most CircleLimit).
    QList<OrgPerson> circle;
    QList<RelatedRecord> openDeals;
    QList<RelatedRecord> closedDeals; ///< won or lost, the latest first, at most ClosedLimit
    QList<RelatedRecord> openTickets;
    QList<RelatedRecord> closedTickets; ///< resolved or closed, the latest first, at most ClosedLimit
    QList<RelatedRecord> mergedFrom;    ///< duplicates merged into this contact (each can be unmerged)
};

/// Everything an account's page shows besides the timeline: hierarchy, people, deals, tickets, orders and
/// its headline figures.
struct AccountOverview
{
    Record account;
    QString parentName;
    QString ownerName;
    QString mergedIntoName;
    /// The corporate group the account belongs to, from its top company down, each company before its
    /// subsidiaries (by name); at most GroupLimit companies. Only the account itself when it has neither parent
    /// nor subsidiaries.
    QList<GroupCompany> group;
    bool moreInGroup = false; ///< the group has more than GroupLimit companies
    QList<OrgPerson> people; ///< contacts at the account, by name (at most PeopleLimit)
    bool morePeople = false; ///< the account has more than PeopleLimit contacts
    QList<RelatedRecord> openDeals;
    QList<RelatedRecord> closedDeals; ///< won or lost, the latest first, at most ClosedLimit
    QList<RelatedRecord> openTickets;
    QList<RelatedRecord> closedTickets; ///< resolved or closed, the latest first, at most ClosedLimit
    QList<RelatedRecord> orders;        ///< the latest first, at most OrdersLimit
    QList<RelatedRecord> mergedFrom;
    QList<Money> revenueLast12Months; ///< orders (not cancelled) of the last 365 days, per currency
    QList<Money> openPipeline;        ///< open deals' amounts, per currency
    int openTicketCount = 0;
    /// The latest activity with the account or anyone at it that has happened, or message on its tickets (the
    /// customer's or a reply; not an internal note); 0: none.
    qint64 lastContact = 0;
    /// Its standing as a customer when the book was last scored; none when it was not one then.
    std::optional<CustomerReports::CustomerStanding> standing;
    CustomerReports::Scoring scoring; ///< the last scoring (`at` 0: the book was never scored)
};

/// Reads a customer's page: the record and what surrounds it, each list through an index on the customer.
class CustomerOverview
{
    Q_DECLARE_TR_FUNCTIONS(CustomerOverview)

public:
    static constexpr int PeopleLimit = 2000;
    /// Most colleagues on one level of a contact's circle (peers, reports), each level through its index.
    static constexpr int CircleLimit = 200;
    static constexpr int OrdersLimit = 100;
    static constexpr int ClosedLimit = 50;
    static constexpr int GroupLimit = 500;

    static Result<ContactOverview> contact(Database& db, const QString& id);
    /// `now`: UTC milliseconds, for "the last 12 months" and "the latest contact".
    static Result<AccountOverview> account(Database& db, const QString& id, qint64 now);
    /// An account's deals, to choose one: the open ones by close date, then those closed lately, the latest
    /// first (at most ClosedLimit).
    static Result<QList<RelatedRecord>> dealsOf(Database& db, const QString& accountId);
};

} // namespace rapport
