// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Pipeline.h"

#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace rapport {

namespace {

/// The filter as SQL over `t` (opportunities), with its values in order.
QString conditions(const PipelineFilter& f, QVariantList& values)
{
    QStringList where{QStringLiteral("t.deleted = 0")};
    if (!f.owners.isEmpty()) {
        QStringList marks;
        for (const QString& owner : f.owners) {
            marks << QStringLiteral("?");
            values << owner;
        }
        where << QStringLiteral("t.owner_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.teamId.isEmpty()) {
        where << QStringLiteral("t.team_id = ?");
        values << f.teamId;
    }
    if (f.closeFrom.isValid()) {
        where << QStringLiteral("t.expected_close >= ?");
        values << f.closeFrom.toString(Qt::ISODate);
    }
    if (f.closeTo.isValid()) {
        where << QStringLiteral("t.expected_close <= ?");
        values << f.closeTo.toString(Qt::ISODate);
    }
    if (f.minAmount > 0) {
        where << QStringLiteral("t.amount >= ?");
        values << f.minAmount;
    }
    where << QStringLiteral("(t.stage NOT IN ('closed_won', 'closed_lost') OR t.closed_at >= ?)");
    values << f.closedSince;
    return where.join(QStringLiteral(" AND "));
}

Error queryError(const SqlStatement& st)
{
    return Error{Pipeline::tr("The pipeline cannot be read: %1").arg(st.errorText()), {}};
}

} // namespace

Result<QList<PipelineColumn>> Pipeline::columns(Database& db, const PipelineFilter& filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT t.stage, t.currency, count(*), coalesce(sum(t.amount), 0), "
                                       "coalesce(sum(t.amount * coalesce(t.probability, 0) / 100), 0) "
                                       "FROM opportunities t WHERE %1 GROUP BY t.stage, t.currency")
                            .arg(conditions(filter, values));
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return queryError(*st);
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    QMap<QString, PipelineColumn> byStage;
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        PipelineColumn& c = byStage[st->text(0)];
        c.count += st->int64(2);
        c.amount[st->text(1)] += st->int64(3);
        c.weighted[st->text(1)] += st->int64(4);
    }
    if (step == SqlStatement::Step::Error)
        return queryError(*st);
    QList<PipelineColumn> out;
    for (const QString& stage : Schema::stages().keys) {
        PipelineColumn c = byStage.value(stage);
        c.stage = stage;
        out << c;
    }
    return out;
}

Result<QList<PipelineCard>> Pipeline::cards(Database& db, const PipelineFilter& filter, const QString& stage,
                                            const PipelineCard* after, int limit)
{
    QVariantList values{stage};
    QString where = QStringLiteral("t.stage = ? AND ") + conditions(filter, values);
    if (after) {
        // After (expected close, rid) in index order; deals without a close date sort first.
        if (after->expectedClose.isEmpty()) {
            where += QStringLiteral(" AND ((t.expected_close IS NULL AND t.rid > ?) OR t.expected_close IS NOT NULL)");
            values << after->rid;
        } else {
            where += QStringLiteral(" AND (t.expected_close > ? OR (t.expected_close = ? AND t.rid > ?))");
            values << after->expectedClose << after->expectedClose << after->rid;
        }
    }
    values << limit;
    const QString sql =
        QStringLiteral("SELECT t.id, t.name, a.name, u.display_name, t.stage, t.currency, t.expected_close, "
                       "coalesce(t.amount, 0), coalesce(t.probability, 0), t.rid FROM opportunities t "
                       "LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u ON u.id = t.owner_id "
                       "WHERE %1 ORDER BY t.expected_close, t.rid LIMIT ?")
            .arg(where);
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return queryError(*st);
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    QList<PipelineCard> out;
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        PipelineCard c;
        c.id = st->text(0);
        c.name = st->text(1);
        c.account = st->text(2);
        c.owner = st->text(3);
        c.stage = st->text(4);
        c.currency = st->text(5);
        c.expectedClose = st->text(6);
        c.amount = st->int64(7);
        c.probability = int(st->int64(8));
        c.rid = st->int64(9);
        out << c;
    }
    if (step == SqlStatement::Step::Error)
        return queryError(*st);
    return out;
}

} // namespace rapport
