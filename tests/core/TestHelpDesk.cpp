// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The help desk's rules: the ticket workflow in the write path (numbers, stamps, refused moves, reopening), what
// a conversation entry does to its ticket, the queues (which tickets, most urgent first, through an index),
// assignment (round robin, least busy, a batch shared out), escalation of breaches to the team's manager, an
// article drafted from a resolved ticket, and the knowledge base: its index kept by the write path, markup
// stripped, and the quality of its suggestions on a fixture of tickets whose best article is known.

#include "TestSupport.h"
#include "analytics/HelpDeskReports.h"
#include "analytics/SalesReports.h"
#include "domain/BusinessHours.h"
#include "domain/RichText.h"
#include "search/KnowledgeBase.h"
#include "storage/ListQueries.h"
#include "storage/Sla.h"
#include "storage/SqlStatement.h"
#include "storage/Tickets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
} // namespace

class TestHelpDesk : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;

    QString ticket(TempDatabase& t, const QString& subject, const QVariantMap& fields = {})
    {
        Record r(EntityType::Ticket);
        r.set(u"subject", subject).set(u"priority", QStringLiteral("normal"));
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            r.set(it.key(), it.value());
        auto id = t.store->create(r);
        if (!id)
            qWarning() << id.error().fullText();
        return id ? *id : QString();
    }
    static QVariant field(TempDatabase& t, const QString& id, const char* name)
    {
        return scalar(*t.db, QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(name)), {id});
    }
    static Status move(TempDatabase& t, const QString& id, const char* status)
    {
        return t.store->update(Record(EntityType::Ticket, id).set(u"status", QLatin1String(status)));
    }
    QString user(TempDatabase& t, const QString& name, const char* role, const QString& team)
    {
        Record u(EntityType::User);
        u.set(u"username", name.toLower()).set(u"display_name", name).set(u"role", QLatin1String(role));
        if (!team.isEmpty())
            u.set(u"team_id", team);
        auto id = t.store->create(u);
        return id ? *id : QString();
    }
    QString article(TempDatabase& t, const QString& title, const QString& body, const QStringList& tags,
                    const char* status = "published", const QString& product = {})
    {
        Record a(EntityType::KnowledgeArticle);
        if (!product.isEmpty())
            a.set(u"product_id", product);
        a.set(u"title", title)
            .set(u"body", body)
            .set(u"tags",
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact)))
            .set(u"audience", QStringLiteral("customer"))
            .set(u"status", QLatin1String(status));
        auto id = t.store->create(a);
        if (!id)
            qWarning() << id.error().fullText();
        return id ? *id : QString();
    }

