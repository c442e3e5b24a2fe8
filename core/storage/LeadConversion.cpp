// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LeadConversion.h"

#include "domain/Consent.h"
#include "search/TextFold.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {

namespace {

QString personName(const Record& lead)
{
    return (lead.text(u"first_name") + QLatin1Char(' ') + lead.text(u"last_name")).trimmed();
}

/// The lead as the contact it becomes.
Record contactOf(const Record& lead, const QString& accountId)
{
    Record c(EntityType::Contact);
    c.set(u"first_name", lead.value(u"first_name"))
        .set(u"last_name", lead.value(u"last_name"))
        .set(u"account_id", accountId);
    if (!lead.text(u"job_title").isEmpty())
        c.set(u"job_title", lead.text(u"job_title"));
    if (!lead.text(u"email").isEmpty())
        c.set(u"emails", QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject{
                                                             {QStringLiteral("type"), QStringLiteral("work")},
                                                             {QStringLiteral("address"), lead.text(u"email")}}})
                                               .toJson(QJsonDocument::Compact)));
    if (!lead.text(u"phone").isEmpty())
        c.set(u"phones", QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject{
                                                             {QStringLiteral("type"), QStringLiteral("work")},
                                                             {QStringLiteral("number"), lead.text(u"phone")}}})
                                               .toJson(QJsonDocument::Compact)));
    if (!lead.text(u"owner_id").isEmpty())
        c.set(u"owner_id", lead.text(u"owner_id"));
    if (!lead.text(u"consent").isEmpty())
        c.set(u"consent", lead.text(u"consent"));
    return c;
}

/// An existing contact's consent with what the lead said added, purpose by purpose: an answer the contact never
/// gave is taken from the lead; one it gave is replaced only by a lead's answer known to be later (both dated), so
/// an undated "no" stays a "no". The contact's days and hours stay unless it has none. Empty when nothing changes.
QString consentWithLeads(const Record& contact, const Record& lead)
{
    const Consent theirs = Consent::fromJson(lead.text(u"consent"));
    Consent merged = Consent::fromJson(contact.text(u"consent"));
    const Consent before = merged;
    for (const QString& channel : Consent::channelKeys()) {
        const auto said = theirs.channel(channel);
        if (!said)
            continue;
        const auto known = merged.channel(channel);
        if (!known) {
            merged.setChannel(channel, *said);
            continue;
        }
        ChannelConsent c = *known;
        const bool later = said->date.isValid() && known->date.isValid() && said->date > known->date;
        bool taken = false;
        for (auto purpose : {&ChannelConsent::service, &ChannelConsent::marketing}) {
            const std::optional<bool>& answer = (*said).*purpose;
            if (answer.has_value() && (!(c.*purpose).has_value() || later) && c.*purpose != answer) {
                c.*purpose = answer;
                taken = true;
            }
        }
        if (taken && later) { // where and when the answer now in force was given
            c.source = said->source;
            c.date = said->date;
        }
        if (c.days.isEmpty() && !c.from.isValid() && !c.to.isValid()) {
            c.days = said->days;
            c.from = said->from;
            c.to = said->to;
        }
        merged.setChannel(channel, c);
    }
    return merged == before ? QString() : merged.toJson();
}

} // namespace

