// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Campaigns.h"

#include "domain/Consent.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Rates.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace rapport {

namespace {

const QString kPlanned = QStringLiteral("planned");
const QString kSent = QStringLiteral("sent");
const QString kResponded = QStringLiteral("responded");
const QString kOptedOut = QStringLiteral("opted_out");
const QString kExcluded = QStringLiteral("excluded");

/// Runs `sql` with `values`, handing each row to `row`.
Status each(Database& db, const QString& sql, const QVariantList& values, const std::function<void(SqlStatement&)>& row)
{
    if (const QString failed = db.statements().forEachRow(sql, values, row); !failed.isEmpty())
        return Error{Campaigns::tr("The campaign cannot be read: %1").arg(failed), {}};
    return {};
}

QString nameOf(const Record& person)
{
    return (person.text(u"first_name") + QLatin1Char(' ') + person.text(u"last_name")).trimmed();
}

/// A contact or, failing that, a lead.
std::optional<Record> personOf(RecordStore& store, const QString& id)
{
    if (auto contact = store.fetch(EntityType::Contact, id))
        return contact;
    return store.fetch(EntityType::Lead, id);
}

Result<Record> campaignOf(RecordStore& store, const QString& id)
{
    auto campaign = store.fetch(EntityType::Campaign, id);
    if (!campaign)
        return Error{Campaigns::tr("There is no campaign %1.").arg(id), {}};
    return *campaign;
}

/// A campaign's member as enrolling and sending need it.
struct Membership
{
    QString memberId, status;
    EntityType type = EntityType::Contact; ///< the person's: contact or lead
};

/// The campaign's members: the person's id (a contact's or a lead's) → their membership.
Result<QHash<QString, Membership>> membersOf(Database& db, const QString& campaignId)
{
    QHash<QString, Membership> out;
    const Status s = each(
        db,
        QStringLiteral("SELECT coalesce(contact_id, lead_id), id, status, contact_id IS NULL FROM "
                       "campaign_members WHERE campaign_id = ? AND deleted = 0 AND "
                       "coalesce(contact_id, lead_id) IS NOT NULL"),
        {campaignId}, [&](SqlStatement& st) {
            out.insert(st.text(0), {st.text(1), st.text(2), st.int64(3) != 0 ? EntityType::Lead : EntityType::Contact});
        });
    if (!s)
        return s.error();
    return out;
}

/// Where `person` is reached on the consent `channel`: an address, a number, the postal addresses; empty: nowhere.
QString reachOf(const Record& person, const QString& channel)
{
    const bool lead = person.type() == EntityType::Lead;
    if (channel == QLatin1String("email"))
        return person.text(lead ? u"email" : u"primary_email");
    if (channel == QLatin1String("phone") || channel == QLatin1String("sms"))
        return person.text(lead ? u"phone" : u"primary_phone");
    const QString addresses = lead ? QString() : person.text(u"addresses"); // a lead has a city, no address
    return addresses == QLatin1String("[]") ? QString() : addresses;
}

} // namespace

QString Campaigns::consentChannel(const QString& campaignChannel)
{
    if (campaignChannel == QLatin1String("direct_mail"))
        return QStringLiteral("post");
    if (campaignChannel == QLatin1String("phone"))
        return QStringLiteral("phone");
    return QStringLiteral("email");
}

namespace {
/// "by email", "by post", … as a sentence says it.
QString byChannel(const QString& channel)
{
    if (channel == QLatin1String("phone"))
        return Campaigns::tr("by phone");
    if (channel == QLatin1String("sms"))
        return Campaigns::tr("by SMS");
    if (channel == QLatin1String("post"))
        return Campaigns::tr("by post");
    return Campaigns::tr("by email");
}
} // namespace

QString Campaigns::refusal(const Record& person, const QString& channel)
{
    if (person.type() == EntityType::Lead && person.text(u"status") == QLatin1String("converted"))
        return tr("Converted to a contact: add the contact");
    const QString on = byChannel(channel);
    if (reachOf(person, channel).isEmpty())
        return tr("Nowhere to reach them %1").arg(on);
    const auto consent = Consent::fromJson(person.text(u"consent")).channel(channel);
    if (!consent || !consent->marketing)
        return tr("Never asked about marketing %1").arg(on);
    if (!*consent->marketing)
        return tr("Declined marketing %1").arg(on);
    return {};
}

