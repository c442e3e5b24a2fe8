// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Merging duplicates keeps every related record, and unmerging gives each back what it had.
#include "TestSupport.h"

#include "search/SearchIndex.h"
#include "storage/ListQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

QString create(TempDatabase& db, const Record& r)
{
    auto id = db.store->create(r);
    if (!id)
        qFatal("%s", qPrintable(id.error().fullText()));
    return *id;
}

QString field(TempDatabase& db, EntityType type, const QString& id, const char* name)
{
    return scalar(*db.db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(name), Schema::entity(type).table),
                  {id})
        .toString();
}

QStringList emailsOf(TempDatabase& db, const QString& contactId)
{
    QStringList out;
    const QJsonArray list =
        QJsonDocument::fromJson(field(db, EntityType::Contact, contactId, "emails").toUtf8()).array();
    for (const QJsonValue& v : list)
        out << v.toObject().value(QLatin1String("address")).toString();
    return out;
}

/// A contact and its duplicate, with something of every kind that can refer to a contact.
struct Pair
{
    QString account, survivor, duplicate, activity, deal, ticket, order, member, report, attendee;
};

Pair makePair(TempDatabase& db)
{
    Pair p;
    p.account = create(db, account(QStringLiteral("Keller Logistik GmbH")));
    Record s = contact(QStringLiteral("Jana"), QStringLiteral("Novák"), p.account);
    s.set(u"emails", QStringLiteral(R"([{"type":"work","address":"jana.novak@keller.example"}])"));
    p.survivor = create(db, s);
    Record d = contact(QStringLiteral("Jana"), QStringLiteral("Novak"), p.account);
    d.set(u"emails", QStringLiteral(R"([{"type":"home","address":"jana@example.org"}])"))
        .set(u"phones", QStringLiteral(R"([{"type":"mobile","number":"+49 151 2345678"}])"))
        .set(u"job_title", QStringLiteral("Head of Purchasing"));
    p.duplicate = create(db, d);
    const QString me = db.store->currentUserId();
    p.activity = create(db, Record(EntityType::Activity)
                                .set(u"type", QStringLiteral("call"))
                                .set(u"subject", QStringLiteral("Asked about delivery"))
                                .set(u"contact_id", p.duplicate)
                                .set(u"owner_id", me));
    p.attendee = create(db, Record(EntityType::ActivityAttendee)
                                .set(u"activity_id", p.activity)
                                .set(u"contact_id", p.duplicate)
                                .set(u"response", QStringLiteral("accepted")));
    p.deal = create(db, Record(EntityType::Opportunity)
                            .set(u"name", QStringLiteral("Forklift fleet"))
                            .set(u"account_id", p.account)
                            .set(u"contact_id", p.duplicate)
                            .set(u"stage", QStringLiteral("qualification"))
                            .set(u"currency", QStringLiteral("EUR"))
                            .set(u"owner_id", me));
    p.ticket = create(db, Record(EntityType::Ticket)
                              .set(u"number", QStringLiteral("T-1"))
                              .set(u"subject", QStringLiteral("Scanner broken"))
                              .set(u"status", QStringLiteral("open"))
                              .set(u"priority", QStringLiteral("normal"))
                              .set(u"contact_id", p.duplicate)
                              .set(u"opened_at", qint64(1'700'000'000'000)));
    p.order = create(db, Record(EntityType::Order)
                             .set(u"number", QStringLiteral("O-1"))
                             .set(u"account_id", p.account)
                             .set(u"contact_id", p.duplicate)
                             .set(u"ordered_at", qint64(1'700'000'000'000))
                             .set(u"status", QStringLiteral("shipped"))
                             .set(u"currency", QStringLiteral("EUR")));
    const QString campaign = create(db, Record(EntityType::Campaign)
                                            .set(u"name", QStringLiteral("Spring fair"))
                                            .set(u"channel", QStringLiteral("event"))
                                            .set(u"status", QStringLiteral("active")));
    p.member = create(db, Record(EntityType::CampaignMember)
                              .set(u"campaign_id", campaign)
                              .set(u"contact_id", p.duplicate)
                              .set(u"status", QStringLiteral("sent")));
    p.report = create(db, contact(QStringLiteral("Tom"), QStringLiteral("Berger"), p.account)
                              .set(u"reports_to_id", p.duplicate));
    return p;
}

