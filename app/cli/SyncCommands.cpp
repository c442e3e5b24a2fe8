// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-cli sync, outbox, conflicts, and get/set/create/delete of single records, so that sync can be
// scripted end to end.
#include "Cli.h"
#include "domain/LocaleNames.h"
#include "domain/RecordJson.h"
#include "search/Duplicates.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"
#include "storage/Tickets.h"
#include "sync/SyncEngine.h"
#include "sync/SyncReview.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

namespace rapport {

namespace {

const EntityDef* entityArg(CliContext& ctx, const QString& name)
{
    const EntityDef* def = Schema::byName(name);
    if (!def)
        ctx.fail(CliContext::tr("Unknown record type \"%1\".").arg(name));
    return def;
}

/// A command-line text as a value of `field`: numbers for numeric fields, true/false for flags, JSON for
/// Json fields, and an empty text for "no value".
std::optional<QVariant> valueFor(const FieldDef& f, const QString& text, QString& problem)
{
    if (text.isEmpty())
        return QVariant();
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Percent:
    case FieldType::Money:
    case FieldType::Timestamp: {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok) {
            problem = CliContext::tr("%1 needs a whole number, not \"%2\".").arg(f.name, text);
            return std::nullopt;
        }
        return QVariant(n);
    }
    case FieldType::Bool:
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return QVariant(true);
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return QVariant(false);
        problem = CliContext::tr("%1 needs true or false, not \"%2\".").arg(f.name, text);
        return std::nullopt;
    default:
        return QVariant(text);
    }
}

QString readPassword()
{
    const QString env = qEnvironmentVariable("RAPPORT_PASSWORD");
    if (!env.isEmpty())
        return env;
    QTextStream in(stdin);
    return in.readLine();
}

int syncCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), CliContext::tr("Server address."), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), CliContext::tr("User name."), QStringLiteral("NAME"));
    parser.addOptions({server, user});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("sync"), args, code))
        return code;
    if (!parser.isSet(server) || !parser.isSet(user) || !parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("sync needs --server URL and --user NAME."));
    const QUrl url(parser.value(server));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return ctx.usage(CliContext::tr("\"%1\" is not an http:// or https:// address.").arg(parser.value(server)));
    RecordStore* store = ctx.store(false);
    if (!store)
        return Failed;
    sync::HttpTransport transport(url);
    sync::SyncEngine engine(*store, transport);
    auto session = engine.login(parser.value(user), readPassword());
    if (!session)
        return ctx.fail(session.error());
    auto report = engine.sync(session->token, url.toString());
    (void)engine.logout(session->token);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        QJsonObject o = report->toJson();
        o.insert(QStringLiteral("waiting"), engine.pendingCount());
        ctx.printJson(o);
    } else {
        ctx.out() << CliContext::tr("Synced: %1 pushed, %2 pulled, %3 conflicts, %4 rejected, %5 removed from this "
                                    "device (no longer yours to see).")
                         .arg(report->pushed)
                         .arg(report->pulled)
                         .arg(report->conflicts)
                         .arg(report->rejected)
                         .arg(report->evicted)
                  << Qt::endl;
    }
    return report->rejected > 0 ? Failed : Success;
}

int outboxCommand(CliContext& ctx, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("outbox takes no arguments."));
    Database* db = ctx.database();
    if (!db)
        return Failed;
    QJsonArray list;
    for (const SyncReview::PendingChange& p : SyncReview::pendingChanges(*db)) {
        QJsonObject o{{QStringLiteral("mutation_id"), p.mutationId},
                      {QStringLiteral("entity"), p.entity},
                      {QStringLiteral("id"), p.recordId},
                      {QStringLiteral("op"), p.op},
                      {QStringLiteral("fields"), QJsonArray::fromStringList(p.fields)},
                      {QStringLiteral("created_at"), p.createdAt},
                      {QStringLiteral("rejected"), p.rejected}};
        if (!p.reason.isEmpty())
            o.insert(QStringLiteral("reason"), p.reason);
        list.append(o);
    }
    if (ctx.json()) {
        ctx.printJson(list);
        return Success;
    }
    if (list.isEmpty())
        ctx.out() << CliContext::tr("Nothing is waiting to be synced.") << Qt::endl;
    for (const QJsonValue& v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        ctx.out() << o.value(QLatin1StringView("op")).toString().leftJustified(7) << ' '
                  << o.value(QLatin1StringView("entity")).toString() << ' ' << o.value(QLatin1StringView("id")).toString()
                  << "  " << o.value(QLatin1StringView("fields")).toVariant().toStringList().join(QLatin1Char(','));
        if (o.value(QLatin1StringView("rejected")).toBool())
            ctx.out() << "  " << CliContext::tr("rejected: %1").arg(o.value(QLatin1StringView("reason")).toString());
        ctx.out() << Qt::endl;
    }
    return Success;
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return CliContext::tr("(empty)");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

int conflictsCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep"), CliContext::tr("mine, theirs or dismiss."),
                                  QStringLiteral("WHICH"));
    const QCommandLineOption all(QStringLiteral("all"), CliContext::tr("Include resolved conflicts."));
    parser.addOptions({keep, all});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("conflicts"), args, code))
        return code;
    RecordStore* store = ctx.store(false);
    if (!store)
        return Failed;
    Database& db = store->database();
    const QStringList pos = parser.positionalArguments();

    if (!pos.isEmpty()) {
        // conflicts resolve ID --keep mine|theirs|dismiss
        if (pos.size() != 2 || pos.first() != QLatin1String("resolve") || !parser.isSet(keep))
            return ctx.usage(CliContext::tr("Use: conflicts resolve ID --keep mine|theirs|dismiss"));
        const QString which = parser.value(keep);
        if (which != QLatin1String("mine") && which != QLatin1String("theirs") && which != QLatin1String("dismiss"))
            return ctx.usage(CliContext::tr("--keep takes mine, theirs or dismiss."));
        const SyncReview::Keep k = which == QLatin1String("mine")     ? SyncReview::Keep::Mine
                                   : which == QLatin1String("theirs") ? SyncReview::Keep::Theirs
                                                                      : SyncReview::Keep::Dismiss;
        if (Status s = SyncReview::resolve(*store, pos.at(1), k); !s)
            return ctx.fail(s.error());
        if (!ctx.json())
            ctx.out() << CliContext::tr("Conflict resolved; the choice syncs with the next sync.") << Qt::endl;
        return Success;
    }

    QJsonArray list;
    for (const sync::Conflict& c : SyncReview::conflicts(db, parser.isSet(all)))
        list.append(c.toJson());
    if (ctx.json()) {
        ctx.printJson(list);
        return Success;
    }
    if (list.isEmpty())
        ctx.out() << CliContext::tr("No conflicts.") << Qt::endl;
    for (const QJsonValue& v : std::as_const(list)) {
        const sync::Conflict c = sync::Conflict::fromJson(v.toObject());
        const EntityDef* def = Schema::byName(c.entity);
        const QString title = def ? store->titleOf(def->type, c.recordId) : QString();
        ctx.out() << c.id << "  " << (def ? def->displayLabel() : c.entity) << ' '
                  << (title.isEmpty() ? c.recordId : title) << " · " << c.field << Qt::endl;
        const QString keeper = store->titleOf(EntityType::User, c.keptBy);
        ctx.out() << "    "
                  << CliContext::tr("kept:   %1 (%2)")
                         .arg(shown(c.keptValue), keeper.isEmpty() ? CliContext::tr("the server") : keeper)
                  << Qt::endl;
        ctx.out() << "    " << CliContext::tr("lost:   %1 (%2)").arg(shown(c.lostValue), store->titleOf(EntityType::User, c.lostBy))
                  << Qt::endl;
        if (!c.beforeValue.isUndefined())
            ctx.out() << "    " << CliContext::tr("before: %1").arg(shown(c.beforeValue)) << Qt::endl;
        if (c.reason == QLatin1String(Tickets::NumberTakenReason))
            ctx.out() << "    "
                      << CliContext::tr("%1 was another ticket's number; the server gave this ticket %2.")
                             .arg(shown(c.lostValue), shown(c.keptValue))
                      << Qt::endl;
    }
    return Success;
}

int getCommand(CliContext& ctx, const QStringList& args)
{
    if (args.size() != 2)
        return ctx.usage(CliContext::tr("Use: get TYPE ID"));
    const EntityDef* def = entityArg(ctx, args.at(0));
    if (!def)
        return Failed;
    RecordStore* store = ctx.store(false);
    if (!store)
        return Failed;
    auto record = store->fetch(def->type, args.at(1), true);
    if (!record)
        return ctx.fail(CliContext::tr("There is no %1 with the id %2.").arg(def->displayLabelInSentence(), args.at(1)));
    QJsonObject fields = RecordJson::fields(*record);
    if (ctx.json()) {
        fields.insert(QStringLiteral("id"), record->id());
        ctx.printJson(fields);
        return Success;
    }
    for (const FieldDef& f : def->fields)
        if (fields.contains(f.name) && !fields.value(f.name).isNull())
            ctx.out() << f.name << '\t' << shown(fields.value(f.name)) << Qt::endl;
    return Success;
}

