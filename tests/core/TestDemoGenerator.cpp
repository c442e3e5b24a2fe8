// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "analytics/CustomerReports.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "search/KnowledgeBase.h"
#include "search/PhoneNumbers.h"
#include "search/SearchIndex.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::test;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_scaleWithContacts();
    void sameSeedAndDay_giveSameData();
    void otherSeed_givesOtherData();
    void references_allResolve_data();
    void references_allResolve();
    void phoneNumbers_areValidAndFindable();
    void accounts_industryFollowsTheName();
    void contacts_reportUpTheirDepartment();
    void suggestedValues_storedAsKeys();
    void emailCampaigns_respectConsent();
    void rep_hasAFullDay();
    void activities_keepToWorkingDays();
    void tickets_happenInOrderAndNotInTheFuture();
    void deals_changedBeforeNow_andTalkedAboutWhileOpen();
    void tickets_readAsTheirStatusSays();
    void records_createdAndChangedOverTheYears_inOrder();
    void customers_scored();
    void nonEmptyDatabase_isRefused();

private:
    static QByteArray contentHash(Database& db);
    std::unique_ptr<TempDatabase> m_t;
    DemoOptions m_options;
    DemoSummary m_summary;
};

void TestDemoGenerator::initTestCase()
{
    m_options.contacts = 400;
    m_options.seed = 11;
    m_options.today = QDate(2026, 3, 10);
    m_t = std::make_unique<TempDatabase>(false);
    auto s = DemoGenerator::generate(*m_t->store, m_options);
    QVERIFY2(s, qPrintable(s.error().message));
    m_summary = *s;
}

void TestDemoGenerator::counts_scaleWithContacts()
{
    auto count = [&](const char* table) {
        return scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    };
    const qint64 n = m_options.contacts;
    QCOMPARE(count("contacts"), n);
    QCOMPARE(count("accounts"), n / 10);
    QCOMPARE(count("opportunities"), n / 5);
    QCOMPARE(count("orders"), 2 * n);
    QCOMPARE(count("tickets"), n / 5);
    QVERIFY(count("activities") >= 5 * n && count("activities") < 5 * n + 50);
    QVERIFY(count("order_lines") >= count("orders"));
    QVERIFY(count("stage_changes") >= count("opportunities"));
    QVERIFY(count("ticket_entries") >= count("tickets"));
    QVERIFY(count("kb_articles") >= 130); // ten for each product tickets are about, and those about all of them
    QVERIFY(count("users") >= 12);
    QVERIFY(count("teams") >= 5);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(DISTINCT role) FROM users")).toInt(), 4);
    QVERIFY(count("campaign_members") > 0 && count("campaign_responses") > 0 && count("leads") > 0);
    QCOMPARE(m_summary.total, count("users") + count("teams") + count("accounts") + count("contacts") + count("leads") +
                                  count("activities") + count("activity_attendees") + count("opportunities") +
                                  count("opportunity_lines") + count("stage_changes") + count("products") +
                                  count("price_books") + count("price_book_entries") + count("orders") +
                                  count("order_lines") + count("tickets") + count("ticket_entries") +
                                  count("ticket_articles") + count("kb_articles") + count("campaigns") +
                                  count("campaign_members") + count("campaign_responses") + count("exchange_rates") +
                                  count("quotas") + count("sla_policies"));
    QCOMPARE(count("sla_policies"), 4);
    QVERIFY(count("quotas") > 0);
    // Demo data never syncs: nothing in the outbox, one audit entry for the load.
    QCOMPARE(count("outbox"), 0);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulk'")).toInt(), 1);
    QCOMPARE(m_t->db->meta(QStringLiteral("demo")), QStringLiteral("1"));
    // Indexes deferred during the load are all back.
    QVERIFY(m_t->db->meta(QStringLiteral("deferred_indexes")).isEmpty());
    QVERIFY(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contacts_by_sort_key'"))
                .toInt() == 1);
}

