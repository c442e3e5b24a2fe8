// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "domain/Random.h"
#include "search/KnowledgeBase.h"
#include "search/SearchIndex.h"
#include "search/SearchService.h"
#include "search/TextFold.h"
#include "storage/ListQueries.h"
#include "storage/RecordList.h"

#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void search_ranksNameAboveCompany();
    void search_sameName_theUsersOwnFirst();
    void search_companyTyped_itsPeopleBeforeNamesThatRunOn();
    void search_nameEitherWayRound_comesFirst_data();
    void search_nameEitherWayRound_comesFirst();
    void search_limitIsRespected();
    void search_typeFilter();
    void search_aCustomersNumber_findsTheirTickets();
    void search_theLastDigitsOfANumber_findItAndTheHitNamesIt();
    void search_upgradeToSchema24_findsNumbersAlreadyThereByTheirEnd();
    void search_ftsSyntaxIsTakenAsText_data();
    void search_ftsSyntaxIsTakenAsText();
    void search_neverFails_whateverIsTyped();
    void foldText_data();
    void foldText();
    void service_newerQuerySupersedesOlder();

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_anna, m_keller, m_deal, m_ticket;
};

void TestSearch::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    RecordStore& s = *m_t->store;
    m_keller = *s.create(account(QStringLiteral("Keller Maschinenbau GmbH")));
    Record anna = contact(QStringLiteral("Anna"), QStringLiteral("Müller"), m_keller);
    anna.set(u"emails", QStringLiteral(R"([{"address":"anna.mueller@keller.example"}])"))
        .set(u"phones", QStringLiteral(R"([{"number":"030 1234567"},{"type":"mobile","number":"+1 212 736 4821"}])"))
        .set(u"job_title", QStringLiteral("Leiterin Außendienst"))
        .set(u"addresses", QStringLiteral(R"([{"city":"Köln","country":"DE"}])"));
    m_anna = *s.create(anna);
    QVERIFY(s.create(contact(QStringLiteral("Jörg"), QStringLiteral("Kellermann"))));
    QVERIFY(s.create(contact(QStringLiteral("François"), QStringLiteral("Dupont"))));
    QVERIFY(s.create(contact(QStringLiteral("Łukasz"), QStringLiteral("Wójcik"))));
    Record deal(EntityType::Opportunity);
    deal.set(u"name", QStringLiteral("Scanner rollout"))
        .set(u"account_id", m_keller)
        .set(u"stage", QStringLiteral("proposal"))
        .set(u"currency", QStringLiteral("EUR"))
        .set(u"owner_id", s.currentUserId());
    m_deal = *s.create(deal);
    Record ticket(EntityType::Ticket);
    ticket.set(u"number", QStringLiteral("T-100042"))
        .set(u"subject", QStringLiteral("Printer offline"))
        .set(u"status", QStringLiteral("open"))
        .set(u"priority", QStringLiteral("high"))
        .set(u"contact_id", m_anna)
        .set(u"opened_at", qint64(1700000000000));
    m_ticket = *s.create(ticket);
}

void TestSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // which record must be among the hits
    QTest::newRow("prefix") << "Mül"
                            << "anna";
    QTest::newRow("no diacritics") << "muller"
                                   << "anna";
    QTest::newRow("upper case") << "MÜLLER"
                                << "anna";
    QTest::newRow("first and last") << "anna mü"
                                    << "anna";
    QTest::newRow("company finds contact") << "keller anna"
                                           << "anna";
    QTest::newRow("city") << "koln"
                          << "anna";
    QTest::newRow("umlaut as ue") << "mueller"
                                  << "anna";
    QTest::newRow("umlaut as oe, city") << "Koeln"
                                        << "anna";
    // The first word has two spellings (a group in the query), another word follows it.
    QTest::newRow("umlaut as ue, then the first name") << "mueller ann"
                                                       << "anna";
    QTest::newRow("umlaut as oe in the middle") << "anna koeln mue"
                                                << "anna";
    QTest::newRow("ß as ss") << "aussendienst"
                             << "anna";
    QTest::newRow("email prefix") << "anna.mue"
                                  << "anna";
    QTest::newRow("email domain") << "keller.example"
                                  << "anna";
    QTest::newRow("phone national") << "030 123"
                                    << "anna";
    QTest::newRow("phone international") << "+49 30 1234567"
                                         << "anna";
    QTest::newRow("phone 00") << "0049301234"
                              << "anna";
    QTest::newRow("phone slash") << "030/1234567"
                                 << "anna";
    QTest::newRow("phone us") << "(212) 736-48"
                              << "anna";
    QTest::newRow("phone without area code") << "1234567"
                                             << "anna";
    QTest::newRow("phone without country and area code") << "736 4821"
                                                         << "anna";
    QTest::newRow("phone's last four digits") << "4567"
                                              << "anna";
    QTest::newRow("account") << "kell masch"
                             << "keller";
    QTest::newRow("deal") << "scanner"
                          << "deal";
    QTest::newRow("ticket number") << "T-100042"
                                   << "ticket";
    QTest::newRow("ticket digits") << "100042"
                                   << "ticket";
    QTest::newRow("ticket subject") << "printer off"
                                    << "ticket";
}

void TestSearch::search()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString id = expected == QLatin1String("anna")     ? m_anna
                       : expected == QLatin1String("keller") ? m_keller
                       : expected == QLatin1String("deal")   ? m_deal
                                                             : m_ticket;
    auto hits = SearchIndex::search(*m_t->db, text, 10);
    QVERIFY2(hits, qPrintable(hits.error().message));
    QStringList ids;
    for (const SearchHit& h : *hits)
        ids << h.id;
    QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("%1 hits for %2").arg(ids.size()).arg(text)));
    for (const SearchHit& h : *hits)
        QVERIFY(!h.title.isEmpty());
}

void TestSearch::search_ranksNameAboveCompany()
{
    // "Keller" is Anna's company but Jörg Kellermann's name and the account's name: names win.
    auto hits = SearchIndex::search(*m_t->db, u"keller", 10);
    QVERIFY(hits);
    int anna = -1, account = -1, kellermann = -1;
    for (int i = 0; i < hits->size(); ++i) {
        if ((*hits)[i].id == m_anna)
            anna = i;
        else if ((*hits)[i].id == m_keller)
            account = i;
        else if ((*hits)[i].title == QStringLiteral("Jörg Kellermann"))
            kellermann = i;
    }
    QStringList seen;
    for (const SearchHit& h : *hits)
        seen << h.title;
    QVERIFY2(anna >= 0 && account >= 0 && kellermann >= 0, qPrintable(seen.join(QStringLiteral(" | "))));
    QVERIFY(account < anna);
    QVERIFY(kellermann < anna);
}

void TestSearch::search_sameName_theUsersOwnFirst()
{
    // Two Anja Krauses at two companies: whoever searches finds their own customer first, the other beside her.
    RecordStore& s = *m_t->store;
    const QString me = s.currentUserId();
    const auto colleague = s.create(Record(EntityType::User)
                                        .set(u"username", QStringLiteral("kollegin"))
                                        .set(u"display_name", QStringLiteral("Kollegin"))
                                        .set(u"role", QStringLiteral("rep")));
    QVERIFY(colleague);
    const auto lorenz = s.create(account(QStringLiteral("Lorenz Verpackung")));
    const auto klein = s.create(account(QStringLiteral("Klein Bau")));
    QVERIFY(lorenz && klein);
    const auto theirs =
        s.create(contact(QStringLiteral("Anja"), QStringLiteral("Krause"), *lorenz).set(u"owner_id", *colleague));
    const auto mine = s.create(contact(QStringLiteral("Anja"), QStringLiteral("Krause"), *klein).set(u"owner_id", me));
    QVERIFY(theirs && mine);
    for (const auto& [user, first, second] : {std::tuple{me, *mine, *theirs}, std::tuple{*colleague, *theirs, *mine}}) {
        QVERIFY(s.setCurrentUserId(user));
        auto hits = SearchIndex::search(*m_t->db, u"Anja Kra", 10, {EntityType::Contact});
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).id, first);
        QCOMPARE(hits->at(1).id, second);
    }
    QVERIFY(s.setCurrentUserId(me));
    QVERIFY(s.remove(EntityType::Contact, *theirs));
    QVERIFY(s.remove(EntityType::Contact, *mine));
}

