// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "domain/HybridClock.h"
#include "search/SearchIndex.h"
#include "sync/SyncReview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestRecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_writesRowClockOutboxAuditAndIndexes();
    void create_notifiesListenersAfterCommit();
    void create_waitsInTheOutboxAsItsRecord_untilTheRecordChanges();
    void phoneNumbers_nationalOnesMustBeValid_savedOnesStay_onlyChangesAreChecked();
    void update_writesOnlyChangedFieldsWithNewerClock();
    void update_unchangedValues_writesNothing();
    void update_accountRename_reindexesItsContacts();
    void update_rewritesIndexEntriesOnlyWhenTheyChange();
    void remove_leavesTombstoneThatSyncs();
    void dependants_countWhatStillRefersToTheRecords();
    void apply_oneInvalidMutation_rollsBackAll();
    void apply_databaseFailureMidWrite_rollsBackAll();
    void create_invalidFields_reportsEachField();
    void create_missingReference_isRefused();
    void update_reportsToCycle_isRefused();
    void opportunity_stageChanges_areRecordedWithDefaults();
    void clock_wallClockStepsBack_stampsStillIncrease();
    void clock_survivesReopen();
    void fetch_deletedRecord_onlyWhenAsked();
    void restore_takesBackADelete_butNotAnErase();
    void bulk_largeLoad_buildsIndexesAfterItsRows();
    void bulk_abandonedLoad_bringsTheIndexesBack();
    void bulk_smallLoadIntoALargerBook_keepsTheIndexes();

private:
    /// The names of the secondary indexes on `table`, sorted.
    static QStringList indexesOf(TempDatabase& t, const QString& table)
    {
        QStringList names;
        const QString list = scalar(*t.db,
                                    QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                                   "sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                                   "AND sql IS NOT NULL ORDER BY name)"),
                                    {table})
                                 .toString();
        return list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    static RecordStore::BulkOptions largeLoad()
    {
        RecordStore::BulkOptions o;
        o.expectedRecords = RecordStore::BulkOptions::DeferIndexesFrom;
        o.deferIndexesOf = {QStringLiteral("contacts"), QStringLiteral("email_index")};
        o.liveIndexes = {QStringLiteral("contacts_by_sort_key"), QStringLiteral("email_index_by_email")};
        return o;
    }

    static int count(TempDatabase& t, const QString& sql, const QVariantList& v = {})
    {
        return scalar(*t.db, sql, v).toInt();
    }
    /// The payload the newest outbox entry matching `condition` is pushed with, as text and as JSON.
    static QByteArray pushedText(TempDatabase& t, const QString& condition, const QVariantList& v = {})
    {
        const QString from = QStringLiteral(" FROM outbox WHERE %1 ORDER BY seq DESC LIMIT 1").arg(condition);
        auto column = [&](const char* name) {
            return scalar(*t.db, QStringLiteral("SELECT ") + QLatin1String(name) + from, v).toString();
        };
        return RecordStore::outboxPayload(*t.db, column("entity"), column("record_id"), column("payload").toUtf8());
    }
    static QJsonObject pushed(TempDatabase& t, const QString& condition, const QVariantList& v = {})
    {
        return QJsonDocument::fromJson(pushedText(t, condition, v)).object();
    }
};