QByteArray TestDemoGenerator::contentHash(Database& db)
{
    // Everything but the clock stamps, which carry the device's random node id.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const EntityDef* def : Schema::all()) {
        QStringList columns;
        SqlStatement info(db.handle(),
                          QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE name NOT LIKE 'hlc_%'"));
        info.bind(1, def->table);
        while (info.step() == SqlStatement::Step::Row)
            columns << info.text(0);
        SqlStatement st(
            db.handle(),
            QStringLiteral("SELECT %1 FROM %2 ORDER BY rid").arg(columns.join(QLatin1Char(',')), def->table));
        while (st.step() == SqlStatement::Step::Row)
            for (int c = 0; c < st.columnCount(); ++c)
                hash.addData(st.text(c).toUtf8() + '\x1f');
    }
    return hash.result().toHex();
}

void TestDemoGenerator::sameSeedAndDay_giveSameData()
{
    TempDatabase again(false);
    QVERIFY(DemoGenerator::generate(*again.store, m_options));
    QCOMPARE(contentHash(*again.db), contentHash(*m_t->db));
}

void TestDemoGenerator::otherSeed_givesOtherData()
{
    TempDatabase other(false);
    DemoOptions o = m_options;
    o.seed = 12;
    QVERIFY(DemoGenerator::generate(*other.store, o));
    QVERIFY(contentHash(*other.db) != contentHash(*m_t->db));
}

void TestDemoGenerator::references_allResolve_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("target");
    const QList<std::array<const char*, 3>> refs = {{"contacts", "account_id", "accounts"},
                                                    {"contacts", "reports_to_id", "contacts"},
                                                    {"contacts", "owner_id", "users"},
                                                    {"accounts", "parent_id", "accounts"},
                                                    {"accounts", "owner_id", "users"},
                                                    {"opportunities", "account_id", "accounts"},
                                                    {"opportunities", "contact_id", "contacts"},
                                                    {"opportunity_lines", "opportunity_id", "opportunities"},
                                                    {"opportunity_lines", "product_id", "products"},
                                                    {"stage_changes", "opportunity_id", "opportunities"},
                                                    {"activities", "contact_id", "contacts"},
                                                    {"activities", "opportunity_id", "opportunities"},
                                                    {"activities", "owner_id", "users"},
                                                    {"activity_attendees", "activity_id", "activities"},
                                                    {"orders", "account_id", "accounts"},
                                                    {"order_lines", "order_id", "orders"},
                                                    {"order_lines", "product_id", "products"},
                                                    {"tickets", "contact_id", "contacts"},
                                                    {"tickets", "assignee_id", "users"},
                                                    {"ticket_entries", "ticket_id", "tickets"},
                                                    {"ticket_articles", "article_id", "kb_articles"},
                                                    {"campaign_members", "contact_id", "contacts"},
                                                    {"campaign_responses", "member_id", "campaign_members"},
                                                    {"users", "team_id", "teams"},
                                                    {"price_book_entries", "price_book_id", "price_books"},
                                                    {"leads", "converted_contact_id", "contacts"}};
    for (const auto& r : refs)
        QTest::newRow((QByteArray(r[0]) + '.' + r[1]).constData())
            << QString::fromLatin1(r[0]) << QString::fromLatin1(r[1]) << QString::fromLatin1(r[2]);
}

void TestDemoGenerator::references_allResolve()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, target);
    const int dangling = scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM %1 s LEFT JOIN %3 t ON t.id = s.%2 "
                                                         "WHERE s.%2 IS NOT NULL AND t.id IS NULL")
                                              .arg(table, column, target))
                             .toInt();
    QCOMPARE(dangling, 0);
    QVERIFY(
        scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(table, column)).toInt() >
        0);
}

void TestDemoGenerator::phoneNumbers_areValidAndFindable()
{
    SqlStatement st(m_t->db->handle(), QStringLiteral("SELECT e164 FROM phone_index"));
    int all = 0, valid = 0;
    while (st.step() == SqlStatement::Step::Row) {
        ++all;
        valid += PhoneNumbers::isValid(st.text(0)) ? 1 : 0;
    }
    QVERIFY(all > m_options.contacts);
    QVERIFY2(valid * 100 >= all * 97, qPrintable(QStringLiteral("%1 of %2 valid").arg(valid).arg(all)));
    // Every country is represented, and a number typed nationally finds its contact.
    QVERIFY(scalar(*m_t->db, QStringLiteral("SELECT count(DISTINCT substr(e164, 1, 3)) FROM phone_index")).toInt() >=
            8);
    const QString typed =
        scalar(*m_t->db, QStringLiteral("SELECT primary_phone FROM contacts WHERE primary_phone LIKE '0%' LIMIT 1"))
            .toString();
    QVERIFY(!typed.isEmpty());
    auto hits = SearchIndex::search(*m_t->db, typed, 5, {EntityType::Contact});
    QVERIFY(hits && !hits->isEmpty());
}

