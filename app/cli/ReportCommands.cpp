// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-cli report (pipeline, forecast, reps, cycle, winloss, slipped), quote, lead and rates: the manager's figures
// on the command line, and the exchange rates they are converted with.
#include "Cli.h"
#include "PdfDocument.h"
#include "Settings.h"
#include "analytics/CustomerReports.h"
#include "analytics/LeadScoring.h"
#include "analytics/Overview.h"
#include "analytics/SalesReports.h"
#include "domain/DateText.h"
#include "domain/LocaleNames.h"
#include "domain/Money.h"
#include "domain/Schema.h"
#include "domain/Tax.h"
#include "io/ContactExport.h"
#include "storage/Campaigns.h"
#include "storage/Database.h"
#include "storage/LeadConversion.h"
#include "storage/Quotes.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace rapport {

namespace {

/// `text` into the file `path`, or on the screen without one.
int writeOut(CliContext& ctx, const QString& path, const QString& text)
{
    if (path.isEmpty()) {
        ctx.out() << text;
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return ctx.fail(CliContext::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return Success;
}

/// The overview as lines of text: the headline figures, then the pipeline by stage, open tickets by priority
/// and revenue by category.
QString overviewText(const ReportOverview& r)
{
    const QLocale locale;
    const auto money = [&r](qint64 minor) { return Money{minor, r.currency}.format(); };
    QList<QStringList> lines; // label, figure, about it
    qint64 deals = 0, amount = 0, weighted = 0;
    for (const PipelineStageFigures& s : r.pipeline) {
        deals += s.count;
        amount += s.amount;
        weighted += s.weighted;
    }
    lines << QStringList{CliContext::tr("Open pipeline"), money(amount),
                         CliContext::tr("%Ln deal(s), weighted %1", "", int(deals)).arg(money(weighted))};
    lines << QStringList{
        CliContext::tr("Won this quarter"), money(r.wonThisQuarter),
        r.quotaThisQuarter > 0
            ? CliContext::tr("%1 of the quota of %2")
                  .arg(LocaleNames::percent(100.0 * double(r.wonThisQuarter) / double(r.quotaThisQuarter), 1, locale),
                       money(r.quotaThisQuarter))
            : CliContext::tr("no quota")};
    const qint64 closed = r.won + r.lost;
    lines << QStringList{CliContext::tr("Win rate, last 12 months"),
                         closed ? LocaleNames::percent(100.0 * double(r.won) / double(closed), 1, locale)
                                : CliContext::tr("none closed"),
                         CliContext::tr("%1 of %2 won").arg(locale.toString(r.won), locale.toString(closed)) +
                             (r.cycleDays
                                  ? CliContext::tr(", sales cycle %1 days").arg(locale.toString(*r.cycleDays, 'f', 0))
                                  : QString())};
    qint64 open = 0;
    for (const TicketLoad& t : r.tickets)
        for (qint64 n : t.byStatus)
            open += n;
    lines << QStringList{CliContext::tr("Open tickets"), locale.toString(open),
                         CliContext::tr("%Ln past their service level", "", int(r.breachedTickets))};
    qint64 revenue = 0;
    for (const CategoryRevenue& c : r.revenue)
        revenue += c.revenue;
    lines << QStringList{CliContext::tr("Revenue, last 12 months"), money(revenue), QString()};
    lines << QStringList{};
    for (const PipelineStageFigures& s : r.pipeline)
        lines << QStringList{Schema::stages().label(s.stage), money(s.amount),
                             CliContext::tr("%Ln deal(s), weighted %1", "", int(s.count)).arg(money(s.weighted))};
    lines << QStringList{};
    for (const TicketLoad& t : r.tickets) {
        qint64 n = 0;
        QStringList byStatus;
        for (const char* status : {"new", "open", "pending"}) {
            const qint64 k = t.byStatus.value(QLatin1String(status));
            n += k;
            byStatus << CliContext::tr("%1: %2").arg(Schema::ticketStatuses().label(QString::fromLatin1(status)),
                                                     locale.toString(k));
        }
        lines << QStringList{Schema::ticketPriorities().label(t.priority), locale.toString(n),
                             byStatus.join(QStringLiteral(", "))};
    }
    lines << QStringList{};
    for (const CategoryRevenue& c : r.revenue)
        lines << QStringList{c.category, money(c.revenue), QString()};

    int labelWidth = 0, figureWidth = 0;
    for (const QStringList& l : std::as_const(lines))
        if (!l.isEmpty()) {
            labelWidth = std::max(labelWidth, int(l[0].size()));
            figureWidth = std::max(figureWidth, int(l[1].size()));
        }
    QString text = CliContext::tr("Overview in %1 at the exchange rates of %2")
                       .arg(r.currency, DateText::shortDate(r.ratesOf)) +
                   QLatin1Char('\n');
    for (const QStringList& l : std::as_const(lines))
        text += l.isEmpty() ? QStringLiteral("\n")
                            : (l[0].leftJustified(labelWidth) + QStringLiteral("  ") +
                               l[1].rightJustified(figureWidth) + QStringLiteral("  ") + l[2])
                                      .trimmed() +
                                  QLatin1Char('\n');
    if (!r.unconverted.isEmpty())
        text += CliContext::tr("Not in the amounts (no exchange rate to %1): %2")
                    .arg(r.currency, r.unconverted.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    return text;
}

int reportCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption team(QStringLiteral("team"), CliContext::tr("Only this team's deals (team name)."),
                                  QStringLiteral("T"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  CliContext::tr("Only these people's deals (user name; repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(
        QStringLiteral("from"), CliContext::tr("The period from this day (pipeline: deals expected to close from it)."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("The period up to this day."),
                                QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"),
                                CliContext::tr("forecast: month or quarter (default); winloss: reason (default) or "
                                               "competitor."),
                                QStringLiteral("WHAT"));
    const QCommandLineOption currency(QStringLiteral("currency"), CliContext::tr("Reporting currency (default: EUR)."),
                                      QStringLiteral("CUR"), QStringLiteral("EUR"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliContext::tr("table, csv, json or xlsx (default: table)."), QStringLiteral("F"),
                                    QStringLiteral("table"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("Write to this file instead of the screen."),
                                 QStringLiteral("FILE"));
    parser.addOptions({team, user, from, to, by, currency, format, out});
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QStringLiteral("overview|pipeline|forecast|reps|cycle|winloss|slipped|tickets|sla|"
                                                "backlog|agents|customers|churn|crosssell"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("report"), args, code))
        return code;
    ReportRequest request;
    const bool overview = parser.positionalArguments().value(0) == QLatin1String("overview");
    if (const auto kind = SalesReports::kindNamed(parser.positionalArguments().value(0)))
        request.kind = *kind;
    else if (!overview)
        return ctx.usage(CliContext::tr("report takes what to report: overview, pipeline, forecast, reps, cycle, "
                                        "winloss, slipped, tickets, sla, backlog, agents, customers, churn or "
                                        "crosssell."));
    if (overview) {
        for (const QCommandLineOption* option : {&team, &user, &from, &to, &by})
            if (parser.isSet(*option))
                return ctx.usage(CliContext::tr("The overview is everyone's, of this quarter and the last twelve "
                                                "months: --%1 does not apply to it.")
                                     .arg(option->names().constFirst()));
    }
    const QString fmt = ctx.json() ? QStringLiteral("json") : parser.value(format);
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")}
             .contains(fmt))
        return ctx.usage(CliContext::tr("--format is table, csv, json or xlsx."));
    if (fmt == QLatin1String("xlsx") && !parser.isSet(out))
        return ctx.usage(CliContext::tr("An xlsx report needs --out FILE.xlsx."));
    request.currency = parser.value(currency).toUpper();
    if (!Money::isValidCurrency(request.currency))
        return ctx.usage(CliContext::tr("\"%1\" is not a currency code (for example EUR).").arg(request.currency));
    if (overview) {
        if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
            return ctx.usage(CliContext::tr("The overview is written as a table or as JSON."));
        RecordStore* store = ctx.store();
        if (!store)
            return Failed;
        auto figures = Overview::reports(store->database(), request);
        if (!figures)
            return ctx.fail(figures.error());
        return writeOut(
            ctx, parser.isSet(out) ? parser.value(out) : QString(),
            fmt == QLatin1String("json")
                ? QString::fromUtf8(QJsonDocument(Overview::json(*figures)).toJson(QJsonDocument::Compact)) +
                      QLatin1Char('\n')
                : overviewText(*figures));
    }
    if (parser.isSet(by)) {
        const QString b = parser.value(by);
        if (request.kind == ReportKind::Forecast && (b == QLatin1String("month") || b == QLatin1String("quarter")))
            request.byMonth = b == QLatin1String("month");
        else if (request.kind == ReportKind::WinLoss &&
                 (b == QLatin1String("reason") || b == QLatin1String("competitor")))
            request.byCompetitor = b == QLatin1String("competitor");
        else
            return ctx.usage(CliContext::tr("--by is month or quarter for the forecast, reason or competitor for "
                                            "win/loss."));
    }
    for (const auto& [option, date] : {std::pair{&from, &request.from}, std::pair{&to, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return ctx.usage(CliContext::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(*option)));
    }
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    for (const QString& name : parser.values(user)) {
        const auto id = userIdByName(ctx, *store, name);
        if (!id)
            return Failed;
        request.owners << *id;
    }
    if (parser.isSet(team)) {
        const auto id = teamIdByName(ctx, *store, parser.value(team));
        if (!id)
            return Failed;
        request.teamId = *id;
    }
    auto report = SalesReports::run(store->database(), request);
    if (!report)
        return ctx.fail(report.error());

    if (fmt == QLatin1String("xlsx")) {
        if (Status written = SalesReports::writeXlsx(*report, parser.value(out)); !written)
            return ctx.fail(written.error());
        return Success;
    }
    QString text;
    QTextStream s(&text);
    if (fmt == QLatin1String("json")) {
        s << QJsonDocument(SalesReports::json(*report)).toJson(QJsonDocument::Compact) << '\n';
    } else if (fmt == QLatin1String("csv")) {
        s << SalesReports::csv(*report);
    } else {
        QStringList header;
        for (const ReportColumn& c : std::as_const(report->columns))
            header << c.title;
        QList<QStringList> rows;
        for (const ReportRow& row : std::as_const(report->rows)) {
            QStringList cells;
            for (int c = 0; c < report->columns.size(); ++c)
                cells << SalesReports::display(*report, c, row.values.value(c));
            rows << cells;
        }
        QList<int> widths;
        for (int c = 0; c < header.size(); ++c) {
            int w = int(header[c].size());
            for (const QStringList& r : std::as_const(rows))
                w = std::max(w, int(r[c].size()));
            widths << w;
        }
        const auto line = [&](const QStringList& cells) {
            for (int c = 0; c < cells.size(); ++c)
                s << (c == 0 ? cells[c].leftJustified(widths[c])
                             : QStringLiteral("  ") + cells[c].rightJustified(widths[c]));
            s << '\n';
        };
        if (report->from.isValid() && report->usesMoney)
            s << CliContext::tr("%1, %2 – %3, in %4")
                     .arg(report->title, DateText::shortDate(report->from),
                          DateText::shortDate(report->to), report->currency)
              << '\n';
        else if (report->from.isValid())
            s << CliContext::tr("%1, %2 – %3")
                     .arg(report->title, DateText::shortDate(report->from),
                          DateText::shortDate(report->to))
              << '\n';
        line(header);
        for (const QStringList& r : std::as_const(rows))
            line(r);
        for (const QString& note : std::as_const(report->notes))
            s << note << '\n';
        if (!report->unconverted.isEmpty())
            s << CliContext::tr("Not in the amounts (no exchange rate to %1): %2")
                     .arg(report->currency, report->unconverted.join(QStringLiteral(", ")))
              << '\n';
    }
    s.flush();
    return writeOut(ctx, parser.isSet(out) ? parser.value(out) : QString(), text);
}

int ratesCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption base(QStringLiteral("base"), CliContext::tr("What the rate is in (default: EUR)."),
                                  QStringLiteral("CUR"), QStringLiteral("EUR"));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("Valid from this day (default: today)."),
                                  QStringLiteral("DATE"));
    parser.addOptions({base, from});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | set CUR RATE"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("rates"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    if (a.isEmpty() || a.first() == QLatin1String("list")) {
        auto st = store->database().statements().get(QStringLiteral(
            "SELECT currency, base_currency, micro_rate, valid_from FROM exchange_rates WHERE deleted = 0 "
            "ORDER BY currency, base_currency, valid_from"));
        QJsonArray list;
        while (st->step() == SqlStatement::Step::Row) {
            const QString rate = QLocale::c().toString(double(st->int64(2)) / 1e6, 'f', 6);
            if (ctx.json())
                list.append(QJsonObject{{QStringLiteral("currency"), st->text(0)},
                                        {QStringLiteral("base"), st->text(1)},
                                        {QStringLiteral("rate"), rate},
                                        {QStringLiteral("valid_from"), st->text(3)}});
            else
                ctx.out() << QStringLiteral("1 %1 = %2 %3 from %4").arg(st->text(0), rate, st->text(1), st->text(3))
                          << Qt::endl;
        }
        if (ctx.json())
            ctx.printJson(list);
        return Success;
    }
    if (a.first() != QLatin1String("set") || a.size() != 3)
        return ctx.usage(CliContext::tr("rates takes list, or set CUR RATE [--base CUR] [--from DATE]."));
    const QString cur = a[1].toUpper();
    const QString in = parser.value(base).toUpper();
    if (!Money::isValidCurrency(cur) || !Money::isValidCurrency(in) || cur == in)
        return ctx.usage(CliContext::tr("A rate is between two different currency codes (for example USD in EUR)."));
    // The rate as typed, to six decimals, kept as an integer: "0.921" is 921000 millionths.
    bool ok = false;
    const double value = QLocale::c().toDouble(a[2], &ok);
    if (!ok || value <= 0 || value > 1e6)
        return ctx.usage(CliContext::tr("\"%1\" is not a rate (a positive number such as 0.92).").arg(a[2]));
    const QDate day = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : QDate::currentDate();
    if (!day.isValid())
        return ctx.usage(CliContext::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(from)));
    Record r(EntityType::ExchangeRate);
    r.set(u"currency", cur)
        .set(u"base_currency", in)
        .set(u"micro_rate", qint64(std::llround(value * 1e6)))
        .set(u"valid_from", day.toString(Qt::ISODate));
    auto id = store->create(r);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << CliContext::tr("1 %1 = %2 %3 from %4.").arg(cur, a[2], in, day.toString(Qt::ISODate)) << Qt::endl;
    return Success;
}

/// `stages`: each stage's name and default probability (the company's, or the usual ones), and setting them.
int stagesCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  CliContext::tr("What the company calls the stage (empty: its usual name)."),
                                  QStringLiteral("NAME"));
    parser.addOption(name);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("[list] | set STAGE PERCENT [--name NAME]"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("stages"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    if (a.value(0) == QLatin1String("set")) {
        bool ok = false;
        const int percent = a.value(2).toInt(&ok);
        if (a.size() != 3 || !Schema::stages().keys.contains(a[1]) || !ok || percent < 0 || percent > 100)
            return ctx.usage(CliContext::tr("stages set takes a stage (%1) and a percentage from 0 to 100.")
                                 .arg(Schema::stages().keys.join(QStringLiteral(", "))));
        // The latest setting of a stage counts: it carries the stage's name too (the one given, else the current).
        const QString usual =
            QCoreApplication::translate("Enum", Schema::stages().labels[Schema::stages().indexOf(a[1])]);
        const QString label = parser.isSet(name) ? parser.value(name).trimmed() : Schema::stages().label(a[1]);
        Record setting(EntityType::StageSetting);
        setting.set(u"stage", a[1]).set(u"probability", qint64(percent));
        if (!label.isEmpty() && label != usual)
            setting.set(u"label", label);
        auto id = store->create(setting);
        if (!id)
            return ctx.fail(id.error());
    } else if (!a.isEmpty() && a.first() != QLatin1String("list")) {
        return ctx.usage(CliContext::tr("stages takes list, or set STAGE PERCENT."));
    }
    QJsonArray out;
    for (const QString& stage : Schema::stages().keys) {
        const int p = store->stageProbability(stage);
        if (ctx.json())
            out.append(QJsonObject{{QStringLiteral("stage"), stage},
                                   {QStringLiteral("name"), Schema::stages().label(stage)},
                                   {QStringLiteral("probability"), p},
                                   {QStringLiteral("usual"), Schema::defaultProbability(stage)}});
        else
            ctx.out()
                << QStringLiteral("%1  %2").arg(Schema::stages().label(stage).leftJustified(16),
                                                LocaleNames::percent(p).rightJustified(5))
                << (p != Schema::defaultProbability(stage)
                        ? CliContext::tr("  (usually %1)").arg(LocaleNames::percent(Schema::defaultProbability(stage)))
                        : QString())
                << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(out);
    return Success;
}

/// `lead score`: each lead's score from fit and engagement, with the reasons, written to the leads.
int scoreLeads(CliContext& ctx, QStringList ids, bool all)
{
    if (ids.isEmpty() == !all)
        return ctx.usage(CliContext::tr("lead score takes lead ids, or --all."));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    if (all) {
        auto st = store->database().statements().get(
            QStringLiteral("SELECT id FROM leads WHERE deleted = 0 AND status <> 'converted' ORDER BY rid"));
        while (st->step() == SqlStatement::Step::Row)
            ids << st->text(0);
    }
    const QDate today = QDate::currentDate();
    QJsonArray out;
    for (const QString& id : std::as_const(ids)) {
        const auto lead = store->fetch(EntityType::Lead, id);
        if (!lead)
            return ctx.fail(CliContext::tr("There is no lead %1.").arg(id));
        auto engagement = LeadScoring::engagement(store->database(), id);
        if (!engagement)
            return ctx.fail(engagement.error());
        const LeadScore s = LeadScoring::score(*lead, *engagement, today);
        if (ctx.json())
            out.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("score"), s.score},
                                   {QStringLiteral("fit"), s.fit},
                                   {QStringLiteral("engagement"), s.engagement},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)}});
        else if (!all)
            ctx.out() << CliContext::tr("%1: %2 (fit %3, engagement %4) — %5")
                             .arg(lead->text(u"first_name") + QLatin1Char(' ') + lead->text(u"last_name"))
                             .arg(s.score)
                             .arg(s.fit)
                             .arg(s.engagement)
                             .arg(s.reasons.join(QStringLiteral("; ")))
                      << Qt::endl;
    }
    auto updates = LeadScoring::rescore(*store, ids, today);
    if (!updates)
        return ctx.fail(updates.error());
    if (!updates->isEmpty()) {
        if (auto applied = store->apply(*updates); !applied)
            return ctx.fail(applied.error());
    }
    if (ctx.json())
        ctx.printJson(out);
    else if (all)
        ctx.out() << CliContext::tr("%1 leads scored, %2 scores changed.").arg(ids.size()).arg(updates->size())
                  << Qt::endl;
    return Success;
}

