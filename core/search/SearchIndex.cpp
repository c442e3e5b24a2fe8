// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SearchIndex.h"

#include "domain/LocaleNames.h"
#include "domain/Money.h"
#include "search/PhoneNumbers.h"
#include "search/TextFold.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace rapport {

namespace {

void appendWords(QString& out, const QString& words)
{
    if (words.isEmpty())
        return;
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    out += words;
}

QString joinNonEmpty(const QStringList& parts, const QString& separator = QStringLiteral(" · "))
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(separator);
}

void appendPhone(QString& keywords, const QString& e164)
{
    if (!e164.isEmpty())
        appendWords(keywords, PhoneNumbers::searchForms(e164).join(QLatin1Char(' ')));
}

void appendJsonList(QString& keywords, const QVariant& json, const char* key)
{
    if (json.isNull())
        return;
    const QJsonArray list = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue& v : list) {
        if (key == nullptr)
            appendWords(keywords, v.toString());
        else if (qstrcmp(key, "phone") == 0)
            appendPhone(keywords, v.toObject().value(QLatin1String("e164")).toString());
        else
            appendWords(keywords, v.toObject().value(QLatin1String(key)).toString());
    }
}

QString host(const QString& url)
{
    return url.isEmpty() ? QString() : QUrl(url).host();
}

} // namespace

SearchDocument SearchIndex::documentFor(const Record& r)
{
    SearchDocument d;
    auto refTitle = [&](const char* field, EntityType type) {
        const QString id = r.text(QLatin1String(field));
        if (!id.isEmpty())
            d.contextRefs.append({type, id});
        return QString();
    };
    switch (r.type()) {
    case EntityType::Contact:
        d.title = (r.text(u"first_name") + QLatin1Char(' ') + r.text(u"last_name")).trimmed();
        d.context = joinNonEmpty(
            {refTitle("account_id", EntityType::Account), r.text(u"job_title"), r.text(u"department"), r.text(u"city")},
            QStringLiteral(" "));
        // The name the other way round too, for people who type "Müller A" (the title phrase search
        // looks at the start of the keywords as well).
        appendWords(d.keywords, (r.text(u"last_name") + QLatin1Char(' ') + r.text(u"first_name")).trimmed());
        appendJsonList(d.keywords, r.value(u"emails"), "address");
        appendJsonList(d.keywords, r.value(u"phones"), "phone");
        appendJsonList(d.keywords, r.value(u"tags"), nullptr);
        break;
    case EntityType::Account:
        d.title = r.text(u"name");
        d.context = joinNonEmpty({refTitle("parent_id", EntityType::Account), r.text(u"city")}, QStringLiteral(" "));
        appendWords(d.keywords, host(r.text(u"website")));
        appendWords(d.keywords, r.text(u"email"));
        appendPhone(d.keywords, r.text(u"phone_e164"));
        appendJsonList(d.keywords, r.value(u"tags"), nullptr);
        break;
    case EntityType::Lead:
        d.title = (r.text(u"first_name") + QLatin1Char(' ') + r.text(u"last_name")).trimmed();
        d.context = joinNonEmpty({r.text(u"company"), r.text(u"job_title"), r.text(u"city")}, QStringLiteral(" "));
        appendWords(d.keywords, (r.text(u"last_name") + QLatin1Char(' ') + r.text(u"first_name")).trimmed());
        appendWords(d.keywords, r.text(u"email"));
        appendPhone(d.keywords, r.text(u"phone_e164"));
        break;
    case EntityType::Opportunity:
        d.title = r.text(u"name");
        d.context = refTitle("account_id", EntityType::Account);
        appendJsonList(d.keywords, r.value(u"competitors"), nullptr);
        break;
    case EntityType::Ticket:
        d.title = r.text(u"subject");
        d.context = joinNonEmpty({refTitle("contact_id", EntityType::Contact),
                                  refTitle("account_id", EntityType::Account), r.text(u"category")},
                                 QStringLiteral(" "));
        appendWords(d.keywords, r.text(u"number"));
        appendWords(d.keywords, PhoneNumbers::digitsOnly(r.text(u"number")));
        break;
    case EntityType::KnowledgeArticle:
        d.title = r.text(u"title");
        appendJsonList(d.context, r.value(u"tags"), nullptr);
        appendWords(d.keywords, r.text(u"body"));
        break;
    case EntityType::User:
        d.title = r.text(u"display_name");
        d.context = r.text(u"username");
        appendWords(d.keywords, r.text(u"email"));
        break;
    case EntityType::Campaign:
        d.title = r.text(u"name");
        break;
    default:
        break;
    }
    return d;
}

