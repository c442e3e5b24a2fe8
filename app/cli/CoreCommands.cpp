// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-cli init, demo, stats, search: the commands every other group builds on.
#include "Cli.h"
#include "Settings.h"
#include "demo/DemoGenerator.h"
#include "domain/LocaleNames.h"
#include "search/CallerLookup.h"
#include "search/Duplicates.h"
#include "search/PhoneNumbers.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace rapport {

namespace {

int init(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("init"), args, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("init takes no arguments."));
    Database* db = ctx.database();
    if (!db)
        return Failed;
    if (!ctx.store())
        return Failed;
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{QStringLiteral("database"), db->path()}, {QStringLiteral("schema"), db->schemaVersion()}});
    else
        ctx.out() << CliContext::tr("Database %1 is at schema version %2.").arg(db->path()).arg(db->schemaVersion())
                  << Qt::endl;
    return Success;
}

int demo(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption contacts(QStringLiteral("contacts"), CliContext::tr("Number of contacts."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliContext::tr("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"), CliContext::tr("The day the data centres on."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption ifEmpty(QStringLiteral("if-empty"),
                                     CliContext::tr("Do nothing if the database already holds data."));
    parser.addOptions({contacts, seed, today, ifEmpty});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("demo"), args, code))
        return code;
    if (!parser.isSet(contacts))
        return ctx.usage(CliContext::tr("demo needs --contacts N."));
    bool ok = false;
    DemoOptions options;
    options.contacts = parser.value(contacts).toLongLong(&ok);
    if (!ok)
        return ctx.usage(CliContext::tr("--contacts needs a whole number."));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return ctx.usage(CliContext::tr("--seed needs a whole number."));
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return ctx.usage(CliContext::tr("--today needs a date as YYYY-MM-DD."));
    }
    RecordStore* store = ctx.store(false); // the demo brings its own users
    if (!store)
        return Failed;
    if (parser.isSet(ifEmpty)) {
        SqlStatement st(store->database().handle(), QStringLiteral("SELECT EXISTS(SELECT 1 FROM contacts)"));
        if (st.step() == SqlStatement::Step::Row && st.int64(0) != 0) {
            if (!ctx.json())
                ctx.out() << CliContext::tr("The database already holds data; no demo data was added.") << Qt::endl;
            else
                ctx.printJson(QJsonObject{{QStringLiteral("skipped"), true}});
            return Success;
        }
    }
    const bool tty = isatty(fileno(stderr));
    if (tty && !ctx.json())
        options.progress = [&ctx](int percent, const QString& stage) {
            ctx.err() << QStringLiteral("\r%1% %2            ").arg(percent, 3).arg(stage) << Qt::flush;
        };
    auto result = DemoGenerator::generate(*store, options);
    if (tty && !ctx.json())
        ctx.err() << QLatin1Char('\r') << QString(40, QLatin1Char(' ')) << QLatin1Char('\r') << Qt::flush;
    if (!result)
        return ctx.fail(result.error());
    const DemoSummary& s = result.value();
    // A newcomer's first quote has a letterhead: the demo company's, unless one is set up already.
    if (Settings settings; settings.quotes().companyName.isEmpty())
        settings.setQuotes(DemoGenerator::quoteSettings());
    const double seconds = double(s.elapsedMs) / 1000.0;
    if (ctx.json()) {
        QJsonObject counts;
        for (auto it = s.counts.begin(); it != s.counts.end(); ++it)
            counts.insert(Schema::entity(it.key()).name, it.value());
        ctx.printJson(QJsonObject{{QStringLiteral("records"), s.total},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("rows_per_second"), seconds > 0 ? double(s.total) / seconds : 0.0},
                                  {QStringLiteral("counts"), counts},
                                  {QStringLiteral("current_user"), s.currentUserName}});
    } else {
        const QLocale locale;
        ctx.out() << CliContext::tr("Wrote %1 demo records in %2 s (%3 records/s). You are signed in as %4.")
                         .arg(locale.toString(s.total), locale.toString(seconds, 'f', 1),
                              locale.toString(seconds > 0 ? qint64(double(s.total) / seconds) : 0), s.currentUserName)
                  << Qt::endl;
    }
    return Success;
}