void TestRecordStore::phoneNumbers_nationalOnesMustBeValid_savedOnesStay_onlyChangesAreChecked()
{
    TempDatabase t;
    t.store->setDefaultRegion(QStringLiteral("US"));
    // Typed without a country code on a US laptop, a Berlin number is no US number: refused, with why.
    Record c = contact(QStringLiteral("Ida"), QStringLiteral("Berg"));
    c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"030 1234567"}])"));
    auto refused = t.store->create(c);
    QVERIFY(!refused);
    QVERIFY(
        refused.error().fullText().contains(QLatin1String("\"030 1234567\" is not a phone number of United States")));
    QVERIFY(refused.error().fullText().contains(QLatin1String("add the country code or the country")));
    // With its country code, or with a German address, it is hers.
    c.set(u"addresses", QStringLiteral(R"([{"city":"Berlin","country":"DE"}])"));
    auto id = t.store->create(c);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    QVERIFY(scalar(*t.db, QStringLiteral("SELECT phones FROM contacts WHERE id = ?"), {*id})
                .toString()
                .contains(QLatin1String("+49301234567")));
    // A book from before the rule holds such a number read in the US: the contact still saves other edits.
    QVERIFY(t.db->exec(QStringLiteral(R"(UPDATE contacts SET addresses = NULL, phones = '[{"e164":"+10301234567",)"
                                      R"("number":"030 1234567","type":"work"}]' WHERE id = ')") +
                       *id + QLatin1Char('\'')));
    auto edited = t.store->update(Record(EntityType::Contact, *id).set(u"job_title", QStringLiteral("Buyer")));
    QVERIFY2(edited, qPrintable(edited.error().fullText()));
    const auto phones = [&] {
        return scalar(*t.db, QStringLiteral("SELECT phones FROM contacts WHERE id = ?"), {*id}).toString();
    };
    QVERIFY(phones().contains(QLatin1String("+10301234567"))); // kept as it was read
    // Moved to Germany, the number is read again there.
    edited = t.store->update(
        Record(EntityType::Contact, *id).set(u"addresses", QStringLiteral(R"([{"city":"Berlin","country":"DE"}])")));
    QVERIFY2(edited, qPrintable(edited.error().fullText()));
    QVERIFY2(phones().contains(QLatin1String("+49301234567")), qPrintable(phones()));
    // Only what an edit changes is checked: values no rule of today lets in, written by an older release or
    // another program, do not stop a change of owner; a change of the values themselves is checked.
    const QString older =
        QStringLiteral("UPDATE contacts SET phones = '[{\"number\":\"12\",\"type\":\"work\"}]', emails = "
                       "'[{\"address\":\"not an address\",\"type\":\"work\"}]' WHERE id = '%1'")
            .arg(*id);
    QVERIFY(t.db->exec(older));
    edited = t.store->update(Record(EntityType::Contact, *id).set(u"job_title", QStringLiteral("Head of Buying")));
    QVERIFY2(edited, qPrintable(edited.error().fullText()));
    QCOMPARE(phones(), QStringLiteral(R"([{"number":"12","type":"work"}])"));
    const auto refusedEdit = [&](const char16_t* field, const QString& value) {
        return !t.store->update(Record(EntityType::Contact, *id).set(field, value));
    };
    QVERIFY(refusedEdit(u"phones", QStringLiteral(R"([{"number":"13","type":"work"}])")));
    QVERIFY(refusedEdit(u"emails", QStringLiteral(R"([{"address":"still not","type":"work"}])")));
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {*id}).toString(),
             QStringLiteral("Head of Buying"));
}

void TestRecordStore::create_writesRowClockOutboxAuditAndIndexes()
{
    TempDatabase t;
    const int outboxBefore = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    Record c = contact(QStringLiteral("Anna"), QStringLiteral("Müller"));
    c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"Anna.Mueller@Example.org"}])"))
        .set(u"phones", QStringLiteral(R"([{"type":"work","number":"030 1234567"}])"));
    auto id = t.store->create(c);
    QVERIFY2(id, qPrintable(id.error().fullText()));
    QVERIFY(IdGenerator::isValid(*id));

    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT display_title FROM contacts WHERE id = ?"), {*id}).toString(),
             QStringLiteral("Anna Müller"));
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT sort_key FROM contacts WHERE id = ?"), {*id}).toString(),
             QStringLiteral("muller anna"));
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT primary_email FROM contacts WHERE id = ?"), {*id}).toString(),
             QStringLiteral("Anna.Mueller@Example.org"));
    bool ok = false;
    HlcTimestamp::fromString(
        scalar(*t.db, QStringLiteral("SELECT hlc_created FROM contacts WHERE id = ?"), {*id}).toString(), &ok);
    QVERIFY(ok);

    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    const QJsonObject payload = pushed(t, QStringLiteral("record_id = ? AND op = 'create'"), {*id});
    QCOMPARE(payload.value(QLatin1String("fields")).toObject().value(QLatin1String("last_name")).toString(),
             QStringLiteral("Müller"));
    QVERIFY(!payload.value(QLatin1String("fields"))
                 .toObject()
                 .contains(QLatin1String("primary_email"))); // derived, never synced
    QCOMPARE(
        count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'create'"), {*id}), 1);
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT user_id FROM audit_log WHERE record_id = ?"), {*id}).toString(),
             t.store->currentUserId());

    QCOMPARE(count(t, QStringLiteral(
                          "SELECT count(*) FROM phone_index WHERE e164 = '+49301234567' AND reversed = '76543210394'")),
             1);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM email_index WHERE email = 'anna.mueller@example.org'")), 1);
    auto hits = SearchIndex::search(*t.db, QStringLiteral("muller"), 5);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, *id);
}

