// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// A person's rights: everything held on them comes out in one export, and an erase leaves nothing
// personal behind, not even in the history, while the audit log keeps that both happened.
#include "TestSupport.h"

#include "io/PersonalData.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestPrivacy : public QObject
{
    Q_OBJECT

    QString makePerson(TempDatabase& db)
    {
        Record c = contact(QStringLiteral("Zoë"), QStringLiteral("Quintero"));
        c.set(u"emails", QStringLiteral(R"([{"type":"home","address":"zoe.quintero@example.org"}])"))
            .set(u"phones", QStringLiteral(R"([{"type":"mobile","number":"+34 612 345 678"}])"))
            .set(u"birthday", QDate(1984, 5, 17))
            .set(u"notes", QStringLiteral("Prefers calls after 18:00"));
        auto id = db.store->create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        (void)db.store->update(Record(EntityType::Contact, *id).set(u"job_title", QStringLiteral("Head of Purchasing")));
        Record call(EntityType::Activity);
        call.set(u"type", QStringLiteral("call"))
            .set(u"subject", QStringLiteral("Asked about her order"))
            .set(u"contact_id", *id)
            .set(u"owner_id", db.store->currentUserId());
        if (!db.store->create(call))
            qFatal("no activity");
        return *id;
    }

private Q_SLOTS:
    void exportHoldsEverything()
    {
        TempDatabase db;
        const QString id = makePerson(db);
        auto person = PersonalData::person(*db.store, id);
        QVERIFY(person);
        auto all = PersonalData::collect(*db.store, *person);
        QVERIFY(all);
        QCOMPARE(all->value(QLatin1String("type")).toString(), QStringLiteral("contact"));
        const QJsonObject record = all->value(QLatin1String("record")).toObject();
        QCOMPARE(record.value(QLatin1String("last_name")).toString(), QStringLiteral("Quintero"));
        QCOMPARE(record.value(QLatin1String("job_title")).toString(), QStringLiteral("Head of Purchasing"));
        const QJsonArray calls = all->value(QLatin1String("related")).toObject().value(QLatin1String("activity")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].toObject().value(QLatin1String("subject")).toString(), QStringLiteral("Asked about her order"));
        QVERIFY(all->value(QLatin1String("history")).toArray().size() >= 2); // created, then the job title
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'export'"), {id})
                     .toInt(),
                 1);
        QVERIFY(!PersonalData::person(*db.store, QStringLiteral("01a21000-0000-7000-8000-00000000dead")));
    }

    void eraseLeavesNothingPersonal()
    {
        TempDatabase db;
        const QString id = makePerson(db);
        // As if synced already: the server has the person, so the erase must travel.
        QVERIFY(db.db->exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(db.store->erase(EntityType::Contact, id));

        const auto gone = db.store->fetch(EntityType::Contact, id, true);
        QVERIFY(gone);
        QVERIFY(gone->value(u"deleted").toBool());
        QCOMPARE(gone->text(u"last_name"), QStringLiteral("Erased"));
        for (const char* field : {"first_name", "emails", "phones", "birthday", "notes", "job_title", "primary_email"})
            QVERIFY2(gone->value(QLatin1String(field)).isNull(), field);
        QVERIFY(!db.store->fetch(EntityType::Contact, id)); // not shown anywhere
        auto hits = SearchIndex::search(*db.db, QStringLiteral("Quintero"), 10);
        QVERIFY(hits && hits->isEmpty());
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM phone_index")).toInt(), 0);
        // The history keeps what happened, not what it said.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND "
                                               "(old_value LIKE '%Quintero%' OR new_value LIKE '%Quintero%' OR "
                                               "new_value LIKE '%Purchasing%' OR old_value LIKE '%Purchasing%')"),
                        {id})
                     .toInt(),
                 0);
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'erase'"), {id})
                     .toInt(),
                 1);
        // It reaches the server as a blanking edit and a delete, with nothing personal in them.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT group_concat(op) FROM outbox WHERE record_id = ?"), {id}).toString(),
                 QStringLiteral("update,delete"));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%Quintero%' OR payload "
                                               "LIKE '%example.org%'"))
                     .toInt(),
                 0);
        // The call stays, no longer linked to anyone who can be named.
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM activities WHERE contact_id = ?"), {id}).toInt(), 1);
        QVERIFY(!db.store->erase(EntityType::Contact, id)); // gone is gone
    }

    void aPersonTheServerNeverSawStaysLocal()
    {
        TempDatabase db;
        const QString id = makePerson(db);
        QVERIFY(db.store->erase(EntityType::Contact, id));
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ?"), {id}).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "TestPrivacy.moc"
