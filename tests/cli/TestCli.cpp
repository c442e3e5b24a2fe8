// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestPaths.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rapport::test;

/// rapport-cli as scripts use it: the real program, its exit codes and its output.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init_printsSchemaVersion();
    void demo_thenStatsAndSearch_json();
    void demo_ifEmpty_leavesFilledDatabaseAlone();
    void demo_intoFilledDatabase_failsWithMessage();
    void search_noHits_saysSo();
    void lookupPhone_findsTheCallerOrSaysNobody();
    void privacy_exportThenErase();
    void importCsv_reportsEachSkippedRowWithItsLine();
    void calendar_addAgendaRemindersImportExport();
    void reports_pipelineInTheReportingCurrency();
    void reports_forecastRepsCycleWinLossSlipped();
    void quote_printsAPdfAndVersions();
    void lead_convert_checksDuplicatesFirst();
    void helpDesk_ticketsCallsArticlesAndEscalation();
    void usage_errors_exitWith2_data();
    void usage_errors_exitWith2();
    void badDatabase_exitsWith1AndLeavesFileAlone();
    void defaultDatabase_isUnderAppData();
    void demo_killedMidWay_leavesConsistentDatabase();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QByteArray& home = {});
    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Run TestCli::cli(const QStringList& args, const QByteArray& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.isEmpty() ? m_dir.path() : QString::fromUtf8(home));
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               (home.isEmpty() ? m_dir.path() : QString::fromUtf8(home)) + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               (home.isEmpty() ? m_dir.path() : QString::fromUtf8(home)) + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_BIN_DIR "/rapport-cli"), args);
    if (!p.waitForFinished(120000))
        qFatal("rapport-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
}

void TestCli::init_printsSchemaVersion()
{
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("init")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("schema")).toInt(), rapport::Database::latestSchemaVersion());
    QCOMPARE(o.value(QLatin1String("database")).toString(), m_db);
    const Run human = cli({QStringLiteral("--db"), m_db, QStringLiteral("init")});
    QVERIFY(human.out.contains(QLatin1String("schema version")));
}

void TestCli::demo_thenStatsAndSearch_json()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                 QStringLiteral("--contacts"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(r.code, 0);
    const QJsonObject demo = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(demo.value(QLatin1String("counts")).toObject().value(QLatin1String("contact")).toInt(), 200);
    QVERIFY(demo.value(QLatin1String("rows_per_second")).toDouble() > 0);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("stats")});
    QCOMPARE(r.code, 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(stats.value(QLatin1String("contact")).toInt(), 200);
    QCOMPARE(stats.value(QLatin1String("account")).toInt(), 20);
    QCOMPARE(stats.value(QLatin1String("ticket")).toInt(), 40);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Lena"),
             QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(hits.size() <= 3);
    for (const QJsonValue& h : hits) {
        QVERIFY(!h[QLatin1String("type")].toString().isEmpty());
        QVERIFY(rapport::IdGenerator::isValid(h[QLatin1String("id")].toString()));
        QVERIFY(!h[QLatin1String("title")].toString().isEmpty());
    }
    r = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Contacts")));
}

void TestCli::demo_ifEmpty_leavesFilledDatabaseAlone()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--contacts"),
                       QStringLiteral("50"), QStringLiteral("--if-empty")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("already holds data")));
}

void TestCli::demo_intoFilledDatabase_failsWithMessage()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r =
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("50")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already holds customer data")), qPrintable(r.err));
}

void TestCli::search_noHits_saysSo()
{
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("zzqqxx")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Nothing found")));
}

void TestCli::lookupPhone_findsTheCallerOrSaysNobody()
{
    const QString db = m_dir.filePath(QStringLiteral("lookup.sqlite"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("create"), QStringLiteral("contact"),
                 QStringLiteral("first_name=Anna"), QStringLiteral("last_name=Schmidt"),
                 QStringLiteral(R"(phones=[{"type":"work","number":"+49 30 1234567"}])")});
    QCOMPARE(r.code, 0);
    const QString id = r.out.trimmed();
    for (const QString& spelling : {QStringLiteral("030/123 45 67"), QStringLiteral("0049301234567"),
                                    QStringLiteral("(030) 1234567"), QStringLiteral("+49 30 1234567")}) {
        r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("lookup-phone"), spelling,
                 QStringLiteral("--region"), QStringLiteral("de")});
        QCOMPARE(r.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][QLatin1String("id")].toString(), id);
        QCOMPARE(found[0][QLatin1String("name")].toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(found[0][QLatin1String("number")].toString(), QStringLiteral("+49301234567"));
    }
    // Searched for by its last digits, the number is found and named.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("4567")});
    QCOMPARE(r.code, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0][QLatin1String("id")].toString(), id);
    QCOMPARE(hits[0][QLatin1String("number")].toString(), QStringLiteral("+49301234567"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("45 67")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Anna Schmidt  (+49 30 1234567)")), qPrintable(r.out));
    // The same person entered again with the address in capitals: one group, sure by the address.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("create"), QStringLiteral("contact"),
             QStringLiteral("first_name=Anna"), QStringLiteral("last_name=Schmidt"),
             QStringLiteral(R"(emails=[{"address":"Anna.Schmidt@Example.com"}])")});
    QCOMPARE(r.code, 0);
    const QString again = r.out.trimmed();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("create"), QStringLiteral("contact"),
             QStringLiteral("first_name=Anna"), QStringLiteral("last_name=Schmidt"),
             QStringLiteral(R"(emails=[{"address":"anna.schmidt@example.com"}])")});
    const QString third = r.out.trimmed();
    QCOMPARE(r.code, 0); // created, and said before it was: the same address as the one before
    QVERIFY2(r.err.contains(QStringLiteral("possibly the same person as Anna Schmidt (the same email address")) &&
                 r.err.contains(again),
             qPrintable(r.err));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("duplicates")});
    QCOMPARE(r.code, 0);
    const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0][QLatin1String("score")].toInt(), 99);
    QCOMPARE(groups[0][QLatin1String("contacts")].toArray().size(), 2);
    QCOMPARE(groups[0][QLatin1String("contacts")][0][QLatin1String("id")].toString(), again);
    QCOMPARE(groups[0][QLatin1String("contacts")][1][QLatin1String("id")].toString(), third);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("lookup-phone"), QStringLiteral("+49 89 7777777")});
    QCOMPARE(r.code, 1); // nobody's: telephony tells it from a match by the exit code
    QVERIFY(r.out.contains(QLatin1String("No contact, account or lead has the number +49 89 7777777.")));

    // The duplicates found are merged, which ends the group, and unmerged, which brings it back.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("merge"), again, third});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("survivor")).toString(), again);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("duplicates")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("merge"), again, third});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already merged into Anna Schmidt")), qPrintable(r.err));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("unmerge"), third});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("duplicates")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("merge"), again});
    QCOMPARE(r.code, 2);
}

