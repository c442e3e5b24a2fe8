// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-cli ticket, call, kb and sla: the help desk from the command line (and from telephony).
#include "Cli.h"

#include "Formatting.h"
#include "domain/DateText.h"
#include "domain/Ids.h"
#include "domain/Schema.h"
#include "search/CallerLookup.h"
#include "search/KnowledgeBase.h"
#include "search/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "storage/Sla.h"
#include "storage/SqlStatement.h"
#include "storage/Tickets.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rapport {

namespace {

QString workingTime(qint64 minutes)
{
    if (minutes < 60)
        return CliContext::tr("%1 min").arg(minutes);
    return minutes % 60 == 0 ? CliContext::tr("%1 h").arg(minutes / 60)
                             : CliContext::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

int slaCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"),
                                CliContext::tr("Check as of this moment (YYYY-MM-DDTHH:MM, local time; default: now)."),
                                QStringLiteral("DATETIME"));
    parser.addOption(at);
    const QCommandLineOption escalate(
        QStringLiteral("escalate"),
        CliContext::tr("Give the manager of each breached ticket's team a task about it (once per ticket)."));
    parser.addOption(escalate);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("sla"), args, code))
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("check")})
        return ctx.usage(CliContext::tr("sla takes check [--at DATETIME] [--escalate]."));
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
    int escalated = 0;
    if (parser.isSet(escalate)) {
        auto writes = Tickets::escalations(store->database(), *clocks, when.toMSecsSinceEpoch());
        if (!writes)
            return ctx.fail(writes.error());
        if (!writes->isEmpty())
            if (auto applied = store->apply(*writes); !applied)
                return ctx.fail(applied.error());
        escalated = int(writes->size() / 2);
    }
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
        ctx.printJson(parser.isSet(escalate) ? QJsonValue(QJsonObject{{QStringLiteral("clocks"), out},
                                                                      {QStringLiteral("escalated"), escalated}})
                                             : QJsonValue(out));
        return Success;
    }
    if (parser.isSet(escalate))
        ctx.out() << CliContext::tr("%n ticket(s) escalated to their team's manager.", "", escalated) << Qt::endl;
    if (clocks->isEmpty()) {
        ctx.out() << CliContext::tr("Nothing is breaching or about to.") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    for (const SlaClock& c : std::as_const(*clocks)) {
        const QString clock = c.kind == SlaClock::Kind::FirstResponse ? CliContext::tr("first response")
                                                                       : CliContext::tr("resolution");
        // Service levels count working time (the policy's business hours): say so, as the desktop's countdowns to
        // the same due times run on the clock.
        const QString state = c.breached()
                                  ? CliContext::tr("breached %1 of working time ago").arg(workingTime(-c.minutesLeft))
                                  : CliContext::tr("%1 of working time left").arg(workingTime(c.minutesLeft));
        ctx.out() << QStringLiteral("%1  %2  %3  %4 %5 (%6)  %7")
                         .arg(c.number, Schema::ticketPriorities().label(c.priority).leftJustified(7), clock,
                              CliContext::tr("due"),
                              DateText::shortDateTime(QDateTime::fromMSecsSinceEpoch(c.due), locale), state,
                              c.subject)
                  << Qt::endl;
    }
    return Success;
}

/// The ticket a command names by its number ("T-100123") or id; prints why not and returns nothing.
std::optional<Record> ticketNamed(CliContext& ctx, RecordStore& store, const QString& key)
{
    QString id = key;
    if (!IdGenerator::isValid(key)) {
        auto st = store.database().statements().get(
            QStringLiteral("SELECT id FROM tickets WHERE number = ? AND deleted = 0 ORDER BY rid DESC LIMIT 1"));
        st->bind(1, key);
        id = st->step() == SqlStatement::Step::Row ? st->text(0) : QString();
    }
    if (auto ticket = id.isEmpty() ? std::nullopt : store.fetch(EntityType::Ticket, id))
        return ticket;
    ctx.fail(CliContext::tr("There is no ticket %1.").arg(key));
    return std::nullopt;
}

