// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SalesReports.h"

#include "analytics/CustomerReports.h"
#include "analytics/HelpDeskReports.h"
#include "domain/DateText.h"
#include "domain/LocaleNames.h"
#include "domain/Money.h"
#include "domain/Periods.h"
#include "domain/Schema.h"
#include "io/ContactExport.h"
#include "io/Spreadsheet.h"
#include "storage/Database.h"
#include "storage/Rates.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <functional>

namespace rapport {

namespace {

using Kind = ReportColumn::Kind;
using Chart = ReportColumn::Chart;
constexpr qint64 DayMs = 86'400'000;

qint64 startOfDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

/// Runs `sql` with `values` and hands every row to `row`.
Status query(Database& db, const QString& sql, const QVariantList& values,
             const std::function<void(SqlStatement&)>& row)
{
    if (const QString failed = db.statements().forEachRow(sql, values, row); !failed.isEmpty())
        return Error{SalesReports::tr("The report cannot be computed: %1").arg(failed), {}};
    return {};
}

/// Who the report is about, as SQL over `t` (anything with owner_id and team_id), with its values.
QString whose(const QStringList& owners, const QString& teamId, QVariantList& values, const QString& t = QStringLiteral("t"))
{
    QStringList where;
    if (!owners.isEmpty()) {
        where << QStringLiteral("%1.owner_id IN (%2)").arg(t, QStringList(owners.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& o : owners)
            values << o;
    }
    if (!teamId.isEmpty()) {
        where << QStringLiteral("%1.team_id = ?").arg(t);
        values << teamId;
    }
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}


QStringList openStages()
{
    QStringList out;
    for (const QString& stage : Schema::stages().keys)
        if (!Schema::isClosedStage(stage))
            out << stage;
    return out;
}

/// The position of a stage in the sales process, as an SQL expression over `column`.
QString stageIndex(const QString& column)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    const QStringList& keys = Schema::stages().keys;
    for (int i = 0; i < keys.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(keys[i]).arg(i);
    return sql + QStringLiteral(" END");
}

QVariant ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
}

QVariant average(double sum, qint64 count)
{
    return count > 0 ? QVariant(sum / double(count)) : QVariant();
}

struct Builder
{
    const ReportRequest& request;
    SalesReport& report;

    DealSelection selection() const
    {
        DealSelection s;
        s.owners = request.owners;
        s.teamId = request.teamId;
        return s;
    }
    qint64 fromMs() const { return startOfDay(request.from); }
    qint64 toMs() const { return startOfDay(request.to.addDays(1)); }
};

QString quarterLabel(const QDate& start)
{
    return SalesReports::tr("Q%1 %2").arg(Periods::quarterNumber(start)).arg(start.year());
}

Status forecast(Database& db, Builder& b, const RateConverter& convert)
{
    const ReportRequest& r = b.request;
    SalesReport& report = b.report;
    report.stacked = true;
    report.timeSeries = true;
    report.columns = {{QStringLiteral("period"), SalesReports::tr("Period"), Kind::Text, Chart::None},
                      {QStringLiteral("won"), SalesReports::tr("Closed won"), Kind::Money, Chart::Bar},
                      {QStringLiteral("commit"), SalesReports::tr("Commit"), Kind::Money, Chart::Bar},
                      {QStringLiteral("best_case"), SalesReports::tr("Best case"), Kind::Money, Chart::Bar},
                      {QStringLiteral("pipeline"), SalesReports::tr("Pipeline"), Kind::Money, Chart::Bar},
                      {QStringLiteral("omitted"), SalesReports::tr("Omitted"), Kind::Money, Chart::None},
                      {QStringLiteral("quota"), SalesReports::tr("Quota"), Kind::Money, Chart::Line},
                      {QStringLiteral("attainment"), SalesReports::tr("Won of quota"), Kind::Percent, Chart::None},
                      {QStringLiteral("projected"), SalesReports::tr("Won + commit of quota"), Kind::Percent, Chart::None}};

    // The buckets: months or quarters overlapping the period, each clipped to it.
    struct Bucket
    {
        QDate from, to;
        qint64 won = 0, commit = 0, best = 0, pipeline = 0, omitted = 0, quota = 0;
        /// Amounts per figure and currency, converted once per period (not month by month, so a quarter's
        /// figure is its deals' sum converted, never a sum of rounded parts).
        QHash<QString, QMap<QString, qint64>> raw;
    };
    QList<Bucket> buckets;
    const int step = r.byMonth ? 1 : 3;
    QDate start = (r.byMonth ? Periods::month(r.from) : Periods::quarter(r.from)).from;
    for (; start <= r.to; start = start.addMonths(step))
        buckets << Bucket{std::max(start, r.from), std::min(start.addMonths(step).addDays(-1), r.to), {}, {}, {}, {}, {},
                          {}, {}};
    const auto bucketOf = [&](const QString& month) -> Bucket* {
        const QDate day = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        for (Bucket& k : buckets)
            if (day.year() == k.from.year() && day >= QDate(k.from.year(), k.from.month(), 1) && day <= k.to)
                return &k;
        return nullptr;
    };

    // Open deals by the month they are expected to close and their forecast category (a range of the
    // forecast index when the report is everyone's).
    QVariantList values{r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)};
    QString sql = QStringLiteral("SELECT substr(t.expected_close, 1, 7), t.forecast_category, t.currency, "
                                 "sum(t.amount) FROM opportunities t WHERE t.deleted = 0 AND t.expected_close "
                                 "BETWEEN ? AND ? AND t.stage IN (%1) AND %2 GROUP BY 1, 2, 3")
                      .arg(Pipeline::stageList(false), whose(r.owners, r.teamId, values));
    Status s = query(db, sql, values, [&](SqlStatement& st) {
        Bucket* k = bucketOf(st.text(0));
        if (!k)
            return;
        // Deals without a category (or a stray "closed" on an open deal) count as pipeline.
        QString category = st.text(1);
        if (category != QLatin1String("commit") && category != QLatin1String("best_case") &&
            category != QLatin1String("omitted"))
            category = QStringLiteral("pipeline");
        k->raw[category][st.text(2)] += st.int64(3);
    });
    if (!s)
        return s;

    // Won deals by the month they closed in.
    values = {b.fromMs(), b.toMs()};
    sql = QStringLiteral("SELECT strftime('%Y-%m', t.closed_at / 1000, 'unixepoch'), t.currency, sum(t.amount) "
                         "FROM opportunities t WHERE t.deleted = 0 AND t.stage = 'closed_won' AND t.closed_at >= ? "
                         "AND t.closed_at < ? AND %1 GROUP BY 1, 2")
              .arg(whose(r.owners, r.teamId, values));
    s = query(db, sql, values, [&](SqlStatement& st) {
        if (Bucket* k = bucketOf(st.text(0)))
            k->raw[QStringLiteral("won")][st.text(1)] += st.int64(2);
    });
    if (!s)
        return s;