/// `customers`: scoring the whole book (RFM segment, lifetime value, churn risk of every customer) and one
/// account's standing as last scored.
int customersCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      CliContext::tr("The currency of revenue and lifetime value (default: EUR)."),
                                      QStringLiteral("CUR"), QStringLiteral("EUR"));
    parser.addOption(currency);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("score | show ACCOUNT"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("customers"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    const bool score = a.size() == 1 && a.first() == QLatin1String("score");
    if (!score && !(a.size() == 2 && a.first() == QLatin1String("show")))
        return ctx.usage(CliContext::tr("customers takes score [--currency CUR], or show ACCOUNT."));
    const QString cur = parser.value(currency).toUpper();
    if (!Money::isValidCurrency(cur))
        return ctx.usage(CliContext::tr("\"%1\" is not a currency code (for example EUR).").arg(cur));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    Database& db = store->database();
    if (score) {
        auto scoring = CustomerReports::score(db, cur, QDateTime::currentMSecsSinceEpoch());
        if (!scoring)
            return ctx.fail(scoring.error());
        if (ctx.json())
            ctx.printJson(
                QJsonObject{{QStringLiteral("customers"), scoring->customers},
                            {QStringLiteral("from"), scoring->from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), scoring->to.toString(Qt::ISODate)},
                            {QStringLiteral("currency"), scoring->currency},
                            {QStringLiteral("unconverted"), QJsonArray::fromStringList(scoring->unconverted)}});
        else
            ctx.out() << CliContext::tr("%Ln customer(s) scored on their orders from %1 to %2, in %3.", nullptr,
                                        scoring->customers)
                             .arg(DateText::shortDate(scoring->from), DateText::shortDate(scoring->to),
                                  scoring->currency)
                      << Qt::endl;
        if (!scoring->unconverted.isEmpty())
            ctx.out() << CliContext::tr("Orders in %1 are not counted: there is no exchange rate into %2.")
                             .arg(scoring->unconverted.join(QStringLiteral(", ")), scoring->currency)
                      << Qt::endl;
        return Success;
    }
    const std::optional<QString> found = recordIdByName(ctx, *store, EntityType::Account, a[1]);
    if (!found)
        return Failed;
    const QString id = *found;
    const auto account = store->fetch(EntityType::Account, id);
    if (!account)
        return ctx.fail(CliContext::tr("There is no account %1.").arg(id));
    const auto last = CustomerReports::lastScoring(db);
    if (last.at == 0)
        return ctx.fail(CliContext::tr("The customers have not been scored yet: run rapport-cli customers score."));
    auto standing = CustomerReports::standing(db, id);
    if (!standing)
        return ctx.fail(standing.error());
    const QString scored = DateText::shortDate(QDateTime::fromMSecsSinceEpoch(last.at).date());
    const auto& c = *standing;
    if (ctx.json()) {
        QJsonObject o{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), account->text(u"name")},
            {QStringLiteral("scored_at"), QDateTime::fromMSecsSinceEpoch(last.at).toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("customer"), c.has_value()}};
        if (c) {
            o.insert(QStringLiteral("segment"), c->segment);
            o.insert(QStringLiteral("recency"), c->recency);
            o.insert(QStringLiteral("frequency"), c->frequency);
            o.insert(QStringLiteral("monetary"), c->monetary);
            o.insert(QStringLiteral("last_order"),
                     QDateTime::fromMSecsSinceEpoch(c->lastOrder).toUTC().toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("orders"), c->orders);
            o.insert(QStringLiteral("revenue"), c->revenue.minor);
            o.insert(QStringLiteral("lifetime_value"), c->lifetimeValue.minor);
            o.insert(QStringLiteral("currency"), c->lifetimeValue.currency);
            o.insert(QStringLiteral("churn_risk"), c->churnRisk);
            o.insert(QStringLiteral("at_risk"), c->atRisk);
            o.insert(QStringLiteral("category"), c->category);
        }
        ctx.printJson(o);
        return Success;
    }
    if (!c) {
        ctx.out() << CliContext::tr("%1 had no orders when the customers were last scored (%2).")
                         .arg(account->text(u"name"), scored)
                  << Qt::endl;
        return Success;
    }
    const QLocale locale;
    ctx.out() << CliContext::tr("%1: %2 (recency %3, frequency %4, money %5 out of 5), scored on %6.")
                     .arg(account->text(u"name"), CustomerReports::segmentLabel(c->segment))
                     .arg(c->recency)
                     .arg(c->frequency)
                     .arg(c->monetary)
                     .arg(scored)
              << Qt::endl
              << CliContext::tr("Lifetime value %1; churn risk %2; last order %3; %Ln order(s) for %4 in the last 12 "
                                "months; buys most: %5.",
                                nullptr, c->orders)
                     .arg(c->lifetimeValue.formatWhole(locale), LocaleNames::percent(100.0 * c->churnRisk, 0, locale),
                          DateText::shortDate(QDateTime::fromMSecsSinceEpoch(c->lastOrder).date()),
                          c->revenue.formatWhole(locale), c->category.isEmpty() ? CliContext::tr("none") : c->category)
              << Qt::endl;
    if (c->atRisk)
        ctx.out() << CliContext::tr("Likely to churn: a churn risk of one half or more, and an order in the last year.")
                  << Qt::endl;
    return Success;
}