void TestSearch::search_companyTyped_itsPeopleBeforeNamesThatRunOn()
{
    // "Stein Bau" typed: Stein Bau and its people come before Jürgen Stein, whose e-mail address runs from his
    // name into "bauer" (words of two fields that only stand together by chance).
    RecordStore& s = *m_t->store;
    const auto kleinBau = s.create(account(QStringLiteral("Stein Bau e.K.")));
    const auto bauer = s.create(account(QStringLiteral("Bauer Software")));
    QVERIFY(kleinBau && bauer);
    const auto juergen = s.create(contact(QStringLiteral("Jürgen"), QStringLiteral("Stein"), *bauer)
                                      .set(u"emails", QStringLiteral(R"([{"address":"stein@bauer.example"}])")));
    const auto lea = s.create(contact(QStringLiteral("Lea"), QStringLiteral("Baumann"), *kleinBau));
    const auto sophie = s.create(contact(QStringLiteral("Sophie"), QStringLiteral("Köhler"), *kleinBau));
    QVERIFY(juergen && lea && sophie);
    auto hits = SearchIndex::search(*m_t->db, u"Stein Bau", 10);
    QVERIFY(hits);
    QStringList order;
    for (const SearchHit& h : *hits)
        order << h.id;
    QCOMPARE(order.indexOf(*kleinBau), 0);
    QVERIFY2(order.indexOf(*lea) > 0 && order.indexOf(*lea) < order.indexOf(*juergen), qPrintable(order.join(u' ')));
    QVERIFY(order.indexOf(*sophie) > 0 && order.indexOf(*sophie) < order.indexOf(*juergen));
    // Typed as a name, the name still comes first.
    hits = SearchIndex::search(*m_t->db, u"Jürgen St", 10);
    QVERIFY(hits && !hits->isEmpty());
    QCOMPARE(hits->first().id, *juergen);
    for (const QString& id : {*juergen, *lea, *sophie})
        QVERIFY(s.remove(EntityType::Contact, id));
    for (const QString& id : {*kleinBau, *bauer})
        QVERIFY(s.remove(EntityType::Account, id));
}

void TestSearch::search_nameEitherWayRound_comesFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("first, part of last") << "Anna Mü";
    QTest::newRow("last, initial") << "Müller A";
    QTest::newRow("folded, last first") << "muller anna";
    QTest::newRow("few letters") << "Müll";
}

void TestSearch::search_nameEitherWayRound_comesFirst()
{
    QFETCH(QString, text);
    auto hits = SearchIndex::search(*m_t->db, text, 5);
    QVERIFY2(hits && !hits->isEmpty(), qPrintable(text));
    QCOMPARE(hits->first().id, m_anna);
}

void TestSearch::search_limitIsRespected()
{
    for (int i = 0; i < 30; ++i)
        QVERIFY(m_t->store->create(contact(QStringLiteral("Max"), QStringLiteral("Mustermann %1").arg(i))));
    auto hits = SearchIndex::search(*m_t->db, u"muster", 7);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 7);
}

void TestSearch::search_typeFilter()
{
    auto onlyAccounts = SearchIndex::search(*m_t->db, u"keller", 10, {EntityType::Account});
    QVERIFY(onlyAccounts);
    QCOMPARE(onlyAccounts->size(), 1);
    QCOMPARE(onlyAccounts->first().type, EntityType::Account);
    QVERIFY(onlyAccounts->first().subtitle.isEmpty() || !onlyAccounts->first().subtitle.contains(QLatin1String("-")));
    auto two = SearchIndex::search(*m_t->db, u"keller", 10, {EntityType::Account, EntityType::Contact});
    QVERIFY(two);
    QCOMPARE(two->size(), 3);
}