void TestDemoGenerator::accounts_industryFollowsTheName()
{
    // "… Logistik GmbH" is in logistics, "… Medizintechnik" in healthcare, a subsidiary in its group's industry;
    // and the book still spreads over many industries.
    const QList<QPair<const char*, const char*>> words = {
        {"Logisti", "logistics"}, {"Medizintechnik", "healthcare"}, {"Versicherungen", "insurance"},
        {"Foods", "food"},        {"Bâtiment", "construction"},     {"Networks", "telecom"}};
    for (const auto& [word, industry] : words) {
        const int other = scalar(*m_t->db,
                                 QStringLiteral("SELECT count(*) FROM accounts WHERE instr(name, ?) > 0 AND "
                                                "industry <> ?"),
                                 {QString::fromUtf8(word), QString::fromLatin1(industry)})
                              .toInt();
        QVERIFY2(other == 0, word);
    }
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM accounts s JOIN accounts p ON p.id = s.parent_id "
                                             "WHERE s.industry <> p.industry"))
                 .toInt(),
             0);
    QVERIFY(scalar(*m_t->db, QStringLiteral("SELECT count(DISTINCT industry) FROM accounts")).toInt() >= 10);
}

void TestDemoGenerator::contacts_reportUpTheirDepartment()
{
    // An org chart that reads true: each account has one person at the top, everyone else reports to someone at
    // the same account who is either the top or in the same department, never to a peer or to someone below.
    auto count = [&](const char* sql) { return scalar(*m_t->db, QString::fromLatin1(sql)).toInt(); };
    QCOMPARE(count("SELECT count(*) FROM accounts a WHERE (SELECT count(*) FROM contacts c WHERE c.account_id = a.id "
                   "AND c.reports_to_id IS NULL) <> 1 AND EXISTS (SELECT 1 FROM contacts c WHERE c.account_id = a.id)"),
             0);
    QCOMPARE(
        count("SELECT count(*) FROM contacts c JOIN contacts m ON m.id = c.reports_to_id "
              "WHERE m.account_id <> c.account_id OR (m.reports_to_id IS NOT NULL AND m.department <> c.department)"),
        0);
    const auto rank = [](const QString& title) {
        const QByteArray t = title.toUtf8();
        for (const demo::Department& d : demo::departments()) {
            const auto in = [&](std::span<const char* const> titles) {
                return std::any_of(titles.begin(), titles.end(), [&](const char* x) { return t == x; });
            };
            if (d.chief && t == d.chief)
                return 1;
            if (t == d.head)
                return 2;
            if (in(d.managers))
                return 3;
            if (in(d.staff))
                return 4;
        }
        return 0;
    };
    SqlStatement pairs(m_t->db->handle(),
                       QStringLiteral("SELECT c.job_title, m.job_title FROM contacts c JOIN contacts m "
                                      "ON m.id = c.reports_to_id WHERE m.reports_to_id IS NOT NULL"));
    int below = 0;
    while (pairs.step() == SqlStatement::Step::Row) {
        const QString title = pairs.text(0), manager = pairs.text(1);
        QVERIFY2(rank(manager) > 0 && rank(manager) < rank(title),
                 qPrintable(title + QLatin1String(" reports to ") + manager));
        ++below;
    }
    QVERIFY2(below > 50, "most people report to someone in their department");
    QVERIFY(count("SELECT count(*) FROM contacts WHERE job_title = 'Head of IT'") > 0);
}

void TestDemoGenerator::suggestedValues_storedAsKeys()
{
    // Ticket categories, units and loss reasons are stored as their keys, to be read in each user's language.
    const auto keys = [](const Enumeration& e) {
        return QStringLiteral("'%1'").arg(e.keys.join(QStringLiteral("','")));
    };
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM tickets WHERE category NOT IN (%1)")
                                  .arg(keys(Schema::ticketCategories())))
                 .toInt(),
             0);
    QCOMPARE(scalar(*m_t->db,
                    QStringLiteral("SELECT count(*) FROM products WHERE unit NOT IN (%1)").arg(keys(Schema::units())))
                 .toInt(),
             0);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM opportunities WHERE loss_reason NOT IN (%1)")
                                  .arg(keys(Schema::lossReasons())))
                 .toInt(),
             0);
}

