// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The calendar from the command line: the agenda, adding activities, reminders, and iCalendar files.
#include "Cli.h"
#include "domain/Alarms.h"
#include "domain/DateText.h"
#include "domain/Recurrence.h"
#include "domain/Validator.h"
#include "io/CalendarExport.h"
#include "io/CalendarImport.h"
#include "storage/Calendar.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport {

namespace {

constexpr qint64 DayMs = 86'400'000;

/// "2026-12-08", "2026-12-08 14:00", "2026-12-08T14:00:00+01:00": in `zone` unless the text names its own.
std::optional<QDateTime> parseWhen(const QString& text, const QTimeZone& zone)
{
    const QString t = text.trimmed();
    static const QRegularExpression plain(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}:\\d{2}(?::\\d{2})?))?$"));
    if (const auto m = plain.match(t); m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = m.captured(2).isEmpty() ? QTime(0, 0)
                                                   : QTime::fromString(m.captured(2).size() > 5 ? m.captured(2)
                                                                                                 : m.captured(2) + QStringLiteral(":00"),
                                                                        QStringLiteral("H:mm:ss"));
        if (!d.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(d, time, zone);
    }
    const QDateTime withOffset = QDateTime::fromString(t, Qt::ISODate);
    if (withOffset.isValid())
        return withOffset;
    return std::nullopt;
}

QTimeZone zoneOption(const QCommandLineParser& parser, const QString& option)
{
    return parser.isSet(option) ? QTimeZone(parser.value(option).toUtf8()) : QTimeZone::systemTimeZone();
}

/// Refuses a --zone that names no zone of the IANA database; Failed when it was refused.
int checkZoneOption(CliContext& ctx, const QCommandLineParser& parser, const QString& option)
{
    if (parser.isSet(option) && !Validator::isKnownTimeZone(parser.value(option)))
        return ctx.usage(
            CliContext::tr("\"%1\" is not a time zone (for example Europe/Berlin).").arg(parser.value(option)));
    return Success;
}

/// A user's id by user name; the current user when `name` is empty.
QString iso(qint64 utc)
{
    return QDateTime::fromMSecsSinceEpoch(utc).toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject json(const Occurrence& o)
{
    QJsonObject j{{QStringLiteral("id"), o.id},
                  {QStringLiteral("type"), o.type},
                  {QStringLiteral("subject"), o.subject},
                  {QStringLiteral("start"), iso(o.start)},
                  {QStringLiteral("end"), iso(o.end)},
                  {QStringLiteral("all_day"), o.allDay},
                  {QStringLiteral("task"), o.isTask},
                  {QStringLiteral("done"), o.done},
                  {QStringLiteral("calendar"), o.calendar},
                  {QStringLiteral("time_zone"), o.timeZone}};
    if (!o.seriesId.isEmpty()) {
        j.insert(QStringLiteral("series_id"), o.seriesId);
        j.insert(QStringLiteral("recurrence_id"), iso(o.recurrenceId));
    }
    for (const auto& [key, value] : {std::pair{"location", o.location}, std::pair{"contact", o.contactName},
                                     std::pair{"account", o.accountName}, std::pair{"response", o.response}})
        if (!value.isEmpty())
            j.insert(QLatin1String(key), value);
    return j;
}

QString describe(const Occurrence& o, const QTimeZone& zone)
{
    const QLocale locale;
    QString when;
    if (o.allDay)
        when = CliContext::tr("all day");
    else if (o.isTask)
        when = CliContext::tr("by %1").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(o.start, zone).time(),
                                                           QLocale::ShortFormat));
    else
        when = locale.toString(QDateTime::fromMSecsSinceEpoch(o.start, zone).time(), QLocale::ShortFormat) +
               QStringLiteral("–") +
               locale.toString(QDateTime::fromMSecsSinceEpoch(o.end, zone).time(), QLocale::ShortFormat);
    QStringList parts{o.subject};
    if (!o.location.isEmpty())
        parts << o.location;
    if (!o.contactName.isEmpty())
        parts << o.contactName;
    if (!o.accountName.isEmpty())
        parts << o.accountName;
    QString line = when.leftJustified(20) + parts.join(QStringLiteral(" · "));
    QStringList flags{Schema::activityTypes().label(o.type)};
    if (o.repeats)
        flags << CliContext::tr("repeats");
    if (o.isTask && o.done)
        flags << CliContext::tr("done");
    if (!o.response.isEmpty())
        flags << Schema::entity(EntityType::ActivityAttendee).field(u"response")->enumeration->label(o.response);
    return line + QStringLiteral(" (") + flags.join(QStringLiteral(", ")) + QLatin1Char(')');
}

int agendaCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("First day (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Day after the last (default: a week on)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption user(QStringLiteral("user"), CliContext::tr("Whose calendar (user name; repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption zone(QStringLiteral("zone"), CliContext::tr("Time zone to show times in."),
                                  QStringLiteral("IANA"));
    parser.addOptions({from, to, user, zone});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("agenda"), args, code))
        return code;
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    if (const int refused = checkZoneOption(ctx, parser, QStringLiteral("zone")); refused != Success)
        return refused;
    const QTimeZone z = zoneOption(parser, QStringLiteral("zone"));
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(z);
    auto day = [&](const QCommandLineOption& o, QDate fallback) -> std::optional<QDateTime> {
        if (!parser.isSet(o))
            return QDateTime(fallback, QTime(0, 0), z);
        return parseWhen(parser.value(o), z);
    };
    const auto start = day(from, now.date());
    if (!start)
        return ctx.usage(CliContext::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(from)));
    const auto end = day(to, start->date().addDays(7));
    if (!end || *end <= *start)
        return ctx.usage(CliContext::tr("--to must be a date after --from."));
    Calendar::Query q;
    q.from = start->toMSecsSinceEpoch();
    q.to = end->toMSecsSinceEpoch();
    const QStringList names = parser.values(user);
    for (const QString& name : names.isEmpty() ? QStringList{QString()} : names) {
        const auto id = userIdByName(ctx, *store, name);
        if (!id)
            return Failed;
        q.users << *id;
    }
    auto found = Calendar::occurrences(store->database(), q);
    if (!found)
        return ctx.fail(found.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const Occurrence& o : std::as_const(*found))
            list.append(json(o));
        ctx.printJson(list);
        return Success;
    }
    if (found->isEmpty()) {
        ctx.out() << CliContext::tr("Nothing planned.") << Qt::endl;
        return Success;
    }
    QDate shown;
    for (const Occurrence& o : std::as_const(*found)) {
        const QDate d = o.allDay ? QDateTime::fromMSecsSinceEpoch(o.start, QTimeZone(o.timeZone.toUtf8())).date()
                                 : QDateTime::fromMSecsSinceEpoch(o.start, z).date();
        if (d != shown) {
            if (shown.isValid())
                ctx.out() << Qt::endl;
            ctx.out() << QLocale().toString(std::max(d, start->date()), QLocale::LongFormat) << Qt::endl;
            shown = d;
        }
        ctx.out() << QStringLiteral("  ") << describe(o, z) << Qt::endl;
    }
    return Success;
}

int activityCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    auto option = [&](const char* name, const QString& help, const char* value = nullptr) {
        QCommandLineOption o(QLatin1String(name), help);
        if (value)
            o.setValueName(QLatin1String(value));
        parser.addOption(o);
    };
    option("type", CliContext::tr("call, meeting, task, email or note (default: meeting)."), "TYPE");
    option("subject", CliContext::tr("What it is about."), "TEXT");
    option("start", CliContext::tr("When it starts."), "DATETIME");
    option("end", CliContext::tr("When it ends."), "DATETIME");
    option("minutes", CliContext::tr("How long it lasts (instead of --end)."), "N");
    option("due", CliContext::tr("When a task is due."), "DATETIME");
    option("all-day", CliContext::tr("A whole day (or days): --start and --end are dates."));
    option("zone", CliContext::tr("The time zone the times are in (default: the system's)."), "IANA");
    option("location", CliContext::tr("Where."), "TEXT");
    option("description", CliContext::tr("More text."), "TEXT");
    option("contact", CliContext::tr("The contact it is with."), "ID");
    option("account", CliContext::tr("The account it is for."), "ID");
    option("opportunity", CliContext::tr("The opportunity it belongs to."), "ID");
    option("ticket", CliContext::tr("The ticket it belongs to."), "ID");
    option("repeat", CliContext::tr("Repetition as an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO."), "RRULE");
    option("remind",
           CliContext::tr("Reminders, minutes before (comma-separated); an all-day entry's may ring on its day: "
                          "-540 is at 9:00."),
           "MINUTES");
    option("attendee", CliContext::tr("A user name or an email address (repeatable)."), "WHO");
    option("owner", CliContext::tr("Whose it is (user name; default: yours)."), "NAME");
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("activity"), args, code))
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")})
        return ctx.usage(CliContext::tr("activity needs add: activity add --subject TEXT --start DATETIME …"));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    if (const int refused = checkZoneOption(ctx, parser, QStringLiteral("zone")); refused != Success)
        return refused;
    const QTimeZone zone = zoneOption(parser, QStringLiteral("zone"));
    Record r(EntityType::Activity);
    r.set(u"type", parser.isSet(QStringLiteral("type")) ? parser.value(QStringLiteral("type")) : QStringLiteral("meeting"));
    r.set(u"subject", parser.value(QStringLiteral("subject")));
    r.set(u"time_zone", QString::fromUtf8(zone.id()));
    const bool allDay = parser.isSet(QStringLiteral("all-day"));
    r.set(u"all_day", allDay);
    for (const char* name : {"start", "end", "due"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const auto when = parseWhen(parser.value(QLatin1String(name)), zone);
        if (!when)
            return ctx.usage(CliContext::tr("\"%1\" is not a date and time (YYYY-MM-DD HH:MM).")
                                 .arg(parser.value(QLatin1String(name))));
        r.set(QLatin1String(name) + QStringLiteral("_at"), when->toMSecsSinceEpoch());
    }
    if (allDay && r.has(u"start_at") && !r.has(u"end_at"))
        r.set(u"end_at", r.value(u"start_at").toLongLong() + DayMs);
    else if (allDay && r.has(u"end_at"))
        r.set(u"end_at", r.value(u"end_at").toLongLong() + DayMs); // the last day counts whole
    if (parser.isSet(QStringLiteral("minutes")) && r.has(u"start_at"))
        r.set(u"end_at", r.value(u"start_at").toLongLong() + parser.value(QStringLiteral("minutes")).toLongLong() * 60000);
    for (const auto& [name, field] : {std::pair{"location", u"location"}, std::pair{"description", u"description"},
                                        std::pair{"contact", u"contact_id"}, std::pair{"account", u"account_id"},
                                        std::pair{"opportunity", u"opportunity_id"}, std::pair{"ticket", u"ticket_id"},
                                        std::pair{"repeat", u"rrule"}})
        if (parser.isSet(QLatin1String(name)))
            r.set(field, parser.value(QLatin1String(name)));
    if (parser.isSet(QStringLiteral("remind"))) {
        QJsonArray minutes;
        for (const QString& m : parser.value(QStringLiteral("remind")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = m.trimmed().toInt(&ok);
            if (!ok)
                return ctx.usage(CliContext::tr("--remind takes minutes before the start, such as 15 or 15,60; "
                                                "\"%1\" is not a number.")
                                     .arg(m.trimmed()));
            minutes.append(n);
        }
        r.set(u"alarms", QString::fromUtf8(QJsonDocument(minutes).toJson(QJsonDocument::Compact)));
    }
    if (parser.isSet(QStringLiteral("owner"))) {
        const auto owner = userIdByName(ctx, *store, parser.value(QStringLiteral("owner")));
        if (!owner)
            return Failed;
        r.set(u"owner_id", *owner);
    }
    if (!r.has(u"account_id") && r.has(u"contact_id")) {
        if (auto c = store->fetch(EntityType::Contact, r.text(u"contact_id")))
            r.set(u"account_id", c->value(u"account_id"));
    }
    r.setId(store->newId());
    QList<Mutation> mutations{Mutation::create(r)};
    for (const QString& who : parser.values(QStringLiteral("attendee"))) {
        Record a(EntityType::ActivityAttendee);
        a.set(u"activity_id", r.id()).set(u"response", QStringLiteral("needs_action"));
        if (who.contains(QLatin1Char('@'))) {
            a.set(u"email", who);
        } else {
            const auto id = userIdByName(ctx, *store, who);
            if (!id)
                return Failed;
            a.set(u"user_id", *id);
        }
        mutations << Mutation::create(a);
    }
    auto applied = store->apply(mutations);
    if (!applied)
        return ctx.fail(applied.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), r.id()}});
    else
        ctx.out() << r.id() << Qt::endl;
    return Success;
}

int remindersCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), CliContext::tr("As if it were then (default: now)."),
                                QStringLiteral("DATETIME"));
    const QCommandLineOption user(QStringLiteral("user"), CliContext::tr("Whose reminders (user name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), CliContext::tr("snooze: for how long."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({at, user, minutes});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("reminders"), args, code))
        return code;
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(at)) {
        const auto when = parseWhen(parser.value(at), QTimeZone::systemTimeZone());
        if (!when)
            return ctx.usage(CliContext::tr("\"%1\" is not a date and time (YYYY-MM-DD HH:MM).").arg(parser.value(at)));
        now = when->toMSecsSinceEpoch();
    }
    const QStringList a = parser.positionalArguments();
    if (!a.isEmpty()) {
        const bool dismiss = a.size() == 2 && a[0] == QLatin1String("dismiss");
        const bool snooze = a.size() == 2 && a[0] == QLatin1String("snooze");
        if (!dismiss && !snooze)
            return ctx.usage(CliContext::tr("reminders takes dismiss ID or snooze ID [--minutes N]."));
        const auto activity = store->fetch(EntityType::Activity, a[1]);
        if (!activity)
            return ctx.fail(CliContext::tr("There is no activity %1.").arg(a[1]));
        const qint64 until = now + parser.value(minutes).toLongLong() * 60000;
        if (Status s = store->update(dismiss ? Alarms::dismissed(*activity, now) : Alarms::snoozed(*activity, now, until));
            !s)
            return ctx.fail(s.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), activity->id()},
                                      {dismiss ? QStringLiteral("dismissed") : QStringLiteral("snoozed_until"),
                                       dismiss ? QJsonValue(true) : QJsonValue(iso(until))}});
        else
            ctx.out() << (dismiss ? CliContext::tr("Dismissed.")
                                  : CliContext::tr("Snoozed until %1.")
                                        .arg(DateText::shortDateTime(QDateTime::fromMSecsSinceEpoch(until))))
                      << Qt::endl;
        return Success;
    }
    const auto id = userIdByName(ctx, *store, parser.value(user));
    if (!id)
        return Failed;
    auto due = Calendar::dueReminders(store->database(), *id, now);
    if (!due)
        return ctx.fail(due.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const DueReminder& r : std::as_const(*due)) {
            QJsonObject o = json(r.occurrence);
            o.insert(QStringLiteral("rang_at"), iso(r.alarm.at));
            o.insert(QStringLiteral("snoozed"), r.alarm.snoozed);
            list.append(o);
        }
        ctx.printJson(list);
        return Success;
    }
    if (due->isEmpty())
        ctx.out() << CliContext::tr("No reminders are due.") << Qt::endl;
    for (const DueReminder& r : std::as_const(*due))
        ctx.out() << DateText::shortDateTime(QDateTime::fromMSecsSinceEpoch(r.alarm.at))
                  << QStringLiteral("  ") << r.occurrence.subject << QStringLiteral(" — ")
                  << DateText::shortDateTime(QDateTime::fromMSecsSinceEpoch(r.occurrence.start))
                  << QStringLiteral("  [") << r.occurrence.id << QStringLiteral("]") << Qt::endl;
    return Success;
}

} // namespace