int stats(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("stats"), args, code))
        return code;
    Database* db = ctx.database();
    if (!db)
        return Failed;
    QJsonObject counts;
    const QLocale locale;
    int width = 0;
    for (const EntityDef* def : Schema::all())
        width = std::max(width, static_cast<int>(def->displayPluralLabel().size()));
    for (const EntityDef* def : Schema::all()) {
        SqlStatement st(db->handle(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0 AND merged_into IS NULL").arg(def->table));
        if (st.step() != SqlStatement::Step::Row)
            return ctx.fail(CliContext::tr("Counting %1 failed: %2").arg(def->table, st.errorText()));
        const qint64 n = st.int64(0);
        counts.insert(def->name, n);
        if (!ctx.json())
            ctx.out() << def->displayPluralLabel().leftJustified(width + 2) << locale.toString(n).rightJustified(14)
                      << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(counts);
    return Success;
}

int search(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), CliContext::tr("Maximum number of hits."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("text"), CliContext::tr("What to search for."));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("search"), args, code))
        return code;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return ctx.usage(CliContext::tr("search needs a text to search for."));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1 || n > 1000)
        return ctx.usage(CliContext::tr("--limit needs a number from 1 to 1000."));
    Database* db = ctx.database();
    if (!db)
        return Failed;
    auto hits = SearchIndex::search(*db, text, n);
    if (!hits)
        return ctx.fail(hits.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const SearchHit& h : hits.value()) {
            QJsonObject hit{{QStringLiteral("type"), Schema::entity(h.type).name},
                            {QStringLiteral("id"), h.id},
                            {QStringLiteral("title"), h.title},
                            {QStringLiteral("subtitle"), h.subtitle}};
            if (!h.number.isEmpty())
                hit.insert(QStringLiteral("number"), h.number);
            list.append(hit);
        }
        ctx.printJson(list);
    } else if (hits->isEmpty()) {
        ctx.out() << CliContext::tr("Nothing found for \"%1\".").arg(text) << Qt::endl;
    } else {
        for (const SearchHit& h : hits.value()) {
            // Found by a number: which of the record's numbers it is, first.
            QStringList details{h.subtitle};
            if (!h.number.isEmpty())
                details.prepend(PhoneNumbers::international(h.number));
            details.removeAll(QString());
            ctx.out() << Schema::entity(h.type).displayLabel().leftJustified(12) << ' ' << h.id << "  " << h.title
                      << (details.isEmpty()
                              ? QString()
                              : QStringLiteral("  (") + details.join(QStringLiteral(" · ")) + QLatin1Char(')'))
                      << Qt::endl;
        }
    }
    return Success;
}

int lookupPhone(CliContext& ctx, const QStringList& args)
{
    int code = Success;
    QString number;
    const auto callers = findCallers(ctx, QStringLiteral("lookup-phone"), args,
                                     CliContext::tr("The phone number, in any spelling."), code, &number);
    if (!callers)
        return code;
    if (ctx.json()) {
        QJsonArray list;
        for (const Caller& c : std::as_const(*callers))
            list.append(QJsonObject{{QStringLiteral("type"), Schema::entity(c.type).name},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("company"), c.company},
                                    {QStringLiteral("number"), c.number},
                                    {QStringLiteral("exact"), c.exact}});
        ctx.printJson(list);
    } else if (callers->isEmpty()) {
        ctx.out() << CliContext::tr("No contact, account or lead has the number %1.").arg(number) << Qt::endl;
    } else {
        for (const Caller& c : std::as_const(*callers))
            ctx.out() << Schema::entity(c.type).displayLabel().leftJustified(12) << ' ' << c.id << "  " << c.name
                      << (c.company.isEmpty() ? QString() : QStringLiteral(" (") + c.company + QLatin1Char(')'))
                      << "  " << c.number
                      << (c.exact ? QString() : QStringLiteral("  ") + CliContext::tr("(same last digits)"))
                      << Qt::endl;
    }
    // Scripts (telephony) tell "nobody" from a failure by the exit code.
    return callers->isEmpty() ? Failed : Success;
}

int duplicates(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), CliContext::tr("Maximum number of groups."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    parser.addOption(limit);
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("duplicates"), args, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("duplicates takes no arguments."));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1 || n > 100000)
        return ctx.usage(CliContext::tr("--limit needs a number from 1 to 100000."));
    Database* db = ctx.database();
    if (!db)
        return Failed;
    auto groups = Duplicates::findContacts(*db, n);
    if (!groups)
        return ctx.fail(groups.error());
    QJsonArray list;
    for (const DuplicateGroup& g : std::as_const(*groups)) {
        QJsonArray members;
        if (!ctx.json())
            ctx.out() << CliContext::tr("%1: %2").arg(LocaleNames::percent(g.score),
                                                      g.reasons.join(QStringLiteral(", ")))
                      << Qt::endl;
        for (const ContactSummary& c : Duplicates::summaries(*db, g.ids)) {
            members.append(QJsonObject{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("account"), c.account},
                                       {QStringLiteral("email"), c.email},
                                       {QStringLiteral("phone"), c.phone}});
            if (!ctx.json()) {
                QStringList rest{c.account, c.email, c.phone};
                rest.removeAll(QString());
                ctx.out() << "  " << c.id << "  " << c.name
                          << (rest.isEmpty() ? QString() : QStringLiteral("  (") + rest.join(QStringLiteral(", ")) + QLatin1Char(')'))
                          << Qt::endl;
            }
        }
        list.append(QJsonObject{{QStringLiteral("score"), g.score},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(g.reasons)},
                                {QStringLiteral("contacts"), members}});
    }
    if (ctx.json())
        ctx.printJson(list);
    else if (groups->isEmpty())
        ctx.out() << CliContext::tr("No likely duplicates.") << Qt::endl;
    return Success;
}