void TestSearch::search_aCustomersNumber_findsTheirTickets()
{
    // The help desk's queue filtered by the number on the phone's display, in whatever spelling: the tickets of
    // the contact with that number, and those of the company whose switchboard it is; nobody else's.
    RecordStore& s = *m_t->store;
    const QString hotel =
        *s.create(account(QStringLiteral("Hotel Adler")).set(u"phone", QStringLiteral("089 5556677")));
    auto ticketFor = [&](const char* field, const QString& customer, const char* subject) {
        const QString id = *s.create(Record(EntityType::Ticket)
                                         .set(u"subject", QLatin1String(subject))
                                         .set(u"status", QStringLiteral("open"))
                                         .set(u"priority", QStringLiteral("normal"))
                                         .set(QLatin1String(field), customer));
        return scalar(*m_t->db, QStringLiteral("SELECT rid FROM tickets WHERE id = '%1'").arg(id)).toLongLong();
    };
    const qint64 annas =
        scalar(*m_t->db, QStringLiteral("SELECT rid FROM tickets WHERE id = '%1'").arg(m_ticket)).toLongLong();
    const qint64 hotels = ticketFor("account_id", hotel, "Keycard reader broken");
    const qint64 others =
        ticketFor("contact_id", *s.create(contact(QStringLiteral("Otto"), QStringLiteral("Weber"))), "Toner empty");
    for (const QString& number :
         {QStringLiteral("030 1234567"), QStringLiteral("+49 30 1234567"), QStringLiteral("0049301234567"),
          QStringLiteral("1234567"), QStringLiteral("+1 (212) 736-4821")}) {
        auto tickets = SearchIndex::listMatches(*m_t->db, EntityType::Ticket, number, 50);
        QVERIFY2(tickets, qPrintable(tickets.error().message));
        QVERIFY2(tickets->contains(annas), qPrintable(number));
        QVERIFY2(!tickets->contains(hotels) && !tickets->contains(others), qPrintable(number));
    }
    for (const QString& number : {QStringLiteral("089/555 66 77"), QStringLiteral("+49 89 5556677")}) {
        auto tickets = SearchIndex::listMatches(*m_t->db, EntityType::Ticket, number, 50);
        QVERIFY2(tickets, qPrintable(tickets.error().message));
        QCOMPARE(*tickets, QList<qint64>{hotels});
    }
    // Global search: the caller, then their tickets.
    auto hits = SearchIndex::search(*m_t->db, u"030 1234567", 10);
    QVERIFY(hits && hits->size() >= 2);
    QCOMPARE(hits->first().id, m_anna);
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit& h) { return h.id == m_ticket; }));
    // A number nobody has finds no ticket.
    auto none = SearchIndex::listMatches(*m_t->db, EntityType::Ticket, u"+44 20 7946 0999", 50);
    QVERIFY(none && none->isEmpty());
}

