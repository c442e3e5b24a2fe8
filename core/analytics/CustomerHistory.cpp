// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CustomerHistory.h"

#include "domain/Money.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace rapport {

namespace {

// Every part of the timeline as the same columns: at, kind, rid, type, id, subtype, title, text, amount,
// currency, done, person. ?1 is the JSON array of the subject's ids (a customer and what was merged into it; a
// deal). Each part reads through an index on the subject's id, so a page costs what the subject's history
// costs, never what the book costs.
struct Part
{
    HistoryKind kind;
    const char* contact; ///< the part for a contact's ids
    const char* account; ///< the part for an account's ids
    const char* deal;    ///< the part for a deal, or none (tickets are not a deal's)
};

enum class Subject { Contact, Account, Deal };

// The customer's message that opened a ticket is the ticket's own entry on the timeline, not a second one.
#define OpeningMessage                                                                                                 \
    "(e.kind = 'customer' AND e.body = t.description AND e.sent_at BETWEEN t.opened_at - 60000 AND "                   \
    "t.opened_at + 60000)"
// A deal is on the timeline when it entered the pipeline: its first stage (as the sales cycle counts it), its
// creation when that history is missing.
#define DealOpenedAt                                                                                                   \
    "coalesce((SELECT min(s.changed_at) FROM stage_changes s WHERE s.opportunity_id = o.id AND s.deleted = 0), "       \
    "o.created_at)"

const Part parts[] = {
    {HistoryKind::Activity,
     "SELECT coalesce(a.start_at, a.due_at, a.created_at), 1, a.rid, 6, a.id, a.type, a.subject, "
     "coalesce(a.outcome, ''), a.duration_s, NULL, coalesce(a.done, 0), a.contact_id FROM activities a "
     "WHERE a.contact_id IN (SELECT value FROM json_each(?1)) AND a.deleted = 0 "
     "UNION ALL "
     "SELECT coalesce(a.start_at, a.due_at, a.created_at), 1, a.rid, 6, a.id, a.type, a.subject, "
     "coalesce(a.outcome, ''), a.duration_s, NULL, coalesce(a.done, 0), a.contact_id FROM activity_attendees p "
     "JOIN activities a ON a.id = p.activity_id WHERE p.contact_id IN (SELECT value FROM json_each(?1)) "
     "AND p.deleted = 0 AND a.deleted = 0 "
     "AND coalesce(a.contact_id, '') NOT IN (SELECT value FROM json_each(?1))",
     "SELECT coalesce(a.start_at, a.due_at, a.created_at), 1, a.rid, 6, a.id, a.type, a.subject, "
     "coalesce(a.outcome, ''), a.duration_s, NULL, coalesce(a.done, 0), a.contact_id FROM activities a "
     "WHERE a.account_id IN (SELECT value FROM json_each(?1)) AND a.deleted = 0",
     "SELECT coalesce(a.start_at, a.due_at, a.created_at), 1, a.rid, 6, a.id, a.type, a.subject, "
     "coalesce(a.outcome, ''), a.duration_s, NULL, coalesce(a.done, 0), a.contact_id FROM activities a "
     "WHERE a.opportunity_id IN (SELECT value FROM json_each(?1)) AND a.deleted = 0"},
    {HistoryKind::Ticket,
     "SELECT t.opened_at, 2, t.rid, 16, t.id, t.status, t.number || ' · ' || t.subject, coalesce(t.description, ''), "
     "NULL, NULL, 0, t.contact_id FROM tickets t WHERE t.contact_id IN (SELECT value FROM json_each(?1)) "
     "AND t.deleted = 0",
     "SELECT t.opened_at, 2, t.rid, 16, t.id, t.status, t.number || ' · ' || t.subject, coalesce(t.description, ''), "
     "NULL, NULL, 0, t.contact_id FROM tickets t WHERE t.account_id IN (SELECT value FROM json_each(?1)) "
     "AND t.deleted = 0",
     nullptr},
    {HistoryKind::TicketEntry,
     "SELECT e.sent_at, 3, e.rid, 16, t.id, e.kind, t.number || ' · ' || t.subject, coalesce(e.body, ''), NULL, "
     "NULL, 0, t.contact_id FROM tickets t JOIN ticket_entries e ON e.ticket_id = t.id "
     "WHERE t.contact_id IN (SELECT value FROM json_each(?1)) AND t.deleted = 0 AND e.deleted = 0 AND "
     "NOT " OpeningMessage,
     "SELECT e.sent_at, 3, e.rid, 16, t.id, e.kind, t.number || ' · ' || t.subject, coalesce(e.body, ''), NULL, "
     "NULL, 0, t.contact_id FROM tickets t JOIN ticket_entries e ON e.ticket_id = t.id "
     "WHERE t.account_id IN (SELECT value FROM json_each(?1)) AND t.deleted = 0 AND e.deleted = 0 AND "
     "NOT " OpeningMessage,
     nullptr},
    {HistoryKind::Deal,
     "SELECT " DealOpenedAt ", 4, o.rid, 8, o.id, o.stage, o.name, coalesce(o.next_step, ''), o.amount, o.currency, "
     "0, o.contact_id FROM opportunities o WHERE o.contact_id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0",
     "SELECT " DealOpenedAt ", 4, o.rid, 8, o.id, o.stage, o.name, coalesce(o.next_step, ''), o.amount, o.currency, "
     "0, o.contact_id FROM opportunities o WHERE o.account_id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0",
     "SELECT " DealOpenedAt ", 4, o.rid, 8, o.id, o.stage, o.name, coalesce(o.next_step, ''), o.amount, o.currency, "
     "0, o.contact_id FROM opportunities o WHERE o.id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0"},
    {HistoryKind::StageChange,
     "SELECT s.changed_at, 5, s.rid, 8, o.id, s.to_stage, o.name, coalesce(s.from_stage, ''), s.amount, s.currency, "
     "0, o.contact_id FROM opportunities o JOIN stage_changes s ON s.opportunity_id = o.id "
     "WHERE o.contact_id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0 AND s.deleted = 0 "
     "AND s.from_stage IS NOT NULL AND s.from_stage <> s.to_stage",
     "SELECT s.changed_at, 5, s.rid, 8, o.id, s.to_stage, o.name, coalesce(s.from_stage, ''), s.amount, s.currency, "
     "0, o.contact_id FROM opportunities o JOIN stage_changes s ON s.opportunity_id = o.id "
     "WHERE o.account_id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0 AND s.deleted = 0 "
     "AND s.from_stage IS NOT NULL AND s.from_stage <> s.to_stage",
     "SELECT s.changed_at, 5, s.rid, 8, o.id, s.to_stage, o.name, coalesce(s.from_stage, ''), s.amount, s.currency, "
     "0, o.contact_id FROM opportunities o JOIN stage_changes s ON s.opportunity_id = o.id "
     "WHERE o.id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0 AND s.deleted = 0 "
     "AND s.from_stage IS NOT NULL AND s.from_stage <> s.to_stage"},
    {HistoryKind::Order,
     "SELECT r.ordered_at, 6, r.rid, 14, r.id, r.status, r.number, '', r.total, r.currency, 0, r.contact_id "
     "FROM orders r WHERE r.contact_id IN (SELECT value FROM json_each(?1)) AND r.deleted = 0",
     "SELECT r.ordered_at, 6, r.rid, 14, r.id, r.status, r.number, '', r.total, r.currency, 0, r.contact_id "
     "FROM orders r WHERE r.account_id IN (SELECT value FROM json_each(?1)) AND r.deleted = 0",
     "SELECT r.ordered_at, 6, r.rid, 14, r.id, r.status, r.number, '', r.total, r.currency, 0, r.contact_id "
     "FROM orders r WHERE r.opportunity_id IN (SELECT value FROM json_each(?1)) AND r.deleted = 0"},
    {HistoryKind::Quote,
     "SELECT q.issued_at, 7, q.rid, 8, o.id, q.status, q.number || ' v' || q.version, o.name, q.total, q.currency, 0, "
     "o.contact_id FROM opportunities o JOIN quotes q ON q.opportunity_id = o.id "
     "WHERE o.contact_id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0 AND q.deleted = 0",
     "SELECT q.issued_at, 7, q.rid, 8, o.id, q.status, q.number || ' v' || q.version, o.name, q.total, q.currency, 0, "
     "o.contact_id FROM opportunities o JOIN quotes q ON q.opportunity_id = o.id "
     "WHERE o.account_id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0 AND q.deleted = 0",
     "SELECT q.issued_at, 7, q.rid, 8, o.id, q.status, q.number || ' v' || q.version, o.name, q.total, q.currency, 0, "
     "o.contact_id FROM opportunities o JOIN quotes q ON q.opportunity_id = o.id "
     "WHERE o.id IN (SELECT value FROM json_each(?1)) AND o.deleted = 0 AND q.deleted = 0"},
};
#undef DealOpenedAt
#undef OpeningMessage

/// The record and everything merged into it.
QStringList withMerged(Database& db, const char* table, const QString& id)
{
    QStringList ids{id};
    auto st = db.statements().get(
        QStringLiteral("SELECT id FROM %1 WHERE merged_into = ? AND deleted = 0").arg(QLatin1String(table)));
    st->bind(1, id);
    while (st->step() == SqlStatement::Step::Row)
        ids << st->text(0);
    return ids;
}

QString firstLine(const QString& text, int max = 160)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

QString durationText(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    if (seconds < 3600)
        return CustomerHistory::tr("%n min", nullptr, int((seconds + 59) / 60));
    if (const qint64 minutes = (seconds % 3600) / 60; minutes > 0)
        return CustomerHistory::tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
    return CustomerHistory::tr("%1 h").arg(seconds / 3600);
}

Result<QList<HistoryEntry>> read(Database& db, Subject subject, const QStringList& ids, const QList<HistoryKind>& kinds,
                                 const HistoryEntry* after, int limit, const QStringList& activityTypes)
{
    QStringList selects;
    for (const Part& part : parts) {
        const char* sql = subject == Subject::Contact   ? part.contact
                          : subject == Subject::Account ? part.account
                                                        : part.deal;
        if (sql && (kinds.isEmpty() || kinds.contains(part.kind)))
            selects << QString::fromUtf8(sql);
    }
    if (selects.isEmpty() || limit <= 0)
        return QList<HistoryEntry>();
    QString sql = QStringLiteral("WITH h(at, kind, rid, type, id, subtype, title, text, amount, currency, done, person) "
                                 "AS (%1) SELECT h.*, coalesce(c.display_title, '') FROM h "
                                 "LEFT JOIN contacts c ON c.id = h.person ")
                      .arg(selects.join(QStringLiteral(" UNION ALL ")));
    QStringList where;
    if (after)
        where << QStringLiteral("(h.at, h.kind, h.rid) < (?2, ?3, ?4)");
    if (!activityTypes.isEmpty())
        where << QStringLiteral("(h.kind <> 1 OR h.subtype IN (SELECT value FROM json_each(?6)))");
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY h.at DESC, h.kind DESC, h.rid DESC LIMIT ?5");
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return Error{CustomerHistory::tr("The history cannot be read: %1").arg(st->errorText()), {}};
    st->bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (after) {
        st->bind(2, after->at);
        st->bind(3, qint64(after->kind));
        st->bind(4, after->rid);
    }
    st->bind(5, qint64(limit));
    if (!activityTypes.isEmpty())
        st->bind(6, QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(activityTypes)).toJson(QJsonDocument::Compact)));

    const QLocale locale;
    QList<HistoryEntry> out;
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        HistoryEntry e;
        e.at = st->int64(0);
        e.kind = static_cast<HistoryKind>(st->int64(1));
        e.rid = st->int64(2);
        e.type = static_cast<EntityType>(st->int64(3));
        e.id = st->text(4);
        e.subtype = st->text(5);
        e.title = st->text(6);
        const QString text = st->text(7);
        e.done = st->int64(10) != 0;
        // On a contact's own timeline their name goes without saying; another person's (a meeting they
        // attended, a contact merged into them) does not.
        e.person = subject != Subject::Contact || st->text(11) != ids.first() ? st->text(12) : QString();
        QStringList detail;
        switch (e.kind) {
        case HistoryKind::Activity:
            if (!text.isEmpty())
                detail << Schema::entity(EntityType::Activity).field(u"outcome")->enumeration->label(text);
            if (!st->isNull(8))
                detail << durationText(st->int64(8));
            break;
        case HistoryKind::Ticket:
        case HistoryKind::TicketEntry:
            detail << firstLine(text);
            break;
        case HistoryKind::Deal:
            if (!st->isNull(8))
                detail << Money{st->int64(8), st->text(9)}.format(locale);
            detail << firstLine(text);
            break;
        case HistoryKind::StageChange:
            detail << CustomerHistory::tr("%1 → %2").arg(Schema::stages().label(text), Schema::stages().label(e.subtype));
            if (!st->isNull(8))
                detail << Money{st->int64(8), st->text(9)}.format(locale);
            break;
        case HistoryKind::Order:
            e.title = CustomerHistory::tr("Order %1").arg(e.title);
            if (!st->isNull(8))
                detail << Money{st->int64(8), st->text(9)}.format(locale);
            break;
        case HistoryKind::Quote:
            e.title = CustomerHistory::tr("Quote %1").arg(e.title);
            detail << firstLine(text) << Schema::quoteStatuses().label(e.subtype);
            if (!st->isNull(8))
                detail << Money{st->int64(8), st->text(9)}.format(locale);
            break;
        }
        if (subject == Subject::Deal) {
            // On the deal's own page its name goes without saying: what happened to it does, and with whom
            // when that was an activity.
            if (e.kind != HistoryKind::Activity)
                e.person.clear();
            switch (e.kind) {
            case HistoryKind::Deal:
                e.title = CustomerHistory::tr("Deal opened");
                break;
            case HistoryKind::StageChange:
                e.title = detail.takeFirst();
                break;
            case HistoryKind::Quote:
                detail.removeFirst();
                break;
            default:
                break;
            }
        }
        detail.removeAll(QString());
        e.detail = detail.join(QStringLiteral(" · "));
        out << e;
    }
    if (step == SqlStatement::Step::Error)
        return Error{CustomerHistory::tr("The history cannot be read: %1").arg(st->errorText()), {}};
    return out;
}

} // namespace

Result<QList<HistoryEntry>> CustomerHistory::ofContact(Database& db, const QString& contactId,
                                                       const QList<HistoryKind>& kinds, const HistoryEntry* after,
                                                       int limit, const QStringList& activityTypes)
{
    return read(db, Subject::Contact, withMerged(db, "contacts", contactId), kinds, after, limit, activityTypes);
}

Result<QList<HistoryEntry>> CustomerHistory::ofAccount(Database& db, const QString& accountId,
                                                       const QList<HistoryKind>& kinds, const HistoryEntry* after,
                                                       int limit, const QStringList& activityTypes)
{
    return read(db, Subject::Account, withMerged(db, "accounts", accountId), kinds, after, limit, activityTypes);
}

Result<QList<HistoryEntry>> CustomerHistory::ofOpportunity(Database& db, const QString& opportunityId,
                                                           const QList<HistoryKind>& kinds, const HistoryEntry* after,
                                                           int limit, const QStringList& activityTypes)
{
    return read(db, Subject::Deal, {opportunityId}, kinds, after, limit, activityTypes);
}

} // namespace rapport