void TestRecordStore::create_notifiesListenersAfterCommit()
{
    TempDatabase t;
    QSignalSpy spy(t.store.get(), &RecordStore::changed);
    bool committedWhenNotified = false;
    connect(t.store.get(), &RecordStore::changed, this, [&](const QList<Change>& changes) {
        // A reader on another connection sees the row: the transaction is committed.
        auto reader = Database::open(t.path(), QStringLiteral("reader-check"), Database::Access::ReadOnly);
        QVERIFY(reader);
        committedWhenNotified =
            scalar(**reader, QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {changes.first().id})
                .toInt() == 1;
    });
    QVERIFY(t.store->create(account(QStringLiteral("Keller AG"))));
    QCOMPARE(spy.count(), 1);
    QVERIFY(committedWhenNotified);
    QVERIFY(!t.store->create(account(QString())));
    QCOMPARE(spy.count(), 1); // a failed write tells no one
}

void TestRecordStore::create_waitsInTheOutboxAsItsRecord_untilTheRecordChanges()
{
    TempDatabase t;
    Record c = contact(QStringLiteral("Jörg"), QStringLiteral("Weiß"));
    c.set(u"job_title", QStringLiteral("Buyer"))
        .set(u"emails", QStringLiteral(R"([{"type":"work","address":"joerg.weiss@example.org"}])"))
        .set(u"phones", QStringLiteral(R"([{"type":"mobile","number":"0151 23456789"}])"))
        .set(u"tags", QStringLiteral(R"(["trade fair","vip"])"))
        .set(u"birthday", QStringLiteral("1975-04-30"));
    const QString id = *t.store->create(c);
    const QString created =
        scalar(*t.db, QStringLiteral("SELECT hlc_created FROM contacts WHERE id = ?"), {id}).toString();
    const QString where = QStringLiteral("record_id = ? AND op = 'create'");

    // Stored as nothing but "this record": the values are the row's, the clock its creation's.
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT payload FROM outbox WHERE ") + where, {id}).toString(), QString());
    const QJsonObject asCreated = pushed(t, where, {id});
    QCOMPARE(asCreated.value(QLatin1String("hlc")).toString(), created);
    const QJsonObject fields = asCreated.value(QLatin1String("fields")).toObject();
    QCOMPARE(fields.value(QLatin1String("job_title")).toString(), QStringLiteral("Buyer"));
    QCOMPARE(fields.value(QLatin1String("birthday")).toString(), QStringLiteral("1975-04-30"));
    QCOMPARE(fields.value(QLatin1String("phones")).toArray().first().toObject().value(QLatin1String("e164")).toString(),
             QStringLiteral("+4915123456789"));
    QCOMPARE(fields.value(QLatin1String("tags")).toArray().size(), 2);
    QCOMPARE(fields.value(QLatin1String("deleted")).toBool(true), false);
    QVERIFY(!fields.contains(QLatin1String("primary_email"))); // derived, never synced
    QVERIFY(!fields.contains(QLatin1String("department")));    // no value

    // An edit before the push: the creation keeps what was created, the edit follows it.
    Record change(EntityType::Contact, id);
    change.set(u"job_title", QStringLiteral("Head of Purchasing"));
    QVERIFY(t.store->update(change));
    QVERIFY(!scalar(*t.db, QStringLiteral("SELECT payload FROM outbox WHERE ") + where, {id}).toString().isEmpty());
    QCOMPARE(pushed(t, where, {id}), asCreated);
    QCOMPARE(pushed(t, QStringLiteral("record_id = ? AND op = 'update'"), {id})
                 .value(QLatin1String("fields"))
                 .toObject()
                 .value(QLatin1String("job_title"))
                 .toString(),
             QStringLiteral("Head of Purchasing"));

    // A delete writes it out too, as it was before the tombstone.
    const QString other = *t.store->create(contact(QStringLiteral("Eva"), QStringLiteral("Roth")));
    QVERIFY(t.store->remove(EntityType::Contact, other));
    const QJsonObject otherCreated = pushed(t, where, {other});
    QCOMPARE(otherCreated.value(QLatin1String("fields")).toObject().value(QLatin1String("deleted")).toBool(true), false);
    QCOMPARE(otherCreated.value(QLatin1String("fields")).toObject().value(QLatin1String("last_name")).toString(),
             QStringLiteral("Roth"));
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE payload = ''")), 0);

    // What the review of unsynced changes lists comes from the same payloads.
    const QString third = *t.store->create(account(QStringLiteral("Weiß & Söhne KG")));
    bool listed = false;
    for (const SyncReview::PendingChange& p : SyncReview::pendingChanges(*t.db))
        if (p.recordId == third)
            listed = p.op == QLatin1String("create") && p.fields.contains(QStringLiteral("name"));
    QVERIFY(listed);
}

