// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Formatting.h"
#include "TestSupport.h"
#include "domain/Schema.h"
#include "models/RecordListModel.h"
#include "search/SearchIndex.h"
#include "storage/ListQueries.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <limits>

using namespace rapport;
using namespace rapport::test;

class TestRecordListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchMore_loadsPageByPage();
    void fetchAll_readsToTheEnd_orUpToALimit();
    void sort_andFilter_reloadFromSql();
    void edit_refreshesRowInPlace();
    void formatting_showsLabelsAndMoney();
    void formatting_keepsAFigureOnOneLineInAHeader();
    void formatting_showsEveryPhoneNumberOneWay();
    void scrolling_keepsAWindowOfPages_andReadsDroppedPagesAgain();
    void searchResult_restrictsToTheMatches();

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_account;
};

void TestRecordListModel::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    m_account = *m_t->store->create(account(QStringLiteral("Keller AG")));
    for (int i = 0; i < 450; ++i)
        QVERIFY(m_t->store->create(contact(QStringLiteral("P%1").arg(i),
                                           QStringLiteral("Name%1").arg(i, 3, 10, QLatin1Char('0')), m_account)));
}

void TestRecordListModel::fetchMore_loadsPageByPage()
{
    RecordListModel model(*m_t->db, *m_t->store, ListQueries::contacts());
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QCOMPARE(model.rowCount(), RecordListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RecordListModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    // Attached once everything is loaded: Qt 6.4's tester calls fetchMore from its constructor and
    // then mistakes the rows that arrive for a change nested in a reset.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("P0 Name000"));
    QCOMPARE(model.data(model.index(449, 0)).toString(), QStringLiteral("P449 Name449"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("Keller AG"));
    QVERIFY(IdGenerator::isValid(model.data(model.index(0, 0), RecordListModel::IdRole).toString()));
}

void TestRecordListModel::fetchAll_readsToTheEnd_orUpToALimit()
{
    RecordListModel model(*m_t->db, *m_t->store, ListQueries::contacts());
    model.reload();
    QVERIFY(!model.fetchAll(250)); // two pages hold the 250 rows asked for; the list goes on
    QCOMPARE(model.rowCount(), 2 * RecordListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(model.fetchAll(std::numeric_limits<int>::max()));
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.fetchAll(1)); // already at the end
    QCOMPARE(model.data(model.index(449, 0)).toString(), QStringLiteral("P449 Name449"));
}

void TestRecordListModel::sort_andFilter_reloadFromSql()
{
    // No model tester here: Qt 6.4's tester fetches more rows from inside its modelReset handler and
    // then reports its own fetch as a change nested in the reset.
    RecordListModel model(*m_t->db, *m_t->store, ListQueries::contacts());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload();
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), RecordListModel::PageSize);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("P449 Name449"));
    // The account has no index: it sorts only a list of at most scanSortLimit() records (450 here).
    QSignalSpy refused(&model, &RecordListModel::sortRefused);
    QSignalSpy abandoned(&model, &RecordListModel::sortAbandoned);
    model.list().setScanSortLimit(449);
    model.sort(1, Qt::AscendingOrder); // too many: refused, the order stays
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().toInt(), 1);
    QCOMPARE(model.list().sortColumn(), 0);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("P449 Name449"));
    model.setSearchText(QStringLiteral("name12"));
    QVERIFY(model.hasLoaded());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 10);     // Name120 … Name129
    model.sort(1, Qt::DescendingOrder); // narrowed: sorts
    QCOMPARE(model.list().sortColumn(), 1);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    model.setSearchText(QString()); // all 450 again: back to the list's own order
    QCOMPARE(abandoned.count(), 1);
    QCOMPARE(abandoned.first().first().toInt(), 1);
    QCOMPARE(model.list().sortColumn(), 0);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("P0 Name000"));
}

void TestRecordListModel::edit_refreshesRowInPlace()
{
    RecordListModel model(*m_t->db, *m_t->store, ListQueries::contacts());
    model.setSearchText(QStringLiteral("name0"));
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = model.idAt(3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Record edit(EntityType::Contact, id);
    edit.set(u"job_title", QStringLiteral("Head of IT"));
    QVERIFY(m_t->store->update(edit));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.data(model.index(3, 2)).toString(), QStringLiteral("Head of IT"));
}

