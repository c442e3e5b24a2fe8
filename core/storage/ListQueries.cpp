// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ListQueries.h"

#include "domain/LocaleNames.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Sla.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace rapport::ListQueries {

namespace {
using F = ColumnFormat;

ListColumn col(const char* key, const char* label, const char* expression, const char* sort = nullptr,
               F format = F::Text)
{
    ListColumn c;
    c.key = QString::fromLatin1(key);
    c.label = label;
    c.expression = QString::fromLatin1(expression);
    c.sortExpression = sort ? QString::fromLatin1(sort) : QString();
    c.format = format;
    return c;
}

ListColumn enumCol(const char* key, const char* label, const char* expression, const Enumeration& e,
                   const char* sort = nullptr)
{
    ListColumn c = col(key, label, expression, sort, F::Enum);
    c.enumeration = &e;
    return c;
}

ListColumn money(const char* key, const char* label, const char* expression, int currencyColumn,
                 const char* sort = nullptr)
{
    ListColumn c = col(key, label, expression, sort, F::Money);
    c.companionColumn = currencyColumn;
    return c;
}

ListColumn phone(const char* expression)
{
    return col("phone", QT_TRANSLATE_NOOP("Column", "Phone"), expression, nullptr, F::Phone);
}

/// Reads `companion` beside the column `key` (a number's E.164 form, for it to be shown the one way numbers are),
/// never shown itself.
void readBeside(ListSpec& s, const char* key, ListColumn companion)
{
    companion.helper = true;
    s.columns << companion;
    for (ListColumn& c : s.columns)
        if (c.key == QLatin1String(key))
            c.companionColumn = int(s.columns.size()) - 1;
}

const Enumeration& enumOf(EntityType type, const char* field)
{
    return *Schema::entity(type).field(QLatin1String(field))->enumeration;
}

/// A filter on a column equal to the chosen value (`column` is indexed together with the sort key).
ListFilter equals(const char* key, const char* label, ListFilter::Kind kind, const char* column,
                  const Enumeration* enumeration = nullptr)
{
    ListFilter f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.kind = kind;
    f.enumeration = enumeration;
    const QString sql = QStringLiteral("%1 = ?").arg(QLatin1String(column));
    f.condition = [sql](const QVariant& v) { return QPair<QString, QVariantList>(sql, {v}); };
    return f;
}

/// Records carrying a tag. The full-text index finds the candidates (tags are among the keywords), the
/// JSON list decides exactly, so a rare tag costs what its records cost, not the whole table.
ListFilter tagged(EntityType type)
{
    ListFilter f;
    f.key = QStringLiteral("tag");
    f.label = QT_TRANSLATE_NOOP("Column", "Tag");
    f.kind = ListFilter::Kind::Tag;
    f.condition = [type](const QVariant& v) {
        const QString tag = v.toString().trimmed();
        QString phrase = tag;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const qint64 base = SearchIndex::rowidFor(type, 0);
        return QPair<QString, QVariantList>(
            QStringLiteral("t.rid IN (SELECT rowid - ? FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? "
                           "AND ?) AND EXISTS (SELECT 1 FROM json_each(t.tags) WHERE lower(value) = lower(?))"),
            {base, QStringLiteral("{keywords} : \"%1\"").arg(phrase), base,
             SearchIndex::rowidFor(type, (qint64(1) << 40) - 1), tag});
    };
    return f;
}

using K = ListFilter::Kind;

/// Records whose account (its row id: `accountRid`) is a customer of the chosen segment, as last scored (schema
/// 21's index on the segment).
ListFilter customerSegment(const QString& accountRid)
{
    ListFilter f;
    f.key = QStringLiteral("customer_segment");
    f.label = QT_TRANSLATE_NOOP("Column", "Customer segment");
    f.kind = K::Enum;
    f.enumeration = &Schema::customerSegments();
    const QString sql = QStringLiteral("%1 IN (SELECT account_rid FROM customer_scores WHERE segment = ?)").arg(accountRid);
    f.condition = [sql](const QVariant& v) { return QPair<QString, QVariantList>(sql, {v}); };
    return f;
}
} // namespace