    // Quotas of the months in the period.
    values = {QDate(r.from.year(), r.from.month(), 1).toString(Qt::ISODate), r.to.toString(Qt::ISODate)};
    sql = QStringLiteral("SELECT substr(t.period_start, 1, 7), t.currency, sum(t.amount) FROM quotas t "
                         "WHERE t.deleted = 0 AND t.period_start BETWEEN ? AND ? AND %1 GROUP BY 1, 2")
              .arg(whose(r.owners, r.teamId, values));
    s = query(db, sql, values, [&](SqlStatement& st) {
        if (Bucket* k = bucketOf(st.text(0)))
            k->raw[QStringLiteral("quota")][st.text(1)] += st.int64(2);
    });
    if (!s)
        return s;
    for (Bucket& k : buckets) {
        const auto sum = [&](const char* figure) {
            qint64 total = 0;
            const QMap<QString, qint64> amounts = k.raw.value(QLatin1String(figure));
            for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
                total += convert(it.value(), it.key());
            return total;
        };
        k.won = sum("won");
        k.commit = sum("commit");
        k.best = sum("best_case");
        k.pipeline = sum("pipeline");
        k.omitted = sum("omitted");
        k.quota = sum("quota");
    }

    Bucket total{r.from, r.to, {}, {}, {}, {}, {}, {}, {}};
    const auto addRow = [&](const Bucket& k, const QString& key, const QString& label, bool isTotal) {
        ReportRow row;
        row.key = key;
        row.label = label;
        row.total = isTotal;
        row.values = {label, k.won, k.commit, k.best, k.pipeline, k.omitted, k.quota, ratio(k.won, k.quota),
                      ratio(k.won + k.commit, k.quota)};
        DealSelection won = b.selection();
        won.stages = {QStringLiteral("closed_won")};
        won.closedFrom = startOfDay(k.from);
        won.closedTo = startOfDay(k.to.addDays(1));
        row.drill = {std::nullopt, won};
        for (const char* category : {"commit", "best_case", "pipeline", "omitted"}) {
            DealSelection open = b.selection();
            open.stages = openStages();
            open.forecastCategory = QLatin1String(category);
            open.closeFrom = k.from;
            open.closeTo = k.to;
            row.drill << open;
        }
        row.drill << std::nullopt << std::nullopt << std::nullopt;
        report.rows << row;
    };
    for (const Bucket& k : std::as_const(buckets)) {
        addRow(k,
               r.byMonth
                   ? k.from.toString(QStringLiteral("yyyy-MM"))
                   : k.from.toString(QStringLiteral("yyyy-'Q'")) + QString::number(Periods::quarterNumber(k.from)),
               r.byMonth ? QLocale().toString(k.from, QStringLiteral("MMM yyyy")) : quarterLabel(k.from), false);
        total.won += k.won;
        total.commit += k.commit;
        total.best += k.best;
        total.pipeline += k.pipeline;
        total.omitted += k.omitted;
        total.quota += k.quota;
    }
    addRow(total, QStringLiteral("total"), SalesReports::tr("Total"), true);
    return {};
}

Status reps(Database& db, Builder& b, const RateConverter& convert)
{
    const ReportRequest& r = b.request;
    SalesReport& report = b.report;
    report.columns = {{QStringLiteral("salesperson"), SalesReports::tr("Salesperson"), Kind::Text, Chart::None},
                      {QStringLiteral("won"), SalesReports::tr("Won"), Kind::Count, Chart::None},
                      {QStringLiteral("won_amount"), SalesReports::tr("Won amount"), Kind::Money, Chart::Bar},
                      {QStringLiteral("quota"), SalesReports::tr("Quota"), Kind::Money, Chart::Bar},
                      {QStringLiteral("attainment"), SalesReports::tr("Won of quota"), Kind::Percent, Chart::None},
                      {QStringLiteral("lost"), SalesReports::tr("Lost"), Kind::Count, Chart::None},
                      {QStringLiteral("win_rate"), SalesReports::tr("Win rate"), Kind::Percent, Chart::None},
                      {QStringLiteral("average_deal"), SalesReports::tr("Average deal"), Kind::Money, Chart::None},
                      {QStringLiteral("sales_cycle"), SalesReports::tr("Sales cycle"), Kind::Days, Chart::None},
                      {QStringLiteral("open_pipeline"), SalesReports::tr("Open pipeline"), Kind::Money, Chart::Bar},
                      {QStringLiteral("activities"), SalesReports::tr("Activities"), Kind::Count, Chart::None}};
    struct Rep
    {
        QString name;
        qint64 won = 0, wonAmount = 0, lost = 0, open = 0, activities = 0, quota = 0;
        double cycleDays = 0;
        qint64 cycleCount = 0;
        QMap<QString, double> quotas; ///< per currency, the months' quotas in the period's share of each month
    };
    QMap<QString, Rep> byOwner;

    // Deals closed in the period; a won deal's cycle runs from its first stage entry (its creation when the
    // history is missing) to its close. A deal that closed before either (one imported with its history
    // elsewhere) has no cycle here and stays out of the average. Materialized: the cycle is read twice below,
    // and each reading would look up the deal's stage changes again.
    QVariantList values{b.fromMs(), b.toMs()};
    QString sql =
        QStringLiteral("WITH closed AS MATERIALIZED (SELECT t.owner_id, t.stage, t.currency, t.amount, "
                       "CASE WHEN t.stage = 'closed_won' THEN t.closed_at - coalesce((SELECT min(s.changed_at) "
                       "FROM stage_changes s WHERE s.opportunity_id = t.id AND s.deleted = 0), t.created_at) END "
                       "AS cycle FROM opportunities t WHERE t.deleted = 0 AND t.stage IN (%1) AND t.closed_at >= ? "
                       "AND t.closed_at < ? AND %2) "
                       "SELECT owner_id, stage, currency, count(*), sum(amount), "
                       "sum(CASE WHEN cycle >= 0 THEN cycle END), count(CASE WHEN cycle >= 0 THEN 1 END) "
                       "FROM closed GROUP BY 1, 2, 3")
            .arg(Pipeline::stageList(true), whose(r.owners, r.teamId, values));
    Status s = query(db, sql, values, [&](SqlStatement& st) {
        Rep& rep = byOwner[st.text(0)];
        if (st.text(1) == QLatin1String("closed_won")) {
            rep.won += st.int64(3);
            rep.wonAmount += convert(st.int64(4), st.text(2));
            rep.cycleDays += double(st.int64(5)) / double(DayMs);
            rep.cycleCount += st.int64(6);
        } else {
            rep.lost += st.int64(3);
        }
    });
    if (!s)
        return s;

    // Open pipeline now.
    values.clear();
    // Grouped without the (owner, expected close) index, whose order SQLite would otherwise follow through every
    // deal of the book to the table's rows: 2.1 s against 0.35 s at a million deals.
    sql = QStringLiteral("SELECT t.owner_id, t.currency, sum(t.amount) FROM opportunities t WHERE t.deleted = 0 "
                         "AND t.stage IN (%1) AND %2 GROUP BY +t.owner_id, 2")
              .arg(Pipeline::stageList(false), whose(r.owners, r.teamId, values));
    s = query(db, sql, values, [&](SqlStatement& st) { byOwner[st.text(0)].open += convert(st.int64(2), st.text(1)); });
    if (!s)
        return s;

    // Quotas: each month's in the share of its days the period covers (the last twelve months from the 5th hold
    // 27 days of the first month and 4 of the last). Everyone with a quota has a row, deals or not.
    values = {QDate(r.from.year(), r.from.month(), 1).toString(Qt::ISODate), r.to.toString(Qt::ISODate)};
    sql = QStringLiteral("SELECT t.owner_id, t.period_start, t.currency, t.amount FROM quotas t WHERE t.deleted = 0 "
                         "AND t.period_start BETWEEN ? AND ? AND %1")
              .arg(whose(r.owners, r.teamId, values));
    s = query(db, sql, values, [&](SqlStatement& st) {
        const QDate first = QDate::fromString(st.text(1), Qt::ISODate);
        if (!first.isValid())
            return;
        const QDate last = first.addMonths(1).addDays(-1);
        const qint64 covered = std::max(r.from, first).daysTo(std::min(r.to, last)) + 1;
        if (covered > 0)
            byOwner[st.text(0)].quotas[st.text(2)] +=
                double(st.int64(3)) * double(covered) / double(first.daysTo(last) + 1);
    });
    if (!s)
        return s;
    for (Rep& rep : byOwner)
        for (auto it = rep.quotas.cbegin(); it != rep.quotas.cend(); ++it)
            rep.quota += convert(std::llround(it.value()), it.key());

    // Names, and activities logged in the period (up to today) by each person: the (owner, start) index.
    const qint64 activityTo = std::min(b.toMs(), startOfDay(r.today.addDays(1)));
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        s = query(db, QStringLiteral("SELECT coalesce((SELECT display_name FROM users WHERE id = ?1), ''), "
                                     "(SELECT count(*) FROM activities WHERE owner_id = ?1 AND start_at >= ?2 AND "
                                     "start_at < ?3 AND deleted = 0)"),
                  {it.key(), b.fromMs(), activityTo}, [&](SqlStatement& st) {
                      it->name = st.text(0);
                      it->activities = st.int64(1);
                  });
        if (!s)
            return s;
    }

