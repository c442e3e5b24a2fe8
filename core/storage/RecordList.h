// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "domain/Schema.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariant>

#include <functional>
#include <optional>

namespace rapport {

class Database;
class SqlStatement;

/// How a list column's values are shown.
/// Countdown: a due time shown as the time left (a ticket's SLA; Sla::NoTarget and Sla::Paused say why none).
enum class ColumnFormat { Text, Enum, Money, Date, DateTime, Time, Number, Percent, Bool, Countdown, Phone };

struct ListColumn
{
    QString key;       ///< stable name, used for saved column settings
    const char* label; ///< untranslated, context "Column"
    ColumnFormat format = ColumnFormat::Text;
    QString expression;                       ///< SQL over the list's FROM clause (the main table is aliased `t`)
    QString sortExpression;                   ///< indexed SQL to sort on; empty: sorted by reading the list
    const Enumeration* enumeration = nullptr; ///< Enum columns
    /// Money columns: index of the column holding the currency; Phone columns: of the one with the E.164 form.
    int companionColumn = -1;
    bool helper = false; ///< read for another column's sake (a currency, a number's E.164 form), never shown

    QString displayLabel() const;
};

/// A way to narrow a list that the person picks a value for (an owner, a tag, a country, …).
struct ListFilter
{
    enum class Kind { User, Team, Enum, Country, Tag };
    QString key;       ///< stable name ("owner", "tag")
    const char* label; ///< untranslated, context "Column"
    Kind kind = Kind::Enum;
    const Enumeration* enumeration = nullptr; ///< Enum filters
    /// The SQL condition over the list's FROM clause and its bound values, for a chosen value.
    std::function<QPair<QString, QVariantList>(const QVariant& value)> condition;

    QString displayLabel() const;
};

/// A list of records the views page through: its columns, its FROM/WHERE clauses and the sort orders
/// an index supports. Definitions live in core (ListQueries); the GUI only chooses among them.
struct ListSpec
{
    EntityType type = EntityType::Contact;
    QString from;  ///< "contacts t LEFT JOIN accounts a ON a.id = t.account_id"
    QString where; ///< always applied, e.g. "t.deleted = 0"
    QList<ListColumn> columns;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultOrder = Qt::AscendingOrder;
    /// The filters offered for this list.
    QList<ListFilter> filters;
    /// Columns shown when the person has not chosen (keys); empty: all.
    QStringList defaultColumns;
    /// Columns that tell two rows of the same name apart or say where a row stands (a deal's account; a ticket's
    /// customer, status and assignee), keys: where the list has no room for them, the row says these first in a
    /// second line, then the other columns a scroll away.
    QStringList telling;
    /// The money column the list adds up beside its count (a deal list's amounts), -1 for none.
    int totalColumn = -1;
};

/// How many records a list holds, and what its total column adds up to per currency (minor units).
struct ListTally
{
    qint64 count = 0;
    /// Empty when the list has no total column, or holds more records than were counted.
    QMap<QString, qint64> sums;
};

/// One row of a list: the record's identity, the value of each column and the sort key of the row
/// (what the next page continues after).
struct ListRow
{
    qint64 rid = 0;
    QString id;
    QVariantList values;
    QVariant sortValue;
};

/// A keyset cursor over a ListSpec: pages continue after the last row's (sort value, rid), so page
/// 10,000 costs what page 1 costs, and no query ever counts or offsets the whole table.
class RecordList
{
    Q_DECLARE_TR_FUNCTIONS(RecordList)

public:
    explicit RecordList(ListSpec spec);

