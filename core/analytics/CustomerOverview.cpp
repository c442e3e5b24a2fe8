// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CustomerOverview.h"

#include "domain/DateText.h"
#include "domain/LocaleNames.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <functional>

namespace rapport {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

QString titleOf(Database& db, EntityType type, const QString& id)
{
    if (id.isEmpty())
        return {};
    auto st = db.statements().get(
        QStringLiteral("SELECT display_title FROM %1 WHERE id = ?").arg(Schema::entity(type).table));
    st->bind(1, id);
    return st->step() == SqlStatement::Step::Row ? st->text(0) : QString();
}

QString joined(const QStringList& parts)
{
    QStringList kept = parts;
    kept.removeAll(QString());
    return kept.join(QStringLiteral(" · "));
}

/// Runs `sql` with one bound id and makes a RelatedRecord of each row through `make`.
template <typename Make>
Status related(Database& db, const QString& sql, const QString& id, QList<RelatedRecord>& out, Make make)
{
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return Error{CustomerOverview::tr("The customer cannot be read: %1").arg(st->errorText()), {}};
    st->bind(1, id);
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row)
        out << make(*st);
    if (step == SqlStatement::Step::Error)
        return Error{CustomerOverview::tr("The customer cannot be read: %1").arg(st->errorText()), {}};
    return {};
}

/// A deal as its customer's page lists it: its stage, its amount, and when it closes or closed.
RelatedRecord dealRecord(const SqlStatement& st, const QLocale& locale, bool open)
{
    // columns: id, name, stage, amount, currency, expected_close (open) or closed_at
    QString date;
    if (!st.isNull(5))
        date = open ? DateText::shortDate(QDate::fromString(st.text(5), Qt::ISODate), locale)
                    : DateText::shortDate(QDateTime::fromMSecsSinceEpoch(st.int64(5)).toLocalTime().date(), locale);
    RelatedRecord r{EntityType::Opportunity, st.text(0), st.text(1), {}, 0, {}, -1};
    r.facts = {Schema::stages().label(st.text(2)),
               st.isNull(3) ? QString() : Money{st.int64(3), st.text(4)}.format(locale), date};
    r.amountFact = 1;
    // Said in one line, an open deal's date says what it is ("closes 12/15/2026"); a closed one's stage says it
    // closed ("Closed won"), and the date stands alone.
    r.detail =
        joined({r.facts[0], r.facts[1], open && !date.isEmpty() ? CustomerOverview::tr("closes %1").arg(date) : date});
    return r;
}

QString ticketDetail(const SqlStatement& st)
{
    // columns: id, title, status, priority, opened_at
    return joined({Schema::ticketStatuses().label(st.text(2)), Schema::ticketPriorities().label(st.text(3))});
}

const QString OpenDealsSql = QStringLiteral(
    "SELECT id, name, stage, amount, currency, expected_close FROM opportunities WHERE %1 = ?1 AND deleted = 0 "
    "AND stage NOT IN ('closed_won', 'closed_lost') ORDER BY expected_close, rid LIMIT 200");
const QString OpenTicketsSql = QStringLiteral(
    "SELECT id, number || ' · ' || subject, status, priority, opened_at FROM tickets WHERE %1 = ?1 AND deleted = 0 "
    "AND status IN ('new', 'open', 'pending') ORDER BY opened_at DESC, rid DESC LIMIT 200");
const QString ClosedDealsSql = QStringLiteral(
    "SELECT id, name, stage, amount, currency, closed_at FROM opportunities WHERE %1 = ?1 AND deleted = 0 "
    "AND stage IN ('closed_won', 'closed_lost') ORDER BY closed_at DESC, rid DESC LIMIT %2");
const QString ClosedTicketsSql = QStringLiteral(
    "SELECT id, number || ' · ' || subject, status, priority, opened_at FROM tickets WHERE %1 = ?1 AND deleted = 0 "
    "AND status IN ('resolved', 'closed') ORDER BY opened_at DESC, rid DESC LIMIT %2");
const QString MergedSql = QStringLiteral(
    "SELECT id, display_title, updated_at FROM %1 WHERE merged_into = ?1 AND deleted = 0 ORDER BY updated_at DESC");

/// Sums of money per currency from rows of (currency, sum).
Result<QList<Money>> sums(Database& db, const QString& sql, const QString& id, qint64 from)
{
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return Error{CustomerOverview::tr("The customer cannot be read: %1").arg(st->errorText()), {}};
    st->bind(1, id);
    if (from)
        st->bind(2, from);
    QList<Money> out;
    while (st->step() == SqlStatement::Step::Row)
        out << Money{st->int64(1), st->text(0)};
    return out;
}