QJsonObject ticketJson(RecordStore& store, const Record& t)
{
    return QJsonObject{{QStringLiteral("id"), t.id()},
                       {QStringLiteral("number"), t.text(u"number")},
                       {QStringLiteral("subject"), t.text(u"subject")},
                       {QStringLiteral("status"), t.text(u"status")},
                       {QStringLiteral("priority"), t.text(u"priority")},
                       {QStringLiteral("channel"), t.text(u"channel")},
                       {QStringLiteral("category"), t.text(u"category")},
                       {QStringLiteral("contact"), store.titleOf(EntityType::Contact, t.text(u"contact_id"))},
                       {QStringLiteral("account"), store.titleOf(EntityType::Account, t.text(u"account_id"))},
                       {QStringLiteral("assignee"), store.titleOf(EntityType::User, t.text(u"assignee_id"))},
                       {QStringLiteral("assignee_id"), t.text(u"assignee_id")},
                       {QStringLiteral("team"), store.titleOf(EntityType::Team, t.text(u"team_id"))}};
}

/// Writes `mutations` and prints what the ticket is now.
int writeAndShow(CliContext& ctx, RecordStore& store, const QList<Mutation>& mutations, const QString& ticketId,
                 const QString& done)
{
    if (auto applied = store.apply(mutations); !applied)
        return ctx.fail(applied.error());
    const auto t = store.fetch(EntityType::Ticket, ticketId);
    if (!t)
        return ctx.fail(CliContext::tr("There is no ticket %1.").arg(ticketId));
    if (ctx.json())
        ctx.printJson(ticketJson(store, *t));
    else
        ctx.out() << done.arg(t->text(u"number"), Schema::ticketStatuses().label(t->text(u"status")),
                              t->text(u"assignee_id").isEmpty()
                                  ? CliContext::tr("unassigned")
                                  : store.titleOf(EntityType::User, t->text(u"assignee_id")))
                  << Qt::endl;
    return Success;
}

/// --assign USER, --round-robin or --least-busy (within `teamId`): the assignee, empty for none.
std::optional<QString> chosenAssignee(CliContext& ctx, RecordStore& store, const QCommandLineParser& parser,
                                      const QString& teamId)
{
    const bool robin = parser.isSet(QStringLiteral("round-robin"));
    const bool least = parser.isSet(QStringLiteral("least-busy"));
    if (!robin && !least)
        return parser.isSet(QStringLiteral("assign")) ? userIdByName(ctx, store, parser.value(QStringLiteral("assign")))
                                                      : std::optional<QString>(QString());
    if (teamId.isEmpty()) {
        ctx.usage(CliContext::tr("Round robin and least busy choose within a team: give --team."));
        return std::nullopt;
    }
    auto picked = Tickets::pickAssignee(store.database(), teamId,
                                        robin ? Tickets::Rule::RoundRobin : Tickets::Rule::LeastBusy);
    if (!picked) {
        ctx.fail(picked.error());
        return std::nullopt;
    }
    return *picked;
}

void addAssignmentOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("assign"), CliContext::tr("Assign to this user (user name)."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("round-robin"), CliContext::tr("Assign to the team's agent given a ticket longest ago.")});
    parser.addOption({QStringLiteral("least-busy"), CliContext::tr("Assign to the team's agent with the fewest open tickets.")});
    parser.addOption({QStringLiteral("team"), CliContext::tr("The team (name)."), QStringLiteral("TEAM")});
}