SearchRow SearchIndex::rowFor(EntityType type, qint64 rid, const SearchDocument& doc, const TitleLookup& lookup)
{
    SearchRow row{rowidFor(type, rid), doc.title, doc.context, doc.keywords};
    for (auto it = doc.contextRefs.crbegin(); it != doc.contextRefs.crend(); ++it) {
        const QString title = lookup(it->first, it->second);
        if (!title.isEmpty())
            row.context = row.context.isEmpty() ? title : title + QLatin1Char(' ') + row.context;
    }
    return row;
}

bool SearchIndex::write(StatementCache& statements, const SearchRow& row)
{
    static const QString sql =
        QStringLiteral("INSERT OR REPLACE INTO search_index(rowid, title, subtitle, keywords) VALUES(?, ?, ?, ?)");
    auto st = statements.get(sql);
    st->bind(1, row.rowid);
    st->bind(2, row.title);
    st->bind(3, row.context);
    st->bind(4, row.keywords);
    return st->exec();
}

bool SearchIndex::write(StatementCache& statements, std::vector<SearchRow>& rows)
{
    std::sort(rows.begin(), rows.end(), [](const SearchRow& a, const SearchRow& b) { return a.rowid < b.rowid; });
    for (const SearchRow& row : rows)
        if (!write(statements, row))
            return false;
    return true;
}

bool SearchIndex::put(StatementCache& statements, EntityType type, qint64 rid, const SearchDocument& doc,
                      const TitleLookup& lookup)
{
    return write(statements, rowFor(type, rid, doc, lookup));
}

bool SearchIndex::remove(StatementCache& statements, EntityType type, qint64 rid)
{
    auto st = statements.get(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    st->bind(1, rowidFor(type, rid));
    return st->exec();
}

namespace {
/// The words of a search text as FTS5 sees them: quotes removed, words without a letter or digit dropped.
QStringList searchWords(const QString& trimmed)
{
    QStringList out;
    const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(QLatin1Char('"'));
        bool hasWordChar = false;
        for (QChar c : std::as_const(w))
            hasWordChar = hasWordChar || c.isLetterOrNumber();
        if (hasWordChar)
            out << w;
    }
    return out;
}
} // namespace