private Q_SLOTS:
    void workflow_numbersStampsAndRefusals()
    {
        TempDatabase t(false);
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        const QString a = ticket(t, QStringLiteral("Scanner offline"));
        const QString b = ticket(t, QStringLiteral("Label printer jams"));
        QCOMPARE(field(t, a, "number").toString(), QStringLiteral("T-100001"));
        QCOMPARE(field(t, b, "number").toString(), QStringLiteral("T-100002"));
        QCOMPARE(field(t, a, "status").toString(), QStringLiteral("new"));
        QCOMPARE(field(t, a, "opened_at").toLongLong(), m_now);
        // Numbers continue after the largest, also past a change in the number of digits.
        ticket(t, QStringLiteral("Imported"), {{QStringLiteral("number"), QStringLiteral("T-999999")}});
        QCOMPARE(Tickets::nextNumber(*t.db), QStringLiteral("T-1000000"));
        ticket(t, QStringLiteral("Later"), {{QStringLiteral("number"), QStringLiteral("T-1000000")}});
        QCOMPARE(Tickets::nextNumber(*t.db), QStringLiteral("T-1000001"));

        m_now += HourMs;
        QVERIFY(move(t, a, "resolved"));
        QCOMPARE(field(t, a, "resolved_at").toLongLong(), m_now);
        QVERIFY(field(t, a, "closed_at").isNull());
        m_now += HourMs;
        QVERIFY(move(t, a, "closed"));
        QCOMPARE(field(t, a, "closed_at").toLongLong(), m_now);
        QCOMPARE(field(t, a, "resolved_at").toLongLong(), m_now - HourMs); // resolved once, not again
        // A closed ticket can only be reopened; the refusal names what is possible and nothing is written.
        const Status refused = move(t, a, "pending");
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.size(), 1);
        QCOMPARE(refused.error().fields.first().field, QStringLiteral("status"));
        QVERIFY2(refused.error().fields.first().message.contains(QLatin1String("Open")),
                 qPrintable(refused.error().fields.first().message));
        QCOMPARE(field(t, a, "status").toString(), QStringLiteral("closed"));
        QVERIFY(move(t, a, "open"));
        QVERIFY(field(t, a, "resolved_at").isNull());
        QVERIFY(field(t, a, "closed_at").isNull());
        // Closing straight from new records the resolution time too.
        QVERIFY(move(t, b, "closed"));
        QVERIFY(!field(t, b, "resolved_at").isNull());
        QCOMPARE(Tickets::nextStatuses(QStringLiteral("pending")),
                 (QStringList{QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("closed")}));
    }

    void stamps_keepToTheWallClock_whenTheBooksClockRunsAhead()
    {
        // A book whose clock has seen later stamps (records written in the hours ahead, a colleague's laptop that
        // runs fast) still stamps when a ticket opened, waited and closed, and when a deal closed, by the wall.
        TempDatabase t(false);
        m_now = QDateTime(QDate(2026, 12, 7), QTime(6, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        ticket(t, QStringLiteral("Written in the hours ahead"));
        m_now -= 4 * HourMs; // back to the wall's time: the book's clock stays ahead
        const QString a = ticket(t, QStringLiteral("Licence not accepted"));
        QCOMPARE(field(t, a, "opened_at").toLongLong(), m_now);
        QVERIFY(move(t, a, "pending"));
        QCOMPARE(field(t, a, "paused_since").toLongLong(), m_now);
        QVERIFY(move(t, a, "closed"));
        QCOMPARE(field(t, a, "closed_at").toLongLong(), m_now);
        auto customer = t.store->create(account(QStringLiteral("Keller Logistik")));
        QVERIFY(customer);
        Record deal(EntityType::Opportunity);
        deal.set(u"name", QStringLiteral("Scanners"))
            .set(u"account_id", *customer)
            .set(u"currency", QStringLiteral("EUR"))
            .set(u"stage", QStringLiteral("closed_won"));
        auto won = t.store->create(deal);
        QVERIFY2(won, won ? "" : qPrintable(won.error().fullText()));
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT closed_at FROM opportunities WHERE id = ?"), {*won}).toLongLong(),
                 m_now);
    }

    void conversation_movesTheTicket()
    {
        TempDatabase t(false);
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        auto c = t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Schmidt")));
        QVERIFY(c);
        const QString id = ticket(t, QStringLiteral("Sync fails"), {{QStringLiteral("contact_id"), *c}});
        auto current = [&] { return *t.store->fetch(EntityType::Ticket, id); };

        // A note is the team's: the customer has still had no answer.
        QVERIFY(
            t.store->apply(Tickets::addEntry(current(), QStringLiteral("note"), QStringLiteral("Looks like the proxy"),
                                             t.store->currentUserId(), m_now)));
        QVERIFY(field(t, id, "first_response_at").isNull());
        QCOMPARE(field(t, id, "status").toString(), QStringLiteral("new"));
        // The first reply is the first response, and the ticket is being worked on.
        m_now += 10 * MinuteMs;
        QVERIFY(t.store->apply(Tickets::addEntry(current(), QStringLiteral("reply"), QStringLiteral("Please restart"),
                                                 t.store->currentUserId(), m_now)));
        QCOMPARE(field(t, id, "first_response_at").toLongLong(), m_now);
        QCOMPARE(field(t, id, "status").toString(), QStringLiteral("open"));
        // A later reply keeps the first response time.
        QVERIFY(move(t, id, "pending"));
        m_now += 10 * MinuteMs;
        QVERIFY(t.store->apply(Tickets::addEntry(current(), QStringLiteral("reply"), QStringLiteral("Any news?"),
                                                 t.store->currentUserId(), m_now)));
        QCOMPARE(field(t, id, "first_response_at").toLongLong(), m_now - 10 * MinuteMs);
        QCOMPARE(field(t, id, "status").toString(), QStringLiteral("pending"));
        // The customer answering puts the ticket back in the queue.
        QVERIFY(t.store->apply(
            Tickets::addEntry(current(), QStringLiteral("customer"), QStringLiteral("Still broken"), {}, m_now)));
        QCOMPARE(field(t, id, "status").toString(), QStringLiteral("open"));
        auto thread = Tickets::conversation(*t.db, id);
        QVERIFY(thread);
        QCOMPARE(thread->size(), 4);
        QCOMPARE(thread->last().text(u"author_contact_id"), *c);
        QCOMPARE(thread->first().text(u"kind"), QStringLiteral("note"));
        auto details = Tickets::details(*t.db, id);
        QVERIFY(details);
        QCOMPARE(details->names.value(*c), QStringLiteral("Anna Schmidt"));
        QVERIFY(details->history.size() >= 4);

        // A resolved ticket drafts an article: the problem and how it was solved.
        QVERIFY(t.store->update(Record(EntityType::Ticket, id)
                                    .set(u"status", QStringLiteral("resolved"))
                                    .set(u"resolution", QStringLiteral("Proxy settings corrected"))
                                    .set(u"category", QStringLiteral("Network"))
                                    .set(u"description", QStringLiteral("Sync stops at 20 %"))));
        const Record draft =
            Tickets::articleFrom(current(), *Tickets::conversation(*t.db, id), t.store->currentUserId());
        QCOMPARE(draft.text(u"title"), QStringLiteral("Sync fails"));
        QVERIFY(draft.text(u"body").contains(QLatin1String("Sync stops at 20 %")));
        QVERIFY(draft.text(u"body").contains(QLatin1String("Proxy settings corrected")));
        QCOMPARE(draft.text(u"status"), QStringLiteral("draft"));
        QCOMPARE(draft.text(u"tags"), QStringLiteral("[\"network\"]"));
        QVERIFY(t.store->create(draft));
    }

    void queues_mostUrgentFirst_throughAnIndex()
    {
        TempDatabase t(false);
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        const QString me = t.store->currentUserId();
        const QString other = user(t, QStringLiteral("Omar"), "agent", {});
        auto due = [&](qint64 minutes) { return m_now + minutes * MinuteMs; };
        const QString late = ticket(t, QStringLiteral("late"),
                                    {{QStringLiteral("assignee_id"), me},
                                     {QStringLiteral("first_response_due"), due(-30)},
                                     {QStringLiteral("resolution_due"), due(600)}});
        const QString soon = ticket(t, QStringLiteral("soon"),
                                    {{QStringLiteral("assignee_id"), me},
                                     {QStringLiteral("first_response_due"), due(20)},
                                     {QStringLiteral("resolution_due"), due(500)}});
        const QString later = ticket(t, QStringLiteral("later"),
                                     {{QStringLiteral("assignee_id"), me},
                                      {QStringLiteral("first_response_due"), due(300)},
                                      {QStringLiteral("resolution_due"), due(900)}});
        const QString free =
            ticket(t, QStringLiteral("unassigned"),
                   {{QStringLiteral("first_response_due"), due(100)}, {QStringLiteral("resolution_due"), due(800)}});
        const QString theirs = ticket(t, QStringLiteral("theirs"), {{QStringLiteral("assignee_id"), other}});
        // The customers: mine (an account I own, a contact of mine without one) and someone else's.
        auto mineAcc = t.store->create(account(QStringLiteral("Mine GmbH")));
        auto otherAcc = t.store->create(account(QStringLiteral("Other AG")).set(u"owner_id", other));
        auto minePerson = t.store->create(contact(QStringLiteral("Mia"), QStringLiteral("Meier")));
        QVERIFY(mineAcc && otherAcc && minePerson);
        ticket(t, QStringLiteral("my customer's"),
               {{QStringLiteral("account_id"), *mineAcc}, {QStringLiteral("assignee_id"), other}});
        ticket(t, QStringLiteral("my contact's"),
               {{QStringLiteral("contact_id"), *minePerson}, {QStringLiteral("assignee_id"), other}});
        ticket(t, QStringLiteral("another's customer"),
               {{QStringLiteral("account_id"), *otherAcc}, {QStringLiteral("assignee_id"), other}});
        const QString waiting =
            ticket(t, QStringLiteral("waiting"),
                   {{QStringLiteral("assignee_id"), me}, {QStringLiteral("resolution_due"), due(60)}});
        QVERIFY(move(t, waiting, "pending"));
        const QString done = ticket(t, QStringLiteral("done"), {{QStringLiteral("assignee_id"), me}});
        QVERIFY(move(t, done, "resolved"));
        // Answered: the resolution clock is the one that runs.
        QVERIFY(t.store->update(Record(EntityType::Ticket, later).set(u"first_response_at", m_now)));

        auto listed = [&](const QString& key) {
            const auto q = ListQueries::ticketQueue(key, me, *Sla::check(*t.db, m_now));
            RecordList list(ListQueries::tickets());
            list.setCondition(q->condition, q->values);
            for (int c = 0; c < list.spec().columns.size(); ++c)
                if (list.spec().columns[c].key == q->sortColumn)
                    list.setSort(c, q->order);
            QStringList subjects;
            auto rows = list.fetch(*t.db, nullptr, 50);
            for (const ListRow& r : *rows)
                subjects
                    << scalar(*t.db, QStringLiteral("SELECT subject FROM tickets WHERE id = ?"), {r.id}).toString();
            // Each queue's first page is an index range, never a sort of the whole table.
            SqlStatement plan(t.db->handle(), QStringLiteral("EXPLAIN QUERY PLAN SELECT t.rid FROM %1 WHERE "
                                                             "t.deleted = 0 AND (%2) ORDER BY t.sla_due, t.rid LIMIT 5")
                                                  .arg(ListQueries::tickets().from, q->condition));
            [&] { QVERIFY2(plan.isValid(), qPrintable(key)); }();
            int p = 1;
            for (const QVariant& v : q->values)
                plan.bind(p++, v);
            while (plan.step() == SqlStatement::Step::Row)
                if (key != QLatin1String("all"))
                    [&] {
                        QVERIFY2(!plan.text(3).contains(QLatin1String("TEMP B-TREE")), qPrintable(key + plan.text(3)));
                    }();
            return subjects;
        };
        QCOMPARE(listed(QStringLiteral("mine")), (QStringList{QStringLiteral("late"), QStringLiteral("soon"),
                                                              QStringLiteral("later"), QStringLiteral("waiting")}));
        QCOMPARE(listed(QStringLiteral("unassigned")), QStringList{QStringLiteral("unassigned")});
        QCOMPARE(listed(QStringLiteral("breaching")), (QStringList{QStringLiteral("late"), QStringLiteral("soon")}));
        QCOMPARE(listed(QStringLiteral("waiting")), QStringList{QStringLiteral("waiting")});
        QCOMPARE(listed(QStringLiteral("customers")),
                 (QStringList{QStringLiteral("my customer's"), QStringLiteral("my contact's")}));
        QCOMPARE(listed(QStringLiteral("open")).size(), 9);
        QVERIFY(!listed(QStringLiteral("open")).contains(QStringLiteral("done")));
        QCOMPARE(field(t, theirs, "sla_due").toLongLong(), Sla::NoTarget);
        QCOMPARE(field(t, waiting, "sla_due").toLongLong(), Sla::Paused);
        QCOMPARE(field(t, later, "sla_due").toLongLong(), due(900));
        QVERIFY(field(t, done, "sla_due").isNull());
        Q_UNUSED(soon)
        Q_UNUSED(late)
        Q_UNUSED(free)
    }

    void assignment_roundRobinAndLeastBusy()
    {
        TempDatabase t(false);
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        auto team = t.store->create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Service")).set(u"kind", QStringLiteral("service")));
        QVERIFY2(team, team ? "" : qPrintable(team.error().fullText()));
        const QString ada = user(t, QStringLiteral("Ada"), "agent", *team);
        const QString ben = user(t, QStringLiteral("Ben"), "agent", *team);
        const QString cem = user(t, QStringLiteral("Cem"), "agent", *team);
        user(t, QStringLiteral("Mia"), "manager", *team); // managers do not take tickets when there are agents
        // Nobody has had a ticket: in name order.
        QCOMPARE(*Tickets::pickAssignees(*t.db, *team, Tickets::Rule::RoundRobin, 4),
                 (QStringList{ada, ben, cem, ada}));
        // Ada had one recently, Ben earlier, Cem never: Cem, then Ben, then Ada.
        m_now += HourMs;
        ticket(t, QStringLiteral("b"),
               {{QStringLiteral("assignee_id"), ben}, {QStringLiteral("opened_at"), m_now - 50 * MinuteMs}});
        ticket(t, QStringLiteral("a"),
               {{QStringLiteral("assignee_id"), ada}, {QStringLiteral("opened_at"), m_now - 10 * MinuteMs}});
        ticket(t, QStringLiteral("a2"),
               {{QStringLiteral("assignee_id"), ada}, {QStringLiteral("opened_at"), m_now - 20 * MinuteMs}});
        QCOMPARE(*Tickets::pickAssignees(*t.db, *team, Tickets::Rule::RoundRobin, 3), (QStringList{cem, ben, ada}));
        // Least busy: Cem has none open, Ben one, Ada two. A batch of four fills up the idle first, a tie going to
        // whoever was given a ticket longest ago: Cem (0), Ben (1 = Cem), Cem (1 < 2), then Ada (all at 2).
        QCOMPARE(*Tickets::pickAssignee(*t.db, *team, Tickets::Rule::LeastBusy), cem);
        QCOMPARE(*Tickets::pickAssignees(*t.db, *team, Tickets::Rule::LeastBusy, 4), (QStringList{cem, ben, cem, ada}));
        QCOMPARE(Tickets::openCount(*t.db, ada), qint64(2));
        // Resolved tickets do not count as work.
        const QString adasFirst =
            scalar(*t.db, QStringLiteral("SELECT id FROM tickets WHERE subject = 'a'")).toString();
        QVERIFY(move(t, adasFirst, "resolved"));
        QCOMPARE(Tickets::openCount(*t.db, ada), qint64(1));
        // A team without agents shares among its members; an empty team says so.
        auto small = t.store->create(Record(EntityType::Team)
                                         .set(u"name", QStringLiteral("Back office"))
                                         .set(u"kind", QStringLiteral("service")));
        const QString zoe = user(t, QStringLiteral("Zoe"), "manager", *small);
        QCOMPARE(*Tickets::pickAssignee(*t.db, *small, Tickets::Rule::RoundRobin), zoe);
        auto empty = t.store->create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Nobody")).set(u"kind", QStringLiteral("service")));
        const auto none = Tickets::pickAssignee(*t.db, *empty, Tickets::Rule::LeastBusy);
        QVERIFY(!none);
        QVERIFY(!none.error().message.isEmpty());
    }

    void newTickets_goToTheServiceQueue()
    {
        // A ticket a rep opens for a customer lands in the help desk's queue; an agent's stays in their own
        // service team; a team named on the ticket stands.
        TempDatabase t(false);
        QVERIFY(t.store->ensureCurrentUser());
        auto team = [&](const char* name, const char* kind) {
            auto id = t.store->create(
                Record(EntityType::Team).set(u"name", QLatin1String(name)).set(u"kind", QLatin1String(kind)));
            return id ? *id : QString();
        };
        const QString sales = team("Sales North", "sales");
        QVERIFY(t.store->update(Record(EntityType::User, t.store->currentUserId()).set(u"team_id", sales)));
        QCOMPARE(field(t, ticket(t, QStringLiteral("Before the desk existed")), "team_id").toString(), sales);
        const QString desk = team("Kundendienst", "service");
        const QString afterSales = team("Aftersales", "service");
        QCOMPARE(field(t, ticket(t, QStringLiteral("Invoice missing")), "team_id").toString(), afterSales);
        QCOMPARE(field(t, ticket(t, QStringLiteral("For the desk"), {{QStringLiteral("team_id"), desk}}), "team_id")
                     .toString(),
                 desk);
        QCOMPARE(Tickets::queueTeam(*t.db, desk), desk); // an agent's own service team first
        QCOMPARE(Tickets::queueTeam(*t.db, sales), afterSales);
        QVERIFY(t.store->remove(EntityType::Team, afterSales));
        QCOMPARE(Tickets::queueTeam(*t.db, sales), desk);
        // Other records keep the author's team.
        auto acc = t.store->create(account(QStringLiteral("Kunde AG")));
        QVERIFY(acc);
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT team_id FROM accounts WHERE id = ?"), {*acc}).toString(), sales);
    }

    void escalation_toTheTeamsManager_once()
    {
        TempDatabase t(false);
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        auto team = t.store->create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Service")).set(u"kind", QStringLiteral("service")));
        const QString mia = user(t, QStringLiteral("Mia"), "manager", *team);
        QVERIFY(t.store->update(Record(EntityType::Team, *team).set(u"manager_id", mia)));
        const QString ada = user(t, QStringLiteral("Ada"), "agent", *team);
        const QString id = ticket(t, QStringLiteral("Printer on fire"),
                                  {{QStringLiteral("team_id"), *team},
                                   {QStringLiteral("assignee_id"), ada},
                                   {QStringLiteral("first_response_due"), m_now - HourMs}});
        ticket(t, QStringLiteral("Fine"),
               {{QStringLiteral("team_id"), *team}, {QStringLiteral("first_response_due"), m_now + 10 * HourMs}});
        // Breached a week ago, before anyone watched: in the reports, not dug up as a task.
        const QString old = ticket(t, QStringLiteral("Old"), {{QStringLiteral("team_id"), *team},
                                                              {QStringLiteral("first_response_due"), m_now - 7 * 24 * HourMs}});
        auto clocks = Sla::check(*t.db, m_now);
        QVERIFY(clocks);
        auto writes = Tickets::escalations(*t.db, *clocks, m_now);
        QVERIFY(writes);
        QCOMPARE(writes->size(), 2);
        QVERIFY(t.store->apply(*writes));
        QCOMPARE(field(t, id, "escalated_at").toLongLong(), m_now);
        QVERIFY(field(t, old, "escalated_at").isNull());
        QCOMPARE(scalar(*t.db,
                        QStringLiteral("SELECT count(*) FROM activities WHERE owner_id = ? AND ticket_id = ? AND "
                                       "type = 'task' AND done = 0 AND subject LIKE '%T-100001%'"),
                        {mia, id})
                     .toInt(),
                 1);
        QVERIFY(scalar(*t.db, QStringLiteral("SELECT description FROM activities WHERE ticket_id = ?"), {id})
                    .toString()
                    .contains(QLatin1String("Ada")));
        // Once: the next check finds it escalated already.
        auto again = Tickets::escalations(*t.db, *Sla::check(*t.db, m_now + MinuteMs), m_now + MinuteMs);
        QVERIFY(again && again->isEmpty());
    }

    void reports_countWhatTheyShould()
    {
        TempDatabase t(false);
        const QDate today(2026, 12, 2);
        m_now = QDateTime(today, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        t.store->setWallClock([this] { return m_now; });
        QVERIFY(t.store->ensureCurrentUser());
        const QString ada = user(t, QStringLiteral("Ada"), "agent", {});
        const QString ben = user(t, QStringLiteral("Ben"), "agent", {});
        const qint64 day = 24 * HourMs;
        auto opened = [&](const QString& subject, const char* priority, qint64 ago, const QString& who, qint64 dueIn,
                          qint64 respondedAfter, qint64 resolvedAfter, int satisfaction = 0) {
            QVariantMap f{{QStringLiteral("priority"), QLatin1String(priority)},
                          {QStringLiteral("opened_at"), m_now - ago},
                          {QStringLiteral("first_response_due"), m_now - ago + HourMs},
                          {QStringLiteral("resolution_due"), m_now - ago + dueIn}};
            if (!who.isEmpty())
                f.insert(QStringLiteral("assignee_id"), who);
            const QString id = ticket(t, subject, f);
            Record change(EntityType::Ticket, id);
            if (respondedAfter >= 0)
                change.set(u"first_response_at", m_now - ago + respondedAfter);
            if (resolvedAfter >= 0)
                change.set(u"status", QStringLiteral("resolved")).set(u"resolved_at", m_now - ago + resolvedAfter);
            if (satisfaction)
                change.set(u"satisfaction", satisfaction);
            if (!change.isEmpty())
                [&] { QVERIFY(t.store->update(change)); }();
            return id;
        };
        // Open: an urgent one two hours old (answered late, resolution overdue), a normal one five days old.
        opened(QStringLiteral("a"), "urgent", 2 * HourMs, ada, HourMs, 90 * 60'000, -1);
        const QString b = opened(QStringLiteral("b"), "normal", 5 * day, ben, 10 * day, 30 * 60'000, -1);
        // Resolved: in time (Ada, rated 5) and late (Ben, rated 2), both opened last week.
        opened(QStringLiteral("c"), "normal", 8 * day, ada, 2 * day, 30 * 60'000, day, 5);
        opened(QStringLiteral("d"), "normal", 9 * day, ben, 2 * day, 2 * HourMs, 3 * day, 2);
        // Opened a year and a half ago, resolved then: outside every period below.
        opened(QStringLiteral("e"), "low", 540 * day, ada, 2 * day, HourMs / 2, day);

        auto run = [&](ReportKind kind, QDate from = {}, QDate to = {}) {
            ReportRequest r;
            r.kind = kind;
            r.today = today;
            r.now = m_now; // the test's clock, not the wall's
            r.from = from;
            r.to = to;
            auto report = SalesReports::run(*t.db, r);
            if (!report)
                qWarning() << report.error().message;
            return *report;
        };
        auto cell = [](const SalesReport& report, const QString& row, const QString& column) {
            for (const ReportRow& r : report.rows)
                if (r.key == row)
                    for (int c = 0; c < report.columns.size(); ++c)
                        if (report.columns[c].key == column)
                            return r.values[c];
            return QVariant(QStringLiteral("missing"));
        };
        // Behind every count, the tickets it counts; behind every other figure, the tickets it is made of.
        auto drillsAddUp = [&](const SalesReport& report) {
            int counts = 0;
            for (const ReportRow& row : report.rows) {
                for (int c = 1; c < report.columns.size(); ++c) {
                    const std::optional<TicketSelection> selection = row.tickets.value(c);
                    if (!selection) {
                        qWarning() << "nothing behind" << row.key << report.columns[c].key;
                        return false;
                    }
                    auto lines = HelpDeskReports::tickets(*t.db, *selection, 1000);
                    if (!lines)
                        return false;
                    if (report.columns[c].kind == ReportColumn::Kind::Count) {
                        if (lines->size() != row.values[c].toLongLong()) {
                            qWarning() << row.key << report.columns[c].key << "counts" << row.values[c] << "lists"
                                       << lines->size();
                            return false;
                        }
                        ++counts;
                    } else if (!row.values[c].isNull() && lines->isEmpty()) {
                        qWarning() << row.key << report.columns[c].key << "lists nothing";
                        return false;
                    }
                }
            }
            return counts > 0;
        };
        const SalesReport open = run(ReportKind::Tickets);
        QVERIFY(drillsAddUp(open));
        QVERIFY(!open.from.isValid()); // those open now: titled without a period
        {
            const auto urgent = HelpDeskReports::tickets(*t.db, *open.rows.first().tickets.value(4), 10);
            QCOMPARE(open.columns[4].key, QStringLiteral("urgent"));
            QCOMPARE(urgent->size(), 1);
            QCOMPARE(urgent->first().subject, QStringLiteral("a"));
            QCOMPARE(urgent->first().assignee, QStringLiteral("Ada"));
            QCOMPARE(urgent->first().openedAt, m_now - 2 * HourMs);
        }
        QCOMPARE(cell(open, QStringLiteral("under_4h"), QStringLiteral("urgent")).toLongLong(), 1);
        QCOMPARE(cell(open, QStringLiteral("3d_to_7d"), QStringLiteral("normal")).toLongLong(), 1);
        QCOMPARE(cell(open, QStringLiteral("total"), QStringLiteral("total")).toLongLong(), 2);

        const SalesReport sla = run(ReportKind::ServiceLevels, today.addDays(-30), today);
        QCOMPARE(cell(sla, QStringLiteral("normal"), QStringLiteral("tickets")).toLongLong(), 3);
        // First responses in time: b, c (30 min), not d (2 h): 2 of 3.
        QCOMPARE(qRound(cell(sla, QStringLiteral("normal"), QStringLiteral("first_response_in_time")).toDouble() * 10),
                 667);
        // Resolutions judged: c in time, d late; b still within its time is not judged yet.
        QCOMPARE(cell(sla, QStringLiteral("normal"), QStringLiteral("resolved_in_time")).toDouble(), 50.0);
        QCOMPARE(cell(sla, QStringLiteral("normal"), QStringLiteral("resolution_hours")).toDouble(), 48.0);
        QCOMPARE(cell(sla, QStringLiteral("urgent"), QStringLiteral("first_response_in_time")).toDouble(), 0.0);
        QCOMPARE(cell(sla, QStringLiteral("urgent"), QStringLiteral("breached_open")).toLongLong(), 1);
        QCOMPARE(cell(sla, QStringLiteral("total"), QStringLiteral("tickets")).toLongLong(), 4);
        QVERIFY(drillsAddUp(sla));

        const SalesReport backlog = run(ReportKind::Backlog, today.addDays(-13), today.addDays(30));
        QCOMPARE(backlog.to, today); // not into the future
        // Whole weeks: the first begins on the Monday of the day asked, and the title's period says so.
        QCOMPARE(backlog.from, today.addDays(-13).addDays(1 - today.addDays(-13).dayOfWeek()));
        QCOMPARE(backlog.rows.first().key, backlog.from.toString(Qt::ISODate));
        QVERIFY(backlog.timeSeries);
        QCOMPARE(cell(backlog, QStringLiteral("total"), QStringLiteral("opened")).toLongLong(), 4);
        QCOMPARE(cell(backlog, QStringLiteral("total"), QStringLiteral("resolved")).toLongLong(), 2);
        QCOMPARE(cell(backlog, QStringLiteral("total"), QStringLiteral("open_at_end")).toLongLong(), 2);
        QCOMPARE(backlog.rows.last().values.size(), backlog.columns.size());
        QVERIFY(drillsAddUp(backlog));

        const SalesReport agents = run(ReportKind::Agents, today.addDays(-30), today);
        // The chart compares what came in with what was done in the period, on one scale.
        QStringList charted;
        for (const ReportColumn& c : agents.columns)
            if (c.chart != ReportColumn::Chart::None)
                charted << c.key;
        QCOMPARE(charted, (QStringList{QStringLiteral("received"), QStringLiteral("resolved")}));
        QCOMPARE(cell(agents, ada, QStringLiteral("open")).toLongLong(), 1);
        QCOMPARE(cell(agents, ada, QStringLiteral("resolved")).toLongLong(), 1);
        QCOMPARE(cell(agents, ada, QStringLiteral("satisfaction")).toDouble(), 5.0);
        QCOMPARE(cell(agents, ada, QStringLiteral("resolved_in_time")).toDouble(), 100.0);
        QCOMPARE(cell(agents, ben, QStringLiteral("satisfaction")).toDouble(), 2.0);
        QCOMPARE(cell(agents, QStringLiteral("total"), QStringLiteral("satisfaction")).toDouble(), 3.5);
        QCOMPARE(cell(agents, QStringLiteral("total"), QStringLiteral("ratings")).toLongLong(), 2);
        QVERIFY(drillsAddUp(agents));
        // Only Ben's.
        ReportRequest onlyBen;
        onlyBen.kind = ReportKind::Agents;
        onlyBen.today = today;
        onlyBen.owners = {ben};
        QCOMPARE(SalesReports::run(*t.db, onlyBen)->rows.size(), 2); // Ben and the total

        // A sales team's help desk is its customers' tickets, whoever works on them: Cara's customer raised "b".
        const auto sales = t.store->create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Sales")).set(u"kind", QStringLiteral("sales")));
        QVERIFY(sales);
        const QString cara = user(t, QStringLiteral("Cara"), "rep", *sales);
        const auto customer = t.store->create(Record(EntityType::Account)
                                                  .set(u"name", QStringLiteral("Cara's customer"))
                                                  .set(u"owner_id", cara)
                                                  .set(u"team_id", *sales));
        QVERIFY(customer);
        QVERIFY(t.store->update(Record(EntityType::Ticket, b).set(u"account_id", *customer)));
        ReportRequest forSales;
        forSales.kind = ReportKind::Tickets;
        forSales.today = today;
        forSales.now = m_now;
        forSales.teamId = *sales;
        const SalesReport salesOpen = *SalesReports::run(*t.db, forSales);
        QCOMPARE(cell(salesOpen, QStringLiteral("total"), QStringLiteral("total")).toLongLong(), 1);
        QVERIFY(drillsAddUp(salesOpen));
        ReportRequest forCara = forSales;
        forCara.teamId.clear();
        forCara.owners = {cara};
        QCOMPARE(
            cell(*SalesReports::run(*t.db, forCara), QStringLiteral("total"), QStringLiteral("total")).toLongLong(), 1);
        forSales.kind = ReportKind::Agents;
        forSales.from = today.addDays(-30);
        forSales.to = today;
        const SalesReport salesAgents = *SalesReports::run(*t.db, forSales);
        QCOMPARE(salesAgents.rows.size(), 2); // Ben, who works on it, and the total
        QCOMPARE(cell(salesAgents, ben, QStringLiteral("open")).toLongLong(), 1);
        QVERIFY(drillsAddUp(salesAgents));
        QVERIFY(SalesReports::csv(agents).startsWith(QLatin1String("agent,open,received,resolved,")));
        QVERIFY(!SalesReports::csv(agents).contains(QLatin1String("currency")));
    }

    void knowledgeBase_indexFollowsTheWritePath()
    {
        TempDatabase t;
        QCOMPARE(RichText::toPlainText(QStringLiteral(
                     "<!DOCTYPE html><html><head><style>p { color: red }</style></head><body><p>Reset the "
                     "<b>router</b> &amp; wait</p><p>then try&nbsp;again &#8211; done</p></body></html>")),
                 QStringLiteral("Reset the router & wait\nthen try again – done"));
        QCOMPARE(RichText::toPlainText(QStringLiteral("a < b and c > d")), QStringLiteral("a < b and c > d"));
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT rapport_plain_text('<p>x &lt; y</p>')")).toString(),
                 QStringLiteral("x < y"));

        const QString id = article(t, QStringLiteral("Pairing the scanner"),
                                   QStringLiteral("<p>Hold the trigger for "
                                                  "ten seconds</p>"),
                                   {QStringLiteral("bluetooth")});
        auto titles = [&](const QString& text) {
            QStringList out;
            const auto found = KnowledgeBase::suggest(*t.db, text);
            for (const ArticleSuggestion& a : *found)
                out << a.title;
            return out;
        };
        QCOMPARE(titles(QStringLiteral("scanner will not pair")), QStringList{QStringLiteral("Pairing the scanner")});
        QCOMPARE(titles(QStringLiteral("trigger")), QStringList{QStringLiteral("Pairing the scanner")});   // the text
        QCOMPARE(titles(QStringLiteral("bluetooth")), QStringList{QStringLiteral("Pairing the scanner")}); // the tags
        QCOMPARE(titles(QStringLiteral("span style")), QStringList()); // markup is not text
        // Typing: the last word is a prefix.
        QCOMPARE(KnowledgeBase::toQuery(QStringLiteral("The scanner won't pair"), true),
                 QStringLiteral("\"scanner\" OR \"won\" OR \"pair\"*"));
        QCOMPARE(KnowledgeBase::toQuery(QStringLiteral("The scanner won't pa"), true),
                 QStringLiteral("\"scanner\" OR \"won\"")); // too short to say anything yet
        QCOMPARE(titles(QStringLiteral("trigg")), QStringList());
        QCOMPARE(KnowledgeBase::suggest(*t.db, QStringLiteral("trigg"), 5, true)->size(), 1);
        // A large knowledge base leaves out the words most articles have, keeping the three rarest.
        const QHash<QString, qint64> with{{QStringLiteral("a"), 5000}, {QStringLiteral("b"), 10},
                                          {QStringLiteral("c"), 2000}, {QStringLiteral("d"), 300},
                                          {QStringLiteral("e"), 4000}};
        auto count = [&](const QString& term) { return with.value(term); };
        const QStringList terms{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                QStringLiteral("e")};
        QCOMPARE(KnowledgeBase::withoutCommonTerms(terms, 10000, count),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(KnowledgeBase::withoutCommonTerms(terms, 100000, count), terms.mid(0, 5)); // none is common there
        QCOMPARE(KnowledgeBase::withoutCommonTerms(terms, 500, count), terms); // small: all kept
        QVERIFY(KnowledgeBase::toQuery(QStringLiteral("the and of it"), false).isEmpty());
        QCOMPARE(KnowledgeBase::toQuery(QStringLiteral("Error E-42 again"), false),
                 QStringLiteral("\"error\" OR \"42\""));

        QVERIFY(t.store->update(
            Record(EntityType::KnowledgeArticle, id).set(u"title", QStringLiteral("Coupling the reader"))));
        QCOMPARE(titles(QStringLiteral("coupling")), QStringList{QStringLiteral("Coupling the reader")});
        QCOMPARE(titles(QStringLiteral("pairing")), QStringList());
        QVERIFY(t.store->update(Record(EntityType::KnowledgeArticle, id).set(u"status", QStringLiteral("draft"))));
        QCOMPARE(titles(QStringLiteral("coupling")), QStringList()); // drafts are not suggested
        QVERIFY(t.store->remove(EntityType::KnowledgeArticle, id));
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT count(*) FROM kb_index")).toInt(), 0);
    }

    void knowledgeBase_suggestsTheRightArticle()
    {
        TempDatabase t;
        const QList<std::tuple<const char*, const char*, const char*>> articles{
            {"How to reset your password",
             "Open the login page, choose Forgot password and follow the link in the email. "
             "The link is valid for 24 hours.",
             "password,login,account"},
            {"Printer shows paper jam",
             "Open the front cover, remove the jammed paper carefully and close the cover. "
             "The printer restarts printing.",
             "printer,paper,jam"},
            {"Connecting the scanner to Wi-Fi",
             "Choose Settings, Network, select your wireless network and enter its "
             "key. The scanner reconnects automatically.",
             "wifi,network,wireless"},
            {"Licence key not accepted",
             "A licence key is bound to one installation. Deactivate the old installation "
             "or ask us to reissue the key.",
             "licence,activation"},
            {"Returning a damaged device",
             "Report damage within 14 days; we send a prepaid return label and ship a "
             "replacement.",
             "return,damage,delivery"},
            {"Updating the firmware",
             "Download the latest firmware from the portal and install it from the "
             "administration console. Do not switch off during the update.",
             "update,firmware,version"},
            {"Invoice address changes",
             "Billing addresses are changed by your account manager; send the new address "
             "with your customer number.",
             "invoice,billing"},
            {"Battery drains quickly",
             "Lower the screen brightness, switch off Bluetooth when not in use and replace "
             "batteries older than two years.",
             "battery,power"},
            {"Synchronisation stops with an error",
             "Check the server address, the proxy settings and the clock of the "
             "device; sync needs all three.",
             "sync,error,proxy"},
            {"Two-factor authentication",
             "Scan the QR code with your authenticator app; recovery codes let you in if "
             "you lose the phone.",
             "2fa,login,security"},
            {"Exporting reports to Excel", "Every report has an Export button; choose XLSX to open it in Excel.",
             "export,excel,reports"},
            {"Error codes E-1xx", "E-1xx are hardware faults: note the code and the serial number and contact support.",
             "error,hardware"},
        };
        QStringList ids;
        for (const auto& [title, body, tags] : articles)
            ids << article(t, QString::fromUtf8(title), QString::fromUtf8(body),
                           QString::fromLatin1(tags).split(QLatin1Char(',')));
        article(t, QStringLiteral("Draft: password policy"), QStringLiteral("password password password"),
                {QStringLiteral("password")}, "draft");

        // What customers write, and the article that answers it.
        const QList<std::pair<const char*, int>> tickets{
            {"I forgot my password and cannot log in", 0},
            {"Paper stuck in the printer, it keeps jamming", 1},
            {"Scanner does not connect to our wireless network", 2},
            {"Our licence key is rejected after reinstalling", 3},
            {"Device arrived damaged, we want to return it", 4},
            {"How do I install the new firmware version?", 5},
            {"Please change the billing address on our invoices", 6},
            {"The battery is empty after two hours", 7},
            {"Sync fails with an error since yesterday, proxy?", 8},
            {"Lost my phone with the authenticator app, how do I log in", 9},
            {"Can I export the sales report to Excel", 10},
            {"The device shows error E-104", 11},
        };
        int first = 0;
        for (const auto& [text, best] : tickets) {
            auto found = KnowledgeBase::suggest(*t.db, QString::fromUtf8(text), 3);
            QVERIFY2(found, qPrintable(found.error().message));
            QStringList top;
            for (const ArticleSuggestion& a : *found)
                top << a.id;
            QVERIFY2(top.contains(ids[best]), text); // always among the first three
            first += !top.isEmpty() && top.first() == ids[best] ? 1 : 0;
            for (const ArticleSuggestion& a : *found)
                QVERIFY2(!a.title.startsWith(QLatin1String("Draft")), text);
        }
        QVERIFY2(first >= 11, qPrintable(QStringLiteral("best article first for %1 of 12 tickets").arg(first)));
    }

    void knowledgeBase_suggestsOnlyWhatAnswersTheTicket()
    {
        TempDatabase t;
        auto product = [&](const char* name) {
            Record p(EntityType::Product);
            p.set(u"sku", QString::fromUtf8(name).left(3))
                .set(u"name", QString::fromUtf8(name))
                .set(u"category", QStringLiteral("Hardware"));
            return *t.store->create(p);
        };
        const QString scanner = product("Scanner S40"), printer = product("Label Printer P300");
        product("Scanner S400"); // no articles
        const QString billing = article(t, QStringLiteral("Changing your billing address"),
                                        QStringLiteral("Send the new billing address with your VAT number."),
                                        {QStringLiteral("billing"), QStringLiteral("invoice")});
        const QString scannerUpdate =
            article(t, QStringLiteral("Updating the Scanner S40"), QStringLiteral("Install updates from the console."),
                    {QStringLiteral("update")}, "published", scanner);
        const QString scannerPassword = article(t, QStringLiteral("Resetting a Scanner S40 password"),
                                                QStringLiteral("The administrator resets passwords."),
                                                {QStringLiteral("password")}, "published", scanner);
        const QString printerPassword = article(t, QStringLiteral("Resetting a Label Printer P300 password"),
                                                QStringLiteral("The administrator resets passwords."),
                                                {QStringLiteral("password")}, "published", printer);
        const QString policy = article(t, QStringLiteral("Password rules"),
                                       QStringLiteral("Passwords need twelve characters; reset them every year."),
                                       {QStringLiteral("password"), QStringLiteral("security")});
        auto ids = [&](const char* text) {
            QStringList out;
            const auto found = KnowledgeBase::suggest(*t.db, QString::fromUtf8(text));
            for (const ArticleSuggestion& a : *found)
                out << a.id;
            return out;
        };
        // The billing article answers it; the update article only shares "update".
        QCOMPARE(ids("Change of billing address: please update our billing address, we moved."), QStringList{billing});
        // A product named: its articles and those about no product, not the other product's; its name alone
        // ranks nothing ("Scanner S40" in every one of its titles).
        QCOMPARE(KnowledgeBase::problemText(*t.db, u"Password reset on the SCANNER S40, please").products,
                 QStringList{scanner});
        QCOMPARE(KnowledgeBase::problemText(*t.db, u"Password reset on the scanner s400").products, QStringList());
        auto set = [](const QStringList& list) { return QSet<QString>{list.cbegin(), list.cend()}; };
        QCOMPARE(set(ids("Password reset on the Scanner S40, please")), (QSet<QString>{scannerPassword, policy}));
        QCOMPARE(ids("Password reset for the Label Printer P300").first(), printerPassword);
        QVERIFY(!ids("Password reset for the Label Printer P300").contains(scannerPassword));
        // Nothing named: every password article may answer.
        QCOMPARE(ids("Password reset").size(), 3);
        // Nothing but the name: the product's articles.
        QCOMPARE(set(ids("Scanner S40")), (QSet<QString>{scannerUpdate, scannerPassword}));
    }
};

QTEST_GUILESS_MAIN(TestHelpDesk)
#include "TestHelpDesk.moc"