    QList<QString> order = byOwner.keys();
    std::sort(order.begin(), order.end(), [&](const QString& x, const QString& y) {
        const Rep& a = byOwner[x];
        const Rep& c = byOwner[y];
        return a.wonAmount != c.wonAmount ? a.wonAmount > c.wonAmount : a.name < c.name;
    });
    // A row's figures, in the order of the columns: a person's, or everyone's together.
    const auto figures = [](const QString& label, const Rep& rep) -> QVariantList {
        return {label,
                rep.won,
                rep.wonAmount,
                rep.quota ? QVariant(rep.quota) : QVariant(),
                ratio(rep.wonAmount, rep.quota),
                rep.lost,
                ratio(rep.won, rep.won + rep.lost),
                rep.won ? QVariant(rep.wonAmount / rep.won) : QVariant(),
                average(rep.cycleDays, rep.cycleCount),
                rep.open,
                rep.activities};
    };
    Rep total;
    for (const QString& owner : std::as_const(order)) {
        const Rep& rep = byOwner[owner];
        ReportRow row;
        row.key = owner;
        row.label = rep.name.isEmpty() ? SalesReports::tr("(unknown user)") : rep.name;
        row.values = figures(row.label, rep);
        DealSelection mine = b.selection();
        mine.owners = {owner};
        DealSelection won = mine, lost = mine, open = mine;
        won.stages = {QStringLiteral("closed_won")};
        lost.stages = {QStringLiteral("closed_lost")};
        won.closedFrom = lost.closedFrom = b.fromMs();
        won.closedTo = lost.closedTo = b.toMs();
        open.stages = openStages();
        row.drill = {std::nullopt, won, won, std::nullopt, won, lost, std::nullopt, won, won, open, std::nullopt};
        report.rows << row;
        total.won += rep.won;
        total.wonAmount += rep.wonAmount;
        total.lost += rep.lost;
        total.open += rep.open;
        total.activities += rep.activities;
        total.quota += rep.quota;
        total.cycleDays += rep.cycleDays;
        total.cycleCount += rep.cycleCount;
    }
    ReportRow row;
    row.key = QStringLiteral("total");
    row.label = SalesReports::tr("Total");
    row.total = true;
    row.values = figures(row.label, total);
    row.drill = QList<std::optional<DealSelection>>(row.values.size());
    report.rows << row;
    return {};
}

