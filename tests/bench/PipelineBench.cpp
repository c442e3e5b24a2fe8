// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-bench pipeline: the pipeline board on the demo book topped up to a given number of opportunities
// (copies of the book's own deals with new ids, written straight into the table: this measures reading), beside
// the raw SQLite equivalent on the same file: each column's first page of cards, the columns' totals, the
// pipeline and forecast reports, the Reports overview, and a quote printed to PDF.
#include "BenchSupport.h"
#include "PdfDocument.h"
#include "Workspace.h"
#include "analytics/CustomerReports.h"
#include "analytics/Overview.h"
#include "analytics/Pipeline.h"
#include "analytics/SalesReports.h"
#include "demo/DemoGenerator.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Quotes.h"
#include "storage/ReaderPool.h"
#include "views/PipelineBoard.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QLocale>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <sqlite3.h>

namespace rapport::bench {

namespace {

/// Copies the book's deals until there are `target`, each copy with a new id and its close date moved by
/// up to two years, so the stages and amounts stay as the demo made them.
void topUp(const QString& path, qint64 target)
{
    sqlite3* h = nullptr;
    sqlite3_open(path.toUtf8().constData(), &h);
    const qint64 have = scalar(h, "SELECT count(*) FROM opportunities");
    if (have < target) {
        QElapsedTimer t;
        t.start();
        sqlite3_exec(h, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
        const QByteArray columns = [&] {
            QStringList names;
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(h, "SELECT name FROM pragma_table_xinfo('opportunities') WHERE hidden = 0", -1, &st,
                               nullptr);
            while (sqlite3_step(st) == SQLITE_ROW) {
                const QString n = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
                if (n != QLatin1String("rid") && n != QLatin1String("id") && n != QLatin1String("expected_close"))
                    names << n;
            }
            sqlite3_finalize(st);
            return names.join(QLatin1Char(',')).toUtf8();
        }();
        qint64 missing = target - have;
        while (missing > 0) {
            const qint64 batch = std::min<qint64>(missing, have);
            const QByteArray sql = "BEGIN; INSERT INTO opportunities(id, expected_close, " + columns +
                                   ") SELECT lower(hex(randomblob(16))), date(expected_close, '+' || (abs(random()) % 730) "
                                   "|| ' days'), " +
                                   columns + " FROM opportunities WHERE rid <= (SELECT min(rid) FROM opportunities) + " +
                                   QByteArray::number(batch - 1) + "; COMMIT;";
            char* error = nullptr;
            if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
                out() << "pipeline: cannot add deals: " << error << Qt::endl;
                sqlite3_free(error);
                break;
            }
            missing -= batch;
        }
        sqlite3_exec(h, "ANALYZE opportunities", nullptr, nullptr, nullptr);
        out() << QStringLiteral("pipeline: %1 deals copied in %2 s").arg(target - have).arg(t.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    }
    sqlite3_close(h);
}

} // namespace

int pipelineBench(const QString& dir, qint64 opportunities)
{
    const QString path = demoBook(dir, QStringLiteral("pipeline"));
    if (path.isEmpty())
        return 1;
    topUp(path, opportunities);
    auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const qint64 total = scalar(raw, "SELECT count(*) FROM opportunities WHERE deleted = 0");
    const qint64 open = scalar(raw, "SELECT count(*) FROM opportunities WHERE deleted = 0 AND stage NOT IN "
                                   "('closed_won', 'closed_lost')");

    std::vector<qint64> cardsTimes, totalsTimes, rawCards, rawTotals;
    QUndoStack undo;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        PipelineBoard board(*ws, undo);
        board.resize(1800, 1000);
        bool loaded = false;
        QEventLoop wait;
        QObject::connect(&board, &PipelineBoard::loaded, &wait, [&] {
            loaded = true;
            wait.quit();
        });
        PipelineFilter everyone = board.filter();
        everyone.owners.clear();
        board.setFilter(everyone);
        board.show();
        board.repaint();
        cardsTimes.push_back(t.nsecsElapsed());
        if (!loaded) {
            QTimer::singleShot(60000, &wait, &QEventLoop::quit);
            wait.exec();
        }
        QApplication::processEvents();
        board.repaint();
        totalsTimes.push_back(t.nsecsElapsed());

        // Raw: each column's first page by the same index, and the totals by the same GROUP BY.
        const PipelineFilter f = board.filter();
        t.start();
        sqlite3_stmt* openPage = nullptr;
        sqlite3_stmt* closedPage = nullptr;
        const char* card = "SELECT t.id, t.name, a.name, u.display_name, t.currency, t.expected_close, t.amount, "
                           "t.probability FROM opportunities t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN "
                           "users u ON u.id = t.owner_id WHERE t.stage = ?1 AND t.deleted = 0 ";
        sqlite3_prepare_v2(raw, (QByteArray(card) + "ORDER BY t.expected_close, t.rid LIMIT 50").constData(), -1, &openPage,
                           nullptr);
        sqlite3_prepare_v2(raw,
                           (QByteArray(card) + "AND t.closed_at >= ?2 ORDER BY t.closed_at DESC, t.rid DESC LIMIT 50")
                               .constData(),
                           -1, &closedPage, nullptr);
        for (const QString& stage : Schema::stages().keys) {
            const QByteArray s = stage.toUtf8();
            sqlite3_stmt* st = Schema::isClosedStage(stage) ? closedPage : openPage;
            sqlite3_reset(st);
            sqlite3_bind_text(st, 1, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            if (st == closedPage)
                sqlite3_bind_int64(st, 2, f.closedSince);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
        }
        sqlite3_finalize(openPage);
        sqlite3_finalize(closedPage);
        rawCards.push_back(t.nsecsElapsed());
        t.start();
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT stage, currency, count(*), sum(amount), sum(amount * probability / 100) FROM "
                           "opportunities WHERE deleted = 0 AND stage IN ('prospecting', 'qualification', "
                           "'needs_analysis', 'proposal', 'negotiation') GROUP BY stage, currency UNION ALL "
                           "SELECT stage, currency, count(*), sum(amount), sum(amount * probability / 100) FROM "
                           "opportunities WHERE deleted = 0 AND stage IN ('closed_won', 'closed_lost') AND "
                           "closed_at >= ? GROUP BY stage, currency",
                           -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, f.closedSince);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
        rawTotals.push_back(t.nsecsElapsed());
    }
    // The pipeline report itself (every deal, the closed ones of all time, converted to euros) beside the same
    // GROUP BY in raw SQLite.
    std::vector<qint64> reportTimes, rawReport;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        auto report = Pipeline::report(ws->database(), PipelineFilter{}, QStringLiteral("EUR"), QDate::currentDate());
        reportTimes.push_back(t.nsecsElapsed());
        if (!report)
            out() << "pipeline report: " << report.error().message << Qt::endl;
        t.start();
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT stage, currency, count(*), sum(amount), sum(amount * probability / 100) FROM "
                           "opportunities WHERE deleted = 0 GROUP BY stage, currency",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
        rawReport.push_back(t.nsecsElapsed());
    }
    const Percentiles rr = percentiles(reportTimes), rq = percentiles(rawReport);
    out() << QStringLiteral("pipeline report, %1 deals, all stages in EUR: p50 %2 ms, max %3 ms; raw GROUP BY p50 %4 ms "
                            "(ratio %5x)")
                 .arg(QLocale().toString(total))
                 .arg(rr.p50, 0, 'f', 1)
                 .arg(rr.max, 0, 'f', 1)
                 .arg(rq.p50, 0, 'f', 1)
                 .arg(rr.p50 / std::max(0.001, rq.p50), 0, 'f', 2)
          << Qt::endl;

