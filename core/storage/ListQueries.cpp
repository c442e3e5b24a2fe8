// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ListQueries.h"

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
    c.currencyColumn = currencyColumn;
    return c;
}

const Enumeration& enumOf(EntityType type, const char* field)
{
    return *Schema::entity(type).field(QLatin1String(field))->enumeration;
}
} // namespace

ListSpec contacts()
{
    ListSpec s;
    s.type = EntityType::Contact;
    s.from =
        QStringLiteral("contacts t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0 AND t.merged_into IS NULL");
    s.columns = {col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
                 col("account", QT_TRANSLATE_NOOP("Column", "Account"), "a.name"),
                 col("job_title", QT_TRANSLATE_NOOP("Column", "Job title"), "t.job_title"),
                 col("email", QT_TRANSLATE_NOOP("Column", "Email"), "t.primary_email"),
                 col("phone", QT_TRANSLATE_NOOP("Column", "Phone"), "t.primary_phone"),
                 col("city", QT_TRANSLATE_NOOP("Column", "City"), "t.city", "t.city"),
                 col("country", QT_TRANSLATE_NOOP("Column", "Country"), "t.country", "t.country"),
                 col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name"),
                 col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", "t.updated_at", F::DateTime)};
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
        enumCol("segment", QT_TRANSLATE_NOOP("Column", "Segment"), "t.segment", enumOf(EntityType::Account, "segment")),
        col("city", QT_TRANSLATE_NOOP("Column", "City"), "t.city", "t.city"),
        col("country", QT_TRANSLATE_NOOP("Column", "Country"), "t.country", "t.country"),
        col("parent", QT_TRANSLATE_NOOP("Column", "Parent account"), "p.name"),
        col("phone", QT_TRANSLATE_NOOP("Column", "Phone"), "t.phone"),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name"),
        col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", "t.updated_at", F::DateTime)};
    return s;
}

ListSpec leads()
{
    ListSpec s;
    s.type = EntityType::Lead;
    s.from = QStringLiteral("leads t LEFT JOIN users u ON u.id = t.owner_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {
        col("name", QT_TRANSLATE_NOOP("Column", "Name"), "t.display_title", "t.sort_key"),
        col("company", QT_TRANSLATE_NOOP("Column", "Company"), "t.company"),
        enumCol("status", QT_TRANSLATE_NOOP("Column", "Status"), "t.status", enumOf(EntityType::Lead, "status"),
                "t.status"),
        enumCol("source", QT_TRANSLATE_NOOP("Column", "Source"), "t.source", enumOf(EntityType::Lead, "source")),
        col("score", QT_TRANSLATE_NOOP("Column", "Score"), "t.score", nullptr, F::Number),
        col("email", QT_TRANSLATE_NOOP("Column", "Email"), "t.email"),
        col("phone", QT_TRANSLATE_NOOP("Column", "Phone"), "t.phone"),
        col("owner", QT_TRANSLATE_NOOP("Column", "Owner"), "u.display_name")};
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
    return s;
}

ListSpec tickets()
{
    ListSpec s;
    s.type = EntityType::Ticket;
    s.from = QStringLiteral("tickets t LEFT JOIN contacts c ON c.id = t.contact_id LEFT JOIN accounts a ON a.id = "
                            "t.account_id LEFT JOIN users u ON u.id = t.assignee_id");
    s.where = QStringLiteral("t.deleted = 0");
    s.columns = {col("number", QT_TRANSLATE_NOOP("Column", "Number"), "t.number"),
                 col("subject", QT_TRANSLATE_NOOP("Column", "Subject"), "t.subject"),
                 col("contact", QT_TRANSLATE_NOOP("Column", "Customer"), "c.display_title"),
                 col("account", QT_TRANSLATE_NOOP("Column", "Account"), "a.name"),
                 enumCol("priority", QT_TRANSLATE_NOOP("Column", "Priority"), "t.priority", Schema::ticketPriorities()),
                 enumCol("status", QT_TRANSLATE_NOOP("Column", "Status"), "t.status", Schema::ticketStatuses()),
                 col("assignee", QT_TRANSLATE_NOOP("Column", "Assignee"), "u.display_name"),
                 col("opened", QT_TRANSLATE_NOOP("Column", "Opened"), "t.opened_at", "t.opened_at", F::DateTime),
                 col("due", QT_TRANSLATE_NOOP("Column", "Resolution due"), "t.resolution_due", nullptr, F::DateTime),
                 col("updated", QT_TRANSLATE_NOOP("Column", "Modified"), "t.updated_at", "t.updated_at", F::DateTime)};
    s.defaultSortColumn = 7;
    s.defaultOrder = Qt::DescendingOrder;
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

} // namespace rapport::ListQueries