void TestCli::importCsv_reportsEachSkippedRowWithItsLine()
{
    const QString db = m_dir.filePath(QStringLiteral("csv.sqlite"));
    const QString file = QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/problems.csv");
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contacts"), file,
                 QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 1); // rows were skipped
    QVERIFY2(r.out.contains(QLatin1String(
                 "Dry run, nothing written. Contacts to create: 3, to update: 0; new accounts: 0; rows left out: 4.")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("line 4: skipped: \"not-an-email\" is not a valid email address.")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("stats")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("contact")).toInt(),
             0); // nothing written
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("contacts"),
             file});
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("created")).toInt(), 3);
    QCOMPARE(report.value(QLatin1String("skipped")).toInt(), 4);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contacts"), file,
             QStringLiteral("--mode"), QStringLiteral("sideways")});
    QCOMPARE(r.code, 2);
}

void TestCli::calendar_addAgendaRemindersImportExport()
{
    const QString db = m_dir.filePath(QStringLiteral("calendar.sqlite"));
    auto run = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); };
    Run r = run({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--subject"),
                 QStringLiteral("Weekly pipeline"), QStringLiteral("--start"), QStringLiteral("2026-12-07 09:00"),
                 QStringLiteral("--minutes"), QStringLiteral("45"), QStringLiteral("--zone"),
                 QStringLiteral("Europe/Berlin"), QStringLiteral("--repeat"), QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                 QStringLiteral("--remind"), QStringLiteral("15")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString series = r.out.trimmed();
    r = run({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--subject"),
             QStringLiteral("Send the quote"), QStringLiteral("--type"), QStringLiteral("task"),
             QStringLiteral("--due"), QStringLiteral("2026-12-09T17:00:00+01:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--subject"), QStringLiteral("Broken"),
             QStringLiteral("--start"), QStringLiteral("2026-12-08 10:00"), QStringLiteral("--repeat"),
             QStringLiteral("FREQ=SOMETIMES")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a recurrence rule")), qPrintable(r.err));

    r = run({QStringLiteral("--json"), QStringLiteral("agenda"), QStringLiteral("--from"), QStringLiteral("2026-12-07"),
             QStringLiteral("--to"), QStringLiteral("2026-12-21"), QStringLiteral("--zone"),
             QStringLiteral("Europe/Berlin")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray agenda = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(agenda.size(), 3);
    QCOMPARE(agenda[0].toObject().value(QLatin1String("start")).toString(), QStringLiteral("2026-12-07T08:00:00.000Z"));
    QCOMPARE(agenda[0].toObject().value(QLatin1String("series_id")).toString(), series);
    QCOMPARE(agenda[1].toObject().value(QLatin1String("task")).toBool(), true);
    QCOMPARE(agenda[2].toObject().value(QLatin1String("start")).toString(), QStringLiteral("2026-12-14T08:00:00.000Z"));

    r = run({QStringLiteral("--json"), QStringLiteral("reminders"), QStringLiteral("--at"),
             QStringLiteral("2026-12-14T07:50:00Z")});
    QJsonArray due = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].toObject().value(QLatin1String("rang_at")).toString(), QStringLiteral("2026-12-14T07:45:00.000Z"));
    r = run({QStringLiteral("reminders"), QStringLiteral("dismiss"), series, QStringLiteral("--at"),
             QStringLiteral("2026-12-14T07:50:00Z")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("--json"), QStringLiteral("reminders"), QStringLiteral("--at"),
             QStringLiteral("2026-12-14T08:30:00Z")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

    const QString ics = m_dir.filePath(QStringLiteral("calendar.ics"));
    r = run({QStringLiteral("export"), QStringLiteral("calendar"), ics});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("2 calendar entries written")));
    const QString other = m_dir.filePath(QStringLiteral("calendar-2.sqlite"));
    r = cli({QStringLiteral("--db"), other, QStringLiteral("--json"), QStringLiteral("import"),
             QStringLiteral("calendar"), ics});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("created")).toInt(), 2);
    r = cli({QStringLiteral("--db"), other, QStringLiteral("--json"), QStringLiteral("agenda"),
             QStringLiteral("--from"), QStringLiteral("2026-12-07"), QStringLiteral("--to"),
             QStringLiteral("2026-12-21"), QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);

    r = run({QStringLiteral("import"), QStringLiteral("calendar"),
             QStringLiteral(RAPPORT_TEST_DATA_DIR "/ical/malformed.ics"), QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("Dry run: 2 entries would be created, 0 updated, 0 unchanged, 5 left out.")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("line 15 \"Ends before it starts\": left out: It ends before it starts.")));

    // An all-day entry's reminder on its day, at 9:00 Berlin time; text where minutes belong is refused.
    const QString fair = m_dir.filePath(QStringLiteral("fair.sqlite"));
    r = cli({QStringLiteral("--db"), fair, QStringLiteral("activity"), QStringLiteral("add"),
             QStringLiteral("--subject"), QStringLiteral("Trade fair"), QStringLiteral("--start"),
             QStringLiteral("2026-12-09"), QStringLiteral("--all-day"), QStringLiteral("--zone"),
             QStringLiteral("Europe/Berlin"), QStringLiteral("--remind=-540")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("--db"), fair, QStringLiteral("--json"), QStringLiteral("reminders"),
             QStringLiteral("--at"), QStringLiteral("2026-12-09T08:01:00Z")});
    due = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].toObject().value(QLatin1String("rang_at")).toString(), QStringLiteral("2026-12-09T08:00:00.000Z"));
    r = cli({QStringLiteral("--db"), fair, QStringLiteral("activity"), QStringLiteral("add"),
             QStringLiteral("--subject"), QStringLiteral("Call"), QStringLiteral("--start"),
             QStringLiteral("2026-12-09 10:00"), QStringLiteral("--remind"), QStringLiteral("15,soon")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"soon\" is not a number")), qPrintable(r.err));
}

void TestCli::privacy_exportThenErase()
{
    const QString db = m_dir.filePath(QStringLiteral("privacy.sqlite"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("create"), QStringLiteral("contact"),
                 QStringLiteral("first_name=Zoë"), QStringLiteral("last_name=Quintero"),
                 QStringLiteral(R"(emails=[{"address":"zoe@example.org"}])")});
    QCOMPARE(r.code, 0);
    const QString id = r.out.trimmed();
    const QString json = m_dir.filePath(QStringLiteral("zoe.json")), vcf = m_dir.filePath(QStringLiteral("zoe.vcf"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("export"), id, json});
    QCOMPARE(r.code, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(all[QLatin1String("record")][QLatin1String("last_name")].toString(), QStringLiteral("Quintero"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("export"), id, vcf});
    QCOMPARE(r.code, 0);
    QFile v(vcf);
    QVERIFY(v.open(QIODevice::ReadOnly));
    const QByteArray card = v.readAll();
    QVERIFY(card.startsWith("BEGIN:VCARD"));
    QVERIFY(card.contains(";PREF=1:zoe@example.org\r\n"));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("erase"), id});
    QCOMPARE(r.code, 0);
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Quintero")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("privacy"), QStringLiteral("export"), id, json});
    QCOMPARE(r.code, 1); // nobody left to export
    QVERIFY(r.err.contains(id));
}