int ticketAdd(CliContext& ctx, RecordStore& store, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("subject"), CliContext::tr("What the ticket is about (required)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("description"), CliContext::tr("The customer's words."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("contact"), CliContext::tr("The customer (contact id)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("phone"), CliContext::tr("The customer, found by phone number."), QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("priority"), CliContext::tr("low, normal, high or urgent (default normal)."),
                      QStringLiteral("PRIORITY"), QStringLiteral("normal")});
    parser.addOption({QStringLiteral("channel"), CliContext::tr("phone, email, web or walk_in (default phone)."),
                      QStringLiteral("CHANNEL"), QStringLiteral("phone")});
    parser.addOption({QStringLiteral("category"), CliContext::tr("A category."), QStringLiteral("TEXT")});
    addAssignmentOptions(parser);
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("ticket add"), args, code))
        return code;
    if (parser.value(QStringLiteral("subject")).trimmed().isEmpty())
        return ctx.usage(CliContext::tr("ticket add needs --subject."));
    Record t(EntityType::Ticket);
    t.set(u"subject", parser.value(QStringLiteral("subject")).trimmed())
        .set(u"priority", parser.value(QStringLiteral("priority")))
        .set(u"channel", parser.value(QStringLiteral("channel")));
    if (parser.isSet(QStringLiteral("description")))
        t.set(u"description", parser.value(QStringLiteral("description")));
    if (parser.isSet(QStringLiteral("category")))
        t.set(u"category", parser.value(QStringLiteral("category")));
    QString contactId = parser.value(QStringLiteral("contact"));
    if (parser.isSet(QStringLiteral("phone"))) {
        auto callers = CallerLookup::find(store.database(), parser.value(QStringLiteral("phone")), store.defaultRegion());
        if (!callers)
            return ctx.fail(callers.error());
        const auto contact = std::find_if(callers->cbegin(), callers->cend(),
                                          [](const Caller& c) { return c.type == EntityType::Contact; });
        if (contact == callers->cend())
            return ctx.fail(CliContext::tr("No contact has the number %1.").arg(parser.value(QStringLiteral("phone"))));
        contactId = contact->id;
    }
    if (!contactId.isEmpty()) {
        const auto contact = store.fetch(EntityType::Contact, contactId);
        if (!contact)
            return ctx.fail(CliContext::tr("There is no contact %1.").arg(contactId));
        t.set(u"contact_id", contactId);
        if (!contact->text(u"account_id").isEmpty())
            t.set(u"account_id", contact->text(u"account_id"));
    }
    QString teamId;
    if (parser.isSet(QStringLiteral("team"))) {
        const auto team = teamIdByName(ctx, store, parser.value(QStringLiteral("team")));
        if (!team)
            return Failed;
        teamId = *team;
        t.set(u"team_id", teamId);
    }
    const auto assignee = chosenAssignee(ctx, store, parser, teamId);
    if (!assignee)
        return Failed;
    if (!assignee->isEmpty())
        t.set(u"assignee_id", *assignee);
    t.setId(store.newId());
    QList<Mutation> writes{Mutation::create(t)};
    if (t.has(u"description"))
        writes << Tickets::addEntry(t, QStringLiteral("customer"), t.text(u"description"), {},
                                    store.wallTime()).first();
    return writeAndShow(ctx, store, writes, t.id(), CliContext::tr("Ticket %1 created (%2, %3)."));
}