namespace {
/// Why a lead may not receive marketing by email because of a contact with the same address: the same person,
/// in the book already, who declined it there. Empty when no such contact said no (or on other channels).
QString refusalAsContact(Database& db, const Record& lead, const QString& channel)
{
    const QString email = lead.text(u"email").trimmed().toLower();
    if (lead.type() != EntityType::Lead || channel != QLatin1String("email") || email.isEmpty())
        return {};
    QString why;
    db.statements().forEachRow(
        QStringLiteral("SELECT c.consent, c.display_title FROM email_index e JOIN contacts c ON c.rid = e.contact_rid "
                       "WHERE e.email = ? AND c.deleted = 0 AND c.merged_into IS NULL"),
        {email}, [&](SqlStatement& st) {
            const auto said = Consent::fromJson(st.text(0)).channel(channel);
            if (why.isEmpty() && said && said->marketing == false)
                why = Campaigns::tr("Declined marketing by email as the contact %1").arg(st.text(1));
        });
    return why;
}

/// Why `person` may not receive it: their own consent, and for a lead, the same person's as a contact.
QString whyNot(Database& db, const Record& person, const QString& channel)
{
    const QString why = Campaigns::refusal(person, channel);
    return why.isEmpty() ? refusalAsContact(db, person, channel) : why;
}
} // namespace

QString Campaigns::Plan::summary() const
{
    QStringList parts;
    parts << (sending ? tr("%n sent", "", added) : tr("%n added", "", added));
    if (!excluded.isEmpty())
        parts << tr("%n left out without consent or address", "", int(excluded.size()));
    if (already > 0)
        parts << tr("%n already member(s)", "", already);
    return parts.join(QStringLiteral(", "));
}

Result<Campaigns::Plan> Campaigns::enrol(RecordStore& store, const QString& campaignId, const QStringList& personIds)
{
    auto campaign = campaignOf(store, campaignId);
    if (!campaign)
        return campaign.error();
    const QString status = campaign->text(u"status");
    if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
        return Error{tr("%1 has ended (%2): nobody can be added to it.")
                         .arg(campaign->text(u"name"),
                              Schema::entity(EntityType::Campaign).field(u"status")->enumeration->label(status)),
                     {}};
    auto existing = membersOf(store.database(), campaignId);
    if (!existing)
        return existing.error();
    const QString channel = consentChannel(campaign->text(u"channel"));
    Plan plan;
    QSet<QString> seen;
    for (const QString& id : personIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        // A member stays as they are, unless they were left out and may be reached now.
        const auto member = existing->constFind(id);
        if (member != existing->cend() && member->status != kExcluded) {
            ++plan.already;
            continue;
        }
        const auto person = personOf(store, id);
        if (!person)
            return Error{tr("There is no contact or lead %1.").arg(id), {}};
        const QString why = whyNot(store.database(), *person, channel);
        if (member != existing->cend()) {
            if (!why.isEmpty()) {
                ++plan.already; // still left out, for the reason the list gives
                continue;
            }
            ++plan.added;
            plan.mutations << Mutation::update(
                Record(EntityType::CampaignMember, member->memberId).set(u"status", kPlanned));
            continue;
        }
        if (!why.isEmpty())
            plan.excluded << std::pair{nameOf(*person), why};
        else
            ++plan.added;
        plan.mutations << Mutation::create(Record(EntityType::CampaignMember)
                                               .set(u"campaign_id", campaignId)
                                               .set(person->type() == EntityType::Lead ? u"lead_id" : u"contact_id", id)
                                               .set(u"status", why.isEmpty() ? kPlanned : kExcluded));
    }
    return plan;
}

