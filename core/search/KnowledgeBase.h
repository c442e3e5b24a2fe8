// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>

namespace rapport {

class Database;
class StatementCache;

/// An article that may answer what a ticket says.
struct ArticleSuggestion
{
    QString id, title, audience;
    QStringList tags;
    QString snippet;  ///< the best matching passage of its text
    double score = 0; ///< bm25; lower is better
};

/// The knowledge base's own full-text index (FTS5 table `kb_index`: title, tags and text of each article,
/// stemmed) and the suggestions drawn from it while an agent types a ticket. Separate from the global search
/// because it answers another question: not "which record is called this" (every word a prefix, all required)
/// but "which articles talk about this" (any significant word, ranked by bm25).
class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeBase)

public:
    /// Keeps the index current; the write path calls these in its transaction.
    static bool put(StatementCache& statements, qint64 rid, const Record& article);
    static bool remove(StatementCache& statements, qint64 rid);

    /// Turns what an agent typed into an FTS5 query: the distinct significant words (no stop words, nothing
    /// under three letters but numbers), any of which may match; while typing, the last word is a prefix once
    /// it has four letters. Empty when nothing is significant.
    static QString toQuery(QStringView text, bool typing);
    /// The query's terms ("\"printer\"", "\"conn\"*"), in the order they were typed.
    static QStringList queryTerms(QStringView text, bool typing);
    /// In a large knowledge base, the terms that would make a query slow and say little: those in more than
    /// CommonShare of the articles are left out, keeping at least the three rarest. `articlesWith` gives a
    /// term's article count.
    static QStringList withoutCommonTerms(const QStringList& terms, qint64 articles,
                                          const std::function<qint64(const QString&)>& articlesWith);
    static constexpr double CommonShare = 0.15;
    /// Below this many articles every term is kept (ranking them all is cheap).
    static constexpr qint64 PruneFrom = 1000;
    /// The FTS5 query suggest() runs for `text` on `db`: its terms, less the common ones in a large knowledge base.
    static QString suggestQuery(Database& db, QStringView text, bool typing);
    /// What a ticket says, apart from which products it is about.
    struct ProblemText
    {
        QString text;         ///< folded, the products' names blanked out (unless they are all it says)
        QStringList products; ///< ids of the products with articles it names, as whole words
    };
    /// The products (with articles) `text` names, and the rest of it, which suggest() ranks the articles by.
    static ProblemText problemText(Database& db, QStringView text);
    /// The published articles that best match `text` (a ticket's subject and description), best first, down to
    /// RelevantShare of the best one's score. The products the text names choose the articles rather than rank
    /// them: articles about other products are left out (a ticket about the Inventory Manager is not answered by
    /// the Terminal T100's password article), and the name itself scores nothing, so that the Inventory Manager's
    /// other articles do not follow its password article for sharing its name.
    static Result<QList<ArticleSuggestion>> suggest(Database& db, QStringView text, int limit = 8, bool typing = false);
    /// An article that scores less than this share of the best one shares a word or two of the text where the
    /// best answers it ("update" of "please update our billing address" in "Updating the scanner"): not suggested.
    static constexpr double RelevantShare = 0.4;
    /// Words that say nothing about a problem ("the", "please", "und"), in English and German.
    static bool isStopWord(QStringView word);
};

} // namespace rapport