int ticketList(CliContext& ctx, RecordStore& store, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("queue"),
                      CliContext::tr("mine, unassigned, customers (your customers' open tickets), open, breaching, "
                                     "waiting or all (default open)."),
                      QStringLiteral("QUEUE"), QStringLiteral("open")});
    parser.addOption({QStringLiteral("limit"), CliContext::tr("At most this many (default 50)."), QStringLiteral("N"),
                      QStringLiteral("50")});
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("ticket list"), args, code))
        return code;
    // "breaching": the tickets `sla check` names.
    const qint64 now = store.wallTime();
    auto clocks = Sla::check(store.database(), now);
    if (!clocks)
        return ctx.fail(clocks.error());
    const auto queue = ListQueries::ticketQueue(parser.value(QStringLiteral("queue")), store.currentUserId(), *clocks);
    if (!queue)
        return ctx.usage(CliContext::tr("There is no queue \"%1\"; the queues are mine, unassigned, customers, open, "
                                        "breaching, waiting and all.")
                             .arg(parser.value(QStringLiteral("queue"))));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return ctx.usage(CliContext::tr("--limit needs a positive number."));
    RecordList list(ListQueries::tickets());
    list.setCondition(queue->condition, queue->values);
    int sortColumn = 0;
    for (int c = 0; c < list.spec().columns.size(); ++c)
        if (list.spec().columns[c].key == queue->sortColumn)
            sortColumn = c;
    list.setSort(sortColumn, queue->order);
    auto rows = list.fetch(store.database(), nullptr, limit);
    if (!rows)
        return ctx.fail(rows.error());
    const QList<ListColumn>& columns = list.spec().columns;
    auto value = [&](const ListRow& row, const char* key) {
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].key == QLatin1String(key))
                return row.values[c];
        return QVariant();
    };
    if (ctx.json()) {
        QJsonArray out;
        for (const ListRow& row : std::as_const(*rows)) {
            const QVariant due = value(row, "sla");
            QJsonObject o{{QStringLiteral("id"), row.id},
                          {QStringLiteral("number"), value(row, "number").toString()},
                          {QStringLiteral("subject"), value(row, "subject").toString()},
                          {QStringLiteral("customer"), value(row, "contact").toString()},
                          {QStringLiteral("priority"), value(row, "priority").toString()},
                          {QStringLiteral("status"), value(row, "status").toString()},
                          {QStringLiteral("assignee"), value(row, "assignee").toString()}};
            if (!due.isNull() && due.toLongLong() < Sla::NoTarget)
                o.insert(QStringLiteral("sla_due"),
                         QDateTime::fromMSecsSinceEpoch(due.toLongLong(), QTimeZone::utc()).toString(Qt::ISODate));
            out.append(o);
        }
        ctx.printJson(out);
        return Success;
    }
    if (rows->isEmpty()) {
        ctx.out() << CliContext::tr("The queue \"%1\" is empty.").arg(queue->displayLabel()) << Qt::endl;
        return Success;
    }
    // The time left in the service level's working time, as the desktop's queue counts it down.
    SlaPolicies policies(store.database());
    int policyColumn = -1; // the SLA column's companion: the row's policy key
    for (const ListColumn& column : columns)
        if (column.key == QLatin1String("sla"))
            policyColumn = column.companionColumn;
    for (const ListRow& row : std::as_const(*rows)) {
        const QVariant due = value(row, "sla");
        const Sla::Policy* policy = nullptr;
        if (policyColumn >= 0)
            if (const std::optional<Sla::Policy>& p = policies.policyFor(row.values[policyColumn].toString()))
                policy = &*p;
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(value(row, "number").toString().leftJustified(9),
                              Schema::ticketPriorities().label(value(row, "priority").toString()).leftJustified(7),
                              Schema::ticketStatuses().label(value(row, "status").toString()).leftJustified(19),
                              (due.isNull() ? QString() : Formatting::countdown(due.toLongLong(), now, policy))
                                  .leftJustified(18),
                              value(row, "assignee").toString().leftJustified(16), value(row, "subject").toString())
                  << Qt::endl;
    }
    return Success;
}

int ticketShow(CliContext& ctx, RecordStore& store, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("ticket show takes a ticket number or id."));
    const auto t = ticketNamed(ctx, store, args.first());
    if (!t)
        return Failed;
    auto entries = Tickets::conversation(store.database(), t->id());
    if (!entries)
        return ctx.fail(entries.error());
    QStringList articles;
    {
        auto st = store.database().statements().get(QStringLiteral(
            "SELECT k.title FROM ticket_articles l JOIN kb_articles k ON k.id = l.article_id WHERE l.ticket_id = ? AND "
            "l.deleted = 0 ORDER BY l.rid"));
        st->bind(1, t->id());
        while (st->step() == SqlStatement::Step::Row)
            articles << st->text(0);
    }
    const Enumeration& kinds = *Schema::entity(EntityType::TicketEntry).field(u"kind")->enumeration;
    auto author = [&](const Record& e) {
        return e.text(u"kind") == QLatin1String("customer") ? store.titleOf(EntityType::Contact, e.text(u"author_contact_id"))
                                                            : store.titleOf(EntityType::User, e.text(u"author_user_id"));
    };
    if (ctx.json()) {
        QJsonObject o = ticketJson(store, *t);
        QJsonArray thread;
        for (const Record& e : std::as_const(*entries))
            thread.append(QJsonObject{
                {QStringLiteral("kind"), e.text(u"kind")},
                {QStringLiteral("author"), author(e)},
                {QStringLiteral("sent"),
                 QDateTime::fromMSecsSinceEpoch(e.value(u"sent_at").toLongLong(), QTimeZone::utc()).toString(Qt::ISODate)},
                {QStringLiteral("body"), e.text(u"body")}});
        o.insert(QStringLiteral("conversation"), thread);
        o.insert(QStringLiteral("articles"), QJsonArray::fromStringList(articles));
        o.insert(QStringLiteral("resolution"), t->text(u"resolution"));
        if (!t->value(u"satisfaction").isNull())
            o.insert(QStringLiteral("satisfaction"), t->value(u"satisfaction").toInt());
        ctx.printJson(o);
        return Success;
    }
    QTextStream& out = ctx.out();
    out << t->text(u"number") << "  " << t->text(u"subject") << Qt::endl;
    const EntityDef& def = Schema::entity(EntityType::Ticket);
    for (const char* field : {"status", "priority", "channel", "category", "contact_id", "account_id", "assignee_id",
                              "team_id", "opened_at", "first_response_due", "first_response_at", "resolution_due",
                              "resolved_at", "closed_at", "resolution", "satisfaction"}) {
        const FieldDef* f = def.field(QLatin1String(field));
        const QVariant v = t->value(QLatin1String(field));
        if (v.isNull() || v.toString().isEmpty())
            continue;
        QString text = f->type == FieldType::Ref ? store.titleOf(f->ref, v.toString())
                                                 : Formatting::field(*f, v, {}, false);
        out << "  " << (f->displayLabel() + QLatin1Char(':')).leftJustified(22) << text << Qt::endl;
    }
    if (!articles.isEmpty())
        out << "  " << (CliContext::tr("Articles") + QLatin1Char(':')).leftJustified(22)
            << articles.join(QStringLiteral("; ")) << Qt::endl;
    for (const Record& e : std::as_const(*entries))
        out << Qt::endl
            << DateText::shortDateTime(QDateTime::fromMSecsSinceEpoch(e.value(u"sent_at").toLongLong()))
            << "  " << kinds.label(e.text(u"kind")) << "  " << author(e) << Qt::endl
            << "  " << e.text(u"body").replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << Qt::endl;
    return Success;
}

