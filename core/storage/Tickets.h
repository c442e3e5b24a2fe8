// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "storage/RecordStore.h"
#include "storage/Sla.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport {

class Database;
struct SlaClock;

/// What a ticket's page shows: the ticket, its conversation, the articles linked to it, its history, and the
/// names of the people and companies these mention.
struct TicketDetails
{
    struct Link
    {
        QString linkId, articleId, title;
        bool internal = false; ///< for the team only
    };
    struct Event
    {
        qint64 at = 0;
        QString userId, action, field, oldValue, newValue;
    };
    Record ticket = Record(EntityType::Ticket);
    QList<Record> conversation; ///< oldest first
    QList<Link> articles;
    QList<Event> history;          ///< the audit log of the ticket, oldest first
    QHash<QString, QString> names; ///< record id → display title
    std::optional<Sla::Policy> policy; ///< the service level the ticket is held to, if any
};

/// A ticket as a list of someone's tickets shows it.
struct TicketSummary
{
    QString id, number, subject, status, priority;
    qint64 openedAt = 0;
};

/// The help desk's rules for tickets: the status workflow (new → open → pending → resolved → closed, and
/// reopening), the conversation (customer messages, replies, internal notes) and what a reply does to the
/// ticket, assignment within a team, escalation of breaches to the team's manager, and an article drafted
/// from a resolved ticket. The write path applies the workflow to every ticket it writes with its rules on,
/// so the form, the queue, the CLI and undo all follow the same rules.
class Tickets
{
    Q_DECLARE_TR_FUNCTIONS(Tickets)

public:
    /// new, open and pending tickets are still to be worked on.
    static bool isOpen(const QString& status);
    /// The statuses a ticket in `status` may move to, in workflow order.
    static QStringList nextStatuses(const QString& status);
    static bool canMove(const QString& from, const QString& to);

    /// Workflow rules for a ticket being written (`before` null: a new one): a new ticket is "new", opened now,
    /// numbered; a move to resolved or closed records when; reopening clears it; a move the workflow does not
    /// allow is refused with a message on the status field.
    /// With `judgeMove` false (undo putting back an earlier status), any move is let through.
    static QList<FieldError> apply(Database& db, const Record* before, Record& changes, qint64 now,
                                   bool judgeMove = true);
    /// The next number: "T-" and one more than the largest number of that form. A laptop numbers its new
    /// tickets itself, so two that were offline can choose the same number; the server gives the ticket that
    /// arrives second the next free one (see sync-protocol.md, "Ticket numbers").
    static QString nextNumber(Database& db);
    /// The ticket number of sequence number `n` ("T-100042"), and back: the `n` of a number of that form, 0
    /// for any other.
    static QString numberFor(qint64 n);
    static qint64 sequenceOf(const QString& number);
    /// Why a conflict says that a ticket was given another number: its number was another ticket's.
    static constexpr const char* NumberTakenReason = "number_taken";

    /// The writes that add an entry (kind customer, reply or note) to a ticket's conversation: the entry, and
    /// for the ticket what the entry means — the first reply is the first response (a new ticket is now open);
    /// a customer writing to a ticket that waits on them, or was resolved, reopens it.
    static QList<Mutation> addEntry(const Record& ticket, const QString& kind, const QString& body,
                                    const QString& authorUserId, qint64 at);
    /// The conversation, oldest first.
    static Result<QList<Record>> conversation(Database& db, const QString& ticketId);
    /// A contact's (or an account's) open tickets, newest first.
    static Result<QList<TicketSummary>> openOf(Database& db, EntityType customerType, const QString& customerId,
                                               int limit = 50);
    /// Everything the ticket's page shows (any connection: a reader thread's).
    static Result<TicketDetails> details(Database& db, const QString& ticketId);

    /// The team a new ticket goes to when its author names none: the author's own when it is a service team,
    /// else the service team (the first by name when there are several), else the author's. A rep's ticket
    /// thus lands in the help desk's queue; the rep still sees it, as the customer's (the server's rule).
    static QString queueTeam(Database& db, const QString& authorTeamId);

    /// Someone a ticket can be given to, with their team.
    struct Assignee
    {
        QString id, name, teamId, teamName;
        bool service = false; ///< in a service team
    };
    /// Everyone active a ticket can be given to: the service teams' people first, team by team (agents before
    /// the others in a team), then everyone else by name.
    static QList<Assignee> assignees(Database& db);

    /// How a team's next ticket finds its agent.
    enum class Rule {
        RoundRobin, ///< the agent given a ticket longest ago
        LeastBusy   ///< the agent with the fewest open tickets (ties: round robin)
    };
    /// The agent of `teamId` a ticket goes to (active agents; the team's members when it has no agents);
    /// an error when the team has nobody.
    static Result<QString> pickAssignee(Database& db, const QString& teamId, Rule rule);
    /// The agents `count` tickets of the team go to, in turn: each pick counts the ones before it (round robin
    /// goes round, least busy fills up the idle first).
    static Result<QStringList> pickAssignees(Database& db, const QString& teamId, Rule rule, int count);
    /// Open tickets assigned to `userId`.
    static qint64 openCount(Database& db, const QString& userId);

    /// For each clock breached in the last three days of a ticket not escalated yet: a task for the manager of
    /// the ticket's team (or of its assignee) linked to the ticket, due now, and the ticket marked escalated.
    static Result<QList<Mutation>> escalations(Database& db, const QList<SlaClock>& clocks, qint64 now);

    /// A draft article from a resolved ticket: its subject as the title, the problem and the resolution (the
    /// resolution field, else the last reply) as the text, its category as a tag, internal until published.
    static Record articleFrom(const Record& ticket, const QList<Record>& conversation, const QString& authorId);
};

} // namespace rapport