namespace {
Campaigns::Recipient recipientFrom(RecordStore& store, const Record& contact)
{
    Campaigns::Recipient r;
    if (contact.type() == EntityType::Lead) { // a name, a company, an email address and a number
        r.firstName = contact.text(u"first_name");
        r.lastName = contact.text(u"last_name");
        r.account = contact.text(u"company");
        r.email = contact.text(u"email");
        r.phone = contact.text(u"phone");
        r.city = contact.text(u"city");
        r.country = contact.text(u"country");
        return r;
    }
    r.salutation = contact.text(u"salutation");
    r.firstName = contact.text(u"first_name");
    r.lastName = contact.text(u"last_name");
    r.language = contact.text(u"language");
    r.email = contact.text(u"primary_email");
    r.phone = contact.text(u"primary_phone");
    if (const QString account = contact.text(u"account_id"); !account.isEmpty())
        if (const auto a = store.fetch(EntityType::Account, account))
            r.account = a->text(u"name");
    const QJsonArray addresses = QJsonDocument::fromJson(contact.text(u"addresses").toUtf8()).array();
    const QJsonObject first = addresses.isEmpty() ? QJsonObject() : addresses.first().toObject();
    r.street = first.value(QLatin1String("street")).toString();
    r.postalCode = first.value(QLatin1String("postal_code")).toString();
    r.city = first.value(QLatin1String("city")).toString();
    r.country = first.value(QLatin1String("country")).toString();
    return r;
}
} // namespace

Result<Campaigns::Plan> Campaigns::send(RecordStore& store, const QString& campaignId)
{
    auto campaign = campaignOf(store, campaignId);
    if (!campaign)
        return campaign.error();
    const QString status = campaign->text(u"status");
    if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
        return Error{tr("%1 has ended: it cannot go out.").arg(campaign->text(u"name")), {}};
    auto existing = membersOf(store.database(), campaignId);
    if (!existing)
        return existing.error();
    const QString channel = consentChannel(campaign->text(u"channel"));
    Plan plan;
    plan.sending = true;
    plan.channel = channel;
    QSet<QString> addresses; // one mail to a mailbox: a lead and a contact of one address are one person
    QList<QHash<QString, Membership>::const_iterator> planned; // contacts first: the mail names their company
    for (auto it = existing->cbegin(); it != existing->cend(); ++it)
        if (it->status == kPlanned)
            planned << it;
    std::stable_partition(planned.begin(), planned.end(),
                          [](const auto& it) { return it->type == EntityType::Contact; });
    for (const auto& it : std::as_const(planned)) {
        const auto person = store.fetch(it->type, it.key());
        const QString why = person ? whyNot(store.database(), *person, channel) : tr("Deleted");
        if (!why.isEmpty()) {
            plan.excluded << std::pair{person ? nameOf(*person) : it.key(), why};
        } else {
            ++plan.added;
            const Recipient r = recipientFrom(store, *person);
            const QString address = channel == QLatin1String("email")   ? r.email.trimmed().toLower()
                                    : channel == QLatin1String("phone") ? r.phone
                                                                        : QString();
            if (address.isEmpty() || !addresses.contains(address))
                plan.recipients << r;
            addresses.insert(address);
        }
        plan.mutations << Mutation::update(
            Record(EntityType::CampaignMember, it->memberId).set(u"status", why.isEmpty() ? kSent : kExcluded));
    }
    if (status == QLatin1String("planned") && plan.added > 0)
        plan.mutations << Mutation::update(
            Record(EntityType::Campaign, campaignId).set(u"status", QStringLiteral("active")));
    std::sort(plan.recipients.begin(), plan.recipients.end(), [](const Recipient& a, const Recipient& b) {
        return std::tie(a.lastName, a.firstName, a.account) < std::tie(b.lastName, b.firstName, b.account);
    });
    return plan;
}