int ticketAssign(CliContext& ctx, RecordStore& store, const QStringList& args)
{
    QCommandLineParser parser;
    addAssignmentOptions(parser);
    parser.addOption({QStringLiteral("me"), CliContext::tr("Assign to yourself.")});
    parser.addPositionalArgument(QStringLiteral("ticket"), CliContext::tr("The ticket's number or id."));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("ticket assign"), args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("ticket assign takes a ticket and --assign USER, --me, --round-robin or --least-busy."));
    const auto t = ticketNamed(ctx, store, parser.positionalArguments().first());
    if (!t)
        return Failed;
    QString teamId = t->text(u"team_id");
    if (parser.isSet(QStringLiteral("team"))) {
        const auto team = teamIdByName(ctx, store, parser.value(QStringLiteral("team")));
        if (!team)
            return Failed;
        teamId = *team;
    }
    const auto assignee = parser.isSet(QStringLiteral("me")) ? std::optional<QString>(store.currentUserId())
                                                              : chosenAssignee(ctx, store, parser, teamId);
    if (!assignee)
        return Failed;
    if (assignee->isEmpty())
        return ctx.usage(CliContext::tr("Say whom: --assign USER, --me, --round-robin or --least-busy."));
    Record change(EntityType::Ticket, t->id());
    change.set(u"assignee_id", *assignee);
    if (teamId != t->text(u"team_id"))
        change.set(u"team_id", teamId);
    return writeAndShow(ctx, store, {Mutation::update(change)}, t->id(), CliContext::tr("%1 (%2) is assigned to %3."));
}

