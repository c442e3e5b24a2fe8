// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordList.h"

#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <algorithm>

namespace rapport {

QString ListColumn::displayLabel() const
{
    return QCoreApplication::translate("Column", label);
}

RecordList::RecordList(ListSpec spec)
    : m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_order(m_spec.defaultOrder)
{}

bool RecordList::isSortable(int column) const
{
    return column >= 0 && column < m_spec.columns.size() && !m_spec.columns[column].expression.isEmpty();
}

bool RecordList::sortsByIndex(int column) const
{
    return isSortable(column) && !m_spec.columns[column].sortExpression.isEmpty();
}

Result<bool> RecordList::canSortBy(Database& db, int column) const
{
    if (!isSortable(column))
        return false;
    if (sortsByIndex(column))
        return true;
    auto n = count(db, m_scanSortLimit);
    if (!n)
        return n.error();
    return *n <= m_scanSortLimit;
}

QString RecordList::sortExpressionOf(int column) const
{
    const ListColumn& c = m_spec.columns[column];
    if (!c.sortExpression.isEmpty())
        return c.sortExpression;
    // Records with the same value follow in the list's own order when that is a text (people of one account by
    // name): one text key, so the pages continue after (key, rid) as for any other order. A missing value stays
    // NULL (NULL || text is NULL), first when ascending as in the indexed orders.
    const ListColumn& own = m_spec.columns[m_spec.defaultSortColumn];
    const QString then = own.format == ColumnFormat::Text && !own.sortExpression.isEmpty()
                             ? QStringLiteral(" || char(1) || coalesce(%1, '')").arg(own.sortExpression)
                             : QString();
    switch (c.format) {
    case ColumnFormat::Text:
        return QStringLiteral("(rapport_fold(%1)%2)").arg(c.expression, then);
    case ColumnFormat::Enum:
        return c.enumeration ? QStringLiteral("(%1%2)").arg(declaredOrder(c.expression, *c.enumeration), then)
                             : c.expression;
    case ColumnFormat::Phone:
        // By the number, not by how it was typed: its E.164 form, as the numbers are shown alike.
        return c.companionColumn >= 0 ? QStringLiteral("(%1%2)").arg(m_spec.columns[c.companionColumn].expression, then)
                                      : c.expression;
    default:
        return c.expression;
    }
}

QString RecordList::declaredOrder(const QString& expression, const Enumeration& enumeration)
{
    QString cases;
    for (int i = 0; i < enumeration.keys.size(); ++i)
        cases += QStringLiteral(" WHEN '%1' THEN '%2'")
                     .arg(QString(enumeration.keys[i]).replace(QLatin1Char('\''), QStringLiteral("''")))
                     .arg(i, 4, 10, QLatin1Char('0'));
    return QStringLiteral("(CASE %1%2 END)").arg(expression, cases);
}

bool RecordList::setSort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return false;
    m_sortColumn = column;
    m_order = order;
    return true;
}

void RecordList::setCondition(const QString& sql, const QVariantList& values)
{
    m_condition = sql;
    m_conditionValues = values;
}

QString ListFilter::displayLabel() const
{
    return QCoreApplication::translate("Column", label);
}

void RecordList::setFilter(const QString& key, const QVariant& value)
{
    if (value.isNull())
        m_filters.remove(key);
    else
        m_filters.insert(key, value);
}

void RecordList::setSearchText(const QString& text, int limit)
{
    m_searchText = text.trimmed();
    m_searchLimit = limit;
    m_searchRids.reset();
}

void RecordList::setSearchResult(const QString& text, const QList<qint64>& rids)
{
    m_searchText = text.trimmed();
    if (m_searchText.isEmpty())
        m_searchRids.reset();
    else
        m_searchRids = rids;
}

Result<QList<ListRow>> RecordList::fetch(Database& db, const ListRow* after, int limit) const
{
    return read(db, after, limit, Forward, {});
}

Result<QList<ListRow>> RecordList::fetchBefore(Database& db, const ListRow& before, int limit) const
{
    auto rows = read(db, &before, limit, Backward, {});
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

Result<std::optional<ListRow>> RecordList::find(Database& db, const QString& id) const
{
    auto rows = read(db, nullptr, 1, Forward, id);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<ListRow>(rows->first());
}

bool RecordList::conditions(QStringList& where, QVariantList& values) const
{
    where << m_spec.where;
    if (!m_condition.isEmpty()) {
        where << QLatin1Char('(') + m_condition + QLatin1Char(')');
        values << m_conditionValues;
    }
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        for (const ListFilter& f : m_spec.filters)
            if (f.key == it.key()) {
                const auto [sql, bound] = f.condition(it.value());
                where << QLatin1Char('(') + sql + QLatin1Char(')');
                values << bound;
            }
    }
    if (m_searchRids) {
        QStringList list;
        list.reserve(m_searchRids->size());
        for (qint64 rid : std::as_const(*m_searchRids))
            list << QString::number(rid);
        where << QStringLiteral("t.rid IN (SELECT value FROM json_each(?))");
        values << QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
    } else if (!m_searchText.isEmpty()) {
        const QString fts = SearchIndex::toFtsQuery(m_searchText);
        if (fts.isEmpty())
            return false;
        // A bounded set of matches, shown in the list's own order. Not ranked: ranking would visit every
        // match of a short prefix, and this runs on the GUI thread for every page.
        QString matches = QStringLiteral("t.rid IN (SELECT rowid - ? FROM search_index WHERE search_index MATCH ? "
                                         "AND rowid BETWEEN ? AND ? LIMIT ?)");
        const qint64 base = SearchIndex::rowidFor(m_spec.type, 0);
        values << base << fts << base << SearchIndex::rowidFor(m_spec.type, (qint64(1) << 40) - 1) << m_searchLimit;
        if (const QString tail = SearchIndex::phoneTailSql(m_spec.type, m_searchText); !tail.isEmpty()) {
            matches = QStringLiteral("(%1 OR t.rid IN (%2))").arg(matches, tail);
            values << SearchIndex::phoneTailValue(m_searchText);
        }
        where << matches;
    }
    return true;
}