ListSpec contacts()
{
    ListSpec s;
    s.type = EntityType::Contact;
    s.from =
        QStringLiteral("contacts t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0 AND t.merged_into IS NULL");
    s.columns = {
        col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
        col("account", QT_TRANSLATE_NOOP("Column", "Account"), "a.name"),
        col("job_title", QT_TRANSLATE_NOOP("Column", "Job title"), "t.job_title"),
        col("email", QT_TRANSLATE_NOOP("Column", "Email"), "t.primary_email"), phone("t.primary_phone"),
        col("city", QT_TRANSLATE_NOOP("Column", "City"), "t.city", "t.city"),
        col("country", QT_TRANSLATE_NOOP("Column", "Country"), "t.country", "t.country"),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name"),
        col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", "t.updated_at", F::DateTime),
        col("department", QT_TRANSLATE_NOOP("Column", "Department"), "t.department"),
        col("team", QT_TRANSLATE_NOOP("Column", "Team"), "(SELECT name FROM teams WHERE id = t.team_id)"),
        col("tags", QT_TRANSLATE_NOOP("Column", "Tags"), "(SELECT group_concat(value, ', ') FROM json_each(t.tags))"),
        col("birthday", QT_TRANSLATE_NOOP("Column", "Birthday"), "t.birthday", nullptr, F::Date),
        col("created", QT_TRANSLATE_NOOP("Column", "Created"), "t.created_at", nullptr, F::DateTime),
        // Their company's standing as a customer, as last scored (schema 21).
        enumCol("customer_segment", QT_TRANSLATE_NOOP("Column", "Customer segment"),
                "(SELECT segment FROM customer_scores WHERE account_rid = a.rid)", Schema::customerSegments())};
    readBeside(s, "phone", col("phone_e164", "", "json_extract(t.phones, '$[0].e164')"));
    s.defaultColumns = {QStringLiteral("name"),  QStringLiteral("account"), QStringLiteral("job_title"),
                        QStringLiteral("email"), QStringLiteral("phone"),   QStringLiteral("city"),
                        QStringLiteral("country"), QStringLiteral("owner"), QStringLiteral("updated")};
    s.filters = {equals("owner", QT_TRANSLATE_NOOP("Column", "Owner"), K::User, "t.owner_id"),
                 equals("team", QT_TRANSLATE_NOOP("Column", "Team"), K::Team, "t.team_id"),
                 tagged(EntityType::Contact),
                 equals("country", QT_TRANSLATE_NOOP("Column", "Country"), K::Country, "t.country"),
                 customerSegment(QStringLiteral("a.rid"))};
    return s;
}

