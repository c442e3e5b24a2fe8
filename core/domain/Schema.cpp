// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Schema.h"

#include <QReadWriteLock>

#include <QCoreApplication>

#include <map>

namespace rapport {

namespace {

/// The company's names for the stages (Schema::setStageNames), read by every thread that shows a stage.
struct StageNames
{
    QReadWriteLock lock;
    QHash<QString, QString> names;
};

StageNames& stageNames()
{
    static StageNames n;
    return n;
}

} // namespace

QString Enumeration::label(QStringView key) const
{
    int i = indexOf(key);
    if (i < 0)
        i = indexOf(keyOf(key)); // a label written out before it was stored as its key
    if (i < 0)
        return key.toString();
    if (this == &Schema::stages()) {
        StageNames& custom = stageNames();
        QReadLocker locked(&custom.lock);
        if (const auto it = custom.names.constFind(key.toString()); it != custom.names.cend())
            return *it;
    }
    return QCoreApplication::translate("Enum", labels[i], disambiguation);
}

QString Enumeration::keyOf(QStringView text) const
{
    const QStringView wanted = text.trimmed();
    if (indexOf(wanted) >= 0)
        return wanted.toString();
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (wanted.compare(QLatin1String(labels[i]), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QCoreApplication::translate("Enum", labels[i], disambiguation), Qt::CaseInsensitive) == 0)
            return keys[i];
    return wanted.toString();
}

QStringList Enumeration::spellingsOf(QStringView key) const
{
    const int i = indexOf(key);
    if (i < 0)
        return {key.toString()};
    QStringList out{keys[i], QLatin1String(labels[i])};
    if (const QString translated = QCoreApplication::translate("Enum", labels[i], disambiguation);
        !out.contains(translated))
        out << translated;
    return out;
}

void Schema::setStageNames(const QHash<QString, QString>& names)
{
    StageNames& custom = stageNames();
    QWriteLocker locked(&custom.lock);
    custom.names = names;
}

QString FieldDef::displayLabel() const
{
    return QCoreApplication::translate("Field", label);
}

int EntityDef::indexOf(QAnyStringView field) const
{
    // A linear scan beats hashing here: under 40 short names, and no temporary QString.
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (QAnyStringView(fields[i].name) == field)
            return static_cast<int>(i);
    return -1;
}

const FieldDef* EntityDef::field(QAnyStringView name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &fields[i];
}

QString EntityDef::displayLabel() const
{
    return QCoreApplication::translate("Entity", label);
}

QString EntityDef::displayPluralLabel() const
{
    return QCoreApplication::translate("Entity", pluralLabel);
}

QString EntityDef::displayLabelInSentence() const
{
    return QCoreApplication::translate("Entity", labelInSentence);
}

namespace {

Enumeration makeEnum(std::initializer_list<std::pair<const char*, const char*>> items)
{
    Enumeration e;
    for (const auto& [key, label] : items) {
        e.keys << QString::fromLatin1(key);
        e.labels << label;
    }
    return e;
}

/// An enumeration whose labels carry a translators' note (QT_TRANSLATE_NOOP3), the same for all.
struct NotedLabel
{
    const char* source;
    const char* comment;
};
Enumeration makeEnum(std::initializer_list<std::pair<const char*, NotedLabel>> items)
{
    Enumeration e;
    for (const auto& [key, label] : items) {
        e.keys << QString::fromLatin1(key);
        e.labels << label.source;
        e.disambiguation = label.comment;
    }
    return e;
}

// Enumerations. Labels are marked for translation in the "Enum" context.
const Enumeration kRoles = makeEnum({{"rep", QT_TRANSLATE_NOOP("Enum", "Sales rep")},
                                     {"agent", QT_TRANSLATE_NOOP("Enum", "Service agent")},
                                     {"manager", QT_TRANSLATE_NOOP("Enum", "Manager")},
                                     {"admin", QT_TRANSLATE_NOOP("Enum", "Administrator")}});
const Enumeration kEmailTypes = makeEnum({{"work", QT_TRANSLATE_NOOP("Enum", "Work")},
                                          {"home", QT_TRANSLATE_NOOP("Enum", "Home")},
                                          {"other", QT_TRANSLATE_NOOP("Enum", "Other")}});
const Enumeration kPhoneTypes = makeEnum({{"work", QT_TRANSLATE_NOOP("Enum", "Work")},
                                          {"mobile", QT_TRANSLATE_NOOP("Enum", "Mobile")},
                                          {"home", QT_TRANSLATE_NOOP("Enum", "Home")},
                                          {"fax", QT_TRANSLATE_NOOP("Enum", "Fax")},
                                          {"other", QT_TRANSLATE_NOOP("Enum", "Other")}});
const Enumeration kAddressTypes = makeEnum({{"work", QT_TRANSLATE_NOOP("Enum", "Work")},
                                            {"home", QT_TRANSLATE_NOOP("Enum", "Home")},
                                            {"billing", QT_TRANSLATE_NOOP("Enum", "Billing")},
                                            {"shipping", QT_TRANSLATE_NOOP("Enum", "Shipping")},
                                            {"other", QT_TRANSLATE_NOOP("Enum", "Other")}});
const Enumeration kTeamKinds = makeEnum({{"sales", QT_TRANSLATE_NOOP("Enum", "Sales")},
                                         {"service", QT_TRANSLATE_NOOP("Enum", "Service")},
                                         {"marketing", QT_TRANSLATE_NOOP("Enum", "Marketing")}});
/// Customers by their RFM scores (CustomerReports), from the most valuable.
const Enumeration kCustomerSegments = makeEnum({{"champions", QT_TRANSLATE_NOOP("Enum", "Champions")},
                                                {"loyal", QT_TRANSLATE_NOOP("Enum", "Loyal")},
                                                {"promising", QT_TRANSLATE_NOOP("Enum", "Promising")},
                                                {"new", QT_TRANSLATE_NOOP("Enum", "New customers")},
                                                {"attention", QT_TRANSLATE_NOOP("Enum", "Need attention")},
                                                {"cant_lose", QT_TRANSLATE_NOOP("Enum", "Cannot lose them")},
                                                {"at_risk", QT_TRANSLATE_NOOP("Enum", "At risk")},
                                                {"hibernating", QT_TRANSLATE_NOOP("Enum", "Hibernating")},
                                                {"lost", QT_TRANSLATE_NOOP("Enum", "Lost")}});
// Why deals are lost: suggested, not imposed (a text field), so that reasons written in any language group together
// in the win/loss report, while a reason of one's own is kept as written.
const Enumeration kLossReasons = makeEnum({{"price", QT_TRANSLATE_NOOP("Enum", "Price too high")},
                                           {"competitor", QT_TRANSLATE_NOOP("Enum", "Chose a competitor")},
                                           {"no_budget", QT_TRANSLATE_NOOP("Enum", "No budget")},
                                           {"no_decision", QT_TRANSLATE_NOOP("Enum", "No decision")},
                                           {"postponed", QT_TRANSLATE_NOOP("Enum", "Project postponed")},
                                           {"missing_feature", QT_TRANSLATE_NOOP("Enum", "Missing feature")},
                                           {"relationship", QT_TRANSLATE_NOOP("Enum", "Relationship")}});
// What a product is sold by, as a quote's Unit column says it in the reader's language; suggested, not imposed.
const Enumeration kUnits = makeEnum({{"piece", QT_TRANSLATE_NOOP3("Enum", "piece", "unit of sale")},
                                     {"hour", QT_TRANSLATE_NOOP3("Enum", "hour", "unit of sale")},
                                     {"day", QT_TRANSLATE_NOOP3("Enum", "day", "unit of sale")},
                                     {"month", QT_TRANSLATE_NOOP3("Enum", "month", "unit of sale")},
                                     {"year", QT_TRANSLATE_NOOP3("Enum", "year", "unit of sale")},
                                     {"project", QT_TRANSLATE_NOOP3("Enum", "project", "unit of sale")},
                                     {"user/year", QT_TRANSLATE_NOOP3("Enum", "user/year", "unit of sale")},
                                     {"site/year", QT_TRANSLATE_NOOP3("Enum", "site/year", "unit of sale")},
                                     {"user", QT_TRANSLATE_NOOP3("Enum", "user", "unit of sale")},
                                     {"box", QT_TRANSLATE_NOOP3("Enum", "box", "unit of sale")},
                                     {"kit", QT_TRANSLATE_NOOP3("Enum", "kit", "unit of sale")}});
// What a ticket is about; suggested, not imposed, so that the queue reads it in each agent's language.
const Enumeration kTicketCategories =
    makeEnum({{"technical", QT_TRANSLATE_NOOP3("Enum", "Technical", "ticket category")},
              {"account", QT_TRANSLATE_NOOP3("Enum", "Account", "ticket category")},
              {"billing", QT_TRANSLATE_NOOP3("Enum", "Billing", "ticket category")},
              {"delivery", QT_TRANSLATE_NOOP3("Enum", "Delivery", "ticket category")},
              {"training", QT_TRANSLATE_NOOP3("Enum", "Training", "ticket category")}});
// How a customer gave or withdrew consent (Consent::source); suggested, not imposed.
const Enumeration kConsentSources =
    makeEnum({{"web_form", QT_TRANSLATE_NOOP3("Enum", "Web form", "consent source")},
              {"phone_call", QT_TRANSLATE_NOOP3("Enum", "Phone call", "consent source")},
              {"email", QT_TRANSLATE_NOOP3("Enum", "Email", "consent source")},
              {"in_person", QT_TRANSLATE_NOOP3("Enum", "In person", "consent source")},
              {"trade_fair", QT_TRANSLATE_NOOP3("Enum", "Trade fair", "consent source")},
              {"business_card", QT_TRANSLATE_NOOP3("Enum", "Business card", "consent source")},
              {"contract", QT_TRANSLATE_NOOP3("Enum", "Contract", "consent source")},
              {"campaign_reply", QT_TRANSLATE_NOOP3("Enum", "Campaign reply", "consent source")},
              {"unsubscribed", QT_TRANSLATE_NOOP3("Enum", "Unsubscribed", "consent source")}});
const Enumeration kIndustries = makeEnum({{"automotive", QT_TRANSLATE_NOOP("Enum", "Automotive")},
                                          {"banking", QT_TRANSLATE_NOOP("Enum", "Banking")},
                                          {"chemicals", QT_TRANSLATE_NOOP("Enum", "Chemicals")},
                                          {"construction", QT_TRANSLATE_NOOP("Enum", "Construction")},
                                          {"consulting", QT_TRANSLATE_NOOP("Enum", "Consulting")},
                                          {"education", QT_TRANSLATE_NOOP("Enum", "Education")},
                                          {"energy", QT_TRANSLATE_NOOP("Enum", "Energy")},
                                          {"food", QT_TRANSLATE_NOOP("Enum", "Food and beverage")},
                                          {"government", QT_TRANSLATE_NOOP("Enum", "Government")},
                                          {"healthcare", QT_TRANSLATE_NOOP("Enum", "Healthcare")},
                                          {"insurance", QT_TRANSLATE_NOOP("Enum", "Insurance")},
                                          {"logistics", QT_TRANSLATE_NOOP("Enum", "Logistics")},
                                          {"manufacturing", QT_TRANSLATE_NOOP("Enum", "Manufacturing")},
                                          {"media", QT_TRANSLATE_NOOP("Enum", "Media")},
                                          {"pharma", QT_TRANSLATE_NOOP("Enum", "Pharmaceuticals")},
                                          {"retail", QT_TRANSLATE_NOOP("Enum", "Retail")},
                                          {"software", QT_TRANSLATE_NOOP("Enum", "Software")},
                                          {"telecom", QT_TRANSLATE_NOOP("Enum", "Telecommunications")},
                                          {"other", QT_TRANSLATE_NOOP("Enum", "Other")}});
const Enumeration kSegments = makeEnum({{"enterprise", QT_TRANSLATE_NOOP("Enum", "Enterprise")},
                                        {"mid_market", QT_TRANSLATE_NOOP("Enum", "Mid-market")},
                                        {"small_business", QT_TRANSLATE_NOOP("Enum", "Small business")}});
const Enumeration kTiers = makeEnum({{"standard", QT_TRANSLATE_NOOP("Enum", "Standard")},
                                     {"gold", QT_TRANSLATE_NOOP("Enum", "Gold")},
                                     {"platinum", QT_TRANSLATE_NOOP("Enum", "Platinum")}});
const Enumeration kLeadSources = makeEnum({{"web", QT_TRANSLATE_NOOP("Enum", "Website")},
                                           {"referral", QT_TRANSLATE_NOOP("Enum", "Referral")},
                                           {"event", QT_TRANSLATE_NOOP("Enum", "Event")},
                                           {"campaign", QT_TRANSLATE_NOOP("Enum", "Campaign")},
                                           {"cold_call", QT_TRANSLATE_NOOP("Enum", "Cold call")},
                                           {"partner", QT_TRANSLATE_NOOP("Enum", "Partner")},
                                           {"other", QT_TRANSLATE_NOOP("Enum", "Other")}});
const Enumeration kLeadStatuses = makeEnum({{"new", QT_TRANSLATE_NOOP("Enum", "New")},
                                            {"working", QT_TRANSLATE_NOOP("Enum", "Working")},
                                            {"qualified", QT_TRANSLATE_NOOP("Enum", "Qualified")},
                                            {"unqualified", QT_TRANSLATE_NOOP("Enum", "Unqualified")},
                                            {"converted", QT_TRANSLATE_NOOP("Enum", "Converted")}});
const Enumeration kActivityTypes = makeEnum({{"call", QT_TRANSLATE_NOOP("Enum", "Call")},
                                             {"meeting", QT_TRANSLATE_NOOP("Enum", "Meeting")},
                                             {"task", QT_TRANSLATE_NOOP("Enum", "Task")},
                                             {"email", QT_TRANSLATE_NOOP("Enum", "Email")},
                                             {"note", QT_TRANSLATE_NOOP("Enum", "Note")}});
const Enumeration kCallOutcomes = makeEnum({{"connected", QT_TRANSLATE_NOOP("Enum", "Connected")},
                                            {"voicemail", QT_TRANSLATE_NOOP("Enum", "Left voicemail")},
                                            {"no_answer", QT_TRANSLATE_NOOP("Enum", "No answer")},
                                            {"busy", QT_TRANSLATE_NOOP("Enum", "Busy")},
                                            {"wrong_number", QT_TRANSLATE_NOOP("Enum", "Wrong number")}});
const Enumeration kAttendeeResponses = makeEnum({{"needs_action", QT_TRANSLATE_NOOP("Enum", "No response")},
                                                 {"accepted", QT_TRANSLATE_NOOP("Enum", "Accepted")},
                                                 {"tentative", QT_TRANSLATE_NOOP("Enum", "Tentative")},
                                                 {"declined", QT_TRANSLATE_NOOP("Enum", "Declined")}});
const Enumeration kStages = makeEnum({{"prospecting", QT_TRANSLATE_NOOP("Enum", "Prospecting")},
                                      {"qualification", QT_TRANSLATE_NOOP("Enum", "Qualification")},
                                      {"needs_analysis", QT_TRANSLATE_NOOP("Enum", "Needs analysis")},
                                      {"proposal", QT_TRANSLATE_NOOP("Enum", "Proposal")},
                                      {"negotiation", QT_TRANSLATE_NOOP("Enum", "Negotiation")},
                                      {"closed_won", QT_TRANSLATE_NOOP("Enum", "Closed won")},
                                      {"closed_lost", QT_TRANSLATE_NOOP("Enum", "Closed lost")}});
const Enumeration kForecastCategories = makeEnum({{"pipeline", QT_TRANSLATE_NOOP("Enum", "Pipeline")},
                                                  {"best_case", QT_TRANSLATE_NOOP("Enum", "Best case")},
                                                  {"commit", QT_TRANSLATE_NOOP("Enum", "Commit")},
                                                  {"omitted", QT_TRANSLATE_NOOP("Enum", "Omitted")},
                                                  {"closed", QT_TRANSLATE_NOOP("Enum", "Closed")}});
const Enumeration kQuoteStatuses = makeEnum({{"draft", QT_TRANSLATE_NOOP("Enum", "Draft")},
                                             {"sent", QT_TRANSLATE_NOOP("Enum", "Sent")},
                                             {"accepted", QT_TRANSLATE_NOOP("Enum", "Accepted")},
                                             {"declined", QT_TRANSLATE_NOOP("Enum", "Declined")},
                                             {"superseded", QT_TRANSLATE_NOOP("Enum", "Superseded")}});
// Keys as Tax::key writes them.
const Enumeration kTaxTreatments =
    makeEnum({{"domestic", QT_TRANSLATE_NOOP("Enum", "VAT charged")},
              {"reverse_charge", QT_TRANSLATE_NOOP("Enum", "Reverse charge (EU business)")},
              {"export", QT_TRANSLATE_NOOP("Enum", "Export (customer abroad)")}});
const Enumeration kBuyingRoles = makeEnum({{"decision_maker", QT_TRANSLATE_NOOP("Enum", "Decision maker")},
                                           {"economic_buyer", QT_TRANSLATE_NOOP("Enum", "Economic buyer")},
                                           {"technical_buyer", QT_TRANSLATE_NOOP("Enum", "Technical buyer")},
                                           {"influencer", QT_TRANSLATE_NOOP("Enum", "Influencer")},
                                           {"champion", QT_TRANSLATE_NOOP("Enum", "Champion")},
                                           {"user", QT_TRANSLATE_NOOP("Enum", "User")},
                                           {"gatekeeper", QT_TRANSLATE_NOOP("Enum", "Gatekeeper")},
                                           {"blocker", QT_TRANSLATE_NOOP("Enum", "Blocker")}});
const Enumeration kOrderStatuses = makeEnum({{"draft", QT_TRANSLATE_NOOP("Enum", "Draft")},
                                             {"confirmed", QT_TRANSLATE_NOOP("Enum", "Confirmed")},
                                             {"shipped", QT_TRANSLATE_NOOP("Enum", "Shipped")},
                                             {"invoiced", QT_TRANSLATE_NOOP("Enum", "Invoiced")},
                                             {"cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")}});
const Enumeration kTicketStatuses = makeEnum({{"new", QT_TRANSLATE_NOOP("Enum", "New")},
                                              {"open", QT_TRANSLATE_NOOP("Enum", "Open")},
                                              {"pending", QT_TRANSLATE_NOOP("Enum", "Waiting on customer")},
                                              {"resolved", QT_TRANSLATE_NOOP("Enum", "Resolved")},
                                              {"closed", QT_TRANSLATE_NOOP("Enum", "Closed")}});
const Enumeration kTicketPriorities = makeEnum({{"low", QT_TRANSLATE_NOOP("Enum", "Low")},
                                                {"normal", QT_TRANSLATE_NOOP("Enum", "Normal")},
                                                {"high", QT_TRANSLATE_NOOP("Enum", "High")},
                                                {"urgent", QT_TRANSLATE_NOOP("Enum", "Urgent")}});
const Enumeration kChannels = makeEnum({{"phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
                                        {"email", QT_TRANSLATE_NOOP("Enum", "Email")},
                                        {"web", QT_TRANSLATE_NOOP("Enum", "Web")},
                                        {"walk_in", QT_TRANSLATE_NOOP("Enum", "Walk-in")}});
const Enumeration kTicketEntryKinds = makeEnum({{"customer", QT_TRANSLATE_NOOP("Enum", "Customer message")},
                                                {"reply", QT_TRANSLATE_NOOP("Enum", "Reply")},
                                                {"note", QT_TRANSLATE_NOOP("Enum", "Internal note")}});
const Enumeration kAudiences = makeEnum(
    {{"internal", QT_TRANSLATE_NOOP("Enum", "Internal")}, {"customer", QT_TRANSLATE_NOOP("Enum", "Customers")}});
const Enumeration kArticleStatuses = makeEnum({{"draft", QT_TRANSLATE_NOOP("Enum", "Draft")},
                                               {"published", QT_TRANSLATE_NOOP("Enum", "Published")},
                                               {"archived", QT_TRANSLATE_NOOP("Enum", "Archived")}});
const Enumeration kCampaignChannels = makeEnum({{"email", QT_TRANSLATE_NOOP("Enum", "Email")},
                                                {"event", QT_TRANSLATE_NOOP("Enum", "Event")},
                                                {"webinar", QT_TRANSLATE_NOOP("Enum", "Webinar")},
                                                {"direct_mail", QT_TRANSLATE_NOOP("Enum", "Direct mail")},
                                                {"phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
                                                {"social", QT_TRANSLATE_NOOP("Enum", "Social media")}});
// A campaign's statuses agree with "campaign" (feminine in French, Spanish, Italian), not with an order's or a
// member's.
const Enumeration kCampaignStatuses =
    makeEnum({{"planned", QT_TRANSLATE_NOOP3("Enum", "Planned", "campaign status")},
              {"active", QT_TRANSLATE_NOOP3("Enum", "Active", "campaign status")},
              {"completed", QT_TRANSLATE_NOOP3("Enum", "Completed", "campaign status")},
              {"cancelled", QT_TRANSLATE_NOOP3("Enum", "Cancelled", "campaign status")}});
const Enumeration kMemberStatuses = makeEnum({{"planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
                                              {"sent", QT_TRANSLATE_NOOP("Enum", "Sent")},
                                              {"responded", QT_TRANSLATE_NOOP("Enum", "Responded")},
                                              {"opted_out", QT_TRANSLATE_NOOP("Enum", "Opted out")},
                                              {"excluded", QT_TRANSLATE_NOOP("Enum", "Left out")}});
const Enumeration kResponseKinds = makeEnum({{"opened", QT_TRANSLATE_NOOP("Enum", "Opened")},
                                             {"clicked", QT_TRANSLATE_NOOP("Enum", "Clicked")},
                                             {"replied", QT_TRANSLATE_NOOP("Enum", "Replied")},
                                             {"registered", QT_TRANSLATE_NOOP("Enum", "Registered")},
                                             {"attended", QT_TRANSLATE_NOOP("Enum", "Attended")},
                                             {"purchased", QT_TRANSLATE_NOOP("Enum", "Purchased")},
                                             {"unsubscribed", QT_TRANSLATE_NOOP("Enum", "Unsubscribed")}});

/// Builds an EntityDef field by field; each call returns the field for flags and limits.
class Builder
{
public:
    Builder(EntityType type, const char* name, const char* table, const char* label, const char* plural,
            const char* inSentence)
    {
        m_def.type = type;
        m_def.name = QString::fromLatin1(name);
        m_def.table = QString::fromLatin1(table);
        m_def.label = label;
        m_def.pluralLabel = plural;
        m_def.labelInSentence = inSentence;
    }

    Builder& add(const char* name, FieldType type, const char* label, std::uint16_t flags = NoFlags)
    {
        FieldDef f;
        f.name = QString::fromLatin1(name);
        f.type = type;
        f.label = label;
        f.flags = flags;
        if (type == FieldType::Text)
            f.maxLength = 200;
        m_def.fields << f;
        return *this;
    }
    Builder& text(const char* n, const char* l, std::uint16_t flags = NoFlags)
    {
        return add(n, FieldType::Text, l, flags);
    }
    Builder& longText(const char* n, const char* l, std::uint16_t flags = NoFlags)
    {
        return add(n, FieldType::LongText, l, flags);
    }
    Builder& ref(const char* n, EntityType target, const char* l, std::uint16_t flags = NoFlags)
    {
        add(n, FieldType::Ref, l, flags);
        m_def.fields.last().ref = target;
        return *this;
    }
    Builder& enumeration(const char* n, const Enumeration& e, const char* l, std::uint16_t flags = NoFlags)
    {
        add(n, FieldType::Enum, l, flags);
        m_def.fields.last().enumeration = &e;
        return *this;
    }
    Builder& json(const char* n, JsonShape shape, const char* l, std::uint16_t flags = NoFlags)
    {
        add(n, FieldType::Json, l, flags);
        m_def.fields.last().json = shape;
        return *this;
    }
    Builder& money(const char* n, const char* currencyField, const char* l, std::uint16_t flags = NoFlags)
    {
        add(n, FieldType::Money, l, flags);
        m_def.fields.last().companion = QString::fromLatin1(currencyField);
        return *this;
    }
    Builder& phone(const char* n, const char* e164Field, const char* l)
    {
        add(n, FieldType::Phone, l);
        m_def.fields.last().companion = QString::fromLatin1(e164Field);
        return *this;
    }
    Builder& integer(const char* n, const char* l, qint64 min, qint64 max, std::uint16_t flags = NoFlags)
    {
        add(n, FieldType::Integer, l, flags);
        m_def.fields.last().min = min;
        m_def.fields.last().max = max;
        return *this;
    }
    /// The range of an Integer field, or of each number in an IntList.
    Builder& range(qint64 min, qint64 max)
    {
        m_def.fields.last().min = min;
        m_def.fields.last().max = max;
        return *this;
    }
    /// Values a Text field suggests: stored as their key where chosen or typed in any language, shown in the
    /// reader's; any other text is kept as written.
    Builder& suggestions(const Enumeration& e)
    {
        m_def.fields.last().enumeration = &e;
        return *this;
    }
    Builder& maxLength(int n)
    {
        m_def.fields.last().maxLength = n;
        return *this;
    }
    Builder& searchable()
    {
        m_def.searchable = true;
        return *this;
    }
    Builder& listedByName()
    {
        m_def.listedByName = true;
        return *this;
    }
    Builder& mergeable()
    {
        m_def.mergeable = true;
        return *this;
    }
    Builder& titleDependent(EntityType type, const char* refField)
    {
        m_def.titleDependents.append({type, QString::fromLatin1(refField)});
        return *this;
    }

    EntityDef build()
    {
        // Every synced record carries its tombstone and merge pointer as ordinary, clock-stamped fields.
        add("deleted", FieldType::Bool, QT_TRANSLATE_NOOP("Field", "Deleted"), System | Hidden);
        add("merged_into", FieldType::Text, QT_TRANSLATE_NOOP("Field", "Merged into"), System | Hidden);
        m_def.fields.last().maxLength = 36;
        // What a merge changed (the survivor's fields, the records it moved), so that it can be undone on
        // any laptop: it syncs with the merge.
        if (m_def.mergeable)
            add("merge_undo", FieldType::LongText, QT_TRANSLATE_NOOP("Field", "Merge record"), System | Hidden);
        return m_def;
    }

private:
    EntityDef m_def;
};

QList<EntityDef> buildAll()
{
    using T = EntityType;
    using J = JsonShape;
    using F = FieldType;
    QList<EntityDef> all;

    all << Builder(T::User, "user", "users", QT_TRANSLATE_NOOP("Entity", "User"), QT_TRANSLATE_NOOP("Entity", "Users"), QT_TRANSLATE_NOOP("Entity", "user"))
               .text("username", QT_TRANSLATE_NOOP("Field", "User name"), Required)
               .maxLength(64)
               .text("display_name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .add("email", F::Email, QT_TRANSLATE_NOOP("Field", "Email"))
               .enumeration("role", kRoles, QT_TRANSLATE_NOOP("Field", "Role"), Required)
               .ref("team_id", T::Team, QT_TRANSLATE_NOOP("Field", "Team"))
               .ref("manager_id", T::User, QT_TRANSLATE_NOOP("Field", "Manager"))
               .add("active", F::Bool, QT_TRANSLATE_NOOP("Field", "Active"))
               .add("time_zone", F::TimeZone, QT_TRANSLATE_NOOP("Field", "Time zone"))
               .searchable()
               .listedByName()
               .build();

    all << Builder(T::Team, "team", "teams", QT_TRANSLATE_NOOP("Entity", "Team"), QT_TRANSLATE_NOOP("Entity", "Teams"), QT_TRANSLATE_NOOP("Entity", "team"))
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .enumeration("kind", kTeamKinds, QT_TRANSLATE_NOOP("Field", "Kind"), Required)
               .ref("manager_id", T::User, QT_TRANSLATE_NOOP("Field", "Manager"))
               .listedByName()
               .build();

    all << Builder(T::Account, "account", "accounts", QT_TRANSLATE_NOOP("Entity", "Account"),
                   QT_TRANSLATE_NOOP("Entity", "Accounts"), QT_TRANSLATE_NOOP("Entity", "account"))
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .ref("parent_id", T::Account, QT_TRANSLATE_NOOP("Field", "Parent account"))
               .enumeration("industry", kIndustries, QT_TRANSLATE_NOOP("Field", "Industry"))
               .enumeration("segment", kSegments, QT_TRANSLATE_NOOP("Field", "Company size"))
               .enumeration("tier", kTiers, QT_TRANSLATE_NOOP("Field", "Service tier"))
               .add("website", F::Url, QT_TRANSLATE_NOOP("Field", "Website"))
               .phone("phone", "phone_e164", QT_TRANSLATE_NOOP("Field", "Phone"))
               .add("phone_e164", F::Text, QT_TRANSLATE_NOOP("Field", "Phone (E.164)"), Derived | Hidden)
               .add("email", F::Email, QT_TRANSLATE_NOOP("Field", "Email"))
               .json("addresses", J::AddressList, QT_TRANSLATE_NOOP("Field", "Addresses"))
               .text("city", QT_TRANSLATE_NOOP("Field", "City"), Derived)
               .text("country", QT_TRANSLATE_NOOP("Field", "Country"), Derived)
               .add("vat_id", F::VatId, QT_TRANSLATE_NOOP("Field", "VAT ID"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"))
               .ref("team_id", T::Team, QT_TRANSLATE_NOOP("Field", "Team"))
               .money("annual_revenue", "currency", QT_TRANSLATE_NOOP("Field", "Annual revenue"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"))
               .integer("employees", QT_TRANSLATE_NOOP("Field", "Employees"), 0, 10'000'000)
               .json("tags", J::StringList, QT_TRANSLATE_NOOP("Field", "Tags"))
               .longText("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Rich)
               .searchable()
               .titleDependent(T::Contact, "account_id")
               .titleDependent(T::Opportunity, "account_id")
               .titleDependent(T::Ticket, "account_id")
               .listedByName()
               .mergeable()
               .build();

    all << Builder(T::Contact, "contact", "contacts", QT_TRANSLATE_NOOP("Entity", "Contact"),
                   QT_TRANSLATE_NOOP("Entity", "Contacts"),
                   QT_TRANSLATE_NOOP("Entity", "contact"))
               .text("salutation", QT_TRANSLATE_NOOP("Field", "Salutation"))
               .maxLength(40)
               .text("first_name", QT_TRANSLATE_NOOP("Field", "First name"))
               .maxLength(100)
               .text("last_name", QT_TRANSLATE_NOOP("Field", "Last name"), Required)
               .maxLength(100)
               .text("job_title", QT_TRANSLATE_NOOP("Field", "Job title"))
               .text("department", QT_TRANSLATE_NOOP("Field", "Department"))
               .ref("account_id", T::Account, QT_TRANSLATE_NOOP("Field", "Account"))
               .ref("reports_to_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Reports to"))
               .json("emails", J::EmailList, QT_TRANSLATE_NOOP("Field", "Email addresses"))
               .json("phones", J::PhoneList, QT_TRANSLATE_NOOP("Field", "Phone numbers"))
               .json("addresses", J::AddressList, QT_TRANSLATE_NOOP("Field", "Addresses"))
               .text("primary_email", QT_TRANSLATE_NOOP("Field", "Email"), Derived)
               .text("primary_phone", QT_TRANSLATE_NOOP("Field", "Phone"), Derived)
               .text("city", QT_TRANSLATE_NOOP("Field", "City"), Derived)
               .text("country", QT_TRANSLATE_NOOP("Field", "Country"), Derived)
               .add("birthday", F::Date, QT_TRANSLATE_NOOP("Field", "Birthday"))
               .add("language", F::Language, QT_TRANSLATE_NOOP("Field", "Language"))
               .maxLength(35)
               .add("time_zone", F::TimeZone, QT_TRANSLATE_NOOP("Field", "Time zone"))
               .json("consent", J::Consent, QT_TRANSLATE_NOOP("Field", "Communication consent"))
               .json("tags", J::StringList, QT_TRANSLATE_NOOP("Field", "Tags"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"))
               .ref("team_id", T::Team, QT_TRANSLATE_NOOP("Field", "Team"))
               .longText("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Rich)
               .searchable()
               .titleDependent(T::Contact, "reports_to_id")
               .titleDependent(T::Ticket, "contact_id")
               .listedByName()
               .mergeable()
               .build();

    all << Builder(T::Lead, "lead", "leads", QT_TRANSLATE_NOOP("Entity", "Lead"), QT_TRANSLATE_NOOP("Entity", "Leads"),
                   QT_TRANSLATE_NOOP("Entity", "lead"))
               .text("first_name", QT_TRANSLATE_NOOP("Field", "First name"))
               .maxLength(100)
               .text("last_name", QT_TRANSLATE_NOOP("Field", "Last name"), Required)
               .maxLength(100)
               .text("company", QT_TRANSLATE_NOOP("Field", "Company"))
               .text("job_title", QT_TRANSLATE_NOOP("Field", "Job title"))
               .add("email", F::Email, QT_TRANSLATE_NOOP("Field", "Email"))
               .phone("phone", "phone_e164", QT_TRANSLATE_NOOP("Field", "Phone"))
               .add("phone_e164", F::Text, QT_TRANSLATE_NOOP("Field", "Phone (E.164)"), Derived | Hidden)
               .text("city", QT_TRANSLATE_NOOP("Field", "City"))
               .add("country", F::Country, QT_TRANSLATE_NOOP("Field", "Country"))
               .maxLength(2)
               .json("consent", J::Consent, QT_TRANSLATE_NOOP("Field", "Communication consent"))
               .enumeration("source", kLeadSources, QT_TRANSLATE_NOOP("Field", "Source"))
               .enumeration("status", kLeadStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .add("score", F::Integer, QT_TRANSLATE_NOOP("Field", "Score")) // points, 0 to 100
               .range(0, 100)
               .ref("campaign_id", T::Campaign, QT_TRANSLATE_NOOP("Field", "Campaign"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"))
               .ref("converted_account_id", T::Account, QT_TRANSLATE_NOOP("Field", "Converted to account"))
               .ref("converted_contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Converted to contact"))
               .ref("converted_opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Converted to opportunity"))
               .add("converted_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Converted"))
               .longText("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Rich)
               .searchable()
               .listedByName()
               .build();

    all << Builder(T::Activity, "activity", "activities", QT_TRANSLATE_NOOP("Entity", "Activity"),
                   QT_TRANSLATE_NOOP("Entity", "Activities"), QT_TRANSLATE_NOOP("Entity", "activity"))
               .enumeration("type", kActivityTypes, QT_TRANSLATE_NOOP("Field", "Type"), Required)
               .text("subject", QT_TRANSLATE_NOOP("Field", "Subject"), Required)
               .longText("description", QT_TRANSLATE_NOOP("Field", "Description"))
               .add("start_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Start"))
               .add("end_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "End"))
               .add("due_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Due"))
               .add("all_day", F::Bool, QT_TRANSLATE_NOOP("Field", "All day"))
               .add("time_zone", F::TimeZone, QT_TRANSLATE_NOOP("Field", "Time zone"))
               .text("location", QT_TRANSLATE_NOOP("Field", "Location"))
               .add("done", F::Bool, QT_TRANSLATE_NOOP("Field", "Done"))
               .enumeration("outcome", kCallOutcomes, QT_TRANSLATE_NOOP("Field", "Outcome"))
               .integer("duration_s", QT_TRANSLATE_NOOP("Field", "Duration (seconds)"), 0, 86400 * 7)
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"))
               .ref("account_id", T::Account, QT_TRANSLATE_NOOP("Field", "Account"))
               .ref("opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Opportunity"))
               .ref("ticket_id", T::Ticket, QT_TRANSLATE_NOOP("Field", "Ticket"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"), Required)
               // Minutes before the start; an all-day entry's may ring on its day (-540: at 9:00).
               .json("alarms", J::IntList, QT_TRANSLATE_NOOP("Field", "Reminders (minutes before)"), Hidden)
               .range(-(60 * 24 - 1), 60 * 24 * 28)
               .add("alarm_acked_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Reminders dismissed until"), Hidden)
               .add("snoozed_until", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Snoozed until"), Hidden)
               .add("reminder_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Next reminder"), Derived | Hidden)
               .text("rrule", QT_TRANSLATE_NOOP("Field", "Recurrence"))
               .maxLength(1000)
               .json("exdates", J::IntList, QT_TRANSLATE_NOOP("Field", "Skipped occurrences"), Hidden)
               .range(0, MaxTimestamp)
               .ref("series_id", T::Activity, QT_TRANSLATE_NOOP("Field", "Series"), Hidden)
               .add("recurrence_id", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Occurrence replaced"), Hidden)
               .add("recurs_until", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Repeats until"), Derived | Hidden)
               .text("ical_uid", QT_TRANSLATE_NOOP("Field", "iCalendar UID"), Hidden)
               .maxLength(1000)
               .build();

    all << Builder(T::ActivityAttendee, "activity_attendee", "activity_attendees",
                   QT_TRANSLATE_NOOP("Entity", "Attendee"), QT_TRANSLATE_NOOP("Entity", "Attendees"),
                   QT_TRANSLATE_NOOP("Entity", "attendee"))
               .ref("activity_id", T::Activity, QT_TRANSLATE_NOOP("Field", "Activity"), Required)
               .ref("user_id", T::User, QT_TRANSLATE_NOOP("Field", "User"))
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"))
               .add("email", F::Email, QT_TRANSLATE_NOOP("Field", "Email"))
               .enumeration("response", kAttendeeResponses, QT_TRANSLATE_NOOP("Field", "Response"), Required)
               .build();

    all << Builder(T::Opportunity, "opportunity", "opportunities", QT_TRANSLATE_NOOP("Entity", "Opportunity"),
                   QT_TRANSLATE_NOOP("Entity", "Opportunities"), QT_TRANSLATE_NOOP("Entity", "opportunity"))
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .ref("account_id", T::Account, QT_TRANSLATE_NOOP("Field", "Account"), Required)
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Primary contact"))
               .enumeration("stage", kStages, QT_TRANSLATE_NOOP("Field", "Stage"), Required)
               .money("amount", "currency", QT_TRANSLATE_NOOP("Field", "Amount"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .add("probability", F::Percent, QT_TRANSLATE_NOOP("Field", "Probability"))
               .add("expected_close", F::Date, QT_TRANSLATE_NOOP("Field", "Expected close"))
               .enumeration("forecast_category", kForecastCategories, QT_TRANSLATE_NOOP("Field", "Forecast category"))
               .json("competitors", J::StringList, QT_TRANSLATE_NOOP("Field", "Competitors"))
               .money("budget", "currency", QT_TRANSLATE_NOOP("Field", "Budget"))
               .text("next_step", QT_TRANSLATE_NOOP("Field", "Next step"))
               .enumeration("source", kLeadSources, QT_TRANSLATE_NOOP("Field", "Source"))
               .ref("campaign_id", T::Campaign, QT_TRANSLATE_NOOP("Field", "Campaign"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"), Required)
               .ref("team_id", T::Team, QT_TRANSLATE_NOOP("Field", "Team"))
               .add("closed_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Closed"))
               .text("loss_reason", QT_TRANSLATE_NOOP("Field", "Loss reason"))
               .suggestions(kLossReasons)
               .longText("description", QT_TRANSLATE_NOOP("Field", "Description"))
               .searchable()
               .listedByName()
               .build();

    all << Builder(T::OpportunityLine, "opportunity_line", "opportunity_lines",
                   QT_TRANSLATE_NOOP("Entity", "Line item"), QT_TRANSLATE_NOOP("Entity", "Line items"),
                   QT_TRANSLATE_NOOP("Entity", "line item"))
               .ref("opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Opportunity"), Required)
               .ref("product_id", T::Product, QT_TRANSLATE_NOOP("Field", "Product"))
               .text("description", QT_TRANSLATE_NOOP("Field", "Description"), Required)
               .integer("quantity", QT_TRANSLATE_NOOP("Field", "Quantity"), 1, 1'000'000'000, Required)
               .money("unit_price", "currency", QT_TRANSLATE_NOOP("Field", "Unit price"), Required)
               .integer("discount_bp", QT_TRANSLATE_NOOP("Field", "Discount (basis points)"), 0, 10'000)
               .money("total", "currency", QT_TRANSLATE_NOOP("Field", "Total"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .build();

    all << Builder(T::StageChange, "stage_change", "stage_changes", QT_TRANSLATE_NOOP("Entity", "Stage change"),
                   QT_TRANSLATE_NOOP("Entity", "Stage history"),
                   QT_TRANSLATE_NOOP("Entity", "stage change"))
               .ref("opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Opportunity"), Required)
               .enumeration("from_stage", kStages, QT_TRANSLATE_NOOP("Field", "From stage"))
               .enumeration("to_stage", kStages, QT_TRANSLATE_NOOP("Field", "To stage"), Required)
               .add("changed_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Changed"), Required)
               .ref("changed_by", T::User, QT_TRANSLATE_NOOP("Field", "Changed by"))
               .money("amount", "currency", QT_TRANSLATE_NOOP("Field", "Amount"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"))
               .add("probability", F::Percent, QT_TRANSLATE_NOOP("Field", "Probability"))
               .add("expected_close", F::Date, QT_TRANSLATE_NOOP("Field", "Expected close"))
               .build();

    all << Builder(T::Product, "product", "products", QT_TRANSLATE_NOOP("Entity", "Product"),
                   QT_TRANSLATE_NOOP("Entity", "Products"), QT_TRANSLATE_NOOP("Entity", "product"))
               .text("sku", QT_TRANSLATE_NOOP("Field", "SKU"), Required)
               .maxLength(64)
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .text("category", QT_TRANSLATE_NOOP("Field", "Category"), Required)
               .text("unit", QT_TRANSLATE_NOOP("Field", "Unit"))
               .suggestions(kUnits)
               .maxLength(32)
               .add("active", F::Bool, QT_TRANSLATE_NOOP("Field", "Active"))
               .longText("description", QT_TRANSLATE_NOOP("Field", "Description"))
               .listedByName()
               .build();

    all << Builder(T::PriceBook, "price_book", "price_books", QT_TRANSLATE_NOOP("Entity", "Price book"),
                   QT_TRANSLATE_NOOP("Entity", "Price books"),
                   QT_TRANSLATE_NOOP("Entity", "price book"))
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .add("is_default", F::Bool, QT_TRANSLATE_NOOP("Field", "Default"))
               .add("active", F::Bool, QT_TRANSLATE_NOOP("Field", "Active"))
               .listedByName()
               .build();

    all << Builder(T::PriceBookEntry, "price_book_entry", "price_book_entries", QT_TRANSLATE_NOOP("Entity", "Price"),
                   QT_TRANSLATE_NOOP("Entity", "Prices"),
                   QT_TRANSLATE_NOOP("Entity", "price"))
               .ref("price_book_id", T::PriceBook, QT_TRANSLATE_NOOP("Field", "Price book"), Required)
               .ref("product_id", T::Product, QT_TRANSLATE_NOOP("Field", "Product"), Required)
               .money("unit_price", "currency", QT_TRANSLATE_NOOP("Field", "Unit price"), Required)
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .build();

    all << Builder(T::Order, "order", "orders", QT_TRANSLATE_NOOP("Entity", "Order"),
                   QT_TRANSLATE_NOOP("Entity", "Orders"),
                   QT_TRANSLATE_NOOP("Entity", "order"))
               .text("number", QT_TRANSLATE_NOOP("Field", "Number"), Required)
               .maxLength(40)
               .ref("account_id", T::Account, QT_TRANSLATE_NOOP("Field", "Account"), Required)
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"))
               .ref("opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Opportunity"))
               .add("ordered_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Ordered"), Required)
               .enumeration("status", kOrderStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .money("total", "currency", QT_TRANSLATE_NOOP("Field", "Total"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"))
               .build();

    all << Builder(T::OrderLine, "order_line", "order_lines", QT_TRANSLATE_NOOP("Entity", "Order line"),
                   QT_TRANSLATE_NOOP("Entity", "Order lines"),
                   QT_TRANSLATE_NOOP("Entity", "order line"))
               .ref("order_id", T::Order, QT_TRANSLATE_NOOP("Field", "Order"), Required)
               .ref("product_id", T::Product, QT_TRANSLATE_NOOP("Field", "Product"), Required)
               .integer("quantity", QT_TRANSLATE_NOOP("Field", "Quantity"), 1, 1'000'000'000, Required)
               .money("unit_price", "currency", QT_TRANSLATE_NOOP("Field", "Unit price"), Required)
               .integer("discount_bp", QT_TRANSLATE_NOOP("Field", "Discount (basis points)"), 0, 10'000)
               .money("total", "currency", QT_TRANSLATE_NOOP("Field", "Total"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .build();

    all << Builder(T::Ticket, "ticket", "tickets", QT_TRANSLATE_NOOP("Entity", "Ticket"),
                   QT_TRANSLATE_NOOP("Entity", "Tickets"), QT_TRANSLATE_NOOP("Entity", "ticket"))
               .text("number", QT_TRANSLATE_NOOP("Field", "Number"), Required | NotOnCreate | ReadOnly)
               .maxLength(40)
               .text("subject", QT_TRANSLATE_NOOP("Field", "Subject"), Required)
               .longText("description", QT_TRANSLATE_NOOP("Field", "Description"))
               .enumeration("status", kTicketStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .enumeration("priority", kTicketPriorities, QT_TRANSLATE_NOOP("Field", "Priority"), Required)
               .text("category", QT_TRANSLATE_NOOP("Field", "Category"))
               .suggestions(kTicketCategories)
               .enumeration("channel", kChannels, QT_TRANSLATE_NOOP("Field", "Channel"))
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"))
               .ref("account_id", T::Account, QT_TRANSLATE_NOOP("Field", "Account"))
               .ref("assignee_id", T::User, QT_TRANSLATE_NOOP("Field", "Assignee"))
               .ref("team_id", T::Team, QT_TRANSLATE_NOOP("Field", "Team"))
               .add("opened_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Opened"), Required)
               .add("first_response_due", F::Timestamp, QT_TRANSLATE_NOOP("Field", "First response due"),
                    NotOnCreate | ReadOnly)
               .add("resolution_due", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Resolution due"),
                    NotOnCreate | ReadOnly)
               .add("first_response_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "First response"),
                    NotOnCreate | ReadOnly)
               .add("resolved_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Resolved"), NotOnCreate | ReadOnly)
               .add("closed_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Closed"), NotOnCreate | ReadOnly)
               .add("paused_since", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Waiting on customer since"), Hidden)
               .integer("paused_minutes", QT_TRANSLATE_NOOP("Field", "Working minutes waited"), 0, 100'000'000, Hidden)
               .add("escalated_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Escalated"), Hidden)
               .integer("satisfaction", QT_TRANSLATE_NOOP("Field", "Satisfaction"), 1, 5, NotOnCreate)
               .longText("resolution", QT_TRANSLATE_NOOP("Field", "Resolution"), NotOnCreate)
               .searchable()
               .build();

    all << Builder(T::TicketEntry, "ticket_entry", "ticket_entries", QT_TRANSLATE_NOOP("Entity", "Ticket entry"),
                   QT_TRANSLATE_NOOP("Entity", "Conversation"),
                   QT_TRANSLATE_NOOP("Entity", "ticket entry"))
               .ref("ticket_id", T::Ticket, QT_TRANSLATE_NOOP("Field", "Ticket"), Required)
               .enumeration("kind", kTicketEntryKinds, QT_TRANSLATE_NOOP("Field", "Kind"), Required)
               .longText("body", QT_TRANSLATE_NOOP("Field", "Text"))
               .ref("author_user_id", T::User, QT_TRANSLATE_NOOP("Field", "Author"))
               .ref("author_contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Customer"))
               .enumeration("channel", kChannels, QT_TRANSLATE_NOOP("Field", "Channel"))
               .add("sent_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Sent"), Required)
               .build();

    all << Builder(T::TicketArticle, "ticket_article", "ticket_articles", QT_TRANSLATE_NOOP("Entity", "Linked article"),
                   QT_TRANSLATE_NOOP("Entity", "Linked articles"),
                   QT_TRANSLATE_NOOP("Entity", "linked article"))
               .ref("ticket_id", T::Ticket, QT_TRANSLATE_NOOP("Field", "Ticket"), Required)
               .ref("article_id", T::KnowledgeArticle, QT_TRANSLATE_NOOP("Field", "Article"), Required)
               .build();

    all << Builder(T::KnowledgeArticle, "kb_article", "kb_articles", QT_TRANSLATE_NOOP("Entity", "Knowledge article"),
                   QT_TRANSLATE_NOOP("Entity", "Knowledge base"),
                   QT_TRANSLATE_NOOP("Entity", "knowledge article"))
               .text("title", QT_TRANSLATE_NOOP("Field", "Title"), Required)
               .longText("body", QT_TRANSLATE_NOOP("Field", "Text"), Rich)
               .json("tags", J::StringList, QT_TRANSLATE_NOOP("Field", "Tags"))
               .enumeration("audience", kAudiences, QT_TRANSLATE_NOOP("Field", "Audience"), Required)
               .enumeration("status", kArticleStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .ref("product_id", T::Product, QT_TRANSLATE_NOOP("Field", "Product"))
               .ref("author_id", T::User, QT_TRANSLATE_NOOP("Field", "Author"))
               .searchable()
               .listedByName()
               .build();

    all << Builder(T::Campaign, "campaign", "campaigns", QT_TRANSLATE_NOOP("Entity", "Campaign"),
                   QT_TRANSLATE_NOOP("Entity", "Campaigns"),
                   QT_TRANSLATE_NOOP("Entity", "campaign"))
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .enumeration("channel", kCampaignChannels, QT_TRANSLATE_NOOP("Field", "Channel"), Required)
               .enumeration("status", kCampaignStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .add("start_date", F::Date, QT_TRANSLATE_NOOP("Field", "Start"))
               .add("end_date", F::Date, QT_TRANSLATE_NOOP("Field", "End"))
               .money("budget", "currency", QT_TRANSLATE_NOOP("Field", "Budget"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Owner"))
               .longText("description", QT_TRANSLATE_NOOP("Field", "Description"))
               .searchable()
               .listedByName()
               .build();

    all << Builder(T::CampaignMember, "campaign_member", "campaign_members",
                   QT_TRANSLATE_NOOP("Entity", "Campaign member"), QT_TRANSLATE_NOOP("Entity", "Campaign members"),
                   QT_TRANSLATE_NOOP("Entity", "campaign member"))
               .ref("campaign_id", T::Campaign, QT_TRANSLATE_NOOP("Field", "Campaign"), Required)
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"))
               .ref("lead_id", T::Lead, QT_TRANSLATE_NOOP("Field", "Lead"))
               .enumeration("status", kMemberStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .build();

    all << Builder(T::CampaignResponse, "campaign_response", "campaign_responses",
                   QT_TRANSLATE_NOOP("Entity", "Campaign response"), QT_TRANSLATE_NOOP("Entity", "Campaign responses"),
                   QT_TRANSLATE_NOOP("Entity", "campaign response"))
               .ref("campaign_id", T::Campaign, QT_TRANSLATE_NOOP("Field", "Campaign"), Required)
               .ref("member_id", T::CampaignMember, QT_TRANSLATE_NOOP("Field", "Member"))
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"))
               .enumeration("kind", kResponseKinds, QT_TRANSLATE_NOOP("Field", "Response"), Required)
               .add("responded_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Responded"), Required)
               .build();

    // What one unit of a currency is worth in another from a day on: reports convert amounts to the
    // reporting currency by the rate valid on the day that matters (millionths, so sums stay exact).
    all << Builder(T::ExchangeRate, "exchange_rate", "exchange_rates", QT_TRANSLATE_NOOP("Entity", "Exchange rate"),
                   QT_TRANSLATE_NOOP("Entity", "Exchange rates"),
                   QT_TRANSLATE_NOOP("Entity", "exchange rate"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .add("base_currency", F::Currency, QT_TRANSLATE_NOOP("Field", "In"), Required)
               .integer("micro_rate", QT_TRANSLATE_NOOP("Field", "Rate (millionths)"), 1, 1'000'000'000'000LL, Required)
               .add("valid_from", F::Date, QT_TRANSLATE_NOOP("Field", "Valid from"), Required)
               .build();

    // What a salesperson is expected to win in a month, in a currency; quarters and years are sums of months.
    all << Builder(T::Quota, "quota", "quotas", QT_TRANSLATE_NOOP("Entity", "Quota"), QT_TRANSLATE_NOOP("Entity", "Quotas"), QT_TRANSLATE_NOOP("Entity", "quota"))
               .ref("owner_id", T::User, QT_TRANSLATE_NOOP("Field", "Salesperson"), Required)
               .ref("team_id", T::Team, QT_TRANSLATE_NOOP("Field", "Team"))
               .add("period_start", F::Date, QT_TRANSLATE_NOOP("Field", "Month"), Required)
               .money("amount", "currency", QT_TRANSLATE_NOOP("Field", "Quota"), Required)
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .build();

    // A quote as issued: its lines and totals are frozen, so version 2 never changes what version 1 said.
    all << Builder(T::Quote, "quote", "quotes", QT_TRANSLATE_NOOP("Entity", "Quote"),
                   QT_TRANSLATE_NOOP("Entity", "Quotes"), QT_TRANSLATE_NOOP("Entity", "quote"))
               .ref("opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Opportunity"), Required)
               .text("number", QT_TRANSLATE_NOOP("Field", "Number"), Required)
               .maxLength(40)
               .integer("version", QT_TRANSLATE_NOOP("Field", "Version"), 1, 10'000, Required)
               .enumeration("status", kQuoteStatuses, QT_TRANSLATE_NOOP("Field", "Status"), Required)
               .add("issued_at", F::Timestamp, QT_TRANSLATE_NOOP("Field", "Issued"), Required)
               .add("valid_until", F::Date, QT_TRANSLATE_NOOP("Field", "Valid until"))
               .add("currency", F::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), Required)
               .json("lines", J::QuoteLines, QT_TRANSLATE_NOOP("Field", "Items"))
               .integer("discount_bp", QT_TRANSLATE_NOOP("Field", "Discount (basis points)"), 0, 10'000)
               .integer("tax_rate_bp", QT_TRANSLATE_NOOP("Field", "Tax rate (basis points)"), 0, 10'000)
               .enumeration("tax_treatment", kTaxTreatments, QT_TRANSLATE_NOOP("Field", "Tax treatment"))
               .money("subtotal", "currency", QT_TRANSLATE_NOOP("Field", "Subtotal"))
               .money("discount_total", "currency", QT_TRANSLATE_NOOP("Field", "Discount"))
               .money("tax_total", "currency", QT_TRANSLATE_NOOP("Field", "Tax"))
               .money("total", "currency", QT_TRANSLATE_NOOP("Field", "Total"))
               .longText("bill_to", QT_TRANSLATE_NOOP("Field", "Bill to"))
               .longText("terms", QT_TRANSLATE_NOOP("Field", "Terms"))
               .longText("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Rich)
               .ref("prepared_by", T::User, QT_TRANSLATE_NOOP("Field", "Prepared by"))
               .build();

    // The company's own name and default probability of a stage (the sales process's stages are fixed; what
    // they are called and their odds are the company's). The latest setting of a stage counts.
    all << Builder(T::StageSetting, "stage_setting", "stage_settings", QT_TRANSLATE_NOOP("Entity", "Stage setting"),
                   QT_TRANSLATE_NOOP("Entity", "Stage settings"),
                   QT_TRANSLATE_NOOP("Entity", "stage setting"))
               .enumeration("stage", kStages, QT_TRANSLATE_NOOP("Field", "Stage"), Required)
               .add("probability", F::Percent, QT_TRANSLATE_NOOP("Field", "Default probability"), Required)
               .text("label", QT_TRANSLATE_NOOP("Field", "Name"))
               .maxLength(60)
               .build();

    // A service level: working minutes to a first response and to a resolution, on business hours, for a
    // priority (and optionally an account tier; a tier's policy wins over the priority's general one).
    all << Builder(T::SlaPolicy, "sla_policy", "sla_policies", QT_TRANSLATE_NOOP("Entity", "Service level"),
                   QT_TRANSLATE_NOOP("Entity", "Service levels"),
                   QT_TRANSLATE_NOOP("Entity", "service level"))
               .text("name", QT_TRANSLATE_NOOP("Field", "Name"), Required)
               .enumeration("priority", kTicketPriorities, QT_TRANSLATE_NOOP("Field", "Priority"), Required)
               .enumeration("tier", kTiers, QT_TRANSLATE_NOOP("Field", "Service tier"))
               .integer("first_response_minutes", QT_TRANSLATE_NOOP("Field", "First response (working minutes)"), 1,
                        1'000'000, Required)
               .integer("resolution_minutes", QT_TRANSLATE_NOOP("Field", "Resolution (working minutes)"), 1, 10'000'000,
                        Required)
               .integer("warn_minutes", QT_TRANSLATE_NOOP("Field", "Warn before (working minutes)"), 0, 1'000'000)
               .json("hours", J::BusinessHours, QT_TRANSLATE_NOOP("Field", "Business hours"), Required)
               .listedByName()
               .build();

    // Who is who in a deal on the customer's side.
    all << Builder(T::OpportunityContact, "opportunity_contact", "opportunity_contacts",
                   QT_TRANSLATE_NOOP("Entity", "Buying role"), QT_TRANSLATE_NOOP("Entity", "Buying roles"),
                   QT_TRANSLATE_NOOP("Entity", "buying role"))
               .ref("opportunity_id", T::Opportunity, QT_TRANSLATE_NOOP("Field", "Opportunity"), Required)
               .ref("contact_id", T::Contact, QT_TRANSLATE_NOOP("Field", "Contact"), Required)
               .enumeration("role", kBuyingRoles, QT_TRANSLATE_NOOP("Field", "Role"), Required)
               .text("notes", QT_TRANSLATE_NOOP("Field", "Notes"))
               .build();

    return all;
}

struct Registry
{
    QList<EntityDef> defs = buildAll();
    QList<const EntityDef*> pointers;
    std::map<EntityType, const EntityDef*> byType;
    QHash<QString, const EntityDef*> byName;

    Registry()
    {
        for (const EntityDef& d : defs) {
            pointers << &d;
            byType[d.type] = &d;
            byName.insert(d.name, &d);
        }
    }
};

const Registry& registry()
{
    static const Registry r;
    return r;
}

} // namespace

const EntityDef& Schema::entity(EntityType type)
{
    return *registry().byType.at(type);
}

const EntityDef* Schema::byName(QStringView name)
{
    return registry().byName.value(name.toString(), nullptr);
}

const QList<const EntityDef*>& Schema::all()
{
    return registry().pointers;
}

const Enumeration& Schema::roles()
{
    return kRoles;
}
const Enumeration& Schema::stages()
{
    return kStages;
}
const Enumeration& Schema::forecastCategories()
{
    return kForecastCategories;
}
const Enumeration& Schema::buyingRoles()
{
    return kBuyingRoles;
}
const Enumeration& Schema::quoteStatuses()
{
    return kQuoteStatuses;
}
const Enumeration& Schema::taxTreatments()
{
    return kTaxTreatments;
}
const Enumeration& Schema::activityTypes()
{
    return kActivityTypes;
}
const Enumeration& Schema::ticketStatuses()
{
    return kTicketStatuses;
}
const Enumeration& Schema::ticketPriorities()
{
    return kTicketPriorities;
}
const Enumeration& Schema::ticketCategories()
{
    return kTicketCategories;
}

const Enumeration& Schema::consentSources()
{
    return kConsentSources;
}

const Enumeration& Schema::units()
{
    return kUnits;
}

const Enumeration& Schema::lossReasons()
{
    return kLossReasons;
}

const Enumeration& Schema::industries()
{
    return kIndustries;
}

const Enumeration& Schema::customerSegments()
{
    return kCustomerSegments;
}

const Enumeration& Schema::emailTypes()
{
    return kEmailTypes;
}

const Enumeration& Schema::phoneTypes()
{
    return kPhoneTypes;
}

const Enumeration& Schema::addressTypes()
{
    return kAddressTypes;
}

int Schema::defaultProbability(QStringView stage)
{
    static const QHash<QString, int> p = {{QStringLiteral("prospecting"), 10},    {QStringLiteral("qualification"), 20},
                                          {QStringLiteral("needs_analysis"), 40}, {QStringLiteral("proposal"), 60},
                                          {QStringLiteral("negotiation"), 80},    {QStringLiteral("closed_won"), 100},
                                          {QStringLiteral("closed_lost"), 0}};
    return p.value(stage.toString(), 0);
}

bool Schema::isClosedStage(QStringView stage)
{
    return stage == QLatin1String("closed_won") || stage == QLatin1String("closed_lost");
}

} // namespace rapport
