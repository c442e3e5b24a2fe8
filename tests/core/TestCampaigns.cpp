// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Campaigns that respect consent: who is added and who is left out (and why), consent checked again when the
// campaign goes out, responses, an unsubscribe withdrawing consent for every later campaign, and the results.

#include "TestSupport.h"
#include "analytics/CustomerReports.h"
#include "domain/Consent.h"
#include "io/ContactExport.h"
#include "storage/Campaigns.h"
#include "storage/LeadConversion.h"

#include <QFile>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

/// A contact with an email address (unless `email` is empty) and, on `channel`, marketing consent as given.
Record person(const QString& last, const QString& email, std::optional<bool> marketing,
              const QString& channel = QStringLiteral("email"))
{
    Record r = contact(QStringLiteral("Pat"), last);
    if (!email.isEmpty())
        r.set(u"emails", QStringLiteral(R"([{"type":"work","address":"%1"}])").arg(email));
    if (marketing) {
        Consent consent;
        ChannelConsent c;
        c.marketing = marketing;
        c.service = true;
        c.source = QStringLiteral("Web form");
        c.date = QDate(2026, 1, 15);
        consent.setChannel(channel, c);
        r.set(u"consent", consent.toJson());
    }
    return r;
}

/// A lead at `company`, `status`, with an email address (unless `email` is empty) and, on `channel`, marketing
/// consent as given.
Record lead(const QString& last, const QString& email, std::optional<bool> marketing,
            const QString& status = QStringLiteral("working"), const QString& channel = QStringLiteral("email"))
{
    Record r(EntityType::Lead);
    r.set(u"first_name", QStringLiteral("Lee")).set(u"last_name", last).set(u"status", status);
    r.set(u"company", last + QStringLiteral(" GmbH"));
    if (!email.isEmpty())
        r.set(u"email", email);
    if (marketing)
        r.set(u"consent", person(QString(), QString(), marketing, channel).text(u"consent"));
    return r;
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_t;

    QString create(const Record& r)
    {
        auto id = m_t->store->create(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    QString campaign(const QString& name, const QString& channel, const QString& status = QStringLiteral("planned"))
    {
        return create(Record(EntityType::Campaign)
                          .set(u"name", name)
                          .set(u"channel", channel)
                          .set(u"status", status)
                          .set(u"budget", qint64(300000))
                          .set(u"currency", QStringLiteral("EUR")));
    }
    void apply(const QList<Mutation>& mutations)
    {
        auto applied = m_t->store->apply(mutations);
        if (!applied)
            qFatal("%s", qPrintable(applied.error().message));
    }
    /// Member status per contact's last name.
    QMap<QString, QString> statuses(const QString& campaignId)
    {
        auto members = Campaigns::members(*m_t->db, campaignId);
        if (!members)
            qFatal("%s", qPrintable(members.error().message));
        QMap<QString, QString> out;
        for (const auto& m : *members)
            out.insert(m.name.section(QLatin1Char(' '), 1), m.status);
        return out;
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<TempDatabase>(); }

    void consentChannel_followsHowTheCampaignReachesPeople()
    {
        QCOMPARE(Campaigns::consentChannel(QStringLiteral("email")), QStringLiteral("email"));
        QCOMPARE(Campaigns::consentChannel(QStringLiteral("webinar")), QStringLiteral("email"));
        QCOMPARE(Campaigns::consentChannel(QStringLiteral("event")), QStringLiteral("email"));
        QCOMPARE(Campaigns::consentChannel(QStringLiteral("direct_mail")), QStringLiteral("post"));
        QCOMPARE(Campaigns::consentChannel(QStringLiteral("phone")), QStringLiteral("phone"));
    }

    void enrol_addsThoseWhoAgreed_andLeavesOutTheOthersWithTheReason()
    {
        const QString yes = create(person(QStringLiteral("Yes"), QStringLiteral("yes@firm.example"), true));
        const QString no = create(person(QStringLiteral("No"), QStringLiteral("no@firm.example"), false));
        const QString never = create(person(QStringLiteral("Never"), QStringLiteral("never@firm.example"), {}));
        const QString nowhere = create(person(QStringLiteral("Nowhere"), QString(), true));
        const QString posted = create(person(QStringLiteral("Posted"), QStringLiteral("p@firm.example"), true,
                                             QStringLiteral("post")));
        const QString newsletter = campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));

        auto plan = Campaigns::enrol(*m_t->store, newsletter, {yes, no, never, nowhere, posted, yes});
        QVERIFY2(plan, qPrintable(plan.error().message));
        QCOMPARE(plan->added, 1);
        QCOMPARE(plan->excluded.size(), 4);
        QCOMPARE(plan->mutations.size(), 5); // the repeated one once; the left out are on record too
        QCOMPARE(plan->summary(), QStringLiteral("1 added, 4 left out without consent or address"));
        QMap<QString, QString> why;
        for (const auto& [name, reason] : plan->excluded)
            why.insert(name, reason);
        QCOMPARE(why.value(QStringLiteral("Pat No")), QStringLiteral("Declined marketing by email"));
        QCOMPARE(why.value(QStringLiteral("Pat Never")), QStringLiteral("Never asked about marketing by email"));
        QCOMPARE(why.value(QStringLiteral("Pat Nowhere")), QStringLiteral("Nowhere to reach them by email"));
        QCOMPARE(why.value(QStringLiteral("Pat Posted")), QStringLiteral("Never asked about marketing by email"));
        apply(plan->mutations);
        QCOMPARE(statuses(newsletter), (QMap<QString, QString>{{QStringLiteral("Yes"), QStringLiteral("planned")},
                                                               {QStringLiteral("No"), QStringLiteral("excluded")},
                                                               {QStringLiteral("Never"), QStringLiteral("excluded")},
                                                               {QStringLiteral("Nowhere"), QStringLiteral("excluded")},
                                                               {QStringLiteral("Posted"), QStringLiteral("excluded")}}));
        // The list says why each was left out, as their consent says now, and where the campaign reaches the others.
        auto members = Campaigns::members(*m_t->db, newsletter);
        QVERIFY(members);
        for (const auto& m : *members) {
            if (m.name == QLatin1String("Pat Yes")) {
                QCOMPARE(m.address, QStringLiteral("yes@firm.example"));
                QVERIFY(m.reason.isEmpty());
            } else {
                QCOMPARE(m.reason, why.value(m.name));
            }
        }
        // Adding them again changes nothing.
        auto again = Campaigns::enrol(*m_t->store, newsletter, {yes, no});
        QVERIFY(again);
        QCOMPARE(again->already, 2);
        QVERIFY(again->mutations.isEmpty());
        // Someone left out who agrees since is taken in when added again; the list had said so.
        apply({Mutation::update(Record(EntityType::Contact, never)
                                    .set(u"consent", person(QString(), QString(), true).text(u"consent")))});
        members = Campaigns::members(*m_t->db, newsletter);
        QVERIFY(members);
        for (const auto& m : *members)
            if (m.contactId == never)
                QCOMPARE(m.reason, QStringLiteral("Consent given since: add them again"));
        auto taken = Campaigns::enrol(*m_t->store, newsletter, {never, no});
        QVERIFY(taken);
        QCOMPARE(taken->added, 1);
        QCOMPARE(taken->already, 1);
        apply(taken->mutations);
        QCOMPARE(statuses(newsletter).value(QStringLiteral("Never")), QStringLiteral("planned"));
        // A letter reaches whoever agreed to post and has an address.
        apply({Mutation::update(Record(EntityType::Contact, posted)
                                    .set(u"addresses", QStringLiteral(R"([{"type":"work","street":"Hauptstr. 1",)"
                                                                      R"("postal_code":"10115","city":"Berlin",)"
                                                                      R"("country":"DE"}])")))});
        const QString letter = campaign(QStringLiteral("Letter"), QStringLiteral("direct_mail"));
        auto mailing = Campaigns::enrol(*m_t->store, letter, {posted, yes});
        QVERIFY(mailing);
        QCOMPARE(mailing->added, 1);
        QCOMPARE(mailing->excluded.size(), 1);
        QCOMPARE(mailing->excluded.first().first, QStringLiteral("Pat Yes"));
        apply(mailing->mutations);
        // Sending the letter writes the addresses for the mail house, and only then marks it sent.
        auto letters = Campaigns::send(*m_t->store, letter);
        QVERIFY(letters);
        QCOMPARE(letters->recipients.size(), 1);
        const QString path = m_t->dir.filePath(QStringLiteral("letters.csv"));
        QVERIFY(ContactExport::writeRecipients(*letters, path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBFSalutation,First name,Last name,Account,Language,Street,"
                                               "Postal code,City,Country\r\n,Pat,Posted,,,Hauptstr. 1,10115,Berlin,DE\r\n"));
        QVERIFY(!ContactExport::writeRecipients(*letters, m_t->dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
        // A campaign that has ended takes nobody.
        const QString over = campaign(QStringLiteral("Over"), QStringLiteral("email"), QStringLiteral("completed"));
        auto refused = Campaigns::enrol(*m_t->store, over, {yes});
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("Over has ended (Completed): nobody can be added to it."));
    }

    void peopleAtCustomersOfASegment_asLastScored()
    {
        // Two customers, a big one ordering every month and a small one who ordered once long ago, each with a
        // person; a company without orders with one too; and someone merged away at the big one.
        const QString product = create(Record(EntityType::Product)
                                           .set(u"sku", QStringLiteral("P-1"))
                                           .set(u"name", QStringLiteral("Plan"))
                                           .set(u"category", QStringLiteral("Software")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int number = 0;
        const auto order = [&](const QString& account, int daysAgo, qint64 cents) {
            placeOrder(*m_t->store, account, now - qint64(daysAgo) * 86'400'000, cents, product,
                       QStringLiteral("O-%1").arg(++number));
        };
        const QString big = create(account(QStringLiteral("Big")));
        const QString small = create(account(QStringLiteral("Small")));
        const QString none = create(account(QStringLiteral("None")));
        for (int m = 0; m < 12; ++m)
            order(big, 5 + 30 * m, 1'000'000);
        order(small, 300, 10'000);
        const QString ann =
            create(person(QStringLiteral("Ann"), QStringLiteral("ann@big.example"), true).set(u"account_id", big));
        const QString bob = create(person(QStringLiteral("Bob"), {}, std::nullopt).set(u"account_id", big));
        const QString cid = create(person(QStringLiteral("Cid"), {}, std::nullopt).set(u"account_id", small));
        create(person(QStringLiteral("Dee"), {}, std::nullopt).set(u"account_id", none));
        const QString gone = create(person(QStringLiteral("Gus"), {}, std::nullopt).set(u"account_id", big));
        QVERIFY(m_t->store->merge(EntityType::Contact, ann, {gone}, Record(EntityType::Contact, ann)));

        // Not scored yet: nobody.
        auto before = Campaigns::peopleBySegment(*m_t->db);
        QVERIFY(before);
        QVERIFY(before->isEmpty());
        QVERIFY(CustomerReports::score(*m_t->db, QStringLiteral("EUR"), now));
        const QString bigSegment = (**CustomerReports::standing(*m_t->db, big)).segment;
        const QString smallSegment = (**CustomerReports::standing(*m_t->db, small)).segment;
        QVERIFY(bigSegment != smallSegment);
        auto bySegment = Campaigns::peopleBySegment(*m_t->db);
        QVERIFY(bySegment);
        QCOMPARE(bySegment->size(), 2);
        // From the most valuable segment.
        const QStringList valuable = Schema::customerSegments().keys;
        QVERIFY(valuable.indexOf(bySegment->at(0).first) < valuable.indexOf(bySegment->at(1).first));
        for (const auto& [segment, people] : *bySegment)
            QCOMPARE(people, segment == bigSegment ? 2 : 1);
        auto atBig = Campaigns::contactsAtCustomers(*m_t->db, bigSegment);
        QVERIFY(atBig);
        QCOMPARE(*atBig, (QStringList{ann, bob})); // by name; the merged one is not among them
        QCOMPARE(*Campaigns::contactsAtCustomers(*m_t->db, smallSegment), QStringList{cid});
        QVERIFY(Campaigns::contactsAtCustomers(*m_t->db, QStringLiteral("champions_of_nothing"))->isEmpty());

        // Added to a campaign, consent still decides.
        const QString mailing = campaign(QStringLiteral("Thank you"), QStringLiteral("email"));
        auto plan = Campaigns::enrol(*m_t->store, mailing, *atBig);
        QVERIFY(plan);
        QCOMPARE(plan->added, 1);
        QCOMPARE(plan->excluded.size(), 1);
    }

    void send_checksConsentAgain_andTheCampaignRuns()
    {
        const QString stays = create(person(QStringLiteral("Stays"), QStringLiteral("s@firm.example"), true));
        const QString leaves = create(person(QStringLiteral("Leaves"), QStringLiteral("l@firm.example"), true));
        const QString newsletter = campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));
        auto plan = Campaigns::enrol(*m_t->store, newsletter, {stays, leaves});
        QVERIFY(plan);
        QCOMPARE(plan->added, 2);
        apply(plan->mutations);
        // Between planning and sending, one of them withdraws consent.
        apply({Mutation::update(Record(EntityType::Contact, leaves)
                                    .set(u"consent", person(QString(), QString(), false).text(u"consent")))});
        auto sent = Campaigns::send(*m_t->store, newsletter);
        QVERIFY(sent);
        QCOMPARE(sent->added, 1);
        QCOMPARE(sent->summary(), QStringLiteral("1 sent, 1 left out without consent or address"));
        apply(sent->mutations);
        QCOMPARE(statuses(newsletter), (QMap<QString, QString>{{QStringLiteral("Stays"), QStringLiteral("sent")},
                                                               {QStringLiteral("Leaves"), QStringLiteral("excluded")}}));
        QCOMPARE(m_t->store->fetch(EntityType::Campaign, newsletter)->text(u"status"), QStringLiteral("active"));
        // Sending again has nobody left to send to.
        auto nothing = Campaigns::send(*m_t->store, newsletter);
        QVERIFY(nothing);
        QVERIFY(nothing->mutations.isEmpty());
    }

    void respond_anUnsubscribeWithdrawsConsent_forEveryLaterCampaign()
    {
        const QString ann = create(person(QStringLiteral("Ann"), QStringLiteral("ann@firm.example"), true));
        const QString bob = create(person(QStringLiteral("Bob"), QStringLiteral("bob@firm.example"), true));
        const QString newsletter = campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));
        apply(Campaigns::enrol(*m_t->store, newsletter, {ann, bob})->mutations);
        auto members = Campaigns::members(*m_t->db, newsletter);
        QVERIFY(members);
        QString annMember, bobMember;
        for (const auto& m : *members)
            (m.contactId == ann ? annMember : bobMember) = m.id;
        // Nothing went out yet: there is nothing to respond to.
        auto early = Campaigns::respond(*m_t->store, annMember, QStringLiteral("opened"), 1000);
        QVERIFY(!early);
        apply(Campaigns::send(*m_t->store, newsletter)->mutations);
        const qint64 at = QDateTime(QDate(2026, 12, 3), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        apply(*Campaigns::respond(*m_t->store, annMember, QStringLiteral("opened"), at));
        apply(*Campaigns::respond(*m_t->store, annMember, QStringLiteral("clicked"), at + 60'000));
        apply(*Campaigns::respond(*m_t->store, bobMember, QStringLiteral("unsubscribed"), at));
        QVERIFY(!Campaigns::respond(*m_t->store, bobMember, QStringLiteral("waved"), at));
        QCOMPARE(statuses(newsletter), (QMap<QString, QString>{{QStringLiteral("Ann"), QStringLiteral("responded")},
                                                               {QStringLiteral("Bob"), QStringLiteral("opted_out")}}));
        // Bob's consent now says no, from the campaign, on the day he said it.
        const auto email = Consent::fromJson(m_t->store->fetch(EntityType::Contact, bob)->text(u"consent"))
                               .channel(QStringLiteral("email"));
        QVERIFY(email);
        QCOMPARE(email->marketing, std::optional<bool>(false));
        QCOMPARE(email->service, std::optional<bool>(true)); // service mail still reaches him
        QCOMPARE(email->source, QStringLiteral("unsubscribed")); // in each reader's language
        QCOMPARE(email->campaign, QStringLiteral("Newsletter"));
        QCOMPARE(Consent::sourceLabel(*email), QStringLiteral("Unsubscribed from Newsletter"));
        QCOMPARE(email->date, QDate(2026, 12, 3));
        // The next campaign leaves him out.
        const QString offer = campaign(QStringLiteral("Offer"), QStringLiteral("email"));
        auto next = Campaigns::enrol(*m_t->store, offer, {ann, bob});
        QVERIFY(next);
        QCOMPARE(next->added, 1);
        QCOMPARE(next->excluded.first(),
                 (std::pair{QStringLiteral("Pat Bob"), QStringLiteral("Declined marketing by email")}));

        // What the newsletter achieved.
        auto results = Campaigns::results(*m_t->db, newsletter);
        QVERIFY(results);
        QCOMPARE(results->reached, 2);
        QCOMPARE(results->responded, 1); // an unsubscribe is no response
        QCOMPARE(results->members.value(QStringLiteral("responded")), 1);
        QCOMPARE(results->members.value(QStringLiteral("opted_out")), 1);
        QCOMPARE(results->responses.value(QStringLiteral("opened")), 1);
        QCOMPARE(results->responses.value(QStringLiteral("clicked")), 1);
        QCOMPARE(results->responses.value(QStringLiteral("unsubscribed")), 1);
        QCOMPARE(results->budget, 300000);
        auto listed = Campaigns::members(*m_t->db, newsletter);
        QVERIFY(listed);
        for (const auto& m : *listed)
            if (m.contactId == ann) {
                QCOMPARE(m.response, QStringLiteral("clicked")); // the latest
                QCOMPARE(m.respondedAt, at + 60'000);
            }
    }

    void leads_areReachedByTheirConsent_asContactsAre()
    {
        const QString yes = create(lead(QStringLiteral("Yes"), QStringLiteral("yes@lead.example"), true));
        const QString no = create(lead(QStringLiteral("No"), QStringLiteral("no@lead.example"), false));
        const QString never = create(lead(QStringLiteral("Never"), QStringLiteral("never@lead.example"), {}));
        const QString converted = create(
            lead(QStringLiteral("Converted"), QStringLiteral("c@lead.example"), true, QStringLiteral("converted")));
        const QString customer = create(person(QStringLiteral("Customer"), QStringLiteral("pat@firm.example"), true));
        const QString newsletter = campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));

        // Contacts and leads in one go; each left out says why.
        auto plan = Campaigns::enrol(*m_t->store, newsletter, {yes, no, never, converted, customer});
        QVERIFY2(plan, qPrintable(plan.error().message));
        QCOMPARE(plan->summary(), QStringLiteral("2 added, 3 left out without consent or address"));
        QMap<QString, QString> why;
        for (const auto& [name, reason] : plan->excluded)
            why.insert(name, reason);
        QCOMPARE(why,
                 (QMap<QString, QString>{
                     {QStringLiteral("Lee No"), QStringLiteral("Declined marketing by email")},
                     {QStringLiteral("Lee Never"), QStringLiteral("Never asked about marketing by email")},
                     {QStringLiteral("Lee Converted"), QStringLiteral("Converted to a contact: add the contact")}}));
        apply(plan->mutations);
        QCOMPARE(scalar(*m_t->db, QStringLiteral("SELECT count(*) FROM campaign_members WHERE lead_id IS NOT NULL "
                                                 "AND contact_id IS NULL"))
                     .toInt(),
                 4);
        // The list names them with their company and address, as it does contacts.
        auto members = Campaigns::members(*m_t->db, newsletter);
        QVERIFY(members);
        QCOMPARE(members->size(), 5);
        QString yesMember;
        for (const auto& m : *members) {
            if (m.name == QLatin1String("Lee Yes")) {
                yesMember = m.id;
                QCOMPARE(m.leadId, yes);
                QVERIFY(m.contactId.isEmpty());
                QCOMPARE(m.account, QStringLiteral("Yes GmbH"));
                QCOMPARE(m.address, QStringLiteral("yes@lead.example"));
                QVERIFY(m.reason.isEmpty());
            } else if (m.name != QLatin1String("Pat Customer")) {
                QCOMPARE(m.reason, why.value(m.name));
            }
        }
        // Adding them again changes nothing.
        auto again = Campaigns::enrol(*m_t->store, newsletter, {yes, no});
        QVERIFY(again);
        QCOMPARE(again->already, 2);
        QVERIFY(again->mutations.isEmpty());

        // It goes out to the lead too, their company where the account goes.
        auto sent = Campaigns::send(*m_t->store, newsletter);
        QVERIFY(sent);
        QCOMPARE(sent->added, 2);
        apply(sent->mutations);
        const auto leadRecipient = std::find_if(sent->recipients.cbegin(), sent->recipients.cend(),
                                                [](const auto& r) { return r.lastName == QLatin1String("Yes"); });
        QVERIFY(leadRecipient != sent->recipients.cend());
        QCOMPARE(leadRecipient->account, QStringLiteral("Yes GmbH"));
        QCOMPARE(leadRecipient->email, QStringLiteral("yes@lead.example"));

        // The lead unsubscribes: their own consent says so, and the next campaign leaves them out.
        const qint64 at = QDateTime(QDate(2026, 12, 4), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        auto unsubscribed = Campaigns::respond(*m_t->store, yesMember, QStringLiteral("unsubscribed"), at);
        QVERIFY2(unsubscribed, qPrintable(unsubscribed.error().message));
        apply(*unsubscribed);
        QCOMPARE(statuses(newsletter).value(QStringLiteral("Yes")), QStringLiteral("opted_out"));
        const auto email = Consent::fromJson(m_t->store->fetch(EntityType::Lead, yes)->text(u"consent"))
                               .channel(QStringLiteral("email"));
        QVERIFY(email);
        QCOMPARE(email->marketing, std::optional<bool>(false));
        QCOMPARE(Consent::sourceLabel(*email), QStringLiteral("Unsubscribed from Newsletter"));
        QCOMPARE(email->date, QDate(2026, 12, 4));
        QCOMPARE(scalar(*m_t->db,
                        QStringLiteral("SELECT count(*) FROM campaign_responses WHERE member_id = ? AND "
                                       "contact_id IS NULL AND kind = 'unsubscribed'"),
                        {yesMember})
                     .toInt(),
                 1);
        auto results = Campaigns::results(*m_t->db, newsletter);
        QVERIFY(results);
        QCOMPARE(results->responses.value(QStringLiteral("unsubscribed")), 1);
        const QString offer = campaign(QStringLiteral("Offer"), QStringLiteral("email"));
        auto next = Campaigns::enrol(*m_t->store, offer, {yes});
        QVERIFY(next);
        QCOMPARE(next->excluded.first(),
                 (std::pair{QStringLiteral("Lee Yes"), QStringLiteral("Declined marketing by email")}));

        // A lead has no postal address: a letter cannot reach them, whatever they agreed to.
        const QString posted =
            create(lead(QStringLiteral("Posted"), QString(), true, QStringLiteral("new"), QStringLiteral("post")));
        const QString letter = campaign(QStringLiteral("Letter"), QStringLiteral("direct_mail"));
        auto mailing = Campaigns::enrol(*m_t->store, letter, {posted});
        QVERIFY(mailing);
        QCOMPARE(mailing->excluded.first().second, QStringLiteral("Nowhere to reach them by post"));

        // Someone unknown is named.
        auto unknown = Campaigns::enrol(*m_t->store, offer, {QStringLiteral("no-such-id")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("There is no contact or lead no-such-id."));
    }

    void leadAndContact_ofOneAddress_areOnePerson()
    {
        // The same person as a lead (who said yes) and as a contact (who said no): the no decides.
        const QString asLead = create(lead(QStringLiteral("Twice"), QStringLiteral("twice@firm.example"), true));
        create(person(QStringLiteral("Twice"), QStringLiteral("Twice@Firm.example"), false));
        const QString newsletter = campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));
        auto plan = Campaigns::enrol(*m_t->store, newsletter, {asLead});
        QVERIFY(plan);
        QCOMPARE(plan->added, 0);
        QCOMPARE(plan->excluded.first().second, QStringLiteral("Declined marketing by email as the contact Pat Twice"));
        apply(plan->mutations);
        auto members = Campaigns::members(*m_t->db, newsletter);
        QVERIFY(members);
        QCOMPARE(members->first().reason, QStringLiteral("Declined marketing by email as the contact Pat Twice"));

        // Both agree: both are members, but the mailbox gets one mail.
        const QString both = create(lead(QStringLiteral("Both"), QStringLiteral("both@firm.example"), true));
        const QString bothContact = create(person(QStringLiteral("Both"), QStringLiteral("both@firm.example"), true));
        apply(Campaigns::enrol(*m_t->store, newsletter, {both, bothContact})->mutations);
        auto sent = Campaigns::send(*m_t->store, newsletter);
        QVERIFY(sent);
        QCOMPARE(sent->added, 2);
        QCOMPARE(sent->recipients.size(), 1);
        QCOMPARE(sent->recipients.first().email.toLower(), QStringLiteral("both@firm.example"));
        QCOMPARE(sent->recipients.first().firstName, QStringLiteral("Pat")); // as the contact, not the lead "Lee"
    }

    void unsubscribe_ofALeadConvertedSince_reachesTheContact()
    {
        const QString keen = create(lead(QStringLiteral("Keen"), QStringLiteral("keen@lead.example"), true));
        const QString newsletter = campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));
        apply(Campaigns::enrol(*m_t->store, newsletter, {keen})->mutations);
        apply(Campaigns::send(*m_t->store, newsletter)->mutations);
        // Converted after the mail went out: the contact has the lead's yes.
        auto plan = LeadConversion::plan(*m_t->store, keen, QStringLiteral("DE"));
        QVERIFY(plan);
        auto made = LeadConversion::convert(*m_t->store, *plan);
        QVERIFY(made);
        QCOMPARE(Consent::fromJson(m_t->store->fetch(EntityType::Contact, made->contactId)->text(u"consent"))
                     .channel(QStringLiteral("email"))
                     ->marketing,
                 std::optional<bool>(true));
        // They unsubscribe from that mail: the contact they are now says no as well.
        const QString member = Campaigns::members(*m_t->db, newsletter)->first().id;
        apply(*Campaigns::respond(*m_t->store, member, QStringLiteral("unsubscribed"), 1'800'000'000'000));
        for (const auto& [type, id] :
             {std::pair{EntityType::Lead, keen}, std::pair{EntityType::Contact, made->contactId}})
            QCOMPARE(Consent::fromJson(m_t->store->fetch(type, id)->text(u"consent"))
                         .channel(QStringLiteral("email"))
                         ->marketing,
                     std::optional<bool>(false));
    }

    void leadsOfAStatus_leaveTheConvertedOnesOut()
    {
        create(lead(QStringLiteral("A"), QStringLiteral("a@lead.example"), true, QStringLiteral("new")));
        const QString b = create(lead(QStringLiteral("B"), QStringLiteral("b@lead.example"), true));
        const QString c = create(lead(QStringLiteral("C"), QStringLiteral("c@lead.example"), {}));
        create(lead(QStringLiteral("D"), QStringLiteral("d@lead.example"), true, QStringLiteral("converted")));
        const QString gone = create(lead(QStringLiteral("E"), QStringLiteral("e@lead.example"), true));
        apply({Mutation::remove(EntityType::Lead, gone)});
        auto counts = Campaigns::leadsByStatus(*m_t->db);
        QVERIFY(counts);
        QCOMPARE(*counts, (QList<std::pair<QString, int>>{{QStringLiteral("new"), 1}, {QStringLiteral("working"), 2}}));
        auto working = Campaigns::leadsWithStatus(*m_t->db, QStringLiteral("working"));
        QVERIFY(working);
        QCOMPARE(*working, (QStringList{b, c})); // by name
        auto none = Campaigns::leadsWithStatus(*m_t->db, QStringLiteral("converted"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void conversion_takesTheLeadsConsentToTheContact()
    {
        Consent agreed;
        agreed.setChannel(QStringLiteral("email"),
                          ChannelConsent{true, true, QStringLiteral("Web form"), QDate(2026, 6, 1), {}, {}, {}});
        agreed.setChannel(
            QStringLiteral("phone"),
            ChannelConsent{
                true, false, QStringLiteral("Phone call"), QDate(2026, 6, 2), {1, 2, 3}, QTime(9, 0), QTime(12, 0)});
        // A new contact has what the lead said.
        const QString fresh = create(
            lead(QStringLiteral("Fresh"), QStringLiteral("fresh@lead.example"), {}).set(u"consent", agreed.toJson()));
        auto plan = LeadConversion::plan(*m_t->store, fresh, QStringLiteral("DE"));
        QVERIFY2(plan, qPrintable(plan.error().message));
        auto made = LeadConversion::convert(*m_t->store, *plan);
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(Consent::fromJson(m_t->store->fetch(EntityType::Contact, made->contactId)->text(u"consent")), agreed);

        // Someone in the book already keeps what they said, but takes the lead's word where it is newer or the
        // only one: email (declined long ago) and phone from the lead, post as it was.
        Consent known;
        known.setChannel(QStringLiteral("email"),
                         ChannelConsent{true, false, QStringLiteral("Contract"), QDate(2025, 1, 10), {}, {}, {}});
        const ChannelConsent post{true, true, QStringLiteral("Contract"), QDate(2025, 1, 10), {}, {}, {}};
        known.setChannel(QStringLiteral("post"), post);
        const QString existing = create(
            person(QStringLiteral("Known"), QStringLiteral("known@firm.example"), {}).set(u"consent", known.toJson()));
        const QString again = create(
            lead(QStringLiteral("Known"), QStringLiteral("known@firm.example"), {}).set(u"consent", agreed.toJson()));
        plan = LeadConversion::plan(*m_t->store, again, QStringLiteral("DE"));
        QVERIFY(plan);
        plan->contactId = existing;
        QVERIFY(LeadConversion::convert(*m_t->store, *plan));
        const Consent merged = Consent::fromJson(m_t->store->fetch(EntityType::Contact, existing)->text(u"consent"));
        QCOMPARE(merged.channel(QStringLiteral("email")), agreed.channel(QStringLiteral("email")));
        QCOMPARE(merged.channel(QStringLiteral("phone")), agreed.channel(QStringLiteral("phone")));
        QCOMPARE(merged.channel(QStringLiteral("post")), std::optional<ChannelConsent>(post));

        // An older word from the lead does not overrule the contact's newer one.
        Consent older;
        older.setChannel(QStringLiteral("email"),
                         ChannelConsent{true, true, QStringLiteral("Trade fair"), QDate(2024, 3, 1), {}, {}, {}});
        const QString stale = create(
            lead(QStringLiteral("Stale"), QStringLiteral("known@firm.example"), {}).set(u"consent", older.toJson()));
        plan = LeadConversion::plan(*m_t->store, stale, QStringLiteral("DE"));
        QVERIFY(plan);
        plan->contactId = existing;
        QVERIFY(LeadConversion::convert(*m_t->store, *plan));
        QCOMPARE(Consent::fromJson(m_t->store->fetch(EntityType::Contact, existing)->text(u"consent")), merged);

        // An undated "no" is never overruled by a lead's "yes"; the contact's hours stay, its unasked service
        // answer is taken.
        Consent refused;
        refused.setChannel(QStringLiteral("email"),
                           ChannelConsent{{}, false, QStringLiteral("Phone call"), QDate(), {}, {}, {}});
        refused.setChannel(QStringLiteral("phone"),
                           ChannelConsent{true, false, QString(), QDate(2025, 5, 1), {1}, QTime(10, 0), QTime(11, 0)});
        const QString wary = create(
            person(QStringLiteral("Wary"), QStringLiteral("wary@firm.example"), {}).set(u"consent", refused.toJson()));
        const QString keen = create(
            lead(QStringLiteral("Wary"), QStringLiteral("wary@firm.example"), {}).set(u"consent", agreed.toJson()));
        plan = LeadConversion::plan(*m_t->store, keen, QStringLiteral("DE"));
        QVERIFY(plan);
        plan->contactId = wary;
        QVERIFY(LeadConversion::convert(*m_t->store, *plan));
        const Consent kept = Consent::fromJson(m_t->store->fetch(EntityType::Contact, wary)->text(u"consent"));
        QCOMPARE(kept.channel(QStringLiteral("email"))->marketing, std::optional<bool>(false));
        QCOMPARE(kept.channel(QStringLiteral("email"))->service, std::optional<bool>(true)); // never asked before
        QCOMPARE(kept.channel(QStringLiteral("email"))->source, QStringLiteral("Phone call"));
        // The lead's phone answer is the later one (June 2026): it stands, the contact's hours too.
        QCOMPARE(kept.channel(QStringLiteral("phone"))->marketing, std::optional<bool>(false));
        QCOMPARE(kept.channel(QStringLiteral("phone"))->days, QList<int>{1});
        QCOMPARE(kept.channel(QStringLiteral("phone"))->from, QTime(10, 0));
    }

    void results_countTheLeadsAndDealsItBrought()
    {
        const QString fair = campaign(QStringLiteral("Fair"), QStringLiteral("event"), QStringLiteral("active"));
        const QString account = create(rapport::test::account(QStringLiteral("Keller AG")));
        create(Record(EntityType::Lead)
                   .set(u"last_name", QStringLiteral("Lead"))
                   .set(u"company", QStringLiteral("Lead GmbH"))
                   .set(u"status", QStringLiteral("new"))
                   .set(u"source", QStringLiteral("campaign"))
                   .set(u"campaign_id", fair));
        for (const auto& [stage, amount, currency] :
             {std::tuple{"closed_won", qint64(1'000'000), "EUR"}, std::tuple{"closed_won", qint64(500'000), "USD"},
              std::tuple{"proposal", qint64(700'000), "EUR"}})
            create(Record(EntityType::Opportunity)
                       .set(u"name", QStringLiteral("Deal"))
                       .set(u"account_id", account)
                       .set(u"stage", QLatin1String(stage))
                       .set(u"amount", amount)
                       .set(u"currency", QLatin1String(currency))
                       .set(u"expected_close", QStringLiteral("2026-12-31"))
                       .set(u"campaign_id", fair));
        auto results = Campaigns::results(*m_t->db, fair);
        QVERIFY2(results, qPrintable(results.error().message));
        QCOMPARE(results->leads, 1);
        QCOMPARE(results->deals, 3);
        QCOMPARE(results->won, 2);
        QCOMPARE(results->wonAmounts, (QMap<QString, qint64>{{QStringLiteral("EUR"), 1'000'000},
                                                             {QStringLiteral("USD"), 500'000}}));
        // Summed in the campaign's currency: without a rate the dollars are left out, and said to be.
        QCOMPARE(results->currency, QStringLiteral("EUR"));
        QCOMPARE(results->wonTotal, 1'000'000);
        QCOMPARE(results->unconverted, QStringList{QStringLiteral("USD")});
        // With one, at the rate of the day asked for (1 USD = 0.90 EUR from January, 0.80 from June).
        for (const auto& [micro, from] :
             {std::pair{qint64(900'000), "2026-01-01"}, std::pair{qint64(800'000), "2026-06-01"}})
            create(Record(EntityType::ExchangeRate)
                       .set(u"currency", QStringLiteral("USD"))
                       .set(u"base_currency", QStringLiteral("EUR"))
                       .set(u"micro_rate", micro)
                       .set(u"valid_from", QLatin1String(from)));
        results = Campaigns::results(*m_t->db, fair, QDate(2026, 3, 1));
        QVERIFY(results);
        QCOMPARE(results->wonTotal, 1'000'000 + 450'000);
        QVERIFY(results->unconverted.isEmpty());
        QCOMPARE(Campaigns::results(*m_t->db, fair, QDate(2026, 12, 2))->wonTotal, 1'000'000 + 400'000);
        QVERIFY(!Campaigns::results(*m_t->db, QStringLiteral("no-such-campaign")));
    }
};

QTEST_MAIN(TestCampaigns)
#include "TestCampaigns.moc"
