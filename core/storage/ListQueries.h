// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/RecordList.h"

#include <optional>

namespace rapport {

class Database;
struct SlaClock;

/// The lists the views page through. A column with a sort expression sorts on an index, so each page is an index
/// range scan whatever the table's size; the others sort a list narrowed to RecordList::scanSortLimit() records
/// by reading it whole (RecordList::sortExpressionOf).
namespace ListQueries {
ListSpec contacts();
ListSpec accounts();
/// A condition over accounts(): the customers likely to churn (a churn risk of one half or more, and an order in
/// the last year), as the book was last scored (schema 21).
QString accountsLikelyToChurn();
ListSpec leads();
ListSpec opportunities();
ListSpec tickets();
ListSpec articles();
ListSpec campaigns();
/// Activities ordered by start; combine with a condition on t.start_at (and t.owner_id).
ListSpec activities();
/// A saved view of the ticket queue: which tickets (a condition over tickets()), in which order.
struct Queue
{
    QString key;       ///< "mine", "unassigned", "open", "breaching", "waiting", "all"
    const char* label; ///< untranslated, context "Queue"
    QString condition;
    QVariantList values;
    QString sortColumn; ///< a column key of tickets()
    Qt::SortOrder order = Qt::AscendingOrder;

    QString displayLabel() const;
};
/// The help desk's queues for `userId`, the most urgent first in each; "breaching" holds the tickets of the clocks
/// that Sla::check found breached or due within their warning time (`breaching`), as the desktop's banner and
/// `rapport-cli sla check` count them. Each pages through an index on sla_due.
QList<Queue> ticketQueues(const QString& userId, const QList<SlaClock>& breaching);
/// The queue called `key`, or nullopt.
std::optional<Queue> ticketQueue(const QString& key, const QString& userId, const QList<SlaClock>& breaching);

/// The list for a record type, or nullopt when there is none.
std::optional<ListSpec> forType(EntityType type);

/// A value a filter can take, with what the person reads for it.
struct Choice
{
    QVariant value;
    QString label;
};
/// The values to offer for a filter of `list`: the users or teams by name, the countries its records are
/// in (by name in the user's language), the enumeration's labels, or the tags in use (the TagChoices most
/// used among the TagSample records changed last).
Result<QList<Choice>> choices(Database& db, const ListSpec& list, const ListFilter& filter);
inline constexpr int TagSample = 5000;
inline constexpr int TagChoices = 100;
} // namespace ListQueries

} // namespace rapport
