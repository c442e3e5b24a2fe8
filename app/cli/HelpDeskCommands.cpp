// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-cli sla: what is breaching its service level or about to.
#include "Cli.h"

#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/Sla.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rapport {

namespace {

QString workingTime(qint64 minutes)
{
    return minutes >= 60 ? CliContext::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                         : CliContext::tr("%1 min").arg(minutes);
}

int slaCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"),
                                CliContext::tr("Check as of this moment (YYYY-MM-DDTHH:MM, local time; default: now)."),
                                QStringLiteral("DATETIME"));
    parser.addOption(at);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("sla"), args, code))
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("check")})
        return ctx.usage(CliContext::tr("sla takes check [--at DATETIME]."));
    QDateTime when = QDateTime::currentDateTime();
    if (parser.isSet(at)) {
        when = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!when.isValid())
            return ctx.usage(CliContext::tr("\"%1\" is not a date and time (YYYY-MM-DDTHH:MM).").arg(parser.value(at)));
    }
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    auto clocks = Sla::check(store->database(), when.toMSecsSinceEpoch());
    if (!clocks)
        return ctx.fail(clocks.error());
    if (ctx.json()) {
        QJsonArray out;
        for (const SlaClock& c : std::as_const(*clocks))
            out.append(QJsonObject{
                {QStringLiteral("ticket"), c.ticketId},
                {QStringLiteral("number"), c.number},
                {QStringLiteral("subject"), c.subject},
                {QStringLiteral("priority"), c.priority},
                {QStringLiteral("clock"), c.kind == SlaClock::Kind::FirstResponse ? QStringLiteral("first_response")
                                                                                   : QStringLiteral("resolution")},
                {QStringLiteral("due"), QDateTime::fromMSecsSinceEpoch(c.due, QTimeZone::utc()).toString(Qt::ISODate)},
                {QStringLiteral("working_minutes_left"), c.minutesLeft},
                {QStringLiteral("breached"), c.breached()}});
        ctx.printJson(out);
        return Success;
    }
    if (clocks->isEmpty()) {
        ctx.out() << CliContext::tr("Nothing is breaching or about to.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    for (const SlaClock& c : std::as_const(*clocks)) {
        const QString clock = c.kind == SlaClock::Kind::FirstResponse ? CliContext::tr("first response")
                                                                       : CliContext::tr("resolution");
        const QString state = c.breached() ? CliContext::tr("breached %1 ago").arg(workingTime(-c.minutesLeft))
                                           : CliContext::tr("%1 left").arg(workingTime(c.minutesLeft));
        ctx.out() << QStringLiteral("%1  %2  %3  %4 %5 (%6)  %7")
                         .arg(c.number, Schema::ticketPriorities().label(c.priority).leftJustified(7), clock,
                              CliContext::tr("due"),
                              locale.toString(QDateTime::fromMSecsSinceEpoch(c.due), QLocale::ShortFormat), state,
                              c.subject)
                  << Qt::endl;
    }
    return Success;
}

} // namespace

QList<CliCommand> helpDeskCommands()
{
    return {{QStringLiteral("sla"), QStringLiteral("check [--at DATETIME]"),
             CliContext::tr("Tickets breaching their service level or about to (working time on each policy's hours)."),
             slaCommand}};
}

} // namespace rapport
