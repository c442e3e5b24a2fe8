// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The wire format and the merge rule on their own, without a server: what the server writes is what the
// client reads, and concurrent edits are detected exactly when neither side had seen the other.
#include "domain/RecordJson.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rapport::sync;

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactFieldsAreTheFieldsObject()
    {
        // The outbox's field values, written straight as text, read back as the object QJsonDocument makes:
        // escapes, every control character, text beyond the BMP, nested JSON, numbers, booleans, null.
        rapport::Record r(rapport::EntityType::Contact);
        QString control;
        for (char16_t c = 0; c < 0x20; ++c)
            control += QChar(c);
        r.set(u"last_name", QStringLiteral("Müller \"& Söhne\" \\ ✓ 😀 ") + control);
        r.set(u"emails", QStringLiteral("[{\"type\":\"work\",\"value\":\"a@b.de\"}]"));
        r.set(u"tags", QStringLiteral("[\"VIP\",\"Köln\"]"));
        r.set(u"deleted", false);
        r.set(u"created_at", qint64(1764720000123));
        const QByteArray text = rapport::RecordJson::compactFields(r, r.presentFields());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), rapport::RecordJson::fields(r));
        QCOMPARE(doc.object().value(QLatin1String("last_name")).toString(), r.text(u"last_name"));
        QCOMPARE(doc.object().value(QLatin1String("tags")).toArray().at(1).toString(), QStringLiteral("Köln"));
        QCOMPARE(doc.object().value(QLatin1String("deleted")), QJsonValue(false));
        QVERIFY(text.contains("\"emails\":[{"));
        // A field without a value (an edit that empties it) is null.
        QCOMPARE(rapport::RecordJson::compactFields(r, {r.def().indexOf(u"first_name")}),
                 QByteArray("{\"first_name\":null}"));
    }

    void pageWriterRoundTrips()
    {
        RecordState state;
        state.values = {{QStringLiteral("name"), QStringLiteral("Müller \"& Söhne\" \\ GmbH\n\t✓")}};
        state.created = QStringLiteral("0000019a00000000-0000-dev");
        state.createdBy = QStringLiteral("u1");
        Conflict conflict;
        conflict.id = QStringLiteral("c1");
        conflict.entity = QStringLiteral("account");
        conflict.recordId = QStringLiteral("a1");
        conflict.field = QStringLiteral("name");
        conflict.keptValue = QStringLiteral("kept");
        conflict.lostValue = QStringLiteral("lost");

        PullPageWriter w;
        // Added out of order, as the server's three sources come: the page is in sequence order.
        w.addConflict(7, QJsonDocument(conflict.toJson()).toJson(QJsonDocument::Compact));
        w.addRecord(3, QStringLiteral("account"), QStringLiteral("id-with-\"quote\"-and-\x01"),
                    QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
        w.addEvict(5, QStringLiteral("contact"), QStringLiteral("c9"));
        QVERIFY(!w.keepFirst(10));
        QCOMPARE(w.lastSeq(), 7);

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.toJson(7, false), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto page = PullPage::fromJson(doc.object());
        QVERIFY(page);
        QCOMPARE(page->cursor, 7);
        QVERIFY(!page->more);
        QCOMPARE(page->changes.size(), 3);
        QCOMPARE(page->changes[0].seq, 3);
        QCOMPARE(page->changes[0].kind, PulledChange::Kind::Record);
        QCOMPARE(page->changes[0].id, QStringLiteral("id-with-\"quote\"-and-\x01"));
        QCOMPARE(page->changes[0].state.values, state.values);
        QCOMPARE(page->changes[0].state.createdBy, QStringLiteral("u1"));
        QCOMPARE(page->changes[1].kind, PulledChange::Kind::Evict);
        QCOMPARE(page->changes[1].entity, QStringLiteral("contact"));
        QCOMPARE(page->changes[2].kind, PulledChange::Kind::Conflict);
        QCOMPARE(page->changes[2].conflict.lostValue, QJsonValue(QStringLiteral("lost")));
    }

    void pageWriterKeepsTheFirst()
    {
        PullPageWriter w;
        for (qint64 seq : {9, 2, 6, 4})
            w.addEvict(seq, QStringLiteral("account"), QString::number(seq));
        QVERIFY(w.keepFirst(3));
        QCOMPARE(w.size(), 3);
        QCOMPARE(w.lastSeq(), 6); // 2, 4, 6: the next page starts after 6 and still finds 9
        const auto page = PullPage::fromJson(QJsonDocument::fromJson(w.toJson(6, true)).object());
        QVERIFY(page);
        QVERIFY(page->more);
        QCOMPARE(page->changes.last().id, QStringLiteral("6"));
    }

    void malformedPagesAreRefused()
    {
        QVERIFY(!PullPage::fromJson(QJsonObject{}));
        QVERIFY(!PullPage::fromJson(QJsonDocument::fromJson(R"({"changes":[{"seq":1,"kind":"gossip"}],"cursor":1})").object()));
        QVERIFY(!PullPage::fromJson(
            QJsonDocument::fromJson(R"({"changes":[{"seq":1,"kind":"record","entity":"no_such_thing","id":"x"}],"cursor":1})")
                .object()));
    }

    void concurrentEditsAreDetectedFromTheBase()
    {
        RecordState state;
        PushMutation create{QStringLiteral("m1"), QStringLiteral("account"), QStringLiteral("a1"), QStringLiteral("create"),
                            QStringLiteral("0000019a00000001-0000-dev1"),
                            {{QStringLiteral("name"), QStringLiteral("Old")}}, {}, {}};
        auto fresh = [] { return QStringLiteral("0000019a000000ff-0000-srv"); };
        QVERIFY(merge(state, false, create, create.hlc, QStringLiteral("anna"), fresh).changed);

        // Bob edited from what anna created: not concurrent, his value wins quietly.
        PushMutation bob{QStringLiteral("m2"), QStringLiteral("account"), QStringLiteral("a1"), QStringLiteral("update"),
                         QStringLiteral("0000019a00000002-0000-dev2"),
                         {{QStringLiteral("name"), QStringLiteral("Bob's")}},
                         {{QStringLiteral("name"), QJsonObject{{QStringLiteral("hlc"), create.hlc},
                                                               {QStringLiteral("value"), QStringLiteral("Old")}}}},
                         {}};
        MergeOutcome out = merge(state, true, bob, bob.hlc, QStringLiteral("bob"), fresh);
        QVERIFY(out.changed);
        QVERIFY(out.conflicts.isEmpty());
        QCOMPARE(state.values.value(QStringLiteral("name")).toString(), QStringLiteral("Bob's"));

        // Anna edited offline from the old value too: concurrent with bob's. The later stamp wins, the
        // other is kept as a conflict with what both started from.
        PushMutation anna{QStringLiteral("m3"), QStringLiteral("account"), QStringLiteral("a1"), QStringLiteral("update"),
                          QStringLiteral("0000019a00000003-0000-dev1"),
                          {{QStringLiteral("name"), QStringLiteral("Anna's")}},
                          {{QStringLiteral("name"), QJsonObject{{QStringLiteral("hlc"), create.hlc},
                                                                {QStringLiteral("value"), QStringLiteral("Old")}}}},
                          {}};
        out = merge(state, true, anna, anna.hlc, QStringLiteral("anna"), fresh);
        QCOMPARE(out.conflicts.size(), 1);
        QCOMPARE(state.values.value(QStringLiteral("name")).toString(), QStringLiteral("Anna's"));
        QCOMPARE(out.conflicts[0].lostValue, QJsonValue(QStringLiteral("Bob's")));
        QCOMPARE(out.conflicts[0].beforeValue, QJsonValue(QStringLiteral("Old")));
    }

    void aRestoreNewerThanTheDeleteBringsTheRecordBack()
    {
        RecordState state;
        auto fresh = [] { return QStringLiteral("0000019a000000ff-0000-srv"); };
        auto mutation = [](const char* op, const char* hlc, QJsonObject fields = {}) {
            return PushMutation{QStringLiteral("m-%1").arg(QLatin1String(hlc)), QStringLiteral("contact"),
                                QStringLiteral("c1"), QLatin1String(op), QLatin1String(hlc), fields, {}, {}};
        };
        const PushMutation create = mutation("create", "0000019a00000001-0000-dev1", {{QStringLiteral("last_name"), QStringLiteral("Roth")}});
        QVERIFY(merge(state, false, create, create.hlc, QStringLiteral("anna"), fresh).changed);
        const PushMutation remove = mutation("delete", "0000019a00000002-0000-dev1");
        QVERIFY(merge(state, true, remove, remove.hlc, QStringLiteral("anna"), fresh).changed);
        QVERIFY(state.deleted);
        // An edit never brings it back.
        const PushMutation late = mutation("update", "0000019a00000003-0000-dev2", {{QStringLiteral("last_name"), QStringLiteral("Rot")}});
        QVERIFY(!merge(state, true, late, late.hlc, QStringLiteral("bob"), fresh).changed);
        QVERIFY(state.deleted);
        // A restore stamped before the delete is too old.
        const PushMutation old = mutation("restore", "0000019a00000001-0001-dev3");
        QVERIFY(!merge(state, true, old, old.hlc, QStringLiteral("carl"), fresh).changed);
        QVERIFY(state.deleted);
        // The undo of the delete brings it back with the values it had.
        const PushMutation undo = mutation("restore", "0000019a00000004-0000-dev1");
        QVERIFY(merge(state, true, undo, undo.hlc, QStringLiteral("anna"), fresh).changed);
        QVERIFY(!state.deleted);
        QCOMPARE(state.values.value(QStringLiteral("last_name")).toString(), QStringLiteral("Roth"));
        QCOMPARE(state.stampOf(QStringLiteral("deleted")), undo.hlc);
        // A restore of a record the server never had is refused.
        RecordState none;
        QVERIFY(merge(none, false, undo, undo.hlc, QStringLiteral("anna"), fresh).rejected);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "TestSyncProtocol.moc"