Status cycle(Database& db, Builder& b)
{
    const ReportRequest& r = b.request;
    SalesReport& report = b.report;
    report.columns = {{QStringLiteral("stage"), SalesReports::tr("Stage"), Kind::Text, Chart::None},
                      {QStringLiteral("deals"), SalesReports::tr("Deals in stage"), Kind::Count, Chart::None},
                      {QStringLiteral("days"), SalesReports::tr("Average time in stage"), Kind::Days, Chart::Bar},
                      {QStringLiteral("moved_on"), SalesReports::tr("Moved on"), Kind::Percent, Chart::None},
                      {QStringLiteral("won"), SalesReports::tr("Won from here"), Kind::Percent, Chart::None}};
    // The histories of the deals closed in the period: the time from each entry to the next one is spent in
    // the stage entered (entries that moved only the close date or the amount keep the stage); a deal "moved
    // on" from a stage when it later reached a stage further along (Closed lost is not further along).
    QVariantList values{b.fromMs(), b.toMs()};
    const QString won = QString::number(Schema::stages().keys.indexOf(QStringLiteral("closed_won")));
    const QString sql =
        QStringLiteral(
            "WITH deals AS (SELECT t.id FROM opportunities t WHERE t.deleted = 0 AND t.stage IN (%1) AND "
            "t.closed_at >= ? AND t.closed_at < ? AND %2), "
            "h AS (SELECT s.opportunity_id AS o, %3 AS st, s.changed_at AS at, lead(s.changed_at) OVER "
            "(PARTITION BY s.opportunity_id ORDER BY s.changed_at, s.rid) AS next_at FROM stage_changes s "
            "JOIN deals d ON d.id = s.opportunity_id WHERE s.deleted = 0), "
            "per AS (SELECT o, st, sum(coalesce(next_at, at) - at) AS spent FROM h GROUP BY o, st), "
            "reach AS (SELECT o, max(CASE WHEN st = %4 + 1 THEN -1 ELSE st END) AS top FROM h GROUP BY o) "
            "SELECT per.st, count(*), sum(per.spent), sum(reach.top > per.st), sum(reach.top = %4) "
            "FROM per JOIN reach ON reach.o = per.o GROUP BY per.st")
            .arg(Pipeline::stageList(true), whose(r.owners, r.teamId, values), stageIndex(QStringLiteral("s.to_stage")), won);
    struct Stage
    {
        qint64 deals = 0, spent = 0, movedOn = 0, won = 0;
    };
    QMap<int, Stage> byStage;
    Status s = query(db, sql, values, [&](SqlStatement& st) {
        if (st.isNull(0))
            return;
        byStage[int(st.int64(0))] = Stage{st.int64(1), st.int64(2), st.int64(3), st.int64(4)};
    });
    if (!s)
        return s;
    const QStringList& stages = Schema::stages().keys;
    double cycleDays = 0;
    for (int i = 0; i < stages.size(); ++i) {
        if (Schema::isClosedStage(stages[i]))
            continue;
        const Stage& k = byStage.value(i);
        ReportRow row;
        row.key = stages[i];
        row.label = Schema::stages().label(stages[i]);
        const QVariant days = average(double(k.spent) / double(DayMs), k.deals);
        cycleDays += days.toDouble();
        row.values = {row.label, k.deals, days, ratio(k.movedOn, k.deals), ratio(k.won, k.deals)};
        DealSelection entered = b.selection();
        entered.stages = {QStringLiteral("closed_won"), QStringLiteral("closed_lost")};
        entered.closedFrom = b.fromMs();
        entered.closedTo = b.toMs();
        entered.enteredStage = stages[i];
        row.drill = {std::nullopt, entered, entered, entered, entered};
        report.rows << row;
    }
    // The whole cycle of the deals won, as the sales team report counts it: the stage times above add up only for
    // a deal that passes every stage, and most lost ones leave early.
    QVariantList wonValues{b.fromMs(), b.toMs()};
    const QString wonSql =
        QStringLiteral("SELECT sum(c), count(*) FROM (SELECT t.closed_at - coalesce((SELECT min(s.changed_at) FROM "
                       "stage_changes s WHERE s.opportunity_id = t.id AND s.deleted = 0), t.created_at) AS c FROM "
                       "opportunities t WHERE t.deleted = 0 AND t.stage = 'closed_won' AND t.closed_at >= ? AND "
                       "t.closed_at < ? AND %1) WHERE c >= 0")
            .arg(whose(r.owners, r.teamId, wonValues));
    qint64 wonSpent = 0, wonDeals = 0;
    s = query(db, wonSql, wonValues, [&](SqlStatement& st) {
        wonSpent = st.int64(0);
        wonDeals = st.int64(1);
    });
    if (!s)
        return s;
    report.usesMoney = false;
    QString note = SalesReports::tr("Time from stage to stage, for the deals won or lost in the period: a deal that "
                                    "passes every stage spends %1 days in them.")
                       .arg(QLocale().toString(cycleDays, 'f', 1));
    if (wonDeals > 0)
        note += QLatin1Char(' ') +
                SalesReports::tr("The %n deal(s) won took %1 days on average from their first "
                                 "stage to the close.",
                                 "", int(wonDeals))
                    .arg(QLocale().toString(double(wonSpent) / double(DayMs) / double(wonDeals), 'f', 1));
    // "Moved on" is to any stage further along: where deals skip one, fewer enter the next stage than moved on
    // from this one, which reads like an error unless said.
    for (int i = 0, previous = -1; i < stages.size(); ++i) {
        if (Schema::isClosedStage(stages[i]))
            continue;
        if (previous >= 0 && byStage.value(previous).movedOn > byStage.value(i).deals) {
            note += QLatin1Char(' ') + SalesReports::tr("\"Moved on\" counts the deals that later reached any stage "
                                                        "further along: some skip a stage, so fewer enter the next "
                                                        "one than moved on.");
            break;
        }
        previous = i;
    }
    report.notes << note;
    return {};
}

