// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Moving contacts in and out of other programs' formats.
#include "Cli.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/CsvImport.h"
#include "io/PersonalData.h"
#include "storage/RecordStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport {

namespace {

int exportCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption ids(QStringLiteral("ids"), CliContext::tr("Only these contacts (comma-separated ids)."),
                                 QStringLiteral("ID,…"));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("Calendar: from this day on."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Calendar: up to this day."),
                                QStringLiteral("DATE"));
    const QCommandLineOption user(QStringLiteral("user"), CliContext::tr("Calendar: whose (user name; repeatable)."),
                                  QStringLiteral("NAME"));
    parser.addOptions({ids, from, to, user});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("export"), args, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional[0] == QLatin1String("calendar"))
        return exportCalendar(ctx, positional[1], parser.value(from), parser.value(to), parser.values(user));
    if (positional.size() != 2 || positional[0] != QLatin1String("contacts"))
        return ctx.usage(CliContext::tr("export needs what and where: export contacts FILE.csv|FILE.vcf or export "
                                        "calendar FILE.ics"));
    const QString path = positional[1];
    const auto format = ContactExport::formatFor(path);
    if (!format)
        return ctx.usage(CliContext::tr("\"%1\": the file name must end in .csv or .vcf.").arg(path));
    Database* db = ctx.database();
    if (!db)
        return Failed;
    auto written = ContactExport::write(*db, path, *format, parser.value(ids).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("contacts"), *written}});
    else
        ctx.out() << CliContext::tr("%n contact(s) written to %1.", nullptr, int(*written)).arg(path) << Qt::endl;
    return Success;
}

int importCsv(CliContext& ctx, RecordStore& store, QFile& file, const QCommandLineParser& parser, bool dryRun)
{
    CsvImport::Options options;
    options.dryRun = dryRun;
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("create"))
        options.mode = CsvImport::Mode::Create;
    else if (mode == QLatin1String("update"))
        options.mode = CsvImport::Mode::Update;
    else if (mode == QLatin1String("upsert"))
        options.mode = CsvImport::Mode::Upsert;
    else
        return ctx.usage(CliContext::tr("--mode is create, update or upsert."));
    const QString match = parser.value(QStringLiteral("match"));
    if (match == QLatin1String("email"))
        options.match = CsvImport::Match::Email;
    else if (match == QLatin1String("phone"))
        options.match = CsvImport::Match::Phone;
    else if (match == QLatin1String("id"))
        options.match = CsvImport::Match::Id;
    else
        return ctx.usage(CliContext::tr("--match is email, phone or id."));
    auto report = CsvImport::run(store, file, options);
    if (!report)
        return ctx.fail(report.error());
    int problems = 0;
    for (const CsvImport::Row& row : std::as_const(report->rows))
        problems += static_cast<int>(row.problems.size());
    if (ctx.json()) {
        QJsonArray rows;
        for (const CsvImport::Row& row : std::as_const(report->rows))
            rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("name"), row.name},
                                    {QStringLiteral("skipped"), row.action == CsvImport::Row::Action::Skip},
                                    {QStringLiteral("problems"), QJsonArray::fromStringList(row.problems)},
                                    {QStringLiteral("warnings"), QJsonArray::fromStringList(row.warnings)}});
        ctx.printJson(QJsonObject{{QStringLiteral("format"), report->format.describe()},
                                  {QStringLiteral("created"), report->created},
                                  {QStringLiteral("updated"), report->updated},
                                  {QStringLiteral("skipped"), report->skipped},
                                  {QStringLiteral("accounts_created"), report->accountsCreated},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("dry_run"), dryRun}});
    } else {
        ctx.out() << CliContext::tr("Read as %1.").arg(report->format.describe()) << Qt::endl;
        // Counts after their labels: "rows left out: 1" reads as well as "rows left out: 20,000".
        ctx.out() << (dryRun ? CliContext::tr("Dry run, nothing written. Contacts to create: %1, to update: %2; new "
                                              "accounts: %3; rows left out: %4.")
                             : CliContext::tr("Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4."))
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->accountsCreated)
                         .arg(report->skipped)
                  << Qt::endl;
        if (report->stoppedAtLine > 0)
            ctx.out() << CliContext::tr("Stopped at line %1: the rows before it are in the book; import the file again "
                                        "with --mode upsert to finish.")
                             .arg(report->stoppedAtLine)
                      << Qt::endl;
        for (const CsvImport::Row& row : std::as_const(report->rows)) {
            for (const QString& p : row.problems)
                ctx.out() << CliContext::tr("line %1: skipped: %2").arg(row.line).arg(p) << Qt::endl;
            for (const QString& w : row.warnings)
                ctx.out() << CliContext::tr("line %1: note: %2").arg(row.line).arg(w) << Qt::endl;
        }
    }
    return problems == 0 ? Success : Failed;
}

int importCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliContext::tr("Check the file; write nothing."));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  CliContext::tr("CSV: create new contacts, update existing ones, or upsert (both)."),
                                  QStringLiteral("create|update|upsert"), QStringLiteral("create"));
    const QCommandLineOption match(QStringLiteral("match"), CliContext::tr("CSV: how a row finds its contact."),
                                   QStringLiteral("email|phone|id"), QStringLiteral("email"));
    parser.addOption(dryRun);
    parser.addOption(mode);
    parser.addOption(match);
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("import"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    if (a.size() == 2 && a[0] == QLatin1String("calendar"))
        return importCalendar(ctx, a[1], parser.isSet(dryRun));
    if (a.size() != 2 || a[0] != QLatin1String("contacts"))
        return ctx.usage(CliContext::tr("import needs what and from where: import contacts FILE.csv|FILE.vcf or import "
                                        "calendar FILE.ics"));
    const QString path = a[1];
    const auto format = ContactExport::formatFor(path);
    if (!format)
        return ctx.usage(CliContext::tr("\"%1\": contacts are imported from CSV files (.csv) and vCard files (.vcf).")
                             .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(CliContext::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    if (*format == ContactExport::Format::Csv)
        return importCsv(ctx, *store, file, parser, parser.isSet(dryRun));
    auto report = ContactImport::vcards(*store, file.readAll(), parser.isSet(dryRun));
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        QJsonArray problems;
        for (const VCardProblem& p : std::as_const(report->problems))
            problems.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("problem"), p.message}});
        ctx.printJson(QJsonObject{{QStringLiteral("created"), report->created},
                                  {QStringLiteral("accounts_created"), report->accountsCreated},
                                  {QStringLiteral("skipped"), report->cardsLeftOut()},
                                  {QStringLiteral("problems"), problems},
                                  {QStringLiteral("dry_run"), parser.isSet(dryRun)}});
    } else {
        ctx.out() << (parser.isSet(dryRun)
                          ? CliContext::tr("Dry run, nothing written. Contacts to create: %1; new "
                                           "accounts: %2; cards left out: %3.")
                          : CliContext::tr("Contacts created: %1; new accounts: %2; cards left out: %3."))
                         .arg(report->created)
                         .arg(report->accountsCreated)
                         .arg(report->cardsLeftOut())
                  << Qt::endl;
        for (const VCardProblem& p : std::as_const(report->problems))
            ctx.out() << CliContext::tr("line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
    }
    return report->problems.isEmpty() ? Success : Failed;
}

int privacyCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("privacy"), args, code))
        return code;
    const QStringList a = parser.positionalArguments();
    const bool exporting = a.size() == 3 && a[0] == QLatin1String("export");
    const bool erasing = a.size() == 2 && a[0] == QLatin1String("erase");
    if (!exporting && !erasing)
        return ctx.usage(CliContext::tr("privacy needs export ID FILE.json|FILE.vcf or erase ID."));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    auto person = PersonalData::person(*store, a[1]);
    if (!person)
        return ctx.fail(person.error());
    if (erasing) {
        if (Status s = store->erase(person->type(), person->id()); !s)
            return ctx.fail(s.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("erased"), person->id()}});
        else
            ctx.out() << CliContext::tr("%1 was erased; the erase reaches the server and every laptop with the "
                                        "next sync.")
                             .arg(person->id())
                      << Qt::endl;
        return Success;
    }
    const QString path = a[2];
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf")) {
        if (person->type() != EntityType::Contact)
            return ctx.usage(CliContext::tr("Only contacts are written as vCards; use a .json file."));
        auto written = ContactExport::write(store->database(), path, ContactExport::Format::VCard, {person->id()});
        if (!written)
            return ctx.fail(written.error());
        if (Status s = store->auditExport(person->type(), person->id()); !s)
            return ctx.fail(s.error());
    } else if (suffix == QLatin1String("json")) {
        auto everything = PersonalData::collect(*store, *person);
        if (!everything)
            return ctx.fail(everything.error());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*everything).toJson()) < 0 || !file.commit())
            return ctx.fail(CliContext::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    } else {
        return ctx.usage(CliContext::tr("\"%1\": the file name must end in .json or .vcf.").arg(path));
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("exported"), person->id()}, {QStringLiteral("file"), path}});
    else
        ctx.out() << CliContext::tr("Everything held on %1 was written to %2.").arg(person->id(), path) << Qt::endl;
    return Success;
}

} // namespace

QList<CliCommand> ioCommands()
{
    return {
        {QStringLiteral("export"),
         QStringLiteral("contacts FILE [--ids ID,…] | calendar FILE.ics [--from DATE] [--to DATE] [--user NAME]…"),
         CliContext::tr("Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension, "
                        "or a calendar to an iCalendar file."),
         exportCommand},
        {QStringLiteral("import"),
         QStringLiteral("contacts FILE.csv|FILE.vcf [--mode create|update|upsert] [--match email|phone|id] [--dry-run] | "
                        "calendar FILE.ics [--dry-run]"),
         CliContext::tr("Read contacts from a CSV or vCard file, or a calendar from an iCalendar file; every row or entry "
                        "left out is listed with its line and why."),
         importCommand},
        {QStringLiteral("privacy"), QStringLiteral("export ID FILE.json|FILE.vcf | erase ID"),
         CliContext::tr("Export everything held on a person, or erase them everywhere (both recorded in the audit log)."),
         privacyCommand},
    };
}

} // namespace rapport