Result<LeadConversionPlan> LeadConversion::plan(RecordStore& store, const QString& leadId, const QString& phoneRegion)
{
    auto lead = store.fetch(EntityType::Lead, leadId);
    if (!lead)
        return Error{tr("There is no lead %1.").arg(leadId), {}};
    if (lead->text(u"status") == u"converted" || !lead->text(u"converted_contact_id").isEmpty())
        return Error{tr("%1 was converted already.").arg(personName(*lead)), {}};
    LeadConversionPlan p;
    p.lead = *lead;
    p.accountName = lead->text(u"company").trimmed();
    if (p.accountName.isEmpty())
        p.accountName = personName(*lead); // a private customer: the account is the person
    // The company may be a customer already: the same name, folded, through the name index.
    auto st = store.database().statements().get(QStringLiteral(
        "SELECT id, name FROM accounts WHERE sort_key = ? AND deleted = 0 AND merged_into IS NULL ORDER BY rid"));
    st->bind(1, foldText(p.accountName));
    while (p.accountId.isEmpty() && st->step() == SqlStatement::Step::Row)
        if (st->text(1).compare(p.accountName, Qt::CaseInsensitive) == 0)
            p.accountId = st->text(0);
    // The person may be in the book already (the same address, number, or name at that account).
    Record probe = contactOf(*lead, p.accountId);
    probe.set(u"account_id", p.accountId.isEmpty() ? QVariant() : QVariant(p.accountId));
    if (auto found = Duplicates::candidatesFor(store.database(), probe, phoneRegion); found)
        p.duplicates = *found;
    p.dealName = tr("%1: new business").arg(p.accountName);
    return p;
}

Result<ConvertedLead> LeadConversion::convert(RecordStore& store, const LeadConversionPlan& plan)
{
    ConvertedLead made;
    if (auto applied = store.apply(mutations(store, plan, made)); !applied)
        return applied.error();
    return made;
}

QList<Mutation> LeadConversion::mutations(RecordStore& store, const LeadConversionPlan& p, ConvertedLead& made)
{
    QList<Mutation> writes;
    made.accountId = p.accountId;
    if (made.accountId.isEmpty()) {
        Record account(EntityType::Account, store.newId());
        account.set(u"name", p.accountName);
        if (!p.lead.text(u"city").isEmpty() || !p.lead.text(u"country").isEmpty())
            account.set(u"addresses", QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject{
                                                                          {QStringLiteral("type"), QStringLiteral("work")},
                                                                          {QStringLiteral("city"), p.lead.text(u"city")},
                                                                          {QStringLiteral("country"), p.lead.text(u"country")}}})
                                                            .toJson(QJsonDocument::Compact)));
        if (!p.lead.text(u"owner_id").isEmpty())
            account.set(u"owner_id", p.lead.text(u"owner_id"));
        made.accountId = account.id();
        writes << Mutation::create(account);
    }
    made.contactId = p.contactId;
    if (made.contactId.isEmpty()) {
        Record contact = contactOf(p.lead, made.accountId);
        contact.setId(store.newId());
        made.contactId = contact.id();
        writes << Mutation::create(contact);
    } else if (const auto contact = store.fetch(EntityType::Contact, made.contactId)) {
        // The person in the book already: what they agreed to as a lead is not forgotten.
        if (const QString consent = consentWithLeads(*contact, p.lead); !consent.isEmpty())
            writes << Mutation::update(Record(EntityType::Contact, made.contactId).set(u"consent", consent));
    }
    if (p.openDeal) {
        Record deal(EntityType::Opportunity, store.newId());
        deal.set(u"name", p.dealName.trimmed().isEmpty() ? tr("%1: new business").arg(p.accountName) : p.dealName.trimmed())
            .set(u"account_id", made.accountId)
            .set(u"contact_id", made.contactId)
            .set(u"stage", QStringLiteral("prospecting"))
            .set(u"currency", p.currency);
        if (p.amount > 0)
            deal.set(u"amount", p.amount);
        if (!p.expectedClose.isEmpty())
            deal.set(u"expected_close", p.expectedClose);
        for (const char* field : {"source", "campaign_id", "owner_id"})
            if (!p.lead.text(QLatin1String(field)).isEmpty())
                deal.set(QLatin1String(field), p.lead.value(QLatin1String(field)));
        made.opportunityId = deal.id();
        writes << Mutation::create(deal);
    }
    Record lead(EntityType::Lead, p.lead.id());
    lead.set(u"status", QStringLiteral("converted"))
        .set(u"converted_account_id", made.accountId)
        .set(u"converted_contact_id", made.contactId)
        .set(u"converted_at", QDateTime::currentMSecsSinceEpoch());
    if (!made.opportunityId.isEmpty())
        lead.set(u"converted_opportunity_id", made.opportunityId);
    writes << Mutation::update(lead);
    return writes;
}

} // namespace rapport