Status winLoss(Database& db, Builder& b, const RateConverter& convert)
{
    const ReportRequest& r = b.request;
    SalesReport& report = b.report;
    report.horizontal = true; // loss reasons and competitors' names are read across, not cut under the bars
    struct Group
    {
        QString label;
        qint64 won = 0, lost = 0, wonAmount = 0, lostAmount = 0;

        /// `count` deals closed in `stage` worth `amount` (in the reporting currency).
        void add(QStringView stage, qint64 count, qint64 amount)
        {
            if (stage == QLatin1String("closed_won")) {
                won += count;
                wonAmount += amount;
            } else {
                lost += count;
                lostAmount += amount;
            }
        }
    };
    QMap<QString, Group> groups;
    QVariantList values{b.fromMs(), b.toMs()};
    const QString none = QStringLiteral("\x01none");
    const QString closed = QStringLiteral("t.deleted = 0 AND t.stage IN (%1) AND t.closed_at >= ? AND t.closed_at < ? "
                                          "AND %2")
                               .arg(Pipeline::stageList(true), whose(r.owners, r.teamId, values));
    const QVariantList closedValues = values;
    QString sql;
    if (r.byCompetitor) {
        // A deal against two competitors counts for each; deals naming none have a row of their own.
        sql = QStringLiteral("SELECT j.value, t.stage, t.currency, count(*), sum(t.amount) FROM opportunities t, "
                             "json_each(t.competitors) j WHERE %1 GROUP BY 1, 2, 3 UNION ALL "
                             "SELECT NULL, t.stage, t.currency, count(*), sum(t.amount) FROM opportunities t "
                             "WHERE %1 AND coalesce(json_array_length(t.competitors), 0) = 0 GROUP BY 2, 3")
                  .arg(closed);
        values += values;
    } else {
        sql = QStringLiteral("SELECT nullif(trim(t.loss_reason), ''), t.stage, t.currency, count(*), sum(t.amount) "
                             "FROM opportunities t WHERE %1 AND t.stage = 'closed_lost' GROUP BY 1, 2, 3")
                  .arg(closed);
    }
    const Enumeration& reasons = Schema::lossReasons();
    Status s = query(db, sql, values, [&](SqlStatement& st) {
        // A suggested reason is one row, whether stored as its key or, from before, as its label.
        const QString key = st.isNull(0) ? none : r.byCompetitor ? st.text(0) : reasons.keyOf(st.text(0));
        Group& g = groups[key];
        g.label = st.isNull(0)     ? (r.byCompetitor ? SalesReports::tr("(no competitor named)")
                                                     : SalesReports::tr("(no reason given)"))
                  : r.byCompetitor ? st.text(0)
                                   : reasons.label(key);
        g.add(st.text(1), st.int64(3), convert(st.int64(4), st.text(2)));
    });
    if (!s)
        return s;

    QList<QString> order = groups.keys();
    std::sort(order.begin(), order.end(), [&](const QString& x, const QString& y) {
        const Group& a = groups[x];
        const Group& c = groups[y];
        if ((x == none) != (y == none))
            return y == none;
        return a.lost + a.won != c.lost + c.won ? a.lost + a.won > c.lost + c.won : a.label < c.label;
    });
    qint64 allLost = 0;
    for (const Group& g : std::as_const(groups))
        allLost += g.lost;
    const auto closedIn = [&](const char* stage) {
        DealSelection d = b.selection();
        d.stages = {QLatin1String(stage)};
        d.closedFrom = b.fromMs();
        d.closedTo = b.toMs();
        return d;
    };
    const auto selection = [&](const QString& key, const char* stage) {
        DealSelection d = closedIn(stage);
        if (r.byCompetitor) {
            d.noCompetitor = key == none;
            d.competitor = key == none ? QString() : key;
        } else {
            d.noLossReason = key == none;
            d.lossReason = key == none ? QString() : key;
        }
        return d;
    };
    if (r.byCompetitor) {
        report.columns = {{QStringLiteral("competitor"), SalesReports::tr("Competitor"), Kind::Text, Chart::None},
                          {QStringLiteral("won"), SalesReports::tr("Won"), Kind::Count, Chart::Bar},
                          {QStringLiteral("lost"), SalesReports::tr("Lost"), Kind::Count, Chart::Bar},
                          {QStringLiteral("win_rate"), SalesReports::tr("Win rate"), Kind::Percent, Chart::None},
                          {QStringLiteral("won_amount"), SalesReports::tr("Won amount"), Kind::Money, Chart::None},
                          {QStringLiteral("lost_amount"), SalesReports::tr("Lost amount"), Kind::Money, Chart::None}};
        for (const QString& key : std::as_const(order)) {
            const Group& g = groups[key];
            ReportRow row;
            row.key = key == none ? QString() : key;
            row.label = g.label;
            row.values = {g.label, g.won, g.lost, ratio(g.won, g.won + g.lost), g.wonAmount, g.lostAmount};
            row.drill = {std::nullopt,
                         selection(key, "closed_won"),
                         selection(key, "closed_lost"),
                         std::nullopt,
                         selection(key, "closed_won"),
                         selection(key, "closed_lost")};
            report.rows << row;
        }
        // Every deal once, as the other reports count them.
        Group all;
        s = query(db,
                  QStringLiteral("SELECT t.stage, t.currency, count(*), sum(t.amount) FROM opportunities t WHERE %1 "
                                 "GROUP BY 1, 2")
                      .arg(closed),
                  closedValues,
                  [&](SqlStatement& st) { all.add(st.text(0), st.int64(2), convert(st.int64(3), st.text(1))); });
        if (!s)
            return s;
        ReportRow total;
        total.key = QStringLiteral("total");
        total.label = SalesReports::tr("All deals closed");
        total.total = true;
        total.values = {total.label,   all.won,       all.lost, ratio(all.won, all.won + all.lost),
                        all.wonAmount, all.lostAmount};
        total.drill = {std::nullopt, closedIn("closed_won"), closedIn("closed_lost"),
                       std::nullopt, closedIn("closed_won"), closedIn("closed_lost")};
        report.rows << total;
        report.notes << SalesReports::tr("A deal against several competitors counts under each; the last line counts "
                                         "every deal once.");
    } else {
        report.columns = {{QStringLiteral("reason"), SalesReports::tr("Loss reason"), Kind::Text, Chart::None},
                          {QStringLiteral("lost"), SalesReports::tr("Lost"), Kind::Count, Chart::Bar},
                          {QStringLiteral("share"), SalesReports::tr("Share of losses"), Kind::Percent, Chart::None},
                          {QStringLiteral("lost_amount"), SalesReports::tr("Lost amount"), Kind::Money, Chart::None}};
        for (const QString& key : std::as_const(order)) {
            const Group& g = groups[key];
            ReportRow row;
            row.key = key == none ? QString() : key;
            row.label = g.label;
            row.values = {g.label, g.lost, ratio(g.lost, allLost), g.lostAmount};
            row.drill = {std::nullopt, selection(key, "closed_lost"), selection(key, "closed_lost"),
                         selection(key, "closed_lost")};
            report.rows << row;
        }
        qint64 lostAmount = 0;
        for (const Group& g : std::as_const(groups))
            lostAmount += g.lostAmount;
        ReportRow total;
        total.key = QStringLiteral("total");
        total.label = SalesReports::tr("All deals lost");
        total.total = true;
        total.values = {total.label, allLost, ratio(allLost, allLost), lostAmount};
        total.drill = {std::nullopt, closedIn("closed_lost"), closedIn("closed_lost"), closedIn("closed_lost")};
        report.rows << total;
    }
    return {};
}

/// The close date a deal was first planned for: its first history entry's.
const char* const kPlannedClose = "(SELECT s.expected_close FROM stage_changes s WHERE s.opportunity_id = t.id AND "
                                  "s.deleted = 0 AND s.expected_close IS NOT NULL ORDER BY s.changed_at, s.rid LIMIT 1)";

