// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// "Find duplicates": each rule ties the right contacts together, evidence adds up, and what proves
// nothing (a switchboard number, different people of the same name elsewhere) ties nobody.
#include "TestSupport.h"

#include "search/Duplicates.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestDuplicates : public QObject
{
    Q_OBJECT

    TempDatabase m_db;

    QString person(const QString& first, const QString& last, const QString& accountId, const QString& email,
                   const QString& phone = {})
    {
        Record c = contact(first, last, accountId);
        if (!email.isEmpty())
            c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"%1"}])").arg(email));
        if (!phone.isEmpty())
            c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"%1"}])").arg(phone));
        auto id = m_db.store->create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    static const DuplicateGroup* groupOf(const QList<DuplicateGroup>& groups, const QString& id)
    {
        for (const DuplicateGroup& g : groups)
            if (g.ids.contains(id))
                return &g;
        return nullptr;
    }

private Q_SLOTS:
    void candidatesFor_aNewContactBeforeSaving()
    {
        TempDatabase db;
        auto make = [&](const QString& first, const QString& last, const QString& acc, const QString& email,
                        const QString& phone) {
            Record c = contact(first, last, acc);
            if (!email.isEmpty())
                c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"%1"}])").arg(email));
            if (!phone.isEmpty())
                c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"%1"}])").arg(phone));
            return c;
        };
        const QString acme = *db.store->create(account(QStringLiteral("Acme GmbH")));
        const QString jana = *db.store->create(make(QStringLiteral("Jana"), QStringLiteral("Novák"), acme,
                                                    QStringLiteral("jana@acme.de"), QStringLiteral("+49 30 1234567")));
        const QString other = *db.store->create(make(QStringLiteral("Jan"), QStringLiteral("Berg"), QString(),
                                                     QStringLiteral("jan@berg.example"), QString()));
        // Typed again: another spelling of her number, her address in capitals, her name without the accent.
        Record typed = make(QStringLiteral("Jana"), QStringLiteral("Novak"), acme, QStringLiteral("JANA@acme.de"),
                            QStringLiteral("030 1234567"));
        auto found = Duplicates::candidatesFor(*db.db, typed, QStringLiteral("DE"));
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, jana);
        QCOMPARE(found->first().score, 99);
        QCOMPARE(found->first().reasons.size(), 4);
        QCOMPARE(found->first().title, QStringLiteral("Jana Novák"));
        QCOMPARE(found->first().detail, QStringLiteral("Acme GmbH · jana@acme.de"));
        // Editing her own record is no duplicate of herself.
        typed.setId(jana);
        QCOMPARE(Duplicates::candidatesFor(*db.db, typed, QStringLiteral("DE"))->size(), 0);
        // Someone new matches nobody.
        QVERIFY(Duplicates::candidatesFor(*db.db, make(QStringLiteral("Eva"), QStringLiteral("Lind"), QString(),
                                                       QStringLiteral("eva@lind.example"), QString()),
                                          QStringLiteral("DE"))
                    ->isEmpty());
        Q_UNUSED(other)
    }

    void rulesTieTheRightContacts()
    {
        const QString acme = *m_db.store->create(account(QStringLiteral("Acme GmbH")));
        const QString other = *m_db.store->create(account(QStringLiteral("Other AG")));
        // One person entered three times: same address twice, then by name at the same account.
        const QString a1 = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"), acme, QStringLiteral("anna@acme.de"));
        const QString a2 = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"), acme, QStringLiteral("ANNA@acme.de"));
        const QString a3 = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"), acme, QString());
        // Same phone number only.
        const QString b1 = person(QStringLiteral("Bernd"), QStringLiteral("Kuhn"), QString(), QString(), QStringLiteral("030 555 0100"));
        const QString b2 = person(QStringLiteral("B."), QStringLiteral("Kuhn"), QString(), QString(), QStringLiteral("+49 30 5550100"));
        // Same name and e-mail domain at no account.
        const QString c1 = person(QStringLiteral("Cem"), QStringLiteral("Yilmaz"), QString(), QStringLiteral("cem@firm.com"));
        const QString c2 = person(QStringLiteral("Cem"), QStringLiteral("Yılmaz"), QString(), QStringLiteral("c.yilmaz@firm.com"));
        // Proves nothing: the same name at another account; six people on one switchboard.
        const QString d1 = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"), other, QStringLiteral("a.schmidt@other.de"));
        QStringList board;
        for (int i = 0; i < 6; ++i)
            board << person(QStringLiteral("Agent"), QStringLiteral("Nr %1").arg(i), other, QString(), QStringLiteral("030 9999 0"));

        auto found = Duplicates::findContacts(*m_db.db);
        QVERIFY(found);
        const DuplicateGroup* anna = groupOf(*found, a1);
        QVERIFY(anna);
        QCOMPARE(anna->ids, (QStringList{a1, a2, a3}));
        // E-mail 95, plus the name at the account and the name with the domain: capped below certainty.
        QCOMPARE(anna->score, 99);
        QCOMPARE(anna->reasons.size(), 3);
        const DuplicateGroup* bernd = groupOf(*found, b1);
        QVERIFY(bernd);
        QCOMPARE(bernd->ids, (QStringList{b1, b2}));
        QCOMPARE(bernd->score, 85);
        const DuplicateGroup* cem = groupOf(*found, c1);
        QVERIFY2(cem, "names are compared without diacritics: Yilmaz and Yılmaz");
        QCOMPARE(cem->ids, (QStringList{c1, c2}));
        QCOMPARE(cem->score, 70);
        QVERIFY(!groupOf(*found, d1));
        for (const QString& id : board)
            QVERIFY(!groupOf(*found, id));
        QCOMPARE(found->size(), 3);
        QCOMPARE(found->first().ids.first(), a1); // best first

        // A deleted duplicate is no longer one.
        QVERIFY(m_db.store->remove(EntityType::Contact, b2));
        found = Duplicates::findContacts(*m_db.db);
        QVERIFY(found);
        QVERIFY(!groupOf(*found, b1));
    }

    void nameAndDomain_followTheNameAndComeFromOneIndex()
    {
        TempDatabase db;
        auto make = [](const QString& first, const QString& last, const QString& email) {
            Record c = contact(first, last);
            c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"%1"}])").arg(email));
            return c;
        };
        const QString cem = *db.store->create(make(QStringLiteral("Cem"), QStringLiteral("Yilmaz"), QStringLiteral("cem@firm.com")));
        const QString eva = *db.store->create(make(QStringLiteral("Eva"), QStringLiteral("Lind"), QStringLiteral("el@firm.com")));
        const Record typed = make(QStringLiteral("Cem"), QStringLiteral("Yılmaz"), QStringLiteral("c.y@firm.com"));
        auto found = Duplicates::candidatesFor(*db.db, typed, QStringLiteral("DE"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, cem);
        QCOMPARE(found->first().score, 70);

        // Eva marries and takes Cem's name: the index follows her name (her address did not change).
        Record renamed(EntityType::Contact, eva);
        renamed.set(u"first_name", QStringLiteral("Cem")).set(u"last_name", QStringLiteral("Yilmaz"));
        QVERIFY(db.store->update(renamed));
        found = Duplicates::candidatesFor(*db.db, typed, QStringLiteral("DE"));
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        auto groups = Duplicates::findContacts(*db.db);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().ids, (QStringList{cem, eva}));

        // Two people of one name at a public mail provider are not thereby one person.
        const QString lena1 = *db.store->create(make(QStringLiteral("Lena"), QStringLiteral("Schneider"), QStringLiteral("lena.s@gmail.com")));
        const QString lena2 = *db.store->create(make(QStringLiteral("Lena"), QStringLiteral("Schneider"), QStringLiteral("schneider.lena@gmail.com")));
        QVERIFY(Duplicates::candidatesFor(*db.db, make(QStringLiteral("Lena"), QStringLiteral("Schneider"),
                                                       QStringLiteral("lena77@GMail.com")),
                                          QStringLiteral("DE"))
                    ->isEmpty());
        groups = Duplicates::findContacts(*db.db);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 1);
        QVERIFY(!groups->first().ids.contains(lena1) && !groups->first().ids.contains(lena2));
        QVERIFY(Duplicates::isPublicMailDomain(u"web.de"));
        QVERIFY(!Duplicates::isPublicMailDomain(u"firm.com"));

        // One probe of the (name, domain) index, not a read of everyone of that name.
        SqlStatement explain(db.db->handle(), QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT c.id FROM email_index e JOIN contacts c ON c.rid = e.contact_rid WHERE "
            "e.name_key = 'x' AND substr(e.email, instr(e.email, '@') + 1) = 'y' AND c.deleted = 0 AND "
            "c.merged_into IS NULL LIMIT 20"));
        QString plan;
        while (explain.step() == SqlStatement::Step::Row)
            plan += explain.text(3) + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("email_index_by_name_domain")), qPrintable(plan));
    }

    void upgradeToSchema17_keysTheAddressesAlreadyThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.sqlite"));
        QString cem, cem2;
        {
            auto db = Database::open(path, QStringLiteral("test"));
            QVERIFY(db);
            RecordStore store(**db);
            QVERIFY(store.ensureCurrentUser());
            auto make = [](const QString& email) {
                Record c = contact(QStringLiteral("Cem"), QStringLiteral("Yilmaz"));
                c.set(u"emails", QStringLiteral(R"([{"type":"work","address":"%1"}])").arg(email));
                return c;
            };
            cem = *store.create(make(QStringLiteral("cem@firm.com")));
            cem2 = *store.create(make(QStringLiteral("c.yilmaz@firm.com")));
        }
        // The book as schema 16 left it: addresses without names (nor the indexes, tables and columns of schemas 18
        // to 24).
        rawExec(
            path,
            QStringLiteral(
                "DROP INDEX email_index_by_name_domain; ALTER TABLE email_index DROP COLUMN name_key; "
                "DROP INDEX email_index_by_contact; "
                "CREATE INDEX email_index_by_contact ON email_index(contact_rid, email) WHERE contact_rid IS NOT NULL; "
                "DROP INDEX activities_by_owner_id_start_at; "
                "CREATE INDEX activities_by_owner_id_start_at ON activities(owner_id, start_at); "
                "DROP INDEX orders_for_revenue; DROP INDEX order_lines_for_revenue; "
                "DROP INDEX kb_articles_by_product_id; DROP INDEX leads_by_status_order; DROP INDEX "
                "orders_by_customer; "
                "DROP TABLE customer_scores; ALTER TABLE leads DROP COLUMN consent; "
                "ALTER TABLE accounts DROP COLUMN vat_id; ALTER TABLE quotes DROP COLUMN tax_treatment; "
                "DROP INDEX phone_index_by_reversed; ALTER TABLE phone_index DROP COLUMN reversed; "
                "ALTER TABLE phone_index ADD COLUMN tail TEXT NOT NULL DEFAULT ''; "
                "CREATE INDEX phone_index_by_tail ON phone_index(tail); "
                "PRAGMA user_version = 16;"));
        auto db = Database::open(path, QStringLiteral("test"));
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM email_index WHERE name_key = 'yilmaz cem'")).toInt(), 2);
        auto groups = Duplicates::findContacts(**db);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().ids, (QStringList{cem, cem2}));
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "TestDuplicates.moc"