/// The customer's deals, open and lately closed, through the index on `column`.
Status deals(Database& db, const QString& column, const QString& id, QList<RelatedRecord>& openDeals,
             QList<RelatedRecord>& closedDeals)
{
    const QLocale locale;
    Status s = related(db, OpenDealsSql.arg(column), id, openDeals,
                       [&](const SqlStatement& st) { return dealRecord(st, locale, true); });
    if (s)
        s = related(db, ClosedDealsSql.arg(column).arg(CustomerOverview::ClosedLimit), id, closedDeals,
                    [&](const SqlStatement& st) { return dealRecord(st, locale, false); });
    return s;
}

/// The customer's deals and tickets, open and lately closed, through the index on `column`.
Status dealsAndTickets(Database& db, const QString& column, const QString& id, QList<RelatedRecord>& openDeals,
                       QList<RelatedRecord>& closedDeals, QList<RelatedRecord>& openTickets,
                       QList<RelatedRecord>& closedTickets)
{
    // Its status and priority a column each where the list has them ("Open · Low" read as one status).
    const auto ticket = [](const SqlStatement& st) {
        return RelatedRecord{EntityType::Ticket,
                             st.text(0),
                             st.text(1),
                             ticketDetail(st),
                             st.int64(4),
                             {Schema::ticketStatuses().label(st.text(2)), Schema::ticketPriorities().label(st.text(3))},
                             -1};
    };
    Status s = deals(db, column, id, openDeals, closedDeals);
    if (s)
        s = related(db, OpenTicketsSql.arg(column), id, openTickets, ticket);
    if (s)
        s = related(db, ClosedTicketsSql.arg(column).arg(CustomerOverview::ClosedLimit), id, closedTickets, ticket);
    return s;
}

/// The group `account` belongs to: up the parent links to the top (a loop, which only concurrent edits on two
/// devices can make, ends the walk), then down through the parent index, depth first.
Status corporateGroup(Database& db, const Record& account, QList<GroupCompany>& group, bool& more)
{
    QString top = account.id();
    QSet<QString> seen{top};
    {
        auto up = db.statements().get(QStringLiteral(
            "SELECT parent_id FROM accounts WHERE id = ? AND deleted = 0 AND merged_into IS NULL"));
        for (QString parent = account.text(u"parent_id"); !parent.isEmpty() && !seen.contains(parent);) {
            up->bind(1, parent);
            if (up->step() != SqlStatement::Step::Row)
                break; // a parent not on this device, or deleted: the group starts below it
            seen.insert(parent);
            top = parent;
            parent = up->text(0);
            up->reset();
        }
    }
    auto row = db.statements().get(
        QStringLiteral("SELECT id, display_title, city, country FROM accounts WHERE id = ?"));
    row->bind(1, top);
    if (row->step() != SqlStatement::Step::Row)
        return Error{CustomerOverview::tr("The customer cannot be read: %1").arg(row->errorText()), {}};
    const auto company = [](const SqlStatement& st) {
        return RelatedRecord{EntityType::Account,
                             st.text(0),
                             st.text(1),
                             joined({st.text(2), st.isNull(3) ? QString() : LocaleNames::country(st.text(3))}),
                             0,
                             {},
                             -1};
    };
    group << GroupCompany{company(*row), {}, 0};
    row->reset();

    const QString childrenSql = QStringLiteral(
        "SELECT id, display_title, city, country FROM accounts WHERE parent_id = ?1 AND deleted = 0 AND merged_into "
        "IS NULL ORDER BY sort_key, rid LIMIT %1")
                                    .arg(CustomerOverview::GroupLimit + 1);
    QSet<QString> placed{top};
    std::function<Status(const QString&, int)> down = [&](const QString& parent, int depth) -> Status {
        QList<RelatedRecord> children;
        if (Status s = related(db, childrenSql, parent, children, company); !s)
            return s;
        for (const RelatedRecord& child : std::as_const(children)) {
            if (placed.contains(child.id))
                continue;
            if (group.size() >= CustomerOverview::GroupLimit) {
                more = true;
                return {};
            }
            placed.insert(child.id);
            group << GroupCompany{child, parent, depth + 1};
            if (Status s = down(child.id, depth + 1); !s)
                return s;
        }
        return {};
    };
    return down(top, 0);
}

} // namespace