int ticketStatus(CliContext& ctx, RecordStore& store, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("resolution"), CliContext::tr("How it was resolved."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("satisfaction"), CliContext::tr("The customer's rating, 1 to 5."), QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("ticket"), CliContext::tr("The ticket's number or id."));
    parser.addPositionalArgument(QStringLiteral("status"), QStringLiteral("new|open|pending|resolved|closed"));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("ticket status"), args, code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(CliContext::tr("ticket status takes a ticket and a status (new, open, pending, resolved, closed)."));
    const auto t = ticketNamed(ctx, store, parser.positionalArguments().first());
    if (!t)
        return Failed;
    Record change(EntityType::Ticket, t->id());
    change.set(u"status", parser.positionalArguments().at(1));
    if (parser.isSet(QStringLiteral("resolution")))
        change.set(u"resolution", parser.value(QStringLiteral("resolution")));
    if (parser.isSet(QStringLiteral("satisfaction"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("satisfaction")).toInt(&ok);
        if (!ok)
            return ctx.usage(CliContext::tr("--satisfaction needs a number from 1 to 5."));
        change.set(u"satisfaction", n);
    }
    return writeAndShow(ctx, store, {Mutation::update(change)}, t->id(), CliContext::tr("%1 is now %2 (%3)."));
}

int ticketReply(CliContext& ctx, RecordStore& store, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("note"), CliContext::tr("An internal note, not sent to the customer.")});
    parser.addOption({QStringLiteral("customer"), CliContext::tr("Record a message from the customer.")});
    parser.addOption({QStringLiteral("status"), CliContext::tr("The ticket's status afterwards (e.g. pending)."),
                      QStringLiteral("STATUS")});
    parser.addPositionalArgument(QStringLiteral("ticket"), CliContext::tr("The ticket's number or id."));
    parser.addPositionalArgument(QStringLiteral("text"), CliContext::tr("What to write."));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("ticket reply"), args, code))
        return code;
    if (parser.positionalArguments().size() < 2)
        return ctx.usage(CliContext::tr("ticket reply takes a ticket and the text."));
    if (parser.isSet(QStringLiteral("note")) && parser.isSet(QStringLiteral("customer")))
        return ctx.usage(CliContext::tr("A note is the team's, a message the customer's: give one of --note and --customer."));
    const QString body = parser.positionalArguments().mid(1).join(QLatin1Char(' ')).trimmed();
    if (body.isEmpty())
        return ctx.usage(CliContext::tr("ticket reply needs some text."));
    const auto t = ticketNamed(ctx, store, parser.positionalArguments().first());
    if (!t)
        return Failed;
    const QString kind = parser.isSet(QStringLiteral("note"))       ? QStringLiteral("note")
                         : parser.isSet(QStringLiteral("customer")) ? QStringLiteral("customer")
                                                                    : QStringLiteral("reply");
    QList<Mutation> writes = Tickets::addEntry(*t, kind, body, store.currentUserId(), store.wallTime());
    if (parser.isSet(QStringLiteral("status"))) {
        Record change(EntityType::Ticket, t->id());
        change.set(u"status", parser.value(QStringLiteral("status")));
        writes << Mutation::update(change);
    }
    return writeAndShow(ctx, store, writes, t->id(), CliContext::tr("Added to %1 (%2, %3)."));
}

int ticketCommand(CliContext& ctx, const QStringList& args)
{
    static const QStringList actions{QStringLiteral("add"),    QStringLiteral("list"),   QStringLiteral("show"),
                                     QStringLiteral("assign"), QStringLiteral("status"), QStringLiteral("reply")};
    if (args.isEmpty() || !actions.contains(args.first()))
        return ctx.usage(CliContext::tr("ticket takes one of: %1.").arg(actions.join(QStringLiteral(", "))));
    RecordStore* store = ctx.store();
    if (!store)
        return Failed;
    const QString action = args.first();
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("add"))
        return ticketAdd(ctx, *store, rest);
    if (action == QLatin1String("list"))
        return ticketList(ctx, *store, rest);
    if (action == QLatin1String("show"))
        return ticketShow(ctx, *store, rest);
    if (action == QLatin1String("assign"))
        return ticketAssign(ctx, *store, rest);
    if (action == QLatin1String("status"))
        return ticketStatus(ctx, *store, rest);
    return ticketReply(ctx, *store, rest);
}

