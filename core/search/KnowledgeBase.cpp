// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "KnowledgeBase.h"

#include "domain/RichText.h"
#include "search/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rapport {

namespace {

constexpr int MaxQueryWords = 32;

} // namespace

bool KnowledgeBase::put(StatementCache& statements, qint64 rid, const Record& article)
{
    QStringList tags;
    for (const QJsonValue& v : QJsonDocument::fromJson(article.text(u"tags").toUtf8()).array())
        tags << v.toString();
    auto st = statements.get(QStringLiteral("INSERT INTO kb_index(rowid, title, tags, body) VALUES(?, ?, ?, ?)"));
    st->bind(1, rid);
    st->bind(2, article.text(u"title"));
    st->bind(3, tags.join(QLatin1Char(' ')));
    st->bind(4, RichText::toPlainText(article.text(u"body")));
    return st->exec();
}

bool KnowledgeBase::remove(StatementCache& statements, qint64 rid)
{
    auto st = statements.get(QStringLiteral("DELETE FROM kb_index WHERE rowid = ?"));
    st->bind(1, rid);
    return st->exec();
}

bool KnowledgeBase::isStopWord(QStringView word)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {// English
              "the", "and", "for", "are", "but", "not", "you", "your", "yours", "all", "any", "can", "cannot", "had",
              "has", "have", "her", "his", "him", "how", "its", "may", "our", "out", "she", "they", "them", "their",
              "there", "this", "that", "these", "those", "was", "were", "what", "when", "where", "which", "who", "why",
              "will", "with", "would", "could", "should", "from", "into", "about", "after", "again", "also", "been",
              "being", "does", "did", "doing", "dont", "just", "more", "most", "only", "other", "some", "such", "than",
              "then", "too", "very", "please", "thanks", "thank", "hello", "dear", "regards", "since", "yesterday",
              "today", "still", "get", "got", "our", "ours", "here", "one", "now", "need", "help", "know", "let",
              "like", "want", "would", "able", "keep", "keeps",
              // German
              "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
              "oder", "aber", "nicht", "kein", "keine", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "hat",
              "haben", "hatte", "mit", "von", "vom", "zum", "zur", "auf", "aus", "bei", "nach", "fur", "uber", "unter",
              "wie", "was", "wer", "wenn", "dass", "sich", "ich", "wir", "sie", "ihr", "ihre", "ihnen", "uns", "mein",
              "meine", "bitte", "danke", "hallo", "gruss", "grussen", "freundlichen", "noch", "schon", "auch", "nur",
              "sehr", "seit", "heute", "gestern", "kann", "konnen", "muss", "mussen"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words.contains(word.toString());
}

QString KnowledgeBase::toQuery(QStringView text, bool typing)
{
    return queryTerms(text, typing).join(QStringLiteral(" OR "));
}