ListSpec accounts()
{
    ListSpec s;
    s.type = EntityType::Account;
    s.from =
        QStringLiteral("accounts t LEFT JOIN accounts p ON p.id = t.parent_id LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0 AND t.merged_into IS NULL");
    s.columns = {
        col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
        enumCol("industry", QT_TRANSLATE_NOOP("Column", "Industry"), "t.industry", Schema::industries()),
        enumCol("segment", QT_TRANSLATE_NOOP("Column", "Company size"), "t.segment",
                enumOf(EntityType::Account, "segment")),
        col("city", QT_TRANSLATE_NOOP("Column", "City"), "t.city", "t.city"),
        col("country", QT_TRANSLATE_NOOP("Column", "Country"), "t.country", "t.country"),
        col("parent", QT_TRANSLATE_NOOP("Column", "Parent account"), "p.name"), phone("t.phone"),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name"),
        col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", "t.updated_at", F::DateTime),
        enumCol("tier", QT_TRANSLATE_NOOP("Column", "Service tier"), "t.tier", enumOf(EntityType::Account, "tier")),
        col("website", QT_TRANSLATE_NOOP("Column", "Website"), "t.website"),
        col("employees", QT_TRANSLATE_NOOP("Column", "Employees"), "t.employees", nullptr, F::Number),
        col("team", QT_TRANSLATE_NOOP("Column", "Team"), "(SELECT name FROM teams WHERE id = t.team_id)"),
        col("tags", QT_TRANSLATE_NOOP("Column", "Tags"), "(SELECT group_concat(value, ', ') FROM json_each(t.tags))"),
        // The customer's standing as the book was last scored (schema 21), in the scoring's currency.
        enumCol("customer_segment", QT_TRANSLATE_NOOP("Column", "Customer segment"),
                "(SELECT segment FROM customer_scores WHERE account_rid = t.rid)", Schema::customerSegments()),
        money("lifetime_value", QT_TRANSLATE_NOOP("Column", "Lifetime value"),
              "(SELECT lifetime_value FROM customer_scores WHERE account_rid = t.rid)", 17),
        col("churn_risk", QT_TRANSLATE_NOOP("Column", "Churn risk"),
            "(SELECT CAST(round(100 * churn_risk) AS INTEGER) FROM customer_scores WHERE account_rid = t.rid)", nullptr,
            F::Percent),
        // The scoring's currency (as CustomerReports::ScoredCurrency reads it), for the money column above.
        col("scored_currency", "",
            "(SELECT json_extract(value, '$.currency') FROM meta WHERE key = 'customer_scores')")};
    s.columns.last().helper = true;
    Q_ASSERT(s.columns[17].key == QLatin1String("scored_currency"));
    readBeside(s, "phone", col("phone_e164", "", "t.phone_e164"));
    s.defaultColumns = {QStringLiteral("name"),  QStringLiteral("industry"), QStringLiteral("segment"),
                        QStringLiteral("city"),  QStringLiteral("country"),  QStringLiteral("customer_segment"),
                        QStringLiteral("phone"), QStringLiteral("owner"),    QStringLiteral("updated")};
    s.filters = {
        equals("owner", QT_TRANSLATE_NOOP("Column", "Owner"), K::User, "t.owner_id"),
        equals("team", QT_TRANSLATE_NOOP("Column", "Team"), K::Team, "t.team_id"),
        tagged(EntityType::Account),
        equals("industry", QT_TRANSLATE_NOOP("Column", "Industry"), K::Enum, "t.industry", &Schema::industries()),
        equals("country", QT_TRANSLATE_NOOP("Column", "Country"), K::Country, "t.country"),
        equals("segment", QT_TRANSLATE_NOOP("Column", "Company size"), K::Enum, "t.segment",
               &enumOf(EntityType::Account, "segment")),
        customerSegment(QStringLiteral("t.rid"))};
    return s;
}

QString accountsLikelyToChurn()
{
    return QStringLiteral("t.rid IN (SELECT account_rid FROM customer_scores WHERE at_risk = 1)");
}