/// The incoming-call flow for telephony: who is calling and what is open for them.
int callCommand(CliContext& ctx, const QStringList& args)
{
    int code = Success;
    QString number;
    const auto callers = findCallers(ctx, QStringLiteral("call"), args,
                                     CliContext::tr("The caller's number, in any spelling."), code, &number);
    if (!callers)
        return code;
    RecordStore* store = ctx.store(false);
    QJsonArray list;
    for (const Caller& c : std::as_const(*callers)) {
        QJsonArray open;
        const auto tickets = Tickets::openOf(store->database(), c.type, c.id);
        if (!tickets)
            return ctx.fail(tickets.error());
        for (const TicketSummary& t : *tickets)
            open.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("number"), t.number},
                                    {QStringLiteral("subject"), t.subject},
                                    {QStringLiteral("status"), t.status},
                                    {QStringLiteral("priority"), t.priority}});
        list.append(QJsonObject{{QStringLiteral("type"), Schema::entity(c.type).name},
                                {QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("company"), c.company},
                                {QStringLiteral("number"), c.number},
                                {QStringLiteral("exact"), c.exact},
                                {QStringLiteral("open_tickets"), open}});
    }
    if (ctx.json()) {
        ctx.printJson(list);
    } else if (list.isEmpty()) {
        ctx.out() << CliContext::tr("Unknown caller: nobody has the number %1. Create the contact with "
                                    "\"rapport-cli create contact\".")
                         .arg(number)
                  << Qt::endl;
    } else {
        for (const QJsonValue& v : std::as_const(list)) {
            const QJsonObject c = v.toObject();
            ctx.out() << c[QStringLiteral("name")].toString()
                      << (c[QStringLiteral("company")].toString().isEmpty()
                              ? QString()
                              : QStringLiteral(" (") + c[QStringLiteral("company")].toString() + QLatin1Char(')'))
                      << "  " << c[QStringLiteral("number")].toString() << "  " << c[QStringLiteral("id")].toString()
                      << Qt::endl;
            const QJsonArray open = c[QStringLiteral("open_tickets")].toArray();
            if (open.isEmpty())
                ctx.out() << "  " << CliContext::tr("No open tickets.") << Qt::endl;
            for (const QJsonValue& o : open)
                ctx.out() << "  " << o[QStringLiteral("number")].toString() << "  "
                          << Schema::ticketStatuses().label(o[QStringLiteral("status")].toString()) << "  "
                          << o[QStringLiteral("subject")].toString() << Qt::endl;
        }
    }
    return list.isEmpty() ? Failed : Success;
}

int kbCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), CliContext::tr("At most this many (default 5)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addPositionalArgument(QStringLiteral("suggest"), QStringLiteral("suggest"));
    parser.addPositionalArgument(QStringLiteral("text"), CliContext::tr("A ticket's subject and description."));
    int code = Success;
    if (!parseCommandArgs(ctx, parser, QStringLiteral("kb"), args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2 || pos.first() != QLatin1String("suggest"))
        return ctx.usage(CliContext::tr("kb takes suggest TEXT [--limit N]."));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return ctx.usage(CliContext::tr("--limit needs a positive number."));
    Database* db = ctx.database();
    if (!db)
        return Failed;
    auto found = KnowledgeBase::suggest(*db, pos.mid(1).join(QLatin1Char(' ')), limit);
    if (!found)
        return ctx.fail(found.error());
    if (ctx.json()) {
        QJsonArray out;
        for (const ArticleSuggestion& a : std::as_const(*found))
            out.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("title"), a.title},
                                   {QStringLiteral("audience"), a.audience},
                                   {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                   {QStringLiteral("snippet"), a.snippet},
                                   {QStringLiteral("score"), a.score}});
        ctx.printJson(out);
    } else if (found->isEmpty()) {
        ctx.out() << CliContext::tr("No article matches.") << Qt::endl;
    } else {
        for (const ArticleSuggestion& a : std::as_const(*found))
            ctx.out() << a.title << Qt::endl << "  " << a.snippet << Qt::endl;
    }
    return Success;
}

} // namespace

QList<CliCommand> helpDeskCommands()
{
    return {{QStringLiteral("ticket"),
             QStringLiteral("add|list|show|assign|status|reply …"),
             CliContext::tr("Tickets: add one, list a queue, show one with its conversation, assign (to someone, round "
                            "robin or least busy), move its status, reply or add a note."),
             ticketCommand},
            {QStringLiteral("call"), QStringLiteral("NUMBER [--region CC]"),
             CliContext::tr("An incoming call: who is calling (any spelling of the number) and their open tickets "
                            "(exit code 1: unknown caller)."),
             callCommand},
            {QStringLiteral("kb"), QStringLiteral("suggest TEXT [--limit N]"),
             CliContext::tr("Knowledge-base articles that match a ticket's words, best first."), kbCommand},
            {QStringLiteral("sla"), QStringLiteral("check [--at DATETIME] [--escalate]"),
             CliContext::tr("Tickets breaching their service level or about to (working time on each policy's hours)."),
             slaCommand}};
}

} // namespace rapport