void TestRecordListModel::formatting_showsLabelsAndMoney()
{
    Record o(EntityType::Opportunity);
    o.set(u"name", QStringLiteral("Scanner rollout"))
        .set(u"account_id", m_account)
        .set(u"stage", QStringLiteral("needs_analysis"))
        .set(u"amount", 1234550)
        .set(u"currency", QStringLiteral("EUR"))
        .set(u"expected_close", QStringLiteral("2026-12-01"))
        .set(u"owner_id", m_t->store->currentUserId());
    QVERIFY(m_t->store->create(o));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RecordListModel model(*m_t->db, *m_t->store, ListQueries::opportunities());
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("Needs analysis"));
    QCOMPARE(model.data(model.index(0, 3)).toString(), QStringLiteral("€12,345.50"));
    QCOMPARE(model.data(model.index(0, 5)).toString(), QStringLiteral("40%"));
    QCOMPARE(model.data(model.index(0, 3), Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    // Spans of time: minutes within the day, whole hours or days and hours beyond it.
    QCOMPARE(Formatting::hoursAndMinutes(42), QStringLiteral("42 min"));
    QCOMPARE(Formatting::hoursAndMinutes(3 * 60 + 5), QStringLiteral("3 h 05 min"));
    QCOMPARE(Formatting::hoursAndMinutes(8 * 60), QStringLiteral("8 h")); // beside "7 h 38 min", not "8 h 00 min"
    QCOMPARE(Formatting::hoursAndMinutes(100 * 60 + 5), QStringLiteral("100 h"));
    QCOMPARE(Formatting::hoursAndMinutes(1234 * 60), QStringLiteral("1,234 h"));
    QCOMPARE(Formatting::duration((2 * 24 + 4) * 3'600'000LL + 60'000), QStringLiteral("2 d 4 h"));
    // A long address shown as a link may break after its "@" in a narrow form; what it links to is whole, and
    // the text without the breaks is the address.
    const FieldDef* email = Schema::entity(EntityType::Lead).field(u"email");
    QVERIFY(email && email->type == FieldType::Email);
    const QString address = QStringLiteral("christopher.adams@blueanalyticscorp.example");
    const QString shown = Formatting::field(*email, address, {}, true);
    QVERIFY2(shown.contains(QStringLiteral("href=\"mailto:") + address + u'"'), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("@\u200b")));
    QTextDocument doc;
    doc.setHtml(shown);
    QCOMPARE(doc.toPlainText().remove(QChar(0x200b)), address);
    QCOMPARE(Formatting::field(*email, address, {}, false), address); // plain text (exports, copies) as it is
}

void TestRecordListModel::formatting_keepsAFigureOnOneLineInAHeader()
{
    // A deal's header in French broke "242 550,00 €" after "242": rich text reads the narrow no-break space that
    // groups the figure as a space. And a broken line of facts ends in "·", never starts with it.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    const QString money = Formatting::money(24255000, QStringLiteral("EUR"));
    QVERIFY2(money.contains(QChar(0x202F)) || money.contains(QChar(QChar::Nbsp)), qPrintable(money));
    const QString html =
        Formatting::facts({QStringLiteral("Besson Infrastructures SARL"), QStringLiteral("Qualification"),
                           Formatting::unbroken(money), QStringLiteral("clôture le 15/12/2026")});
    QTextDocument document;
    document.setHtml(html);
    const QFontMetrics metrics(document.defaultFont());
    for (const int width : {120, 160, 200, 260, 320}) {
        document.setTextWidth(width);
        (void)document.size(); // laid out
        QTextBlock block = document.firstBlock();
        QTextLayout* layout = block.layout();
        QStringList lines;
        for (int i = 0; i < layout->lineCount(); ++i)
            lines << block.text().mid(layout->lineAt(i).textStart(), layout->lineAt(i).textLength()).trimmed();
        const QString shown = lines.join(u'|');
        QVERIFY2(lines.filter(QStringLiteral("550,00")).size() == 1 &&
                     lines.filter(QStringLiteral("550,00")).first().contains(QStringLiteral("242")),
                 qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(shown)));
        for (const QString& line : std::as_const(lines))
            QVERIFY2(!line.startsWith(QStringLiteral("·")),
                     qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(shown)));
    }
    // A ticket's channel is not broken after its hyphen ("Walk-" at a line's end, "in" on the next), at any width.
    const QString ticket = Formatting::facts(
        {QStringLiteral("Low"), QStringLiteral("<b>Open</b>"), Formatting::unbroken(QStringLiteral("Walk-in"))});
    document.setHtml(ticket);
    for (int width = 40; width <= 200; ++width) {
        document.setTextWidth(width);
        (void)document.size();
        QTextBlock block = document.firstBlock();
        QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QString line = block.text().mid(layout->lineAt(i).textStart(), layout->lineAt(i).textLength());
            QVERIFY2(!line.trimmed().endsWith(u'-'), qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(line)));
        }
    }
}