Result<QList<Mutation>> Campaigns::respond(RecordStore& store, const QString& memberId, const QString& kind, qint64 at)
{
    const auto member = store.fetch(EntityType::CampaignMember, memberId);
    if (!member)
        return Error{tr("There is no campaign member %1.").arg(memberId), {}};
    const Enumeration& kinds = *Schema::entity(EntityType::CampaignResponse).field(u"kind")->enumeration;
    if (!kinds.keys.contains(kind))
        return Error{tr("\"%1\" is not a response: %2.").arg(kind, kinds.keys.join(QStringLiteral(", "))), {}};
    const QString status = member->text(u"status");
    if (status == kPlanned || status == kExcluded)
        return Error{tr("The campaign has not reached this member: there is no response to record."), {}};
    const QString contactId = member->text(u"contact_id");
    const QString leadId = member->text(u"lead_id");
    Record response(EntityType::CampaignResponse);
    response.set(u"campaign_id", member->text(u"campaign_id"))
        .set(u"member_id", memberId)
        .set(u"kind", kind)
        .set(u"responded_at", at);
    if (!contactId.isEmpty()) // a lead's response is theirs through the member
        response.set(u"contact_id", contactId);
    QList<Mutation> out{Mutation::create(response)};
    const bool unsubscribed = kind == QLatin1String("unsubscribed");
    if (status != kOptedOut && (unsubscribed || status == kSent))
        out << Mutation::update(
            Record(EntityType::CampaignMember, memberId).set(u"status", unsubscribed ? kOptedOut : kResponded));
    if (unsubscribed && (!contactId.isEmpty() || !leadId.isEmpty())) {
        // The person said no: no more marketing on this channel, from any campaign, until they say yes again.
        auto campaign = campaignOf(store, member->text(u"campaign_id"));
        const auto person =
            contactId.isEmpty() ? store.fetch(EntityType::Lead, leadId) : store.fetch(EntityType::Contact, contactId);
        if (campaign && person) {
            const QString channel = consentChannel(campaign->text(u"channel"));
            auto withdraw = [&](const Record& who) {
                Consent consent = Consent::fromJson(who.text(u"consent"));
                ChannelConsent c = consent.channel(channel).value_or(ChannelConsent{});
                if (c.marketing == false)
                    return;
                c.marketing = false;
                c.source = QStringLiteral("unsubscribed"); // shown in each reader's language
                c.campaign = campaign->text(u"name");
                c.date = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date();
                consent.setChannel(channel, c);
                out << Mutation::update(Record(who.type(), who.id()).set(u"consent", consent.toJson()));
            };
            withdraw(*person);
            // A lead converted since the campaign went out is that contact now: they said no too.
            if (const QString became =
                    person->type() == EntityType::Lead ? person->text(u"converted_contact_id") : QString();
                !became.isEmpty())
                if (const auto contact = store.fetch(EntityType::Contact, became))
                    withdraw(*contact);
        }
    }
    return out;
}

Result<QList<std::pair<QString, QString>>> Campaigns::accepting(Database& db)
{
    QList<std::pair<QString, QString>> out;
    const Status s = each(db,
                          QStringLiteral("SELECT id, name FROM campaigns WHERE deleted = 0 AND status IN ('planned', "
                                         "'active') ORDER BY coalesce(start_date, '') DESC, sort_key"),
                          {}, [&](SqlStatement& st) { out << std::pair{st.text(0), st.text(1)}; });
    if (!s)
        return s.error();
    return out;
}

Result<QStringList> Campaigns::contactTags(Database& db)
{
    QStringList out;
    const Status s = each(db,
                          QStringLiteral("SELECT DISTINCT value FROM contacts, json_each(contacts.tags) WHERE "
                                         "contacts.deleted = 0 ORDER BY 1"),
                          {}, [&](SqlStatement& st) { out << st.text(0); });
    if (!s)
        return s.error();
    return out;
}

Result<QStringList> Campaigns::contactsTagged(Database& db, const QString& tag)
{
    QStringList out;
    const Status s = each(db,
                          QStringLiteral("SELECT id FROM contacts WHERE deleted = 0 AND EXISTS (SELECT 1 FROM "
                                         "json_each(contacts.tags) WHERE value = ?) ORDER BY sort_key"),
                          {tag}, [&](SqlStatement& st) { out << st.text(0); });
    if (!s)
        return s.error();
    return out;
}

namespace {
/// The people at an account scored as a customer (schema 21), each with their account's segment.
const char* const PeopleAtCustomers =
    "FROM contacts c JOIN accounts a ON a.id = c.account_id JOIN customer_scores s ON "
    "s.account_rid = a.rid WHERE c.deleted = 0 AND c.merged_into IS NULL AND "
    "a.deleted = 0 AND a.merged_into IS NULL";
} // namespace

