// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// A customer's page: the timeline of every interaction, page by page, and the figures beside it.
#include "TestSupport.h"
#include "analytics/CustomerHistory.h"
#include "analytics/CustomerOverview.h"
#include "demo/DemoGenerator.h"
#include "domain/DateText.h"
#include "domain/Money.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000;
const qint64 Now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QString create(TempDatabase& db, const Record& r)
{
    auto id = db.store->create(r);
    if (!id)
        qFatal("%s", qPrintable(id.error().fullText()));
    return *id;
}

struct Customer
{
    QString account, anna, ben, call, meeting, deal, ticket, order;
};

/// Anna and Ben at Keller; one of each kind of interaction, at known times.
Customer makeCustomer(TempDatabase& db)
{
    Customer c;
    const QString me = db.store->currentUserId();
    c.account = create(db, account(QStringLiteral("Keller Logistik")));
    c.anna = create(db, contact(QStringLiteral("Anna"), QStringLiteral("Keller"), c.account));
    c.ben = create(db, contact(QStringLiteral("Ben"), QStringLiteral("Roth"), c.account).set(u"reports_to_id", c.anna));
    c.call = create(db, Record(EntityType::Activity)
                            .set(u"type", QStringLiteral("call"))
                            .set(u"subject", QStringLiteral("Asked for a quote"))
                            .set(u"start_at", Now - 10 * Day)
                            .set(u"outcome", QStringLiteral("connected"))
                            .set(u"duration_s", qint64(300))
                            .set(u"contact_id", c.anna)
                            .set(u"account_id", c.account)
                            .set(u"owner_id", me));
    // A meeting with Ben where Anna was an attendee: part of her history too.
    c.meeting = create(db, Record(EntityType::Activity)
                               .set(u"type", QStringLiteral("meeting"))
                               .set(u"subject", QStringLiteral("Site visit"))
                               .set(u"start_at", Now - 5 * Day)
                               .set(u"end_at", Now - 5 * Day + 3600000)
                               .set(u"contact_id", c.ben)
                               .set(u"account_id", c.account)
                               .set(u"owner_id", me));
    create(db, Record(EntityType::ActivityAttendee)
                   .set(u"activity_id", c.meeting)
                   .set(u"contact_id", c.anna)
                   .set(u"response", QStringLiteral("accepted")));
    c.deal = create(db, Record(EntityType::Opportunity)
                            .set(u"name", QStringLiteral("Forklift fleet"))
                            .set(u"account_id", c.account)
                            .set(u"contact_id", c.anna)
                            .set(u"stage", QStringLiteral("qualification"))
                            .set(u"amount", qint64(4'200'000))
                            .set(u"currency", QStringLiteral("EUR"))
                            .set(u"owner_id", me));
    if (!db.store->update(Record(EntityType::Opportunity, c.deal).set(u"stage", QStringLiteral("proposal"))))
        qFatal("stage change");
    c.ticket = create(db, Record(EntityType::Ticket)
                              .set(u"number", QStringLiteral("T-7"))
                              .set(u"subject", QStringLiteral("Scanner broken"))
                              .set(u"status", QStringLiteral("open"))
                              .set(u"priority", QStringLiteral("high"))
                              .set(u"contact_id", c.anna)
                              .set(u"account_id", c.account)
                              .set(u"opened_at", Now - 3 * Day));
    create(db, Record(EntityType::TicketEntry)
                   .set(u"ticket_id", c.ticket)
                   .set(u"kind", QStringLiteral("reply"))
                   .set(u"body", QStringLiteral("A technician comes on Monday.\nRegards"))
                   .set(u"sent_at", Now - 2 * Day));
    c.order = create(db, Record(EntityType::Order)
                             .set(u"number", QStringLiteral("O-100"))
                             .set(u"account_id", c.account)
                             .set(u"contact_id", c.anna)
                             .set(u"ordered_at", Now - 40 * Day)
                             .set(u"status", QStringLiteral("invoiced"))
                             .set(u"total", qint64(1'999'00))
                             .set(u"currency", QStringLiteral("EUR")));
    create(db, Record(EntityType::Order)
                   .set(u"number", QStringLiteral("O-1"))
                   .set(u"account_id", c.account)
                   .set(u"ordered_at", Now - 400 * Day)
                   .set(u"status", QStringLiteral("invoiced"))
                   .set(u"total", qint64(500'00))
                   .set(u"currency", QStringLiteral("EUR")));
    return c;
}

QList<HistoryKind> kindsOf(const QList<HistoryEntry>& entries)
{
    QList<HistoryKind> out;
    for (const HistoryEntry& e : entries)
        out << e.kind;
    return out;
}

} // namespace

class TestCustomerHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ofContact_everyKindOfInteraction_newestFirst()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        auto history = CustomerHistory::ofContact(*db.db, c.anna);
        QVERIFY2(history, qPrintable(history.error().message));
        // The deal and its stage change were written "now" (the write path's clock), after the rest.
        const QList<HistoryKind> expected{HistoryKind::StageChange, HistoryKind::Deal,    HistoryKind::TicketEntry,
                                          HistoryKind::Ticket,      HistoryKind::Activity, HistoryKind::Activity,
                                          HistoryKind::Order};
        QCOMPARE(kindsOf(*history), expected);
        const HistoryEntry& call = history->at(5);
        QCOMPARE(call.id, c.call);
        QCOMPARE(call.subtype, QStringLiteral("call"));
        QCOMPARE(call.detail, QStringLiteral("Connected · 5 min"));
        QCOMPARE(history->at(4).id, c.meeting); // as an attendee of Ben's meeting
        QCOMPARE(history->at(4).person, QStringLiteral("Ben Roth"));
        QCOMPARE(call.person, QString()); // her own: no need to name her
        QCOMPARE(history->at(2).type, EntityType::Ticket);
        QCOMPARE(history->at(2).id, c.ticket);
        QCOMPARE(history->at(2).detail, QStringLiteral("A technician comes on Monday."));
        QCOMPARE(history->at(2).title, QStringLiteral("T-7 · Scanner broken")); // the separator as written, in UTF-8
        QCOMPARE(history->at(0).detail.section(QStringLiteral(" · "), 0, 0), QStringLiteral("Qualification → Proposal"));
        QCOMPARE(history->at(6).title, QStringLiteral("Order O-100"));
        // Ben's history has his meeting only.
        auto ben = CustomerHistory::ofContact(*db.db, c.ben);
        QCOMPARE(kindsOf(*ben), QList<HistoryKind>{HistoryKind::Activity});
    }

    void ofContact_filteredByKind()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        auto tickets = CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Ticket, HistoryKind::TicketEntry});
        QCOMPARE(kindsOf(*tickets), (QList<HistoryKind>{HistoryKind::TicketEntry, HistoryKind::Ticket}));
        auto orders = CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Order});
        QCOMPARE(orders->size(), 1);

        // Activities by type: her call alone, her meeting as an attendee alone, both, or a type she has none of.
        auto calls = CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Activity}, nullptr,
                                                CustomerHistory::PageSize, {QStringLiteral("call")});
        QVERIFY2(calls, qPrintable(calls.error().message));
        QCOMPARE(calls->size(), 1);
        QCOMPARE(calls->at(0).id, c.call);
        auto meetings = CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Activity}, nullptr,
                                                   CustomerHistory::PageSize, {QStringLiteral("meeting")});
        QCOMPARE(meetings->size(), 1);
        QCOMPARE(meetings->at(0).id, c.meeting);
        auto both =
            CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Activity}, nullptr, CustomerHistory::PageSize,
                                       {QStringLiteral("call"), QStringLiteral("meeting")});
        QCOMPARE(both->size(), 2);
        auto emails = CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Activity}, nullptr,
                                                 CustomerHistory::PageSize, {QStringLiteral("email")});
        QVERIFY(emails->isEmpty());
        // The types narrow activities only: with every kind, calls and everything that is not an activity.
        auto callsAndRest = CustomerHistory::ofContact(*db.db, c.anna, {}, nullptr, CustomerHistory::PageSize,
                                                       {QStringLiteral("call")});
        QCOMPARE(callsAndRest->size(), 6);
        QCOMPARE(kindsOf(*callsAndRest).count(HistoryKind::Activity), 1);
        // And on the account: Ben's meeting is the account's, the call is Anna's.
        auto accountMeetings = CustomerHistory::ofAccount(*db.db, c.account, {HistoryKind::Activity}, nullptr,
                                                          CustomerHistory::PageSize, {QStringLiteral("meeting")});
        QCOMPARE(accountMeetings->size(), 1);
        QCOMPARE(accountMeetings->at(0).id, c.meeting);
    }

    void deal_placedWhenItEnteredThePipeline()
    {
        // A deal that arrives with its history (from another laptop, an import, the demo) is on the timeline
        // when its first stage was entered, not when this book happened to write it.
        TempDatabase db;
        const Customer c = makeCustomer(db);
        const QString old = create(db, Record(EntityType::Opportunity)
                                           .set(u"name", QStringLiteral("Racking"))
                                           .set(u"account_id", c.account)
                                           .set(u"contact_id", c.anna)
                                           .set(u"stage", QStringLiteral("prospecting"))
                                           .set(u"amount", qint64(900'000))
                                           .set(u"currency", QStringLiteral("EUR"))
                                           .set(u"owner_id", db.store->currentUserId()));
        create(db, Record(EntityType::StageChange)
                       .set(u"opportunity_id", old)
                       .set(u"to_stage", QStringLiteral("prospecting"))
                       .set(u"changed_at", Now - 20 * Day));
        auto deals = CustomerHistory::ofContact(*db.db, c.anna, {HistoryKind::Deal});
        QVERIFY2(deals, qPrintable(deals.error().message));
        QCOMPARE(deals->size(), 2);
        QCOMPARE(deals->at(1).id, old);
        QCOMPARE(deals->at(1).at, Now - 20 * Day);
        QCOMPARE(deals->at(0).id, c.deal); // written now, its first stage entered now
        QVERIFY(deals->at(0).at > Now);
    }

    void ticket_openingMessageShownOnce()
    {
        // A ticket opened from the customer's words (the help desk, the incoming-call dialog, the CLI) holds
        // them as its description and as its first message: the timeline shows the ticket once with them.
        TempDatabase db;
        const Customer c = makeCustomer(db);
        const QString words = QStringLiteral("The label printer jams.\nSince Monday.");
        const QString ticket = create(db, Record(EntityType::Ticket)
                                              .set(u"number", QStringLiteral("T-8"))
                                              .set(u"subject", QStringLiteral("Printer"))
                                              .set(u"description", words)
                                              .set(u"status", QStringLiteral("new"))
                                              .set(u"priority", QStringLiteral("normal"))
                                              .set(u"contact_id", c.ben)
                                              .set(u"account_id", c.account)
                                              .set(u"opened_at", Now - Day));
        auto message = [&](const QString& kind, const QString& body, qint64 at) {
            create(db, Record(EntityType::TicketEntry)
                           .set(u"ticket_id", ticket)
                           .set(u"kind", kind)
                           .set(u"body", body)
                           .set(u"sent_at", at));
        };
        message(QStringLiteral("customer"), words, Now - Day + 3);
        auto history = CustomerHistory::ofContact(*db.db, c.ben, {HistoryKind::Ticket, HistoryKind::TicketEntry});
        QVERIFY2(history, qPrintable(history.error().message));
        QCOMPARE(kindsOf(*history), QList<HistoryKind>{HistoryKind::Ticket});
        QCOMPARE(history->at(0).detail, QStringLiteral("The label printer jams."));
        // What comes after is the conversation: a reply, and the customer saying the same again a day later.
        message(QStringLiteral("reply"), QStringLiteral("Please send a photo."), Now - Day + 3600000);
        message(QStringLiteral("customer"), words, Now);
        history = CustomerHistory::ofContact(*db.db, c.ben, {HistoryKind::Ticket, HistoryKind::TicketEntry});
        QCOMPARE(kindsOf(*history),
                 (QList<HistoryKind>{HistoryKind::TicketEntry, HistoryKind::TicketEntry, HistoryKind::Ticket}));
        auto account = CustomerHistory::ofAccount(*db.db, c.account, {HistoryKind::Ticket, HistoryKind::TicketEntry});
        QCOMPARE(account->size(), 5); // Anna's ticket and reply, Ben's ticket and its two later messages
    }

    void ofAccount_includesEveryoneAtIt()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        auto history = CustomerHistory::ofAccount(*db.db, c.account);
        QVERIFY(history);
        QCOMPARE(history->size(), 8); // both activities, ticket + reply, deal + stage change, both orders
        QSet<QString> people;
        for (const HistoryEntry& e : *history)
            people.insert(e.person);
        QVERIFY(people.contains(QStringLiteral("Anna Keller")));
        QVERIFY(people.contains(QStringLiteral("Ben Roth")));
    }

    void ofOpportunity_whatHappenedToTheDeal()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        const QString me = db.store->currentUserId();
        // A call about the deal with Ben, a meeting planned for it, a quote and the order it became; the
        // customer's other call and the ticket are not the deal's.
        const QString call = create(db, Record(EntityType::Activity)
                                            .set(u"type", QStringLiteral("call"))
                                            .set(u"subject", QStringLiteral("Pricing questions"))
                                            .set(u"start_at", Now - 4 * Day)
                                            .set(u"contact_id", c.ben)
                                            .set(u"account_id", c.account)
                                            .set(u"opportunity_id", c.deal)
                                            .set(u"owner_id", me));
        const QString planned = create(db, Record(EntityType::Activity)
                                               .set(u"type", QStringLiteral("meeting"))
                                               .set(u"subject", QStringLiteral("Negotiation"))
                                               .set(u"start_at", Now + 400 * Day)
                                               .set(u"end_at", Now + 400 * Day + 3600000)
                                               .set(u"account_id", c.account)
                                               .set(u"opportunity_id", c.deal)
                                               .set(u"owner_id", me));
        create(db, Record(EntityType::Quote)
                       .set(u"opportunity_id", c.deal)
                       .set(u"number", QStringLiteral("Q-12"))
                       .set(u"version", qint64(2))
                       .set(u"status", QStringLiteral("sent"))
                       .set(u"issued_at", Now - 1 * Day)
                       .set(u"currency", QStringLiteral("EUR"))
                       .set(u"total", qint64(4'998'000)));
        const QString order = create(db, Record(EntityType::Order)
                                             .set(u"number", QStringLiteral("O-200"))
                                             .set(u"account_id", c.account)
                                             .set(u"opportunity_id", c.deal)
                                             .set(u"ordered_at", Now)
                                             .set(u"status", QStringLiteral("confirmed"))
                                             .set(u"total", qint64(4'998'000))
                                             .set(u"currency", QStringLiteral("EUR")));

        auto history = CustomerHistory::ofOpportunity(*db.db, c.deal);
        QVERIFY2(history, qPrintable(history.error().message));
        // The planned meeting first; the deal and its stage change "now" (the write path's clock).
        const QList<HistoryKind> expected{HistoryKind::Activity, HistoryKind::StageChange, HistoryKind::Deal,
                                          HistoryKind::Order,    HistoryKind::Quote,       HistoryKind::Activity};
        QCOMPARE(kindsOf(*history), expected);
        QCOMPARE(history->at(0).id, planned);
        QCOMPARE(history->at(0).person, QString()); // with nobody in particular
        // Entries say what happened to the deal, not its name again, and name nobody but an activity's person.
        QCOMPARE(history->at(1).title, QStringLiteral("Qualification → Proposal"));
        const auto money = [](qint64 minor) { return Money{minor, QStringLiteral("EUR")}.format(QLocale()); };
        QCOMPARE(history->at(1).detail, money(4'200'000));
        QCOMPARE(history->at(1).person, QString());
        QCOMPARE(history->at(2).title, QStringLiteral("Deal opened"));
        QCOMPARE(history->at(2).type, EntityType::Opportunity);
        QCOMPARE(history->at(3).id, order);
        QCOMPARE(history->at(3).detail, money(4'998'000));
        QCOMPARE(history->at(4).title, QStringLiteral("Quote Q-12 v2"));
        QCOMPARE(history->at(4).detail, QStringLiteral("Sent · ") + money(4'998'000));
        QCOMPARE(history->at(5).id, call);
        QCOMPARE(history->at(5).person, QStringLiteral("Ben Roth"));

        // Kinds and activity types filter as on a customer's page; a ticket kind alone finds nothing.
        auto calls = CustomerHistory::ofOpportunity(*db.db, c.deal, {HistoryKind::Activity}, nullptr,
                                                    CustomerHistory::PageSize, {QStringLiteral("call")});
        QVERIFY(calls);
        QCOMPARE(calls->size(), 1);
        QCOMPARE(calls->first().id, call);
        auto tickets = CustomerHistory::ofOpportunity(*db.db, c.deal, {HistoryKind::Ticket});
        QVERIFY(tickets);
        QVERIFY(tickets->isEmpty());

        // The deal's activities are read through their index, not by scanning every activity.
        SqlStatement explain(db.db->handle(),
                             QStringLiteral("EXPLAIN QUERY PLAN SELECT a.rid FROM activities a WHERE a.opportunity_id "
                                            "IN (SELECT value FROM json_each(?1)) AND a.deleted = 0"));
        explain.bind(1, QStringLiteral("[\"x\"]"));
        QString plan;
        while (explain.step() == SqlStatement::Step::Row)
            plan += explain.text(3) + u'\n';
        QVERIFY2(plan.contains(QLatin1String("activities_by_opportunity_id")), qPrintable(plan));
    }

    void pages_joinWithoutGapsOrRepeats()
    {
        // A demo book: for its busiest account, reading page by page gives exactly what one read gives.
        TempDatabase db(false);
        DemoOptions o;
        o.contacts = 400;
        o.today = QDate(2026, 6, 1);
        QVERIFY(DemoGenerator::generate(*db.store, o));
        const QString busiest = scalar(*db.db, QStringLiteral("SELECT account_id FROM activities GROUP BY account_id "
                                                              "ORDER BY count(*) DESC LIMIT 1"))
                                    .toString();
        auto all = CustomerHistory::ofAccount(*db.db, busiest, {}, nullptr, 100000);
        QVERIFY(all);
        const int activities =
            scalar(*db.db, QStringLiteral("SELECT count(*) FROM activities WHERE account_id = ? AND deleted = 0"), {busiest})
                .toInt();
        const int orders =
            scalar(*db.db, QStringLiteral("SELECT count(*) FROM orders WHERE account_id = ? AND deleted = 0"), {busiest})
                .toInt();
        QCOMPARE(int(std::count_if(all->begin(), all->end(),
                                   [](const HistoryEntry& e) { return e.kind == HistoryKind::Activity; })),
                 activities);
        QCOMPARE(int(std::count_if(all->begin(), all->end(), [](const HistoryEntry& e) { return e.kind == HistoryKind::Order; })),
                 orders);
        QList<HistoryEntry> paged;
        const HistoryEntry* after = nullptr;
        for (;;) {
            auto page = CustomerHistory::ofAccount(*db.db, busiest, {}, after, 7);
            QVERIFY(page);
            paged << *page;
            if (page->size() < 7)
                break;
            after = &paged.last();
        }
        QCOMPARE(paged.size(), all->size());
        for (qsizetype i = 0; i < paged.size(); ++i) {
            QCOMPARE(paged[i].rid, all->at(i).rid);
            QCOMPARE(paged[i].kind, all->at(i).kind);
            if (i > 0)
                QVERIFY(paged[i].at <= paged[i - 1].at);
        }
    }

    void contactOverview_circle_managersPeersAndReports()
    {
        // Where a contact stands at their company: their managers up to the top, their peers, their reports, and
        // nobody else (not a peer's reports, not another branch).
        TempDatabase db;
        const QString account = create(db, rapport::test::account(QStringLiteral("Weiss AG")));
        const auto person = [&](const char* first, const QString& manager) {
            Record r = contact(QString::fromLatin1(first), QStringLiteral("Weiss"), account);
            if (!manager.isEmpty())
                r.set(u"reports_to_id", manager);
            return create(db, r);
        };
        const QString ceo = person("Clara", {});
        const QString cfo = person("Frank", ceo);
        const QString cto = person("Tina", ceo); // another branch
        const QString ana = person("Ana", cfo);
        const QString peer = person("Paul", cfo);
        const QString report = person("Rita", ana);
        person("Peter", peer); // a peer's report
        person("Otto", cto);
        auto o = CustomerOverview::contact(*db.db, ana);
        QVERIFY2(o, qPrintable(o.error().message));
        QMap<QString, QString> circle; // id → manager
        for (const OrgPerson& p : std::as_const(o->circle))
            circle.insert(p.id, p.reportsTo);
        QCOMPARE(circle,
                 (QMap<QString, QString>{{ceo, QString()}, {cfo, ceo}, {ana, cfo}, {peer, cfo}, {report, ana}}));
        // A loop made by edits on two laptops ends: each once, the chain read at most twenty levels up.
        QVERIFY(
            db.db->exec(QStringLiteral("UPDATE contacts SET reports_to_id = '%1' WHERE id = '%2'").arg(report, ceo)));
        auto looped = CustomerOverview::contact(*db.db, ana);
        QVERIFY2(looped, qPrintable(looped.error().message));
        QStringList ids;
        for (const OrgPerson& p : std::as_const(looped->circle))
            ids << p.id;
        QCOMPARE(ids.size(), QSet<QString>(ids.cbegin(), ids.cend()).size());
        QVERIFY(ids.contains(ceo) && ids.contains(report) && ids.contains(ana));
    }

    void contactOverview_relatedRecords()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        auto o = CustomerOverview::contact(*db.db, c.anna);
        QVERIFY2(o, qPrintable(o.error().message));
        QCOMPARE(o->accountName, QStringLiteral("Keller Logistik"));
        QCOMPARE(o->directReports.size(), 1);
        QCOMPARE(o->directReports.first().title, QStringLiteral("Ben Roth"));
        QCOMPARE(o->openDeals.size(), 1);
        QVERIFY(o->openDeals.first().detail.startsWith(QStringLiteral("Proposal")));
        QCOMPARE(o->openTickets.size(), 1);
        QCOMPARE(o->openTickets.first().title, QStringLiteral("T-7 · Scanner broken"));
        auto ben = CustomerOverview::contact(*db.db, c.ben);
        QCOMPARE(ben->managerName, QStringLiteral("Anna Keller"));
        QVERIFY(!CustomerOverview::contact(*db.db, QStringLiteral("01900000-0000-7000-8000-000000000000")));
    }

    void accountOverview_figures()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        auto o = CustomerOverview::account(*db.db, c.account, Now);
        QVERIFY2(o, qPrintable(o.error().message));
        QCOMPARE(o->people.size(), 2);
        QCOMPARE(o->revenueLast12Months, (QList<Money>{{1'999'00, QStringLiteral("EUR")}})); // not the 400-day-old order
        QCOMPARE(o->openPipeline, (QList<Money>{{4'200'000, QStringLiteral("EUR")}}));
        QCOMPARE(o->openTicketCount, 1);
        // The last contact is the reply on the ticket two days ago, after the meeting five days ago.
        QCOMPARE(o->lastContact, Now - 2 * Day);
        QCOMPARE(o->orders.size(), 2);
        // An internal note is not contact; a message dated ahead of now has not happened yet.
        create(db, Record(EntityType::TicketEntry)
                       .set(u"ticket_id", c.ticket)
                       .set(u"kind", QStringLiteral("note"))
                       .set(u"body", QStringLiteral("Technician booked."))
                       .set(u"sent_at", Now - Day));
        create(db, Record(EntityType::TicketEntry)
                       .set(u"ticket_id", c.ticket)
                       .set(u"kind", QStringLiteral("customer"))
                       .set(u"body", QStringLiteral("Thanks."))
                       .set(u"sent_at", Now + Day));
        QCOMPARE(CustomerOverview::account(*db.db, c.account, Now)->lastContact, Now - 2 * Day);
        create(db, Record(EntityType::TicketEntry)
                       .set(u"ticket_id", c.ticket)
                       .set(u"kind", QStringLiteral("customer"))
                       .set(u"body", QStringLiteral("It works again."))
                       .set(u"sent_at", Now - Day / 2));
        QCOMPARE(CustomerOverview::account(*db.db, c.account, Now)->lastContact, Now - Day / 2);
        QCOMPARE(o->orders.first().title, QStringLiteral("O-100"));
    }

    void overviews_showClosedDealsAndTicketsBesideTheOpenOnes()
    {
        TempDatabase db;
        const Customer c = makeCustomer(db);
        const auto deal = [&](const QString& name, const QString& stage, qint64 closedAt) {
            return create(db, Record(EntityType::Opportunity)
                                  .set(u"name", name)
                                  .set(u"account_id", c.account)
                                  .set(u"contact_id", c.anna)
                                  .set(u"stage", stage)
                                  .set(u"amount", qint64(1'000'00))
                                  .set(u"currency", QStringLiteral("EUR"))
                                  .set(u"loss_reason", stage == QLatin1String("closed_lost") ? QStringLiteral("price")
                                                                                             : QVariant())
                                  .set(u"closed_at", closedAt));
        };
        deal(QStringLiteral("Racking"), QStringLiteral("closed_won"), Now - 30 * Day);
        deal(QStringLiteral("Scanners"), QStringLiteral("closed_lost"), Now - 2 * Day);
        create(db, Record(EntityType::Ticket)
                       .set(u"number", QStringLiteral("T-3"))
                       .set(u"subject", QStringLiteral("Invoice address"))
                       .set(u"status", QStringLiteral("closed"))
                       .set(u"priority", QStringLiteral("low"))
                       .set(u"account_id", c.account)
                       .set(u"opened_at", Now - 90 * Day));

        auto a = CustomerOverview::account(*db.db, c.account, Now);
        QVERIFY2(a, qPrintable(a.error().message));
        QCOMPARE(a->openDeals.size(), 1); // the open ones as before
        QCOMPARE(a->closedDeals.size(), 2);
        QCOMPARE(a->closedDeals[0].title, QStringLiteral("Scanners")); // the latest closed first
        QVERIFY2(a->closedDeals[0].detail.startsWith(QStringLiteral("Closed lost")) ||
                     a->closedDeals[0].detail.startsWith(QStringLiteral("Lost")),
                 qPrintable(a->closedDeals[0].detail));
        QVERIFY2(a->closedDeals[0].detail.endsWith(
                     DateText::shortDate(QDateTime::fromMSecsSinceEpoch(Now - 2 * Day).toLocalTime().date())),
                 qPrintable(a->closedDeals[0].detail)); // when it closed
        QCOMPARE(a->closedDeals[1].title, QStringLiteral("Racking"));
        QCOMPARE(a->openTickets.size(), 1);
        QCOMPARE(a->closedTickets.size(), 1);
        QCOMPARE(a->closedTickets[0].title, QStringLiteral("T-3 · Invoice address"));
        QCOMPARE(a->openPipeline, (QList<Money>{{4'200'000, QStringLiteral("EUR")}})); // closed deals not in it

        auto anna = CustomerOverview::contact(*db.db, c.anna);
        QVERIFY(anna);
        QCOMPARE(anna->closedDeals.size(), 2);
        QCOMPARE(anna->closedTickets.size(), 0); // the closed ticket is the account's, not hers
    }

    void accountOverview_theWholeCorporateGroup_fromItsTop()
    {
        TempDatabase db;
        const QString holding = create(db, account(QStringLiteral("Keller Holding")));
        const QString europe = create(db, account(QStringLiteral("Keller Europe")).set(u"parent_id", holding));
        const QString asia = create(db, account(QStringLiteral("Keller Asia")).set(u"parent_id", holding));
        const QString germany = create(db, account(QStringLiteral("Keller Deutschland")).set(u"parent_id", europe));
        const QString berlin = create(db, account(QStringLiteral("Keller Berlin")).set(u"parent_id", germany));
        create(db, account(QStringLiteral("Unrelated GmbH")));

        auto o = CustomerOverview::account(*db.db, germany, Now);
        QVERIFY2(o, qPrintable(o.error().message));
        QStringList shape;
        for (const GroupCompany& g : o->group)
            shape << QString(g.depth * 2, QLatin1Char(' ')) + g.company.title;
        // From the top, each company before its subsidiaries, sister companies by name.
        QCOMPARE(shape, (QStringList{QStringLiteral("Keller Holding"), QStringLiteral("  Keller Asia"),
                                     QStringLiteral("  Keller Europe"), QStringLiteral("    Keller Deutschland"),
                                     QStringLiteral("      Keller Berlin")}));
        QCOMPARE(o->group[0].parentId, QString());
        QCOMPARE(o->group[1].parentId, holding);
        QCOMPARE(o->group[4].parentId, germany);
        QCOMPARE(o->parentName, QStringLiteral("Keller Europe"));
        QVERIFY(!o->moreInGroup);
        QCOMPARE(o->group[1].company.id, asia);
        QCOMPARE(o->group[4].company.id, berlin);

        // A company on its own is its own group.
        auto alone = CustomerOverview::account(*db.db, create(db, account(QStringLiteral("Solo AG"))), Now);
        QVERIFY(alone);
        QCOMPARE(alone->group.size(), 1);

        // A deleted subsidiary is not in it; a loop that only sync could make (written past the store's check)
        // still ends.
        QVERIFY(db.store->remove(EntityType::Account, asia));
        QVERIFY(db.db->exec(QStringLiteral("UPDATE accounts SET parent_id = '%1' WHERE id = '%2'").arg(berlin, holding)));
        auto looped = CustomerOverview::account(*db.db, germany, Now);
        QVERIFY2(looped, qPrintable(looped.error().message));
        QCOMPARE(looped->group.size(), 4); // holding, europe, germany, berlin: each once
        QSet<QString> ids;
        for (const GroupCompany& g : looped->group)
            ids.insert(g.company.id);
        QCOMPARE(ids.size(), 4);
        QVERIFY(!ids.contains(asia));
    }
};

QTEST_GUILESS_MAIN(TestCustomerHistory)
#include "TestCustomerHistory.moc"