void TestRecordListModel::formatting_showsEveryPhoneNumberOneWay()
{
    TempDatabase t;
    t.store->setDefaultRegion(QStringLiteral("US"));
    Formatting::setHomeRegion(QStringLiteral("US"));
    const auto phones = [](const QString& number) {
        return QStringLiteral(R"([{"type":"work","number":"%1"}])").arg(number);
    };
    QVERIFY(t.store->create(
        contact(QStringLiteral("Ann"), QStringLiteral("Able")).set(u"phones", phones(QStringLiteral("512.228.1809")))));
    QVERIFY(t.store->create(contact(QStringLiteral("Bo"), QStringLiteral("Baker"))
                                .set(u"phones", phones(QStringLiteral("+1 (206) 580 6932 x 7")))));
    QVERIFY(t.store->create(contact(QStringLiteral("Cy"), QStringLiteral("Cole"))
                                .set(u"phones", phones(QStringLiteral("+49 (0)30 123 45 67")))));
    QVERIFY(t.store->create(contact(QStringLiteral("Di"), QStringLiteral("Dunn")))); // no number: an empty cell
    QVERIFY(t.store->create(account(QStringLiteral("Keller AG")).set(u"phone", QStringLiteral("+49 89 2180-0"))));
    QVERIFY(t.store->create(Record(EntityType::Lead)
                                .set(u"last_name", QStringLiteral("Eve"))
                                .set(u"status", QStringLiteral("new"))
                                .set(u"phone", QStringLiteral("2065806932"))));

    const auto column = [](const ListSpec& spec) {
        for (int c = 0; c < spec.columns.size(); ++c)
            if (spec.columns[c].key == QLatin1String("phone"))
                return c;
        return -1;
    };
    const auto shown = [&](const ListSpec& spec) {
        RecordListModel model(*t.db, *t.store, spec);
        model.reload();
        QStringList cells;
        for (int row = 0; row < model.rowCount(); ++row)
            cells << model.data(model.index(row, column(spec))).toString();
        return cells;
    };
    // At home the national way, abroad with the country code, the extension kept; however they were typed.
    QCOMPARE(shown(ListQueries::contacts()),
             (QStringList{QStringLiteral("(512) 228-1809"), QStringLiteral("(206) 580-6932 ext. 7"),
                          QStringLiteral("+49 30 1234567"), QString()}));
    // Sorted by the number, not by its spelling ("512.228.1809" would come after "+1 (206) …").
    {
        RecordListModel model(*t.db, *t.store, ListQueries::contacts());
        model.reload();
        model.sort(column(ListQueries::contacts()), Qt::AscendingOrder);
        QStringList cells;
        for (int row = 0; row < model.rowCount(); ++row)
            cells << model.data(model.index(row, column(ListQueries::contacts()))).toString();
        QCOMPARE(cells, (QStringList{QString(), QStringLiteral("(206) 580-6932 ext. 7"),
                                     QStringLiteral("(512) 228-1809"), QStringLiteral("+49 30 1234567")}));
    }
    QCOMPARE(shown(ListQueries::accounts()), QStringList{QStringLiteral("+49 89 21800")});
    QCOMPARE(shown(ListQueries::leads()), QStringList{QStringLiteral("(206) 580-6932")});
    // A record's page too, with the number to dial behind the link.
    const FieldDef& numbers = *Schema::entity(EntityType::Contact).field(QStringLiteral("phones"));
    QCOMPARE(Formatting::field(numbers,
                               QStringLiteral(R"([{"type":"work","number":"512.228.1809","e164":"+15122281809"}])"), {},
                               true),
             QStringLiteral("<a href=\"tel:+15122281809\">(512) 228-1809</a> (work)"));
    // An address as its country's post writes it, with the state where the post asks for it.
    const FieldDef& addresses = *Schema::entity(EntityType::Contact).field(QStringLiteral("addresses"));
    QCOMPARE(
        Formatting::field(addresses,
                          QStringLiteral(R"([{"type":"work","street":"134 Cedar Lane","city":"Chicago","region":"IL",)"
                                         R"("postal_code":"60617","country":"US"},{"type":"home","street":"Ring 1",)"
                                         R"("city":"Köln","region":"NRW","postal_code":"50667","country":"DE"}])"),
                          {}, false),
        QStringLiteral("134 Cedar Lane, Chicago, IL 60617, United States (work)\nRing 1, 50667 Köln, Germany (home)"));
    Formatting::setHomeRegion(QStringLiteral("DE"));
    QCOMPARE(shown(ListQueries::contacts()).first(), QStringLiteral("+1 512-228-1809"));
    QCOMPARE(shown(ListQueries::accounts()), QStringList{QStringLiteral("089 21800")});
    Formatting::setHomeRegion(QString());
}