void TestDemoGenerator::emailCampaigns_respectConsent()
{
    const int violations =
        scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM campaign_members m JOIN campaigns k ON k.id = "
                                        "m.campaign_id JOIN contacts c ON c.id = m.contact_id "
                                        "WHERE k.channel = 'email' AND m.status IN ('sent', 'responded') "
                                        "AND json_extract(c.consent, '$.email.marketing') IS NOT 1"))
            .toInt();
    QCOMPARE(violations, 0);
    QVERIFY(
        scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM campaign_members WHERE status = 'excluded'")).toInt() >
        0);
    // Nor a lead: those a campaign brought agreed to hear from it, on the day they were met; the others' answers
    // vary, as people's do.
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM campaign_members m JOIN campaigns k ON k.id = "
                                             "m.campaign_id JOIN leads l ON l.id = m.lead_id WHERE m.status IN "
                                             "('sent', 'responded') AND (k.channel = 'direct_mail' OR "
                                             "json_extract(l.consent, '$.email.marketing') IS NOT 1)"))
                 .toInt(),
             0); // every campaign but a letter reaches people by email; a letter cannot reach a lead (no address)
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM leads WHERE json_extract(consent, '$.email.date') "
                                             "<> date(created_at / 1000, 'unixepoch')"))
                 .toInt(),
             0);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(DISTINCT coalesce(json_extract(consent, "
                                             "'$.email.marketing'), 'never asked')) FROM leads"))
                 .toInt(),
             3);
}

void TestDemoGenerator::rep_hasAFullDay()
{
    const QString me = m_t->store->currentUserId();
    QCOMPARE(me, m_summary.currentUserId);
    QCOMPARE(m_t->store->titleOf(EntityType::User, me), QStringLiteral("Lena Hoffmann"));
    const qint64 dayStart = (m_options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL;
    QVERIFY(scalar(*m_t->db,
                   QStringLiteral("SELECT count(*) FROM activities WHERE owner_id = ? AND start_at BETWEEN ? AND ?"),
                   {me, dayStart, dayStart + 86400000})
                .toInt() >= 5);
    QVERIFY(
        scalar(*m_t->db,
               QStringLiteral(
                   "SELECT count(*) FROM activities WHERE owner_id = ? AND type = 'task' AND done = 0 AND due_at < ?"),
               {me, dayStart})
            .toInt() >= 3);
}

void TestDemoGenerator::activities_keepToWorkingDays()
{
    // Calls, meetings and tasks fall on weekdays in their owner's zone (the repeating ones have their own rules).
    SqlStatement st(m_t->db->handle(),
                    QStringLiteral("SELECT coalesce(start_at, due_at), time_zone FROM activities WHERE rrule IS NULL "
                                   "AND coalesce(start_at, due_at) IS NOT NULL"));
    int all = 0, weekend = 0;
    while (st.step() == SqlStatement::Step::Row) {
        ++all;
        const QDate day = QDateTime::fromMSecsSinceEpoch(st.int64(0), QTimeZone(st.text(1).toUtf8())).date();
        weekend += day.dayOfWeek() >= Qt::Saturday && day != m_options.today ? 1 : 0;
    }
    QVERIFY(all > 4 * m_options.contacts);
    QCOMPARE(weekend, 0);
    // Emails and notes are logged, so they happened: none after the demo's now, and plenty in the last days.
    const qint64 now = (m_options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL + 6 * 3600000LL;
    QCOMPARE(scalar(*m_t->db,
                    QStringLiteral("SELECT count(*) FROM activities WHERE type IN ('email', 'note') AND start_at > ?"),
                    {now})
                 .toInt(),
             0);
    QVERIFY(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM activities WHERE type = 'email' AND start_at > ?"),
                   {now - 14 * 86400000LL})
                .toInt() > 0);
}

void TestDemoGenerator::tickets_happenInOrderAndNotInTheFuture()
{
    const qint64 now = (m_options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL + 6 * 3600000LL;
    QCOMPARE(scalar(*m_t->db,
                    QStringLiteral("SELECT count(*) FROM tickets WHERE opened_at > ? OR first_response_at > ? "
                                   "OR resolved_at > ? OR closed_at > ?"),
                    {now, now, now, now})
                 .toInt(),
             0);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM tickets WHERE first_response_at < opened_at "
                                             "OR resolved_at < first_response_at OR closed_at < resolved_at"))
                 .toInt(),
             0);
}

