// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QAnyStringView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace rapport {

/// Every kind of synced record. The numeric values are persisted (search-index row ids) and are
/// therefore never renumbered or reused.
enum class EntityType : std::uint8_t {
    User = 1,
    Team = 2,
    Account = 3,
    Contact = 4,
    Lead = 5,
    Activity = 6,
    ActivityAttendee = 7,
    Opportunity = 8,
    OpportunityLine = 9,
    StageChange = 10,
    Product = 11,
    PriceBook = 12,
    PriceBookEntry = 13,
    Order = 14,
    OrderLine = 15,
    Ticket = 16,
    TicketEntry = 17,
    TicketArticle = 18,
    KnowledgeArticle = 19,
    Campaign = 20,
    CampaignMember = 21,
    CampaignResponse = 22,
    ExchangeRate = 23,
    Quota = 24,
    Quote = 25,
    OpportunityContact = 26,
    StageSetting = 27,
    SlaPolicy = 28,
};

enum class FieldType : std::uint8_t {
    Text,      ///< single line, QString
    LongText,  ///< multi-line or rich text, QString
    Email,     ///< one address, QString, syntax-checked
    Url,       ///< QString, http(s) only
    Phone,     ///< one number as typed, QString; its E.164 form goes to the derived field named in `companion`
    Integer,   ///< qint64 within [min, max]
    Percent,   ///< qint64 0..100
    Money,     ///< qint64 minor units; the currency is the field named in `companion`
    Currency,  ///< ISO 4217 code, QString
    Bool,      ///< bool
    Timestamp, ///< qint64 UTC epoch milliseconds
    Date,      ///< QString "YYYY-MM-DD", a calendar date without a time zone
    TimeZone,  ///< IANA zone id, QString
    Country,   ///< ISO 3166 code ("DE"), QString
    VatId,     ///< a VAT identification number, QString, normalised ("DE123456789")
    Language,  ///< BCP 47 language tag ("de", "en-GB"), QString; names and other spellings are canonicalised
    Enum,      ///< QString, one of the enumeration's keys
    Ref,       ///< QString UUID of a record of `ref` type
    Json,      ///< QString holding compact JSON, shape checked by `json`
};

/// Shapes a Json field can take; each has its own validation and normalisation.
enum class JsonShape : std::uint8_t {
    None,
    StringList,  ///< ["vip", "newsletter"]
    EmailList,   ///< [{"type": "work", "address": "a@b.de"}]
    PhoneList,   ///< [{"type": "mobile", "number": "0151 1234567", "e164": "+491511234567"}]
    AddressList, ///< [{"type": "work", "street": …, "postal_code": …, "city": …, "region": …, "country": "DE"}]
    IntList,     ///< [15, 1440]: whole numbers in the field's [min, max], sorted, each once
    BusinessHours, ///< {"zone": "Europe/Berlin", "days": {"1": ["09:00", "17:00"], …}, "holidays": [...]}
    QuoteLines,  ///< [{"description": …, "sku": …, "unit": …, "quantity": 3, "unit_price": 1999, "discount_bp": 500}]
    Consent, ///< {"email": {"service": true, "marketing": false, "source": …, "date": …, "days": [1..7], "from":
             ///< "09:00", "to": "17:00"}, …}
};

enum FieldFlag : std::uint16_t {
    NoFlags = 0,
    Required = 1 << 0,
    /// Computed by the write path from other fields (never set by callers, never synced).
    Derived = 1 << 1,
    /// Maintained by the system, not edited in forms (deleted, merged_into).
    System = 1 << 2,
    /// Shown in list views and the record form in this order; hidden otherwise.
    Hidden = 1 << 3,
    /// Long text written with formatting (HTML from the rich-text editor): notes, articles.
    Rich = 1 << 4,
    /// Given when the record is made, or filled as its life goes on (a ticket's number, its response times and
    /// satisfaction): a new record's form shows it and does not ask for it.
    NotOnCreate = 1 << 5,
    /// Given by the system (a ticket's number, its clocks): the form shows it and does not edit it; imports and
    /// sync still write it.
    ReadOnly = 1 << 6,
};

/// A named set of allowed values with their translatable labels.
struct Enumeration
{
    QStringList keys;
    QList<const char*> labels; ///< untranslated; translate with QCoreApplication::translate("Enum", …)
    /// The translators' note on every label where a word reads differently for this kind of thing ("Cancelled"
    /// of a campaign is feminine in Spanish, of an order masculine); null: none.
    const char* disambiguation = nullptr;

