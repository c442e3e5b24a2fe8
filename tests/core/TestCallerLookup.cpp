// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The caller lookup: every way a person writes or a switchboard passes a number finds the same contact;
// an unknown number finds nobody.
#include "TestSupport.h"

#include "search/CallerLookup.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestCallerLookup : public QObject
{
    Q_OBJECT

    TempDatabase m_db;
    QString m_anna, m_account, m_lead, m_london, m_local;

    QList<Caller> find(const QString& number, const QString& region = QStringLiteral("DE"))
    {
        auto found = CallerLookup::find(*m_db.db, number, region);
        if (!found)
            qWarning() << found.error().message;
        return found ? *found : QList<Caller>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        RecordStore& store = *m_db.store;
        m_account = *store.create(account(QStringLiteral("Müller GmbH")).set(u"phone", QStringLiteral("+49 89 4400 7000")));
        m_anna = *store.create(contact(QStringLiteral("Anna"), QStringLiteral("Schmidt"), m_account)
                                   .set(u"phones", QStringLiteral(R"([{"type":"work","number":"030 1234567"},)"
                                                                  R"({"type":"mobile","number":"0171 5550123"}])")));
        m_london = *store.create(contact(QStringLiteral("James"), QStringLiteral("Baker"))
                                     .set(u"phones", QStringLiteral(R"([{"type":"work","number":"+44 20 7946 0958"}])")));
        Record lead(EntityType::Lead);
        lead.set(u"last_name", QStringLiteral("Novak"))
            .set(u"company", QStringLiteral("Novak s.r.o."))
            .set(u"status", QStringLiteral("new"))
            .set(u"phone", QStringLiteral("+420 601 123 456"));
        auto made = store.create(lead);
        QVERIFY2(made, made ? "" : qPrintable(made.error().fullText()));
        m_lead = *made;
        QVERIFY(!m_anna.isEmpty() && !m_london.isEmpty() && !m_account.isEmpty());
    }

    void everySpellingFindsTheContact_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("region");
        QTest::newRow("international") << "+49 30 1234567" << "DE";
        QTest::newRow("national with slash") << "030/123 45 67" << "DE";
        QTest::newRow("00 prefix") << "0049301234567" << "DE";
        QTest::newRow("area code in brackets") << "(030) 1234567" << "DE";
        QTest::newRow("without trunk zero") << "30 1234567" << "DE";
        QTest::newRow("dashes and dots") << "+49-30-123.45.67" << "DE";
        QTest::newRow("from a US phone book") << "011 49 30 1234567" << "US";
        QTest::newRow("national, caller abroad") << "030 1234567" << "US";
        QTest::newRow("mobile") << "0171 555 0123" << "DE";
    }

    void everySpellingFindsTheContact()
    {
        QFETCH(QString, number);
        QFETCH(QString, region);
        const QList<Caller> found = find(number, region);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].type, EntityType::Contact);
        QCOMPARE(found[0].id, m_anna);
        QCOMPARE(found[0].name, QStringLiteral("Anna Schmidt"));
        QCOMPARE(found[0].company, QStringLiteral("Müller GmbH"));
    }

    void accountsAndLeadsAnswerToo()
    {
        QList<Caller> found = find(QStringLiteral("089 4400-7000"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].type, EntityType::Account);
        QCOMPARE(found[0].id, m_account);
        found = find(QStringLiteral("00420 601 123 456"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].type, EntityType::Lead);
        QCOMPARE(found[0].company, QStringLiteral("Novak s.r.o."));
    }

    void foreignNumbers()
    {
        QCOMPARE(find(QStringLiteral("+44 20 7946 0958")).value(0).id, m_london);
        QCOMPARE(find(QStringLiteral("0044 20 7946 0958")).value(0).id, m_london);
        QCOMPARE(find(QStringLiteral("020 7946 0958"), QStringLiteral("GB")).value(0).id, m_london);
    }

    void aNumberStoredWithoutCountryCode()
    {
        // Typed in at a US laptop as a local number: stored as +1…, but the caller dials from Germany.
        Record c = contact(QStringLiteral("Local"), QStringLiteral("Only"));
        c.set(u"phones", QStringLiteral(R"([{"type":"work","number":"040 7654321"}])"));
        m_db.store->setDefaultRegion(QStringLiteral("US"));
        auto made = m_db.store->create(c);
        m_db.store->setDefaultRegion(QStringLiteral("DE"));
        if (!made)
            QSKIP("this libphonenumber refuses the number in the US region");
        const QList<Caller> found = find(QStringLiteral("+49 40 7654321"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].id, *made);
        QVERIFY(!found[0].exact); // found by its last digits: shown as a likely match
    }

    void twoPeopleSharingANumberAreBothFound()
    {
        auto colleague = m_db.store->create(contact(QStringLiteral("Bernd"), QStringLiteral("Schmidt"), m_account)
                                                .set(u"phones", QStringLiteral(R"([{"number":"+49 30 1234567"}])")));
        QVERIFY(colleague);
        QCOMPARE(find(QStringLiteral("030 1234567")).size(), 2);
        QVERIFY(m_db.store->remove(EntityType::Contact, *colleague));
        QCOMPARE(find(QStringLiteral("030 1234567")).size(), 1); // a deleted contact is nobody's number
    }

    void unknownNumbersFindNobody()
    {
        QVERIFY(find(QStringLiteral("+49 30 7777777")).isEmpty());
        // Ending like Anna's +49 30 1234567 is not enough when the caller's country is another.
        QVERIFY(find(QStringLiteral("+44 1301 234567")).isEmpty());
        QVERIFY(find(QStringLiteral("0033 1 30 12 34 567")).isEmpty());
        QVERIFY(find(QStringLiteral("+1 617 301 234 567")).isEmpty()); // no valid line, and still not hers
        // Seven digits without the area code: the same local number, offered as a likely match only.
        const QList<Caller> local = find(QStringLiteral("123 45 67"));
        QCOMPARE(local.size(), 1);
        QCOMPARE(local[0].id, m_anna);
        QVERIFY(!local[0].exact);
        QVERIFY(find(QStringLiteral("110")).isEmpty());
        QVERIFY(find(QStringLiteral("Anna")).isEmpty());
        QVERIFY(find(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallerLookup)
#include "TestCallerLookup.moc"