int importCalendar(CliContext& ctx, const QString& path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(CliContext::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    CalendarImport::Options options;
    options.dryRun = dryRun;
    auto report = CalendarImport::run(*store, file, options);
    if (!report)
        return ctx.fail(report.error());
    int skipped = 0;
    if (ctx.json()) {
        QJsonArray items;
        for (const CalendarImport::Item& i : std::as_const(report->items))
            items.append(QJsonObject{{QStringLiteral("line"), i.line},
                                     {QStringLiteral("summary"), i.summary},
                                     {QStringLiteral("skipped"), i.action == CalendarImport::Item::Action::Skip},
                                     {QStringLiteral("problems"), QJsonArray::fromStringList(i.problems)},
                                     {QStringLiteral("notes"), QJsonArray::fromStringList(i.notes)}});
        ctx.printJson(QJsonObject{{QStringLiteral("created"), report->created},
                                  {QStringLiteral("updated"), report->updated},
                                  {QStringLiteral("unchanged"), report->unchanged},
                                  {QStringLiteral("skipped"), report->skipped},
                                  {QStringLiteral("items"), items},
                                  {QStringLiteral("dry_run"), dryRun}});
        return report->skipped == 0 ? Success : Failed;
    }
    ctx.out() << (dryRun ? CliContext::tr("Dry run: %1 entries would be created, %2 updated, %3 unchanged, %4 left out.")
                         : CliContext::tr("%1 entries created, %2 updated, %3 unchanged, %4 left out."))
                     .arg(report->created)
                     .arg(report->updated)
                     .arg(report->unchanged)
                     .arg(report->skipped)
              << Qt::endl;
    for (const CalendarImport::Item& i : std::as_const(report->items)) {
        const bool left = i.action == CalendarImport::Item::Action::Skip;
        skipped += left ? 1 : 0;
        const QString what = i.summary.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(i.summary);
        for (const QString& p : i.problems)
            ctx.out() << CliContext::tr("line %1%2: left out: %3").arg(i.line).arg(what, p) << Qt::endl;
        for (const QString& n : i.notes)
            ctx.out() << CliContext::tr("line %1%2: note: %3").arg(i.line).arg(what, n) << Qt::endl;
    }
    return skipped == 0 ? Success : Failed;
}

int exportCalendar(CliContext& ctx, const QString& path, const QString& from, const QString& to,
                   const QStringList& users)
{
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        return ctx.usage(CliContext::tr("\"%1\": a calendar is written to an .ics file.").arg(path));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    CalendarExport::Options options;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (!from.isEmpty() || !to.isEmpty()) {
        const auto start = parseWhen(from.isEmpty() ? QStringLiteral("1970-01-01") : from, zone);
        const auto end = parseWhen(to.isEmpty() ? QStringLiteral("9999-12-31") : to, zone);
        if (!start || !end || *end <= *start)
            return ctx.usage(CliContext::tr("--from and --to must be dates (YYYY-MM-DD), --to after --from."));
        options.from = start->toMSecsSinceEpoch();
        options.to = end->toMSecsSinceEpoch();
    }
    for (const QString& name : users.isEmpty() ? QStringList{QString()} : users) {
        const auto id = userIdByName(ctx, *store, name);
        if (!id)
            return Failed;
        options.users << *id;
    }
    auto written = CalendarExport::write(store->database(), path, options);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("entries"), *written}});
    else
        ctx.out() << CliContext::tr("%n calendar entries written to %1.", nullptr, *written).arg(path) << Qt::endl;
    return Success;
}

QList<CliCommand> calendarCommands()
{
    return {
        {QStringLiteral("agenda"), QStringLiteral("[--from DATE] [--to DATE] [--user NAME]… [--zone IANA]"),
         CliContext::tr("Show the calendar day by day, repeating entries expanded."), agendaCommand},
        {QStringLiteral("activity"),
         QStringLiteral("add --subject TEXT [--type T] [--start DATETIME] [--end DATETIME|--minutes N] [--due DATETIME] "
                        "[--all-day] [--zone IANA] [--repeat RRULE] [--remind MINUTES] [--attendee WHO]… [--contact ID] "
                        "…"),
         CliContext::tr("Add a call, meeting, task, email or note."), activityCommand},
        {QStringLiteral("reminders"), QStringLiteral("[--at DATETIME] [--user NAME] | dismiss ID | snooze ID [--minutes N]"),
         CliContext::tr("List the reminders that are due, or dismiss or snooze one."), remindersCommand},
    };
}

} // namespace rapport
