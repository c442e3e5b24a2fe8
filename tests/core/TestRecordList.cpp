// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "domain/Random.h"
#include "search/TextFold.h"
#include "storage/ListQueries.h"
#include "storage/RecordList.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestRecordList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paging_visitsEveryRowOnceInOrder_data();
    void paging_visitsEveryRowOnceInOrder();
    void paging_nullSortValues_areNotLost();
    void condition_andSearchText_filter();
    void searchText_findsANumberByItsLastDigits();
    void everyListQuery_runs();
    void sortWithoutIndex_readsTheWholeListInFoldedOrder();
    void sortWithoutIndex_enumerationInItsDeclaredOrder();
    void sortWithoutIndex_onlyWithinTheLimit();
    void leads_sortByStatusAsALeadMovesThrough_onAnIndex();
    void filters_narrowTheList_throughAnIndexInNameOrder();

private:
    QStringList pageThrough(RecordList& list, int pageSize);
    QStringList expected(const QString& orderBy);
    std::unique_ptr<TempDatabase> m_t;
};

void TestRecordList::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    Random rng(3);
    const QString acc = *m_t->store->create(account(QStringLiteral("Keller AG")));
    static const char* cities[] = {"Berlin", "Köln", "München", "Aachen"};
    for (int i = 0; i < 157; ++i) {
        Record c =
            contact(QStringLiteral("P%1").arg(i), QStringLiteral("Name%1").arg(rng.below(40)), i % 3 ? acc : QString());
        if (i % 5) // some contacts have no city: NULL sort values
            c.set(u"addresses", QStringLiteral(R"([{"city":"%1"}])").arg(QString::fromUtf8(cities[rng.below(4)])));
        QVERIFY(m_t->store->create(c));
    }
}

QStringList TestRecordList::pageThrough(RecordList& list, int pageSize)
{
    QStringList ids;
    const ListRow* after = nullptr;
    QList<ListRow> page;
    do {
        auto fetched = list.fetch(*m_t->db, after, pageSize);
        if (!fetched)
            qFatal("%s", qPrintable(fetched.error().message));
        page = *fetched;
        for (const ListRow& r : page)
            ids << r.id;
        after = page.isEmpty() ? nullptr : &page.last();
    } while (page.size() == pageSize);
    return ids;
}

QStringList TestRecordList::expected(const QString& orderBy)
{
    QStringList ids;
    SqlStatement st(m_t->db->handle(),
                    QStringLiteral("SELECT id FROM contacts t WHERE deleted = 0 ORDER BY %1").arg(orderBy));
    while (st.step() == SqlStatement::Step::Row)
        ids << st.text(0);
    return ids;
}

void TestRecordList::paging_visitsEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("name asc, page 10") << 0 << int(Qt::AscendingOrder) << "t.sort_key, t.rid" << 10;
    QTest::newRow("name desc, page 7") << 0 << int(Qt::DescendingOrder) << "t.sort_key DESC, t.rid DESC" << 7;
    QTest::newRow("city asc (nulls), page 9") << 5 << int(Qt::AscendingOrder) << "t.city, t.rid" << 9;
    QTest::newRow("city desc (nulls), page 11") << 5 << int(Qt::DescendingOrder) << "t.city DESC, t.rid DESC" << 11;
    QTest::newRow("one big page") << 0 << int(Qt::AscendingOrder) << "t.sort_key, t.rid" << 1000;
}

void TestRecordList::paging_visitsEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    QFETCH(int, pageSize);
    RecordList list(ListQueries::contacts());
    QVERIFY(list.setSort(column, static_cast<Qt::SortOrder>(order)));
    QCOMPARE(pageThrough(list, pageSize), expected(orderBy));
}

void TestRecordList::paging_nullSortValues_areNotLost()
{
    RecordList list(ListQueries::contacts());
    QVERIFY(list.setSort(5, Qt::AscendingOrder));
    const QStringList ids = pageThrough(list, 4);
    QCOMPARE(ids.size(), scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM contacts")).toInt());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

    // Read backwards from any row, in both orders, across the NULLs: the rows just before it, in order.
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QVERIFY(list.setSort(5, order));
        auto all = list.fetch(*m_t->db, nullptr, 100000);
        QVERIFY(all);
        for (qsizetype at : {qsizetype(0), qsizetype(1), all->size() / 5, all->size() / 2, all->size() - 1}) {
            auto before = list.fetchBefore(*m_t->db, (*all)[at], 7);
            QVERIFY(before);
            QCOMPARE(before->size(), std::min<qsizetype>(7, at));
            for (qsizetype k = 0; k < before->size(); ++k)
                QCOMPARE(before->at(k).id, all->at(at - before->size() + k).id);
            // And the record's own row is found by its id.
            auto found = list.find(*m_t->db, (*all)[at].id);
            QVERIFY(found && *found);
            QCOMPARE((*found)->rid, (*all)[at].rid);
        }
    }
}