QString SearchIndex::toFtsQuery(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    if (PhoneNumbers::looksLikePhoneNumber(trimmed)) {
        QString digits = PhoneNumbers::digitsOnly(trimmed);
        if (digits.startsWith(QLatin1String("00")))
            digits = digits.mid(2); // 0049… is +49…
        return QLatin1Char('"') + digits + QLatin1String("\"*");
    }
    QStringList terms;
    // Quoted, every word is plain text to FTS5 (no AND/OR/NEAR, no column filters); the trailing *
    // makes it a prefix, so results appear while the person is still typing. German written without
    // umlauts or ß ("Mueller", "Koeln", "Strasse") also finds them: the index folds ü to u, not to ue.
    static const QRegularExpression umlaut(QStringLiteral("([aou])e"), QRegularExpression::CaseInsensitiveOption);
    for (const QString& w : searchWords(trimmed)) {
        QStringList spellings{w};
        if (QString folded = w; folded.replace(umlaut, QStringLiteral("\\1")) != w)
            spellings << folded;
        if (w.contains(QLatin1String("ss"), Qt::CaseInsensitive))
            spellings << QString(w).replace(QLatin1String("ss"), QStringLiteral("ß"), Qt::CaseInsensitive);
        for (QString& s : spellings)
            s = QLatin1Char('"') + s + QLatin1String("\"*");
        terms << (spellings.size() == 1 ? spellings.first()
                                        : QLatin1Char('(') + spellings.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    // AND spelled out: FTS5 refuses an implicit AND after a parenthesised group ("Blue Bou", whose "ue"
    // makes the first word a group of two spellings, was a syntax error).
    return terms.join(QLatin1String(" AND "));
}

namespace {
QString typedDigits(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    return PhoneNumbers::looksLikePhoneNumber(trimmed) ? PhoneNumbers::digitsOnly(trimmed) : QString();
}
} // namespace

QString SearchIndex::phoneIndexColumn(EntityType type)
{
    switch (type) {
    case EntityType::Contact:
        return QStringLiteral("contact_rid");
    case EntityType::Account:
        return QStringLiteral("account_rid");
    case EntityType::Lead:
        return QStringLiteral("lead_rid");
    default:
        return {};
    }
}

QString SearchIndex::phoneTailSql(EntityType type, QStringView text)
{
    const QString column = phoneIndexColumn(type);
    if (column.isEmpty() || typedDigits(text).size() < PhoneTailDigits)
        return {};
    // GLOB with a literal prefix is a range of the index on `reversed` (LIKE would need case_sensitive_like).
    return QStringLiteral("SELECT %1 FROM phone_index WHERE reversed GLOB ? AND %1 IS NOT NULL").arg(column);
}

QString SearchIndex::phoneTailValue(QStringView text)
{
    return PhoneNumbers::reversedDigits(typedDigits(text)) + QLatin1Char('*');
}

namespace {
/// The words of a text typed as a phrase: two or more, and not a phone number; else none.
QStringList phraseWords(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (PhoneNumbers::looksLikePhoneNumber(trimmed))
        return {};
    QStringList words = searchWords(trimmed);
    return words.size() < 2 ? QStringList() : words;
}
} // namespace

QString SearchIndex::toNamePhraseQuery(QStringView text)
{
    const QStringList words = phraseWords(text);
    if (words.isEmpty())
        return {};
    // Anchored at the start of the name: further in, the words could run from one field into the next
    // ("Jürgen Klein juergen.klein@bauer…" is no "Klein Bau").
    return QStringLiteral("{title keywords} : ^\"%1\"*").arg(words.join(QLatin1Char(' ')));
}

QString SearchIndex::toContextPhraseQuery(QStringView text)
{
    // Its last word three letters at least: a company's name typed ("Klein Bau"), not a person's initial
    // ("Hannah S"), whose one letter would match half the book.
    const QStringList words = phraseWords(text);
    if (words.isEmpty() || words.last().size() < 3)
        return {};
    return QStringLiteral("subtitle : \"%1\"*").arg(words.join(QLatin1Char(' ')));
}

Result<QList<SearchHit>> SearchIndex::search(Database& db, QStringView text, int limit, const QList<EntityType>& types)
{
    auto ranked = rank(db, text, limit, types);
    if (!ranked)
        return ranked.error();
    QList<SearchHit> hits = describe(db, *ranked, text);
    if (Status s = preferOwn(db, hits); !s)
        return s.error();
    return hits;
}

Status SearchIndex::preferOwn(Database& db, QList<SearchHit>& hits)
{
    const QString me = db.meta(QStringLiteral("current_user_id"));
    if (me.isEmpty() || hits.size() < 2)
        return {};
    struct Placed
    {
        qsizetype group; ///< where the first hit of the same name stands
        bool mine;
        qsizetype at;
    };
    QList<Placed> order;
    QHash<QString, qsizetype> firstOfName;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SearchHit& hit = hits[i];
        bool mine = false;
        if (const EntityDef& def = Schema::entity(hit.type); def.field(u"owner_id")) {
            auto st = db.statements().get(QStringLiteral("SELECT owner_id = ? FROM %1 WHERE id = ?").arg(def.table));
            st->bind(1, me);
            st->bind(2, hit.id);
            const SqlStatement::Step step = st->step();
            if (step == SqlStatement::Step::Error)
                return Error{tr("Search failed: %1").arg(st->errorText()), {}};
            mine = step == SqlStatement::Step::Row && st->int64(0) == 1;
        }
        const QString name = QString::number(int(hit.type)) + QLatin1Char(':') + foldText(hit.title);
        order.append({firstOfName.value(name, i), mine, i});
        firstOfName.insert(name, firstOfName.value(name, i));
    }
    std::stable_sort(order.begin(), order.end(), [](const Placed& a, const Placed& b) {
        return a.group != b.group ? a.group < b.group : a.mine > b.mine;
    });
    QList<SearchHit> sorted;
    sorted.reserve(hits.size());
    for (const Placed& p : std::as_const(order))
        sorted << hits[p.at];
    hits = sorted;
    return {};
}

Result<QList<qint64>> SearchIndex::listMatches(Database& db, EntityType type, QStringView text, int limit)
{
    auto ranked = rank(db, text, limit, {type});
    if (!ranked)
        return ranked.error();
    QList<qint64> rids;
    rids.reserve(ranked->size());
    for (const auto& [rowid, score] : std::as_const(*ranked))
        rids << ridOf(rowid);
    return rids;
}

Result<QList<qint64>> SearchIndex::ticketsOfNumber(Database& db, const QString& ftsQuery, const QString& typed,
                                                   qsizetype limit)
{
    // Whose number it is: a few hundred owners at most (a switchboard's number is shared by a company's people).
    constexpr qint64 OwnersCap = 200;
    QStringList owners[2];
    const EntityType ownerTypes[2] = {EntityType::Contact, EntityType::Account};
    for (int i = 0; i < 2; ++i) {
        auto st = db.statements().get(QStringLiteral(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?"));
        st->bind(1, ftsQuery);
        st->bind(2, rowidFor(ownerTypes[i], 0));
        st->bind(3, rowidFor(ownerTypes[i], (qint64(1) << 40) - 1));
        st->bind(4, OwnersCap);
        SqlStatement::Step step;
        while ((step = st->step()) == SqlStatement::Step::Row)
            owners[i] << QString::number(ridOf(st->int64(0)));
        if (step == SqlStatement::Step::Error)
            return Error{tr("Search failed: %1").arg(st->errorText()), {}};
        if (const QString tail = phoneTailSql(ownerTypes[i], typed); !tail.isEmpty()) {
            auto ends = db.statements().get(tail + QStringLiteral(" LIMIT ?"));
            ends->bind(1, phoneTailValue(typed));
            ends->bind(2, OwnersCap);
            while ((step = ends->step()) == SqlStatement::Step::Row)
                owners[i] << QString::number(ends->int64(0));
            if (step == SqlStatement::Step::Error)
                return Error{tr("Search failed: %1").arg(ends->errorText()), {}};
        }
    }
    QList<qint64> tickets;
    if (owners[0].isEmpty() && owners[1].isEmpty())
        return tickets;
    auto st = db.statements().get(QStringLiteral(
        "SELECT rid FROM tickets WHERE deleted = 0 AND (contact_id IN (SELECT id FROM contacts WHERE rid IN "
        "(SELECT value FROM json_each(?))) OR account_id IN (SELECT id FROM accounts WHERE rid IN "
        "(SELECT value FROM json_each(?)))) LIMIT ?"));
    for (int i = 0; i < 2; ++i)
        st->bind(i + 1, QLatin1Char('[') + owners[i].join(QLatin1Char(',')) + QLatin1Char(']'));
    st->bind(3, qint64(limit));
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row)
        tickets << st->int64(0);
    if (step == SqlStatement::Step::Error)
        return Error{tr("Search failed: %1").arg(st->errorText()), {}};
    return tickets;
}

Result<QList<QPair<qint64, double>>> SearchIndex::rank(Database& db, QStringView text, int limit,
                                                      const QList<EntityType>& types)
{
    const QString query = toFtsQuery(text);
    if (query.isEmpty() || limit <= 0)
        return QList<QPair<qint64, double>>();

    // Ranking every match of a short prefix ("mü" in a million contacts) costs what the whole index
    // costs. So: rank every match when there are few; when there are many, rank a bounded sample taken
    // from each record type, so every kind of record still has its best matches in the running.
    const QList<EntityType> searchable = [&] {
        QList<EntityType> out;
        for (const EntityDef* def : Schema::all())
            if (def->searchable && (types.isEmpty() || types.contains(def->type)))
                out << def->type;
        return out;
    }();
    struct Candidate
    {
        qint64 rowid;
        double score;
    };
    QList<Candidate> candidates;
    auto collect = [&](const QString& match, qint64 from, qint64 to, int max) -> Status {
        auto st =
            db.statements().get(QStringLiteral("SELECT rowid, bm25(search_index, 10.0, 4.0, 1.0) FROM search_index "
                                               "WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?"));
        if (!st->isValid())
            return Error{tr("Search failed: %1").arg(st->errorText()), {}};
        st->bind(1, match);
        st->bind(2, from);
        st->bind(3, to);
        st->bind(4, qint64(max));
        SqlStatement::Step step;
        while ((step = st->step()) == SqlStatement::Step::Row)
            candidates.append({st->int64(0), st->real(1)});
        if (step == SqlStatement::Step::Error)
            return Error{tr("Search failed: %1").arg(st->errorText()), {}};
        return {};
    };
    const qint64 lowest = rowidFor(searchable.isEmpty() ? EntityType::User : searchable.first(), 0);
    const qint64 highest = rowidFor(searchable.isEmpty() ? EntityType::User : searchable.last(), (qint64(1) << 40) - 1);
    QList<QPair<qint64, double>> rows;
    bool shortPrefixFallback = false;
    const QString trimmed = text.trimmed().toString();
    const QString folded = foldText(trimmed);
    const bool phone = PhoneNumbers::looksLikePhoneNumber(trimmed);
    const bool fewLetters = !phone && !trimmed.contains(QLatin1Char(' ')) && folded.size() <= NamePrefixUpTo;
    if (phone) {
        // Every record with a number starting that way is as good a match as any other: no ranking,
        // the first ones found.
        if (Status s = collect(query, lowest, highest, std::max(limit, SamplePerType)); !s)
            return s.error();
        if (!types.isEmpty())
            candidates.removeIf([&](const Candidate& c) { return !types.contains(typeOf(c.rowid)); });
        QSet<qint64> seen;
        const auto add = [&](qint64 rowid) {
            if (rows.size() < limit && !seen.contains(rowid)) {
                rows.append({rowid, 0});
                seen.insert(rowid);
            }
        };
        const auto addStarts = [&] {
            for (const Candidate& c : std::as_const(candidates))
                add(c.rowid);
        };
        // The number typed without its area code, or its last digits: those ending that way.
        const auto addEnds = [&]() -> Status {
            for (EntityType type : {EntityType::Contact, EntityType::Account, EntityType::Lead}) {
                const QString sql = phoneTailSql(type, trimmed);
                if (sql.isEmpty() || !searchable.contains(type) || rows.size() >= limit)
                    continue;
                auto st =
                    db.statements().get(QStringLiteral("SELECT rid FROM %1 WHERE rid IN (%2) AND deleted = 0 LIMIT ?")
                                            .arg(Schema::entity(type).table, sql));
                st->bind(1, phoneTailValue(trimmed));
                st->bind(2, qint64(limit));
                SqlStatement::Step step;
                while ((step = st->step()) == SqlStatement::Step::Row)
                    add(rowidFor(type, st->int64(0)));
                if (step == SqlStatement::Step::Error)
                    return Error{tr("Search failed: %1").arg(st->errorText()), {}};
            }
            return {};
        };
        // A few digits are the end of a number more often than its start: the last four an agent reads off a note
        // or a display ("1409" is +43 699 3731409 before +33 1 40 90 80 24). Seven and more, typed from the start.
        if (PhoneNumbers::digitsOnly(trimmed).size() < PhoneStartDigits) {
            if (Status s = addEnds(); !s)
                return s.error();
            addStarts();
        } else {
            addStarts();
            if (Status s = addEnds(); !s)
                return s.error();
        }
        // The customer's tickets too: an agent filters the queue by the number on the phone's display.
        if (searchable.contains(EntityType::Ticket) && rows.size() < limit) {
            auto tickets = ticketsOfNumber(db, query, trimmed, limit - rows.size());
            if (!tickets)
                return tickets.error();
            for (qint64 rid : std::as_const(*tickets))
                if (const qint64 rowid = rowidFor(EntityType::Ticket, rid); !seen.contains(rowid)) {
                    rows.append({rowid, 0});
                    seen.insert(rowid);
                }
        }
    } else if (fewLetters) {
        // A few letters: names starting with them, in alphabetical order, from each kind of record listed
        // by name, most wanted kinds first (an index range each, however large the book).
        QList<QList<qint64>> perType;
        for (EntityType type : {EntityType::Contact, EntityType::Account, EntityType::Opportunity, EntityType::Lead,
                                EntityType::KnowledgeArticle, EntityType::Campaign, EntityType::User}) {
            const EntityDef& def = Schema::entity(type);
            if (!def.listedByName || !searchable.contains(type))
                continue;
            QString upper = folded;
            upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
            auto st = db.statements().get(QStringLiteral("SELECT rid FROM %1 WHERE sort_key >= ? AND sort_key < ? "
                                                         "AND deleted = 0 AND merged_into IS NULL ORDER BY sort_key LIMIT ?")
                                              .arg(def.table));
            st->bind(1, folded);
            st->bind(2, upper);
            st->bind(3, qint64(limit));
            QList<qint64> found;
            while (st->step() == SqlStatement::Step::Row)
                found << rowidFor(type, st->int64(0));
            perType << found;
        }
        for (int round = 0; rows.size() < limit; ++round) {
            bool any = false;
            for (const QList<qint64>& found : std::as_const(perType))
                if (round < found.size() && rows.size() < limit) {
                    rows.append({found[round], 0});
                    any = true;
                }
            if (!any)
                break;
        }
        // Too few names (the letters start a city or a word in an address): search the text after all.
        shortPrefixFallback = rows.size() < limit;
    }
    if (!phone && (!fewLetters || shortPrefixFallback)) {
        // Several words typed in the order of a name ("Anna M", "Keller Log") mean that name: records whose
        // title starts that way come first, then those of a company so named ("Klein Bau"), each by its score;
        // when there are enough of them nothing else is looked at.
        // bm25 is negative, and the more negative the better; ties go to the older record.
        const auto better = [](const Candidate& a, const Candidate& b) {
            return a.score != b.score ? a.score < b.score : a.rowid < b.rowid;
        };
        QList<Candidate> preferred;
        bool enough = false;
        for (const QString& phrase : {toNamePhraseQuery(text), toContextPhraseQuery(text)}) {
            if (phrase.isEmpty() || enough)
                continue;
            if (Status s = collect(phrase, lowest, highest, RankAllBelow); !s)
                return s.error();
            candidates.removeIf([&](const Candidate& c) {
                return (!types.isEmpty() && !types.contains(typeOf(c.rowid))) ||
                       std::any_of(preferred.begin(), preferred.end(),
                                   [&c](const Candidate& p) { return p.rowid == c.rowid; });
            });
            enough = preferred.size() + candidates.size() >= limit;
            if (!enough) {
                std::sort(candidates.begin(), candidates.end(), better);
                preferred += std::exchange(candidates, {});
            }
        }
        // Score the first matches; if that was all of them, the ranking is exact. Otherwise the text is too
        // common to rank whole: then names are what the person means, so rank the records whose title
        // matches, and if even those are too many, a sample of them from each record type.
        if (!enough) {
            if (Status s = collect(query, lowest, highest, RankAllBelow); !s)
                return s.error();
        }
        if (!enough && candidates.size() >= RankAllBelow) {
            candidates.clear();
            const QString titles = QStringLiteral("{title} : (%1)").arg(query);
            if (Status s = collect(titles, lowest, highest, RankAllBelow); !s)
                return s.error();
            // Too many names match: sample them per type. Too few (the text is an email address or phone
            // number, found in keywords, not titles): sample every match per type.
            const bool manyTitles = candidates.size() >= RankAllBelow;
            if (manyTitles || candidates.size() < limit) {
                candidates.clear();
                for (EntityType type : searchable)
                    if (Status s = collect(manyTitles ? titles : query, rowidFor(type, 0),
                                           rowidFor(type, (qint64(1) << 40) - 1), SamplePerType);
                        !s)
                        return s.error();
            }
        }
        if (!types.isEmpty())
            candidates.removeIf([&](const Candidate& c) { return !types.contains(typeOf(c.rowid)); });
        QSet<qint64> seen;
        for (const auto& [rowid, score] : std::as_const(rows))
            seen.insert(rowid);
        for (const Candidate& c : std::as_const(preferred)) {
            if (!seen.contains(c.rowid) && rows.size() < limit)
                rows.append({c.rowid, c.score});
            seen.insert(c.rowid);
        }
        const qsizetype keep = std::min<qsizetype>(limit + preferred.size(), candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + keep, candidates.end(), better);
        for (qsizetype i = 0; i < keep && rows.size() < limit; ++i)
            if (!seen.contains(candidates[i].rowid))
                rows.append({candidates[i].rowid, candidates[i].score});
    }

    return rows;
}

QString SearchIndex::numberTyped(Database& db, EntityType type, qint64 rid, const QString& digits)
{
    const QString column = phoneIndexColumn(type);
    if (column.isEmpty() || digits.isEmpty())
        return {};
    const QString begun = digits.startsWith(QLatin1String("00")) ? digits.mid(2) : digits; // 0049… is +49…
    auto st =
        db.statements().get(QStringLiteral("SELECT e164 FROM phone_index WHERE %1 = ? ORDER BY rowid").arg(column));
    st->bind(1, rid);
    while (st->step() == SqlStatement::Step::Row) {
        const QString e164 = st->text(0);
        const QStringList forms = PhoneNumbers::searchForms(e164);
        if (std::any_of(forms.cbegin(), forms.cend(), [&](const QString& f) { return f.startsWith(begun); }) ||
            (digits.size() >= PhoneTailDigits && PhoneNumbers::digitsOnly(e164).endsWith(digits)))
            return e164;
    }
    return {};
}

QList<SearchHit> SearchIndex::describe(Database& db, const QList<QPair<qint64, double>>& rows, QStringView typed)
{
    QList<SearchHit> hits;
    const QLocale locale;
    const QString digits = typedDigits(typed);
    for (const auto& [rowid, score] : rows) {
        const EntityType type = typeOf(rowid);
        const EntityDef& def = Schema::entity(type);
        QString detailSql;
        switch (type) {
        case EntityType::Contact:
            detailSql = QStringLiteral("SELECT c.id, c.display_title, c.job_title, a.name, c.city FROM contacts c "
                                       "LEFT JOIN accounts a ON a.id = c.account_id WHERE c.rid = ?");
            break;
        case EntityType::Account:
            detailSql = QStringLiteral("SELECT id, display_title, industry, city, country FROM accounts WHERE rid = ?");
            break;
        case EntityType::Lead:
            detailSql = QStringLiteral("SELECT id, display_title, company, city, status FROM leads WHERE rid = ?");
            break;
        case EntityType::Opportunity:
            detailSql =
                QStringLiteral("SELECT o.id, o.display_title, a.name, o.stage, o.amount, o.currency "
                               "FROM opportunities o LEFT JOIN accounts a ON a.id = o.account_id WHERE o.rid = ?");
            break;
        case EntityType::Ticket:
            detailSql = QStringLiteral("SELECT t.id, t.subject, t.number, t.status, c.display_title FROM tickets t "
                                       "LEFT JOIN contacts c ON c.id = t.contact_id WHERE t.rid = ?");
            break;
        default:
            detailSql = QStringLiteral("SELECT id, display_title FROM %1 WHERE rid = ?").arg(def.table);
            break;
        }
        auto d = db.statements().get(detailSql);
        d->bind(1, ridOf(rowid));
        if (d->step() != SqlStatement::Step::Row)
            continue;
        SearchHit hit;
        hit.type = type;
        hit.id = d->text(0);
        hit.title = d->text(1);
        hit.score = score;
        hit.number = numberTyped(db, type, ridOf(rowid), digits);
        switch (type) {
        case EntityType::Contact:
            hit.subtitle = joinNonEmpty({d->text(2), d->text(3), d->text(4)});
            break;
        case EntityType::Account:
            hit.subtitle =
                joinNonEmpty({Schema::industries().label(d->text(2)), d->text(3), LocaleNames::country(d->text(4))});
            break;
        case EntityType::Lead:
            hit.subtitle = joinNonEmpty({def.displayLabel(), d->text(2), d->text(3)});
            break;
        case EntityType::Opportunity:
            hit.subtitle = joinNonEmpty({d->text(2), Schema::stages().label(d->text(3)),
                                         d->isNull(4) ? QString() : Money{d->int64(4), d->text(5)}.format(locale)});
            break;
        case EntityType::Ticket:
            hit.subtitle = joinNonEmpty({d->text(2), Schema::ticketStatuses().label(d->text(3)), d->text(4)});
            break;
        default:
            hit.subtitle = def.displayLabel();
            break;
        }
        hits << hit;
    }
    return hits;
}

} // namespace rapport