void TestSearch::search_theLastDigitsOfANumber_findItAndTheHitNamesIt()
{
    // An agent types the end of the number on a note or a display ("0771"): whoever has a number ending so, with
    // that number beside their name (a contact has several).
    RecordStore& s = *m_t->store;
    const QString greta = *s.create(contact(QStringLiteral("Greta"), QStringLiteral("Brandt"))
                                        .set(u"phones", QStringLiteral(R"([{"number":"040 8770771"}])")));
    const qint64 gretaRid =
        scalar(*m_t->db, QStringLiteral("SELECT rid FROM contacts WHERE id = ?"), {greta}).toLongLong();
    auto numberOf = [&](QStringView typed, const QString& id) -> QString {
        auto hits = SearchIndex::search(*m_t->db, typed, 20);
        if (!hits)
            return QStringLiteral("error: ") + hits.error().message;
        for (const SearchHit& h : *hits)
            if (h.id == id)
                return h.number;
        return QStringLiteral("not found");
    };
    for (const QString& typed : {QStringLiteral("0771"), QStringLiteral("70771"), QStringLiteral("77 07 71"),
                                 QStringLiteral("8770771"), QStringLiteral("040 877"), QStringLiteral("+49 40 87")})
        QCOMPARE(numberOf(typed, greta), QStringLiteral("+49408770771"));
    // The number that matched, not the first one: Anna's second number is her mobile in New York.
    QCOMPARE(numberOf(u"736 4821", m_anna), QStringLiteral("+12127364821"));
    QCOMPARE(numberOf(u"030 12", m_anna), QStringLiteral("+49301234567"));
    // Four digits are a number's end before another's start; seven, typed from the start, its start first.
    const QString otto = *s.create(contact(QStringLiteral("Otto"), QStringLiteral("Lindner"))
                                       .set(u"phones", QStringLiteral(R"([{"number":"0771 123456"}])")));
    auto ends = SearchIndex::search(*m_t->db, u"0771", 20);
    QVERIFY(ends && ends->size() >= 2);
    QCOMPARE(ends->first().id, greta);
    QVERIFY(std::any_of(ends->cbegin(), ends->cend(), [&](const SearchHit& h) { return h.id == otto; }));
    auto starts = SearchIndex::search(*m_t->db, u"0771 1234", 20);
    QVERIFY(starts && !starts->isEmpty());
    QCOMPARE(starts->first().id, otto);
    QCOMPARE(starts->first().number, QStringLiteral("+49771123456"));
    // Found by name, a hit names no number.
    QCOMPARE(numberOf(u"Greta", greta), QString());
    // The list's search and the ticket queue's take the same ends; three digits are too few to be one.
    auto listed = SearchIndex::listMatches(*m_t->db, EntityType::Contact, u"0771", 50);
    QVERIFY(listed && !listed->isEmpty());
    QCOMPARE(listed->first(), gretaRid);
    QCOMPARE(numberOf(u"771", greta), QStringLiteral("not found"));
    // The index is searched as a range, not scanned.
    SqlStatement plan(m_t->db->handle(), QStringLiteral("EXPLAIN QUERY PLAN %1")
                                             .arg(SearchIndex::phoneTailSql(EntityType::Contact, u"0771")
                                                      .replace(QLatin1Char('?'), QStringLiteral("'1770*'"))));
    QString steps;
    while (plan.step() == SqlStatement::Step::Row)
        steps += plan.text(3) + QLatin1Char('\n');
    QVERIFY2(steps.contains(QStringLiteral("phone_index_by_reversed")), qPrintable(steps));
}

void TestSearch::search_upgradeToSchema24_findsNumbersAlreadyThereByTheirEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.sqlite"));
    QString greta;
    {
        auto db = Database::open(path, QStringLiteral("test"));
        QVERIFY(db);
        RecordStore store(**db);
        QVERIFY(store.ensureCurrentUser());
        greta = *store.create(contact(QStringLiteral("Greta"), QStringLiteral("Brandt"))
                                  .set(u"phones", QStringLiteral(R"([{"number":"040 8770771"}])")));
    }
    // The phone index as schema 23 kept it: by the last seven digits.
    rawExec(path, QStringLiteral("DROP INDEX phone_index_by_reversed; ALTER TABLE phone_index DROP COLUMN reversed; "
                                 "ALTER TABLE phone_index ADD COLUMN tail TEXT NOT NULL DEFAULT '';"
                                 "UPDATE phone_index SET tail = substr(e164, -7); "
                                 "CREATE INDEX phone_index_by_tail ON phone_index(tail); PRAGMA user_version = 23;"));
    auto db = Database::open(path, QStringLiteral("test"));
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT reversed FROM phone_index")).toString(),
             QStringLiteral("17707780494"));
    auto hits = SearchIndex::search(**db, u"0771", 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, greta);
    QCOMPARE(hits->first().number, QStringLiteral("+49408770771"));
}

void TestSearch::search_ftsSyntaxIsTakenAsText_data()
{
    QTest::addColumn<QString>("text");
    for (const char* hostile : {"\"", "anna\" OR \"x", "NEAR(anna keller)", "title:anna", "*", "-anna", "anna AND",
                                "^anna", "(", "'; DROP TABLE contacts; --", "{title}: x"})
        QTest::newRow(hostile) << QString::fromLatin1(hostile);
}

void TestSearch::search_ftsSyntaxIsTakenAsText()
{
    QFETCH(QString, text);
    auto hits = SearchIndex::search(*m_t->db, text, 10);
    QVERIFY2(hits, qPrintable(hits.error().message));
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM contacts")).toInt() > 0, true);
}