    // The forecast over this year by quarter (open deals per category by expected close, won deals by close,
    // quotas), in euros, beside the same three statements in raw SQLite.
    std::vector<qint64> forecastTimes, rawForecast;
    const QDate today = QDate::currentDate();
    const QByteArray from = QDate(today.year(), 1, 1).toString(Qt::ISODate).toUtf8();
    const QByteArray to = QDate(today.year(), 12, 31).toString(Qt::ISODate).toUtf8();
    const qint64 fromMs = QDateTime(QDate(today.year(), 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(QDate(today.year() + 1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        ReportRequest request;
        request.kind = ReportKind::Forecast;
        auto forecast = SalesReports::run(ws->database(), request);
        forecastTimes.push_back(t.nsecsElapsed());
        if (!forecast)
            out() << "forecast: " << forecast.error().message << Qt::endl;
        t.start();
        for (const char* sql :
             {"SELECT substr(expected_close, 1, 7), forecast_category, currency, sum(amount) FROM opportunities WHERE "
              "deleted = 0 AND expected_close BETWEEN ?1 AND ?2 AND stage IN ('prospecting', 'qualification', "
              "'needs_analysis', 'proposal', 'negotiation') GROUP BY 1, 2, 3",
              "SELECT strftime('%Y-%m', closed_at / 1000, 'unixepoch'), currency, sum(amount) FROM opportunities "
              "WHERE deleted = 0 AND stage = 'closed_won' AND closed_at >= ?3 AND closed_at < ?4 GROUP BY 1, 2",
              "SELECT substr(period_start, 1, 7), currency, sum(amount) FROM quotas WHERE deleted = 0 AND "
              "period_start BETWEEN ?1 AND ?2 GROUP BY 1, 2"}) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
            for (int i = 1; i <= sqlite3_bind_parameter_count(st); ++i) {
                const char* name = sqlite3_bind_parameter_name(st, i);
                const int n = name ? std::atoi(name + 1) : i;
                if (n == 1)
                    sqlite3_bind_text(st, i, from.constData(), int(from.size()), SQLITE_TRANSIENT);
                else if (n == 2)
                    sqlite3_bind_text(st, i, to.constData(), int(to.size()), SQLITE_TRANSIENT);
                else
                    sqlite3_bind_int64(st, i, n == 3 ? fromMs : toMs);
            }
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_finalize(st);
        }
        rawForecast.push_back(t.nsecsElapsed());
    }
    const Percentiles fr = percentiles(forecastTimes), fq = percentiles(rawForecast);
    out() << QStringLiteral("forecast report, %1 deals, this year by quarter in EUR: p50 %2 ms, max %3 ms; raw "
                            "statements p50 %4 ms (ratio %5x)")
                 .arg(QLocale().toString(total))
                 .arg(fr.p50, 0, 'f', 1)
                 .arg(fr.max, 0, 'f', 1)
                 .arg(fq.p50, 0, 'f', 1)
                 .arg(fr.p50 / std::max(0.001, fq.p50), 0, 'f', 2)
          << Qt::endl;

    // The Reports overview: the open pipeline, this quarter's forecast, the sales team's last twelve months,
    // open tickets and revenue by product category, in euros, beside the same statements in raw SQLite.
    std::vector<qint64> overviewTimes, rawOverview;
    const QDate quarterFrom(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QByteArray qFrom = quarterFrom.toString(Qt::ISODate).toUtf8();
    const QByteArray qTo = quarterFrom.addMonths(3).addDays(-1).toString(Qt::ISODate).toUtf8();
    const qint64 qFromMs = QDateTime(quarterFrom, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 qToMs = QDateTime(quarterFrom.addMonths(3), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 yearFromMs = QDateTime(today.addYears(-1).addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 yearToMs = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        ReportRequest request;
        auto overview = Overview::reports(ws->database(), request);
        overviewTimes.push_back(t.nsecsElapsed());
        if (!overview)
            out() << "overview: " << overview.error().message << Qt::endl;
        t.start();
        // ?1, ?2: the quarter's days; ?3, ?4: its instants; ?5, ?6: the twelve months' instants; ?7: now.
        for (const char* sql :
             {"SELECT stage, currency, count(*), sum(amount), sum(amount * probability / 100) FROM opportunities "
              "WHERE deleted = 0 GROUP BY stage, currency",
              "SELECT substr(expected_close, 1, 7), forecast_category, currency, sum(amount) FROM opportunities WHERE "
              "deleted = 0 AND expected_close BETWEEN ?1 AND ?2 AND stage IN ('prospecting', 'qualification', "
              "'needs_analysis', 'proposal', 'negotiation') GROUP BY 1, 2, 3",
              "SELECT strftime('%Y-%m', closed_at / 1000, 'unixepoch'), currency, sum(amount) FROM opportunities "
              "WHERE deleted = 0 AND stage = 'closed_won' AND closed_at >= ?3 AND closed_at < ?4 GROUP BY 1, 2",
              "SELECT substr(period_start, 1, 7), currency, sum(amount) FROM quotas WHERE deleted = 0 AND "
              "period_start BETWEEN ?1 AND ?2 GROUP BY 1, 2",
              "WITH closed AS MATERIALIZED (SELECT t.owner_id, t.stage, t.currency, t.amount, CASE WHEN t.stage = "
              "'closed_won' THEN t.closed_at - coalesce((SELECT min(s.changed_at) FROM stage_changes s WHERE "
              "s.opportunity_id = t.id AND s.deleted = 0), t.created_at) END AS cycle FROM opportunities t WHERE "
              "t.deleted = 0 AND t.stage IN ('closed_won', 'closed_lost') AND t.closed_at >= ?5 AND t.closed_at < ?6) "
              "SELECT owner_id, stage, currency, count(*), sum(amount), sum(CASE WHEN cycle >= 0 THEN cycle END), "
              "count(CASE WHEN cycle >= 0 THEN 1 END) FROM closed GROUP BY 1, 2, 3",
              "SELECT owner_id, currency, sum(amount) FROM opportunities WHERE deleted = 0 AND stage IN "
              "('prospecting', 'qualification', 'needs_analysis', 'proposal', 'negotiation') GROUP BY +owner_id, 2",
              "SELECT priority, status, count(*), total(sla_due < ?7) FROM tickets WHERE sla_due IS NOT NULL AND "
              "deleted = 0 AND status IN ('new', 'open', 'pending') GROUP BY priority, status",
              "SELECT p.category, o.currency, sum(l.total) FROM orders o JOIN order_lines l ON "
              "l.order_id = o.id JOIN products p ON p.id = l.product_id WHERE o.ordered_at >= ?5 AND o.ordered_at < "
              "?6 AND o.deleted = 0 AND l.deleted = 0 AND o.status <> 'cancelled' GROUP BY p.category, o.currency"}) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
            for (int i = 1; i <= sqlite3_bind_parameter_count(st); ++i) {
                const char* name = sqlite3_bind_parameter_name(st, i);
                const int n = name ? std::atoi(name + 1) : i;
                if (n == 1 || n == 2) {
                    const QByteArray& day = n == 1 ? qFrom : qTo;
                    sqlite3_bind_text(st, i, day.constData(), int(day.size()), SQLITE_TRANSIENT);
                } else {
                    const qint64 values[] = {qFromMs, qToMs, yearFromMs, yearToMs, nowMs};
                    sqlite3_bind_int64(st, i, values[n - 3]);
                }
            }
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_finalize(st);
        }
        rawOverview.push_back(t.nsecsElapsed());
    }
    // As the Reports view asks: the figures and the revenue side by side on two readers, each timed to its
    // arrival.
    std::vector<qint64> figuresTimes, revenueTimes;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        ReportRequest request;
        auto figures = ws->readers().run<ReportOverview>(
            [request](Database& db) { return Overview::reports(db, request, OverviewPart::Figures); });
        auto revenue = ws->readers().run<ReportOverview>(
            [request](Database& db) { return Overview::reports(db, request, OverviewPart::Revenue); });
        for (;;) {
            if (figures.isFinished() && figuresTimes.size() <= size_t(round))
                figuresTimes.push_back(t.nsecsElapsed());
            if (revenue.isFinished() && revenueTimes.size() <= size_t(round))
                revenueTimes.push_back(t.nsecsElapsed());
            if (figures.isFinished() && revenue.isFinished())
                break;
            QThread::msleep(2);
        }
    }
    const Percentiles pf = percentiles(figuresTimes), pv = percentiles(revenueTimes);
    out() << QStringLiteral("reports overview as the view asks, two readers side by side: figures p50 %1 ms, "
                            "revenue p50 %2 ms")
                 .arg(pf.p50, 0, 'f', 1)
                 .arg(pv.p50, 0, 'f', 1)
          << Qt::endl;
    const Percentiles orr = percentiles(overviewTimes), orq = percentiles(rawOverview);
    out() << QStringLiteral("reports overview, %1 deals, in EUR: p50 %2 ms, max %3 ms; raw statements p50 %4 ms "
                            "(ratio %5x)")
                 .arg(QLocale().toString(total))
                 .arg(orr.p50, 0, 'f', 1)
                 .arg(orr.max, 0, 'f', 1)
                 .arg(orq.p50, 0, 'f', 1)
                 .arg(orr.p50 / std::max(0.001, orq.p50), 0, 'f', 2)
          << Qt::endl;

    // The customer reports (RFM segments, churn risk, cross-selling) over every account's orders, in euros,
    // beside their three statements in raw SQLite: the accounts, the orders per account and currency, the lines.
    double rawCustomerReads = 0; // ms, p50
    for (const ReportKind kind : {ReportKind::Customers, ReportKind::Churn, ReportKind::CrossSell}) {
        std::vector<qint64> times, rawTimes;
        qint64 rows = 0;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            ReportRequest request;
            request.kind = kind;
            auto report = SalesReports::run(ws->database(), request);
            times.push_back(t.nsecsElapsed());
            if (!report)
                out() << SalesReports::name(kind) << ": " << report.error().message << Qt::endl;
            t.start();
            rows = 0;
            // ?1: the period's first instant (twelve months), ?2: its end, ?3: two years before it, ?4: one.
            for (const char* sql :
                 {"SELECT a.id, a.name, coalesce(u.display_name, '') FROM accounts a LEFT JOIN users u ON u.id = "
                  "a.owner_id WHERE a.deleted = 0",
                  "SELECT account_id, currency, count(*), min(ordered_at), max(ordered_at), sum(total), "
                  "sum(ordered_at >= ?1), sum(CASE WHEN ordered_at >= ?1 THEN total END), sum(CASE WHEN ordered_at >= "
                  "?3 THEN total END), max(ordered_at >= ?4), max(ordered_at >= ?3 AND ordered_at < ?4) FROM orders "
                  "WHERE deleted = 0 AND status <> 'cancelled' AND ordered_at < ?2 GROUP BY account_id, currency",
                  "SELECT o.account_id, l.product_id, o.currency, o.ordered_at >= ?1, l.total FROM orders o JOIN "
                  "order_lines l ON l.order_id = o.id AND l.deleted = 0 WHERE o.deleted = 0 AND o.status <> "
                  "'cancelled' AND o.ordered_at < ?2"}) {
                sqlite3_stmt* st = nullptr;
                sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
                const qint64 values[] = {yearFromMs, yearToMs,
                                         QDateTime(today.addYears(-2).addDays(1), QTime(0, 0), Qt::UTC)
                                             .toMSecsSinceEpoch(),
                                         yearFromMs};
                for (int i = 1; i <= sqlite3_bind_parameter_count(st); ++i) {
                    const char* name = sqlite3_bind_parameter_name(st, i);
                    sqlite3_bind_int64(st, i, values[(name ? std::atoi(name + 1) : i) - 1]);
                }
                while (sqlite3_step(st) == SQLITE_ROW) {
                    for (int c = 0; c < sqlite3_column_count(st); ++c)
                        sqlite3_column_text(st, c); // read every value, as the report does
                    ++rows;
                }
                sqlite3_finalize(st);
            }
            rawTimes.push_back(t.nsecsElapsed());
        }
        const Percentiles pr = percentiles(times), pq = percentiles(rawTimes);
        if (kind == ReportKind::Customers) // the reads the scoring makes
            rawCustomerReads = pq.p50;
        out() << QStringLiteral("%1 report, every customer's orders (%2 rows read), in EUR: p50 %3 ms, max %4 ms; raw "
                                "statements p50 %5 ms (ratio %6x)")
                     .arg(SalesReports::name(kind), QLocale().toString(rows))
                     .arg(pr.p50, 0, 'f', 1)
                     .arg(pr.max, 0, 'f', 1)
                     .arg(pq.p50, 0, 'f', 1)
                     .arg(pr.p50 / std::max(0.001, pq.p50), 0, 'f', 2)
              << Qt::endl;
    }

    // Scoring the book (what the window does on a worker when orders change): the customer reports' reads, then
    // every customer's standing written in one transaction. Raw: the same reads (above) and the same rows written
    // by one prepared statement.
    {
        sqlite3* rawWriter = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &rawWriter, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(rawWriter, 5000);
        std::vector<qint64> times, rawTimes;
        int customers = 0;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            auto scored =
                CustomerReports::score(ws->database(), QStringLiteral("EUR"), QDateTime::currentMSecsSinceEpoch());
            times.push_back(t.nsecsElapsed());
            if (!scored) {
                out() << "scoring: " << scored.error().message << Qt::endl;
                sqlite3_close(rawWriter);
                return 1;
            }
            customers = scored->customers;
            // The rows just written, read back untimed, written again raw.
            std::vector<std::vector<QVariant>> rows;
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(raw, "SELECT * FROM customer_scores", -1, &st, nullptr);
            while (sqlite3_step(st) == SQLITE_ROW) {
                std::vector<QVariant> row;
                for (int c = 0; c < sqlite3_column_count(st); ++c)
                    row.push_back(
                        sqlite3_column_type(st, c) == SQLITE_TEXT
                            ? QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c))))
                        : sqlite3_column_type(st, c) == SQLITE_FLOAT ? QVariant(sqlite3_column_double(st, c))
                        : sqlite3_column_type(st, c) == SQLITE_NULL  ? QVariant()
                                                                     : QVariant(sqlite3_column_int64(st, c)));
                rows.push_back(std::move(row));
            }
            sqlite3_finalize(st);
            t.start();
            if (sqlite3_exec(rawWriter, "BEGIN IMMEDIATE; DELETE FROM customer_scores;", nullptr, nullptr, nullptr) !=
                SQLITE_OK) {
                out() << "scoring, raw: " << sqlite3_errmsg(rawWriter) << Qt::endl;
                break;
            }
            const QByteArray insert =
                "INSERT INTO customer_scores VALUES(" +
                QByteArray("?, ").repeated(qsizetype(rows.empty() ? 1 : rows.front().size())).chopped(2) + ")";
            sqlite3_prepare_v2(rawWriter, insert.constData(), -1, &st, nullptr);
            for (const auto& row : rows) {
                sqlite3_reset(st);
                for (int c = 0; c < int(row.size()); ++c) {
                    const QVariant& v = row[size_t(c)];
                    if (v.isNull())
                        sqlite3_bind_null(st, c + 1);
                    else if (v.typeId() == QMetaType::QString) {
                        const QByteArray utf8 = v.toString().toUtf8();
                        sqlite3_bind_text(st, c + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                    } else if (v.typeId() == QMetaType::Double)
                        sqlite3_bind_double(st, c + 1, v.toDouble());
                    else
                        sqlite3_bind_int64(st, c + 1, v.toLongLong());
                }
                if (sqlite3_step(st) != SQLITE_DONE)
                    out() << "scoring, raw: " << sqlite3_errmsg(rawWriter) << Qt::endl;
            }
            sqlite3_finalize(st);
            if (sqlite3_exec(rawWriter, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
                out() << "scoring, raw: " << sqlite3_errmsg(rawWriter) << Qt::endl;
            rawTimes.push_back(t.nsecsElapsed());
        }
        sqlite3_close(rawWriter);
        const Percentiles pr = percentiles(times), pw = percentiles(rawTimes);
        out() << QStringLiteral("scoring every customer (%1 standings written), in EUR: p50 %2 ms, max %3 ms; raw "
                                "statements p50 %4 ms (reads %5 + writes %6; ratio %7x)")
                     .arg(QLocale().toString(customers))
                     .arg(pr.p50, 0, 'f', 1)
                     .arg(pr.max, 0, 'f', 1)
                     .arg(rawCustomerReads + pw.p50, 0, 'f', 1)
                     .arg(rawCustomerReads, 0, 'f', 1)
                     .arg(pw.p50, 0, 'f', 1)
                     .arg(pr.p50 / std::max(0.001, rawCustomerReads + pw.p50), 0, 'f', 2)
              << Qt::endl;
    }

    // A quote as a PDF: the next version drafted from a deal's items, rendered through the template and
    // printed (nothing recorded), beside reading the same rows raw.
    const QString quoted = [&] {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT opportunity_id FROM opportunity_lines GROUP BY opportunity_id HAVING count(*) >= 3 "
                           "LIMIT 1",
                           -1, &st, nullptr);
        QString id;
        if (sqlite3_step(st) == SQLITE_ROW)
            id = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return id;
    }();
    std::vector<qint64> quoteTimes, rawQuote;
    QTemporaryDir scratch;
    for (int round = 0; round < 10; ++round) {
        QElapsedTimer t;
        t.start();
        const QuoteSettings settings = DemoGenerator::quoteSettings();
        auto draft = Quotes::draft(ws->store(), quoted, settings, QDate::currentDate());
        if (!draft) {
            out() << "quote: " << draft.error().message << Qt::endl;
            break;
        }
        auto html = Quotes::html(ws->database(), *draft, settings);
        if (!html || !PdfDocument(*html).write(scratch.filePath(QStringLiteral("quote.pdf")))) {
            out() << "quote: cannot print" << Qt::endl;
            break;
        }
        quoteTimes.push_back(t.nsecsElapsed());
        t.start();
        for (const char* sql : {"SELECT * FROM opportunities WHERE id = ?1",
                                "SELECT l.*, p.sku, p.unit FROM opportunity_lines l LEFT JOIN products p ON p.id = "
                                "l.product_id WHERE l.opportunity_id = ?1",
                                "SELECT number, version FROM quotes WHERE opportunity_id = ?1 ORDER BY version DESC "
                                "LIMIT 1",
                                "SELECT a.* FROM accounts a JOIN opportunities o ON o.account_id = a.id WHERE o.id = ?1"}) {
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
            const QByteArray id = quoted.toUtf8();
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_finalize(st);
        }
        rawQuote.push_back(t.nsecsElapsed());
    }
    if (!quoteTimes.empty()) {
        const Percentiles qp = percentiles(quoteTimes), qr = percentiles(rawQuote);
        out() << QStringLiteral("quote PDF (draft from the deal's items, template, A4 PDF), 10 rounds: p50 %1 ms, max "
                                "%2 ms; raw reads of the same rows p50 %3 ms")
                     .arg(qp.p50, 0, 'f', 1)
                     .arg(qp.max, 0, 'f', 1)
                     .arg(qr.p50, 0, 'f', 2)
              << Qt::endl;
    }
    sqlite3_close(raw);
    const Percentiles c = percentiles(cardsTimes), a = percentiles(totalsTimes), rc = percentiles(rawCards),
                      ra = percentiles(rawTotals);
    out() << QStringLiteral("pipeline board, %1 deals (%2 open), everyone's, 5 rounds: built and first page of every "
                            "column painted p50 %3 ms, max %4 ms (raw first pages p50 %5 ms); with the totals p50 %6 ms, "
                            "max %7 ms (raw GROUP BY p50 %8 ms)")
                 .arg(QLocale().toString(total), QLocale().toString(open))
                 .arg(c.p50, 0, 'f', 1)
                 .arg(c.max, 0, 'f', 1)
                 .arg(rc.p50, 0, 'f', 2)
                 .arg(a.p50, 0, 'f', 1)
                 .arg(a.max, 0, 'f', 1)
                 .arg(ra.p50, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace rapport::bench
