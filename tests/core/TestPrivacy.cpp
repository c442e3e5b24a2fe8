// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// A person's rights: everything held on them comes out in one export, and an erase leaves nothing
// personal behind, not even in the history, while the audit log keeps that both happened.
#include "TestSupport.h"
#include "io/PersonalData.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
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
            .set(u"notes", QStringLiteral("<p>Prefers calls <b>after 18:00</b></p>")); // from the notes editor
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

    static QString made(Result<QString> id)
    {
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
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
        QCOMPARE(record.value(QLatin1String("notes")).toString(), QStringLiteral("Prefers calls after 18:00"));
        const QJsonArray calls = all->value(QLatin1String("related")).toObject().value(QLatin1String("activity")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].toObject().value(QLatin1String("subject")).toString(), QStringLiteral("Asked about her order"));
        QVERIFY(all->value(QLatin1String("history")).toArray().size() >= 2); // created, then the job title
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'export'"), {id})
                     .toInt(),
                 1);
        QVERIFY(!PersonalData::person(*db.store, QStringLiteral("01a21000-0000-7000-8000-00000000dead")));
    }

    void exportHoldsTheWholeConversation_butNoOneElsesDetails()
    {
        TempDatabase db;
        const QString id = makePerson(db);
        made(db.store->create(contact(QStringLiteral("Mia"), QStringLiteral("Report"))
                                  .set(u"reports_to_id", id)
                                  .set(u"emails", QStringLiteral(R"([{"type":"work","address":"mia@example.org"}])"))));
        const QString ticket = made(db.store->create(Record(EntityType::Ticket)
                                                         .set(u"number", QStringLiteral("T-7"))
                                                         .set(u"subject", QStringLiteral("Scanner broken"))
                                                         .set(u"status", QStringLiteral("open"))
                                                         .set(u"priority", QStringLiteral("high"))
                                                         .set(u"contact_id", id)
                                                         .set(u"opened_at", qint64(1'700'000'000'000))));
        for (const char* kind : {"customer", "reply", "note"})
            made(db.store->create(Record(EntityType::TicketEntry)
                                      .set(u"ticket_id", ticket)
                                      .set(u"kind", QString::fromLatin1(kind))
                                      .set(u"body", QStringLiteral("said in a %1").arg(QLatin1String(kind)))
                                      .set(u"author_contact_id",
                                           QLatin1String(kind) == QLatin1String("customer") ? QVariant(id) : QVariant())
                                      .set(u"sent_at", qint64(1'700'000'100'000))));
        auto all = PersonalData::collect(*db.store, *PersonalData::person(*db.store, id));
        QVERIFY(all);
        const QJsonObject related = all->value(QLatin1String("related")).toObject();
        // Her direct report by name only: Mia's address is Mia's.
        const QJsonArray people = related.value(QLatin1String("contact")).toArray();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Mia Report"));
        QCOMPARE(people[0].toObject().value(QLatin1String("refers_by")).toString(), QStringLiteral("reports_to_id"));
        QVERIFY(!QJsonDocument(*all).toJson().contains("mia@example.org"));
        // Her ticket with what she wrote and what she was answered, once each; not the team's note.
        QCOMPARE(related.value(QLatin1String("ticket")).toArray().size(), 1);
        QStringList said;
        for (const QJsonValue& e : related.value(QLatin1String("ticket_entry")).toArray())
            said << e.toObject().value(QLatin1String("body")).toString();
        said.sort();
        QCOMPARE(said, (QStringList{QStringLiteral("said in a customer"), QStringLiteral("said in a reply")}));
    }

    void eraseLeavesNothingPersonal()
    {
        TempDatabase db;
        const QString id = makePerson(db);
        const QString report = made(db.store->create(contact(QStringLiteral("Mia"), QStringLiteral("Report")).set(u"reports_to_id", id)));
        // As if synced already: the server has the person, so the erase must travel.
        QVERIFY(db.db->exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(db.store->erase(EntityType::Contact, id));
        // Her report reports to no one now, an edit that travels too.
        QVERIFY(scalar(*db.db, QStringLiteral("SELECT reports_to_id FROM contacts WHERE id = ?"), {report}).isNull());
        QCOMPARE(scalar(*db.db, QStringLiteral("SELECT group_concat(op) FROM outbox WHERE record_id = ?"), {report}).toString(),
                 QStringLiteral("update"));
        QCOMPARE(scalar(*db.db, QStringLiteral("PRAGMA secure_delete")).toInt(), 0); // only while erasing

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