Status slipped(Database& db, Builder& b, const RateConverter& convert)
{
    const ReportRequest& r = b.request;
    SalesReport& report = b.report;
    report.columns = {{QStringLiteral("salesperson"), SalesReports::tr("Salesperson"), Kind::Text, Chart::None},
                      {QStringLiteral("deals"), SalesReports::tr("Slipped deals"), Kind::Count, Chart::Bar},
                      {QStringLiteral("amount"), SalesReports::tr("Amount"), Kind::Money, Chart::None},
                      {QStringLiteral("days"), SalesReports::tr("Average delay"), Kind::Days, Chart::None},
                      {QStringLiteral("out_of_period"), SalesReports::tr("Now after the period"), Kind::Count, Chart::None}};
    // Deals (open or won) planned to close in the period whose close date has since moved later.
    QVariantList values{r.from.toString(Qt::ISODate)};
    const QString sql =
        QStringLiteral("SELECT d.owner_id, d.currency, count(*), sum(d.amount), sum(julianday(d.expected_close) - "
                       "julianday(d.planned)), sum(d.expected_close > ?) FROM (SELECT t.owner_id, t.currency, t.amount, "
                       "t.expected_close, %1 AS planned FROM opportunities t WHERE t.deleted = 0 AND t.stage <> "
                       "'closed_lost' AND t.expected_close > ? AND %2) d WHERE d.planned BETWEEN ? AND ? AND "
                       "d.expected_close > d.planned GROUP BY 1, 2")
            .arg(QLatin1String(kPlannedClose), whose(r.owners, r.teamId, values));
    values.prepend(r.to.toString(Qt::ISODate));
    values << r.from.toString(Qt::ISODate) << r.to.toString(Qt::ISODate);
    struct Rep
    {
        qint64 deals = 0, amount = 0, late = 0;
        double days = 0;
    };
    QMap<QString, Rep> byOwner;
    Status s = query(db, sql, values, [&](SqlStatement& st) {
        Rep& rep = byOwner[st.text(0)];
        rep.deals += st.int64(2);
        rep.amount += convert(st.int64(3), st.text(1));
        rep.days += st.real(4);
        rep.late += st.int64(5);
    });
    if (!s)
        return s;
    QHash<QString, QString> names;
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it) {
        s = query(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {it.key()},
                  [&](SqlStatement& st) { names.insert(it.key(), st.text(0)); });
        if (!s)
            return s;
    }
    QList<QString> order = byOwner.keys();
    std::sort(order.begin(), order.end(), [&](const QString& x, const QString& y) {
        return byOwner[x].deals != byOwner[y].deals ? byOwner[x].deals > byOwner[y].deals : names[x] < names[y];
    });
    Rep total;
    for (const QString& owner : std::as_const(order)) {
        const Rep& rep = byOwner[owner];
        ReportRow row;
        row.key = owner;
        row.label = names.value(owner, SalesReports::tr("(unknown user)"));
        row.values = {row.label, rep.deals, rep.amount, average(rep.days, rep.deals), rep.late};
        DealSelection d = b.selection();
        d.owners = {owner};
        d.plannedFrom = r.from;
        d.plannedTo = r.to;
        row.drill = {std::nullopt, d, d, d, std::nullopt};
        report.rows << row;
        total.deals += rep.deals;
        total.amount += rep.amount;
        total.days += rep.days;
        total.late += rep.late;
    }
    ReportRow row;
    row.key = QStringLiteral("total");
    row.label = SalesReports::tr("Total");
    row.total = true;
    row.values = {row.label, total.deals, total.amount, average(total.days, total.deals), total.late};
    DealSelection all = b.selection();
    all.plannedFrom = r.from;
    all.plannedTo = r.to;
    row.drill = {std::nullopt, all, all, all, std::nullopt};
    report.rows << row;
    return {};
}

} // namespace

QList<ReportKind> SalesReports::kinds()
{
    return {ReportKind::Pipeline, ReportKind::Forecast, ReportKind::Reps,          ReportKind::Cycle,
            ReportKind::WinLoss,  ReportKind::Slipped,  ReportKind::Tickets,       ReportKind::ServiceLevels,
            ReportKind::Backlog,  ReportKind::Agents,   ReportKind::Customers,     ReportKind::Churn,
            ReportKind::CrossSell};
}

SalesReport SalesReports::fromPipeline(const PipelineReport& pipeline)
{
    SalesReport report;
    report.kind = ReportKind::Pipeline;
    report.title = title(ReportKind::Pipeline);
    report.currency = pipeline.currency;
    report.ratesOf = pipeline.ratesOf;
    report.unconverted = pipeline.unconverted;
    report.columns = {{QStringLiteral("stage"), tr("Stage"), Kind::Text, Chart::None},
                      {QStringLiteral("deals"), tr("Deals"), Kind::Count, Chart::None},
                      {QStringLiteral("amount"), tr("Amount"), Kind::Money, Chart::Bar},
                      {QStringLiteral("weighted"), tr("Weighted"), Kind::Money, Chart::Bar}};
    // The open stages and their sum, then what closed: a closed deal weighs what it is, so no weighting is shown
    // for it, and the open pipeline's total is not mixed with deals won or lost.
    ReportRow open;
    open.key = QStringLiteral("open");
    open.label = tr("Open pipeline");
    open.total = true;
    qint64 openDeals = 0, openAmount = 0, openWeighted = 0;
    for (const PipelineStageFigures& f : pipeline.stages) {
        const bool closed = Schema::isClosedStage(f.stage);
        if (closed && open.values.isEmpty()) {
            open.values = {open.label, openDeals, openAmount, openWeighted};
            report.rows << open;
        }
        ReportRow row;
        row.key = f.stage;
        row.label = Schema::stages().label(f.stage);
        row.values = {row.label, f.count, f.amount, closed ? QVariant() : QVariant(f.weighted)};
        report.rows << row;
        if (!closed) {
            openDeals += f.count;
            openAmount += f.amount;
            openWeighted += f.weighted;
        }
    }
    if (open.values.isEmpty()) {
        open.values = {open.label, openDeals, openAmount, openWeighted};
        report.rows << open;
    }
    return report;
}

QString SalesReports::name(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Pipeline:
        return QStringLiteral("pipeline");
    case ReportKind::Forecast:
        return QStringLiteral("forecast");
    case ReportKind::Reps:
        return QStringLiteral("reps");
    case ReportKind::Cycle:
        return QStringLiteral("cycle");
    case ReportKind::WinLoss:
        return QStringLiteral("winloss");
    case ReportKind::Slipped:
        return QStringLiteral("slipped");
    case ReportKind::Tickets:
        return QStringLiteral("tickets");
    case ReportKind::ServiceLevels:
        return QStringLiteral("sla");
    case ReportKind::Backlog:
        return QStringLiteral("backlog");
    case ReportKind::Agents:
        return QStringLiteral("agents");
    case ReportKind::Customers:
        return QStringLiteral("customers");
    case ReportKind::Churn:
        return QStringLiteral("churn");
    case ReportKind::CrossSell:
        return QStringLiteral("crosssell");
    }
    return {};
}

std::optional<ReportKind> SalesReports::kindNamed(const QString& name)
{
    for (ReportKind k : kinds())
        if (SalesReports::name(k) == name)
            return k;
    return std::nullopt;
}