Result<QStringList> Campaigns::contactsAtCustomers(Database& db, const QString& segment)
{
    QStringList out;
    const Status s = each(
        db,
        QStringLiteral("SELECT c.id %1 AND s.segment = ? ORDER BY c.sort_key").arg(QLatin1String(PeopleAtCustomers)),
        {segment}, [&](SqlStatement& st) { out << st.text(0); });
    if (!s)
        return s.error();
    return out;
}

Result<QList<std::pair<QString, int>>> Campaigns::peopleBySegment(Database& db)
{
    QHash<QString, int> counts;
    const Status s = each(
        db, QStringLiteral("SELECT s.segment, count(*) %1 GROUP BY s.segment").arg(QLatin1String(PeopleAtCustomers)),
        {}, [&](SqlStatement& st) { counts.insert(st.text(0), int(st.int64(1))); });
    if (!s)
        return s.error();
    QList<std::pair<QString, int>> out;
    for (const QString& key : Schema::customerSegments().keys)
        if (counts.value(key) > 0)
            out.append({key, counts.value(key)});
    return out;
}

namespace {
/// Leads that may still be won: converted ones are contacts now.
const char* const OpenLeads = "FROM leads WHERE deleted = 0 AND status <> 'converted'";
} // namespace

Result<QStringList> Campaigns::leadsWithStatus(Database& db, const QString& status)
{
    QStringList out;
    const Status s =
        each(db, QStringLiteral("SELECT id %1 AND status = ? ORDER BY sort_key").arg(QLatin1String(OpenLeads)),
             {status}, [&](SqlStatement& st) { out << st.text(0); });
    if (!s)
        return s.error();
    return out;
}

Result<QList<std::pair<QString, int>>> Campaigns::leadsByStatus(Database& db)
{
    QHash<QString, int> counts;
    const Status s =
        each(db, QStringLiteral("SELECT status, count(*) %1 GROUP BY status").arg(QLatin1String(OpenLeads)), {},
             [&](SqlStatement& st) { counts.insert(st.text(0), int(st.int64(1))); });
    if (!s)
        return s.error();
    QList<std::pair<QString, int>> out;
    for (const QString& key : Schema::entity(EntityType::Lead).field(u"status")->enumeration->keys)
        if (counts.value(key) > 0)
            out.append({key, counts.value(key)});
    return out;
}

Result<QList<Campaigns::Member>> Campaigns::members(Database& db, const QString& campaignId, int limit)
{
    QString channel;
    Status s = each(db, QStringLiteral("SELECT channel FROM campaigns WHERE id = ?"), {campaignId},
                    [&](SqlStatement& st) { channel = consentChannel(st.text(0)); });
    if (!s)
        return s.error();
    QList<Member> out;
    s = each(db,
             QStringLiteral(
                 "SELECT m.id, m.contact_id, m.lead_id, coalesce(c.display_title, l.display_title, ''), "
                 "coalesce(a.name, l.company, ''), m.status, r.kind, r.responded_at, coalesce(c.primary_email, "
                 "l.email), coalesce(c.primary_phone, l.phone), coalesce(c.city, l.city), coalesce(c.consent, "
                 "l.consent), c.addresses, coalesce(c.deleted, l.deleted), l.status "
                 "FROM campaign_members m LEFT JOIN contacts c ON c.id = m.contact_id LEFT JOIN accounts a ON a.id = "
                 "c.account_id LEFT JOIN leads l ON l.id = m.lead_id LEFT JOIN campaign_responses r ON r.rid = "
                 "(SELECT r2.rid FROM campaign_responses r2 WHERE r2.member_id = m.id AND r2.deleted = 0 ORDER BY "
                 "r2.responded_at DESC LIMIT 1) WHERE m.campaign_id = ? AND m.deleted = 0 ORDER BY "
                 "coalesce(c.sort_key, l.sort_key), m.rid LIMIT ?"),
             {campaignId, limit}, [&](SqlStatement& st) {
                 Member m;
                 m.id = st.text(0);
                 m.contactId = st.text(1);
                 m.leadId = st.text(2);
                 m.name = st.text(3);
                 m.account = st.text(4);
                 m.status = st.text(5);
                 m.response = st.text(6);
                 m.respondedAt = st.int64(7);
                 m.address = channel == QLatin1String("email")   ? st.text(8)
                             : channel == QLatin1String("phone") ? st.text(9)
                                                                 : st.text(10);
                 if (m.status == kExcluded) {
                     // Why, as they are now: the fields refusal() reads, under the names of their kind.
                     const bool lead = m.contactId.isEmpty();
                     Record person(lead ? EntityType::Lead : EntityType::Contact, lead ? m.leadId : m.contactId);
                     person.set(lead ? u"email" : u"primary_email", st.text(8))
                         .set(lead ? u"phone" : u"primary_phone", st.text(9))
                         .set(u"consent", st.text(11));
                     if (lead)
                         person.set(u"status", st.text(14));
                     else
                         person.set(u"addresses", st.text(12));
                     m.reason = st.int64(13) != 0 ? tr("Deleted") : whyNot(db, person, channel);
                     if (m.reason.isEmpty())
                         m.reason = tr("Consent given since: add them again");
                 }
                 out << m;
             });
    if (!s)
        return s.error();
    return out;
}

