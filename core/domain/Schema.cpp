// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Schema.h"

#include <QCoreApplication>

#include <map>

namespace rapport {

QString Enumeration::label(QStringView key) const
{
    const int i = indexOf(key);
    return i < 0 ? key.toString() : QCoreApplication::translate("Enum", labels[i]);
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

// Enumerations. Labels are marked for translation in the "Enum" context.
const Enumeration kRoles = makeEnum({{"rep", QT_TRANSLATE_NOOP("Enum", "Sales rep")},
                                     {"agent", QT_TRANSLATE_NOOP("Enum", "Service agent")},
                                     {"manager", QT_TRANSLATE_NOOP("Enum", "Manager")},
                                     {"admin", QT_TRANSLATE_NOOP("Enum", "Administrator")}});
const Enumeration kTeamKinds = makeEnum({{"sales", QT_TRANSLATE_NOOP("Enum", "Sales")},
                                         {"service", QT_TRANSLATE_NOOP("Enum", "Service")},
                                         {"marketing", QT_TRANSLATE_NOOP("Enum", "Marketing")}});
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
const Enumeration kAudiences = makeEnum({{"internal", QT_TRANSLATE_NOOP("Enum", "Internal")},
                                         {"customer", QT_TRANSLATE_NOOP("Enum", "Customers")}});
const Enumeration kArticleStatuses = makeEnum({{"draft", QT_TRANSLATE_NOOP("Enum", "Draft")},
                                               {"published", QT_TRANSLATE_NOOP("Enum", "Published")},
                                               {"archived", QT_TRANSLATE_NOOP("Enum", "Archived")}});
const Enumeration kCampaignChannels = makeEnum({{"email", QT_TRANSLATE_NOOP("Enum", "Email")},
                                                {"event", QT_TRANSLATE_NOOP("Enum", "Event")},
                                                {"webinar", QT_TRANSLATE_NOOP("Enum", "Webinar")},
                                                {"direct_mail", QT_TRANSLATE_NOOP("Enum", "Direct mail")},
                                                {"phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
                                                {"social", QT_TRANSLATE_NOOP("Enum", "Social media")}});
const Enumeration kCampaignStatuses = makeEnum({{"planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
                                                {"active", QT_TRANSLATE_NOOP("Enum", "Active")},
                                                {"completed", QT_TRANSLATE_NOOP("Enum", "Completed")},
                                                {"cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")}});
const Enumeration kMemberStatuses = makeEnum({{"planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
                                              {"sent", QT_TRANSLATE_NOOP("Enum", "Sent")},
                                              {"responded", QT_TRANSLATE_NOOP("Enum", "Responded")},
                                              {"opted_out", QT_TRANSLATE_NOOP("Enum", "Opted out")},
                                              {"excluded", QT_TRANSLATE_NOOP("Enum", "Excluded (no consent)")}});
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
    Builder(EntityType type, const char* name, const char* table, const char* label, const char* plural)
    {
        m_def.type = type;
        m_def.name = QString::fromLatin1(name);
        m_def.table = QString::fromLatin1(table);
        m_def.label = label;
        m_def.pluralLabel = plural;
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
    Builder& text(const char* n, const char* l, std::uint16_t flags = NoFlags) { return add(n, FieldType::Text, l, flags); }
    Builder& longText(const char* n, const char* l) { return add(n, FieldType::LongText, l); }
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
    Builder& json(const char* n, JsonShape shape, const char* l)
    {
        add(n, FieldType::Json, l);
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
        return m_def;
    }

private:
    EntityDef m_def;
};

#define N(text) QT_TRANSLATE_NOOP("Field", text)

QList<EntityDef> buildAll()
{
    using T = EntityType;
    using J = JsonShape;
    using F = FieldType;
    QList<EntityDef> all;

    all << Builder(T::User, "user", "users", QT_TRANSLATE_NOOP("Entity", "User"), QT_TRANSLATE_NOOP("Entity", "Users"))
               .text("username", N("User name"), Required).maxLength(64)
               .text("display_name", N("Name"), Required)
               .add("email", F::Email, N("Email"))
               .enumeration("role", kRoles, N("Role"), Required)
               .ref("team_id", T::Team, N("Team"))
               .ref("manager_id", T::User, N("Manager"))
               .add("active", F::Bool, N("Active"))
               .add("time_zone", F::TimeZone, N("Time zone"))
               .searchable()
               .build();

    all << Builder(T::Team, "team", "teams", QT_TRANSLATE_NOOP("Entity", "Team"), QT_TRANSLATE_NOOP("Entity", "Teams"))
               .text("name", N("Name"), Required)
               .enumeration("kind", kTeamKinds, N("Kind"), Required)
               .ref("manager_id", T::User, N("Manager"))
               .build();

    all << Builder(T::Account, "account", "accounts", QT_TRANSLATE_NOOP("Entity", "Account"),
                   QT_TRANSLATE_NOOP("Entity", "Accounts"))
               .text("name", N("Name"), Required)
               .ref("parent_id", T::Account, N("Parent account"))
               .enumeration("industry", kIndustries, N("Industry"))
               .enumeration("segment", kSegments, N("Segment"))
               .enumeration("tier", kTiers, N("Service tier"))
               .add("website", F::Url, N("Website"))
               .phone("phone", "phone_e164", N("Phone"))
               .add("phone_e164", F::Text, N("Phone (E.164)"), Derived | Hidden)
               .add("email", F::Email, N("Email"))
               .json("addresses", J::AddressList, N("Addresses"))
               .text("city", N("City"), Derived)
               .text("country", N("Country"), Derived)
               .ref("owner_id", T::User, N("Owner"))
               .ref("team_id", T::Team, N("Team"))
               .money("annual_revenue", "currency", N("Annual revenue"))
               .add("currency", F::Currency, N("Currency"))
               .integer("employees", N("Employees"), 0, 10'000'000)
               .json("tags", J::StringList, N("Tags"))
               .longText("notes", N("Notes"))
               .searchable()
               .titleDependent(T::Contact, "account_id")
               .titleDependent(T::Opportunity, "account_id")
               .titleDependent(T::Ticket, "account_id")
               .build();

    all << Builder(T::Contact, "contact", "contacts", QT_TRANSLATE_NOOP("Entity", "Contact"),
                   QT_TRANSLATE_NOOP("Entity", "Contacts"))
               .text("salutation", N("Salutation")).maxLength(40)
               .text("first_name", N("First name")).maxLength(100)
               .text("last_name", N("Last name"), Required).maxLength(100)
               .text("job_title", N("Job title"))
               .text("department", N("Department"))
               .ref("account_id", T::Account, N("Account"))
               .ref("reports_to_id", T::Contact, N("Reports to"))
               .json("emails", J::EmailList, N("Email addresses"))
               .json("phones", J::PhoneList, N("Phone numbers"))
               .json("addresses", J::AddressList, N("Addresses"))
               .text("primary_email", N("Email"), Derived)
               .text("primary_phone", N("Phone"), Derived)
               .text("city", N("City"), Derived)
               .text("country", N("Country"), Derived)
               .add("birthday", F::Date, N("Birthday"))
               .text("language", N("Language")).maxLength(35)
               .add("time_zone", F::TimeZone, N("Time zone"))
               .json("consent", J::Consent, N("Communication consent"))
               .json("tags", J::StringList, N("Tags"))
               .ref("owner_id", T::User, N("Owner"))
               .ref("team_id", T::Team, N("Team"))
               .longText("notes", N("Notes"))
               .searchable()
               .titleDependent(T::Contact, "reports_to_id")
               .titleDependent(T::Ticket, "contact_id")
               .build();

    all << Builder(T::Lead, "lead", "leads", QT_TRANSLATE_NOOP("Entity", "Lead"), QT_TRANSLATE_NOOP("Entity", "Leads"))
               .text("first_name", N("First name")).maxLength(100)
               .text("last_name", N("Last name"), Required).maxLength(100)
               .text("company", N("Company"))
               .text("job_title", N("Job title"))
               .add("email", F::Email, N("Email"))
               .phone("phone", "phone_e164", N("Phone"))
               .add("phone_e164", F::Text, N("Phone (E.164)"), Derived | Hidden)
               .text("city", N("City"))
               .text("country", N("Country")).maxLength(2)
               .enumeration("source", kLeadSources, N("Source"))
               .enumeration("status", kLeadStatuses, N("Status"), Required)
               .add("score", F::Percent, N("Score"))
               .ref("campaign_id", T::Campaign, N("Campaign"))
               .ref("owner_id", T::User, N("Owner"))
               .ref("converted_account_id", T::Account, N("Converted to account"))
               .ref("converted_contact_id", T::Contact, N("Converted to contact"))
               .ref("converted_opportunity_id", T::Opportunity, N("Converted to opportunity"))
               .add("converted_at", F::Timestamp, N("Converted"))
               .longText("notes", N("Notes"))
               .searchable()
               .build();

    all << Builder(T::Activity, "activity", "activities", QT_TRANSLATE_NOOP("Entity", "Activity"),
                   QT_TRANSLATE_NOOP("Entity", "Activities"))
               .enumeration("type", kActivityTypes, N("Type"), Required)
               .text("subject", N("Subject"), Required)
               .longText("description", N("Description"))
               .add("start_at", F::Timestamp, N("Start"))
               .add("end_at", F::Timestamp, N("End"))
               .add("due_at", F::Timestamp, N("Due"))
               .add("all_day", F::Bool, N("All day"))
               .add("time_zone", F::TimeZone, N("Time zone"))
               .text("location", N("Location"))
               .add("done", F::Bool, N("Done"))
               .enumeration("outcome", kCallOutcomes, N("Outcome"))
               .integer("duration_s", N("Duration (seconds)"), 0, 86400 * 7)
               .ref("contact_id", T::Contact, N("Contact"))
               .ref("account_id", T::Account, N("Account"))
               .ref("opportunity_id", T::Opportunity, N("Opportunity"))
               .ref("ticket_id", T::Ticket, N("Ticket"))
               .ref("owner_id", T::User, N("Owner"), Required)
               .add("reminder_at", F::Timestamp, N("Reminder"))
               .add("reminder_done", F::Bool, N("Reminder dismissed"))
               .text("rrule", N("Recurrence")).maxLength(1000)
               .build();

    all << Builder(T::ActivityAttendee, "activity_attendee", "activity_attendees",
                   QT_TRANSLATE_NOOP("Entity", "Attendee"), QT_TRANSLATE_NOOP("Entity", "Attendees"))
               .ref("activity_id", T::Activity, N("Activity"), Required)
               .ref("user_id", T::User, N("User"))
               .ref("contact_id", T::Contact, N("Contact"))
               .add("email", F::Email, N("Email"))
               .enumeration("response", kAttendeeResponses, N("Response"), Required)
               .build();

    all << Builder(T::Opportunity, "opportunity", "opportunities", QT_TRANSLATE_NOOP("Entity", "Opportunity"),
                   QT_TRANSLATE_NOOP("Entity", "Opportunities"))
               .text("name", N("Name"), Required)
               .ref("account_id", T::Account, N("Account"), Required)
               .ref("contact_id", T::Contact, N("Primary contact"))
               .enumeration("stage", kStages, N("Stage"), Required)
               .money("amount", "currency", N("Amount"))
               .add("currency", F::Currency, N("Currency"), Required)
               .add("probability", F::Percent, N("Probability"))
               .add("expected_close", F::Date, N("Expected close"))
               .enumeration("forecast_category", kForecastCategories, N("Forecast category"))
               .json("competitors", J::StringList, N("Competitors"))
               .money("budget", "currency", N("Budget"))
               .text("next_step", N("Next step"))
               .enumeration("source", kLeadSources, N("Source"))
               .ref("campaign_id", T::Campaign, N("Campaign"))
               .ref("owner_id", T::User, N("Owner"), Required)
               .ref("team_id", T::Team, N("Team"))
               .add("closed_at", F::Timestamp, N("Closed"))
               .text("loss_reason", N("Loss reason"))
               .longText("description", N("Description"))
               .searchable()
               .build();

    all << Builder(T::OpportunityLine, "opportunity_line", "opportunity_lines",
                   QT_TRANSLATE_NOOP("Entity", "Line item"), QT_TRANSLATE_NOOP("Entity", "Line items"))
               .ref("opportunity_id", T::Opportunity, N("Opportunity"), Required)
               .ref("product_id", T::Product, N("Product"))
               .text("description", N("Description"), Required)
               .integer("quantity", N("Quantity"), 1, 1'000'000'000, Required)
               .money("unit_price", "currency", N("Unit price"), Required)
               .integer("discount_bp", N("Discount (basis points)"), 0, 10'000)
               .money("total", "currency", N("Total"))
               .add("currency", F::Currency, N("Currency"), Required)
               .build();

    all << Builder(T::StageChange, "stage_change", "stage_changes", QT_TRANSLATE_NOOP("Entity", "Stage change"),
                   QT_TRANSLATE_NOOP("Entity", "Stage history"))
               .ref("opportunity_id", T::Opportunity, N("Opportunity"), Required)
               .enumeration("from_stage", kStages, N("From stage"))
               .enumeration("to_stage", kStages, N("To stage"), Required)
               .add("changed_at", F::Timestamp, N("Changed"), Required)
               .ref("changed_by", T::User, N("Changed by"))
               .money("amount", "currency", N("Amount"))
               .add("currency", F::Currency, N("Currency"))
               .add("probability", F::Percent, N("Probability"))
               .add("expected_close", F::Date, N("Expected close"))
               .build();

    all << Builder(T::Product, "product", "products", QT_TRANSLATE_NOOP("Entity", "Product"),
                   QT_TRANSLATE_NOOP("Entity", "Products"))
               .text("sku", N("SKU"), Required).maxLength(64)
               .text("name", N("Name"), Required)
               .text("category", N("Category"), Required)
               .text("unit", N("Unit")).maxLength(32)
               .add("active", F::Bool, N("Active"))
               .longText("description", N("Description"))
               .build();

    all << Builder(T::PriceBook, "price_book", "price_books", QT_TRANSLATE_NOOP("Entity", "Price book"),
                   QT_TRANSLATE_NOOP("Entity", "Price books"))
               .text("name", N("Name"), Required)
               .add("currency", F::Currency, N("Currency"), Required)
               .add("is_default", F::Bool, N("Default"))
               .add("active", F::Bool, N("Active"))
               .build();

    all << Builder(T::PriceBookEntry, "price_book_entry", "price_book_entries",
                   QT_TRANSLATE_NOOP("Entity", "Price"), QT_TRANSLATE_NOOP("Entity", "Prices"))
               .ref("price_book_id", T::PriceBook, N("Price book"), Required)
               .ref("product_id", T::Product, N("Product"), Required)
               .money("unit_price", "currency", N("Unit price"), Required)
               .add("currency", F::Currency, N("Currency"), Required)
               .build();

    all << Builder(T::Order, "order", "orders", QT_TRANSLATE_NOOP("Entity", "Order"), QT_TRANSLATE_NOOP("Entity", "Orders"))
               .text("number", N("Number"), Required).maxLength(40)
               .ref("account_id", T::Account, N("Account"), Required)
               .ref("contact_id", T::Contact, N("Contact"))
               .ref("opportunity_id", T::Opportunity, N("Opportunity"))
               .add("ordered_at", F::Timestamp, N("Ordered"), Required)
               .enumeration("status", kOrderStatuses, N("Status"), Required)
               .money("total", "currency", N("Total"))
               .add("currency", F::Currency, N("Currency"), Required)
               .ref("owner_id", T::User, N("Owner"))
               .build();

    all << Builder(T::OrderLine, "order_line", "order_lines", QT_TRANSLATE_NOOP("Entity", "Order line"),
                   QT_TRANSLATE_NOOP("Entity", "Order lines"))
               .ref("order_id", T::Order, N("Order"), Required)
               .ref("product_id", T::Product, N("Product"), Required)
               .integer("quantity", N("Quantity"), 1, 1'000'000'000, Required)
               .money("unit_price", "currency", N("Unit price"), Required)
               .integer("discount_bp", N("Discount (basis points)"), 0, 10'000)
               .money("total", "currency", N("Total"))
               .add("currency", F::Currency, N("Currency"), Required)
               .build();

    all << Builder(T::Ticket, "ticket", "tickets", QT_TRANSLATE_NOOP("Entity", "Ticket"), QT_TRANSLATE_NOOP("Entity", "Tickets"))
               .text("number", N("Number"), Required).maxLength(40)
               .text("subject", N("Subject"), Required)
               .longText("description", N("Description"))
               .enumeration("status", kTicketStatuses, N("Status"), Required)
               .enumeration("priority", kTicketPriorities, N("Priority"), Required)
               .text("category", N("Category"))
               .enumeration("channel", kChannels, N("Channel"))
               .ref("contact_id", T::Contact, N("Contact"))
               .ref("account_id", T::Account, N("Account"))
               .ref("assignee_id", T::User, N("Assignee"))
               .ref("team_id", T::Team, N("Team"))
               .add("opened_at", F::Timestamp, N("Opened"), Required)
               .add("first_response_due", F::Timestamp, N("First response due"))
               .add("resolution_due", F::Timestamp, N("Resolution due"))
               .add("first_response_at", F::Timestamp, N("First response"))
               .add("resolved_at", F::Timestamp, N("Resolved"))
               .add("closed_at", F::Timestamp, N("Closed"))
               .integer("satisfaction", N("Satisfaction"), 1, 5)
               .longText("resolution", N("Resolution"))
               .searchable()
               .build();

    all << Builder(T::TicketEntry, "ticket_entry", "ticket_entries", QT_TRANSLATE_NOOP("Entity", "Ticket entry"),
                   QT_TRANSLATE_NOOP("Entity", "Conversation"))
               .ref("ticket_id", T::Ticket, N("Ticket"), Required)
               .enumeration("kind", kTicketEntryKinds, N("Kind"), Required)
               .longText("body", N("Text"))
               .ref("author_user_id", T::User, N("Author"))
               .ref("author_contact_id", T::Contact, N("Customer"))
               .enumeration("channel", kChannels, N("Channel"))
               .add("sent_at", F::Timestamp, N("Sent"), Required)
               .build();

    all << Builder(T::TicketArticle, "ticket_article", "ticket_articles",
                   QT_TRANSLATE_NOOP("Entity", "Linked article"), QT_TRANSLATE_NOOP("Entity", "Linked articles"))
               .ref("ticket_id", T::Ticket, N("Ticket"), Required)
               .ref("article_id", T::KnowledgeArticle, N("Article"), Required)
               .build();

    all << Builder(T::KnowledgeArticle, "kb_article", "kb_articles", QT_TRANSLATE_NOOP("Entity", "Knowledge article"),
                   QT_TRANSLATE_NOOP("Entity", "Knowledge base"))
               .text("title", N("Title"), Required)
               .longText("body", N("Text"))
               .json("tags", J::StringList, N("Tags"))
               .enumeration("audience", kAudiences, N("Audience"), Required)
               .enumeration("status", kArticleStatuses, N("Status"), Required)
               .ref("product_id", T::Product, N("Product"))
               .ref("author_id", T::User, N("Author"))
               .searchable()
               .build();

    all << Builder(T::Campaign, "campaign", "campaigns", QT_TRANSLATE_NOOP("Entity", "Campaign"),
                   QT_TRANSLATE_NOOP("Entity", "Campaigns"))
               .text("name", N("Name"), Required)
               .enumeration("channel", kCampaignChannels, N("Channel"), Required)
               .enumeration("status", kCampaignStatuses, N("Status"), Required)
               .add("start_date", F::Date, N("Start"))
               .add("end_date", F::Date, N("End"))
               .money("budget", "currency", N("Budget"))
               .add("currency", F::Currency, N("Currency"))
               .ref("owner_id", T::User, N("Owner"))
               .longText("description", N("Description"))
               .searchable()
               .build();

    all << Builder(T::CampaignMember, "campaign_member", "campaign_members",
                   QT_TRANSLATE_NOOP("Entity", "Campaign member"), QT_TRANSLATE_NOOP("Entity", "Campaign members"))
               .ref("campaign_id", T::Campaign, N("Campaign"), Required)
               .ref("contact_id", T::Contact, N("Contact"))
               .ref("lead_id", T::Lead, N("Lead"))
               .enumeration("status", kMemberStatuses, N("Status"), Required)
               .build();

    all << Builder(T::CampaignResponse, "campaign_response", "campaign_responses",
                   QT_TRANSLATE_NOOP("Entity", "Campaign response"), QT_TRANSLATE_NOOP("Entity", "Campaign responses"))
               .ref("campaign_id", T::Campaign, N("Campaign"), Required)
               .ref("member_id", T::CampaignMember, N("Member"))
               .ref("contact_id", T::Contact, N("Contact"))
               .enumeration("kind", kResponseKinds, N("Response"), Required)
               .add("responded_at", F::Timestamp, N("Responded"), Required)
               .build();

    return all;
}
#undef N

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

const Enumeration& Schema::roles() { return kRoles; }
const Enumeration& Schema::stages() { return kStages; }
const Enumeration& Schema::forecastCategories() { return kForecastCategories; }
const Enumeration& Schema::activityTypes() { return kActivityTypes; }
const Enumeration& Schema::ticketStatuses() { return kTicketStatuses; }
const Enumeration& Schema::ticketPriorities() { return kTicketPriorities; }
const Enumeration& Schema::industries() { return kIndustries; }

int Schema::defaultProbability(QStringView stage)
{
    static const QHash<QString, int> p = {{QStringLiteral("prospecting"), 10},   {QStringLiteral("qualification"), 20},
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