void TestRecordList::condition_andSearchText_filter()
{
    RecordList list(ListQueries::contacts());
    list.setCondition(QStringLiteral("a.name = ?"), {QStringLiteral("Keller AG")});
    const int withAccount =
        scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM contacts WHERE account_id IS NOT NULL")).toInt();
    QCOMPARE(pageThrough(list, 13).size(), withAccount);
    list.setCondition({}, {});
    list.setSearchText(QStringLiteral("name1"));
    const QStringList found = pageThrough(list, 50);
    QVERIFY(!found.isEmpty());
    for (const QString& id : found)
        QVERIFY(scalar(*m_t->db, QStringLiteral("SELECT last_name FROM contacts WHERE id = ?"), {id})
                    .toString()
                    .startsWith(QLatin1String("Name1")));
}

void TestRecordList::searchText_findsANumberByItsLastDigits()
{
    // Typed as the local number, without the area code: found by how it ends, in any spelling.
    Record c = contact(QStringLiteral("Niklas"), QStringLiteral("Köhler"));
    c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 30 53041988"}])"));
    const QString niklas = *m_t->store->create(c);
    RecordList list(ListQueries::contacts());
    for (const char* typed : {"53041988", "530 419 88", "3053041988"}) {
        list.setSearchText(QString::fromLatin1(typed));
        QCOMPARE(pageThrough(list, 10), QStringList{niklas});
    }
    list.setSearchText(QStringLiteral("63041988"));
    QVERIFY(pageThrough(list, 10).isEmpty());
    QVERIFY(m_t->store->remove(EntityType::Contact, niklas));
}

void TestRecordList::everyListQuery_runs()
{
    for (EntityType type :
         {EntityType::Contact, EntityType::Account, EntityType::Lead, EntityType::Opportunity, EntityType::Ticket,
          EntityType::KnowledgeArticle, EntityType::Campaign, EntityType::Activity}) {
        RecordList list(*ListQueries::forType(type));
        for (int c = 0; c < list.spec().columns.size(); ++c) {
            QVERIFY(list.isSortable(c));
            for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QVERIFY(list.setSort(c, o));
                auto page = list.fetch(*m_t->db, nullptr, 5);
                QVERIFY2(page, qPrintable(page.error().message));
                if (!page->isEmpty()) {
                    auto next = list.fetch(*m_t->db, &page->last(), 5);
                    QVERIFY2(next, qPrintable(next.error().message));
                    auto before = list.fetchBefore(*m_t->db, page->last(), 5);
                    QVERIFY2(before, qPrintable(before.error().message));
                }
                if (!list.sortsByIndex(c))
                    continue;
                // Sorting a list of any size must be served by an index, never by sorting the whole table.
                SqlStatement plan(
                    m_t->db->handle(),
                    QStringLiteral("EXPLAIN QUERY PLAN SELECT t.rid FROM %1 WHERE %2 ORDER BY %3, t.rid LIMIT 5")
                        .arg(list.spec().from, list.spec().where, list.sortExpressionOf(c)));
                while (plan.step() == SqlStatement::Step::Row)
                    QVERIFY2(!plan.text(3).contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")),
                             qPrintable(Schema::entity(type).table + QStringLiteral(": ") + plan.text(3)));
            }
        }
    }
}

