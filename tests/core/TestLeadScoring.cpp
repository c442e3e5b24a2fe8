// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Lead scoring: fit (seniority, company, business address, phone, where the lead came from) and engagement
// (campaign answers, opting out, freshness), 60:40, with readable reasons; rescoring writes only what
// changed and leaves converted leads alone; a lead's number is read in the lead's own country.

#include "TestSupport.h"
#include "analytics/LeadScoring.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestLeadScoring : public QObject
{
    Q_OBJECT

    static Record lead(const char* title, const char* email, const char* source)
    {
        Record r(EntityType::Lead);
        r.set(u"first_name", QStringLiteral("Eva"))
            .set(u"last_name", QStringLiteral("Brandt"))
            .set(u"status", QStringLiteral("new"))
            .set(u"source", QLatin1String(source));
        if (*title)
            r.set(u"job_title", QLatin1String(title));
        if (*email)
            r.set(u"email", QLatin1String(email));
        return r;
    }

private Q_SLOTS:
    void fitAndEngagement_withReasons()
    {
        const QDate today(2026, 12, 2);
        Record ceo = lead("Chief Executive Officer", "eva@brandt-logistik.de", "referral");
        ceo.set(u"company", QStringLiteral("Brandt Logistik GmbH"))
            .set(u"phone", QStringLiteral("+49 30 1234567"))
            .set(u"country", QStringLiteral("DE"));
        LeadScore s = LeadScoring::score(ceo, {}, today);
        QCOMPARE(s.fit, 100); // 35 + 15 + 20 + 10 + 5 + 15, capped
        QCOMPARE(s.engagement, 0);
        QCOMPARE(s.score, 60);
        QVERIFY(s.reasons.first().startsWith(QStringLiteral("decides: Chief Executive Officer")));

        // Registered for an event and replied: engaged.
        LeadEngagement e;
        e.responded = true;
        e.registered = 1;
        e.replied = 1;
        s = LeadScoring::score(ceo, e, today);
        QCOMPARE(s.engagement, 65);
        QCOMPARE(s.score, 86); // 0.6 × 100 + 0.4 × 65
        QVERIFY(s.reasons.contains(QStringLiteral("registered for an event")));

        // Words, not letters: a Director is not a CTO, a Product Owner does not own the company; German titles
        // count as well.
        QVERIFY(LeadScoring::score(lead("Director of Sales", "", "other"), {}, today).reasons.first().startsWith(
            QStringLiteral("leads a department")));
        QVERIFY(LeadScoring::score(lead("Product Owner", "", "other"), {}, today).reasons.first().startsWith(
            QStringLiteral("manages or buys")));
        QVERIFY(LeadScoring::score(lead("Coordinator", "", "other"), {}, today).reasons.first().startsWith(
            QStringLiteral("job title given")));
        Record german = lead("", "", "other");
        german.set(u"job_title", QStringLiteral("Geschäftsführerin"));
        QVERIFY(LeadScoring::score(german, {}, today).reasons.first().startsWith(QStringLiteral("decides")));

        // A private address and no title: little fit.
        const Record anonymous = lead("", "eva1985@gmail.com", "other");
        s = LeadScoring::score(anonymous, {}, today);
        QCOMPARE(s.fit, 5);
        QCOMPARE(s.reasons, QStringList{QStringLiteral("private email address")});

        // Bought or attended counts most; unsubscribing is opting out.
        LeadEngagement bought;
        bought.purchased = 1;
        QCOMPARE(LeadScoring::score(anonymous, bought, today).engagement, 40);

        // Opting out wipes the engagement and says so first.
        e.optedOut = true;
        s = LeadScoring::score(ceo, e, today);
        QCOMPARE(s.engagement, 0);
        QCOMPARE(s.reasons.first(), QStringLiteral("opted out of campaigns"));
    }

    void rescore_readsCampaignsAndWritesOnlyChanges()
    {
        TempDatabase t;
        auto campaign = t.store->create(Record(EntityType::Campaign)
                                            .set(u"name", QStringLiteral("Spring fair"))
                                            .set(u"channel", QStringLiteral("event"))
                                            .set(u"status", QStringLiteral("active")));
        QVERIFY2(campaign, campaign ? "" : qPrintable(campaign.error().fullText()));
        // A number typed the German way is read in the lead's country, whatever the user's region.
        t.store->setDefaultRegion(QStringLiteral("US"));
        auto eva = t.store->create(lead("Head of Operations", "eva@brandt-logistik.de", "event")
                                       .set(u"company", QStringLiteral("Brandt Logistik GmbH"))
                                       .set(u"country", QStringLiteral("DE"))
                                       .set(u"phone", QStringLiteral("0341/7416780")));
        QVERIFY2(eva, eva ? "" : qPrintable(eva.error().fullText()));
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT phone_e164 FROM leads WHERE id = ?"), {*eva}).toString(),
                 QStringLiteral("+493417416780"));
        auto converted = t.store->create(lead("CEO", "x@y.example", "web").set(u"status", QStringLiteral("converted")));
        QVERIFY(converted);

        auto member = t.store->create(Record(EntityType::CampaignMember)
                                          .set(u"campaign_id", *campaign)
                                          .set(u"lead_id", *eva)
                                          .set(u"status", QStringLiteral("responded")));
        QVERIFY(member);
        QVERIFY(t.store->create(Record(EntityType::CampaignResponse)
                                    .set(u"campaign_id", *campaign)
                                    .set(u"member_id", *member)
                                    .set(u"kind", QStringLiteral("registered"))
                                    .set(u"responded_at", qint64(1'764'000'000'000))));
        auto engagement = LeadScoring::engagement(*t.db, *eva);
        QVERIFY(engagement);
        QCOMPARE(engagement->registered, 1);
        QVERIFY(engagement->responded);

        auto updates = LeadScoring::rescore(*t.store, {*eva, *converted}, QDate::currentDate());
        QVERIFY(updates);
        QCOMPARE(updates->size(), 1); // the converted lead keeps its score
        QVERIFY(t.store->apply(*updates));
        // fit 30 + 15 + 20 + 10 + 5 + 8 = 88; engagement 35 + 20 (new this month) = 55 → 75.
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT score FROM leads WHERE id = ?"), {*eva}).toInt(), 75);
        updates = LeadScoring::rescore(*t.store, {*eva}, QDate::currentDate());
        QVERIFY(updates);
        QVERIFY(updates->isEmpty()); // nothing changed, nothing written
        QVERIFY(!LeadScoring::rescore(*t.store, {QStringLiteral("nobody")}, QDate::currentDate()));
        // Unsubscribing through a campaign is opting out.
        QVERIFY(t.store->create(Record(EntityType::CampaignResponse)
                                    .set(u"campaign_id", *campaign)
                                    .set(u"member_id", *member)
                                    .set(u"kind", QStringLiteral("unsubscribed"))
                                    .set(u"responded_at", qint64(1'764'100'000'000))));
        engagement = LeadScoring::engagement(*t.db, *eva);
        QVERIFY(engagement && engagement->optedOut);
    }
};

QTEST_GUILESS_MAIN(TestLeadScoring)
#include "TestLeadScoring.moc"