QStringList KnowledgeBase::withoutCommonTerms(const QStringList& terms, qint64 articles,
                                              const std::function<qint64(const QString&)>& articlesWith)
{
    constexpr int Keep = 3;
    if (articles < PruneFrom || terms.size() <= Keep)
        return terms;
    QList<std::pair<qint64, QString>> counted;
    for (const QString& t : terms)
        counted.append({articlesWith(t), t});
    std::stable_sort(counted.begin(), counted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QSet<QString> kept;
    for (int i = 0; i < counted.size(); ++i)
        if (i < Keep || double(counted[i].first) <= CommonShare * double(articles))
            kept.insert(counted[i].second);
    QStringList out;
    for (const QString& t : terms) // in the order typed
        if (kept.contains(t))
            out << t;
    return out;
}

QStringList KnowledgeBase::queryTerms(QStringView text, bool typing)
{
    const QString folded = foldText(text);
    static const QRegularExpression wordRe(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList words;
    QSet<QString> seen;
    QString last;
    for (auto it = wordRe.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        last = m.captured(0);
        const bool trailing = m.capturedEnd() == folded.size();
        const bool number = last.front().isDigit();
        if (!(typing && trailing) && ((last.size() < 3 && !(number && last.size() >= 2)) || isStopWord(last)))
            continue;
        // A word being typed counts once it has four letters: "co"* would match half the knowledge base.
        if (typing && trailing && last.size() < 4)
            continue;
        if (seen.contains(last))
            continue;
        seen.insert(last);
        QString term = QLatin1Char('"') + last + QLatin1Char('"');
        if (typing && trailing)
            term += QLatin1Char('*');
        words << term;
    }
    // Many words: the first ones (a subject comes before the description) carry the problem.
    if (words.size() > MaxQueryWords)
        words = words.mid(0, MaxQueryWords);
    return words;
}

namespace {

/// What suggestions ask the database on every keystroke, remembered on this thread for a minute: an agent's next
/// keystroke asks about the same words and the same products.
struct Remembered
{
    QString path;
    qint64 at = 0, articles = 0;
    QHash<QString, qint64> with;                 ///< articles with a term
    QList<std::pair<QString, QString>> products; ///< the id and folded name of each product with articles
};

Remembered& remembered(Database& db)
{
    thread_local Remembered r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (r.path != db.path() || now - r.at > 60'000 || r.with.size() > 4096) {
        r = Remembered{db.path(), now, 0, {}, {}};
        auto n = db.statements().get(QStringLiteral("SELECT count(*) FROM kb_index"));
        r.articles = n->step() == SqlStatement::Step::Row ? n->int64(0) : 0;
        auto p = db.statements().get(
            QStringLiteral("SELECT p.id, p.name FROM products p WHERE p.deleted = 0 AND EXISTS (SELECT 1 FROM "
                           "kb_articles a WHERE a.product_id = p.id AND a.deleted = 0)"));
        while (p->step() == SqlStatement::Step::Row)
            if (QString name = foldText(p->text(1)); !name.isEmpty())
                r.products.append({p->text(0), std::move(name)});
    }
    return r;
}

/// Where `words` occur in `text` as whole words ("terminal t100" in "the terminal t100 is slow", not in
/// "terminal t1000"), or -1.
qsizetype indexOfWords(const QString& text, const QString& words, qsizetype from = 0)
{
    for (qsizetype at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
        const qsizetype end = at + words.size();
        if ((at == 0 || !text.at(at - 1).isLetterOrNumber()) &&
            (end == text.size() || !text.at(end).isLetterOrNumber()))
            return at;
    }
    return -1;
}

} // namespace

QString KnowledgeBase::suggestQuery(Database& db, QStringView text, bool typing)
{
    QStringList terms = queryTerms(text, typing);
    if (terms.isEmpty())
        return {};
    Remembered& counts = remembered(db);
    terms = withoutCommonTerms(terms, counts.articles, [&](const QString& term) {
        if (const auto it = counts.with.constFind(term); it != counts.with.cend())
            return *it;
        auto n = db.statements().get(QStringLiteral("SELECT count(*) FROM kb_index WHERE kb_index MATCH ?"));
        n->bind(1, term);
        const qint64 c = n->step() == SqlStatement::Step::Row ? n->int64(0) : 0;
        counts.with.insert(term, c);
        return c;
    });
    return terms.join(QStringLiteral(" OR "));
}

KnowledgeBase::ProblemText KnowledgeBase::problemText(Database& db, QStringView text)
{
    ProblemText out{foldText(text), {}};
    for (const auto& [id, name] : std::as_const(remembered(db).products)) {
        qsizetype at = indexOfWords(out.text, name);
        if (at < 0)
            continue;
        out.products << id;
        for (; at >= 0; at = indexOfWords(out.text, name, at))
            out.text.replace(at, name.size(), QString(name.size(), QLatin1Char(' ')));
    }
    // A text that is nothing but a product's name asks about the product.
    if (!out.products.isEmpty() && queryTerms(out.text, false).isEmpty())
        out.text = foldText(text);
    return out;
}

Result<QList<ArticleSuggestion>> KnowledgeBase::suggest(Database& db, QStringView text, int limit, bool typing)
{
    QList<ArticleSuggestion> out;
    const ProblemText problem = problemText(db, text);
    const QString query = suggestQuery(db, problem.text, typing);
    if (query.isEmpty())
        return out;

    // The ranked matches first (FTS5 sorts by rank itself), then the published ones among them, less those about
    // other products than the text names.
    auto st = db.statements().get(QStringLiteral(
        "SELECT a.id, a.title, a.tags, a.audience, m.score, m.passage FROM (SELECT rowid, rank AS score, "
        "snippet(kb_index, 2, '', '', '…', 14) AS passage FROM kb_index WHERE kb_index MATCH ?1 ORDER BY rank LIMIT "
        "?2) m JOIN kb_articles a ON a.rid = m.rowid WHERE a.deleted = 0 AND a.status = 'published' AND (?4 IS NULL "
        "OR a.product_id IS NULL OR a.product_id IN (SELECT value FROM json_each(?4))) ORDER BY m.score LIMIT ?3"));
    if (!st->isValid())
        return Error{tr("The knowledge base cannot be searched: %1").arg(st->errorText()), {}};
    st->bind(1, query);
    st->bind(2, qint64(limit) * 3 + 10);
    st->bind(3, qint64(limit));
    if (problem.products.isEmpty())
        st->bindNull(4);
    else
        st->bind(4, QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(problem.products)).toJson(QJsonDocument::Compact)));
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        ArticleSuggestion s;
        s.id = st->text(0);
        s.title = st->text(1);
        for (const QJsonValue& v : QJsonDocument::fromJson(st->text(2).toUtf8()).array())
            s.tags << v.toString();
        s.audience = st->text(3);
        s.score = st->value(4).toDouble();
        s.snippet = st->text(5).simplified();
        out << s;
    }
    if (step == SqlStatement::Step::Error)
        return Error{tr("The knowledge base cannot be searched: %1").arg(st->errorText()), {}};
    // bm25 scores are negative, the best first.
    if (!out.isEmpty()) {
        const double weakest = out.first().score * RelevantShare;
        out.erase(std::find_if(out.begin(), out.end(), [&](const ArticleSuggestion& s) { return s.score > weakest; }),
                  out.end());
    }
    return out;
}

} // namespace rapport