// Whatever a person types or pastes, global search, the lists' search and the knowledge base's suggestions for
// a ticket answer: a list of hits, maybe empty, never an error. Texts are put together at random from pieces that mean
// something to FTS5, to the spelling rules (umlauts written out, ß as ss) and to the phone number rules.
void TestSearch::search_neverFails_whateverIsTyped()
{
    // One piece each between the bars.
    const QStringList pieces =
        QStringLiteral(
            "mueller|Koeln|Strasse|ann|Mü|a|ß|AND|OR|NOT|NEAR|NEAR(|\"|\"\"|(|)|*|:|^|-|+|{|}|title:|'|;|%|_|"
            "\\|0049|+49|030/123|(030)|45 67|1234567|T-100042|@|anna.mue@keller|é|東京|\u00a0|\t|ue|ss|"
            "zzzz|😀|0|.")
            .split(QLatin1Char('|'));
    Record article(EntityType::KnowledgeArticle);
    article.set(u"title", QStringLiteral("The Strasse scanner in Köln shows error 45"))
        .set(u"body", QStringLiteral("Restart the scanner; if the error stays, call (030) 123 45 67."))
        .set(u"audience", QStringLiteral("customer"))
        .set(u"status", QStringLiteral("published"));
    QVERIFY(m_t->store->create(article));
    const auto found = KnowledgeBase::suggest(*m_t->db, QStringLiteral("scanner error"), 8);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    Random rng(2026);
    RecordList contacts(ListQueries::contacts());
    RecordList accounts(ListQueries::accounts());
    for (int round = 0; round < 1500; ++round) {
        QString text;
        const int parts = int(rng.between(1, 5));
        for (int i = 0; i < parts; ++i)
            text += rng.pick(pieces) + (rng.chance(0.6) ? QStringLiteral(" ") : QString());
        const auto hits = SearchIndex::search(*m_t->db, text, 10);
        QVERIFY2(hits, qPrintable(QStringLiteral("\"%1\": %2").arg(text, hits.error().message)));
        const auto people = SearchIndex::search(*m_t->db, text, 10, {EntityType::Contact});
        QVERIFY2(people, qPrintable(QStringLiteral("\"%1\": %2").arg(text, people.error().message)));
        for (bool typing : {false, true}) {
            const auto articles = KnowledgeBase::suggest(*m_t->db, text, 8, typing);
            QVERIFY2(articles,
                     qPrintable(QStringLiteral("\"%1\" as a ticket: %2").arg(text, articles.error().message)));
        }
        for (RecordList* list : {&contacts, &accounts}) {
            list->setSearchText(text);
            const auto rows = list->fetch(*m_t->db, nullptr, 50);
            QVERIFY2(rows, qPrintable(QStringLiteral("\"%1\" in a list: %2").arg(text, rows.error().message)));
        }
    }
}

void TestSearch::foldText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("umlaut") << "Müller"
                            << "muller";
    QTest::newRow("eszett") << "Straße"
                            << "strasse";
    QTest::newRow("polish") << "Łukasz Wójcik"
                            << "lukasz wojcik";
    QTest::newRow("french") << "François Lefèvre"
                            << "francois lefevre";
    QTest::newRow("danish") << "Søren Ærø"
                            << "soren aero";
    QTest::newRow("spaces") << "  Anna   Maria "
                            << "anna maria";
}

void TestSearch::foldText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(rapport::foldText(in), out);
}

void TestSearch::service_newerQuerySupersedesOlder()
{
    SearchService service(m_t->path());
    QSignalSpy spy(&service, &SearchService::resultsReady);
    service.search(QStringLiteral("m"));
    service.search(QStringLiteral("mu"));
    const quint64 last = service.search(QStringLiteral("mül"));
    QTRY_VERIFY(!spy.isEmpty());
    QTest::qWait(200);
    // Only the newest query's results are delivered.
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toULongLong(), last);
    QCOMPARE(spy.first().at(1).toString(), QStringLiteral("mül"));
    const auto hits = spy.first().at(2).value<QList<SearchHit>>();
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().id, m_anna);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
