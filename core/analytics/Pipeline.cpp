// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Pipeline.h"

#include "domain/Money.h"
#include "domain/Periods.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Rates.h"
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
    return where.join(QStringLiteral(" AND "));
}

Error queryError(const SqlStatement& st)
{
    return Error{Pipeline::tr("The pipeline cannot be read: %1").arg(st.errorText()), {}};
}

} // namespace

Result<QSet<QString>> Pipeline::dealOwners(Database& db)
{
    SqlStatement st(db.handle(), QStringLiteral("SELECT u.id FROM users u WHERE EXISTS (SELECT 1 FROM opportunities t "
                                                "WHERE t.owner_id = u.id AND t.deleted = 0)"));
    QSet<QString> owners;
    SqlStatement::Step step;
    while ((step = st.step()) == SqlStatement::Step::Row)
        owners.insert(st.text(0));
    if (step == SqlStatement::Step::Error)
        return queryError(st);
    return owners;
}

QString Pipeline::stageList(bool closed)
{
    QStringList out;
    for (const QString& stage : Schema::stages().keys)
        if (Schema::isClosedStage(stage) == closed)
            out << QLatin1Char('\'') + stage + QLatin1Char('\'');
    return out.join(QLatin1Char(','));
}

void PipelineFilter::closingIn(ClosePeriod period, const QDate& today)
{
    Periods::Days days;
    switch (period) {
    case ClosePeriod::Any:
        break;
    case ClosePeriod::ThisMonth:
        days = Periods::month(today);
        break;
    case ClosePeriod::ThisQuarter:
        days = Periods::quarter(today);
        break;
    case ClosePeriod::NextQuarter:
        days = Periods::quarter(today, 1);
        break;
    case ClosePeriod::ThisYear:
        days = Periods::year(today);
        break;
    }
    closeFrom = days.from;
    closeTo = days.to;
}

Result<QList<PipelineColumn>> Pipeline::columns(Database& db, const PipelineFilter& filter)
{
    QVariantList values;
    const QString sums = QStringLiteral("SELECT t.stage, t.currency, count(*), coalesce(sum(t.amount), 0), "
                                        "coalesce(sum(t.amount * coalesce(t.probability, 0) / 100), 0) "
                                        "FROM opportunities t WHERE %1 GROUP BY t.stage, t.currency");
    QString sql;
    if (filter.closedSince <= 0) {
        // Every closed deal counts (a report over all time): one pass over the totals' index.
        sql = sums.arg(conditions(filter, values));
    } else {
        // Open stages, then the deals closed since `closedSince`.
        const QString open = conditions(filter, values) + QStringLiteral(" AND t.stage IN (%1)").arg(stageList(false));
        const QString closed = conditions(filter, values) +
                               QStringLiteral(" AND t.stage IN (%1) AND t.closed_at >= ?").arg(stageList(true));
        values << filter.closedSince;
        sql = sums.arg(open) + QStringLiteral(" UNION ALL ") + sums.arg(closed);
    }
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

Result<PipelineReport> Pipeline::report(Database& db, const PipelineFilter& filter, const QString& currency,
                                        const QDate& day)
{
    auto columns = Pipeline::columns(db, filter);
    if (!columns)
        return columns.error();
    auto rates = Rates::load(db, currency);
    if (!rates)
        return rates.error();
    PipelineReport report;
    report.currency = rates->reporting();
    report.ratesOf = day;
    for (const PipelineColumn& c : std::as_const(*columns)) {
        PipelineStageFigures f;
        f.stage = c.stage;
        f.count = c.count;
        for (auto it = c.amount.cbegin(); it != c.amount.cend(); ++it) {
            const auto amount = rates->convert(it.value(), it.key(), day);
            const auto weighted = rates->convert(c.weighted.value(it.key()), it.key(), day);
            if (!amount || !weighted) {
                if (!report.unconverted.contains(it.key()))
                    report.unconverted << it.key();
                continue;
            }
            f.amount += *amount;
            f.weighted += *weighted;
        }
        report.stages << f;
    }
    report.unconverted.sort();
    return report;
}

Result<QList<PipelineCard>> Pipeline::cards(Database& db, const PipelineFilter& filter, const QString& stage,
                                            const PipelineCard* after, int limit)
{
    QVariantList values{stage};
    QString where = QStringLiteral("t.stage = ? AND ") + conditions(filter, values);
    if (Schema::isClosedStage(stage)) {
        // Closed deals: the latest first, from `closedSince` on, by the (stage, closed_at) index.
        where += QStringLiteral(" AND t.closed_at >= ?");
        values << filter.closedSince;
        if (after) {
            where += QStringLiteral(" AND (t.closed_at < ? OR (t.closed_at = ? AND t.rid < ?))");
            values << after->closedAt << after->closedAt << after->rid;
        }
    } else if (after) {
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
                       "coalesce(t.amount, 0), coalesce(t.probability, 0), t.rid, coalesce(t.closed_at, 0) "
                       "FROM opportunities t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u "
                       "ON u.id = t.owner_id WHERE %1 ORDER BY %2 LIMIT ?")
            .arg(where, Schema::isClosedStage(stage) ? QStringLiteral("t.closed_at DESC, t.rid DESC")
                                                     : QStringLiteral("t.expected_close, t.rid"));
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
        c.closedAt = st->int64(10);
        out << c;
    }
    if (step == SqlStatement::Step::Error)
        return queryError(*st);
    return out;
}

} // namespace rapport