/// `campaign`: who a campaign reaches (by each customer's consent), sending it, responses, what it achieved.
int campaignCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption tag(QStringLiteral("tag"), CliContext::tr("add: every contact with this tag."),
                                 QStringLiteral("TAG"));
    const QCommandLineOption at(QStringLiteral("at"),
                                CliContext::tr("respond: when (YYYY-MM-DDTHH:MM, UTC; default: now)."),
                                QStringLiteral("DATETIME"));
    const QCommandLineOption recipients(QStringLiteral("out"),
                                        CliContext::tr("send: write the recipients to this CSV file, for the mail tool "
                                                       "(names, company, language, address)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption segment(
        QStringLiteral("segment"),
        CliContext::tr("add: the people at the customers of this segment, as last scored (%1).")
            .arg(Schema::customerSegments().keys.join(QStringLiteral(", "))),
        QStringLiteral("SEGMENT"));
    const Enumeration& leadStatuses = *Schema::entity(EntityType::Lead).field(u"status")->enumeration;
    QStringList openStatuses = leadStatuses.keys;
    openStatuses.removeAll(QStringLiteral("converted")); // a converted lead is reached as the contact it became
    const QCommandLineOption leads(
        QStringLiteral("leads"),
        CliContext::tr("add: the leads with this status (%1).").arg(openStatuses.join(QStringLiteral(", "))),
        QStringLiteral("STATUS"));
    parser.addOptions({tag, segment, leads, at, recipients});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("add CAMPAIGN PERSON…|--tag T|--segment S|--leads STATUS | send CAMPAIGN [--out FILE] "
                       "| respond MEMBER KIND | show CAMPAIGN"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("campaign"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    const QString action = a.value(0);
    const bool byGroup = parser.isSet(tag) || parser.isSet(segment) || parser.isSet(leads);
    const bool shapeOk = (action == QLatin1String("add") && a.size() >= (byGroup ? 2 : 3)) ||
                         ((action == QLatin1String("send") || action == QLatin1String("show")) && a.size() == 2) ||
                         (action == QLatin1String("respond") && a.size() == 3);
    if (!shapeOk)
        return ctx.usage(CliContext::tr("campaign takes add CAMPAIGN PERSON… (contacts or leads; or --tag TAG, "
                                        "--segment SEGMENT, --leads STATUS), send CAMPAIGN, respond MEMBER KIND or "
                                        "show CAMPAIGN."));
    if (parser.isSet(segment) && !Schema::customerSegments().keys.contains(parser.value(segment)))
        return ctx.usage(CliContext::tr("\"%1\" is not a customer segment; one of: %2.")
                             .arg(parser.value(segment), Schema::customerSegments().keys.join(QStringLiteral(", "))));
    if (parser.isSet(leads) && !openStatuses.contains(parser.value(leads)))
        return ctx.usage(CliContext::tr("\"%1\" is not the status of a lead to reach; one of: %2.")
                             .arg(parser.value(leads), openStatuses.join(QStringLiteral(", "))));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    // The campaign by its id or its name.
    const std::optional<QString> campaign =
        action == QLatin1String("respond") ? a.value(1) : recordIdByName(ctx, *store, EntityType::Campaign, a[1]);
    if (!campaign)
        return Failed;
    auto report = [&](const Campaigns::Plan& plan) {
        if (auto applied = store->apply(plan.mutations); !applied)
            return ctx.fail(applied.error());
        if (ctx.json()) {
            QJsonArray excluded;
            for (const auto& [name, why] : plan.excluded)
                excluded.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("reason"), why}});
            ctx.printJson(QJsonObject{{QStringLiteral("done"), plan.added},
                                      {QStringLiteral("already"), plan.already},
                                      {QStringLiteral("excluded"), excluded}});
            return int(Success);
        }
        ctx.out() << plan.summary() << Qt::endl;
        for (const auto& [name, why] : plan.excluded)
            ctx.out() << QStringLiteral("  %1 — %2").arg(name, why) << Qt::endl;
        return int(Success);
    };
    if (action == QLatin1String("add")) {
        QStringList contacts = a.mid(2); // people: contacts and leads
        if (parser.isSet(tag)) {
            auto tagged = Campaigns::contactsTagged(store->database(), parser.value(tag));
            if (!tagged)
                return ctx.fail(tagged.error());
            contacts << *tagged;
            if (contacts.isEmpty())
                return ctx.fail(CliContext::tr("No contact has the tag \"%1\".").arg(parser.value(tag)));
        }
        if (parser.isSet(segment)) {
            auto people = Campaigns::contactsAtCustomers(store->database(), parser.value(segment));
            if (!people)
                return ctx.fail(people.error());
            if (people->isEmpty())
                return ctx.fail(
                    CliContext::tr("Nobody is on record at the customers in %1 (as last scored: rapport-cli "
                                   "customers score scores them again).")
                        .arg(Schema::customerSegments().label(parser.value(segment))));
            contacts << *people;
        }
        if (parser.isSet(leads)) {
            auto found = Campaigns::leadsWithStatus(store->database(), parser.value(leads));
            if (!found)
                return ctx.fail(found.error());
            if (found->isEmpty())
                return ctx.fail(
                    CliContext::tr("No lead has the status %1.").arg(leadStatuses.label(parser.value(leads))));
            contacts << *found;
        }
        auto plan = Campaigns::enrol(*store, *campaign, contacts);
        return plan ? report(*plan) : ctx.fail(plan.error());
    }
    if (action == QLatin1String("send")) {
        auto plan = Campaigns::send(*store, *campaign);
        if (!plan)
            return ctx.fail(plan.error());
        // The list first: nobody is marked sent unless the mail tool has them.
        if (parser.isSet(recipients))
            if (const Status written = ContactExport::writeRecipients(*plan, parser.value(recipients)); !written)
                return ctx.fail(written.error());
        return report(*plan);
    }
    if (action == QLatin1String("respond")) {
        qint64 when = QDateTime::currentMSecsSinceEpoch();
        if (parser.isSet(at)) {
            const QDateTime t = QDateTime::fromString(parser.value(at), Qt::ISODate);
            if (!t.isValid())
                return ctx.usage(CliContext::tr("\"%1\" is not a moment (YYYY-MM-DDTHH:MM).").arg(parser.value(at)));
            when = QDateTime(t.date(), t.time(), QTimeZone::utc()).toMSecsSinceEpoch();
        }
        auto writes = Campaigns::respond(*store, a[1], a[2], when);
        if (!writes)
            return ctx.fail(writes.error());
        if (auto applied = store->apply(*writes); !applied)
            return ctx.fail(applied.error());
        return Success;
    }
    // show: what it achieved, then who it reaches.
    auto results = Campaigns::results(store->database(), *campaign);
    if (!results)
        return ctx.fail(results.error());
    auto members = Campaigns::members(store->database(), *campaign);
    if (!members)
        return ctx.fail(members.error());
    const Enumeration& statuses = *Schema::entity(EntityType::CampaignMember).field(u"status")->enumeration;
    const Enumeration& kinds = *Schema::entity(EntityType::CampaignResponse).field(u"kind")->enumeration;
    if (ctx.json()) {
        QJsonObject byStatus, byKind, won;
        for (auto it = results->members.cbegin(); it != results->members.cend(); ++it)
            byStatus.insert(it.key(), it.value());
        for (auto it = results->responses.cbegin(); it != results->responses.cend(); ++it)
            byKind.insert(it.key(), it.value());
        for (auto it = results->wonAmounts.cbegin(); it != results->wonAmounts.cend(); ++it)
            won.insert(it.key(), Money{it.value(), it.key()}.plain());
        QJsonArray list;
        for (const Campaigns::Member& m : std::as_const(*members))
            list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("contact_id"), m.contactId},
                                    {QStringLiteral("lead_id"), m.leadId},
                                    {QStringLiteral("name"), m.name},
                                    {QStringLiteral("status"), m.status},
                                    {QStringLiteral("response"), m.response},
                                    {QStringLiteral("reason"), m.reason}});
        ctx.printJson(QJsonObject{{QStringLiteral("members"), byStatus},
                                  {QStringLiteral("reached"), results->reached},
                                  {QStringLiteral("responded"), results->responded},
                                  {QStringLiteral("responses"), byKind},
                                  {QStringLiteral("leads"), results->leads},
                                  {QStringLiteral("deals"), results->deals},
                                  {QStringLiteral("won"), results->won},
                                  {QStringLiteral("won_amounts"), won},
                                  {QStringLiteral("won_total"), Money{results->wonTotal, results->currency}.plain()},
                                  {QStringLiteral("currency"), results->currency},
                                  {QStringLiteral("unconverted"), QJsonArray::fromStringList(results->unconverted)},
                                  {QStringLiteral("list"), list}});
        return Success;
    }
    // Each count after its label ("Sent: 151"), which reads the same in every language, as the status names are
    // labels, not words to put in a sentence.
    const QLocale locale;
    QStringList counts;
    int all = 0;
    for (const QString& key : statuses.keys)
        if (const int n = results->members.value(key); n > 0) {
            counts << CliContext::tr("%1: %2").arg(statuses.label(key), locale.toString(n));
            all += n;
        }
    ctx.out() << (counts.isEmpty()
                      ? CliContext::tr("Members: none")
                      : CliContext::tr("Members: %1 (%2)").arg(locale.toString(all), counts.join(QStringLiteral(", "))))
              << Qt::endl;
    QStringList responses;
    for (const QString& key : kinds.keys)
        if (const int n = results->responses.value(key); n > 0)
            responses << CliContext::tr("%1: %2").arg(kinds.label(key), locale.toString(n));
    ctx.out() << CliContext::tr("Reached %1, responded %2%3")
                     .arg(results->reached)
                     .arg(results->responded)
                     .arg(responses.isEmpty() ? QString() : QStringLiteral(" (") + responses.join(QStringLiteral(", ")) + QLatin1Char(')'))
              << Qt::endl;
    // What was won, in the campaign's currency, and each currency when there are others.
    QString won;
    if (!results->wonAmounts.isEmpty()) {
        QStringList amounts;
        for (auto it = results->wonAmounts.cbegin(); it != results->wonAmounts.cend(); ++it)
            amounts << Money{it.value(), it.key()}.formatWhole(QLocale());
        won = Money{results->wonTotal, results->currency}.formatWhole(QLocale());
        if (amounts.size() > 1 || !results->wonAmounts.contains(results->currency))
            won = CliContext::tr("%1 = %2 at today's rates").arg(won, amounts.join(QStringLiteral(" + ")));
        if (!results->unconverted.isEmpty())
            won += CliContext::tr("; not counted, without a rate to %1: %2")
                       .arg(results->currency, results->unconverted.join(QStringLiteral(", ")));
        won = QStringLiteral(" (") + won + QLatin1Char(')');
    }
    ctx.out() << CliContext::tr("Leads %1, deals %2, won %3%4")
                     .arg(results->leads)
                     .arg(results->deals)
                     .arg(results->won)
                     .arg(won)
              << Qt::endl;
    for (const Campaigns::Member& m : std::as_const(*members))
        ctx.out() << QStringLiteral("%1  %2  %3%4")
                         .arg(m.id, m.name, statuses.label(m.status),
                              m.reason.isEmpty() ? (m.response.isEmpty() ? QString() : QStringLiteral(" — ") + kinds.label(m.response))
                                                 : QStringLiteral(" — ") + m.reason)
                  << Qt::endl;
    return Success;
}

int leadCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption contact(QStringLiteral("contact"),
                                     CliContext::tr("Use this contact already in the book instead of a new one."),
                                     QStringLiteral("ID"));
    const QCommandLineOption newContact(QStringLiteral("new-contact"),
                                        CliContext::tr("Make a new contact even though a likely duplicate exists."));
    const QCommandLineOption noDeal(QStringLiteral("no-deal"), CliContext::tr("Do not open an opportunity."));
    const QCommandLineOption deal(QStringLiteral("deal"), CliContext::tr("The opportunity's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    CliContext::tr("The opportunity's amount (e.g. 12500.00)."), QStringLiteral("X"));
    const QCommandLineOption currency(QStringLiteral("currency"), CliContext::tr("Its currency (default: EUR)."),
                                      QStringLiteral("CUR"), QStringLiteral("EUR"));
    const QCommandLineOption close(QStringLiteral("close"), CliContext::tr("Its expected close (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption all(QStringLiteral("all"), CliContext::tr("score: every lead not yet converted."));
    parser.addOptions({contact, newContact, noDeal, deal, amount, currency, close, all});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("convert ID | score ID… | score --all"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("lead"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    if (a.value(0) == QLatin1String("score"))
        return scoreLeads(ctx, a.mid(1), parser.isSet(all));
    if (a.size() != 2 || a.first() != QLatin1String("convert"))
        return ctx.usage(CliContext::tr("lead takes convert ID, or score ID… (or score --all)."));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    auto plan = LeadConversion::plan(*store, a[1], store->defaultRegion());
    if (!plan)
        return ctx.fail(plan.error());
    if (parser.isSet(contact)) {
        if (!store->fetch(EntityType::Contact, parser.value(contact)))
            return ctx.fail(CliContext::tr("There is no contact %1.").arg(parser.value(contact)));
        plan->contactId = parser.value(contact);
    } else if (!plan->duplicates.isEmpty() && !parser.isSet(newContact)) {
        // The duplicate check comes first: nothing is written until the person says which.
        ctx.err() << CliContext::tr("%1 is probably already in the book:").arg(plan->lead.text(u"last_name"))
                  << Qt::endl;
        for (const DuplicateCandidate& d : std::as_const(plan->duplicates))
            ctx.err() << QStringLiteral("  %1  %2 (%3) — %4: %5")
                             .arg(d.id, d.title, d.detail, LocaleNames::percent(d.score))
                             .arg(d.reasons.join(QStringLiteral("; ")))
                      << Qt::endl;
        return ctx.fail(CliContext::tr("Nothing converted: say --contact ID to use one of them, or --new-contact."));
    }
    plan->openDeal = !parser.isSet(noDeal);
    if (parser.isSet(deal))
        plan->dealName = parser.value(deal);
    plan->currency = parser.value(currency).toUpper();
    if (!Money::isValidCurrency(plan->currency))
        return ctx.usage(CliContext::tr("\"%1\" is not a currency code (for example EUR).").arg(plan->currency));
    if (parser.isSet(amount)) {
        const auto money = Money::parse(parser.value(amount), plan->currency, QLocale::c());
        if (!money)
            return ctx.usage(
                CliContext::tr("\"%1\" is not an amount (for example 12500.00).").arg(parser.value(amount)));
        plan->amount = money->minor;
    }
    if (parser.isSet(close)) {
        if (!QDate::fromString(parser.value(close), Qt::ISODate).isValid())
            return ctx.usage(CliContext::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(close)));
        plan->expectedClose = parser.value(close);
    }
    auto made = LeadConversion::convert(*store, *plan);
    if (!made)
        return ctx.fail(made.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("account"), made->accountId},
                                  {QStringLiteral("account_created"), plan->accountId.isEmpty()},
                                  {QStringLiteral("contact"), made->contactId},
                                  {QStringLiteral("contact_created"), plan->contactId.isEmpty()},
                                  {QStringLiteral("opportunity"), made->opportunityId}});
        return Success;
    }
    ctx.out() << CliContext::tr("Converted: account %1 (%2), contact %3 (%4)%5")
                     .arg(made->accountId,
                          plan->accountId.isEmpty() ? CliContext::tr("new") : CliContext::tr("existing"),
                          made->contactId,
                          plan->contactId.isEmpty() ? CliContext::tr("new") : CliContext::tr("existing"),
                          made->opportunityId.isEmpty() ? QStringLiteral(".")
                                                        : CliContext::tr(", opportunity %1.").arg(made->opportunityId))
              << Qt::endl;
    return Success;
}

int quoteCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), CliContext::tr("Write the quote as a PDF file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), CliContext::tr("Write the quote as an HTML file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption tax(QStringLiteral("tax"),
                                 CliContext::tr("VAT rate at home in percent (default: the settings')."),
                                 QStringLiteral("PERCENT"));
    const QCommandLineOption treatment(
        QStringLiteral("tax-treatment"),
        CliContext::tr("domestic, reverse-charge or export (default: by where the customer is)."),
        QStringLiteral("KIND"));
    const QCommandLineOption discount(QStringLiteral("discount"),
                                      CliContext::tr("A discount on the whole quote, in percent."),
                                      QStringLiteral("PERCENT"));
    const QCommandLineOption valid(QStringLiteral("valid-days"), CliContext::tr("Days the quote is valid for."),
                                   QStringLiteral("N"));
    const QCommandLineOption notes(QStringLiteral("notes"), CliContext::tr("A note printed above the terms."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption templ(QStringLiteral("template"), CliContext::tr("A quote template (Mustache HTML)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     CliContext::tr("Print this issued version again instead of issuing a new one."),
                                     QStringLiteral("N"));
    parser.addOptions({pdf, html, tax, treatment, discount, valid, notes, templ, version});
    parser.addPositionalArgument(QStringLiteral("opportunity"), QStringLiteral("OPPORTUNITY_ID"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("quote"), args, code))
        return code;
    const QString dealId = parser.positionalArguments().value(0);
    if (dealId.isEmpty() || (!parser.isSet(pdf) && !parser.isSet(html)))
        return ctx.usage(CliContext::tr("quote takes an opportunity id and --pdf FILE (or --html FILE)."));
    const auto basisPoints = [&](const QCommandLineOption& option, int& out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double percent = QLocale::c().toDouble(parser.value(option), &ok);
        if (!ok || percent < 0 || percent > 100)
            return false;
        out = int(std::lround(percent * 100));
        return true;
    };
    QuoteSettings settings = Settings().quotes();
    int discountBp = 0;
    if (!basisPoints(tax, settings.taxRateBp) || !basisPoints(discount, discountBp))
        return ctx.usage(CliContext::tr("--tax and --discount are percentages from 0 to 100."));
    std::optional<TaxTreatment> chosenTreatment;
    if (parser.isSet(treatment)) {
        chosenTreatment = Tax::fromKey(parser.value(treatment).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!chosenTreatment)
            return ctx.usage(CliContext::tr("--tax-treatment is domestic, reverse-charge or export."));
    }
    if (parser.isSet(valid)) {
        bool ok = false;
        settings.validityDays = parser.value(valid).toInt(&ok);
        if (!ok || settings.validityDays < 0)
            return ctx.usage(CliContext::tr("--valid-days is a number of days."));
    }
    if (parser.isSet(templ))
        settings.templatePath = parser.value(templ);
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;

    Record quote(EntityType::Quote);
    if (parser.isSet(version)) {
        auto all = Quotes::ofOpportunity(store->database(), dealId);
        if (!all)
            return ctx.fail(all.error());
        const auto it = std::find_if(all->cbegin(), all->cend(), [&](const Record& q) {
            return QString::number(q.value(u"version").toLongLong()) == parser.value(version);
        });
        if (it == all->cend())
            return ctx.fail(CliContext::tr("The opportunity has no quote version %1.").arg(parser.value(version)));
        quote = *it;
    } else {
        auto drafted = Quotes::draft(*store, dealId, settings, QDate::currentDate());
        if (!drafted)
            return ctx.fail(drafted.error());
        quote = *drafted;
        quote.set(u"discount_bp", qint64(discountBp));
        if (chosenTreatment)
            Quotes::setTaxTreatment(quote, *chosenTreatment, settings);
        if (parser.isSet(notes))
            quote.set(u"notes", parser.value(notes));
        Quotes::recompute(quote);
    }
    // The document is rendered first (as the quote will be issued: stamped now, the next version) and the file
    // written last: a quote that cannot be rendered is not issued, and no file carries a number and version
    // that were never recorded. (Should the file then fail, the issued version can be printed again.)
    QList<Mutation> writes;
    if (!parser.isSet(version)) {
        quote.setId(store->newId());
        writes = Quotes::issueMutations(*store, quote);
        quote = writes.first().record;
    }
    QByteArray document;
    auto text = Quotes::html(store->database(), quote, settings);
    if (!text)
        return ctx.fail(text.error());
    if (parser.isSet(pdf)) {
        PdfDocument rendered(*text, quote.text(u"number"));
        if (!settings.logoPath.isEmpty()) {
            const QImage logo(settings.logoPath);
            if (logo.isNull())
                return ctx.fail(CliContext::tr("The logo %1 is not an image Rapport can read.").arg(settings.logoPath));
            rendered.addImage(QStringLiteral("logo"), logo);
        }
        document = rendered.bytes();
    }
    if (!writes.isEmpty()) {
        if (auto issued = store->apply(writes); !issued)
            return ctx.fail(issued.error());
    }
    if (parser.isSet(pdf)) {
        if (Status s = PdfDocument::save(document, parser.value(pdf)); !s)
            return ctx.fail(s.error());
    }
    if (parser.isSet(html)) {
        QSaveFile file(parser.value(html));
        if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0 || !file.commit())
            return ctx.fail(CliContext::tr("%1 cannot be written: %2").arg(parser.value(html), file.errorString()));
    }
    const QString total = Money{quote.value(u"total").toLongLong(), quote.text(u"currency")}.format();
    if (ctx.json())
        ctx.printJson(QJsonObject{
            {QStringLiteral("id"), quote.id()},
            {QStringLiteral("number"), quote.text(u"number")},
            {QStringLiteral("version"), quote.value(u"version").toLongLong()},
            {QStringLiteral("total"), Money{quote.value(u"total").toLongLong(), quote.text(u"currency")}.plain()},
            {QStringLiteral("currency"), quote.text(u"currency")},
            {QStringLiteral("tax_treatment"), quote.text(u"tax_treatment")},
            {QStringLiteral("tax_rate_bp"), quote.value(u"tax_rate_bp").toLongLong()}});
    else
        ctx.out() << CliContext::tr("Quote %1, version %2: %3 (%4)")
                         .arg(quote.text(u"number"))
                         .arg(quote.value(u"version").toLongLong())
                         .arg(total, Schema::taxTreatments().label(quote.text(u"tax_treatment").isEmpty()
                                                                       ? Tax::key(TaxTreatment::Domestic)
                                                                       : quote.text(u"tax_treatment")))
                  << Qt::endl;
    return Success;
}

} // namespace

bool cliNeedsGui(const QStringList& arguments)
{
    // Printing lays text out with fonts: the quote command needs a QGuiApplication.
    return arguments.contains(QStringLiteral("quote"));
}

QList<CliCommand> reportCommands()
{
    return {
        {QStringLiteral("report"),
         QStringLiteral("overview|pipeline|forecast|reps|cycle|winloss|slipped|tickets|sla|backlog|agents|customers|"
                        "churn|crosssell [--team T] "
                        "[--user NAME]… [--from DATE] "
                        "[--to DATE] [--by month|quarter|reason|competitor] [--currency CUR] "
                        "[--format table|csv|json|xlsx] [--out FILE]"),
         CliContext::tr("The manager's reports: the overview of them all, pipeline, forecast against quota, sales "
                        "team, sales cycle, win/loss and slipped deals, in one currency; the help desk's: open "
                        "tickets by age and priority, service levels, backlog, agents; and the customers': RFM "
                        "segments with lifetime value, churn risk, cross-selling."),
         reportCommand},
        {QStringLiteral("quote"),
         QStringLiteral("OPPORTUNITY_ID --pdf FILE [--html FILE] [--tax PERCENT] [--tax-treatment KIND] "
                        "[--discount PERCENT] [--valid-days N] [--notes TEXT] [--template FILE] [--version N]"),
         CliContext::tr("Issue the next version of a deal's quote from its line items and print it to PDF."),
         quoteCommand},
        {QStringLiteral("lead"),
         QStringLiteral(
             "convert ID [--contact ID|--new-contact] [--no-deal] [--deal NAME] [--amount X] [--currency CUR] "
             "[--close DATE] | score ID…|--all"),
         CliContext::tr("Turn a lead into an account, a contact and an opportunity, duplicates checked first; or "
                        "score leads by fit and engagement."),
         leadCommand},
        {QStringLiteral("campaign"),
         QStringLiteral("add CAMPAIGN PERSON…|--tag TAG|--segment SEGMENT|--leads STATUS | send CAMPAIGN [--out "
                        "FILE.csv] | respond MEMBER KIND [--at DATETIME] | show CAMPAIGN"),
         CliContext::tr(
             "Marketing campaigns by consent: add contacts and leads (those without marketing consent on the "
             "campaign's channel are left out, with the reason), send (consent checked again), record a "
             "response (an unsubscribe withdraws consent), show what it achieved."),
         campaignCommand},
        {QStringLiteral("customers"), QStringLiteral("score [--currency CUR] | show ACCOUNT"),
         CliContext::tr("Score every customer on their orders (RFM segment, lifetime value, churn risk), as the "
                        "accounts list and page show it; or show one account's standing."),
         customersCommand},
        {QStringLiteral("stages"), QStringLiteral("[list] | set STAGE PERCENT [--name NAME]"),
         CliContext::tr("Each stage's name and default probability: the company's, or the usual ones."), stagesCommand},
        {QStringLiteral("rates"), QStringLiteral("[list] | set CUR RATE [--base CUR] [--from DATE]"),
         CliContext::tr("The exchange rates reports convert with."), ratesCommand},
    };
}

} // namespace rapport
