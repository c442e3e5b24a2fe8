// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Moving contacts in and out of other programs' formats.
#include "Cli.h"
#include "io/ContactExport.h"
#include "io/PersonalData.h"
#include "storage/RecordStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
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
    parser.addOption(ids);
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("export"), args, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != QLatin1String("contacts"))
        return ctx.usage(CliContext::tr("export needs what and where: export contacts FILE.csv|FILE.vcf"));
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
        {QStringLiteral("export"), QStringLiteral("contacts FILE [--ids ID,…]"),
         CliContext::tr("Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension."),
         exportCommand},
        {QStringLiteral("privacy"), QStringLiteral("export ID FILE.json|FILE.vcf | erase ID"),
         CliContext::tr("Export everything held on a person, or erase them everywhere (both recorded in the audit log)."),
         privacyCommand},
    };
}

} // namespace rapport