/// Reads FIELD VALUE pairs (set) or FIELD=VALUE words (create) into `record`.
bool fill(CliContext& ctx, Record& record, const QList<QPair<QString, QString>>& pairs, int& code)
{
    for (const auto& [name, text] : pairs) {
        const FieldDef* f = record.def().field(name);
        if (!f || f->is(Derived) || f->is(System)) {
            code = ctx.fail(CliContext::tr("%1 has no field \"%2\" that can be set.").arg(record.def().name, name));
            return false;
        }
        QString problem;
        const auto value = valueFor(*f, text, problem);
        if (!value) {
            code = ctx.fail(problem);
            return false;
        }
        record.set(name, *value);
    }
    return true;
}

int setCommand(CliContext& ctx, const QStringList& args)
{
    if (args.size() != 4)
        return ctx.usage(CliContext::tr("Use: set TYPE ID FIELD VALUE"));
    const EntityDef* def = entityArg(ctx, args.at(0));
    if (!def)
        return Failed;
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    Record change(def->type, args.at(1));
    int code = Success;
    if (!fill(ctx, change, {{args.at(2), args.at(3)}}, code))
        return code;
    if (Status s = store->update(change); !s)
        return ctx.fail(s.error());
    return Success;
}

int createCommand(CliContext& ctx, const QStringList& args)
{
    if (args.size() < 2)
        return ctx.usage(CliContext::tr("Use: create TYPE FIELD=VALUE …"));
    const EntityDef* def = entityArg(ctx, args.at(0));
    if (!def)
        return Failed;
    QList<QPair<QString, QString>> pairs;
    for (const QString& a : args.mid(1)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(CliContext::tr("\"%1\" is not FIELD=VALUE.").arg(a));
        pairs.append({a.left(eq), a.mid(eq + 1)});
    }
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    Record record(def->type);
    int code = Success;
    if (!fill(ctx, record, pairs, code))
        return code;
    // A likely duplicate is said before the contact is saved, as the desktop does; a script that means it
    // goes on, and can merge later.
    QList<DuplicateCandidate> alike;
    if (def->type == EntityType::Contact)
        if (auto found = Duplicates::candidatesFor(store->database(), record, store->defaultRegion()))
            alike = *found;
    auto id = store->create(record);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    for (const DuplicateCandidate& c : std::as_const(alike))
        ctx.err() << CliContext::tr("rapport-cli: possibly the same person as %1 (%2, %3): %4")
                         .arg(c.title, c.reasons.join(QStringLiteral(", ")), LocaleNames::percent(c.score))
                         .arg(c.id)
                  << Qt::endl;
    return Success;
}

/// delete TYPE ID and restore TYPE ID: a tombstone that syncs, and taking it back.
int tombstoneCommand(CliContext& ctx, const QStringList& args, bool restore)
{
    if (args.size() != 2)
        return ctx.usage(restore ? CliContext::tr("Use: restore TYPE ID") : CliContext::tr("Use: delete TYPE ID"));
    const EntityDef* def = entityArg(ctx, args.at(0));
    if (!def)
        return Failed;
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    const Mutation m = restore ? Mutation::restore(def->type, args.at(1)) : Mutation::remove(def->type, args.at(1));
    if (auto done = store->apply({m}); !done)
        return ctx.fail(done.error());
    return Success;
}

} // namespace

QList<CliCommand> syncCommands()
{
    return {
        {QStringLiteral("sync"), QStringLiteral("--server URL --user NAME"),
         CliContext::tr("Push local changes to the server and pull the others (password from RAPPORT_PASSWORD or "
                        "standard input)."),
         syncCommand},
        {QStringLiteral("outbox"), QString(), CliContext::tr("List the changes not yet accepted by the server."),
         outboxCommand},
        {QStringLiteral("conflicts"), QStringLiteral("[--all] | resolve ID --keep mine|theirs|dismiss"),
         CliContext::tr("List conflicting edits, or resolve one."), conflictsCommand},
        {QStringLiteral("get"), QStringLiteral("TYPE ID"), CliContext::tr("Print one record."), getCommand},
        {QStringLiteral("set"), QStringLiteral("TYPE ID FIELD VALUE"),
         CliContext::tr("Change one field of a record (an empty VALUE clears it)."), setCommand},
        {QStringLiteral("create"), QStringLiteral("TYPE FIELD=VALUE …"), CliContext::tr("Create a record; prints its id."),
         createCommand},
        {QStringLiteral("delete"), QStringLiteral("TYPE ID"), CliContext::tr("Delete a record (a tombstone that syncs)."),
         [](CliContext& ctx, const QStringList& args) { return tombstoneCommand(ctx, args, false); }},
        {QStringLiteral("restore"), QStringLiteral("TYPE ID"),
         CliContext::tr("Bring back a deleted record (the restore syncs and wins over the delete)."),
         [](CliContext& ctx, const QStringList& args) { return tombstoneCommand(ctx, args, true); }},
    };
}

} // namespace rapport