    const ListSpec& spec() const { return m_spec; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Every column sorts: by an index whatever the list holds, or by reading the whole list and sorting it
    /// (see sortsByIndex) when it holds at most scanSortLimit() records.
    bool isSortable(int column) const;
    /// Whether `column` sorts by an index, in the same time for a page of a million records as of ten.
    bool sortsByIndex(int column) const;
    /// The most records a list sorted by a column without an index may hold: each page reads them all
    /// (about 27 ms a page for 25,000 on the benchmark machine, docs/benchmarks.md).
    static constexpr qint64 DefaultScanSortLimit = 25000;
    qint64 scanSortLimit() const { return m_scanSortLimit; }
    void setScanSortLimit(qint64 records) { m_scanSortLimit = records; }
    /// Whether the list, with its filters and search, may be sorted by `column` now: always for a column with an
    /// index, else when the list holds at most scanSortLimit() records (a bounded count).
    Result<bool> canSortBy(Database& db, int column) const;
    /// Chooses the order (the caller checks canSortBy for columns without an index); false for no column.
    bool setSort(int column, Qt::SortOrder order);
    /// The SQL the list sorts on by `column`: its index's expression, or the column's value made comparable
    /// (text folded as names are, enumerations in their declared order).
    QString sortExpressionOf(int column) const;
    /// `expression`'s enumeration keys in their declared order, as an SQL expression sorting as text
    /// ("(CASE t.status WHEN 'new' THEN '0000' WHEN 'working' THEN '0001' … END)"); an index on it (with the
    /// table's own column names) sorts a list that way.
    static QString declaredOrder(const QString& expression, const Enumeration& enumeration);

    /// An extra condition with its bound values (owner filter, stage filter, a date range).
    void setCondition(const QString& sql, const QVariantList& values);
    /// Narrows the list by the spec's filter `key` to `value` (a null value removes that filter). Several
    /// filters apply together.
    void setFilter(const QString& key, const QVariant& value);
    QMap<QString, QVariant> filters() const { return m_filters; }
    /// Restricts the list to records matching a full-text search (at most `limit` of them).
    void setSearchText(const QString& text, int limit = 1000);
    QString searchText() const { return m_searchText; }
    /// Restricts the list to these records (the matches of `text`, found by a search that ran elsewhere,
    /// off the GUI thread). Replaces any search text; an empty `text` lifts the restriction.
    void setSearchResult(const QString& text, const QList<qint64>& rids);

    /// The first page when `after` is null, else the page after that row.
    Result<QList<ListRow>> fetch(Database& db, const ListRow* after, int limit) const;
    /// The `limit` rows just before `before`, in the list's order (fewer at the top of the list).
    Result<QList<ListRow>> fetchBefore(Database& db, const ListRow& before, int limit) const;
    /// The row of record `id`, if the list shows it (it may be filtered out).
    Result<std::optional<ListRow>> find(Database& db, const QString& id) const;
    /// How many records the list holds with its filters and search, counting no further than `cap + 1`:
    /// a result above `cap` means "more than cap". Slow on a large book (every row is visited): run it off the
    /// GUI thread.
    Result<qint64> count(Database& db, qint64 cap) const;
    /// The count, and the spec's total column summed per currency over the same records (when there are at
    /// most `cap` of them).
    Result<ListTally> tally(Database& db, qint64 cap) const;

private:
    enum Direction { Forward, Backward };
    /// Runs `outer` (with "%1" for the records' query) over the list's records, at most `cap + 1` of them, each
    /// read as `columns`; `row` sees each row of the result. Nothing when nothing can match.
    Status readBounded(Database& db, const QString& outer, const QString& columns, qint64 cap,
                       const std::function<void(const SqlStatement&)>& row) const;
    /// The WHERE conditions of the list and their bound values; false when nothing can match.
    bool conditions(QStringList& where, QVariantList& values) const;
    Result<QList<ListRow>> read(Database& db, const ListRow* from, int limit, Direction direction,
                                const QString& id) const;

    ListSpec m_spec;
    int m_sortColumn;
    Qt::SortOrder m_order;
    QString m_condition;
    QVariantList m_conditionValues;
    QMap<QString, QVariant> m_filters;
    QString m_searchText;
    std::optional<QList<qint64>> m_searchRids;
    int m_searchLimit = 1000;
    qint64 m_scanSortLimit = DefaultScanSortLimit;
};

} // namespace rapport