Result<ContactOverview> CustomerOverview::contact(Database& db, const QString& id)
{
    ContactOverview o;
    auto record = RecordStore::read(db, EntityType::Contact, id);
    if (!record || record->value(u"deleted").toBool())
        return Error{tr("This contact no longer exists (it may have been deleted or removed by sync)."), {}};
    o.contact = *record;
    o.accountName = titleOf(db, EntityType::Account, o.contact.text(u"account_id"));
    o.managerName = titleOf(db, EntityType::Contact, o.contact.text(u"reports_to_id"));
    o.ownerName = titleOf(db, EntityType::User, o.contact.text(u"owner_id"));
    o.teamName = titleOf(db, EntityType::Team, o.contact.text(u"team_id"));
    o.mergedIntoName = titleOf(db, EntityType::Contact, o.contact.text(u"merged_into"));
    Status s = related(db,
                       QStringLiteral("SELECT id, display_title, job_title FROM contacts WHERE reports_to_id = ?1 AND "
                                      "deleted = 0 AND merged_into IS NULL ORDER BY sort_key, rid LIMIT 500"),
                       id, o.directReports, [](const SqlStatement& st) {
                           return RelatedRecord{EntityType::Contact, st.text(0), st.text(1), st.text(2), 0, {}, -1};
                       });
    if (s) {
        // Their circle: each part through an index (the managers by id up the chain, at most twenty levels even
        // where edits on two laptops made a loop; peers and reports by reports_to_id), never a scan of the book.
        auto st = db.statements().get(QStringLiteral(
            "WITH RECURSIVE up(id, depth) AS (SELECT reports_to_id, 1 FROM contacts WHERE id = ?1 AND reports_to_id "
            "IS NOT NULL UNION SELECT c.reports_to_id, up.depth + 1 FROM contacts c JOIN up ON c.id = up.id WHERE "
            "c.reports_to_id IS NOT NULL AND up.depth < 20), "
            "circle(id) AS (SELECT ?1 UNION SELECT id FROM up "
            "UNION SELECT * FROM (SELECT id FROM contacts WHERE reports_to_id = ?1 AND deleted = 0 LIMIT ?2) "
            "UNION SELECT * FROM (SELECT id FROM contacts WHERE reports_to_id = (SELECT reports_to_id FROM contacts "
            "WHERE id = ?1) AND deleted = 0 LIMIT ?2)) "
            "SELECT c.id, c.display_title, coalesce(c.job_title, ''), coalesce(c.reports_to_id, '') FROM circle "
            "JOIN contacts c ON c.id = circle.id WHERE c.deleted = 0 AND c.merged_into IS NULL "
            "ORDER BY c.sort_key, c.rid"));
        st->bind(1, id);
        st->bind(2, qint64(CircleLimit));
        SqlStatement::Step step;
        while ((step = st->step()) == SqlStatement::Step::Row)
            o.circle << OrgPerson{st->text(0), st->text(1), st->text(2), st->text(3)};
        if (step == SqlStatement::Step::Error)
            s = Error{tr("The customer cannot be read: %1").arg(st->errorText()), {}};
    }
    if (s)
        s = dealsAndTickets(db, QStringLiteral("contact_id"), id, o.openDeals, o.closedDeals, o.openTickets,
                            o.closedTickets);
    if (s)
        s = related(db, MergedSql.arg(QStringLiteral("contacts")), id, o.mergedFrom, [](const SqlStatement& st) {
            return RelatedRecord{EntityType::Contact, st.text(0), st.text(1), {}, st.int64(2), {}, -1};
        });
    if (!s)
        return s.error();
    return o;
}

Result<QList<RelatedRecord>> CustomerOverview::dealsOf(Database& db, const QString& accountId)
{
    QList<RelatedRecord> open, closed;
    if (Status s = deals(db, QStringLiteral("account_id"), accountId, open, closed); !s)
        return s.error();
    return open + closed;
}