void TestRecordList::sortWithoutIndex_readsTheWholeListInFoldedOrder()
{
    // The account column has no index across the join: the list reads every row and sorts by the folded name,
    // so "Ölwerke" sorts among the O's and "adler" beside "Adler" whatever their case; the people of one
    // account follow by name.
    TempDatabase t;
    QStringList accounts;
    for (const char* name : {"Zeta GmbH", "Ölwerke AG", "adler KG", "Adler AG", "Beta SA", "Oben GmbH"})
        accounts << *t.store->create(account(QString::fromUtf8(name)));
    struct Person
    {
        QString account; ///< folded; null without one
        QString name;    ///< folded, last name first
        QString id;
    };
    QList<Person> byAccount; // in creation (rid) order
    for (int i = 0; i < 40; ++i) {
        const int a = (i * 7) % (accounts.size() + 1); // every seventh one without an account
        const bool none = a == accounts.size();
        const Record c =
            contact(QStringLiteral("P%1").arg(i), QStringLiteral("Sort%1").arg(i % 9), none ? QString() : accounts[a]);
        const QString id = *t.store->create(c);
        byAccount << Person{none ? QString()
                                 : foldText(t.store->fetch(EntityType::Account, accounts[a])->text(u"name")),
                            foldText(QStringLiteral("Sort%1 P%2").arg(i % 9).arg(i)), id};
    }
    RecordList list(ListQueries::contacts());
    const int column = 1;
    QCOMPARE(list.spec().columns[column].key, QStringLiteral("account"));
    QVERIFY(!list.sortsByIndex(column));
    QCOMPARE(*list.canSortBy(*t.db, column), true);
    QVERIFY(list.setSort(column, Qt::AscendingOrder));
    // Contacts without an account (NULL) first, as the indexed columns have it; the people of one account by
    // name, and by creation among namesakes.
    auto ascending = byAccount;
    std::stable_sort(ascending.begin(), ascending.end(), [](const Person& x, const Person& y) {
        if (x.account.isNull() != y.account.isNull())
            return x.account.isNull();
        return std::tie(x.account, x.name) < std::tie(y.account, y.name);
    });
    QStringList want;
    for (const Person& p : std::as_const(ascending))
        want << p.id;
    QStringList got;
    const ListRow* after = nullptr;
    QList<ListRow> page;
    do {
        page = *list.fetch(*t.db, after, 6);
        for (const ListRow& r : std::as_const(page))
            got << r.id;
        after = page.isEmpty() ? nullptr : &page.last();
    } while (page.size() == 6);
    QCOMPARE(got, want);
    QVERIFY(list.setSort(column, Qt::DescendingOrder));
    got.clear();
    after = nullptr;
    do {
        page = *list.fetch(*t.db, after, 7);
        for (const ListRow& r : std::as_const(page))
            got << r.id;
        after = page.isEmpty() ? nullptr : &page.last();
    } while (page.size() == 7);
    std::reverse(want.begin(), want.end());
    QCOMPARE(got, want);
    // And backwards from any row, as the list reads the rows above a record it starts at.
    const auto below = list.find(*t.db, want[20]);
    QVERIFY(below && *below);
    const auto above = list.fetchBefore(*t.db, **below, 5);
    QVERIFY(above);
    QStringList aboveIds;
    for (const ListRow& r : *above)
        aboveIds << r.id;
    QCOMPARE(aboveIds, want.mid(15, 5));
}

void TestRecordList::sortWithoutIndex_enumerationInItsDeclaredOrder()
{
    TempDatabase t;
    const Enumeration& segments = *Schema::entity(EntityType::Account).field(u"segment")->enumeration;
    QVERIFY(segments.keys.size() >= 3);
    QStringList ids;
    for (int i = 0; i < 9; ++i) {
        Record a = account(QStringLiteral("Segment %1").arg(i));
        a.set(u"segment", segments.keys[(i * 2 + 1) % segments.keys.size()]); // not in declared order
        ids << *t.store->create(a);
    }
    RecordList list(ListQueries::accounts());
    int column = -1;
    for (int c = 0; c < list.spec().columns.size(); ++c)
        if (list.spec().columns[c].key == u"segment")
            column = c;
    QVERIFY(column >= 0);
    QVERIFY(list.setSort(column, Qt::AscendingOrder));
    auto rows = list.fetch(*t.db, nullptr, 100);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 9);
    int last = -1;
    for (const ListRow& r : *rows) {
        const int position = segments.indexOf(r.values[column].toString());
        QVERIFY2(position >= last, qPrintable(r.values[column].toString()));
        last = position;
    }
}

void TestRecordList::leads_sortByStatusAsALeadMovesThrough_onAnIndex()
{
    TempDatabase t;
    const Enumeration& statuses = *Schema::entity(EntityType::Lead).field(u"status")->enumeration;
    for (int i = 0; i < 10; ++i) {
        Record lead(EntityType::Lead);
        lead.set(u"last_name", QStringLiteral("Lead %1").arg(i))
            .set(u"company", QStringLiteral("Firm"))
            .set(u"status", statuses.keys[(i * 3) % statuses.keys.size()]);
        QVERIFY2(t.store->create(lead), qPrintable(QString::number(i)));
    }
    RecordList list(ListQueries::leads());
    int column = -1;
    for (int c = 0; c < list.spec().columns.size(); ++c)
        if (list.spec().columns[c].key == u"status")
            column = c;
    QVERIFY(list.sortsByIndex(column)); // whatever the number of leads
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QVERIFY(list.setSort(column, order));
        auto rows = list.fetch(*t.db, nullptr, 100);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 10);
        QStringList seen;
        for (const ListRow& r : *rows)
            if (seen.isEmpty() || seen.last() != r.values[column].toString())
                seen << r.values[column].toString();
        QStringList expected = statuses.keys;
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(seen, expected); // new, working, qualified, unqualified, converted
    }
}