QString SalesReports::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Pipeline:
        return tr("Pipeline");
    case ReportKind::Forecast:
        return tr("Forecast");
    case ReportKind::Reps:
        return tr("Sales team");
    case ReportKind::Cycle:
        return tr("Sales cycle");
    case ReportKind::WinLoss:
        return tr("Win/loss");
    case ReportKind::Slipped:
        return tr("Slipped deals");
    case ReportKind::Tickets:
        return tr("Open tickets");
    case ReportKind::ServiceLevels:
        return tr("Service levels");
    case ReportKind::Backlog:
        return tr("Ticket backlog");
    case ReportKind::Agents:
        return tr("Agents");
    case ReportKind::Customers:
        return tr("Customer segments");
    case ReportKind::Churn:
        return tr("Churn risk");
    case ReportKind::CrossSell:
        return tr("Cross-selling");
    }
    return {};
}

std::pair<QDate, QDate> SalesReports::defaultPeriod(ReportKind kind, const QDate& today)
{
    if (kind == ReportKind::Pipeline || kind == ReportKind::Tickets)
        return {};
    // As the desktop's reports open: the backlog of this quarter, the forecast and slipped deals of this year, the
    // rest over the last twelve months.
    if (kind == ReportKind::Backlog) {
        const Periods::Days quarter = Periods::quarter(today);
        return {quarter.from, quarter.to};
    }
    if (kind == ReportKind::Forecast || kind == ReportKind::Slipped) {
        const Periods::Days year = Periods::year(today);
        return {year.from, year.to};
    }
    return {today.addYears(-1).addDays(1), today};
}

ReportRequest SalesReports::settled(const ReportRequest& requested)
{
    ReportRequest r = requested;
    if (!r.today.isValid())
        r.today = QDate::currentDate();
    if (!r.ratesOf.isValid())
        r.ratesOf = r.today;
    const auto [from, to] = defaultPeriod(r.kind, r.today);
    if (!r.from.isValid())
        r.from = from;
    if (!r.to.isValid())
        r.to = to;
    return r;
}

Result<SalesReport> SalesReports::run(Database& db, const ReportRequest& requested)
{
    const ReportRequest request = settled(requested);
    if (request.from.isValid() && request.to.isValid() && request.to < request.from)
        return Error{tr("The period ends (%1) before it starts (%2).")
                         .arg(DateText::shortDate(request.to),
                              DateText::shortDate(request.from)),
                     {}};
    if (request.kind == ReportKind::Pipeline) {
        // The open pipeline, and what closed in the period (or ever, without one).
        PipelineFilter filter;
        filter.owners = request.owners;
        filter.teamId = request.teamId;
        filter.closeFrom = request.from;
        filter.closeTo = request.to;
        auto pipeline = Pipeline::report(db, filter, request.currency, request.ratesOf);
        if (!pipeline)
            return pipeline.error();
        SalesReport report = fromPipeline(*pipeline);
        report.from = request.from;
        report.to = request.to;
        return report;
    }
    if (HelpDeskReports::covers(request.kind))
        return HelpDeskReports::run(db, request);
    if (CustomerReports::covers(request.kind))
        return CustomerReports::run(db, request);
    auto rates = Rates::load(db, request.currency);
    if (!rates)
        return rates.error();

    SalesReport report;
    report.kind = request.kind;
    report.title = title(request.kind);
    report.currency = rates->reporting();
    report.from = request.from;
    report.to = request.to;
    report.ratesOf = request.ratesOf;
    Builder builder{request, report};
    const RateConverter convert(*rates, request.ratesOf, report.unconverted);
    Status s;
    switch (request.kind) {
    case ReportKind::Pipeline:
        break;
    case ReportKind::Forecast:
        s = forecast(db, builder, convert);
        break;
    case ReportKind::Reps:
        s = reps(db, builder, convert);
        break;
    case ReportKind::Cycle:
        s = cycle(db, builder);
        break;
    case ReportKind::WinLoss:
        s = winLoss(db, builder, convert);
        break;
    case ReportKind::Slipped:
        s = slipped(db, builder, convert);
        break;
    case ReportKind::Tickets:
    case ReportKind::ServiceLevels:
    case ReportKind::Backlog:
    case ReportKind::Agents:
    case ReportKind::Customers:
    case ReportKind::Churn:
    case ReportKind::CrossSell:
        break; // above
    }
    if (!s)
        return s.error();
    report.unconverted.sort();
    return report;
}

Result<DealsBehind> SalesReports::dealsBehind(Database& db, const DealSelection& selection, int limit,
                                              const SalesReport& report)
{
    auto deals = SalesReports::deals(db, selection, limit + 1);
    if (!deals)
        return deals.error();
    auto rates = Rates::load(db, report.currency);
    if (!rates)
        return rates.error();
    DealsBehind out;
    out.more = deals->size() > limit;
    out.deals = deals->mid(0, limit);
    const RateConverter convert(*rates, report.ratesOf.isValid() ? report.ratesOf : QDate::currentDate(),
                                out.unconverted);
    // Summed per currency, then converted, as the report sums them: the same figure to the cent.
    QMap<QString, qint64> sums;
    for (const PipelineCard& deal : std::as_const(out.deals))
        sums[deal.currency] += deal.amount;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.total += convert(it.value(), it.key());
    return out;
}

