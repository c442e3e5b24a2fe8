// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Exchange rates and the pipeline report: conversions by the rate of the day (direct, inverse, through a
// third currency, currencies without minor units, rounding), and the report's figures against SQL written
// independently of the code under test.

#include "TestSupport.h"
#include "analytics/Pipeline.h"
#include "analytics/SalesReports.h"
#include "domain/Schema.h"
#include "storage/Rates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestPipelineReport : public QObject
{
    Q_OBJECT

    void rate(TempDatabase& t, const char* currency, const char* base, qint64 micro, const char* from)
    {
        auto id = t.store->create(Record(EntityType::ExchangeRate)
                                      .set(u"currency", QString::fromLatin1(currency))
                                      .set(u"base_currency", QString::fromLatin1(base))
                                      .set(u"micro_rate", micro)
                                      .set(u"valid_from", QString::fromLatin1(from)));
        QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
    }

private Q_SLOTS:
    void defaultPeriods_asTheDesktopOpensThem()
    {
        // The CLI without --from and --to, and the desktop's period choice, open each report on the same days.
        const QDate today(2026, 12, 6);
        using P = std::pair<QDate, QDate>;
        QCOMPARE(SalesReports::defaultPeriod(ReportKind::Backlog, today), (P{QDate(2026, 10, 1), QDate(2026, 12, 31)}));
        QCOMPARE(SalesReports::defaultPeriod(ReportKind::Forecast, today), (P{QDate(2026, 1, 1), QDate(2026, 12, 31)}));
        QCOMPARE(SalesReports::defaultPeriod(ReportKind::Slipped, today), (P{QDate(2026, 1, 1), QDate(2026, 12, 31)}));
        QCOMPARE(SalesReports::defaultPeriod(ReportKind::WinLoss, today), (P{QDate(2025, 12, 7), today}));
        QCOMPARE(SalesReports::defaultPeriod(ReportKind::Tickets, today), P{});
    }

    void convert_byTheRateOfTheDay()
    {
        TempDatabase t;
        rate(t, "USD", "EUR", 900'000, "2026-01-01");
        rate(t, "USD", "EUR", 800'000, "2026-06-01");
        rate(t, "GBP", "EUR", 1'200'000, "2026-01-01");
        rate(t, "JPY", "EUR", 6'000, "2026-01-01");
        auto eur = Rates::load(*t.db, QStringLiteral("EUR"));
        QVERIFY(eur);
        QCOMPARE(eur->convert(10'000, QStringLiteral("USD"), QDate(2026, 3, 1)), 9'000);  // $100.00 → €90.00
        QCOMPARE(eur->convert(10'000, QStringLiteral("USD"), QDate(2026, 7, 1)), 8'000);  // a later rate
        QCOMPARE(eur->convert(10'000, QStringLiteral("USD"), QDate(2025, 7, 1)), 9'000);  // before any: the first
        QCOMPARE(eur->convert(1'000, QStringLiteral("JPY"), QDate(2026, 3, 1)), 600);     // ¥1,000 → €6.00
        QCOMPARE(eur->convert(12'345, QStringLiteral("EUR"), QDate(2026, 3, 1)), 12'345);
        QCOMPARE(eur->convert(1, QStringLiteral("SEK"), QDate(2026, 3, 1)), std::nullopt);
        // Half a cent rounds away from zero, both ways.
        QCOMPARE(eur->convert(5, QStringLiteral("USD"), QDate(2026, 7, 1)), 4);   // $0.05 × 0.8 = €0.04
        QCOMPARE(eur->convert(15, QStringLiteral("GBP"), QDate(2026, 3, 1)), 18);  // 0.15 × 1.2 = 0.18
        QCOMPARE(eur->convert(-15, QStringLiteral("GBP"), QDate(2026, 3, 1)), -18);
        auto usd = Rates::load(*t.db, QStringLiteral("USD"));
        QVERIFY(usd);
        QCOMPARE(usd->convert(9'000, QStringLiteral("EUR"), QDate(2026, 3, 1)), 10'000); // the inverse
        QCOMPARE(usd->convert(1'000, QStringLiteral("GBP"), QDate(2026, 3, 1)), 1'333);  // £10 → €12 → $13.33
        QCOMPARE(usd->convert(1'000, QStringLiteral("GBP"), QDate(2026, 7, 1)), 1'500);  // → €12 → $15.00
        QCOMPARE(usd->convert(100, QStringLiteral("JPY"), QDate(2026, 3, 1)), 67);       // ¥100 → €0.60 → $0.666…
    }

    void report_matchesIndependentSql()
    {
        TempDatabase t;
        rate(t, "USD", "EUR", 800'000, "2026-01-01");
        const QString account = *t.store->create(rapport::test::account(QStringLiteral("Keller AG")));
        struct Deal
        {
            const char* stage;
            qint64 amount;
            const char* currency;
            const char* close;
        };
        const Deal deals[] = {{"prospecting", 1'000'000, "EUR", "2027-01-10"}, {"prospecting", 250'050, "USD", "2027-02-10"},
                              {"proposal", 5'000'000, "EUR", "2027-01-20"},    {"proposal", 333'333, "USD", "2027-03-01"},
                              {"negotiation", 120'000, "SEK", "2027-01-05"},   {"closed_won", 700'000, "USD", "2026-11-01"},
                              {"closed_lost", 90'000, "EUR", "2026-10-01"}};
        for (const Deal& d : deals) {
            auto id = t.store->create(Record(EntityType::Opportunity)
                                          .set(u"name", QStringLiteral("Deal"))
                                          .set(u"account_id", account)
                                          .set(u"stage", QString::fromLatin1(d.stage))
                                          .set(u"amount", d.amount)
                                          .set(u"currency", QString::fromLatin1(d.currency))
                                          .set(u"expected_close", QString::fromLatin1(d.close))
                                          .set(u"loss_reason", qstrcmp(d.stage, "closed_lost") == 0
                                                                   ? QVariant(QStringLiteral("No budget"))
                                                                   : QVariant()));
            QVERIFY2(id, id ? "" : qPrintable(id.error().fullText()));
        }
        PipelineFilter all;
        auto report = Pipeline::report(*t.db, all, QStringLiteral("EUR"), QDate(2026, 12, 1));
        QVERIFY(report);
        QCOMPARE(report->currency, QStringLiteral("EUR"));
        QCOMPARE(report->unconverted, QStringList{QStringLiteral("SEK")});
        QCOMPARE(report->stages.size(), Schema::stages().keys.size());
        for (const PipelineStageFigures& f : std::as_const(report->stages)) {
            // Written apart from the code: each deal converted by the one rate, summed per stage.
            const QVariantList stage{f.stage};
            QCOMPARE(f.count, scalar(*t.db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = ?"), stage)
                                  .toLongLong());
            const qint64 amount =
                scalar(*t.db,
                       QStringLiteral("SELECT coalesce(sum(CASE currency WHEN 'EUR' THEN amount WHEN 'USD' THEN "
                                      "amount * 0.8 END), 0) FROM opportunities WHERE stage = ?"),
                       stage)
                    .toDouble() +
                0.5;
            const qint64 weighted =
                scalar(*t.db,
                       QStringLiteral("SELECT coalesce(sum(CASE currency WHEN 'EUR' THEN amount * probability / 100.0 "
                                      "WHEN 'USD' THEN amount * probability / 100.0 * 0.8 END), 0) FROM opportunities "
                                      "WHERE stage = ?"),
                       stage)
                    .toDouble() +
                0.5;
            // Per-currency sums are converted once, per-deal weights are rounded down in SQL: a cent or two apart.
            QVERIFY2(std::abs(f.amount - amount) <= 1, qPrintable(QStringLiteral("%1: %2 vs %3").arg(f.stage).arg(f.amount).arg(amount)));
            QVERIFY2(std::abs(f.weighted - weighted) <= 2,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(f.stage).arg(f.weighted).arg(weighted)));
        }
        // A close period and a least amount narrow it down.
        PipelineFilter january;
        january.closeFrom = QDate(2027, 1, 1);
        january.closeTo = QDate(2027, 1, 31);
        january.minAmount = 500'000;
        auto narrow = Pipeline::report(*t.db, january, QStringLiteral("EUR"), QDate(2026, 12, 1));
        QVERIFY(narrow);
        qint64 count = 0, amount = 0;
        for (const PipelineStageFigures& f : std::as_const(narrow->stages)) {
            count += f.count;
            amount += f.amount;
        }
        QCOMPARE(count, 2);
        QCOMPARE(amount, 6'000'000);

        // As a workbook: a zip whose first sheet and shared strings are there, nothing left half-written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipeline.xlsx"));
        QVERIFY(SalesReports::writeXlsx(SalesReports::fromPipeline(*report), path));
        QFile book(path);
        QVERIFY(book.open(QIODevice::ReadOnly));
        const QByteArray bytes = book.readAll();
        QVERIFY(bytes.startsWith("PK"));
        QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(bytes.contains("xl/sharedStrings.xml"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // A folder that does not exist: a clear error, no file.
        const Status refused = SalesReports::writeXlsx(SalesReports::fromPipeline(*report), dir.filePath(QStringLiteral("missing/pipeline.xlsx")));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("cannot be written")));
    }
};

QTEST_GUILESS_MAIN(TestPipelineReport)
#include "TestPipelineReport.moc"