void TestRecordStore::update_writesOnlyChangedFieldsWithNewerClock()
{
    TempDatabase t;
    const QString id = *t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Müller")));
    const QString created =
        scalar(*t.db, QStringLiteral("SELECT hlc_created FROM contacts WHERE id = ?"), {id}).toString();
    Record change(EntityType::Contact, id);
    change.set(u"job_title", QStringLiteral("Head of Purchasing")).set(u"first_name", QStringLiteral("Anna"));
    QVERIFY(t.store->update(change));

    const QJsonObject clocks =
        QJsonDocument::fromJson(
            scalar(*t.db, QStringLiteral("SELECT hlc_fields FROM contacts WHERE id = ?"), {id}).toString().toUtf8())
            .object();
    QCOMPARE(clocks.keys(), QStringList{QStringLiteral("job_title")});
    QVERIFY(clocks.value(QLatin1String("job_title")).toString() > created);

    const QJsonObject payload =
        QJsonDocument::fromJson(
            scalar(*t.db, QStringLiteral("SELECT payload FROM outbox WHERE record_id = ? AND op = 'update'"), {id})
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(payload.value(QLatin1String("fields")).toObject().keys(), QStringList{QStringLiteral("job_title")});
    QCOMPARE(payload.value(QLatin1String("hlc")).toString(), clocks.value(QLatin1String("job_title")).toString());

    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'update'"), {id}),
             1);
    QCOMPARE(scalar(*t.db,
                    QStringLiteral("SELECT field || ':' || ifnull(old_value, '∅') || '→' || new_value FROM audit_log "
                                   "WHERE record_id = ? AND action = 'update'"),
                    {id})
                 .toString(),
             QStringLiteral("job_title:∅→Head of Purchasing"));
}

void TestRecordStore::update_unchangedValues_writesNothing()
{
    TempDatabase t;
    const QString id = *t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Müller")));
    const int outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    const int audit = count(t, QStringLiteral("SELECT count(*) FROM audit_log"));
    QSignalSpy spy(t.store.get(), &RecordStore::changed);
    Record same(EntityType::Contact, id);
    same.set(u"last_name", QStringLiteral(" Müller ")); // canonicalised to the stored value
    QVERIFY(t.store->update(same));
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QCOMPARE(spy.count(), 0);
}

void TestRecordStore::update_accountRename_reindexesItsContacts()
{
    TempDatabase t;
    const QString acc = *t.store->create(account(QStringLiteral("Keller AG")));
    QVERIFY(t.store->create(contact(QStringLiteral("Jonas"), QStringLiteral("Brandt"), acc)));
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("keller"), 5, {EntityType::Contact})->size(), 1);
    Record rename(EntityType::Account, acc);
    rename.set(u"name", QStringLiteral("Zimmer Logistik GmbH"));
    QVERIFY(t.store->update(rename));
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("keller"), 5, {EntityType::Contact})->size(), 0);
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("zimmer"), 5, {EntityType::Contact})->size(), 1);
}

void TestRecordStore::update_rewritesIndexEntriesOnlyWhenTheyChange()
{
    TempDatabase t;
    Record c = contact(QStringLiteral("Jonas"), QStringLiteral("Brandt"));
    c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 30 1234567"}])"));
    const QString id = *t.store->create(c);
    // Each full-text write adds rows to the index's data table; an edit that changes no searched text adds none.
    const int segments = count(t, QStringLiteral("SELECT count(*) FROM search_index_data"));
    QVERIFY(t.store->update(Record(EntityType::Contact, id).set(u"birthday", QDate(1980, 5, 17))));
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM search_index_data")), segments);
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("brandt"), 5)->size(), 1);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM phone_index WHERE e164 = '+49301234567'")), 1);

    // A searched field, and a number: the entries follow.
    QVERIFY(t.store->update(Record(EntityType::Contact, id)
                                .set(u"job_title", QStringLiteral("Einkaufsleiter"))
                                .set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 40 7654321"}])"))));
    QVERIFY(count(t, QStringLiteral("SELECT count(*) FROM search_index_data")) > segments);
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("einkaufsleiter"), 5)->size(), 1);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM phone_index WHERE e164 = '+49301234567'")), 0);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM phone_index WHERE e164 = '+49407654321'")), 1);

    // Deleted and restored: indexed again.
    QVERIFY(t.store->remove(EntityType::Contact, id));
    QVERIFY(SearchIndex::search(*t.db, QStringLiteral("brandt"), 5)->isEmpty());
    QVERIFY(t.store->apply({Mutation::restore(EntityType::Contact, id)}));
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("brandt"), 5)->size(), 1);
}