/// A contact or account by id (merged ones included: they can be unmerged).
std::optional<Record> mergeableRecord(RecordStore& store, const QString& id)
{
    for (EntityType type : {EntityType::Contact, EntityType::Account})
        if (auto r = store.fetch(type, id))
            return r;
    return std::nullopt;
}

int merge(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("merge"), args, code))
        return code;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() < 2 || ids.size() > 3)
        return ctx.usage(CliContext::tr("merge needs the record to keep and one or two duplicates: merge SURVIVOR "
                                        "OTHER [OTHER]"));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    QList<Record> records;
    for (const QString& id : ids) {
        auto r = mergeableRecord(*store, id);
        if (!r)
            return ctx.fail(CliContext::tr("No contact or account has the id %1.").arg(id));
        if (!records.isEmpty() && r->type() != records.first().type())
            return ctx.fail(CliContext::tr("Contacts and accounts cannot be merged with each other (%1: %2, %3: %4).")
                                .arg(ids.first(), records.first().def().displayLabelInSentence(), id,
                                     r->def().displayLabelInSentence()));
        records << *r;
    }
    const Record survivor = records.takeFirst();
    const Record chosen = RecordStore::defaultMergeChoice(survivor, records);
    auto moved = store->merge(survivor.type(), survivor.id(), ids.mid(1), chosen);
    if (!moved)
        return ctx.fail(moved.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("survivor"), survivor.id()},
                                  {QStringLiteral("merged"), QJsonArray::fromStringList(ids.mid(1))},
                                  {QStringLiteral("moved"), *moved}});
    else
        ctx.out() << CliContext::tr("Merged %1 into %2 (%3); %4 related records moved. rapport-cli unmerge ID "
                                    "undoes it.")
                         .arg(ids.mid(1).join(QStringLiteral(", ")), survivor.id(),
                              store->titleOf(survivor.type(), survivor.id()))
                         .arg(*moved)
                  << Qt::endl;
    return Success;
}

int unmerge(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("unmerge"), args, code))
        return code;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1)
        return ctx.usage(CliContext::tr("unmerge needs the id of a merged record: unmerge ID"));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    auto r = mergeableRecord(*store, ids.first());
    if (!r)
        return ctx.fail(CliContext::tr("No contact or account has the id %1.").arg(ids.first()));
    const QString survivor = r->text(u"merged_into");
    if (Status s = store->unmerge(r->type(), r->id()); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("unmerged"), r->id()}, {QStringLiteral("from"), survivor}});
    else
        ctx.out() << CliContext::tr("%1 (%2) is a record of its own again.").arg(r->id(), store->titleOf(r->type(), r->id()))
                  << Qt::endl;
    return Success;
}

} // namespace

QList<CliCommand> coreCommands()
{
    return {
        {QStringLiteral("init"), QString(),
         CliContext::tr("Create or upgrade the database and print its schema version."), init},
        {QStringLiteral("demo"), QStringLiteral("--contacts N [--seed S] [--today DATE] [--if-empty]"),
         CliContext::tr("Fill an empty database with realistic demo data scaled from N contacts."), demo},
        {QStringLiteral("stats"), QString(), CliContext::tr("Count the records of each kind."), stats},
        {QStringLiteral("search"), QStringLiteral("TEXT [--limit N]"),
         CliContext::tr("Search accounts, contacts, leads, opportunities, tickets and articles."), search},
        {QStringLiteral("duplicates"), QStringLiteral("[--limit N]"),
         CliContext::tr("List groups of contacts that are probably the same person, with a score."), duplicates},
        {QStringLiteral("merge"), QStringLiteral("SURVIVOR OTHER [OTHER]"),
         CliContext::tr("Merge duplicate contacts or accounts into the first; everything related moves to it."), merge},
        {QStringLiteral("unmerge"), QStringLiteral("ID"),
         CliContext::tr("Undo the merge of a contact or account that was merged into another."), unmerge},
        {QStringLiteral("lookup-phone"), QStringLiteral("NUMBER [--region CC]"),
         CliContext::tr("Find whose phone number this is, in any spelling (exit code 1: nobody's)."), lookupPhone},
    };
}

} // namespace rapport
