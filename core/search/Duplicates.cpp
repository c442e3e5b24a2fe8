// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Duplicates.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

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

const Rule Rules[] = {
    {"SELECT group_concat(c.id) FROM email_index e JOIN contacts c ON c.rid = e.contact_rid WHERE c.deleted = 0 AND c.merged_into IS NULL "
     "GROUP BY e.email HAVING count(DISTINCT c.id) BETWEEN 2 AND ?",
     95, QT_TRANSLATE_NOOP("Duplicates", "the same e-mail address")},
    {"SELECT group_concat(c.id) FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid WHERE c.deleted = 0 AND c.merged_into IS NULL "
     "GROUP BY p.e164 HAVING count(DISTINCT c.id) BETWEEN 2 AND ?",
     85, QT_TRANSLATE_NOOP("Duplicates", "the same phone number")},
    {"SELECT group_concat(id) FROM contacts WHERE deleted = 0 AND merged_into IS NULL AND account_id IS NOT NULL AND sort_key <> '' "
     "GROUP BY account_id, sort_key HAVING count(*) BETWEEN 2 AND ?",
     80, QT_TRANSLATE_NOOP("Duplicates", "the same name at the same account")},
    {"SELECT group_concat(DISTINCT c.id) FROM contacts c JOIN email_index e ON e.contact_rid = c.rid "
     "WHERE c.deleted = 0 AND c.merged_into IS NULL AND c.sort_key <> '' GROUP BY c.sort_key, substr(e.email, instr(e.email, '@') + 1) "
     "HAVING count(DISTINCT c.id) BETWEEN 2 AND ?",
     70, QT_TRANSLATE_NOOP("Duplicates", "the same name and e-mail domain")},
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

Result<QList<DuplicateGroup>> Duplicates::findContacts(Database& db, int limit)
{
    Groups groups;
    for (int r = 0; r < static_cast<int>(std::size(Rules)); ++r) {
        SqlStatement st(db.handle(), QString::fromLatin1(Rules[r].sql));
        if (!st.isValid())
            return Error{tr("Duplicates could not be searched: %1").arg(st.errorText()), {}};
        st.bind(1, qint64(MostSharing));
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

} // namespace rapport