void TestRecordStore::remove_leavesTombstoneThatSyncs()
{
    TempDatabase t;
    Record c = contact(QStringLiteral("Anna"), QStringLiteral("Müller"));
    c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"+49 30 1234567"}])"));
    const QString id = *t.store->create(c);
    QVERIFY(t.store->remove(EntityType::Contact, id));
    QCOMPARE(count(t, QStringLiteral("SELECT deleted FROM contacts WHERE id = ?"), {id}), 1);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND op = 'delete'"), {id}), 1);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'delete'"), {id}),
             1);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM phone_index")), 0);
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("muller"), 5)->size(), 0);
    QVERIFY(!t.store->fetch(EntityType::Contact, id));
    QVERIFY(QJsonDocument::fromJson(
                scalar(*t.db, QStringLiteral("SELECT hlc_fields FROM contacts WHERE id = ?"), {id}).toString().toUtf8())
                .object()
                .contains(QLatin1String("deleted")));
    Record late(EntityType::Contact, id);
    late.set(u"job_title", QStringLiteral("CEO"));
    QVERIFY(!t.store->update(late)); // nothing is resurrected by a late edit
}

void TestRecordStore::dependants_countWhatStillRefersToTheRecords()
{
    TempDatabase t;
    const QString group = *t.store->create(account(QStringLiteral("Keller Holding")));
    Record sub = account(QStringLiteral("Keller AG"));
    sub.set(u"parent_id", group);
    const QString keller = *t.store->create(sub);
    const QString anna = *t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Keller"), keller));
    Record ben = contact(QStringLiteral("Ben"), QStringLiteral("Keller"), keller);
    ben.set(u"reports_to_id", anna);
    const QString benId = *t.store->create(ben);
    const QString gone = *t.store->create(contact(QStringLiteral("Gone"), QStringLiteral("Keller"), keller));
    QVERIFY(t.store->remove(EntityType::Contact, gone)); // a deleted contact no longer counts
    Record deal(EntityType::Opportunity);
    deal.set(u"name", QStringLiteral("Scanner rollout"))
        .set(u"account_id", keller)
        .set(u"contact_id", anna) // names both: counts once for the account and once for Anna
        .set(u"stage", QStringLiteral("qualification"))
        .set(u"currency", QStringLiteral("EUR"))
        .set(u"owner_id", t.store->currentUserId());
    const auto dealId = t.store->create(deal);
    QVERIFY2(dealId, qPrintable(dealId ? QString() : dealId.error().text(u" ")));
    Record ticket(EntityType::Ticket);
    ticket.set(u"number", QStringLiteral("T-1"))
        .set(u"subject", QStringLiteral("Printer offline"))
        .set(u"status", QStringLiteral("open"))
        .set(u"priority", QStringLiteral("high"))
        .set(u"contact_id", anna)
        .set(u"opened_at", qint64(1700000000000));
    QVERIFY(t.store->create(ticket));

    using Counts = QList<QPair<EntityType, qint64>>;
    QCOMPARE(*t.store->dependants(EntityType::Account, {keller}),
             (Counts{{EntityType::Contact, 2}, {EntityType::Opportunity, 1}}));
    QCOMPARE(*t.store->dependants(EntityType::Account, {group}), (Counts{{EntityType::Account, 1}}));
    // The records asked about do not count as each other's dependants.
    QCOMPARE(*t.store->dependants(EntityType::Account, {group, keller}),
             (Counts{{EntityType::Contact, 2}, {EntityType::Opportunity, 1}}));
    QCOMPARE(*t.store->dependants(EntityType::Contact, {anna}),
             (Counts{{EntityType::Contact, 1}, {EntityType::Opportunity, 1}, {EntityType::Ticket, 1}}));
    QCOMPARE(*t.store->dependants(EntityType::Contact, {anna, benId}),
             (Counts{{EntityType::Opportunity, 1}, {EntityType::Ticket, 1}}));
    QVERIFY(t.store->dependants(EntityType::Contact, {benId})->isEmpty());
    // Each count is an index lookup, not a scan of the table.
    for (const char* sql : {"EXPLAIN QUERY PLAN SELECT count(*) FROM contacts WHERE (account_id IN (SELECT value FROM "
                            "json_each(?1))) AND deleted = 0",
                            "EXPLAIN QUERY PLAN SELECT count(*) FROM opportunities WHERE (contact_id IN (SELECT value "
                            "FROM json_each(?1))) AND deleted = 0"}) {
        SqlStatement explain(t.db->handle(), QString::fromLatin1(sql));
        explain.bind(1, QStringLiteral("[\"x\"]"));
        QString plan;
        while (explain.step() == SqlStatement::Step::Row)
            plan += explain.text(3) + u'\n';
        QVERIFY2(plan.contains(QLatin1String("USING")) && plan.contains(QLatin1String("INDEX")), qPrintable(plan));
        QVERIFY2(!plan.contains(QRegularExpression(QStringLiteral("SCAN (contacts|opportunities)\\b"))),
                 qPrintable(plan));
    }
}

