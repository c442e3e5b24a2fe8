// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Duplicates.h"

#include "search/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/Normaliser.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace rapport {

namespace {

constexpr int MostSharing = 5; ///< more contacts on one number or address: a switchboard, not a person

struct Rule
{
    const char* sql; ///< one row per set of contacts that match: their ids, comma-separated
    int score;
    const char* reason;
};

/// Public mail providers: an address there says nothing about where a person works, so two people of one
/// name with addresses there are no more likely one person than any two people of that name. (mail.example
/// is the demo book's provider.)
const char* const PublicMailDomains[] = {
    "aol.com", "btinternet.com", "free.fr", "freenet.de", "gmail.com", "gmx.at", "gmx.ch", "gmx.de", "gmx.net",
    "googlemail.com", "hotmail.co.uk", "hotmail.com", "hotmail.de", "hotmail.fr", "icloud.com", "laposte.net",
    "libero.it", "live.com", "live.de", "mac.com", "mail.example", "mail.ru", "mailbox.org", "me.com", "msn.com",
    "orange.fr", "outlook.com", "outlook.de", "posteo.de", "proton.me", "protonmail.com", "seznam.cz", "t-online.de",
    "virgilio.it", "wanadoo.fr", "web.de", "yahoo.co.uk", "yahoo.com", "yahoo.de", "yahoo.fr", "yandex.ru",
    "ziggo.nl",
};

/// The same list as a JSON array, bound where SQL leaves those domains out.
QString publicMailDomainsJson()
{
    QStringList quoted;
    for (const char* d : PublicMailDomains)
        quoted << QLatin1Char('"') + QLatin1String(d) + QLatin1Char('"');
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

const Rule Rules[] = {
    {"SELECT group_concat(c.id) FROM email_index e JOIN contacts c ON c.rid = e.contact_rid WHERE c.deleted = 0 AND c.merged_into IS NULL "
     "GROUP BY e.email HAVING count(DISTINCT c.id) BETWEEN 2 AND ?",
     95, QT_TRANSLATE_NOOP("Duplicates", "the same email address")},
    {"SELECT group_concat(c.id) FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid WHERE c.deleted = 0 AND c.merged_into IS NULL "
     "GROUP BY p.e164 HAVING count(DISTINCT c.id) BETWEEN 2 AND ?",
     85, QT_TRANSLATE_NOOP("Duplicates", "the same phone number")},
    {"SELECT group_concat(id) FROM contacts WHERE deleted = 0 AND merged_into IS NULL AND account_id IS NOT NULL AND sort_key <> '' "
     "GROUP BY account_id, sort_key HAVING count(*) BETWEEN 2 AND ?",
     80, QT_TRANSLATE_NOOP("Duplicates", "the same name at the same account")},
    {"SELECT group_concat(DISTINCT c.id) FROM email_index e JOIN contacts c ON c.rid = e.contact_rid "
     "WHERE e.name_key IS NOT NULL AND e.name_key <> '' AND c.deleted = 0 AND c.merged_into IS NULL AND "
     "substr(e.email, instr(e.email, '@') + 1) NOT IN (SELECT value FROM json_each(?2)) "
     "GROUP BY e.name_key, substr(e.email, instr(e.email, '@') + 1) HAVING count(DISTINCT c.id) BETWEEN 2 AND ?1",
     70, QT_TRANSLATE_NOOP("Duplicates", "the same name and email domain")},
};

/// Groups by union-find over the contacts that rules tie together.
class Groups
{
public:
    void tie(const QStringList& ids, int rule)
    {
        for (const QString& id : ids) {
            if (!m_parent.contains(id))
                m_parent.insert(id, id);
        }
        for (qsizetype i = 1; i < ids.size(); ++i)
            m_parent[find(ids[i])] = find(ids[0]);
        m_evidence.append({ids.first(), rule});
    }

    QList<DuplicateGroup> result()
    {
        QHash<QString, QStringList> members;
        for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
            members[find(it.key())] << it.key();
        QHash<QString, QSet<int>> rules;
        for (const auto& [id, rule] : std::as_const(m_evidence))
            rules[find(id)].insert(rule);
        QList<DuplicateGroup> groups;
        for (auto it = members.begin(); it != members.end(); ++it) {
            DuplicateGroup g;
            g.ids = it.value();
            std::sort(g.ids.begin(), g.ids.end()); // ids are time-ordered (UUIDv7): oldest first
            QList<int> matched = rules.value(it.key()).values();
            std::sort(matched.begin(), matched.end());
            for (int r : matched) {
                g.score = std::max(g.score, Rules[r].score);
                g.reasons << Duplicates::tr(Rules[r].reason);
            }
            g.score = std::min(99, g.score + 5 * (static_cast<int>(matched.size()) - 1));
            groups << g;
        }
        std::sort(groups.begin(), groups.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
            return a.score != b.score ? a.score > b.score : a.ids.first() < b.ids.first();
        });
        return groups;
    }

private:
    QString find(const QString& id)
    {
        QString root = id;
        while (m_parent.value(root) != root)
            root = m_parent.value(root);
        for (QString at = id; at != root;) { // path compression
            const QString next = m_parent.value(at);
            m_parent[at] = root;
            at = next;
        }
        return root;
    }

    QHash<QString, QString> m_parent;
    QList<std::pair<QString, int>> m_evidence;
};

} // namespace

