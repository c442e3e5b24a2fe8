// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

namespace rapport {

class Database;

/// Marketing campaigns that respect each person's consent. A campaign reaches people (contacts and leads) on one
/// consent channel (consentChannel): whoever is added without marketing consent there, or without an address to
/// reach, becomes an excluded member, so the campaign shows who was left out and why; consent is checked again when the
/// campaign goes out, and an unsubscribe withdraws it. Each operation plans the writes (mutations) for one
/// undoable step in the window or one transaction on the command line; reads are safe on a reader connection.
class Campaigns
{
    Q_DECLARE_TR_FUNCTIONS(Campaigns)

public:
    /// The consent channel a campaign's channel reaches people on: post for direct mail, phone for phone
    /// campaigns, email for the rest (mailings, event and webinar invitations, social media).
    static QString consentChannel(const QString& campaignChannel);
    /// Why `person` (a contact or a lead) may not receive marketing on the consent `channel` (translated); empty
    /// when it may. A lead has no postal address, and one converted is reached as the contact it became.
    static QString refusal(const Record& person, const QString& channel);

    /// Someone a campaign goes out to, as the company's mail tool (or the person phoning) needs them.
    struct Recipient
    {
        QString salutation, firstName, lastName, account, language;
        QString email, phone;                      ///< the primary ones
        QString street, postalCode, city, country; ///< the first postal address
    };

    /// What adding people or sending does, before it is applied.
    struct Plan
    {
        QList<Mutation> mutations;
        int added = 0;   ///< enrol: members who will receive it (new, or left out before and reachable now);
                         ///< send: members marked sent
        int already = 0; ///< enrol: members before, as they were (left out ones still for the same reason)
        bool sending = false; ///< a send's plan (its summary says "sent")
        QString channel;      ///< the consent channel the campaign reaches people on
        QList<Recipient> recipients; ///< send: whom it goes out to, by name
        QList<std::pair<QString, QString>> excluded; ///< the person's name, why (translated): no consent, no
                                                     ///< address on the channel, or (send) deleted since
        /// "12 added, 3 left out without consent or address, 2 already members" in the user's language.
        QString summary() const;
    };
    /// Adds people (contacts or leads, by id) to a campaign that is planned or active: those who may receive it as
    /// planned members, the others as excluded members; existing members stay as they are, but one left out before
    /// who may be reached now is planned. Refuses a completed or cancelled campaign.
    static Result<Plan> enrol(RecordStore& store, const QString& campaignId, const QStringList& personIds);
    /// Marks the planned members sent, checking each one's consent again (withdrawn since: excluded); a planned
    /// campaign becomes active.
    static Result<Plan> send(RecordStore& store, const QString& campaignId);
    /// Records a member's response at `at` (UTC ms): the member has responded; an unsubscribe opts them out and
    /// withdraws their (the contact's or the lead's) marketing consent on the campaign's channel, with the campaign
    /// as its source.
    static Result<QList<Mutation>> respond(RecordStore& store, const QString& memberId, const QString& kind,
                                           qint64 at);

    /// The campaigns that can still take people (planned or running), the latest first: id and name.
    static Result<QList<std::pair<QString, QString>>> accepting(Database& db);
    /// Every tag a contact has, by name; and the contacts with one tag, by name.
    static Result<QStringList> contactTags(Database& db);
    static Result<QStringList> contactsTagged(Database& db, const QString& tag);
    /// The people at customers of an RFM segment (as the book was last scored), by name; and how many there are
    /// in each segment that has any, from the most valuable segment.
    static Result<QStringList> contactsAtCustomers(Database& db, const QString& segment);
    static Result<QList<std::pair<QString, int>>> peopleBySegment(Database& db);
    /// The leads with a status, by name; and how many there are of each status that has any, converted ones left
    /// out (they are contacts now).
    static Result<QStringList> leadsWithStatus(Database& db, const QString& status);
    static Result<QList<std::pair<QString, int>>> leadsByStatus(Database& db);

    /// A member as the campaign's page lists it.
    struct Member
    {
        QString id, contactId, leadId, name, account; ///< one of contactId and leadId; account: a lead's company
        QString address; ///< where the campaign reaches them: the email address, phone number, or city for post
        QString status;       ///< the member status key
        QString response;     ///< the latest response's kind; empty: none
        qint64 respondedAt = 0;
        QString reason;       ///< an excluded member's: why, as their consent says now (translated)
    };
    /// The campaign's members by name, up to `limit`.
    static Result<QList<Member>> members(Database& db, const QString& campaignId, int limit = 5000);

    /// What a campaign achieved.
    struct Results
    {
        QMap<QString, int> members;   ///< per member status
        QMap<QString, int> responses; ///< per response kind: the members who gave it
        int reached = 0;              ///< sent or beyond (sent, responded, opted out)
        int responded = 0;            ///< members who responded, an unsubscribe not counted as a response
        int leads = 0, deals = 0, won = 0; ///< leads and deals that name the campaign as their source
        QMap<QString, qint64> wonAmounts;  ///< the won deals' amounts per currency (minor units)
        qint64 wonTotal = 0;               ///< their sum in `currency`, at the rates of `ratesOf`
        QStringList unconverted;           ///< won currencies without a rate to `currency`, left out of wonTotal
        qint64 budget = 0;                 ///< in `currency`; 0: none
        QString currency;                  ///< the budget's, else EUR
    };
    /// What a campaign achieved; the amounts won summed in the campaign's currency at the exchange rates of
    /// `ratesOf` (today's when not given), as a report converts them.
    static Result<Results> results(Database& db, const QString& campaignId, QDate ratesOf = QDate());
};

} // namespace rapport