void TestRecordStore::apply_oneInvalidMutation_rollsBackAll()
{
    TempDatabase t;
    const int outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    const int audit = count(t, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto result = t.store->apply({Mutation::create(account(QStringLiteral("Keller AG"))),
                                  Mutation::create(contact(QStringLiteral("Nobody"), QString()))});
    QVERIFY(!result);
    QCOMPARE(result.error().fields.size(), 1);
    QCOMPARE(result.error().fields.first().field, QStringLiteral("last_name"));
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM accounts")), 0);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QCOMPARE(SearchIndex::search(*t.db, QStringLiteral("keller"), 5)->size(), 0);
}

void TestRecordStore::apply_databaseFailureMidWrite_rollsBackAll()
{
    // The audit log is the last thing written; make it fail and check the row, its clock, the outbox
    // and the search index all went with it.
    TempDatabase t;
    QVERIFY(t.db->exec(QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    const int outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    const QString clockBefore = t.db->meta(QStringLiteral("hlc_last"));
    auto id = t.store->create(account(QStringLiteral("Keller AG")));
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QLatin1String("disk full")), qPrintable(id.error().message));
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM accounts")), 0);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM search_index")),
             count(t, QStringLiteral("SELECT count(*) FROM users")));
    QCOMPARE(t.db->meta(QStringLiteral("hlc_last")), clockBefore);
    QVERIFY(t.db->exec(QStringLiteral("DROP TRIGGER fail_audit")));
    QVERIFY(t.store->create(account(QStringLiteral("Keller AG")))); // and the store still works
}

void TestRecordStore::create_invalidFields_reportsEachField()
{
    TempDatabase t;
    Record c(EntityType::Contact);
    c.set(u"first_name", QStringLiteral("Anna"))
        .set(u"emails", QStringLiteral(R"([{"type":"work","address":"anna@"}])"))
        .set(u"phones", QStringLiteral(R"([{"type":"work","number":"not a number"}])"))
        .set(u"birthday", QStringLiteral("1990-02-30"));
    auto id = t.store->create(c);
    QVERIFY(!id);
    QStringList fields;
    for (const FieldError& e : id.error().fields)
        fields << e.field;
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("birthday"), QStringLiteral("emails"), QStringLiteral("last_name")}));
    // With the other problems fixed, the phone number is reported on its own.
    c.set(u"last_name", QStringLiteral("Müller")).set(u"emails", QVariant()).set(u"birthday", QVariant());
    id = t.store->create(c);
    QVERIFY(!id);
    QCOMPARE(id.error().fields.size(), 1);
    QCOMPARE(id.error().fields.first().field, QStringLiteral("phones"));
    QVERIFY(id.error().fields.first().message.contains(QLatin1String("not a number")));
}

void TestRecordStore::create_missingReference_isRefused()
{
    TempDatabase t;
    auto id = t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Müller"), IdGenerator().next()));
    QVERIFY(!id);
    QCOMPARE(id.error().fields.first().field, QStringLiteral("account_id"));
    const QString acc = *t.store->create(account(QStringLiteral("Keller AG")));
    QVERIFY(t.store->remove(EntityType::Account, acc));
    id = t.store->create(contact(QStringLiteral("Anna"), QStringLiteral("Müller"), acc));
    QVERIFY(!id);
    QVERIFY(id.error().fields.first().message.contains(QLatin1String("deleted")));
}

