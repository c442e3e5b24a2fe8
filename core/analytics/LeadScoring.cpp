// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LeadScoring.h"

#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QRegularExpression>

namespace rapport {

namespace {

/// A pattern matching any of `words` as a word of its own ("Director" is not a CTO, "Product Owner" does not
/// own the company).
QRegularExpression anyWord(const QStringList& words)
{
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(words.join(QLatin1Char('|'))),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool freemail(const QString& email)
{
    static const QStringList domains{
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("hotmail.com"), QStringLiteral("outlook.com"),    QStringLiteral("live.com"),
        QStringLiteral("icloud.com"),  QStringLiteral("aol.com"),        QStringLiteral("gmx.de"),
        QStringLiteral("gmx.net"),     QStringLiteral("web.de"),         QStringLiteral("t-online.de"),
        QStringLiteral("proton.me"),   QStringLiteral("protonmail.com"), QStringLiteral("mail.ru")};
    return domains.contains(email.section(QLatin1Char('@'), 1).toLower());
}

} // namespace

LeadScore LeadScoring::score(const Record& lead, const LeadEngagement& e, const QDate& today)
{
    LeadScore s;
    QList<QPair<int, QString>> reasons;
    const auto fit = [&](int points, const QString& why) {
        s.fit += points;
        reasons << qMakePair(points * 6, why); // weighted as they count in the score (× 0.6, in tenths)
    };
    const auto engaged = [&](int points, const QString& why) {
        s.engagement += points;
        reasons << qMakePair(points * 4, why);
    };

    const QString title = lead.text(u"job_title");
    // Built once: rescoring a whole book matches thousands of titles.
    static const QRegularExpression deciders = anyWord(
        {QStringLiteral("chief \\w+ officer"), QStringLiteral("ceo"), QStringLiteral("cto"), QStringLiteral("cfo"),
         QStringLiteral("coo"), QStringLiteral("cio"), QStringLiteral("founder"), QStringLiteral("co-founder"),
         QStringLiteral("owner"), QStringLiteral("president"), QStringLiteral("managing director"),
         QStringLiteral("geschäftsführer(in)?"), QStringLiteral("vorstand"), QStringLiteral("inhaber(in)?")});
    static const QRegularExpression heads = anyWord(
        {QStringLiteral("head of"), QStringLiteral("director"), QStringLiteral("vp"), QStringLiteral("vice president"),
         QStringLiteral("leiter(in)?"), QStringLiteral("direktor(in)?"), QStringLiteral("bereichsleiter(in)?")});
    static const QRegularExpression managers =
        anyWord({QStringLiteral("manager(in)?"), QStringLiteral("lead"), QStringLiteral("buyer"),
                 QStringLiteral("einkäufer(in)?"), QStringLiteral("procurement"), QStringLiteral("purchasing")});
    static const QRegularExpression productOwners = anyWord({QStringLiteral("product owner")});
    const bool productOwner = productOwners.match(title).hasMatch();
    if (!productOwner && deciders.match(title).hasMatch())
        fit(35, tr("decides: %1").arg(title));
    else if (heads.match(title).hasMatch())
        fit(30, tr("leads a department: %1").arg(title));
    else if (productOwner || managers.match(title).hasMatch())
        fit(20, tr("manages or buys: %1").arg(title));
    else if (!title.isEmpty())
        fit(8, tr("job title given"));
    if (!lead.text(u"company").isEmpty())
        fit(15, tr("company named"));
    const QString email = lead.text(u"email");
    if (!email.isEmpty())
        fit(freemail(email) ? 5 : 20, freemail(email) ? tr("private email address") : tr("business email address"));
    if (!lead.text(u"phone").isEmpty())
        fit(10, tr("phone number given"));
    if (!lead.text(u"country").isEmpty())
        fit(5, tr("country known"));
    const QString source = lead.text(u"source");
    if (source == QLatin1String("referral") || source == QLatin1String("partner"))
        fit(15, tr("came by referral or partner"));
    else if (source == QLatin1String("event") || source == QLatin1String("web") || source == QLatin1String("campaign"))
        fit(8, tr("came by website, event or campaign"));
    s.fit = std::min(s.fit, 100);

    if (e.optedOut) {
        s.engagement = 0;
        reasons << qMakePair(1000, tr("opted out of campaigns"));
    } else {
        if (e.purchased > 0)
            engaged(40, tr("bought through a campaign"));
        if (e.attended > 0)
            engaged(35, tr("attended an event"));
        if (e.registered > 0 && e.attended == 0)
            engaged(35, tr("registered for an event"));
        if (e.replied > 0)
            engaged(30, tr("replied to a campaign"));
        if (e.clicked > 0)
            engaged(std::min(20, 10 * e.clicked), tr("clicked a campaign %n time(s)", "", e.clicked));
        if (e.opened > 0)
            engaged(std::min(10, 5 * e.opened), tr("opened a campaign %n time(s)", "", e.opened));
        if (e.responded && e.registered + e.attended + e.purchased + e.replied + e.clicked == 0)
            engaged(20, tr("responded to a campaign"));
        if (lead.text(u"status") == QLatin1String("working"))
            engaged(10, tr("in conversation"));
        // When the lead came in: its UUIDv7 id says so (made where the lead was captured).
        const qint64 created = lead.id().isEmpty() ? -1 : IdGenerator::timestampOf(lead.id());
        const qint64 days = created > 0 ? QDateTime::fromMSecsSinceEpoch(created).date().daysTo(today) : 9999;
        if (days <= 30)
            engaged(20, tr("new this month"));
        else if (days <= 90)
            engaged(10, tr("new this quarter"));
        s.engagement = std::min(s.engagement, 100);
    }
    s.score = int(std::lround(0.6 * s.fit + 0.4 * s.engagement));
    std::stable_sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& r : std::as_const(reasons))
        s.reasons << r.second;
    return s;
}

Result<LeadEngagement> LeadScoring::engagement(Database& db, const QString& leadId)
{
    LeadEngagement e;
    auto st = db.statements().get(QStringLiteral(
        "SELECT m.status, r.kind, count(r.id) FROM campaign_members m LEFT JOIN campaign_responses r ON "
        "r.member_id = m.id AND r.deleted = 0 WHERE m.lead_id = ? AND m.deleted = 0 GROUP BY m.id, r.kind"));
    st->bind(1, leadId);
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        const QString status = st->text(0);
        e.responded = e.responded || status == QLatin1String("responded");
        e.contacted = e.contacted || status == QLatin1String("sent") || status == QLatin1String("responded");
        e.optedOut = e.optedOut || status == QLatin1String("opted_out");
        const QString kind = st->text(1);
        const int n = int(st->int64(2));
        if (kind == QLatin1String("opened"))
            e.opened += n;
        else if (kind == QLatin1String("clicked"))
            e.clicked += n;
        else if (kind == QLatin1String("replied"))
            e.replied += n;
        else if (kind == QLatin1String("registered"))
            e.registered += n;
        else if (kind == QLatin1String("attended"))
            e.attended += n;
        else if (kind == QLatin1String("purchased"))
            e.purchased += n;
        else if (kind == QLatin1String("unsubscribed") && n > 0)
            e.optedOut = true;
    }
    if (step == SqlStatement::Step::Error)
        return Error{tr("The lead's campaigns cannot be read: %1").arg(st->errorText()), {}};
    return e;
}

Result<QList<Mutation>> LeadScoring::rescore(RecordStore& store, const QStringList& leadIds, const QDate& today)
{
    QList<Mutation> out;
    for (const QString& id : leadIds) {
        const auto lead = store.fetch(EntityType::Lead, id);
        if (!lead)
            return Error{tr("There is no lead %1.").arg(id), {}};
        if (lead->text(u"status") == QLatin1String("converted"))
            continue;
        auto e = engagement(store.database(), id);
        if (!e)
            return e.error();
        const LeadScore s = score(*lead, *e, today);
        if (lead->value(u"score").isNull() || lead->value(u"score").toInt() != s.score)
            out << Mutation::update(Record(EntityType::Lead, id).set(u"score", qint64(s.score)));
    }
    return out;
}

} // namespace rapport