    int indexOf(QStringView key) const { return keys.indexOf(key); }
    /// A key's label in the user's language; a label written out (in English or the user's language) reads as
    /// its key's; anything else is returned as it is.
    QString label(QStringView key) const;
    /// The key a text names: a key, or a label in English or in the user's language, in any case; other text
    /// trimmed, as it is.
    QString keyOf(QStringView text) const;
    /// How a value keyOf() reads as `key` may be stored: the key, its English label, its label in the user's
    /// language (for a text that is no key: that text).
    QStringList spellingsOf(QStringView key) const;
};

struct FieldDef
{
    QString name; ///< column name
    FieldType type = FieldType::Text;
    const char* label = ""; ///< untranslated; see FieldDef::displayLabel()
    std::uint16_t flags = NoFlags;
    EntityType ref = EntityType::User;        ///< for Ref
    const Enumeration* enumeration = nullptr; ///< for Enum: its values; for Text: the values it suggests
    JsonShape json = JsonShape::None;         ///< for Json
    QString companion;                        ///< Money: its currency field; Phone: its derived E.164 field
    int maxLength = 0;                        ///< text fields; 0 = unlimited
    qint64 min = 0, max = 0;                  ///< Integer range when min < max

    bool is(FieldFlag f) const { return (flags & f) != 0; }
    QString displayLabel() const;
};

struct EntityDef
{
    EntityType type;
    QString name;  ///< "contact": protocol and CLI name
    QString table; ///< "contacts"
    const char* label = "";
    const char* pluralLabel = "";
    const char* labelInSentence = ""; ///< "contact": the label within a sentence ("The contact could not be saved.")
    QList<FieldDef> fields;
    /// Records of these types have a search document (global search).
    bool searchable = false;
    /// The table has a sort_key column (lists of these records sort by name).
    bool listedByName = false;
    /// Records of this type can be merged (duplicates) and unmerged; they carry merge_undo.
    bool mergeable = false;
    /// When this entity's title changes, these (type, ref field) pairs carry it in their search text.
    QList<QPair<EntityType, QString>> titleDependents;

    int indexOf(QAnyStringView field) const;
    const FieldDef* field(QAnyStringView name) const;
    QString displayLabel() const;
    QString displayPluralLabel() const;
    QString displayLabelInSentence() const;
};

/// The schema of every synced record type: fields, types, labels and rules. The SQL migrations create
/// matching tables (a test keeps the two in step); the write path, validation, sync and the generic
/// record form all read it from here.
class Schema
{
public:
    static const EntityDef& entity(EntityType type);
    static const EntityDef* byName(QStringView name);
    static const QList<const EntityDef*>& all();

    /// Well-known enumerations, shared by validation, demo data and views.
    static const Enumeration& roles();
    static const Enumeration& stages();
    static const Enumeration& forecastCategories();
    static const Enumeration& buyingRoles();
    /// The company's own names of stages (stage key → name), used wherever a stage is shown; the others keep
    /// their translated names. Thread-safe.
    static void setStageNames(const QHash<QString, QString>& names);
    static const Enumeration& quoteStatuses();
    /// How a quote is taxed (Tax::key's keys).
    static const Enumeration& taxTreatments();
    static const Enumeration& activityTypes();
    static const Enumeration& ticketStatuses();
    static const Enumeration& ticketPriorities();
    static const Enumeration& industries();
    static const Enumeration& lossReasons();
    static const Enumeration& units();
    static const Enumeration& ticketCategories();
    /// How consent is given (ChannelConsent::source): "web_form", "phone_call", "email", "in_person", "trade_fair",
    /// "business_card", "contract", "campaign_reply", "unsubscribed" (a campaign's unsubscribe link).
    static const Enumeration& consentSources();
    /// The segments of customers by their orders' recency, frequency and money (CustomerReports), from the most
    /// valuable.
    static const Enumeration& customerSegments();
    /// Kinds of email addresses, phone numbers and postal addresses in a contact's lists.
    static const Enumeration& emailTypes();
    static const Enumeration& phoneTypes();
    static const Enumeration& addressTypes();
    /// Default win probability (percent) of an opportunity stage.
    static int defaultProbability(QStringView stage);
    static bool isClosedStage(QStringView stage);
};

/// The latest instant a Timestamp holds (9999-12-31T23:59:59.999Z): "never ends" in recurs_until.
inline constexpr qint64 MaxTimestamp = 253402300799999;

/// Columns every synced table has besides its fields.
namespace SystemColumns {
inline constexpr const char* Rid = "rid";
inline constexpr const char* Id = "id";
inline constexpr const char* Title = "display_title";
inline constexpr const char* SortKey = "sort_key";
inline constexpr const char* Deleted = "deleted";
inline constexpr const char* MergedInto = "merged_into";
inline constexpr const char* MergeUndo = "merge_undo";
} // namespace SystemColumns

} // namespace rapport