void TestRecordStore::update_reportsToCycle_isRefused()
{
    TempDatabase t;
    const QString boss = *t.store->create(contact(QStringLiteral("Eva"), QStringLiteral("Boss")));
    Record mid = contact(QStringLiteral("Max"), QStringLiteral("Mid"));
    mid.set(u"reports_to_id", boss);
    const QString middle = *t.store->create(mid);
    Record loop(EntityType::Contact, boss);
    loop.set(u"reports_to_id", middle);
    const Status s = t.store->update(loop);
    QVERIFY(!s);
    QCOMPARE(s.error().fields.first().field, QStringLiteral("reports_to_id"));
}

void TestRecordStore::opportunity_stageChanges_areRecordedWithDefaults()
{
    TempDatabase t;
    const QString acc = *t.store->create(account(QStringLiteral("Keller AG")));
    Record o(EntityType::Opportunity);
    o.set(u"name", QStringLiteral("Scanner rollout"))
        .set(u"account_id", acc)
        .set(u"stage", QStringLiteral("qualification"))
        .set(u"amount", 1250000)
        .set(u"currency", QStringLiteral("eur"))
        .set(u"owner_id", t.store->currentUserId());
    const QString id = *t.store->create(o);
    QCOMPARE(count(t, QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {id}), 20);
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT currency FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("EUR"));
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM stage_changes WHERE opportunity_id = ?"), {id}), 1);

    Record lost(EntityType::Opportunity, id);
    lost.set(u"stage", QStringLiteral("closed_lost"));
    QVERIFY(!t.store->update(lost)); // a lost deal needs its reason
    lost.set(u"loss_reason", QStringLiteral("Price"));
    QVERIFY(t.store->update(lost));
    QCOMPARE(count(t, QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {id}), 0);
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT forecast_category FROM opportunities WHERE id = ?"), {id}).toString(),
             QStringLiteral("closed"));
    QVERIFY(!scalar(*t.db, QStringLiteral("SELECT closed_at FROM opportunities WHERE id = ?"), {id}).isNull());
    QCOMPARE(scalar(*t.db,
                    QStringLiteral("SELECT from_stage || '→' || to_stage FROM stage_changes WHERE opportunity_id = ? "
                                   "ORDER BY changed_at DESC, rid DESC"),
                    {id})
                 .toString(),
             QStringLiteral("qualification→closed_lost"));
}

void TestRecordStore::clock_wallClockStepsBack_stampsStillIncrease()
{
    TempDatabase t;
    qint64 wall = 2'000'000'000'000;
    t.store->setWallClock([&wall] { return wall; });
    const QString a = *t.store->create(account(QStringLiteral("A")));
    wall -= 86'400'000; // the laptop's clock is set back a day
    const QString b = *t.store->create(account(QStringLiteral("B")));
    const QString ha = scalar(*t.db, QStringLiteral("SELECT hlc_created FROM accounts WHERE id = ?"), {a}).toString();
    const QString hb = scalar(*t.db, QStringLiteral("SELECT hlc_created FROM accounts WHERE id = ?"), {b}).toString();
    QVERIFY(hb > ha);
}

void TestRecordStore::clock_survivesReopen()
{
    TempDatabase t;
    qint64 wall = 3'000'000'000'000;
    t.store->setWallClock([&wall] { return wall; });
    QVERIFY(t.store->create(account(QStringLiteral("A"))));
    const HlcTimestamp last = t.store->clock().last();
    RecordStore again(*t.db); // a restart with the wall clock far behind
    again.setWallClock([] { return qint64(1'000'000'000'000); });
    QVERIFY(again.clock().now() > last);
    QCOMPARE(again.deviceId(), t.store->deviceId());
}

void TestRecordStore::fetch_deletedRecord_onlyWhenAsked()
{
    TempDatabase t;
    const QString id = *t.store->create(account(QStringLiteral("Gone AG")));
    QVERIFY(t.store->remove(EntityType::Account, id));
    QVERIFY(!t.store->fetch(EntityType::Account, id));
    const auto tomb = t.store->fetch(EntityType::Account, id, true);
    QVERIFY(tomb);
    QVERIFY(tomb->value(u"deleted").toBool());
}

void TestRecordStore::restore_takesBackADelete_butNotAnErase()
{
    TempDatabase t;
    Record c = contact(QStringLiteral("Ida"), QStringLiteral("Brenner"));
    c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"ida@brenner.example"}])"));
    const QString id = *t.store->create(c);
    QVERIFY(t.store->remove(EntityType::Contact, id));
    QVERIFY(SearchIndex::search(*t.db, u"brenner", 5)->isEmpty());
    QVERIFY(t.store->apply({Mutation::restore(EntityType::Contact, id)}));
    QVERIFY(t.store->fetch(EntityType::Contact, id));
    QCOMPARE(SearchIndex::search(*t.db, u"brenner", 5)->size(), 1);
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT count(*) FROM email_index WHERE email = 'ida@brenner.example'")).toInt(), 1);
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT op FROM outbox ORDER BY seq DESC LIMIT 1")).toString(), QStringLiteral("restore"));
    QCOMPARE(scalar(*t.db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(), QStringLiteral("restore"));
    // Erased on request: gone for good.
    QVERIFY(t.store->erase(EntityType::Contact, id));
    auto refused = t.store->apply({Mutation::restore(EntityType::Contact, id)});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("cannot be restored")));
}