Status RecordList::readBounded(Database& db, const QString& outer, const QString& columns, qint64 cap,
                               const std::function<void(const SqlStatement&)>& row) const
{
    QStringList where;
    QVariantList values;
    if (!conditions(where, values))
        return {};
    auto st = db.statements().get(outer.arg(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT ?")
                                                .arg(columns, m_spec.from, where.join(QStringLiteral(" AND ")))));
    if (!st->isValid())
        return Error{tr("The list cannot be read: %1").arg(st->errorText()), {}};
    int p = 1;
    for (const QVariant& v : std::as_const(values))
        st->bind(p++, v);
    st->bind(p, cap + 1);
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row)
        row(*st);
    if (step == SqlStatement::Step::Error)
        return Error{tr("The list cannot be read: %1").arg(st->errorText()), {}};
    return {};
}

Result<qint64> RecordList::count(Database& db, qint64 cap) const
{
    // Bounded: past `cap` the exact number costs a walk of every row and tells a person little more.
    qint64 n = 0;
    if (Status s = readBounded(db, QStringLiteral("SELECT count(*) FROM (%1)"), QStringLiteral("1"), cap,
                               [&n](const SqlStatement& st) { n = st.int64(0); });
        !s)
        return s.error();
    return n;
}

Result<ListTally> RecordList::tally(Database& db, qint64 cap) const
{
    if (m_spec.totalColumn < 0) {
        auto n = count(db, cap);
        if (!n)
            return n.error();
        return ListTally{*n, {}};
    }
    const ListColumn& total = m_spec.columns[m_spec.totalColumn];
    const ListColumn& currency = m_spec.columns[total.companionColumn];
    ListTally tally;
    if (Status s = readBounded(db, QStringLiteral("SELECT count(*), c, sum(a) FROM (%1) GROUP BY c"),
                               QStringLiteral("%1 AS a, %2 AS c").arg(total.expression, currency.expression), cap,
                               [&tally](const SqlStatement& st) {
                                   tally.count += st.int64(0);
                                   if (!st.isNull(2)) // records without an amount add nothing
                                       tally.sums[st.text(1)] += st.int64(2);
                               });
        !s)
        return s.error();
    if (tally.count > cap)
        tally.sums.clear(); // a part of the list's sum would read as all of it
    return tally;
}

Result<QList<ListRow>> RecordList::read(Database& db, const ListRow* from, int limit, Direction direction,
                                        const QString& id) const
{
    const QString sort = sortExpressionOf(m_sortColumn);
    // Reading backwards is reading forwards in the opposite order (and turning the rows round after).
    const bool asc = (m_order == Qt::AscendingOrder) == (direction == Forward);
    QStringList select{QStringLiteral("t.rid"), QStringLiteral("t.id"), sort};
    for (const ListColumn& c : m_spec.columns)
        select << c.expression;

    QStringList where;
    QVariantList values;
    if (!conditions(where, values))
        return QList<ListRow>();
    if (!id.isEmpty()) {
        where << QStringLiteral("t.id = ?");
        values << id;
    }
    // The rows after `from`, as one or two ranges of the sort's index, each read by seeking to where it starts
    // (an OR of both would make SQLite walk the index from its end). NULL sort values come first when
    // ascending and last when descending (SQLite's order).
    struct Range
    {
        QString condition;
        QVariantList values;
    };
    QList<Range> ranges;
    if (!from) {
        ranges << Range{};
    } else if (from->sortValue.isNull()) {
        ranges << Range{QStringLiteral("%1 IS NULL AND t.rid %2 ?").arg(sort, asc ? u">" : u"<"), {from->rid}};
        if (asc)
            ranges << Range{QStringLiteral("%1 IS NOT NULL").arg(sort), {}};
    } else {
        ranges << Range{QStringLiteral("(%1, t.rid) %2 (?, ?)").arg(sort, asc ? u">" : u"<"),
                        {from->sortValue, from->rid}};
        if (!asc)
            ranges << Range{QStringLiteral("%1 IS NULL").arg(sort), {}};
    }
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QList<ListRow> rows;
    rows.reserve(limit);
    const int columns = static_cast<int>(m_spec.columns.size());
    for (const Range& range : std::as_const(ranges)) {
        if (rows.size() >= limit)
            break;
        QStringList conditions = where;
        if (!range.condition.isEmpty())
            conditions << range.condition;
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5, t.rid %5 LIMIT ?")
                                .arg(select.join(QStringLiteral(", ")), m_spec.from,
                                     conditions.join(QStringLiteral(" AND ")), sort, dir);
        auto st = db.statements().get(sql);
        if (!st->isValid())
            return Error{tr("The list cannot be read: %1").arg(st->errorText()), {}};
        int p = 1;
        for (const QVariant& v : std::as_const(values))
            st->bind(p++, v);
        for (const QVariant& v : range.values)
            st->bind(p++, v);
        st->bind(p++, qint64(limit - rows.size()));
        SqlStatement::Step step;
        while ((step = st->step()) == SqlStatement::Step::Row) {
            ListRow row;
            row.rid = st->int64(0);
            row.id = st->text(1);
            row.sortValue = st->value(2);
            row.values.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.values << st->value(3 + c);
            rows << row;
        }
        if (step == SqlStatement::Step::Error)
            return Error{tr("The list cannot be read: %1").arg(st->errorText()), {}};
    }
    return rows;
}

} // namespace rapport