void TestDemoGenerator::deals_changedBeforeNow_andTalkedAboutWhileOpen()
{
    Database& db = *m_t->db;
    const qint64 now = (m_options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL + 6 * 3600000LL;
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_changes WHERE changed_at > ?"), {now}).toInt(), 0);
    // An activity about a deal happens while the deal is open (within a day, for the zones): none before it
    // entered the pipeline, none after it was won or lost.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM activities WHERE opportunity_id IS NOT NULL")).toInt() >
            50);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM activities a JOIN opportunities o ON o.id = a.opportunity_id "
                                  "JOIN (SELECT opportunity_id, min(changed_at) AS opened FROM stage_changes GROUP "
                                  "BY opportunity_id) s ON s.opportunity_id = o.id "
                                  "WHERE coalesce(a.start_at, a.due_at) < s.opened - 86400000 "
                                  "OR coalesce(a.start_at, a.due_at) > o.closed_at + 86400000"))
            .toInt(),
        0);

    // A deal won became an order of its items, on the day it closed; none other is linked to a deal.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage = 'closed_won'")).toInt() > 10);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM opportunities o WHERE o.stage = 'closed_won' AND NOT "
                                       "EXISTS (SELECT 1 FROM orders r WHERE r.opportunity_id = o.id AND r.total = "
                                       "o.amount AND r.currency = o.currency AND r.account_id = o.account_id AND "
                                       "abs(r.ordered_at - o.closed_at) < 86400000)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders r JOIN opportunities o ON o.id = r.opportunity_id "
                                       "WHERE o.stage <> 'closed_won'"))
                 .toInt(),
             0);
}

void TestDemoGenerator::records_createdAndChangedOverTheYears_inOrder()
{
    Database& db = *m_t->db;
    const qint64 now = (m_options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL + 6 * 3600000LL;
    const qint64 year = 365 * 86400000LL;
    // (Activities and orders keep the demo's "now": they are shown by when they happen.)
    for (const char* table : {"accounts", "contacts", "leads", "opportunities", "tickets", "ticket_entries",
                              "campaigns", "kb_articles", "products", "stage_changes"}) {
        const QString t = QLatin1String(table);
        // Nothing changed before it was created.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE updated_at < created_at").arg(t)).toInt(), 0);
        // Spread over the time the book has been in use, not all at one moment.
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(DISTINCT created_at / 86400000) FROM %1").arg(t)).toInt() > 1,
                 table);
    }
    for (const char* table : {"accounts", "contacts", "leads", "opportunities"}) {
        const QString t = QLatin1String(table);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE created_at > ? OR updated_at > ?").arg(t),
                        {now, now})
                     .toInt(),
                 0);
        // Most were created more than a month ago, and some were changed within the last one.
        QVERIFY2(scalar(db, QStringLiteral("SELECT avg(created_at < ?) FROM %1").arg(t), {now - 30 * 86400000LL})
                         .toDouble() > 0.5,
                 table);
    }
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE updated_at > ?"), {now - 30 * 86400000LL})
                .toInt() > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT min(created_at) FROM accounts")).toLongLong() > now - 4 * year);
    // Each in its place: a company before its first order and its people; a deal when it entered the pipeline;
    // a ticket, a message when opened, sent.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts a WHERE created_at >= (SELECT min(ordered_at) "
                                       "FROM orders o WHERE o.account_id = a.id)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE "
                                       "c.created_at < a.created_at"))
                 .toInt(),
             0);
    // Consent given after the person was met, not after their latest change, on days spread over the years.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE json_extract(consent, '$.email.date') < "
                                       "date(created_at / 1000, 'unixepoch') OR json_extract(consent, '$.email.date') "
                                       "> date(updated_at / 1000, 'unixepoch')"))
                 .toInt(),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT json_extract(consent, '$.email.date')) FROM contacts"))
                .toInt() > 20);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM opportunities o WHERE created_at <> (SELECT "
                                       "min(changed_at) FROM stage_changes s WHERE s.opportunity_id = o.id)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE created_at <> opened_at")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ticket_entries WHERE created_at <> sent_at")).toInt(), 0);
}