void TestRecordStore::bulk_largeLoad_buildsIndexesAfterItsRows()
{
    TempDatabase t;
    const QStringList contactIndexes = indexesOf(t, QStringLiteral("contacts"));
    const QStringList emailIndexes = indexesOf(t, QStringLiteral("email_index"));
    QVERIFY(contactIndexes.size() > 5);
    auto bulk = t.store->beginBulk(largeLoad());
    // While the rows go in, only the indexes the load reads are there.
    QCOMPARE(indexesOf(t, QStringLiteral("contacts")), QStringList{QStringLiteral("contacts_by_sort_key")});
    QCOMPARE(indexesOf(t, QStringLiteral("email_index")), QStringList{QStringLiteral("email_index_by_email")});
    for (int i = 0; i < 300; ++i) {
        Record c = contact(QStringLiteral("Person"), QStringLiteral("Number %1").arg(i));
        c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"p%1@example.org"}])").arg(i));
        QVERIFY(bulk->add(c));
    }
    QVERIFY(bulk->finish());
    QCOMPARE(indexesOf(t, QStringLiteral("contacts")), contactIndexes);
    QCOMPARE(indexesOf(t, QStringLiteral("email_index")), emailIndexes);
    QVERIFY(t.db->meta(QStringLiteral("deferred_indexes")).isEmpty());
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM contacts")), 300);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM email_index WHERE email = 'p299@example.org'")), 1);
    QCOMPARE(scalar(*t.db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    // Each record is audited (who, when, on which device) without repeating its values; the load once;
    // the outbox carries the values to the server.
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'contact' "
                                     "AND new_value IS NULL AND device IS NOT NULL")),
             300);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulk'")), 1);
    const QJsonObject payload = pushed(t, QStringLiteral("op = 'create'"));
    QCOMPARE(payload.value(QLatin1String("fields")).toObject().value(QLatin1String("last_name")).toString(),
             QStringLiteral("Number 299"));
    QVERIFY(!payload.value(QLatin1String("hlc")).toString().isEmpty());
    // Each field once (a parser would silently keep one of two): "deleted" was once written twice.
    QCOMPARE(pushedText(t, QStringLiteral("op = 'create'")).count("\"deleted\":"), 1);
}

void TestRecordStore::bulk_abandonedLoad_bringsTheIndexesBack()
{
    TempDatabase t;
    const QStringList contactIndexes = indexesOf(t, QStringLiteral("contacts"));
    {
        auto bulk = t.store->beginBulk(largeLoad());
        QVERIFY(indexesOf(t, QStringLiteral("contacts")).size() == 1);
        QVERIFY(bulk->add(contact(QStringLiteral("Anna"), QStringLiteral("Abandoned"))));
        QVERIFY(bulk->flush());
    } // destroyed unfinished: rolled back
    QCOMPARE(indexesOf(t, QStringLiteral("contacts")), contactIndexes);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Abandoned'")), 0);
    QVERIFY(t.db->meta(QStringLiteral("deferred_indexes")).isEmpty());
}

void TestRecordStore::bulk_smallLoadIntoALargerBook_keepsTheIndexes()
{
    TempDatabase t;
    const QStringList contactIndexes = indexesOf(t, QStringLiteral("contacts"));
    // A book holding more contacts than the load brings: the indexes stay, a load's rows go into them.
    QVERIFY(t.db->exec(QStringLiteral("INSERT INTO contacts(rid, id, last_name, created_at, updated_at, hlc_created) "
                                      "VALUES(20000, '00000000-0000-7000-8000-000000000001', 'Earlier', 0, 0, 'x')")));
    auto bulk = t.store->beginBulk(largeLoad());
    QCOMPARE(indexesOf(t, QStringLiteral("contacts")), contactIndexes);
    QVERIFY(bulk->add(contact(QStringLiteral("Anna"), QStringLiteral("Later"))));
    QVERIFY(bulk->finish());
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Later'")), 1);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "TestRecordStore.moc"