void TestCli::reports_pipelineInTheReportingCurrency()
{
    const QString db = m_dir.filePath(QStringLiteral("report.sqlite"));
    auto run = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); };
    Run r = run({QStringLiteral("create"), QStringLiteral("account"), QStringLiteral("name=Keller AG")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString account = r.out.trimmed();
    for (const auto& [stage, amount, currency] :
         {std::tuple{"proposal", "500000", "EUR"}, std::tuple{"proposal", "250000", "USD"},
          std::tuple{"negotiation", "100000", "USD"}}) {
        r = run({QStringLiteral("create"), QStringLiteral("opportunity"), QStringLiteral("name=Deal"),
                 QStringLiteral("account_id=") + account, QStringLiteral("stage=") + QLatin1String(stage),
                 QStringLiteral("amount=") + QLatin1String(amount),
                 QStringLiteral("currency=") + QLatin1String(currency)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // Without a rate the dollars are counted, not summed, and the report says so.
    r = run({QStringLiteral("report"), QStringLiteral("pipeline")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("no exchange rate to EUR): USD")));
    r = run({QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("USD"), QStringLiteral("0.8"),
             QStringLiteral("--from"), QStringLiteral("2020-01-01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("pipeline")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(o.value(QLatin1String("unconverted")).toArray().isEmpty());
    QHash<QString, QJsonObject> byStage;
    QCOMPARE(o.value(QLatin1String("report")).toString(), QStringLiteral("pipeline"));
    for (const QJsonValue& v : o.value(QLatin1String("rows")).toArray())
        byStage.insert(v.toObject().value(QLatin1String("key")).toString(), v.toObject());
    // €5,000.00 + $2,500.00 × 0.8 = €7,000.00; $1,000.00 × 0.8 = €800.00.
    QCOMPARE(byStage.value(QStringLiteral("proposal")).value(QLatin1String("amount")).toString(),
             QStringLiteral("7000.00"));
    QCOMPARE(byStage.value(QStringLiteral("proposal")).value(QLatin1String("deals")).toInt(), 2);
    QCOMPARE(byStage.value(QStringLiteral("negotiation")).value(QLatin1String("amount")).toString(),
             QStringLiteral("800.00"));
    // In dollars, as CSV into a file.
    const QString csv = m_dir.filePath(QStringLiteral("pipeline.csv"));
    r = run({QStringLiteral("report"), QStringLiteral("pipeline"), QStringLiteral("--currency"), QStringLiteral("USD"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral("stage,deals,amount,weighted,currency\n")));
    QVERIFY2(text.contains(QStringLiteral("Proposal,2,8750.00,")), qPrintable(text));
    r = run({QStringLiteral("rates")});
    QVERIFY(r.out.contains(QStringLiteral("1 USD = 0.800000 EUR from 2020-01-01")));
}

void TestCli::reports_forecastRepsCycleWinLossSlipped()
{
    const QString db = m_dir.filePath(QStringLiteral("reports.sqlite"));
    auto run = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); };
    Run r = run({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("500"), QStringLiteral("--today"),
                 QStringLiteral("2026-03-10")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("forecast"), QStringLiteral("--from"),
             QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--by"),
             QStringLiteral("month")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject forecast = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(forecast.value(QLatin1String("report")).toString(), QStringLiteral("forecast"));
    const QJsonArray months = forecast.value(QLatin1String("rows")).toArray();
    QCOMPARE(months.size(), 7); // six months and the total
    QCOMPARE(months.first().toObject().value(QLatin1String("key")).toString(), QStringLiteral("2026-01"));
    QVERIFY(months.last().toObject().value(QLatin1String("total")).toBool());
    for (const char* what : {"reps", "cycle", "winloss", "slipped"}) {
        r = run({QStringLiteral("report"), QLatin1String(what)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.count(QLatin1Char('\n')) > 3, qPrintable(r.out));
    }
    // The overview: the headline figures, the same in the table and in JSON.
    r = run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("overview")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject overview = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(overview.value(QLatin1String("report")).toString(), QStringLiteral("overview"));
    const QJsonObject pipeline = overview.value(QLatin1String("pipeline")).toObject();
    QVERIFY(pipeline.value(QLatin1String("deals")).toInt() > 0);
    double stages = 0;
    for (const QJsonValue& stage : pipeline.value(QLatin1String("stages")).toArray())
        stages += stage.toObject().value(QLatin1String("amount")).toString().toDouble();
    QCOMPARE(stages, pipeline.value(QLatin1String("amount")).toString().toDouble());
    const QJsonObject tickets = overview.value(QLatin1String("tickets")).toObject();
    QVERIFY(tickets.value(QLatin1String("open")).toInt() >= tickets.value(QLatin1String("past_service_level")).toInt());
    QVERIFY(overview.value(QLatin1String("revenue")).toObject().value(QLatin1String("by_category")).toArray().size() >
            0);
    r = run({QStringLiteral("report"), QStringLiteral("overview")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString deals = QLocale().toString(pipeline.value(QLatin1String("deals")).toInt());
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Open pipeline +\\S+ +%1 deals").arg(deals))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\d+ past (its|their) service level"))),
             qPrintable(r.out));
    for (const QStringList& wrong : {QStringList{QStringLiteral("--team"), QStringLiteral("Sales")},
                                     QStringList{QStringLiteral("--format"), QStringLiteral("csv")}}) {
        r = run(QStringList{QStringLiteral("report"), QStringLiteral("overview")} + wrong);
        QCOMPARE(r.code, 2);
    }
    const QString csv = m_dir.filePath(QStringLiteral("competitors.csv"));
    r = run({QStringLiteral("report"), QStringLiteral("winloss"), QStringLiteral("--by"), QStringLiteral("competitor"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("competitor,won,lost,win_rate,won_amount,lost_amount,currency\n"));
    const QString xlsx = m_dir.filePath(QStringLiteral("reps.xlsx"));
    r = run({QStringLiteral("report"), QStringLiteral("reps"), QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("--out"), xlsx});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    // Usage errors are named.
    r = run({QStringLiteral("report"), QStringLiteral("cycle"), QStringLiteral("--by"), QStringLiteral("month")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--by")));
    r = run({QStringLiteral("report"), QStringLiteral("forecast"), QStringLiteral("--from"),
             QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("before it starts")));
    r = run({QStringLiteral("report"), QStringLiteral("velocity")});
    QCOMPARE(r.code, 2);
    // The customers': segments that add up to every customer, those at risk, the categories bought together.
    r = run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("customers")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray segments =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("rows")).toArray();
    QCOMPARE(segments.size(), 10); // nine segments and all customers
    qint64 counted = 0;
    for (const QJsonValue& segment : segments)
        if (!segment.toObject().value(QLatin1String("total")).toBool())
            counted += segment.toObject().value(QLatin1String("customers")).toInteger();
    QVERIFY(counted > 0);
    QCOMPARE(counted, segments.last().toObject().value(QLatin1String("customers")).toInteger());
    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("customer,owner,segment,usual_interval,days_since_order,churn_risk,"
                                             "yearly_revenue,at_stake,category,currency\n")),
             qPrintable(r.out));
    r = run({QStringLiteral("report"), QStringLiteral("crosssell")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral(" → ")), qPrintable(r.out));

    // Each customer's standing: the demo scored them; scored again today, as many as the segments report counts.
    QString champion, championName, noCustomer;
    {
        auto opened = rapport::Database::open(db, QStringLiteral("test"));
        QVERIFY(opened);
        champion = scalar(**opened, QStringLiteral("SELECT a.id FROM customer_scores s JOIN accounts a ON a.rid = "
                                                   "s.account_rid WHERE s.segment = 'champions' LIMIT 1"))
                       .toString();
        championName =
            scalar(**opened, QStringLiteral("SELECT name FROM accounts WHERE id = ?"), {champion}).toString();
        noCustomer = scalar(**opened, QStringLiteral("SELECT id FROM accounts WHERE rid NOT IN (SELECT account_rid "
                                                     "FROM customer_scores) LIMIT 1"))
                         .toString();
    }
    QVERIFY(!champion.isEmpty());
    r = run({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("show"), champion});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject standing = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(standing.value(QLatin1String("segment")).toString(), QStringLiteral("champions"));
    QCOMPARE(standing.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(standing.value(QLatin1String("lifetime_value")).toInteger() > 0);
    QCOMPARE(standing.value(QLatin1String("scored_at")).toString(), QStringLiteral("2026-03-10T06:00:00.000Z"));
    r = run({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("score")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("customers")).toInteger(), counted);
    r = run({QStringLiteral("customers"), QStringLiteral("show"), champion});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("out of 5")) && r.out.contains(QStringLiteral("Lifetime value")),
             qPrintable(r.out));
    if (!noCustomer.isEmpty()) {
        r = run({QStringLiteral("customers"), QStringLiteral("show"), noCustomer});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("had no orders")), qPrintable(r.out));
    }
    // Named rather than by id, in any case.
    r = run({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("show"), champion});
    const QString byId = r.out;
    r = run({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("show"), championName.toUpper()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, byId);
    r = run({QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("no-such-account")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Accounts: none has the id or name \"no-such-account\".")),
             qPrintable(r.err));
    r = run({QStringLiteral("customers"), QStringLiteral("rank")});
    QCOMPARE(r.code, 2);

    // A campaign by consent: everyone tagged "newsletter" added (some left out, with the reason), sent, one
    // unsubscribes and their consent says so.
    QString campaign;
    {
        auto opened = rapport::Database::open(db, QStringLiteral("test"));
        QVERIFY(opened);
        campaign = scalar(**opened, QStringLiteral("SELECT id FROM campaigns WHERE status = 'planned' AND channel = "
                                                   "'email' ORDER BY rid LIMIT 1"))
                       .toString();
    }
    QVERIFY(!campaign.isEmpty());
    r = run({QStringLiteral("campaign"), QStringLiteral("add"), campaign, QStringLiteral("--tag"),
             QStringLiteral("newsletter")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^\\d+ added"))), qPrintable(r.out));
    // The people at the champions among the customers join too (consent still decides); a segment must exist.
    r = run({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("add"), campaign,
             QStringLiteral("--segment"), QStringLiteral("champions")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject bySegment = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(bySegment.value(QLatin1String("done")).toInt() + bySegment.value(QLatin1String("already")).toInt() +
                     bySegment.value(QLatin1String("excluded")).toArray().size() >
                 0,
             qPrintable(r.out));
    r = run({QStringLiteral("campaign"), QStringLiteral("add"), campaign, QStringLiteral("--segment"),
             QStringLiteral("vip")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("champions, loyal")), qPrintable(r.err));
    // And the qualified leads: each one a member, planned or left out; a converted lead is a contact now.
    int qualified = 0;
    {
        auto opened = rapport::Database::open(db, QStringLiteral("test"));
        QVERIFY(opened);
        qualified = scalar(**opened, QStringLiteral("SELECT count(*) FROM leads WHERE deleted = 0 AND status = "
                                                    "'qualified'"))
                        .toInt();
    }
    QVERIFY(qualified > 0);
    r = run({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("add"), campaign,
             QStringLiteral("--leads"), QStringLiteral("qualified")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject byLeads = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(byLeads.value(QLatin1String("done")).toInt() + byLeads.value(QLatin1String("excluded")).toArray().size(),
             qualified);
    QVERIFY2(byLeads.value(QLatin1String("done")).toInt() > 0, qPrintable(r.out));
    r = run({QStringLiteral("campaign"), QStringLiteral("add"), campaign, QStringLiteral("--leads"),
             QStringLiteral("converted")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("new, working, qualified, unqualified")), qPrintable(r.err));
    const QString recipients = m_dir.filePath(QStringLiteral("newsletter.csv"));
    r = run({QStringLiteral("campaign"), QStringLiteral("send"), campaign, QStringLiteral("--out"), recipients});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QRegularExpressionMatch sentTo = QRegularExpression(QStringLiteral("^([1-9]\\d*) sent")).match(r.out);
    QVERIFY2(sentTo.hasMatch(), qPrintable(r.out));
    QFile recipientsFile(recipients);
    QVERIFY(recipientsFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = recipientsFile.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBFSalutation,First name,Last name,Account,Language,Email\r\n"));
    QCOMPARE(csvBytes.count("\r\n"), sentTo.captured(1).toInt() + 1);
    QString campaignName;
    {
        auto opened = rapport::Database::open(db, QStringLiteral("test"));
        QVERIFY(opened);
        campaignName =
            scalar(**opened, QStringLiteral("SELECT name FROM campaigns WHERE id = ?"), {campaign}).toString();
    }
    r = run({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("show"), campaignName});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(shown.value(QLatin1String("reached")).toInt() > 0);
    QString member, memberContact, leadMember, memberLead;
    for (const QJsonValue& value : shown.value(QLatin1String("list")).toArray()) {
        const QJsonObject m = value.toObject();
        if (m.value(QLatin1String("status")).toString() != QLatin1String("sent"))
            continue;
        const QString contactId = m.value(QLatin1String("contact_id")).toString();
        if (!contactId.isEmpty() && member.isEmpty()) {
            member = m.value(QLatin1String("id")).toString();
            memberContact = contactId;
        } else if (contactId.isEmpty() && leadMember.isEmpty()) {
            leadMember = m.value(QLatin1String("id")).toString();
            memberLead = m.value(QLatin1String("lead_id")).toString();
        }
    }
    QVERIFY(!member.isEmpty());
    QVERIFY(!leadMember.isEmpty() && !memberLead.isEmpty());
    r = run({QStringLiteral("campaign"), QStringLiteral("respond"), leadMember, QStringLiteral("unsubscribed"),
             QStringLiteral("--at"), QStringLiteral("2026-03-10T10:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("campaign"), QStringLiteral("respond"), member, QStringLiteral("waved")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is not a response")), qPrintable(r.err));
    r = run({QStringLiteral("campaign"), QStringLiteral("respond"), member, QStringLiteral("unsubscribed"),
             QStringLiteral("--at"), QStringLiteral("2026-03-09T10:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    {
        auto opened = rapport::Database::open(db, QStringLiteral("test"));
        QVERIFY(opened);
        QCOMPARE(scalar(**opened, QStringLiteral("SELECT json_extract(consent, '$.email.marketing') || ' ' || "
                                                 "json_extract(consent, '$.email.date') FROM contacts WHERE id = ?"),
                        {memberContact})
                     .toString(),
                 QStringLiteral("0 2026-03-09"));
        QCOMPARE(scalar(**opened,
                        QStringLiteral("SELECT json_extract(consent, '$.email.marketing') || ' ' || "
                                       "json_extract(consent, '$.email.date') FROM leads WHERE id = ?"),
                        {memberLead})
                     .toString(),
                 QStringLiteral("0 2026-03-10"));
    }
    r = run({QStringLiteral("campaign"), QStringLiteral("launch"), campaign});
    QCOMPARE(r.code, 2);

    // Leads scored from fit and engagement, with the reasons; a rescore of unchanged leads changes nothing.
    r = run({QStringLiteral("lead"), QStringLiteral("score"), QStringLiteral("--all")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("scores changed")), qPrintable(r.out));
    r = run({QStringLiteral("--json"), QStringLiteral("lead"), QStringLiteral("score"), QStringLiteral("--all")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString leadId =
        QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QLatin1String("id")).toString();
    QVERIFY(!leadId.isEmpty());
    r = run({QStringLiteral("--json"), QStringLiteral("lead"), QStringLiteral("score"), leadId});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject scored = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(scored.value(QLatin1String("id")).toString(), leadId);
    QVERIFY(scored.value(QLatin1String("score")).toInt() >= 0 && scored.value(QLatin1String("score")).toInt() <= 100);
    QVERIFY(!scored.value(QLatin1String("reasons")).toArray().isEmpty());
    r = run({QStringLiteral("lead"), QStringLiteral("score")});
    QCOMPARE(r.code, 2);

    // Service levels on the demo's business hours: what breached or is about to, the most overdue first. A week
    // after the demo's day, when the tickets still open have run out of time.
    r = run({QStringLiteral("--json"), QStringLiteral("sla"), QStringLiteral("check"), QStringLiteral("--at"),
             QStringLiteral("2026-03-17T12:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray clocks = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!clocks.isEmpty());
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const QJsonValue& c : clocks) {
        const qint64 left = c.toObject().value(QLatin1String("working_minutes_left")).toInteger();
        QVERIFY(left >= previous);
        QCOMPARE(c.toObject().value(QLatin1String("breached")).toBool(), left < 0);
        previous = left;
    }
    r = run({QStringLiteral("sla"), QStringLiteral("check"), QStringLiteral("--at"), QStringLiteral("noon")});
    QCOMPARE(r.code, 2);
}

void TestCli::helpDesk_ticketsCallsArticlesAndEscalation()
{
    const QString db = m_dir.filePath(QStringLiteral("helpdesk.sqlite"));
    auto run = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); };
    auto json = [](const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()); };
    Run r = run({QStringLiteral("create"), QStringLiteral("account"), QStringLiteral("name=Keller AG")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString account = r.out.trimmed();
    r = run({QStringLiteral("create"), QStringLiteral("contact"), QStringLiteral("first_name=Anna"),
             QStringLiteral("last_name=Schmidt"), QStringLiteral("account_id=") + account,
             QStringLiteral(R"(phones=[{"type":"work","number":"+49 30 1234567"}])")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString anna = r.out.trimmed();
    r = run({QStringLiteral("create"), QStringLiteral("team"), QStringLiteral("name=Service"),
             QStringLiteral("kind=service")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString team = r.out.trimmed();
    for (const char* name : {"ada", "ben"}) {
        r = run({QStringLiteral("create"), QStringLiteral("user"), QStringLiteral("username=") + QLatin1String(name),
                 QStringLiteral("display_name=") + QString::fromLatin1(name).toUpper(), QStringLiteral("role=agent"),
                 QStringLiteral("team_id=") + team});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    r = run({QStringLiteral("create"), QStringLiteral("kb_article"), QStringLiteral("title=Printer shows paper jam"),
             QStringLiteral("body=Open the cover and remove the jammed paper."), QStringLiteral("audience=customer"),
             QStringLiteral("status=published"), QStringLiteral(R"(tags=["printer"])")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // A call: the caller from any spelling, with their open tickets (none yet); an unknown number exits 1.
    for (const QString& spelling : {QStringLiteral("030/123 45 67"), QStringLiteral("0049301234567"),
                                    QStringLiteral("(030) 1234567"), QStringLiteral("+49 30 1234567")}) {
        r = run({QStringLiteral("--json"), QStringLiteral("call"), spelling, QStringLiteral("--region"),
                 QStringLiteral("DE")});
        QVERIFY2(r.code == 0, qPrintable(spelling + r.err));
        QCOMPARE(json(r).array().first()[QLatin1String("id")].toString(), anna);
    }
    r = run({QStringLiteral("call"), QStringLiteral("+49 40 9999999")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("Unknown caller")));

    // A ticket for the caller, found by their number; round robin within the team.
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--subject"),
             QStringLiteral("Printer jams"), QStringLiteral("--description"), QStringLiteral("Paper stuck again"),
             QStringLiteral("--phone"), QStringLiteral("+49 30 1234567"), QStringLiteral("--priority"),
             QStringLiteral("high"), QStringLiteral("--team"), QStringLiteral("Service"),
             QStringLiteral("--round-robin")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject t = json(r).object();
    QCOMPARE(t[QLatin1String("number")].toString(), QStringLiteral("T-100001"));
    QCOMPARE(t[QLatin1String("contact")].toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(t[QLatin1String("account")].toString(), QStringLiteral("Keller AG"));
    QCOMPARE(t[QLatin1String("assignee")].toString(), QStringLiteral("ADA"));
    QCOMPARE(t[QLatin1String("status")].toString(), QStringLiteral("new"));
    r = run({QStringLiteral("--json"), QStringLiteral("call"), QStringLiteral("030 1234567"),
             QStringLiteral("--region"), QStringLiteral("DE")});
    QCOMPARE(json(r).array().first()[QLatin1String("open_tickets")].toArray().size(), 1);
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--subject"),
             QStringLiteral("Second"), QStringLiteral("--team"), QStringLiteral("Service"),
             QStringLiteral("--least-busy")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r).object()[QLatin1String("assignee")].toString(), QStringLiteral("BEN"));

    // Suggestions for what the ticket says.
    r = run({QStringLiteral("--json"), QStringLiteral("kb"), QStringLiteral("suggest"),
             QStringLiteral("paper stuck in printer")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r).array().first()[QLatin1String("title")].toString(), QStringLiteral("Printer shows paper jam"));

    // Reply, note, status moves; show has it all.
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("reply"), QStringLiteral("T-100001"),
             QStringLiteral("Please"), QStringLiteral("open"), QStringLiteral("the"), QStringLiteral("cover")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r).object()[QLatin1String("status")].toString(), QStringLiteral("open"));
    r = run({QStringLiteral("ticket"), QStringLiteral("reply"), QStringLiteral("T-100001"), QStringLiteral("--note"),
             QStringLiteral("Known issue with tray 2"), QStringLiteral("--status"), QStringLiteral("pending")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("ticket"), QStringLiteral("status"), QStringLiteral("T-100001"), QStringLiteral("closed"),
             QStringLiteral("--resolution"), QStringLiteral("Tray 2 replaced"), QStringLiteral("--satisfaction"),
             QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(
        {QStringLiteral("ticket"), QStringLiteral("status"), QStringLiteral("T-100001"), QStringLiteral("pending")});
    QCOMPARE(r.code, 1); // closed: only reopening is possible
    QVERIFY2(r.err.contains(QLatin1String("cannot go from")), qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T-100001")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    t = json(r).object();
    QCOMPARE(t[QLatin1String("status")].toString(), QStringLiteral("closed"));
    QCOMPARE(t[QLatin1String("satisfaction")].toInt(), 5);
    QCOMPARE(t[QLatin1String("resolution")].toString(), QStringLiteral("Tray 2 replaced"));
    const QJsonArray thread = t[QLatin1String("conversation")].toArray();
    QCOMPARE(thread.size(), 3);
    QCOMPARE(thread[0][QLatin1String("kind")].toString(), QStringLiteral("customer"));
    QCOMPARE(thread[1][QLatin1String("kind")].toString(), QStringLiteral("reply"));
    QCOMPARE(thread[2][QLatin1String("kind")].toString(), QStringLiteral("note"));
    r = run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T-100001")});
    QVERIFY(r.out.contains(QLatin1String("Tray 2 replaced")));
    QVERIFY(r.out.contains(QLatin1String("Known issue with tray 2")));
    r = run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T-999")});
    QCOMPARE(r.code, 1);

    // Queues and assignment.
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--queue"),
             QStringLiteral("open")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r).array().size(), 1);
    QCOMPARE(json(r).array().first()[QLatin1String("subject")].toString(), QStringLiteral("Second"));
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("assign"), QStringLiteral("T-100002"),
             QStringLiteral("--me")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--queue"),
             QStringLiteral("mine")});
    QCOMPARE(json(r).array().size(), 1);
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--queue"),
             QStringLiteral("all")});
    QCOMPARE(json(r).array().size(), 2);

    // A breach escalates to the team's manager once.
    r = run({QStringLiteral("create"), QStringLiteral("user"), QStringLiteral("username=mia"),
             QStringLiteral("display_name=Mia"), QStringLiteral("role=manager"), QStringLiteral("team_id=") + team});
    const QString mia = r.out.trimmed();
    r = run({QStringLiteral("set"), QStringLiteral("team"), team, QStringLiteral("manager_id"), mia});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--subject"),
             QStringLiteral("Late"), QStringLiteral("--team"), QStringLiteral("Service")});
    const QString late = json(r).object()[QLatin1String("id")].toString();
    r = run({QStringLiteral("set"), QStringLiteral("ticket"), late, QStringLiteral("first_response_due"),
             QString::number(QDateTime::currentMSecsSinceEpoch() - 3'600'000)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("sla"), QStringLiteral("check"), QStringLiteral("--escalate")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r).object()[QLatin1String("escalated")].toInt(), 1);
    r = run({QStringLiteral("--json"), QStringLiteral("sla"), QStringLiteral("check"), QStringLiteral("--escalate")});
    QCOMPARE(json(r).object()[QLatin1String("escalated")].toInt(), 0);

    // The manager's view of it.
    r = run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("tickets")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = json(r).object()[QLatin1String("rows")].toArray();
    QCOMPARE(rows.last()[QLatin1String("total")].toInt(), 2); // "Second" and "Late" are open
    r = run({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QLatin1String("agent,open,received,resolved,")));
    QVERIFY(r.out.contains(QLatin1String("ADA,")));

    // The queue counts down in the service level's working time, as the desktop's does: a desk open half an hour
    // a day gives a new ticket 20 minutes of it, however many hours the clock has until then.
    const QString halfHour = QStringLiteral(R"(["00:00","00:30"])");
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        days << QStringLiteral(R"("%1":%2)").arg(day).arg(halfHour);
    r = run({QStringLiteral("create"), QStringLiteral("sla_policy"), QStringLiteral("name=Night desk"),
             QStringLiteral("priority=low"), QStringLiteral("first_response_minutes=20"),
             QStringLiteral("resolution_minutes=25"),
             QStringLiteral(R"(hours={"days":{%1},"zone":"UTC"})").arg(days.join(QLatin1Char(',')))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--subject"),
             QStringLiteral("Night shift"), QStringLiteral("--priority"), QStringLiteral("low")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("all")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString night = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("Night shift")).value(0);
    QVERIFY2(QRegularExpression(QStringLiteral("  (1?\\d|20) min  ")).match(night).hasMatch(), qPrintable(night));
}

void TestCli::quote_printsAPdfAndVersions()
{
    const QString db = m_dir.filePath(QStringLiteral("quotes.sqlite"));
    auto run = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); };
    Run r = run({QStringLiteral("create"), QStringLiteral("account"), QStringLiteral("name=Keller AG")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString account = r.out.trimmed();
    r = run({QStringLiteral("create"), QStringLiteral("opportunity"), QStringLiteral("name=Scanners for Hamburg"),
             QStringLiteral("account_id=") + account, QStringLiteral("stage=proposal"),
             QStringLiteral("currency=EUR")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString deal = r.out.trimmed();
    const QString pdf = m_dir.filePath(QStringLiteral("quote.pdf"));
    r = run({QStringLiteral("quote"), deal, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 1); // no line items yet
    QVERIFY(r.err.contains(QStringLiteral("no line items")));
    QVERIFY(!QFile::exists(pdf));
    for (const auto& [description, qty, price] :
         {std::tuple{"Handheld scanner", "3", "1999"}, std::tuple{"Setup", "2", "10000"}}) {
        r = run({QStringLiteral("create"), QStringLiteral("opportunity_line"), QStringLiteral("opportunity_id=") + deal,
                 QStringLiteral("description=") + QLatin1String(description),
                 QStringLiteral("quantity=") + QLatin1String(qty), QStringLiteral("unit_price=") + QLatin1String(price),
                 QStringLiteral("discount_bp=1250"), QStringLiteral("currency=EUR")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    r = run({QStringLiteral("quote"), deal, QStringLiteral("--pdf"), pdf, QStringLiteral("--tax"), QStringLiteral("19"),
             QStringLiteral("--discount"), QStringLiteral("2.5"), QStringLiteral("--notes"),
             QStringLiteral("Delivery within four weeks.")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // 3 × 19.99 at 12.5 % off = 52.47; 2 × 100.00 at 12.5 % off = 175.00; 227.47 − 2.5 % (5.69) = 221.78;
    // tax 19 % = 42.14; total 263.92.
    QVERIFY2(r.out.contains(QStringLiteral("version 1: €263.92")), qPrintable(r.out));
    const QString extracted = pdfText(pdf);
    for (const char* expected : {"Quote", "Scanners for Hamburg", "Handheld scanner", "€52.47", "€175.00", "€227.47",
                                 "−€5.69", "Tax 19%", "€42.14", "€263.92", "Delivery within four weeks.", "Keller AG"})
        QVERIFY2(extracted.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + QLatin1Char(10) + extracted));

    // Issuing again makes version 2 and supersedes the first; version 1 can be printed again as it was.
    r = run({QStringLiteral("--json"), QStringLiteral("quote"), deal, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("version")).toInt(), 2);
    const QString again = m_dir.filePath(QStringLiteral("v1.pdf"));
    r = run({QStringLiteral("quote"), deal, QStringLiteral("--pdf"), again, QStringLiteral("--version"),
             QStringLiteral("1")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("version 1: €263.92")));
    r = run({QStringLiteral("quote"), deal, QStringLiteral("--pdf"), again, QStringLiteral("--version"),
             QStringLiteral("7")});
    QCOMPARE(r.code, 1);
    r = run(
        {QStringLiteral("quote"), deal, QStringLiteral("--pdf"), pdf, QStringLiteral("--tax"), QStringLiteral("150")});
    QCOMPARE(r.code, 2);

    // A reverse charge asked for: no tax, and the document says why.
    r = run({QStringLiteral("--json"), QStringLiteral("quote"), deal, QStringLiteral("--html"),
             m_dir.filePath(QStringLiteral("reverse.html")), QStringLiteral("--tax-treatment"),
             QStringLiteral("reverse-charge")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject reverse = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(reverse.value(QLatin1String("tax_treatment")).toString(), QStringLiteral("reverse_charge"));
    QCOMPARE(reverse.value(QLatin1String("total")).toString(), QStringLiteral("227.47"));
    QFile html(m_dir.filePath(QStringLiteral("reverse.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(html.readAll()).contains(QStringLiteral("Reverse charge")));
    r = run({QStringLiteral("quote"), deal, QStringLiteral("--pdf"), pdf, QStringLiteral("--tax-treatment"),
             QStringLiteral("zero")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("domestic, reverse-charge or export")));

    // A customer in Switzerland, with the company in Germany (as set in its settings): an export, without being
    // asked.
    const QString home = m_dir.filePath(QStringLiteral("tax-home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.config/Rapport")));
    {
        QFile conf(home + QStringLiteral("/.config/Rapport/Rapport.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[quotes]\ncompany_country=DE\n");
    }
    const auto runAtHome = [&](QStringList args) {
        return cli(QStringList{QStringLiteral("--db"), db} + args, home.toUtf8());
    };
    r = run(
        {QStringLiteral("create"), QStringLiteral("account"), QStringLiteral("name=Limmat AG"),
         QStringLiteral(R"(addresses=[{"type":"billing","street":"Bahnhofstrasse 1","city":"Zürich","country":"CH"}])"),
         QStringLiteral("vat_id=CHE-123.456.789 MWST")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString swiss = r.out.trimmed();
    r = run({QStringLiteral("create"), QStringLiteral("opportunity"), QStringLiteral("name=Scanners for Zürich"),
             QStringLiteral("account_id=") + swiss, QStringLiteral("stage=proposal"), QStringLiteral("currency=CHF")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString swissDeal = r.out.trimmed();
    r = run({QStringLiteral("create"), QStringLiteral("opportunity_line"),
             QStringLiteral("opportunity_id=") + swissDeal, QStringLiteral("description=Scanner"),
             QStringLiteral("quantity=1"), QStringLiteral("unit_price=100000"), QStringLiteral("currency=CHF")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runAtHome(
        {QStringLiteral("quote"), swissDeal, QStringLiteral("--html"), m_dir.filePath(QStringLiteral("ch.html"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Export (customer abroad)")), qPrintable(r.out));
    QFile ch(m_dir.filePath(QStringLiteral("ch.html")));
    QVERIFY(ch.open(QIODevice::ReadOnly));
    const QString chText = QString::fromUtf8(ch.readAll());
    QVERIFY(chText.contains(QStringLiteral("VAT ID: CHE123456789MWST")));
    QVERIFY(chText.contains(QStringLiteral("outside the European Union")));
}

void TestCli::lead_convert_checksDuplicatesFirst()
{
    const QString db = m_dir.filePath(QStringLiteral("leads.sqlite"));
    auto run = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); };
    Run r = run({QStringLiteral("create"), QStringLiteral("account"), QStringLiteral("name=Keller AG")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString account = r.out.trimmed();
    r = run({QStringLiteral("create"), QStringLiteral("contact"), QStringLiteral("first_name=Anna"),
             QStringLiteral("last_name=Keller"), QStringLiteral("account_id=") + account,
             QStringLiteral(R"(emails=[{"type":"work","address":"anna@keller.example"}])")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString anna = r.out.trimmed();
    // The same person comes in again as a lead, from a web form.
    r = run({QStringLiteral("create"), QStringLiteral("lead"), QStringLiteral("first_name=Anna"),
             QStringLiteral("last_name=Keller"), QStringLiteral("company=keller ag"),
             QStringLiteral("email=anna@keller.example"), QStringLiteral("status=qualified"),
             QStringLiteral("source=web")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString lead = r.out.trimmed();

    r = run({QStringLiteral("lead"), QStringLiteral("convert"), lead});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(anna), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--contact ID")));
    r = run({QStringLiteral("get"), QStringLiteral("lead"), lead});
    QVERIFY(r.out.contains(QStringLiteral("qualified")));

    r = run({QStringLiteral("--json"), QStringLiteral("lead"), QStringLiteral("convert"), lead,
             QStringLiteral("--contact"), anna, QStringLiteral("--amount"), QStringLiteral("12500.50"),
             QStringLiteral("--close"), QStringLiteral("2027-03-31")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject made = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(made.value(QLatin1String("account")).toString(), account); // "keller ag" is Keller AG
    QCOMPARE(made.value(QLatin1String("account_created")).toBool(), false);
    QCOMPARE(made.value(QLatin1String("contact")).toString(), anna);
    const QString deal = made.value(QLatin1String("opportunity")).toString();
    r = run({QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("opportunity"), deal});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("amount")).toInteger(), 1'250'050);
    QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("prospecting"));
    QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("web"));
    QCOMPARE(o.value(QLatin1String("contact_id")).toString(), anna);
    r = run({QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("lead"), lead});
    const QJsonObject converted = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(converted.value(QLatin1String("status")).toString(), QStringLiteral("converted"));
    QCOMPARE(converted.value(QLatin1String("converted_opportunity_id")).toString(), deal);
    // Once is enough.
    r = run({QStringLiteral("lead"), QStringLiteral("convert"), lead, QStringLiteral("--new-contact")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("converted already")));

    // A new company and a new person: everything is made, in one step.
    r = run({QStringLiteral("create"), QStringLiteral("lead"), QStringLiteral("first_name=Ben"),
             QStringLiteral("last_name=Roth"), QStringLiteral("company=Roth Logistik"), QStringLiteral("city=Kassel"),
             QStringLiteral("country=DE"), QStringLiteral("status=qualified")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("--json"), QStringLiteral("lead"), QStringLiteral("convert"), r.out.trimmed(),
             QStringLiteral("--no-deal")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject fresh = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(fresh.value(QLatin1String("account_created")).toBool(), true);
    QCOMPARE(fresh.value(QLatin1String("contact_created")).toBool(), true);
    QVERIFY(fresh.value(QLatin1String("opportunity")).toString().isEmpty());
    r = run({QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("account"),
             fresh.value(QLatin1String("account")).toString()});
    QVERIFY2(r.out.contains(QStringLiteral("Roth Logistik")) && r.out.contains(QStringLiteral("Kassel")),
             qPrintable(r.out));
}

void TestCli::usage_errors_exitWith2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("demo without size") << QStringList{QStringLiteral("demo")};
    QTest::newRow("demo bad size") << QStringList{QStringLiteral("demo"), QStringLiteral("--contacts"),
                                                  QStringLiteral("many")};
    QTest::newRow("demo bad date") << QStringList{QStringLiteral("demo"), QStringLiteral("--contacts"),
                                                  QStringLiteral("10"), QStringLiteral("--today"),
                                                  QStringLiteral("tomorrow")};
    QTest::newRow("search without text") << QStringList{QStringLiteral("search")};
    QTest::newRow("search bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                     QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("db without path") << QStringList{QStringLiteral("--db")};
    QTest::newRow("lookup without number") << QStringList{QStringLiteral("lookup-phone")};
    QTest::newRow("duplicates of what") << QStringList{QStringLiteral("duplicates"), QStringLiteral("Anna")};
    QTest::newRow("export to what") << QStringList{QStringLiteral("export"), QStringLiteral("contacts"),
                                                   QStringLiteral("out.xlsx")};
    QTest::newRow("export what") << QStringList{QStringLiteral("export"), QStringLiteral("out.csv")};
    QTest::newRow("import from a spreadsheet")
        << QStringList{QStringLiteral("import"), QStringLiteral("contacts"), QStringLiteral("in.xlsx")};
    QTest::newRow("privacy what") << QStringList{QStringLiteral("privacy"), QStringLiteral("forget"),
                                                 QStringLiteral("x")};
    QTest::newRow("duplicates bad limit")
        << QStringList{QStringLiteral("duplicates"), QStringLiteral("--limit"), QStringLiteral("none")};
    QTest::newRow("lookup of a name") << QStringList{QStringLiteral("lookup-phone"), QStringLiteral("Anna")};
    QTest::newRow("call a name") << QStringList{QStringLiteral("call"), QStringLiteral("Anna")};
    QTest::newRow("ticket what") << QStringList{QStringLiteral("ticket"), QStringLiteral("fly")};
    QTest::newRow("ticket add without subject") << QStringList{QStringLiteral("ticket"), QStringLiteral("add")};
    QTest::newRow("ticket list unknown queue") << QStringList{QStringLiteral("ticket"), QStringLiteral("list"),
                                                              QStringLiteral("--queue"), QStringLiteral("later")};
    QTest::newRow("kb without suggest") << QStringList{QStringLiteral("kb"), QStringLiteral("printer")};
    QTest::newRow("report of what") << QStringList{QStringLiteral("report"), QStringLiteral("weather")};
    QTest::newRow("report bad format") << QStringList{QStringLiteral("report"), QStringLiteral("pipeline"),
                                                      QStringLiteral("--format"), QStringLiteral("docx")};
    QTest::newRow("xlsx report without a file") << QStringList{QStringLiteral("report"), QStringLiteral("pipeline"),
                                                               QStringLiteral("--format"), QStringLiteral("xlsx")};
    QTest::newRow("report bad currency") << QStringList{QStringLiteral("report"), QStringLiteral("pipeline"),
                                                        QStringLiteral("--currency"), QStringLiteral("euro")};
    QTest::newRow("rate not a number") << QStringList{QStringLiteral("rates"), QStringLiteral("set"),
                                                      QStringLiteral("USD"), QStringLiteral("cheap")};
    QTest::newRow("rate of a currency in itself")
        << QStringList{QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("EUR"), QStringLiteral("1")};
    QTest::newRow("agenda bad date") << QStringList{QStringLiteral("agenda"), QStringLiteral("--from"),
                                                    QStringLiteral("next week")};
    QTest::newRow("activity without add")
        << QStringList{QStringLiteral("activity"), QStringLiteral("--subject"), QStringLiteral("x")};
    QTest::newRow("activity bad zone") << QStringList{QStringLiteral("activity"),  QStringLiteral("add"),
                                                      QStringLiteral("--subject"), QStringLiteral("x"),
                                                      QStringLiteral("--zone"),    QStringLiteral("Mars/Base")};
    QTest::newRow("activity zone a word")
        << QStringList{QStringLiteral("activity"), QStringLiteral("add"),    QStringLiteral("--subject"),
                       QStringLiteral("x"),        QStringLiteral("--zone"), QStringLiteral("Atlantis")};
    QTest::newRow("agenda bad zone") << QStringList{QStringLiteral("agenda"), QStringLiteral("--zone"),
                                                    QStringLiteral("Atlantis")};
    QTest::newRow("export calendar to csv")
        << QStringList{QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("out.csv")};
    QTest::newRow("reminders do what") << QStringList{QStringLiteral("reminders"), QStringLiteral("forget"),
                                                      QStringLiteral("x")};
    QTest::newRow("lookup bad region") << QStringList{QStringLiteral("lookup-phone"), QStringLiteral("030 1234567"),
                                                      QStringLiteral("--region"), QStringLiteral("Germany")};
}

void TestCli::usage_errors_exitWith2()
{
    QFETCH(QStringList, args);
    const Run r =
        cli(args.isEmpty() || args.first() == QLatin1String("--db") || args.first().startsWith(QLatin1String("--c"))
                ? args
                : QStringList{QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith(QLatin1String("rapport-cli: ")));
}

void TestCli::badDatabase_exitsWith1AndLeavesFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    const QByteArray hash = fileHash(path);
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("not an SQLite file")));
    QCOMPARE(fileHash(path), hash);
    const Run json = cli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("stats")});
    QCOMPARE(json.code, 1);
    QVERIFY(QJsonDocument::fromJson(json.err.toUtf8())
                .object()
                .value(QLatin1String("error"))
                .toString()
                .contains(QLatin1String("SQLite")));
}

void TestCli::defaultDatabase_isUnderAppData()
{
    QTemporaryDir home;
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("init")}, home.path().toUtf8());
    QCOMPARE(r.code, 0);
    const QString path = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("database")).toString();
    QVERIFY2(path.startsWith(home.path()) && path.endsWith(QLatin1String("rapport.sqlite")), qPrintable(path));
}

void TestCli::demo_killedMidWay_leavesConsistentDatabase()
{
    // kill -9 in the middle of a bulk load: every committed batch is intact, the indexes deferred for
    // the load come back on the next open, and the file says what happened.
    const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_BIN_DIR "/rapport-cli"), {QStringLiteral("--db"), db, QStringLiteral("demo"),
                                                             QStringLiteral("--contacts"), QStringLiteral("100000")});
    QVERIFY(p.waitForStarted());
    // Wait until a few batches are committed (as a reader sees them), then pull the plug.
    auto committed = [&] {
        sqlite3* h = nullptr;
        int n = 0;
        if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(h, "SELECT count(*) FROM contacts", -1, &st, nullptr) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                n = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
        sqlite3_close(h);
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(committed() > 20000, 90000);
    p.kill();
    QVERIFY(p.waitForFinished());
    {
        auto opened = rapport::Database::open(db, QStringLiteral("after-kill"));
        QVERIFY2(opened, qPrintable(opened.error().message));
        rapport::Database& d = **opened;
        QCOMPARE(scalar(d, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM users")).toInt() > 0);
        QVERIFY(d.meta(QStringLiteral("deferred_indexes")).isEmpty());
        QCOMPARE(
            scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contacts_by_sort_key'")).toInt(),
            1);
        QVERIFY(d.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES('integrity-check')")));
    }
    const Run again =
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("10")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("interrupted")), qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