Result<AccountOverview> CustomerOverview::account(Database& db, const QString& id, qint64 now)
{
    AccountOverview o;
    auto record = RecordStore::read(db, EntityType::Account, id);
    if (!record || record->value(u"deleted").toBool())
        return Error{tr("This account no longer exists (it may have been deleted or removed by sync)."), {}};
    o.account = *record;
    o.parentName = titleOf(db, EntityType::Account, o.account.text(u"parent_id"));
    o.ownerName = titleOf(db, EntityType::User, o.account.text(u"owner_id"));
    o.mergedIntoName = titleOf(db, EntityType::Account, o.account.text(u"merged_into"));
    const QLocale locale;
    Status s = corporateGroup(db, o.account, o.group, o.moreInGroup);
    if (s) {
        auto st = db.statements().get(
            QStringLiteral("SELECT id, display_title, coalesce(job_title, ''), coalesce(reports_to_id, '') FROM contacts "
                           "WHERE account_id = ? AND deleted = 0 AND merged_into IS NULL ORDER BY sort_key, rid LIMIT ?"));
        st->bind(1, id);
        st->bind(2, qint64(PeopleLimit + 1));
        while (st->step() == SqlStatement::Step::Row)
            o.people << OrgPerson{st->text(0), st->text(1), st->text(2), st->text(3)};
        o.morePeople = o.people.size() > PeopleLimit;
        if (o.morePeople)
            o.people.removeLast();
    }
    if (s)
        s = dealsAndTickets(db, QStringLiteral("account_id"), id, o.openDeals, o.closedDeals, o.openTickets,
                            o.closedTickets);
    if (s)
        s = related(db,
                    QStringLiteral("SELECT id, number, status, total, currency, ordered_at FROM orders WHERE "
                                   "account_id = ?1 AND deleted = 0 ORDER BY ordered_at DESC, rid DESC LIMIT %1")
                        .arg(OrdersLimit),
                    id, o.orders, [&](const SqlStatement& st) {
                        const QString status =
                            Schema::entity(EntityType::Order).field(u"status")->enumeration->label(st.text(2));
                        RelatedRecord r{EntityType::Order, st.text(0), st.text(1), {}, st.int64(5), {}, -1};
                        r.facts = {st.isNull(3) ? QString() : Money{st.int64(3), st.text(4)}.format(locale), status};
                        r.amountFact = 0;
                        r.detail = joined(r.facts);
                        return r;
                    });
    if (s)
        s = related(db, MergedSql.arg(QStringLiteral("accounts")), id, o.mergedFrom, [](const SqlStatement& st) {
            return RelatedRecord{EntityType::Account, st.text(0), st.text(1), {}, st.int64(2), {}, -1};
        });
    if (!s)
        return s.error();

    auto revenue = sums(db,
                        QStringLiteral("SELECT currency, sum(total) FROM orders WHERE account_id = ?1 AND deleted = 0 "
                                       "AND status <> 'cancelled' AND ordered_at >= ?2 AND total IS NOT NULL "
                                       "GROUP BY currency ORDER BY currency"),
                        id, now - 365 * DayMs);
    if (!revenue)
        return revenue.error();
    o.revenueLast12Months = *revenue;
    auto pipeline = sums(db,
                         QStringLiteral("SELECT currency, sum(amount) FROM opportunities WHERE account_id = ?1 AND "
                                        "deleted = 0 AND stage NOT IN ('closed_won', 'closed_lost') AND amount IS NOT "
                                        "NULL GROUP BY currency ORDER BY currency"),
                         id, 0);
    if (!pipeline)
        return pipeline.error();
    o.openPipeline = *pipeline;
    {
        auto st = db.statements().get(QStringLiteral(
            "SELECT count(*) FROM tickets WHERE account_id = ? AND deleted = 0 AND status IN ('new', 'open', 'pending')"));
        st->bind(1, id);
        if (st->step() == SqlStatement::Step::Row)
            o.openTicketCount = static_cast<int>(st->int64(0));
    }
    {
        // The latest activity that has taken place: through the account's (account_id, start_at) index,
        // from the newest before now backwards.
        auto st = db.statements().get(QStringLiteral(
            "SELECT max(start_at) FROM activities WHERE account_id = ? AND start_at <= ? AND deleted = 0"));
        st->bind(1, id);
        st->bind(2, now);
        if (st->step() == SqlStatement::Step::Row && !st->isNull(0))
            o.lastContact = st->int64(0);
    }
    {
        // Or the latest message on its tickets, the customer's or a reply to them (an internal note is not
        // contact): through the account's ticket index, each ticket's messages by (ticket_id, sent_at).
        auto st = db.statements().get(QStringLiteral(
            "SELECT max(e.sent_at) FROM tickets t JOIN ticket_entries e ON e.ticket_id = t.id "
            "WHERE t.account_id = ?1 AND t.deleted = 0 AND e.deleted = 0 AND e.kind IN ('customer', 'reply') "
            "AND e.sent_at <= ?2"));
        st->bind(1, id);
        st->bind(2, now);
        if (st->step() == SqlStatement::Step::Row && !st->isNull(0))
            o.lastContact = std::max(o.lastContact, st->int64(0));
    }
    auto standing = CustomerReports::standing(db, id);
    if (!standing)
        return standing.error();
    o.standing = *standing;
    o.scoring = CustomerReports::lastScoring(db);
    return o;
}

} // namespace rapport