ListSpec leads()
{
    ListSpec s;
    s.type = EntityType::Lead;
    s.from = QStringLiteral("leads t LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0");
    // In the order a lead moves through (new, working, qualified, …), on schema 19's index of that order.
    ListColumn status =
        enumCol("status", QT_TRANSLATE_NOOP("Column", "Status"), "t.status", enumOf(EntityType::Lead, "status"));
    status.sortExpression = RecordList::declaredOrder(QStringLiteral("t.status"), *status.enumeration);
    s.columns = {
        col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
        col("company", QT_TRANSLATE_NOOP("Column", "Company"), "t.company"),
        status,
        enumCol("source", QT_TRANSLATE_NOOP("Column", "Source"), "t.source", enumOf(EntityType::Lead, "source")),
        col("score", QT_TRANSLATE_NOOP("Column", "Score"), "t.score", nullptr, F::Number),
        col("email", QT_TRANSLATE_NOOP("Column", "Email"), "t.email"),
        phone("t.phone"),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name")};
    readBeside(s, "phone", col("phone_e164", "", "t.phone_e164"));
    s.filters = {equals("owner", QT_TRANSLATE_NOOP("Column", "Owner"), K::User, "t.owner_id")};
    return s;
}

ListSpec opportunities()
{
    ListSpec s;
    s.type = EntityType::Opportunity;
    s.from = QStringLiteral(
        "opportunities t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {
        col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
        col("account", QT_TRANSLATE_NOOP("Column", "Account"), "a.name"),
        enumCol("stage", QT_TRANSLATE_NOOP("Column", "Stage"), "t.stage", Schema::stages()),
        money("amount", QT_TRANSLATE_NOOP("Column", "Amount"), "t.amount", 4, "t.amount"),
        col("currency", QT_TRANSLATE_NOOP("Column", "Currency"), "t.currency"),
        col("probability", QT_TRANSLATE_NOOP("Column", "Probability"), "t.probability", nullptr, F::Percent),
        col("close", QT_TRANSLATE_NOOP("Column", "Expected close"), "t.expected_close", "t.expected_close", F::Date),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name"),
        col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", "t.updated_at", F::DateTime)};
    s.defaultSortColumn = 6;
    // What a deal is judged by first, beside its name: where it stands, what it is worth, when it closes. (The
    // amount shows its currency; the currency and Modified columns are a right-click away.)
    s.defaultColumns = {QStringLiteral("name"),  QStringLiteral("stage"),       QStringLiteral("amount"),
                        QStringLiteral("close"), QStringLiteral("probability"), QStringLiteral("account"),
                        QStringLiteral("owner")};
    s.telling = {QStringLiteral("account")};
    s.filters = {equals("owner", QT_TRANSLATE_NOOP("Column", "Owner"), K::User, "t.owner_id"),
                 equals("team", QT_TRANSLATE_NOOP("Column", "Team"), K::Team, "t.team_id")};
    s.totalColumn = 3;
    return s;
}

ListSpec tickets()
{
    ListSpec s;
    s.type = EntityType::Ticket;
    s.from = QStringLiteral("tickets t LEFT JOIN contacts c ON c.id = t.contact_id LEFT JOIN accounts a ON a.id = "
                            "t.account_id LEFT JOIN users u ON u.id = t.assignee_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {
        col("number", QT_TRANSLATE_NOOP("Column", "Number"), "t.number"),
        col("subject", QT_TRANSLATE_NOOP("Column", "Subject"), "t.subject"),
        col("contact", QT_TRANSLATE_NOOP("Column", "Customer"), "c.display_title"),
        col("account", QT_TRANSLATE_NOOP("Column", "Account"), "a.name"),
        enumCol("priority", QT_TRANSLATE_NOOP("Column", "Priority"), "t.priority", Schema::ticketPriorities()),
        enumCol("status", QT_TRANSLATE_NOOP("Column", "Status"), "t.status", Schema::ticketStatuses()),
        col("assignee", QT_TRANSLATE_NOOP("Column", "Assignee"), "u.display_name"),
        col("sla", QT_TRANSLATE_NOOP("Column", "SLA"), "t.sla_due", "t.sla_due", F::Countdown),
        col("updated", QT_TRANSLATE_NOOP("Column", "Last update"), "t.updated_at", "t.updated_at", F::DateTime),
        col("opened", QT_TRANSLATE_NOOP("Column", "Opened"), "t.opened_at", "t.opened_at", F::DateTime),
        col("due", QT_TRANSLATE_NOOP("Column", "Resolution due"), "t.resolution_due", nullptr, F::DateTime),
        enumCol("channel", QT_TRANSLATE_NOOP("Column", "Channel"), "t.channel", enumOf(EntityType::Ticket, "channel")),
        enumCol("category", QT_TRANSLATE_NOOP("Column", "Category"), "t.category", Schema::ticketCategories()),
        col("team", QT_TRANSLATE_NOOP("Column", "Team"), "(SELECT name FROM teams WHERE id = t.team_id)")};
    // The SLA counts down in its policy's working time: the policy's key beside it (SlaPolicies::policyFor).
    readBeside(s, "sla", col("sla_policy", "", "t.priority || '/' || coalesce(a.tier, '')"));
    // What an agent scans first: which ticket, how long until it breaches, how urgent, what it is about.
    s.defaultColumns = {QStringLiteral("number"),  QStringLiteral("sla"),      QStringLiteral("priority"),
                        QStringLiteral("subject"), QStringLiteral("contact"),  QStringLiteral("account"),
                        QStringLiteral("status"),  QStringLiteral("assignee"), QStringLiteral("updated")};
    // Whose it is and where it stands: said under a ticket whose row has no room for them.
    s.telling = {QStringLiteral("contact"), QStringLiteral("account"), QStringLiteral("status"),
                 QStringLiteral("assignee")};
    s.defaultSortColumn = 9;
    s.defaultOrder = Qt::DescendingOrder;
    s.filters = {
        equals("assignee", QT_TRANSLATE_NOOP("Column", "Assignee"), K::User, "t.assignee_id"),
        equals("team", QT_TRANSLATE_NOOP("Column", "Team"), K::Team, "t.team_id"),
        equals("priority", QT_TRANSLATE_NOOP("Column", "Priority"), K::Enum, "t.priority", &Schema::ticketPriorities()),
        equals("status", QT_TRANSLATE_NOOP("Column", "Status"), K::Enum, "t.status", &Schema::ticketStatuses()),
        equals("channel", QT_TRANSLATE_NOOP("Column", "Channel"), K::Enum, "t.channel",
               &enumOf(EntityType::Ticket, "channel"))};
    return s;
}

ListSpec articles()
{
    ListSpec s;
    s.type = EntityType::KnowledgeArticle;
    s.from = QStringLiteral("kb_articles t LEFT JOIN products p ON p.id = t.product_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {col("title", QT_TRANSLATE_NOOP("Column", "Title"), "t.display_title", "t.sort_key"),
                 col("product", QT_TRANSLATE_NOOP("Column", "Product"), "p.name"),
                 enumCol("audience", QT_TRANSLATE_NOOP("Column", "Audience"), "t.audience",
                         enumOf(EntityType::KnowledgeArticle, "audience")),
                 enumCol("status", QT_TRANSLATE_NOOP("Column", "Status"), "t.status",
                         enumOf(EntityType::KnowledgeArticle, "status")),
                 col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", nullptr, F::DateTime)};
    return s;
}

ListSpec campaigns()
{
    ListSpec s;
    s.type = EntityType::Campaign;
    s.from = QStringLiteral("campaigns t LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {
        col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
        enumCol("channel", QT_TRANSLATE_NOOP("Column", "Channel"), "t.channel",
                enumOf(EntityType::Campaign, "channel")),
        enumCol("status", QT_TRANSLATE_NOOP("Column", "Status"), "t.status", enumOf(EntityType::Campaign, "status")),
        col("start", QT_TRANSLATE_NOOP("Column", "Start"), "t.start_date", nullptr, F::Date),
        col("end", QT_TRANSLATE_NOOP("Column", "End"), "t.end_date", nullptr, F::Date),
        money("budget", QT_TRANSLATE_NOOP("Column", "Budget"), "t.budget", 6),
        col("currency", QT_TRANSLATE_NOOP("Column", "Currency"), "t.currency"),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name")};
    s.totalColumn = 5;
    return s;
}

ListSpec activities()
{
    ListSpec s;
    s.type = EntityType::Activity;
    s.from = QStringLiteral("activities t LEFT JOIN contacts c ON c.id = t.contact_id LEFT JOIN accounts a ON a.id = "
                            "t.account_id LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {col("start", QT_TRANSLATE_NOOP("Column", "Time"), "t.start_at", "t.start_at", F::Time),
                 col("end", QT_TRANSLATE_NOOP("Column", "Until"), "t.end_at", nullptr, F::Time),
                 enumCol("type", QT_TRANSLATE_NOOP("Column", "Type"), "t.type", Schema::activityTypes()),
                 col("subject", QT_TRANSLATE_NOOP("Column", "Subject"), "t.subject"),
                 col("contact", QT_TRANSLATE_NOOP("Column", "Contact"), "c.display_title"),
                 col("account", QT_TRANSLATE_NOOP("Column", "Account"), "a.name"),
                 col("location", QT_TRANSLATE_NOOP("Column", "Location"), "t.location"),
                 col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name"),
                 col("done", QT_TRANSLATE_NOOP("Column", "Done"), "t.done", nullptr, F::Bool)};
    return s;
}

QString Queue::displayLabel() const
{
    return QCoreApplication::translate("Queue", label);
}

QList<Queue> ticketQueues(const QString& userId, const QList<SlaClock>& breaching)
{
    const QString queued = QStringLiteral("t.sla_due IS NOT NULL");
    // A ticket's sla_due is its earliest running clock, so the range up to the latest clock named holds them all; the
    // page is read along that range (`+t.id`: not by the ids, which would sort them after).
    qint64 latest = -1;
    QJsonArray ids;
    for (const SlaClock& c : breaching) {
        latest = std::max(latest, c.due);
        ids.append(c.ticketId);
    }
    const QString named = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    const QString sla = QStringLiteral("sla");
    return {{QStringLiteral("mine"),
             QT_TRANSLATE_NOOP("Queue", "My open tickets"),
             queued + QStringLiteral(" AND t.assignee_id = ?"),
             {userId},
             sla},
            {QStringLiteral("unassigned"),
             QT_TRANSLATE_NOOP("Queue", "Unassigned"),
             queued + QStringLiteral(" AND t.assignee_id IS NULL"),
             {},
             sla},
            // A rep's view of the help desk: the open tickets of the customers they look after, whoever works
            // them (the account's owner, else the contact's).
            {QStringLiteral("customers"),
             QT_TRANSLATE_NOOP("Queue", "My customers' open tickets"),
             queued + QStringLiteral(" AND (a.owner_id = ? OR (t.account_id IS NULL AND c.owner_id = ?))"),
             {userId, userId},
             sla},
            {QStringLiteral("open"), QT_TRANSLATE_NOOP("Queue", "All open tickets"), queued, {}, sla},
            {QStringLiteral("breaching"),
             QT_TRANSLATE_NOOP("Queue", "Breaching SLA"),
             queued + QStringLiteral(" AND t.sla_due <= ? AND +t.id IN (SELECT value FROM json_each(?))"),
             {latest, named},
             sla},
            {QStringLiteral("waiting"),
             QT_TRANSLATE_NOOP("Queue", "Waiting on customer"),
             QStringLiteral("t.sla_due = ?"),
             {Sla::Paused},
             sla},
            {QStringLiteral("all"),
             QT_TRANSLATE_NOOP("Queue", "All tickets"),
             {},
             {},
             QStringLiteral("opened"),
             Qt::DescendingOrder}};
}

std::optional<Queue> ticketQueue(const QString& key, const QString& userId, const QList<SlaClock>& breaching)
{
    for (const Queue& q : ticketQueues(userId, breaching))
        if (q.key == key)
            return q;
    return std::nullopt;
}

std::optional<ListSpec> forType(EntityType type)
{
    switch (type) {
    case EntityType::Contact:
        return contacts();
    case EntityType::Account:
        return accounts();
    case EntityType::Lead:
        return leads();
    case EntityType::Opportunity:
        return opportunities();
    case EntityType::Ticket:
        return tickets();
    case EntityType::KnowledgeArticle:
        return articles();
    case EntityType::Campaign:
        return campaigns();
    case EntityType::Activity:
        return activities();
    default:
        return std::nullopt;
    }
}

Result<QList<Choice>> choices(Database& db, const ListSpec& list, const ListFilter& filter)
{
    QList<Choice> out;
    auto named = [&](const char* table) -> Result<QList<Choice>> {
        auto st = db.statements().get(QStringLiteral("SELECT id, display_title FROM %1 WHERE deleted = 0 AND "
                                                     "merged_into IS NULL ORDER BY sort_key, rid")
                                          .arg(QLatin1String(table)));
        if (!st->isValid())
            return Error{RecordList::tr("The list cannot be read: %1").arg(st->errorText()), {}};
        while (st->step() == SqlStatement::Step::Row)
            out << Choice{st->text(0), st->text(1)};
        return out;
    };
    switch (filter.kind) {
    case ListFilter::Kind::User:
        return named("users");
    case ListFilter::Kind::Team:
        return named("teams");
    case ListFilter::Kind::Enum:
        for (const QString& key : filter.enumeration->keys)
            out << Choice{key, filter.enumeration->label(key)};
        return out;
    case ListFilter::Kind::Country: {
        // The distinct countries by skipping through the country index: one lookup per country, however
        // many records there are.
        const QString table = list.from.section(QLatin1Char(' '), 0, 0);
        auto st = db.statements().get(
            QStringLiteral("SELECT min(country) FROM %1 WHERE country > ?").arg(table));
        QString last;
        for (;;) {
            st->reset();
            st->bind(1, last);
            if (st->step() != SqlStatement::Step::Row || st->isNull(0))
                break;
            last = st->text(0);
            out << Choice{last, LocaleNames::country(last)};
        }
        QCollator collator;
        std::sort(out.begin(), out.end(),
                  [&collator](const Choice& a, const Choice& b) { return collator.compare(a.label, b.label) < 0; });
        return out;
    }
    case ListFilter::Kind::Tag: {
        // The tags on the records changed last, the most used first; a tag typed anew is still found by the
        // filter. The sample is of records, not of tagged records: however few carry tags, the read stops after
        // TagSample entries of the index on updated_at (16 ms at a million contacts, 0.9 s walking on until
        // that many tagged ones were found).
        const QString table = list.from.section(QLatin1Char(' '), 0, 0);
        auto st = db.statements().get(QStringLiteral("SELECT tags FROM (SELECT t.tags FROM %1 t WHERE %2 "
                                                     "ORDER BY t.updated_at DESC LIMIT %3) WHERE tags IS NOT NULL")
                                          .arg(table, list.where)
                                          .arg(TagSample));
        if (!st->isValid())
            return Error{RecordList::tr("The list cannot be read: %1").arg(st->errorText()), {}};
        QHash<QString, QPair<QString, int>> seen; // folded → (spelling first seen, records)
        while (st->step() == SqlStatement::Step::Row)
            for (const QJsonValue& v : QJsonDocument::fromJson(st->text(0).toUtf8()).array())
                if (const QString tag = v.toString().trimmed(); !tag.isEmpty()) {
                    auto& entry = seen[tag.toCaseFolded()];
                    if (entry.first.isEmpty())
                        entry.first = tag;
                    ++entry.second;
                }
        QList<QPair<QString, int>> tags(seen.cbegin(), seen.cend());
        QCollator collator;
        std::sort(tags.begin(), tags.end(), [&collator](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : collator.compare(a.first, b.first) < 0;
        });
        for (const auto& [tag, count] : std::as_const(tags).first(std::min<qsizetype>(tags.size(), TagChoices)))
            out << Choice{tag, tag};
        return out;
    }
    }
    return out;
}

} // namespace rapport::ListQueries