Result<Campaigns::Results> Campaigns::results(Database& db, const QString& campaignId, QDate ratesOf)
{
    Results r;
    bool found = false;
    Status s = each(db, QStringLiteral("SELECT budget, currency FROM campaigns WHERE id = ? AND deleted = 0"),
                    {campaignId}, [&](SqlStatement& st) {
                        found = true;
                        r.budget = st.int64(0);
                        r.currency = st.text(1).isEmpty() ? QStringLiteral("EUR") : st.text(1);
                    });
    if (!s)
        return s.error();
    if (!found)
        return Error{tr("There is no campaign %1.").arg(campaignId), {}};
    s = each(db,
             QStringLiteral("SELECT status, count(*) FROM campaign_members WHERE campaign_id = ? AND deleted = 0 GROUP "
                            "BY status"),
             {campaignId}, [&](SqlStatement& st) {
                 r.members.insert(st.text(0), int(st.int64(1)));
                 if (st.text(0) == kSent || st.text(0) == kResponded || st.text(0) == kOptedOut)
                     r.reached += int(st.int64(1));
             });
    if (!s)
        return s.error();
    s = each(db,
             QStringLiteral("SELECT kind, count(DISTINCT coalesce(member_id, contact_id)) FROM campaign_responses "
                            "WHERE campaign_id = ? AND deleted = 0 GROUP BY kind"),
             {campaignId}, [&](SqlStatement& st) { r.responses.insert(st.text(0), int(st.int64(1))); });
    if (!s)
        return s.error();
    s = each(db,
             QStringLiteral("SELECT count(DISTINCT coalesce(member_id, contact_id)) FROM campaign_responses WHERE "
                            "campaign_id = ? AND deleted = 0 AND kind <> 'unsubscribed'"),
             {campaignId}, [&](SqlStatement& st) { r.responded = int(st.int64(0)); });
    if (!s)
        return s.error();
    s = each(db, QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id = ? AND deleted = 0"), {campaignId},
             [&](SqlStatement& st) { r.leads = int(st.int64(0)); });
    if (!s)
        return s.error();
    s = each(db,
             QStringLiteral("SELECT stage = 'closed_won', currency, count(*), sum(amount) FROM opportunities WHERE "
                            "campaign_id = ? AND deleted = 0 GROUP BY 1, 2"),
             {campaignId}, [&](SqlStatement& st) {
                 r.deals += int(st.int64(2));
                 if (st.int64(0) != 0) {
                     r.won += int(st.int64(2));
                     r.wonAmounts[st.text(1)] += st.int64(3);
                 }
             });
    if (!s)
        return s.error();
    if (!r.wonAmounts.isEmpty()) {
        auto rates = Rates::load(db, r.currency);
        if (!rates)
            return rates.error();
        const RateConverter convert(*rates, ratesOf.isValid() ? ratesOf : QDate::currentDate(), r.unconverted);
        for (auto it = r.wonAmounts.cbegin(); it != r.wonAmounts.cend(); ++it)
            r.wonTotal += convert(it.value(), it.key());
    }
    return r;
}

} // namespace rapport