Result<QList<PipelineCard>> SalesReports::deals(Database& db, const DealSelection& d, int limit)
{
    QVariantList values;
    QStringList where{QStringLiteral("t.deleted = 0"), whose(d.owners, d.teamId, values)};
    if (!d.stages.isEmpty()) {
        where << QStringLiteral("t.stage IN (%1)").arg(QStringList(d.stages.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& stage : d.stages)
            values << stage;
    }
    if (!d.forecastCategory.isEmpty()) {
        // Deals without a category count as "pipeline", as the forecast counts them.
        where << (d.forecastCategory == QLatin1String("pipeline")
                      ? QStringLiteral("coalesce(t.forecast_category, 'pipeline') NOT IN ('commit', 'best_case', "
                                       "'omitted')")
                      : QStringLiteral("t.forecast_category = ?"));
        if (d.forecastCategory != QLatin1String("pipeline"))
            values << d.forecastCategory;
    }
    if (d.closeFrom.isValid()) {
        where << QStringLiteral("t.expected_close >= ?");
        values << d.closeFrom.toString(Qt::ISODate);
    }
    if (d.closeTo.isValid()) {
        where << QStringLiteral("t.expected_close <= ?");
        values << d.closeTo.toString(Qt::ISODate);
    }
    if (d.closedFrom > 0) {
        where << QStringLiteral("t.closed_at >= ? AND t.closed_at < ?");
        values << d.closedFrom << d.closedTo;
    }
    if (d.noLossReason)
        where << QStringLiteral("coalesce(trim(t.loss_reason), '') = ''");
    else if (!d.lossReason.isEmpty()) {
        const QStringList spellings = Schema::lossReasons().spellingsOf(d.lossReason);
        where << QStringLiteral("trim(t.loss_reason) COLLATE NOCASE IN (%1)")
                     .arg(QStringList(spellings.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& spelling : spellings)
            values << spelling;
    }
    if (d.noCompetitor)
        where << QStringLiteral("coalesce(json_array_length(t.competitors), 0) = 0");
    else if (!d.competitor.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM json_each(t.competitors) j WHERE j.value = ?)");
        values << d.competitor;
    }
    if (!d.enteredStage.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM stage_changes s WHERE s.opportunity_id = t.id AND "
                                "s.deleted = 0 AND s.to_stage = ?)");
        values << d.enteredStage;
    }
    if (d.plannedFrom.isValid()) {
        where << QStringLiteral("t.stage <> 'closed_lost' AND t.expected_close > ? AND %1 BETWEEN ? AND ? AND "
                                "t.expected_close > %1")
                     .arg(QLatin1String(kPlannedClose));
        values << d.plannedFrom.toString(Qt::ISODate) << d.plannedFrom.toString(Qt::ISODate)
               << d.plannedTo.toString(Qt::ISODate);
    }
    values << limit;
    const QString sql =
        QStringLiteral("SELECT t.id, t.name, a.name, u.display_name, t.stage, t.currency, t.expected_close, "
                       "coalesce(t.amount, 0), coalesce(t.probability, 0), t.rid, coalesce(t.closed_at, 0) "
                       "FROM opportunities t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN users u "
                       "ON u.id = t.owner_id WHERE %1 ORDER BY t.amount DESC, t.rid LIMIT ?")
            .arg(where.join(QStringLiteral(" AND ")));
    QList<PipelineCard> out;
    Status s = query(db, sql, values, [&](SqlStatement& st) {
        PipelineCard c;
        c.id = st.text(0);
        c.name = st.text(1);
        c.account = st.text(2);
        c.owner = st.text(3);
        c.stage = st.text(4);
        c.currency = st.text(5);
        c.expectedClose = st.text(6);
        c.amount = st.int64(7);
        c.probability = int(st.int64(8));
        c.rid = st.int64(9);
        c.closedAt = st.int64(10);
        out << c;
    });
    if (!s)
        return s.error();
    return out;
}

namespace {

QString plainValue(const SalesReport& report, int column, const QVariant& v)
{
    if (v.isNull())
        return {};
    switch (report.columns[column].kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Count:
        return QString::number(v.toLongLong());
    case Kind::Money:
        return Money{v.toLongLong(), report.currency}.plain();
    case Kind::Percent:
    case Kind::Days:
    case Kind::Hours:
    case Kind::Decimal:
        return QString::number(v.toDouble(), 'f', 1);
    }
    return {};
}

bool hasMoney(const SalesReport& report)
{
    return std::any_of(report.columns.cbegin(), report.columns.cend(),
                       [](const ReportColumn& c) { return c.kind == Kind::Money; });
}

} // namespace

QString SalesReports::display(const SalesReport& report, int column, const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("–");
    const QLocale locale;
    switch (report.columns[column].kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Count:
        return locale.toString(v.toLongLong());
    case Kind::Money:
        return Money{v.toLongLong(), report.currency}.formatWhole(locale); // the exports keep the cents
    case Kind::Percent:
        return LocaleNames::percent(v.toDouble(), 1, locale);
    case Kind::Days:
        return tr("%1 d").arg(locale.toString(v.toDouble(), 'f', 1));
    case Kind::Hours:
        return tr("%1 h").arg(locale.toString(v.toDouble(), 'f', 1));
    case Kind::Decimal:
        return locale.toString(v.toDouble(), 'f', 1);
    }
    return {};
}

QString SalesReports::csv(const SalesReport& report, CsvHeader header)
{
    const bool titles = header == CsvHeader::Titles;
    QStringList names;
    for (const ReportColumn& c : report.columns)
        names << ContactExport::csvCell(titles ? c.title : c.key);
    const bool money = hasMoney(report);
    if (money)
        names << (titles ? ContactExport::csvCell(tr("Currency")) : QStringLiteral("currency"));
    QString text = names.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const ReportRow& row : report.rows) {
        QStringList cells;
        for (int c = 0; c < report.columns.size(); ++c)
            cells << ContactExport::csvCell(plainValue(report, c, row.values.value(c)));
        if (money)
            cells << report.currency;
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

QJsonObject SalesReports::json(const SalesReport& report)
{
    QJsonArray rows;
    for (const ReportRow& row : report.rows) {
        QJsonObject o{{QStringLiteral("key"), row.key}};
        if (row.total)
            o.insert(QStringLiteral("total"), true);
        for (int c = 0; c < report.columns.size(); ++c) {
            const QVariant v = row.values.value(c);
            const ReportColumn& col = report.columns[c];
            if (v.isNull())
                o.insert(col.key, QJsonValue());
            else if (col.kind == Kind::Text)
                o.insert(col.key, v.toString());
            else if (col.kind == Kind::Money)
                o.insert(col.key, Money{v.toLongLong(), report.currency}.plain());
            else if (col.kind == Kind::Count)
                o.insert(col.key, v.toLongLong());
            else
                o.insert(col.key, std::round(v.toDouble() * 10.0) / 10.0);
        }
        rows.append(o);
    }
    return QJsonObject{{QStringLiteral("report"), name(report.kind)},
                       {QStringLiteral("currency"), report.currency},
                       {QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                       {QStringLiteral("rates_of"), report.ratesOf.toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("unconverted"), QJsonArray::fromStringList(report.unconverted)}};
}

Status SalesReports::writeXlsx(const SalesReport& report, const QString& path)
{
    using Column = Spreadsheet::Column;
    QList<Column> columns;
    for (const ReportColumn& c : report.columns) {
        switch (c.kind) {
        case Kind::Text:
            columns << Column{c.title, Column::Kind::Text, {}};
            break;
        case Kind::Count:
            columns << Column{c.title, Column::Kind::Integer, {}};
            break;
        case Kind::Money:
            columns << Column{c.title, Column::Kind::Money, report.currency};
            break;
        case Kind::Percent:
            columns << Column{c.title, Column::Kind::Percent, {}};
            break;
        case Kind::Days:
        case Kind::Hours:
        case Kind::Decimal:
            columns << Column{c.title, Column::Kind::Decimal, {}};
            break;
        }
    }
    QList<QVariantList> rows;
    for (const ReportRow& row : report.rows)
        rows << row.values;
    return Spreadsheet::write(path, report.title, columns, rows);
}

} // namespace rapport