void TestRecordListModel::scrolling_keepsAWindowOfPages_andReadsDroppedPagesAgain()
{
    // More rows than the window holds: scrolling to the end keeps only the window in memory, and going
    // back to the top reads the first pages again, the same rows in the same order.
    TempDatabase t;
    const int total = (RecordListModel::WindowPages + 6) * RecordListModel::PageSize + 17;
    {
        RecordStore::BulkOptions o;
        auto bulk = t.store->beginBulk(o);
        for (int i = 0; i < total; ++i)
            QVERIFY(bulk->add(
                contact(QStringLiteral("W%1").arg(i), QStringLiteral("Window%1").arg(i, 5, 10, QLatin1Char('0')))));
        QVERIFY(bulk->finish());
    }
    RecordListModel model(*t.db, *t.store, ListQueries::contacts());
    model.reload();
    QStringList seen;
    while (true) {
        for (int r = static_cast<int>(seen.size()); r < model.rowCount(); ++r)
            seen << model.idAt(r);
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(seen.size(), qsizetype(total));
    QVERIFY(model.residentPages() <= RecordListModel::WindowPages);
    // Back to the top and down again: every row is the one seen before.
    for (int r = 0; r < total; r += 97)
        QCOMPARE(model.idAt(r), seen[r]);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("W0 Window00000"));
    QVERIFY(model.residentPages() <= RecordListModel::WindowPages);

    // A record near the end, shown without reading the list down to it: the rows start half a page above it.
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        RecordListModel far(*t.db, *t.store, ListQueries::contacts());
        far.sort(0, order);
        far.reload();
        QStringList expected = seen;
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        const int rank = total - 300;
        const QString id = expected[rank];
        const int row = far.locate(id);
        QCOMPARE(row, RecordListModel::PageSize / 2);
        QCOMPARE(far.idAt(row), id);
        QCOMPARE(far.idAt(row + 1), expected[rank + 1]);
        QCOMPARE(far.idAt(0), expected[rank - RecordListModel::PageSize / 2]);
        // Downwards as always, to the end.
        while (far.canFetchMore({}))
            far.fetchMore({});
        QCOMPARE(far.idAt(far.rowCount() - 1), expected.last());
        // Upwards page by page to the top: the rows above come in order, and the rows in view keep theirs.
        QVERIFY(far.canFetchEarlier());
        QSignalSpy inserted(&far, &QAbstractItemModel::rowsInserted);
        int added = 0;
        while (far.canFetchEarlier()) {
            const int n = far.fetchEarlier();
            QVERIFY(n > 0);
            added += n;
            QCOMPARE(far.idAt(row + added), id);
        }
        QCOMPARE(inserted.size(),
                 (rank - RecordListModel::PageSize / 2 + RecordListModel::PageSize - 1) / RecordListModel::PageSize);
        QCOMPARE(far.rowCount(), total);
        QCOMPARE(far.rowOf(id), rank);
        QVERIFY(far.residentPages() <= RecordListModel::WindowPages);
        // Every row, read again where pages were dropped, is the one in its place.
        for (int r = 0; r < total; r += 89)
            QCOMPARE(far.idAt(r), expected[r]);
        QCOMPARE(far.idAt(total - 1), expected.last());
        // A record near the top starts the list at the top; one the list does not show is not found.
        QCOMPARE(far.locate(expected[3]), 3);
        QVERIFY(!far.canFetchEarlier());
        QCOMPARE(far.locate(QStringLiteral("no-such-record")), -1);
    }
}

void TestRecordListModel::searchResult_restrictsToTheMatches()
{
    RecordListModel model(*m_t->db, *m_t->store, ListQueries::contacts());
    model.reload();
    auto rids = SearchIndex::listMatches(*m_t->db, EntityType::Contact, u"name12", 1000);
    QVERIFY(rids);
    QCOMPARE(rids->size(), 10);
    model.setSearchResult(QStringLiteral("name12"), *rids);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("P120 Name120")); // in the list's order
    model.setSearchResult(QString(), {});
    QCOMPARE(model.rowCount(), RecordListModel::PageSize);
}

QTEST_MAIN(TestRecordListModel)
#include "TestRecordListModel.moc"
