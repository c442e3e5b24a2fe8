// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The pipeline board under the offscreen platform: columns and their totals against independent SQL,
// cards paged in order of close date, filters, and a deal dragged to another stage (the same drop the
// list view performs), with its stage history, the loss reason on Closed lost, and undo.

#include "Formatting.h"
#include "ReportTesting.h"
#include "ScreenTesting.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "analytics/CustomerHistory.h"
#include "dialogs/ActivityEditor.h"
#include "dialogs/Ask.h"
#include "dialogs/LeadConvertDialog.h"
#include "dialogs/LogCallDialog.h"
#include "dialogs/QuoteDialog.h"
#include "domain/Money.h"
#include "models/HistoryModel.h"
#include "models/RecordListModel.h"
#include "storage/Calendar.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "views/OpportunityPage.h"
#include "views/PipelineBoard.h"
#include "views/PipelineReport.h"
#include "views/RecordsView.h"
#include "views/SalesReportView.h"
#include "widgets/ElidedLabel.h"
#include "widgets/HistoryView.h"
#include "widgets/ListPanel.h"
#include "widgets/RecordPanel.h"
#include "widgets/ToolRow.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

class TestPipelineBoard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_undo;
    QString m_account, m_colleague;

    QString deal(const QString& name, const QString& stage, qint64 amount, const QString& close,
                 const QString& currency = QStringLiteral("EUR"), const QString& owner = {})
    {
        Record r(EntityType::Opportunity);
        r.set(u"name", name)
            .set(u"account_id", m_account)
            .set(u"stage", stage)
            .set(u"amount", amount)
            .set(u"currency", currency)
            .set(u"expected_close", close);
        if (!owner.isEmpty())
            r.set(u"owner_id", owner);
        auto id = m_ws->store().create(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }
    QString stageOf(const QString& id)
    {
        return scalar(m_ws->database(), QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"), {id})
            .toString();
    }
    std::unique_ptr<PipelineBoard> board()
    {
        auto b = std::make_unique<PipelineBoard>(*m_ws, m_undo);
        b->resize(1600, 900);
        b->show();
        QSignalSpy loaded(b.get(), &PipelineBoard::loaded);
        PipelineFilter everyone = b->filter();
        everyone.owners.clear();
        b->setFilter(everyone);
        if (!loaded.wait())
            qFatal("the board did not load");
        return b;
    }
    /// What a drag from one column and a drop on another do: the source's mime data, the target's drop.
    static bool dragTo(PipelineBoard& b, const QString& from, int row, const QString& to)
    {
        PipelineColumnModel* source = b.column(from);
        std::unique_ptr<QMimeData> data(source->mimeData({source->index(row)}));
        PipelineColumnModel* target = b.column(to);
        if (!target->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}))
            return false;
        target->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("pipeline.sqlite")), QStringLiteral("DE"));
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws = std::move(*ws);
        QVERIFY(m_ws->store().ensureCurrentUser());
        auto account = m_ws->store().create(rapport::test::account(QStringLiteral("Keller Logistik")));
        QVERIFY(account);
        m_account = *account;
        auto colleague = m_ws->store().create(Record(EntityType::User)
                                                  .set(u"username", QStringLiteral("jonas"))
                                                  .set(u"display_name", QStringLiteral("Jonas Becker"))
                                                  .set(u"role", QStringLiteral("rep")));
        QVERIFY(colleague);
        m_colleague = *colleague;
        // 120 deals in prospecting, in an order of close dates the insertion order does not give.
        for (int i = 0; i < 120; ++i)
            deal(QStringLiteral("Lead deal %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("prospecting"),
                 100'000 + i, QDate(2027, 1, 1).addDays((i * 37) % 120).toString(Qt::ISODate));
        deal(QStringLiteral("Big proposal"), QStringLiteral("proposal"), 5'000'000, QStringLiteral("2027-02-01"));
        deal(QStringLiteral("Swiss proposal"), QStringLiteral("proposal"), 2'000'000, QStringLiteral("2027-02-03"),
             QStringLiteral("CHF"));
        deal(QStringLiteral("Jonas' negotiation"), QStringLiteral("negotiation"), 900'000, QStringLiteral("2027-03-01"),
             QStringLiteral("EUR"), m_colleague);
    }

    void cards_nameTheirOwner_onlyWhereTheBoardShowsMoreThanOnePerson()
    {
        // On "My deals" every card said "Lena Hoff…": its owner, who is the person looking.
        auto b = board();
        const QList<QListView*> views = b->findChildren<QListView*>();
        QVERIFY(!views.isEmpty());
        const auto ownersShown = [&views] {
            int shown = 0;
            for (QListView* view : views)
                if (auto* cards = dynamic_cast<PipelineCardDelegate*>(view->itemDelegate()))
                    shown += cards->ownerShown() ? 1 : 0;
            return shown;
        };
        QCOMPARE(ownersShown(), int(views.size())); // everyone's deals: whose each is
        QListView* prospecting = b->findChild<QFrame*>(QStringLiteral("stage_prospecting"))->findChild<QListView*>();
        QTRY_VERIFY(prospecting->model()->rowCount() > 0);
        auto* cards = static_cast<PipelineCardDelegate*>(prospecting->itemDelegate());
        const auto painted = [&] {
            QStyleOptionViewItem option;
            option.initFrom(prospecting);
            option.rect = QRect(QPoint(0, 0), cards->sizeHint(option, prospecting->model()->index(0, 0)));
            QImage image(option.rect.size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            cards->paint(&painter, option, prospecting->model()->index(0, 0));
            return image;
        };
        const QImage withOwner = painted();
        QSignalSpy loaded(b.get(), &PipelineBoard::loaded);
        PipelineFilter mine = b->filter();
        mine.owners = {m_ws->currentUserId()};
        b->setFilter(mine);
        QVERIFY(loaded.wait());
        QCOMPARE(ownersShown(), 0);
        QVERIFY(painted() != withOwner); // the owner's name no longer drawn
        PipelineFilter everyone = b->filter();
        everyone.owners.clear();
        b->setFilter(everyone);
        QVERIFY(loaded.wait());
        QCOMPARE(ownersShown(), int(views.size()));
    }

    void columns_totalsMatchIndependentSql()
    {
        PipelineFilter all;
        auto columns = Pipeline::columns(m_ws->database(), all);
        QVERIFY(columns);
        QCOMPARE(columns->size(), 7);
        for (const PipelineColumn& c : *columns) {
            QCOMPARE(c.count,
                     scalar(m_ws->database(),
                            QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0 AND stage = ?"),
                            {c.stage})
                         .toLongLong());
            for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("CHF")}) {
                const QVariantList key{c.stage, currency};
                QCOMPARE(c.amount.value(currency),
                         scalar(m_ws->database(),
                                QStringLiteral("SELECT coalesce(sum(amount), 0) FROM opportunities WHERE deleted = 0 "
                                               "AND stage = ? AND currency = ?"),
                                key)
                             .toLongLong());
                QCOMPARE(c.weighted.value(currency),
                         scalar(m_ws->database(),
                                QStringLiteral("SELECT coalesce(sum(amount * probability / 100), 0) FROM opportunities "
                                               "WHERE deleted = 0 AND stage = ? AND currency = ?"),
                                key)
                             .toLongLong());
            }
        }
        // Filters: an owner, a least amount, a close period.
        PipelineFilter jonas;
        jonas.owners = {m_colleague};
        auto mine = Pipeline::columns(m_ws->database(), jonas);
        QVERIFY(mine);
        qint64 total = 0;
        for (const PipelineColumn& c : *mine)
            total += c.count;
        QCOMPARE(total, 1);
        PipelineFilter big;
        big.minAmount = 1'000'000;
        big.closeFrom = QDate(2027, 2, 1);
        big.closeTo = QDate(2027, 2, 28);
        auto bigOnes = Pipeline::columns(m_ws->database(), big);
        QVERIFY(bigOnes);
        QCOMPARE(bigOnes->at(Schema::stages().keys.indexOf(QStringLiteral("proposal"))).count, 2);
        QCOMPARE(bigOnes->at(Schema::stages().keys.indexOf(QStringLiteral("negotiation"))).count, 0);
    }

    void openStages_shareTheWidth_closedDealsInARowBelow()
    {
        // A small laptop's board (1,024 px less the sidebar's icons): every open stage in view without scrolling
        // sideways, the closed ones below them, their cards side by side.
        auto b = board();
        b->resize(935, 600);
        QTRY_COMPARE(b->size(), QSize(935, 600));
        b->layout()->activate();
        QCoreApplication::processEvents();
        const auto* scroll = b->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        int left = -1;
        for (const QString& stage : Schema::stages().keys) {
            QListView* view = b->columnView(stage);
            const QRect r(view->mapTo(b.get(), QPoint()), view->size());
            QVERIFY2(b->rect().contains(r), qPrintable(QStringLiteral("%1 at %2,%3 %4×%5")
                                                           .arg(stage)
                                                           .arg(r.x())
                                                           .arg(r.y())
                                                           .arg(r.width())
                                                           .arg(r.height())));
            if (Schema::isClosedStage(stage)) {
                QCOMPARE(view->flow(), QListView::LeftToRight);
                QVERIFY2(b->totalsText(stage).contains(QStringLiteral("closed in the last 90 day")),
                         qPrintable(b->totalsText(stage)));
                QVERIFY(r.top() > b->columnView(QStringLiteral("prospecting"))->mapTo(b.get(), QPoint()).y() + 200);
            } else {
                QVERIFY2(r.left() > left && view->width() >= 150, qPrintable(stage));
                left = r.left();
            }
        }
        // Narrower, it scrolls sideways rather than squeeze the cards.
        b->resize(800, 700);
        QTRY_VERIFY(scroll->horizontalScrollBar()->maximum() > 0);
    }

    void managers_boardAndDealList_startOnTheTeam()
    {
        // A manager owns few deals: the board and the deal list open on the team's, not on "My deals".
        RecordStore& store = m_ws->store();
        const QString me = store.currentUserId();
        const auto team = store.create(
            Record(EntityType::Team).set(u"name", QStringLiteral("Sales North")).set(u"kind", QStringLiteral("sales")));
        QVERIFY(team);
        const auto boss = store.create(Record(EntityType::User)
                                           .set(u"username", QStringLiteral("greta"))
                                           .set(u"display_name", QStringLiteral("Greta Boss"))
                                           .set(u"role", QStringLiteral("manager"))
                                           .set(u"team_id", *team));
        QVERIFY(boss);
        QVERIFY(store.setCurrentUserId(*boss));
        const QString teamsDeal = deal(QStringLiteral("North's renewal"), QStringLiteral("qualification"), 300'000,
                                       QStringLiteral("2027-01-15"), QStringLiteral("EUR"), *boss);
        {
            PipelineBoard managers(*m_ws, m_undo);
            QVERIFY(managers.filter().owners.isEmpty());
            QCOMPARE(managers.filter().teamId, *team);
            OpportunitiesView deals(*m_ws, m_undo);
            auto* views = deals.findChild<QComboBox*>(QStringLiteral("opportunitiesFilter"));
            QCOMPARE(views->itemText(0), OpportunitiesView::tr("My team's open deals"));
            QCOMPARE(views->currentIndex(), 0);
            ListPanel* list = deals.panel(EntityType::Opportunity);
            list->ensureLoaded();
            QTRY_COMPARE(list->model()->rowCount(), 1);
            QCOMPARE(list->model()->idAt(0), teamsDeal);
        }
        QVERIFY(store.setCurrentUserId(me));
        PipelineBoard reps(*m_ws, m_undo);
        QCOMPARE(reps.filter().owners, QStringList{me});
        QVERIFY(reps.filter().teamId.isEmpty());
        // Without a team, no team's views.
        OpportunitiesView deals(*m_ws, m_undo);
        auto* views = deals.findChild<QComboBox*>(QStringLiteral("opportunitiesFilter"));
        QCOMPARE(views->itemText(0), OpportunitiesView::tr("My open deals"));
        QCOMPARE(views->findText(OpportunitiesView::tr("My team's open deals")), -1);
        // The view chosen is where the list opens next time.
        const int all = views->findText(OpportunitiesView::tr("All deals"));
        views->setCurrentIndex(all);
        {
            OpportunitiesView again(*m_ws, m_undo);
            auto* chosen = again.findChild<QComboBox*>(QStringLiteral("opportunitiesFilter"));
            QCOMPARE(chosen->currentIndex(), all);
            ListPanel* list = again.panel(EntityType::Opportunity);
            list->ensureLoaded();
            QTRY_COMPARE(
                list->model()->rowCount(),
                scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0"))
                    .toInt());
        }
        views->setCurrentIndex(0);
    }

    void cards_pagedInOrderOfCloseDate()
    {
        auto b = board();
        PipelineColumnModel* prospecting = b->column(QStringLiteral("prospecting"));
        QCOMPARE(prospecting->rowCount(), PipelineColumnModel::PageSize);
        while (prospecting->canFetchMore({}))
            prospecting->fetchMore({});
        QCOMPARE(prospecting->rowCount(), 120);
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < prospecting->rowCount(); ++i) {
            const PipelineCard c = prospecting->index(i).data(PipelineColumnModel::CardRole).value<PipelineCard>();
            QVERIFY(c.expectedClose >= previous);
            previous = c.expectedClose;
            seen.insert(c.id);
            QCOMPARE(c.account, QStringLiteral("Keller Logistik"));
        }
        QCOMPARE(seen.size(), 120);
        // No rate for francs yet: the Swiss deal is counted and named, not summed.
        QVERIFY(b->totalsText(QStringLiteral("proposal")).contains(QStringLiteral("CHF not converted")));
    }

    void dragToStage_movesTheDeal_writesHistory_andUndoes()
    {
        auto b = board();
        const QString id = b->column(QStringLiteral("proposal"))->index(0).data(PipelineColumnModel::IdRole).toString();
        QCOMPARE(stageOf(id), QStringLiteral("proposal"));
        const int history = scalar(m_ws->database(),
                                   QStringLiteral("SELECT count(*) FROM stage_changes WHERE opportunity_id = ?"), {id})
                                .toInt();
        QSignalSpy loaded(b.get(), &PipelineBoard::loaded);
        QVERIFY(dragTo(*b, QStringLiteral("proposal"), 0, QStringLiteral("negotiation")));
        QCOMPARE(stageOf(id), QStringLiteral("negotiation"));
        QCOMPARE(scalar(m_ws->database(),
                        QStringLiteral("SELECT to_stage FROM stage_changes WHERE opportunity_id = ? ORDER BY rid DESC"),
                        {id})
                     .toString(),
                 QStringLiteral("negotiation"));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM stage_changes WHERE opportunity_id = ?"),
                        {id})
                     .toInt(),
                 history + 1);
        // The probability follows the stage's default; the columns show the move.
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {id})
                     .toInt(),
                 Schema::defaultProbability(u"negotiation"));
        QVERIFY(loaded.wait());
        QCOMPARE(b->column(QStringLiteral("proposal"))->rowCount(), 1);
        QCOMPARE(b->column(QStringLiteral("negotiation"))->rowCount(), 2);

        // Dropped back on its own column: nothing happens.
        const int undoBefore = m_undo.count();
        dragTo(*b, QStringLiteral("negotiation"), 0, QStringLiteral("negotiation"));
        QCOMPARE(m_undo.count(), undoBefore);

        m_undo.undo();
        QCOMPARE(stageOf(id), QStringLiteral("proposal"));
        m_undo.redo();
        QCOMPARE(stageOf(id), QStringLiteral("negotiation"));
    }

    void report_chartTableDrillDownAndCsv()
    {
        // 1 EUR = 1 EUR; 1 CHF = 1.10 EUR: the Swiss proposal counts in euros.
        QVERIFY(m_ws->store().create(Record(EntityType::ExchangeRate)
                                         .set(u"currency", QStringLiteral("CHF"))
                                         .set(u"base_currency", QStringLiteral("EUR"))
                                         .set(u"micro_rate", qint64(1'100'000))
                                         .set(u"valid_from", QStringLiteral("2020-01-01"))));
        PipelineReportView view(*m_ws);
        view.resize(1000, 800);
        view.show();
        QSignalSpy loaded(&view, &PipelineReportView::loaded);
        view.reload();
        QVERIFY(loaded.wait());
        // Five open stages, their sum, won and lost.
        QCOMPARE(view.table()->topLevelItemCount(), 8);
        QVERIFY(view.report().unconverted.isEmpty());
        QTreeWidgetItem* sum = view.table()->topLevelItem(5);
        QCOMPARE(sum->text(0), QStringLiteral("Open pipeline"));
        qint64 openDeals = 0;
        for (const PipelineStageFigures& f : view.report().stages)
            if (!Schema::isClosedStage(f.stage))
                openDeals += f.count;
        QCOMPARE(sum->text(1), QLocale().toString(openDeals));
        QVERIFY(sum->font(0).bold());
        const qint64 proposal =
            scalar(m_ws->database(), QStringLiteral("SELECT sum(CASE currency WHEN 'CHF' THEN amount * 1.1 ELSE amount "
                                                    "END) FROM opportunities WHERE stage = 'proposal' AND deleted = 0"))
                .toLongLong();
        const auto figures = view.report().stages.at(Schema::stages().keys.indexOf(QStringLiteral("proposal")));
        QCOMPARE(figures.amount, proposal);
        QVERIFY(view.findChild<QChartView*>()->chart()->series().size() == 1);
        // The board converts its totals the same way (the francs at 1.1).
        auto b = board();
        QVERIFY2(
            b->totalsText(QStringLiteral("proposal")).startsWith(Formatting::money(proposal, QStringLiteral("EUR"))),
            qPrintable(b->totalsText(QStringLiteral("proposal"))));
        QVERIFY(!b->totalsText(QStringLiteral("proposal")).contains(QStringLiteral("not converted")));

        // The deals behind a row.
        QWidget* drill = view.drillDown(QStringLiteral("prospecting"));
        auto* list = drill->findChild<QListView*>(QStringLiteral("drillDownList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), PipelineColumnModel::PageSize);
        QCOMPARE(list->model()->index(0, 0).data(PipelineColumnModel::CardRole).value<PipelineCard>().stage,
                 QStringLiteral("prospecting"));
        // What they add up to: the row's figures (more cards than a page), all of them in SQL.
        const qint64 prospecting =
            scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'prospecting' "
                                                    "AND deleted = 0"))
                .toLongLong();
        QVERIFY(prospecting > PipelineColumnModel::PageSize);
        const qint64 amount = scalar(m_ws->database(), QStringLiteral("SELECT sum(amount) FROM opportunities WHERE "
                                                                      "stage = 'prospecting' AND deleted = 0"))
                                  .toLongLong();
        const QString said = drill->findChild<QLabel*>(QStringLiteral("drillDownTotal"))->text();
        QVERIFY2(said.startsWith(QLocale().toString(prospecting) + QStringLiteral(" deal")), qPrintable(said));
        QVERIFY2(said.contains(Money{amount, QStringLiteral("EUR")}.formatWhole() + QStringLiteral(" in all")),
                 qPrintable(said));
        drill->close();

        const QString path = m_dir.filePath(QStringLiteral("pipeline.csv"));
        QVERIFY(view.exportCsv(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        // A person opens the file in a spreadsheet: the header is the table's, in the user's language; the rows are
        // the table's, the open pipeline's sum among them, and a closed stage has no weighting.
        QCOMPARE(lines.first(), QByteArray("Stage,Deals,Amount,Weighted,Currency"));
        QVERIFY(lines.at(1).startsWith("Prospecting,120,"));
        QVERIFY2(lines.at(6).startsWith("Open pipeline," + QByteArray::number(openDeals) + ','),
                 lines.at(6).constData());
        QVERIFY2(lines.at(7).startsWith("Closed won,") && lines.at(7).contains(",,EUR"), lines.at(7).constData());
    }

    void salesReport_forecastDrillsDownAndExports()
    {
        const QDate today = QDate::currentDate();
        deal(QStringLiteral("This quarter's proposal"), QStringLiteral("proposal"), 700'000,
             today.toString(Qt::ISODate));
        SalesReportView view(*m_ws, ReportKind::Forecast);
        QVERIFY(showLoaded(view));
        const SalesReport& report = view.report();
        QCOMPARE(report.rows.size(), 5); // this year's quarters and the total
        QCOMPARE(view.table()->topLevelItemCount(), 5);
        const int quarter = (today.month() - 1) / 3;
        const QDate start(today.year(), quarter * 3 + 1, 1);
        const QVariantList range{start.toString(Qt::ISODate), start.addMonths(3).addDays(-1).toString(Qt::ISODate)};
        const qint64 best =
            scalar(m_ws->database(),
                   QStringLiteral("SELECT sum(CASE currency WHEN 'CHF' THEN amount * 1.1 ELSE amount END) "
                                  "FROM opportunities WHERE deleted = 0 AND forecast_category = "
                                  "'best_case' AND stage NOT LIKE 'closed%' AND expected_close BETWEEN ? "
                                  "AND ?"),
                   range)
                .toLongLong();
        QVERIFY(best >= 700'000);
        QCOMPARE(report.rows[quarter].values[3].toLongLong(), best);

        // A click on the quarter's best-case bar lists the deals behind it.
        auto* series = qobject_cast<QAbstractBarSeries*>(view.chart()->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 4); // won, commit, best case, pipeline; the quota is a line
        Q_EMIT series->clicked(quarter, series->barSets().at(2));
        QDialog* drill = nullptr;
        QTRY_VERIFY((drill = view.findChild<QDialog*>(QStringLiteral("reportDrillDown"))) != nullptr);
        auto* list = drill->findChild<QTreeWidget*>(QStringLiteral("drillDownList"));
        const qint64 deals = scalar(m_ws->database(),
                                    QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0 AND "
                                                   "forecast_category = 'best_case' AND stage NOT LIKE 'closed%' AND "
                                                   "expected_close BETWEEN ? AND ?"),
                                    range)
                                 .toLongLong();
        QTRY_COMPARE(list->topLevelItemCount(), int(deals));
        QSignalSpy open(&view, &SalesReportView::openRecordRequested);
        Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).value<EntityType>(), EntityType::Opportunity);
        drill->close();

        // CSV, Excel and PDF; the PDF's text (pdftotext) has the title and the figures.
        QVERIFY(view.exportCsv(m_dir.filePath(QStringLiteral("forecast.csv"))));
        {
            QFile csv(m_dir.filePath(QStringLiteral("forecast.csv")));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QString header = QString::fromUtf8(csv.readLine()).trimmed();
            QVERIFY2(header.startsWith(QStringLiteral("Period,Closed won,")), qPrintable(header));
            QVERIFY2(header.endsWith(QStringLiteral(",Currency")), qPrintable(header));
        }
        QVERIFY(view.exportXlsx(m_dir.filePath(QStringLiteral("forecast.xlsx"))));
        const QString pdf = m_dir.filePath(QStringLiteral("forecast.pdf"));
        QVERIFY(view.exportPdf(pdf));
        const QString extracted = pdfText(pdf);
        QVERIFY2(extracted.contains(QStringLiteral("Forecast")), qPrintable(extracted));
        QVERIFY2(extracted.contains(QStringLiteral("Best case")), qPrintable(extracted));
        QVERIFY(extracted.contains(SalesReports::display(report, 3, report.rows[quarter].values[3])));

        // Next year: its four quarters, a deal expected in its second counted there.
        const QDate nextMay(today.year() + 1, 5, 15);
        deal(QStringLiteral("Next year's proposal"), QStringLiteral("proposal"), 900'000,
             nextMay.toString(Qt::ISODate));
        auto* period = view.findChild<QComboBox*>(QStringLiteral("reportPeriod"));
        const int nextYear = period->findData(SalesReportView::NextYear);
        QVERIFY(nextYear >= 0);
        QSignalSpy loaded(&view, &SalesReportView::loaded);
        period->setCurrentIndex(nextYear);
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(view.report().from, QDate(today.year() + 1, 1, 1));
        QCOMPARE(view.report().to, QDate(today.year() + 1, 12, 31));
        QCOMPARE(view.report().rows.size(), 5);
        QCOMPARE(view.report().rows[1].key, QStringLiteral("%1-Q2").arg(today.year() + 1));
        QVERIFY(view.report().rows[1].values[3].toLongLong() >= 900'000);
    }

    void salesReport_customPeriod_isTheDaysChosen()
    {
        SalesReportView view(*m_ws, ReportKind::Reps);
        QVERIFY(showLoaded(view));
        QSignalSpy loaded(&view, &SalesReportView::loaded);
        auto* period = view.findChild<QComboBox*>(QStringLiteral("reportPeriod"));
        const int before = period->currentIndex();
        const int custom = period->findData(SalesReportView::Custom);
        QVERIFY(custom >= 0);
        QCOMPARE(period->findData(SalesReportView::NextYear), -1); // the forecast's alone
        const QDate today = QDate::currentDate();
        // Picked: it asks for the days, and the report is of those days.
        auto answer = [](const QDate& from, const QDate& to, bool ok) {
            QTimer::singleShot(0, [from, to, ok] {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (auto* dialog = qobject_cast<QDialog*>(w);
                        dialog && dialog->objectName() == QLatin1String("customPeriod") && dialog->isVisible()) {
                        const auto edits = dialog->findChildren<QDateEdit*>();
                        edits.at(0)->setDate(from);
                        edits.at(1)->setDate(to);
                        ok ? dialog->accept() : dialog->reject();
                    }
            });
        };
        // Cancelled the first time: back to the period before.
        const ReportRequest usual = view.request();
        answer(today.addDays(-400), today, false);
        period->setCurrentIndex(custom);
        Q_EMIT period->activated(custom);
        QCOMPARE(period->currentIndex(), before);
        QCOMPARE(view.request().from, usual.from);
        answer(today.addDays(-45), today.addDays(-10), true);
        loaded.clear();
        period->setCurrentIndex(custom);
        Q_EMIT period->activated(custom);
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(view.request().from, today.addDays(-45));
        QCOMPARE(view.request().to, today.addDays(-10));
        QCOMPARE(view.report().from, today.addDays(-45));
        QCOMPARE(view.report().to, today.addDays(-10));
        QCOMPARE(period->currentText(), Formatting::dateRange(today.addDays(-45), today.addDays(-10)));
        // Picked again and cancelled: the days stay; another period and back, the same days.
        answer(today.addDays(-400), today, false);
        Q_EMIT period->activated(custom);
        QCOMPARE(view.request().from, today.addDays(-45));
        period->setCurrentIndex(before);
        QCOMPARE(view.request().from, usual.from);
        period->setCurrentIndex(custom);
        QCOMPARE(view.request().to, today.addDays(-10));
    }

    void salesReport_teamPdf_keepsEveryFigureWhole()
    {
        // The sales team's ten columns on paper: the page turned on its side, no figure or name broken.
        deal(QStringLiteral("Won big"), QStringLiteral("closed_won"), 123'456'789,
             QDate::currentDate().toString(Qt::ISODate));
        SalesReportView view(*m_ws, ReportKind::Reps);
        QVERIFY(showLoaded(view));
        const SalesReport& report = view.report();
        QVERIFY(report.columns.size() > 6);
        const QString pdf = m_dir.filePath(QStringLiteral("team.pdf"));
        QVERIFY(view.exportPdf(pdf));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30'000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12][.0-9]* x 595"))),
                 qPrintable(pages));
        const QString extracted = pdfText(pdf);
        int figures = 0;
        for (const ReportRow& row : report.rows) {
            QVERIFY2(extracted.contains(row.label), qPrintable(row.label));
            for (int c = 0; c < report.columns.size(); ++c) {
                const QString shown = SalesReports::display(report, c, row.values.value(c));
                if (report.columns[c].kind == ReportColumn::Kind::Text || shown.isEmpty())
                    continue;
                QVERIFY2(extracted.contains(shown), qPrintable(shown + QLatin1Char('\n') + extracted));
                ++figures;
            }
        }
        QVERIFY(figures > 10);
    }

    void winLoss_countsDealsOnItsAxis()
    {
        const auto lost = m_ws->store().create(Record(EntityType::Opportunity)
                                                   .set(u"name", QStringLiteral("Lost on price"))
                                                   .set(u"account_id", m_account)
                                                   .set(u"stage", QStringLiteral("closed_lost"))
                                                   .set(u"loss_reason", QStringLiteral("Price too high"))
                                                   .set(u"amount", qint64(90'000))
                                                   .set(u"currency", QStringLiteral("EUR"))
                                                   .set(u"expected_close", QDate::currentDate().addDays(-10)));
        QVERIFY(lost);
        SalesReportView view(*m_ws, ReportKind::WinLoss);
        QVERIFY(showLoaded(view));
        // Across: the reasons down the side, the deals counted along the bottom.
        const QList<QAbstractAxis*> axes = view.chart()->chart()->axes(Qt::Horizontal);
        QVERIFY(!axes.isEmpty());
        QCOMPARE(axes.first()->titleText(), QStringLiteral("deals"));
        QVERIFY(view.chart()->chart()->localizeNumbers()); // 1,500 on the axis as in the table
        QVERIFY(m_ws->store().remove(EntityType::Opportunity, *lost));
    }

    void convertLead_offersTheDuplicate_andUndoes()
    {
        auto contact = m_ws->store().create(
            rapport::test::contact(QStringLiteral("Clara"), QStringLiteral("Weiss"), m_account)
                .set(u"emails", QStringLiteral(R"([{"type":"work","address":"clara@keller.example"}])")));
        QVERIFY(contact);
        auto lead = m_ws->store().create(Record(EntityType::Lead)
                                             .set(u"first_name", QStringLiteral("Clara"))
                                             .set(u"last_name", QStringLiteral("Weiss"))
                                             .set(u"company", QStringLiteral("KELLER LOGISTIK"))
                                             .set(u"email", QStringLiteral("clara@keller.example"))
                                             .set(u"status", QStringLiteral("qualified")));
        QVERIFY(lead);
        auto plan = LeadConversion::plan(m_ws->store(), *lead, QStringLiteral("DE"));
        QVERIFY(plan);
        QCOMPARE(plan->accountId, m_account);
        QVERIFY(!plan->duplicates.isEmpty());
        QCOMPARE(plan->duplicates.first().id, *contact);
        LeadConvertDialog dialog(*m_ws, m_undo, *plan);
        QSignalSpy converted(&dialog, &LeadConvertDialog::converted);
        dialog.accept(); // the likeliest duplicate is preselected
        QCOMPARE(converted.size(), 1);
        const auto made = converted.first().first().value<ConvertedLead>();
        QCOMPARE(made.contactId, *contact);
        QCOMPARE(made.accountId, m_account);
        QVERIFY(!made.opportunityId.isEmpty());
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {*lead}).toString(),
                 QStringLiteral("converted"));
        QCOMPARE(
            scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Weiss'")).toInt(),
            1);
        m_undo.undo();
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {*lead}).toString(),
                 QStringLiteral("qualified"));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT deleted FROM opportunities WHERE id = ?"),
                        {made.opportunityId})
                     .toInt(),
                 1);
    }

    void closedLost_asksWhy_andACancelLeavesItOpen()
    {
        auto b = board();
        const QString id = b->column(QStringLiteral("proposal"))->index(0).data(PipelineColumnModel::IdRole).toString();
        Ask::setNextText(QString()); // cancelled
        QVERIFY(dragTo(*b, QStringLiteral("proposal"), 0, QStringLiteral("closed_lost")));
        QCOMPARE(stageOf(id), QStringLiteral("proposal"));
        Ask::setNextText(QStringLiteral("Chose a competitor"));
        QVERIFY(dragTo(*b, QStringLiteral("proposal"), 0, QStringLiteral("closed_lost")));
        QCOMPARE(Ask::lastQuestion(), QStringLiteral("Why was the deal lost?"));
        QCOMPARE(stageOf(id), QStringLiteral("closed_lost"));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT loss_reason FROM opportunities WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("competitor")); // a suggested reason is stored as its key, read in each one's language
        const FieldDef& reason = *Schema::entity(EntityType::Opportunity).field(u"loss_reason");
        QCOMPARE(Formatting::field(reason, QStringLiteral("competitor"), {}, false),
                 QStringLiteral("Chose a competitor"));
        QCOMPARE(Formatting::field(reason, QStringLiteral("Their CFO left"), {}, false),
                 QStringLiteral("Their CFO left"));
        {
            // The deal's form offers the reasons in the user's language, and takes words of one's own.
            RecordPanel panel(m_ws->store(), m_undo);
            panel.showRecord(EntityType::Opportunity, id);
            panel.edit();
            auto* box = panel.findChild<QComboBox*>(QStringLiteral("field_loss_reason"));
            QVERIFY(box && box->isEditable());
            QCOMPARE(box->currentText(), QStringLiteral("Chose a competitor"));
            QVERIFY(box->findText(QStringLiteral("No budget")) > 0);
            box->setCurrentIndex(box->findText(QStringLiteral("No budget")));
            panel.save();
            QCOMPARE(
                scalar(m_ws->database(), QStringLiteral("SELECT loss_reason FROM opportunities WHERE id = ?"), {id})
                    .toString(),
                QStringLiteral("no_budget"));
            panel.edit();
            box = panel.findChild<QComboBox*>(QStringLiteral("field_loss_reason"));
            box->setCurrentText(QStringLiteral("Their CFO left"));
            panel.save();
            QCOMPARE(
                scalar(m_ws->database(), QStringLiteral("SELECT loss_reason FROM opportunities WHERE id = ?"), {id})
                    .toString(),
                QStringLiteral("Their CFO left"));
        }
        QVERIFY(!scalar(m_ws->database(), QStringLiteral("SELECT closed_at FROM opportunities WHERE id = ?"), {id})
                     .isNull());
        // Recently closed deals stay on the board, in their column.
        QSignalSpy loaded(b.get(), &PipelineBoard::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(b->column(QStringLiteral("closed_lost"))->rowCount(), 1);
    }

    void opportunityPage_itemsRolesHistoryAndQuote()
    {
        // A product priced in euros in the default price book.
        auto product = m_ws->store().create(Record(EntityType::Product)
                                                .set(u"sku", QStringLiteral("HW-SCAN"))
                                                .set(u"name", QStringLiteral("Handheld scanner"))
                                                .set(u"category", QStringLiteral("Hardware"))
                                                .set(u"unit", QStringLiteral("pc"))
                                                .set(u"active", true));
        QVERIFY(product);
        auto book = m_ws->store().create(Record(EntityType::PriceBook)
                                             .set(u"name", QStringLiteral("Euro list"))
                                             .set(u"currency", QStringLiteral("EUR"))
                                             .set(u"is_default", true)
                                             .set(u"active", true));
        QVERIFY(book);
        QVERIFY(m_ws->store().create(Record(EntityType::PriceBookEntry)
                                         .set(u"price_book_id", *book)
                                         .set(u"product_id", *product)
                                         .set(u"unit_price", qint64(49'900))
                                         .set(u"currency", QStringLiteral("EUR"))));
        auto anna = m_ws->store().create(contact(QStringLiteral("Anna"), QStringLiteral("Keller"), m_account));
        QVERIFY(anna);
        const QString id = deal(QStringLiteral("Scanners for the warehouse"), QStringLiteral("qualification"), 0,
                                QStringLiteral("2027-04-30"));
        const auto amount = [&] {
            return scalar(m_ws->database(), QStringLiteral("SELECT amount FROM opportunities WHERE id = ?"), {id})
                .toLongLong();
        };

        OpportunityPage page(*m_ws, m_undo);
        page.resize(1100, 700);
        page.show();
        QSignalSpy loaded(&page, &OpportunityPage::loaded);
        page.showRecord(id);
        QVERIFY(loaded.wait());
        QCOMPARE(page.items()->rowCount(), 0);
        QCOMPARE(page.history()->topLevelItemCount(), 1); // opened in Qualification

        // Three scanners from the catalogue: the deal's amount follows its items.
        QVERIFY(page.addProduct(*product, 3));
        QTRY_COMPARE(page.items()->rowCount(), 1);
        QCOMPARE(amount(), 3 * 49'900);
        // Four at 10 % off, typed into the table as a person would.
        QTRY_VERIFY(page.items()->item(0, 2) != nullptr);
        page.items()->item(0, 2)->setText(QStringLiteral("4"));
        QTRY_COMPARE(amount(), 4 * 49'900);
        page.items()->item(0, 4)->setText(QStringLiteral("10"));
        QTRY_COMPARE(amount(), 179'640); // 4 × 499.00 × 0.9
        QTRY_COMPARE(page.items()->item(0, 5)->text(), Formatting::money(179'640, QStringLiteral("EUR")));
        // Nonsense is refused and the table shows what is stored.
        QSignalSpy messages(&page, &RecordPage::message);
        page.items()->item(0, 2)->setText(QStringLiteral("many"));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(amount(), 179'640);
        QCOMPARE(page.items()->item(0, 2)->text(), QStringLiteral("4"));
        // Each change was one step: undo takes the discount back, item and amount together.
        m_undo.undo();
        QCOMPARE(amount(), 4 * 49'900);
        QCOMPARE(scalar(m_ws->database(),
                        QStringLiteral("SELECT discount_bp FROM opportunity_lines WHERE opportunity_id = ?"), {id})
                     .toLongLong(),
                 0);
        m_undo.redo();
        QCOMPARE(amount(), 179'640);
        // The amount's moves are in the stage history, the stage unchanged.
        QTRY_VERIFY(page.history()->topLevelItemCount() >= 4);
        QVERIFY(page.history()->topLevelItem(0)->text(1).contains(QStringLiteral("Qualification")));

        // Buying roles: none yet, and the list says how to name them; then Anna decides; the same role twice is
        // refused.
        QCOMPARE(page.roles()->topLevelItemCount(), 1);
        QVERIFY(page.roles()->topLevelItem(0)->text(0).startsWith(QStringLiteral("No one yet")));
        QSignalSpy opened(&page, &OpportunityPage::openRecordRequested);
        Q_EMIT page.roles()->itemActivated(page.roles()->topLevelItem(0), 0);
        QCOMPARE(opened.size(), 0);
        QVERIFY(page.addRole(*anna, QStringLiteral("decision_maker")));
        QTRY_COMPARE(page.roles()->topLevelItem(0)->text(2), QStringLiteral("Decision maker"));
        QCOMPARE(page.roles()->topLevelItemCount(), 1);
        QVERIFY(!page.addRole(*anna, QStringLiteral("decision_maker")));

        // The quote: drafted from the items, 5 % off, issued with its PDF, listed on the deal and on the
        // account's timeline.
        // None yet: the list says how to make one, and there is nothing to open or print.
        QCOMPARE(page.quotes()->topLevelItemCount(), 1);
        QVERIFY(page.quotes()->topLevelItem(0)->text(0).startsWith(QStringLiteral("No quote yet")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("openQuote"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("printQuote"))->isEnabled());
        QuoteDialog* dialog = page.createQuote();
        QVERIFY(dialog && dialog->isReady());
        QVERIFY2(test::laptopMisfit(*dialog).isEmpty(), qPrintable(test::laptopMisfit(*dialog)));
        dialog->discount()->setValue(5);
        // 1,796.40 − 5 % (89.82) = 1,706.58; 19 % tax = 324.25; total 2,030.83.
        QCOMPARE(dialog->quote().value(u"total").toLongLong(), 203'083);
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("Handheld scanner")));
        const QString pdf = m_dir.filePath(QStringLiteral("quote.pdf"));
        QVERIFY(dialog->issue(pdf));
        dialog->close();
        QTRY_VERIFY(page.quotes()->topLevelItem(0)->text(0).contains(QStringLiteral("version 1")));
        QCOMPARE(page.quotes()->topLevelItemCount(), 1);
        QCOMPARE(page.quotes()->currentItem(), page.quotes()->topLevelItem(0)); // the latest, ready to open
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("openQuote"))->isEnabled());
        const QString extracted = pdfText(pdf, false);
        QVERIFY2(extracted.contains(QStringLiteral("Handheld scanner")), qPrintable(extracted));
        QVERIFY(extracted.contains(Formatting::money(203'083, QStringLiteral("EUR"))));
        auto timeline = CustomerHistory::ofAccount(m_ws->database(), m_account, {HistoryKind::Quote});
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->first().id, id);
        // A second version; the first, chosen, stays chosen when the page is read again after a change.
        QuoteDialog* again = page.createQuote();
        QVERIFY(again && again->isReady());
        {
            // Taxed as at home, the customer's country not known; a reverse charge chosen takes the tax off and
            // says so on the document, and VAT charged again brings the home rate back.
            auto* treatment = again->findChild<QComboBox*>(QStringLiteral("quoteTaxTreatment"));
            auto* rate = again->findChild<QDoubleSpinBox*>(QStringLiteral("quoteTax"));
            QVERIFY(treatment && rate);
            QCOMPARE(treatment->currentData().toString(), QStringLiteral("domestic"));
            const double home = rate->value();
            QVERIFY(home > 0 && rate->isEnabled());
            treatment->setCurrentIndex(treatment->findData(QStringLiteral("reverse_charge")));
            QCOMPARE(rate->value(), 0.0);
            QVERIFY(!rate->isEnabled());
            QCOMPARE(again->quote().value(u"total").toLongLong(), again->quote().value(u"subtotal").toLongLong());
            QCOMPARE(again->quote().text(u"tax_treatment"), QStringLiteral("reverse_charge"));
            QVERIFY(again->preview()->toPlainText().contains(QStringLiteral("Reverse charge")));
            treatment->setCurrentIndex(treatment->findData(QStringLiteral("domestic")));
            QCOMPARE(rate->value(), home);
            QVERIFY(!again->preview()->toPlainText().contains(QStringLiteral("Reverse charge")));
        }
        QVERIFY(again->issue(m_dir.filePath(QStringLiteral("quote2.pdf"))));
        again->close();
        QTRY_COMPARE(page.quotes()->topLevelItemCount(), 2);
        QVERIFY(page.quotes()->currentItem()->text(0).contains(QStringLiteral("version 2"))); // the latest first
        page.quotes()->setCurrentItem(page.quotes()->topLevelItem(1));
        QVERIFY(page.quotes()->currentItem()->text(0).contains(QStringLiteral("version 1")));
        QSignalSpy reread(&page, &OpportunityPage::loaded);
        QVERIFY(
            m_ws->store().update(Record(EntityType::Opportunity, id).set(u"next_step", QStringLiteral("Call back"))));
        QVERIFY(reread.wait());
        QVERIFY(page.quotes()->currentItem()->text(0).contains(QStringLiteral("version 1")));
        m_undo.undo(); // the second version
        QTRY_COMPARE(page.quotes()->topLevelItemCount(), 1);

        // Issuing was one step too.
        m_undo.undo();
        QTRY_VERIFY(page.quotes()->topLevelItem(0)->text(0).startsWith(QStringLiteral("No quote yet")));

        // Another deal chosen: until it is read, nothing of this one is shown or edited in its name.
        const QString other =
            deal(QStringLiteral("Another deal"), QStringLiteral("prospecting"), 1'000, QStringLiteral("2027-06-30"));
        page.showRecord(other);
        QCOMPARE(page.items()->rowCount(), 0);
        QVERIFY(!page.changeItem(0, 9, 49'900, 0));
        QVERIFY(!page.addRole(*anna, QStringLiteral("champion")));
        QCOMPARE(amount(), 179'640);
        QVERIFY(loaded.wait());
        QCOMPARE(page.current().deal.id(), other);

        // Discounts line up: as many decimals on every line as the most precise needs ("0.00" above "12.50").
        QVERIFY(page.addProduct(*product, 1));
        QTRY_COMPARE(page.items()->rowCount(), 1);
        QTRY_VERIFY(page.items()->item(0, 4) != nullptr);
        QCOMPARE(page.items()->item(0, 4)->text(), QStringLiteral("0")); // whole percents, no decimals
        QVERIFY(page.changeItem(0, 1, 49'900, 1'250));
        QVERIFY(page.addProduct(*product, 2));
        QTRY_COMPARE(page.items()->rowCount(), 2);
        QTRY_VERIFY(page.items()->item(1, 4) != nullptr);
        QStringList discounts{page.items()->item(0, 4)->text(), page.items()->item(1, 4)->text()};
        discounts.sort();
        QCOMPARE(discounts, (QStringList{QStringLiteral("0.00"), QStringLiteral("12.50")}));
    }

    void stageProbabilities_areTheCompanysAndUndoable()
    {
        auto b = board();
        QDialog* dialog = b->editStageProbabilities();
        auto* proposal = dialog->findChild<QSpinBox*>(QStringLiteral("proposal"));
        QVERIFY(proposal);
        QCOMPARE(proposal->value(), 60);
        proposal->setValue(55);
        // The company calls Needs analysis "Discovery"; the board's column says so.
        dialog->findChild<QLineEdit*>(QStringLiteral("needs_analysisName"))->setText(QStringLiteral("Discovery"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_ws->store().stageProbability(QStringLiteral("proposal")), 55);
        QCOMPARE(Schema::stages().label(QStringLiteral("needs_analysis")), QStringLiteral("Discovery"));
        QCOMPARE(m_ws->store().stageProbability(QStringLiteral("needs_analysis")), 40); // unchanged, carried
        const QString id =
            deal(QStringLiteral("Odds"), QStringLiteral("qualification"), 10'000, QStringLiteral("2027-05-01"));
        QVERIFY(m_ws->store().update(Record(EntityType::Opportunity, id).set(u"stage", QStringLiteral("proposal"))));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {id})
                     .toInt(),
                 55);
        // The setting was one step; undone, the stage has its usual odds again.
        m_undo.undo();
        QCOMPARE(m_ws->store().stageProbability(QStringLiteral("proposal")), 60);
        QCOMPARE(Schema::stages().label(QStringLiteral("needs_analysis")), QStringLiteral("Needs analysis"));
    }

    /// Last: its deals would change the board's figures above.
    void opportunityPage_timeline_logACall_andPlanTheNextStep()
    {
        auto anna = m_ws->store().create(contact(QStringLiteral("Anna"), QStringLiteral("Brandt"), m_account));
        QVERIFY(anna);
        const QString id = deal(QStringLiteral("Conveyor belts"), QStringLiteral("qualification"), 750'000,
                                QStringLiteral("2027-05-31"));
        QVERIFY(m_ws->store().update(Record(EntityType::Opportunity, id).set(u"contact_id", *anna)));

        OpportunityPage page(*m_ws, m_undo);
        page.resize(1100, 700);
        page.show();
        auto* logCall = page.findChild<QToolButton*>(QStringLiteral("dealLogCall"));
        auto* plan = page.findChild<QToolButton*>(QStringLiteral("dealPlan"));
        QVERIFY(logCall && plan);
        QVERIFY(!logCall->isEnabled()); // nothing to log a call about before the deal is read
        QSignalSpy loaded(&page, &OpportunityPage::loaded);
        page.showRecord(id);
        QVERIFY(loaded.wait());
        QVERIFY(logCall->isEnabled() && plan->isEnabled());
        page.tabs()->setCurrentWidget(page.timeline());
        QCOMPARE(page.tabs()->tabText(page.tabs()->currentIndex()), QStringLiteral("Timeline"));
        HistoryModel* timeline = page.timeline()->model();
        QTRY_COMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->entry(0).title, QStringLiteral("Deal opened"));
        // A deal's timeline offers no tickets to show.
        QVERIFY(page.timeline()->findChild<QToolButton*>(QStringLiteral("filterTickets"))->isHidden());

        // The call just made: with the deal's contact, about the deal, at its company.
        logCall->click();
        auto* call = page.findChild<LogCallDialog*>();
        QVERIFY(call);
        QCOMPARE(call->findChild<QLabel*>(QStringLiteral("callDeal"))->text(), QStringLiteral("Conveyor belts"));
        call->notes()->setPlainText(QStringLiteral("Wants the longer belts quoted."));
        call->accept();
        const auto linked = [&](const QString& type) {
            return scalar(m_ws->database(),
                          QStringLiteral("SELECT contact_id || ' ' || account_id FROM activities WHERE opportunity_id "
                                         "= ? AND type = ? AND deleted = 0"),
                          {id, type})
                .toString();
        };
        QCOMPARE(linked(QStringLiteral("call")), *anna + QLatin1Char(' ') + m_account);
        QTRY_COMPARE(timeline->rowCount(), 2);
        QCOMPARE(timeline->entry(0).subtype, QStringLiteral("call"));
        QCOMPARE(timeline->entry(0).person, QStringLiteral("Anna Brandt"));

        // The next step: a meeting about the deal, planned at the next full hour, first on the timeline.
        const qint64 freeHour =
            Calendar::nextFreeSlot(m_ws->database(), m_ws->currentUserId(), QDateTime::currentMSecsSinceEpoch(), 60,
                                   Formatting::displayZone());
        plan->menu()->findChild<QAction*>(QStringLiteral("planMeeting"))->trigger();
        auto* meeting = page.findChild<ActivityEditor*>();
        QVERIFY(meeting);
        // With the deal's contact among its attendees.
        QCOMPARE(meeting->invitees().size(), 1);
        QCOMPARE(meeting->invitees().first().contactId, *anna);
        meeting->subjectEdit()->setText(QStringLiteral("Belt demo on site"));
        meeting->accept();
        QVERIFY2(meeting->errorText().isEmpty(), qPrintable(meeting->errorText()));
        QCOMPARE(linked(QStringLiteral("meeting")), *anna + QLatin1Char(' ') + m_account);
        QCOMPARE(scalar(m_ws->database(),
                        QStringLiteral("SELECT count(*) FROM activity_attendees p JOIN activities a ON "
                                       "a.id = p.activity_id WHERE a.subject = 'Belt demo on site' "
                                       "AND p.contact_id = ?"),
                        {*anna})
                     .toInt(),
                 1);
        // In the first free hour of the working day (tonight or at the weekend: the next working morning).
        const qint64 start = scalar(m_ws->database(), QStringLiteral("SELECT start_at FROM activities WHERE subject = "
                                                                     "'Belt demo on site'"))
                                 .toLongLong();
        QVERIFY(start > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(start, freeHour);
        QTRY_COMPARE(timeline->rowCount(), 3);
        QCOMPARE(timeline->entry(0).title, QStringLiteral("Belt demo on site"));

        // A call planned for later has no outcome or length yet; a task has no place or people to invite.
        plan->menu()->findChild<QAction*>(QStringLiteral("planCall"))->trigger();
        auto* laterCall = page.findChildren<ActivityEditor*>().last();
        QVERIFY(laterCall->findChild<QComboBox*>(QStringLiteral("outcome"))->isHidden());
        QVERIFY(!laterCall->findChild<QTreeWidget*>(QStringLiteral("attendees"))->isHidden());
        laterCall->reject();
        plan->menu()->findChild<QAction*>(QStringLiteral("planTask"))->trigger();
        auto* task = page.findChildren<ActivityEditor*>().last();
        QVERIFY(task->findChild<QLineEdit*>(QStringLiteral("location"))->isHidden());
        QVERIFY(!task->findChild<QTreeWidget*>(QStringLiteral("attendees"))->isVisibleTo(task));
        task->reject();

        // Both undo, and the timeline follows.
        m_undo.undo();
        m_undo.undo();
        QTRY_COMPARE(timeline->rowCount(), 1);
    }

    void dealList_addsUpTheListedAndTheSelectedDeals()
    {
        // The deals listed, and what they are worth: in euros at the day's rate (1 CHF = 1.10 EUR, set above),
        // with the sums per currency in the tip.
        Settings().setReportingCurrency(QStringLiteral("EUR"));
        Database& db = m_ws->database();
        ListPanel list(*m_ws, m_undo, *ListQueries::forType(EntityType::Opportunity));
        list.resize(1400, 600);
        list.show();
        list.ensureLoaded();
        auto* count = list.findChild<ElidedLabel*>(QStringLiteral("listCount"));
        const QString sum = QStringLiteral("SELECT coalesce(sum(amount), 0) FROM opportunities WHERE deleted = 0 AND "
                                           "currency = ?");
        const qint64 eur = scalar(db, sum, {QStringLiteral("EUR")}).toLongLong();
        const qint64 chf = scalar(db, sum, {QStringLiteral("CHF")}).toLongLong();
        QVERIFY(eur > 0 && chf > 0);
        const qint64 n =
            scalar(db, QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0")).toLongLong();
        const QString listed = Formatting::count(EntityType::Opportunity, n);
        const auto money = [](qint64 minor, const char* currency) {
            return Money{minor, QLatin1String(currency)}.formatWhole();
        };
        QTRY_COMPARE(count->text(), listed + QStringLiteral(" · ") + money(eur + (chf * 11 + 5) / 10, "EUR"));
        QVERIFY2(count->toolTip().contains(money(chf, "CHF")), qPrintable(count->toolTip()));
        QVERIFY2(count->toolTip().contains(QStringLiteral("exchange rates")), qPrintable(count->toolTip()));

        // Three selected: their sum.
        list.view()->selectionModel()->select(QItemSelection(list.model()->index(0, 0), list.model()->index(2, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList ids = list.selectedIds();
        QCOMPARE(ids.size(), 3);
        QStringList currencies;
        qint64 selected = 0;
        for (const QString& id : ids) {
            selected += scalar(db, QStringLiteral("SELECT amount FROM opportunities WHERE id = ?"), {id}).toLongLong();
            currencies
                << scalar(db, QStringLiteral("SELECT currency FROM opportunities WHERE id = ?"), {id}).toString();
        }
        QVERIFY(!currencies.contains(QStringLiteral("CHF"))); // in order of close date: 2027's first deals
        QCOMPARE(count->text(), listed + QStringLiteral(" · 3 selected · ") + money(selected, "EUR"));
        list.view()->clearSelection();

        // One currency: its own sum, nothing converted.
        list.model()->setCondition(QStringLiteral("t.currency = ?"), {QStringLiteral("CHF")});
        const qint64 swiss =
            scalar(db, QStringLiteral("SELECT count(*) FROM opportunities WHERE deleted = 0 AND currency = 'CHF'"))
                .toLongLong();
        QTRY_COMPARE(count->text(),
                     Formatting::count(EntityType::Opportunity, swiss) + QStringLiteral(" · ") + money(chf, "CHF"));
        QCOMPARE(count->toolTip(), count->text());
        // Without a rate, the currencies one after another: none is left out.
        QVERIFY(m_ws->store().create(Record(EntityType::Opportunity)
                                         .set(u"name", QStringLiteral("Tokyo pilot"))
                                         .set(u"account_id", m_account)
                                         .set(u"stage", QStringLiteral("proposal"))
                                         .set(u"amount", qint64(12'000'000))
                                         .set(u"currency", QStringLiteral("JPY"))
                                         .set(u"expected_close", QStringLiteral("2027-03-03"))));
        list.model()->setCondition(QStringLiteral("t.currency IN ('CHF', 'JPY')"), {});
        QTRY_VERIFY2(count->text().endsWith(money(chf, "CHF") + QStringLiteral(" + ") + money(12'000'000, "JPY")),
                     qPrintable(count->text()));
        QVERIFY2(count->toolTip().contains(QStringLiteral("no exchange rate from JPY")), qPrintable(count->toolTip()));
    }

    void opportunityPage_saysWhenTheDealClosesOrClosed()
    {
        OpportunityPage page(*m_ws, m_undo);
        QSignalSpy loaded(&page, &OpportunityPage::loaded);
        const auto subtitle = [&](const QString& id) {
            page.showRecord(id);
            [&] { QVERIFY(loaded.wait()); }();
            return page.findChild<QLabel*>(QStringLiteral("dealSubtitle"))->text();
        };
        const QDate today = QDate::currentDate();
        QString text = subtitle(deal(QStringLiteral("Next year"), QStringLiteral("proposal"), 1000,
                                     today.addYears(1).toString(Qt::ISODate)));
        // On one line: "closes" never stands at a line's end above its date.
        QVERIFY2(text.contains(Formatting::unbroken(QStringLiteral("closes ") + Formatting::date(today.addYears(1)))),
                 qPrintable(text));
        // Its close date gone by while it is still open: said so, in red.
        text = subtitle(deal(QStringLiteral("Overdue"), QStringLiteral("negotiation"), 1000,
                             today.addDays(-5).toString(Qt::ISODate)));
        QVERIFY2(text.contains(
                     Formatting::unbroken(QStringLiteral("was to close ") + Formatting::date(today.addDays(-5)))) &&
                     text.contains(QStringLiteral("color:#c62828")),
                 qPrintable(text));
        // Closed: the day it closed, whatever the plan was.
        text = subtitle(
            deal(QStringLiteral("Won"), QStringLiteral("closed_won"), 1000, today.addDays(-30).toString(Qt::ISODate)));
        QVERIFY2(text.contains(Formatting::unbroken(QStringLiteral("closed ") + Formatting::date(today))) &&
                     !text.contains(QStringLiteral("close\u00a0")),
                 qPrintable(text));
        // Narrow (in French beside a laptop's list, the labels being longer), the name keeps about forty letters'
        // width, the buttons showing their icons alone first.
        page.resize(520, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* title = page.findChild<QLabel*>(QStringLiteral("dealTitle"));
        auto* actions = page.findChild<ToolRow*>(QStringLiteral("dealActions"));
        // The French labels, longer than the English.
        page.findChild<QToolButton*>(QStringLiteral("dealLogCall"))->setText(QStringLiteral("Consigner un appel…"));
        page.findChild<QToolButton*>(QStringLiteral("dealPlan"))->setText(QStringLiteral("Planifier"));
        page.findChild<QToolButton*>(QStringLiteral("createQuote"))->setText(QStringLiteral("Créer un devis…"));
        actions->textChanged();
        QTRY_VERIFY2(
            actions->isCompact() || actions->sizeHint().width() <= actions->width(),
            qPrintable(QStringLiteral("buttons %1 of %2").arg(actions->width()).arg(actions->sizeHint().width())));
        QVERIFY2(title->width() >= page.fontMetrics().averageCharWidth() * 40,
                 qPrintable(QString::number(title->width())));
        QVERIFY(actions->geometry().right() < page.width());
        page.resize(1400, 600);
        QTRY_VERIFY(!actions->isCompact());
    }
};

QTEST_MAIN(TestPipelineBoard)
#include "TestPipelineBoard.moc"