void TestDemoGenerator::customers_scored()
{
    const auto last = CustomerReports::lastScoring(*m_t->db);
    QCOMPARE(last.currency, QStringLiteral("EUR"));
    // At the demo's "now": 06:00 UTC on its day.
    QCOMPARE(last.at, QDateTime(m_options.today, QTime(6, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QVERIFY(last.customers > 0);
    QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM customer_scores")).toInt(), last.customers);
}

void TestDemoGenerator::tickets_readAsTheirStatusSays()
{
    // A book large enough to have tickets in every status.
    TempDatabase t(false);
    DemoOptions options = m_options;
    options.contacts = 3000;
    QVERIFY(DemoGenerator::generate(*t.store, options));
    auto count = [&](const char* where) {
        return scalar(*t.db, QStringLiteral("SELECT count(*) FROM tickets t WHERE ") + QLatin1String(where)).toInt();
    };
    QVERIFY(count("status = 'pending'") > 0 && count("status = 'open'") > 0 && count("status = 'new'") > 0);
    // Nobody has answered a new one.
    QCOMPARE(count("status = 'new' AND EXISTS (SELECT 1 FROM ticket_entries e WHERE e.ticket_id = t.id AND "
                   "e.kind <> 'customer')"),
             0);
    // One waiting on the customer has asked them something last, and waits since.
    QCOMPARE(count("status = 'pending' AND paused_since IS NOT (SELECT max(e.sent_at) FROM ticket_entries e WHERE "
                   "e.ticket_id = t.id AND e.kind = 'reply')"),
             0);
    QCOMPARE(count("status = 'pending' AND (SELECT e.kind || ':' || e.body FROM ticket_entries e WHERE e.ticket_id = "
                   "t.id AND e.kind <> 'note' ORDER BY e.sent_at DESC LIMIT 1) NOT GLOB 'reply:*?'"),
             0);
    // An open one has no answer yet; a resolved one ends with it.
    QCOMPARE(count("status = 'open' AND EXISTS (SELECT 1 FROM ticket_entries e JOIN tickets r ON r.resolution = "
                   "e.body WHERE e.ticket_id = t.id)"),
             0);
    QCOMPARE(count("status IN ('resolved', 'closed') AND resolution IS NOT (SELECT e.body FROM ticket_entries e "
                   "WHERE e.ticket_id = t.id AND e.kind = 'reply' ORDER BY e.sent_at DESC LIMIT 1)"),
             0);
    const qint64 now = (options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL + 6 * 3600000LL;
    QCOMPARE(
        scalar(*t.db,
               QStringLiteral("SELECT count(*) FROM tickets t WHERE EXISTS (SELECT 1 FROM ticket_entries e WHERE "
                              "e.ticket_id = t.id AND (e.sent_at < t.opened_at OR e.sent_at > coalesce(t.resolved_at, "
                              "?)))"),
               {now})
            .toInt(),
        0);

    // The article linked to a ticket answers it: the knowledge base suggests it for the ticket.
    auto links = t.db->statements().get(QStringLiteral(
        "SELECT t.subject || '. ' || t.description, a.id, a.title FROM ticket_articles l JOIN tickets t ON t.id = "
        "l.ticket_id JOIN kb_articles a ON a.id = l.article_id WHERE a.status = 'published'"));
    int linked = 0;
    while (links->step() == SqlStatement::Step::Row) {
        ++linked;
        const auto found = KnowledgeBase::suggest(*t.db, links->text(0), 3);
        QVERIFY2(found, qPrintable(found.error().message));
        QVERIFY2(!found->isEmpty() && found->first().id == links->text(1),
                 qPrintable(links->text(0) + QStringLiteral(" → ") + links->text(2)));
    }
    QVERIFY(linked > 5);
}

void TestDemoGenerator::nonEmptyDatabase_isRefused()
{
    auto again = DemoGenerator::generate(*m_t->store, m_options);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QLatin1String("already holds")));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