QStringList listed(TempDatabase& db, EntityType type)
{
    RecordList list(*ListQueries::forType(type));
    auto rows = list.fetch(*db.db, nullptr, 100);
    QStringList ids;
    for (const ListRow& r : *rows)
        ids << r.id;
    return ids;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_twoContacts_movesEveryRelatedRecordAndHidesTheDuplicate()
    {
        TempDatabase db;
        const Pair p = makePair(db);
        const Record survivor = *db.store->fetch(EntityType::Contact, p.survivor);
        const Record duplicate = *db.store->fetch(EntityType::Contact, p.duplicate);
        const Record chosen = RecordStore::defaultMergeChoice(survivor, {duplicate});
        auto moved = db.store->merge(EntityType::Contact, p.survivor, {p.duplicate}, chosen);
        QVERIFY2(moved, qPrintable(moved.error().fullText()));
        QCOMPARE(*moved, 7);

        QCOMPARE(field(db, EntityType::Activity, p.activity, "contact_id"), p.survivor);
        QCOMPARE(field(db, EntityType::ActivityAttendee, p.attendee, "contact_id"), p.survivor);
        QCOMPARE(field(db, EntityType::Opportunity, p.deal, "contact_id"), p.survivor);
        QCOMPARE(field(db, EntityType::Ticket, p.ticket, "contact_id"), p.survivor);
        QCOMPARE(field(db, EntityType::Order, p.order, "contact_id"), p.survivor);
        QCOMPARE(field(db, EntityType::CampaignMember, p.member, "contact_id"), p.survivor);
        QCOMPARE(field(db, EntityType::Contact, p.report, "reports_to_id"), p.survivor);

        // The survivor keeps its own values, gains the ones it lacked, and both addresses.
        QCOMPARE(field(db, EntityType::Contact, p.survivor, "last_name"), QStringLiteral("Novák"));
        QCOMPARE(field(db, EntityType::Contact, p.survivor, "job_title"), QStringLiteral("Head of Purchasing"));
        QCOMPARE(emailsOf(db, p.survivor), (QStringList{QStringLiteral("jana.novak@keller.example"),
                                                        QStringLiteral("jana@example.org")}));
        QCOMPARE(field(db, EntityType::Contact, p.survivor, "primary_phone"), QStringLiteral("+49 151 2345678"));

        // The duplicate is a hidden record pointing at the survivor: not listed, not found, not a duplicate.
        QCOMPARE(field(db, EntityType::Contact, p.duplicate, "merged_into"), p.survivor);
        QCOMPARE(field(db, EntityType::Contact, p.duplicate, "deleted").toInt(), 0);
        QVERIFY(!listed(db, EntityType::Contact).contains(p.duplicate));
        QVERIFY(listed(db, EntityType::Contact).contains(p.survivor));
        auto hits = SearchIndex::search(*db.db, u"novak", 10, {EntityType::Contact});
        QVERIFY(hits);

        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, p.survivor);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM email_index e JOIN contacts c ON c.rid = "
                                               "e.contact_rid WHERE c.id = ?"),
                        {p.duplicate})
                     .toInt(),
                 0);
        // A phone number moved to the survivor is found as the survivor's.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT c.id FROM phone_index p JOIN contacts c ON c.rid = "
                                               "p.contact_rid WHERE p.e164 = '+491512345678'"))
                     .toString(),
                 p.survivor);

        // Audited, and on its way to the server as ordinary edits.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge'")).toInt(), 2);
        QVERIFY(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND payload LIKE "
                                              "'%merged_into%'"),
                       {p.duplicate})
                    .toInt() == 1);

        // New records cannot refer to the merged contact.
        auto refused = db.store->create(Record(EntityType::Activity)
                                            .set(u"type", QStringLiteral("task"))
                                            .set(u"subject", QStringLiteral("Follow up"))
                                            .set(u"contact_id", p.duplicate)
                                            .set(u"owner_id", db.store->currentUserId()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().fullText().contains(QStringLiteral("merged into Jana Novák")),
                 qPrintable(refused.error().fullText()));
    }

    void unmerge_givesEveryRecordBack()
    {
        TempDatabase db;
        const Pair p = makePair(db);
        const Record survivor = *db.store->fetch(EntityType::Contact, p.survivor);
        const Record duplicate = *db.store->fetch(EntityType::Contact, p.duplicate);
        QVERIFY(db.store->merge(EntityType::Contact, p.survivor, {p.duplicate},
                                RecordStore::defaultMergeChoice(survivor, {duplicate})));
        const Status undone = db.store->unmerge(EntityType::Contact, p.duplicate);
        QVERIFY2(undone, qPrintable(undone.error().fullText()));

        for (const auto& [type, id] : {std::pair{EntityType::Activity, p.activity},
                                       {EntityType::ActivityAttendee, p.attendee},
                                       {EntityType::Opportunity, p.deal},
                                       {EntityType::Ticket, p.ticket},
                                       {EntityType::Order, p.order},
                                       {EntityType::CampaignMember, p.member}})
            QCOMPARE(field(db, type, id, "contact_id"), p.duplicate);
        QCOMPARE(field(db, EntityType::Contact, p.report, "reports_to_id"), p.duplicate);
        QCOMPARE(field(db, EntityType::Contact, p.survivor, "job_title"), QString());
        QCOMPARE(emailsOf(db, p.survivor), QStringList{QStringLiteral("jana.novak@keller.example")});
        QCOMPARE(field(db, EntityType::Contact, p.survivor, "phones"), QString());
        QVERIFY(scalar(*db.db, QStringLiteral("SELECT merged_into FROM contacts WHERE id = ?"), {p.duplicate}).isNull());
        QVERIFY(listed(db, EntityType::Contact).contains(p.duplicate));
        auto hits = SearchIndex::search(*db.db, u"novak", 10, {EntityType::Contact});
        QCOMPARE(hits->size(), 2);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT c.id FROM phone_index p JOIN contacts c ON c.rid = "
                                               "p.contact_rid WHERE p.e164 = '+491512345678'"))
                     .toString(),
                 p.duplicate);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmerge'")).toInt(), 1);
    }

    void unmerge_keepsWhatChangedSinceTheMerge()
    {
        TempDatabase db;
        const Pair p = makePair(db);
        const Record survivor = *db.store->fetch(EntityType::Contact, p.survivor);
        const Record duplicate = *db.store->fetch(EntityType::Contact, p.duplicate);
        QVERIFY(db.store->merge(EntityType::Contact, p.survivor, {p.duplicate},
                                RecordStore::defaultMergeChoice(survivor, {duplicate})));
        // After the merge someone gives the call to a colleague and corrects the job title.
        QVERIFY(db.store->update(Record(EntityType::Activity, p.activity).set(u"contact_id", p.report)));
        QVERIFY(db.store->update(Record(EntityType::Contact, p.survivor).set(u"job_title", QStringLiteral("CFO"))));
        QVERIFY(db.store->unmerge(EntityType::Contact, p.duplicate));
        QCOMPARE(field(db, EntityType::Activity, p.activity, "contact_id"), p.report);
        QCOMPARE(field(db, EntityType::Contact, p.survivor, "job_title"), QStringLiteral("CFO"));
        QCOMPARE(field(db, EntityType::Ticket, p.ticket, "contact_id"), p.duplicate);
    }

    void merge_threeAccounts_movesContactsDealsAndSubsidiaries()
    {
        TempDatabase db;
        const QString a = create(db, account(QStringLiteral("Nordwind AG")));
        Record bRecord = account(QStringLiteral("Nordwind"));
        bRecord.set(u"website", QStringLiteral("https://nordwind.example"));
        const QString b = create(db, bRecord);
        const QString c = create(db, account(QStringLiteral("Nordwind Aktiengesellschaft")));
        const QString subsidiary = create(db, account(QStringLiteral("Nordwind Polska")).set(u"parent_id", c));
        const QString person = create(db, contact(QStringLiteral("Ole"), QStringLiteral("Hansen"), b));
        auto moved = db.store->merge(EntityType::Account, a, {b, c},
                                     RecordStore::defaultMergeChoice(*db.store->fetch(EntityType::Account, a),
                                                                     {*db.store->fetch(EntityType::Account, b),
                                                                      *db.store->fetch(EntityType::Account, c)}));
        QVERIFY2(moved, qPrintable(moved.error().fullText()));
        QCOMPARE(*moved, 2);
        QCOMPARE(field(db, EntityType::Contact, person, "account_id"), a);
        QCOMPARE(field(db, EntityType::Account, subsidiary, "parent_id"), a);
        QCOMPARE(field(db, EntityType::Account, a, "website"), QStringLiteral("https://nordwind.example"));
        QCOMPARE(listed(db, EntityType::Account).size(), 2); // the survivor and the subsidiary
        // The contact's search text names its account by the survivor's name now.
        auto hits = SearchIndex::search(*db.db, u"hansen nordwind", 5);
        QCOMPARE(hits->size(), 1);
        QVERIFY(db.store->unmerge(EntityType::Account, c));
        QCOMPARE(field(db, EntityType::Account, subsidiary, "parent_id"), c);
        QCOMPARE(field(db, EntityType::Contact, person, "account_id"), a); // b is still merged
        QCOMPARE(field(db, EntityType::Account, a, "website"), QStringLiteral("https://nordwind.example"));
        QVERIFY(db.store->unmerge(EntityType::Account, b));
        QCOMPARE(field(db, EntityType::Contact, person, "account_id"), b);
        QCOMPARE(field(db, EntityType::Account, a, "website"), QString());
    }

    void merge_refusesWhatCannotBeMerged_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("the same record twice") << QStringLiteral("same");
        QTest::newRow("four records") << QStringLiteral("four");
        QTest::newRow("a deleted record") << QStringLiteral("deleted");
        QTest::newRow("an already merged record") << QStringLiteral("merged");
        QTest::newRow("leads") << QStringLiteral("lead");
    }
    void merge_refusesWhatCannotBeMerged()
    {
        QFETCH(QString, what);
        TempDatabase db;
        const QString a = create(db, contact(QStringLiteral("Ana"), QStringLiteral("Silva")));
        const QString b = create(db, contact(QStringLiteral("Ana"), QStringLiteral("Silva")));
        const QString c = create(db, contact(QStringLiteral("Ana"), QStringLiteral("Silva")));
        const QString d = create(db, contact(QStringLiteral("Ana"), QStringLiteral("Silva")));
        EntityType type = EntityType::Contact;
        QStringList others{b};
        if (what == QLatin1String("same"))
            others = {a};
        else if (what == QLatin1String("four"))
            others = {b, c, d};
        else if (what == QLatin1String("deleted"))
            QVERIFY(db.store->remove(EntityType::Contact, b));
        else if (what == QLatin1String("merged"))
            QVERIFY(db.store->merge(EntityType::Contact, c, {b}, Record(EntityType::Contact, c)));
        else if (what == QLatin1String("lead"))
            type = EntityType::Lead;
        const qint64 outbox = scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
        auto result = db.store->merge(type, a, others, Record(type, a));
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), outbox);
    }

    void merge_failingMidWay_changesNothing()
    {
        // Moving the duplicate's direct report to the survivor would make a loop in the org chart (the
        // survivor reports to that person): the merge fails and nothing of it is left.
        TempDatabase db;
        const QString survivor = create(db, contact(QStringLiteral("Eva"), QStringLiteral("Lind")));
        const QString duplicate = create(db, contact(QStringLiteral("Eva"), QStringLiteral("Lind")));
        const QString boss = create(db, contact(QStringLiteral("Per"), QStringLiteral("Berg")).set(u"reports_to_id", duplicate));
        QVERIFY(db.store->update(Record(EntityType::Contact, survivor).set(u"reports_to_id", boss)));
        const qint64 outbox = scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
        auto result = db.store->merge(EntityType::Contact, survivor, {duplicate},
                                      Record(EntityType::Contact, survivor).set(u"job_title", QStringLiteral("CEO")));
        QVERIFY(!result);
        QVERIFY2(result.error().fullText().contains(QStringLiteral("Per Berg")), qPrintable(result.error().fullText()));
        QCOMPARE(field(db, EntityType::Contact, boss, "reports_to_id"), duplicate);
        QCOMPARE(field(db, EntityType::Contact, survivor, "job_title"), QString());
        QVERIFY(scalar(*db.db, QStringLiteral("SELECT merged_into FROM contacts WHERE id = ?"), {duplicate}).isNull());
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong(), outbox);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "TestMerge.moc"
