// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Tickets.h"

#include "storage/Database.h"
#include "storage/Sla.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <limits>

namespace rapport {

namespace {
constexpr qint64 FirstNumber = 100001;
constexpr qint64 EscalationWindowMs = 3LL * 24 * 3600 * 1000;
const QString Prefix = QStringLiteral("T-");

bool closedStatus(const QString& status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}
} // namespace

bool Tickets::isOpen(const QString& status)
{
    return status == QLatin1String("new") || status == QLatin1String("open") || status == QLatin1String("pending");
}

QStringList Tickets::nextStatuses(const QString& status)
{
    if (status == QLatin1String("new"))
        return {QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("resolved"),
                QStringLiteral("closed")};
    if (status == QLatin1String("open"))
        return {QStringLiteral("pending"), QStringLiteral("resolved"), QStringLiteral("closed")};
    if (status == QLatin1String("pending"))
        return {QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("closed")};
    if (status == QLatin1String("resolved"))
        return {QStringLiteral("closed"), QStringLiteral("open")};
    if (status == QLatin1String("closed"))
        return {QStringLiteral("open")};
    return {};
}

bool Tickets::canMove(const QString& from, const QString& to)
{
    return from == to || nextStatuses(from).contains(to);
}

QList<FieldError> Tickets::apply(Database& db, const Record* before, Record& changes, qint64 now, bool judgeMove)
{
    if (!before) {
        if (!changes.has(u"status"))
            changes.set(u"status", QStringLiteral("new"));
        if (!changes.has(u"opened_at"))
            changes.set(u"opened_at", now);
        if (changes.text(u"number").isEmpty())
            changes.set(u"number", nextNumber(db));
    } else {
        if (!changes.has(u"status"))
            return {};
        const QString from = before->text(u"status");
        const QString to = changes.text(u"status");
        if (from == to)
            return {};
        // A status that does not exist is the validator's to name; a move that does not exist is refused here.
        if (judgeMove && Schema::ticketStatuses().keys.contains(to) && !canMove(from, to)) {
            const Enumeration& statuses = Schema::ticketStatuses();
            return {
                FieldError{QStringLiteral("status"), tr("A ticket cannot go from \"%1\" to \"%2\"; it can go to: %3.")
                                                         .arg(statuses.label(from), statuses.label(to))
                                                         .arg([&] {
                                                             QStringList labels;
                                                             for (const QString& s : nextStatuses(from))
                                                                 labels << statuses.label(s);
                                                             return labels.join(QStringLiteral(", "));
                                                         }())}};
        }
        if (!closedStatus(to) && closedStatus(from)) {
            // Reopened: it is to be worked on again.
            if (!changes.has(u"resolved_at"))
                changes.set(u"resolved_at", QVariant());
            if (!changes.has(u"closed_at"))
                changes.set(u"closed_at", QVariant());
            return {};
        }
    }
    const QString status = changes.text(u"status");
    const bool wasResolved = before && !before->value(u"resolved_at").isNull();
    if (closedStatus(status) && !changes.has(u"resolved_at") && !wasResolved)
        changes.set(u"resolved_at", now);
    if (status == QLatin1String("closed") && !changes.has(u"closed_at"))
        changes.set(u"closed_at", now);
    return {};
}

QString Tickets::queueTeam(Database& db, const QString& authorTeamId)
{
    auto st = db.statements().get(QStringLiteral(
        "SELECT id FROM teams WHERE deleted = 0 AND kind = 'service' ORDER BY id = ? DESC, name LIMIT 1"));
    st->bind(1, authorTeamId);
    return st->step() == SqlStatement::Step::Row ? st->text(0) : authorTeamId;
}

QString Tickets::nextNumber(Database& db)
{
    // The longest numbers first, then the largest: numeric order through the (length, number) index.
    auto st = db.statements().get(QStringLiteral(
        "SELECT number FROM tickets WHERE number GLOB 'T-[0-9]*' ORDER BY length(number) DESC, number DESC LIMIT 50"));
    while (st->step() == SqlStatement::Step::Row)
        if (const qint64 n = sequenceOf(st->text(0)))
            return numberFor(n + 1);
    return numberFor(FirstNumber);
}

QString Tickets::numberFor(qint64 n)
{
    return Prefix + QString::number(std::max(n, FirstNumber));
}

qint64 Tickets::sequenceOf(const QString& number)
{
    if (!number.startsWith(Prefix))
        return 0;
    bool ok = false;
    const qint64 n = number.mid(Prefix.size()).toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

QList<Mutation> Tickets::addEntry(const Record& ticket, const QString& kind, const QString& body,
                                  const QString& authorUserId, qint64 at)
{
    QList<Mutation> out;
    Record entry(EntityType::TicketEntry);
    entry.set(u"ticket_id", ticket.id()).set(u"kind", kind).set(u"body", body).set(u"sent_at", at);
    if (!ticket.text(u"channel").isEmpty())
        entry.set(u"channel", ticket.text(u"channel"));
    if (kind == QLatin1String("customer")) {
        if (!ticket.text(u"contact_id").isEmpty())
            entry.set(u"author_contact_id", ticket.text(u"contact_id"));
    } else if (!authorUserId.isEmpty()) {
        entry.set(u"author_user_id", authorUserId);
    }
    out << Mutation::create(entry);

    Record change(EntityType::Ticket, ticket.id());
    const QString status = ticket.text(u"status");
    if (kind == QLatin1String("reply")) {
        if (ticket.value(u"first_response_at").isNull())
            change.set(u"first_response_at", at);
        if (status == QLatin1String("new"))
            change.set(u"status", QStringLiteral("open"));
    } else if (kind == QLatin1String("customer")) {
        if (status == QLatin1String("pending") || status == QLatin1String("resolved"))
            change.set(u"status", QStringLiteral("open"));
    }
    if (!change.isEmpty())
        out << Mutation::update(change);
    return out;
}

Result<QList<Record>> Tickets::conversation(Database& db, const QString& ticketId)
{
    QStringList ids;
    auto st = db.statements().get(
        QStringLiteral("SELECT id FROM ticket_entries WHERE ticket_id = ? AND deleted = 0 ORDER BY sent_at, rid"));
    if (!st->isValid())
        return Error{tr("The conversation cannot be read: %1").arg(st->errorText()), {}};
    st->bind(1, ticketId);
    while (st->step() == SqlStatement::Step::Row)
        ids << st->text(0);
    QList<Record> out;
    for (const QString& id : std::as_const(ids))
        if (auto r = RecordStore::read(db, EntityType::TicketEntry, id))
            out << *r;
    return out;
}

Result<TicketDetails> Tickets::details(Database& db, const QString& ticketId)
{
    TicketDetails d;
    auto ticket = RecordStore::read(db, EntityType::Ticket, ticketId);
    if (!ticket || ticket->value(u"deleted").toBool())
        return Error{tr("The ticket no longer exists."), {}};
    d.ticket = *ticket;
    d.policy = Sla::policyOf(db, d.ticket);
    auto entries = conversation(db, ticketId);
    if (!entries)
        return entries.error();
    d.conversation = *entries;
    auto links = db.statements().get(QStringLiteral(
        "SELECT l.id, k.id, k.title, k.audience = 'internal' FROM ticket_articles l JOIN kb_articles k ON k.id = "
        "l.article_id WHERE l.ticket_id = ? AND l.deleted = 0 AND k.deleted = 0 ORDER BY l.rid"));
    links->bind(1, ticketId);
    while (links->step() == SqlStatement::Step::Row)
        d.articles << TicketDetails::Link{links->text(0), links->text(1), links->text(2), links->int64(3) != 0};
    auto audit = db.statements().get(QStringLiteral(
        "SELECT at, coalesce(user_id, ''), action, coalesce(field, ''), coalesce(old_value, ''), coalesce(new_value, "
        "'') FROM audit_log WHERE record_id = ? ORDER BY seq"));
    audit->bind(1, ticketId);
    while (audit->step() == SqlStatement::Step::Row)
        d.history << TicketDetails::Event{audit->int64(0), audit->text(1), audit->text(2),
                                          audit->text(3),  audit->text(4), audit->text(5)};

    // The names the page shows: customer, company, team, assignee, authors, and who changed what.
    QList<std::pair<EntityType, QString>> refs{{EntityType::Contact, d.ticket.text(u"contact_id")},
                                               {EntityType::Account, d.ticket.text(u"account_id")},
                                               {EntityType::Team, d.ticket.text(u"team_id")},
                                               {EntityType::User, d.ticket.text(u"assignee_id")}};
    for (const Record& e : std::as_const(d.conversation)) {
        refs << std::pair{EntityType::User, e.text(u"author_user_id")};
        refs << std::pair{EntityType::Contact, e.text(u"author_contact_id")};
    }
    const EntityDef& def = Schema::entity(EntityType::Ticket);
    for (const TicketDetails::Event& e : std::as_const(d.history)) {
        refs << std::pair{EntityType::User, e.userId};
        if (const FieldDef* f = e.field.isEmpty() ? nullptr : def.field(e.field); f && f->type == FieldType::Ref)
            refs << std::pair{f->ref, e.oldValue} << std::pair{f->ref, e.newValue}; // the assignee before, too
    }
    for (const auto& [type, id] : std::as_const(refs)) {
        if (id.isEmpty() || d.names.contains(id))
            continue;
        auto st = db.statements().get(
            QStringLiteral("SELECT display_title FROM %1 WHERE id = ?").arg(Schema::entity(type).table));
        st->bind(1, id);
        if (st->step() == SqlStatement::Step::Row)
            d.names.insert(id, st->text(0));
    }
    return d;
}

Result<QList<TicketSummary>> Tickets::openOf(Database& db, EntityType customerType, const QString& customerId,
                                             int limit)
{
    QList<TicketSummary> out;
    if (customerType != EntityType::Contact && customerType != EntityType::Account)
        return out;
    auto st = db.statements().get(
        QStringLiteral("SELECT id, number, subject, status, priority, opened_at FROM tickets WHERE %1 = ? AND "
                       "deleted = 0 AND status IN ('new', 'open', 'pending') ORDER BY opened_at DESC LIMIT ?")
            .arg(customerType == EntityType::Contact ? QStringLiteral("contact_id") : QStringLiteral("account_id")));
    if (!st->isValid())
        return Error{tr("The tickets cannot be read: %1").arg(st->errorText()), {}};
    st->bind(1, customerId);
    st->bind(2, qint64(limit));
    while (st->step() == SqlStatement::Step::Row)
        out << TicketSummary{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->int64(5)};
    return out;
}

qint64 Tickets::openCount(Database& db, const QString& userId)
{
    auto st = db.statements().get(
        QStringLiteral("SELECT count(*) FROM tickets WHERE assignee_id = ? AND sla_due IS NOT NULL"));
    st->bind(1, userId);
    return st->step() == SqlStatement::Step::Row ? st->int64(0) : 0;
}

QList<Tickets::Assignee> Tickets::assignees(Database& db)
{
    auto st = db.statements().get(QStringLiteral(
        "SELECT u.id, u.display_title, coalesce(t.id, ''), coalesce(t.name, ''), coalesce(t.kind = 'service', 0) "
        "FROM users u LEFT JOIN teams t ON t.id = u.team_id AND t.deleted = 0 "
        "WHERE u.deleted = 0 AND coalesce(u.active, 1) != 0 "
        "ORDER BY coalesce(t.kind = 'service', 0) DESC, CASE WHEN t.kind = 'service' THEN t.name END, "
        "CASE WHEN t.kind = 'service' THEN u.role != 'agent' END, u.sort_key, u.rid"));
    QList<Assignee> out;
    while (st->step() == SqlStatement::Step::Row)
        out << Assignee{st->text(0), st->text(1), st->text(2), st->text(3), st->int64(4) != 0};
    return out;
}

Result<QString> Tickets::pickAssignee(Database& db, const QString& teamId, Rule rule)
{
    auto picked = pickAssignees(db, teamId, rule, 1);
    if (!picked)
        return picked.error();
    return picked->first();
}

Result<QStringList> Tickets::pickAssignees(Database& db, const QString& teamId, Rule rule, int count)
{
    QStringList agents;
    for (const char* roles : {"role = 'agent'", "1"}) {
        auto st = db.statements().get(QStringLiteral("SELECT id FROM users WHERE team_id = ? AND deleted = 0 AND "
                                                     "coalesce(active, 1) != 0 AND %1 ORDER BY sort_key, rid")
                                          .arg(QLatin1String(roles)));
        st->bind(1, teamId);
        while (st->step() == SqlStatement::Step::Row)
            agents << st->text(0);
        if (!agents.isEmpty())
            break;
    }
    if (agents.isEmpty())
        return Error{tr("The team has nobody to give the ticket to."), {}};
    struct Candidate
    {
        qint64 open, last;
        int order;
        QString id;
    };
    QList<Candidate> candidates;
    for (int i = 0; i < agents.size(); ++i) {
        auto st = db.statements().get(
            QStringLiteral("SELECT coalesce(max(opened_at), 0) FROM tickets WHERE assignee_id = ?"));
        st->bind(1, agents[i]);
        const qint64 last = st->step() == SqlStatement::Step::Row ? st->int64(0) : 0;
        candidates << Candidate{rule == Rule::LeastBusy ? openCount(db, agents[i]) : 0, last, i, agents[i]};
    }
    QStringList out;
    qint64 turn = std::numeric_limits<qint64>::max() - count;
    for (int n = 0; n < count; ++n) {
        const auto best =
            std::min_element(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
                return std::tie(a.open, a.last, a.order) < std::tie(b.open, b.last, b.order);
            });
        out << best->id;
        if (rule == Rule::LeastBusy)
            ++best->open;
        best->last = ++turn; // given one just now: the last in the round
    }
    return out;
}

Result<QList<Mutation>> Tickets::escalations(Database& db, const QList<SlaClock>& clocks, qint64 now)
{
    QList<Mutation> out;
    QSet<QString> done;
    auto st = db.statements().get(QStringLiteral(
        "SELECT t.escalated_at, coalesce(tm.manager_id, u.manager_id), t.contact_id, t.account_id, u.display_name "
        "FROM tickets t LEFT JOIN teams tm ON tm.id = t.team_id LEFT JOIN users u ON u.id = t.assignee_id WHERE t.id = "
        "?"));
    if (!st->isValid())
        return Error{tr("The escalations cannot be worked out: %1").arg(st->errorText()), {}};
    for (const SlaClock& clock : clocks) {
        // Once per ticket, and only for a recent breach: an old one nobody watched (before escalation was set up,
        // or while the desk was closed for weeks) is in the reports, not dug up as a task.
        if (!clock.breached() || clock.escalated || clock.due < now - EscalationWindowMs || done.contains(clock.ticketId))
            continue;
        st->reset();
        st->bind(1, clock.ticketId);
        if (st->step() != SqlStatement::Step::Row || !st->isNull(0) || st->isNull(1))
            continue;
        done.insert(clock.ticketId);
        const bool first = clock.kind == SlaClock::Kind::FirstResponse;
        Record task(EntityType::Activity);
        task.set(u"type", QStringLiteral("task"))
            .set(u"subject", (first ? tr("Escalation: %1 has no first response in time")
                                    : tr("Escalation: %1 is not resolved in time"))
                                 .arg(clock.number))
            .set(u"description", st->isNull(4) ? tr("%1 (nobody is assigned)").arg(clock.subject)
                                               : tr("%1 (assigned to %2)").arg(clock.subject, st->text(4)))
            .set(u"due_at", now)
            .set(u"done", false)
            .set(u"ticket_id", clock.ticketId)
            .set(u"owner_id", st->text(1));
        if (!st->isNull(2))
            task.set(u"contact_id", st->text(2));
        if (!st->isNull(3))
            task.set(u"account_id", st->text(3));
        out << Mutation::create(task);
        Record mark(EntityType::Ticket, clock.ticketId);
        mark.set(u"escalated_at", now);
        out << Mutation::update(mark);
    }
    return out;
}

Record Tickets::articleFrom(const Record& ticket, const QList<Record>& conversation, const QString& authorId)
{
    QString solution = ticket.text(u"resolution");
    for (auto it = conversation.crbegin(); solution.isEmpty() && it != conversation.crend(); ++it)
        if (it->text(u"kind") == QLatin1String("reply"))
            solution = it->text(u"body");
    QString problem = ticket.text(u"description");
    for (auto it = conversation.cbegin(); problem.isEmpty() && it != conversation.cend(); ++it)
        if (it->text(u"kind") == QLatin1String("customer"))
            problem = it->text(u"body");
    QStringList parts;
    if (!problem.isEmpty())
        parts << tr("Problem") << problem << QString();
    if (!solution.isEmpty())
        parts << tr("Solution") << solution;
    Record article(EntityType::KnowledgeArticle);
    article.set(u"title", ticket.text(u"subject"))
        .set(u"body", parts.join(QLatin1Char('\n')).trimmed())
        .set(u"audience", QStringLiteral("internal"))
        .set(u"status", QStringLiteral("draft"));
    if (!ticket.text(u"category").isEmpty())
        article.set(u"tags",
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray{ticket.text(u"category").toLower()}).toJson(QJsonDocument::Compact)));
    if (!authorId.isEmpty())
        article.set(u"author_id", authorId);
    return article;
}

} // namespace rapport
