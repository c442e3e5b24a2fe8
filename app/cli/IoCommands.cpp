// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Moving contacts in and out of other programs' formats.
#include "Cli.h"
#include "io/ContactExport.h"

#include <QCommandLineParser>
#include <QJsonObject>

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

} // namespace

QList<CliCommand> ioCommands()
{
    return {
        {QStringLiteral("export"), QStringLiteral("contacts FILE [--ids ID,…]"),
         CliContext::tr("Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension."),
         exportCommand},
    };
}

} // namespace rapport