void TestRecordList::sortWithoutIndex_onlyWithinTheLimit()
{
    RecordList list(ListQueries::contacts()); // the 157 contacts of initTestCase
    const int account = 1, city = 5;
    list.setScanSortLimit(157);
    QCOMPARE(*list.canSortBy(*m_t->db, account), true);
    list.setScanSortLimit(156);
    QCOMPARE(*list.canSortBy(*m_t->db, account), false);
    QCOMPARE(*list.canSortBy(*m_t->db, city), true); // an index: whatever the list holds
    list.setSearchText(QStringLiteral("P1"));        // P1, P10–P19, P100–P156: narrowed below the limit
    QCOMPARE(*list.canSortBy(*m_t->db, account), true);
}

void TestRecordList::filters_narrowTheList_throughAnIndexInNameOrder()
{
    TempDatabase t;
    const QString me = t.store->currentUserId();
    QStringList german, vip, both;
    for (int i = 0; i < 60; ++i) {
        Record c = contact(QStringLiteral("F%1").arg(i), QStringLiteral("Filter%1").arg(i % 17));
        const bool de = i % 3 == 0, isVip = i % 4 == 0;
        c.set(u"addresses",
              QStringLiteral(R"([{"city":"X","country":"%1"}])").arg(de ? QStringLiteral("DE") : QStringLiteral("FR")));
        if (isVip)
            c.set(u"tags", QStringLiteral(R"(["VIP","newsletter"])"));
        else if (i % 5 == 0)
            c.set(u"tags", QStringLiteral(R"(["vip customer"])")); // a different tag that shares the word
        const QString id = *t.store->create(c);
        if (de)
            german << id;
        if (isVip)
            vip << id;
        if (de && isVip)
            both << id;
    }
    auto ids = [&](RecordList& list) {
        QStringList out;
        const auto rows = list.fetch(*t.db, nullptr, 1000);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        for (const ListRow& r : *rows)
            out << r.id;
        std::sort(out.begin(), out.end());
        return out;
    };
    std::sort(german.begin(), german.end());
    std::sort(vip.begin(), vip.end());
    std::sort(both.begin(), both.end());
    RecordList list(ListQueries::contacts());
    const auto count = [&](const RecordList& l, qint64 cap) {
        const auto n = l.count(*t.db, cap);
        if (!n)
            qFatal("%s", qPrintable(n.error().message));
        return *n;
    };
    list.setFilter(QStringLiteral("country"), QStringLiteral("DE"));
    QCOMPARE(ids(list), german);
    QCOMPARE(count(list, 100'000), german.size()); // the count agrees with the rows, filters applied
    QCOMPARE(count(list, 3), 4);                   // past the cap it says "more than 3", and reads no further
    list.setFilter(QStringLiteral("tag"), QStringLiteral("vip")); // tags match without regard to case
    QCOMPARE(ids(list), both);
    QCOMPARE(count(list, 100'000), both.size());
    list.setFilter(QStringLiteral("country"), QVariant());
    QCOMPARE(ids(list), vip);
    list.setSearchText(QStringLiteral("filter1")); // Filter1, Filter10…Filter16 among the VIPs
    QVERIFY(!ids(list).isEmpty() && ids(list).size() < vip.size());
    QCOMPARE(count(list, 100'000), ids(list).size());
    list.setSearchText(QStringLiteral("zzzz"));
    QCOMPARE(count(list, 100'000), 0);
    list.setSearchText({});
    list.setFilter(QStringLiteral("tag"), QVariant());
    list.setFilter(QStringLiteral("owner"), me);
    QCOMPARE(ids(list).size(), 60);
    list.setFilter(QStringLiteral("owner"), QStringLiteral("nobody"));
    QCOMPARE(ids(list).size(), 0);

    // Filtered by country, team or owner, the list still pages through an index in name order.
    for (const auto& [table, column] : {std::pair{"contacts", "country"},
                                        {"contacts", "team_id"},
                                        {"contacts", "owner_id"},
                                        {"accounts", "country"},
                                        {"accounts", "industry"},
                                        {"accounts", "segment"},
                                        {"accounts", "team_id"}}) {
        SqlStatement plan(t.db->handle(),
                          QStringLiteral("EXPLAIN QUERY PLAN SELECT t.rid FROM %1 t WHERE t.deleted = 0 "
                                         "AND t.%2 = 'x' ORDER BY t.sort_key, t.rid LIMIT 5")
                              .arg(QLatin1String(table), QLatin1String(column)));
        while (plan.step() == SqlStatement::Step::Row)
            QVERIFY2(!plan.text(3).contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(QLatin1String(table) + QLatin1Char('.') + QLatin1String(column) + QStringLiteral(": ") +
                                plan.text(3)));
    }
}

QTEST_GUILESS_MAIN(TestRecordList)
#include "TestRecordList.moc"