bool Duplicates::isPublicMailDomain(QStringView domain)
{
    return std::any_of(std::begin(PublicMailDomains), std::end(PublicMailDomains),
                       [domain](const char* d) { return domain.compare(QLatin1String(d), Qt::CaseInsensitive) == 0; });
}

Result<QList<DuplicateGroup>> Duplicates::findContacts(Database& db, int limit)
{
    Groups groups;
    for (int r = 0; r < static_cast<int>(std::size(Rules)); ++r) {
        SqlStatement st(db.handle(), QString::fromLatin1(Rules[r].sql));
        if (!st.isValid())
            return Error{tr("Duplicates could not be searched: %1").arg(st.errorText()), {}};
        st.bind(1, qint64(MostSharing));
        if (st.parameterCount() > 1)
            st.bind(2, publicMailDomainsJson());
        for (;;) {
            const auto step = st.step();
            if (step == SqlStatement::Step::Error)
                return Error{tr("Duplicates could not be searched: %1").arg(st.errorText()), {}};
            if (step != SqlStatement::Step::Row)
                break;
            groups.tie(st.text(0).split(QLatin1Char(','), Qt::SkipEmptyParts), r);
        }
    }
    QList<DuplicateGroup> found = groups.result();
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

QList<ContactSummary> Duplicates::summaries(Database& db, const QStringList& ids)
{
    auto describe = db.statements().get(QStringLiteral(
        "SELECT c.display_title, coalesce(a.name, ''), coalesce(c.primary_email, ''), coalesce(c.primary_phone, '') "
        "FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id WHERE c.id = ?"));
    QList<ContactSummary> out;
    for (const QString& id : ids) {
        describe->reset();
        describe->bind(1, id);
        if (describe->step() == SqlStatement::Step::Row)
            out << ContactSummary{id, describe->text(0), describe->text(1), describe->text(2), describe->text(3)};
    }
    return out;
}

Result<QList<DuplicateCandidate>> Duplicates::candidatesFor(Database& db, const Record& contact, const QString& region,
                                                            int limit)
{
    return candidatesFor(db, probeFor(contact, region), limit);
}

DuplicateProbe Duplicates::probeFor(const Record& contact, const QString& region)
{
    DuplicateProbe probe;
    for (const QJsonValue& v : QJsonDocument::fromJson(contact.text(u"emails").toUtf8()).array()) {
        const QString email = v.toObject().value(QLatin1String("address")).toString().trimmed().toLower();
        if (!email.isEmpty()) {
            probe.emails << email;
            if (const QString domain = email.section(QLatin1Char('@'), 1); !isPublicMailDomain(domain))
                probe.domains << domain;
        }
    }
    for (const QJsonValue& v : QJsonDocument::fromJson(contact.text(u"phones").toUtf8()).array()) {
        const QJsonObject p = v.toObject();
        QString e164 = p.value(QLatin1String("e164")).toString();
        if (e164.isEmpty())
            if (const auto parsed = PhoneNumbers::parse(p.value(QLatin1String("number")).toString(), region))
                e164 = parsed->e164;
        if (!e164.isEmpty())
            probe.phones << e164;
    }
    probe.emails.removeDuplicates();
    probe.phones.removeDuplicates();
    probe.domains.removeDuplicates();
    probe.sortKey = Normaliser::sortKeyOf(contact);
    probe.id = contact.id();
    probe.accountId = contact.text(u"account_id");
    return probe;
}

Result<QList<DuplicateCandidate>> Duplicates::candidatesFor(Database& db, const DuplicateProbe& probe, int limit)
{
    const QString& sortKey = probe.sortKey;
    const QString& self = probe.id;

    QHash<QString, QSet<int>> matched; // candidate id → rules
    auto collect = [&](const QString& sql, const QVariantList& values, int rule, bool switchboardCheck) -> Status {
        auto st = db.statements().get(sql);
        if (!st->isValid())
            return Error{tr("Duplicates could not be searched: %1").arg(st->errorText()), {}};
        int p = 1;
        for (const QVariant& v : values)
            st->bind(p++, v);
        QStringList ids;
        SqlStatement::Step step;
        while ((step = st->step()) == SqlStatement::Step::Row)
            ids << st->text(0);
        if (step == SqlStatement::Step::Error)
            return Error{tr("Duplicates could not be searched: %1").arg(st->errorText()), {}};
        ids.removeDuplicates();
        ids.removeAll(self);
        if (switchboardCheck && ids.size() >= MostSharing)
            return {}; // a number or address many people share proves nothing
        for (const QString& id : std::as_const(ids))
            matched[id].insert(rule);
        return {};
    };
    for (const QString& email : probe.emails)
        if (Status s = collect(QStringLiteral("SELECT c.id FROM email_index e JOIN contacts c ON c.rid = e.contact_rid "
                                              "WHERE e.email = ? AND c.deleted = 0 AND c.merged_into IS NULL LIMIT 8"),
                               {email}, 0, true);
            !s)
            return s.error();
    for (const QString& e164 : probe.phones)
        if (Status s = collect(QStringLiteral("SELECT c.id FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid "
                                              "WHERE p.e164 = ? AND c.deleted = 0 AND c.merged_into IS NULL LIMIT 8"),
                               {e164}, 1, true);
            !s)
            return s.error();
    if (!sortKey.isEmpty() && !probe.accountId.isEmpty())
        if (Status s = collect(QStringLiteral("SELECT id FROM contacts WHERE sort_key = ? AND account_id = ? AND "
                                              "deleted = 0 AND merged_into IS NULL LIMIT 20"),
                               {sortKey, probe.accountId}, 2, false);
            !s)
            return s.error();
    if (!sortKey.isEmpty())
        for (const QString& domain : probe.domains)
            // One range of the (name, domain) index, however many people share the name.
            if (Status s = collect(QStringLiteral("SELECT c.id FROM email_index e JOIN contacts c ON c.rid = e.contact_rid "
                                                  "WHERE e.name_key = ? AND substr(e.email, instr(e.email, '@') + 1) = ? "
                                                  "AND c.deleted = 0 AND c.merged_into IS NULL LIMIT 20"),
                                   {sortKey, domain}, 3, false);
                !s)
                return s.error();

    QList<DuplicateCandidate> out;
    for (auto it = matched.cbegin(); it != matched.cend(); ++it) {
        DuplicateCandidate c;
        c.id = it.key();
        QList<int> rules = it.value().values();
        std::sort(rules.begin(), rules.end());
        for (int r : rules) {
            c.score = std::max(c.score, Rules[r].score);
            c.reasons << tr(Rules[r].reason);
        }
        c.score = std::min(99, c.score + 5 * (static_cast<int>(rules.size()) - 1));
        if (const QList<ContactSummary> about = summaries(db, {c.id}); !about.isEmpty()) {
            c.title = about.first().name;
            QStringList detail{about.first().account, about.first().email};
            detail.removeAll(QString());
            c.detail = detail.join(QStringLiteral(" · "));
        }
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace rapport
