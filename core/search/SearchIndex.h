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

/// The searchable text of one record: its name, the context it is known by (company, job, city),
/// and keywords (email addresses, every phone spelling, tags, numbers). The titles of referenced
/// records (a contact's company) belong to the context too; they are looked up when the document is
/// written, so building a document needs no database and can run on any thread.
struct SearchDocument
{
    QString title;
    QString context;
    QString keywords;
    QList<QPair<EntityType, QString>> contextRefs;

    bool operator==(const SearchDocument&) const = default;
};

/// A document as the index stores it: its row and its texts, the context's titles resolved.
struct SearchRow
{
    qint64 rowid = 0;
    QString title;
    QString context;
    QString keywords;
};

struct SearchHit
{
    EntityType type = EntityType::Contact;
    QString id;
    QString title;
    QString subtitle; ///< translated, ready to show
    QString number;   ///< when a phone number was searched for: the record's number it matched (E.164)
    double score = 0; ///< bm25; lower is better
};

/// The global full-text index (FTS5 table `search_index`). The write path keeps it current inside
/// its own transaction; queries run on any connection, typically a search worker's.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    /// Resolves the display title of a referenced record (the company of a contact, say).
    using TitleLookup = std::function<QString(EntityType, const QString&)>;

    static qint64 rowidFor(EntityType type, qint64 rid) { return (qint64(type) << 40) | rid; }
    static EntityType typeOf(qint64 rowid) { return static_cast<EntityType>(rowid >> 40); }
    static qint64 ridOf(qint64 rowid) { return rowid & ((qint64(1) << 40) - 1); }

    /// Builds the document of a searchable record (pure; thread-safe).
    static SearchDocument documentFor(const Record& record);
    /// Writes a document, resolving the titles of its context references through `lookup`.
    static bool put(StatementCache& statements, EntityType type, qint64 rid, const SearchDocument& doc,
                    const TitleLookup& lookup);
    /// The row put() writes, to be written later by write().
    static SearchRow rowFor(EntityType type, qint64 rid, const SearchDocument& doc, const TitleLookup& lookup);
    static bool write(StatementCache& statements, const SearchRow& row);
    /// Writes many rows in the order of their rowids. FTS5 keeps a transaction's new entries in memory only
    /// while rowids ascend: a smaller one writes them out as a segment first, so rows of two record types
    /// written in turn (an import's accounts among its contacts) would each cost a segment and its merges.
    static bool write(StatementCache& statements, std::vector<SearchRow>& rows);
    static bool remove(StatementCache& statements, EntityType type, qint64 rid);

    /// Turns what a person typed into an FTS5 query: every word a prefix, all words required, phone
    /// numbers in any spelling reduced to digits. Empty when nothing is searchable. Never lets
    /// FTS5 syntax through (quotes, operators and column filters are taken as text).
    static QString toFtsQuery(QStringView text);
    /// Numbers are indexed from their start (international, national, with trunk zero); typed without
    /// the area code ("53041988" for +49 30 53041988), or only their last digits ("1988"), they are found by
    /// their end instead. For a text of at least PhoneTailDigits digits, the SQL (one `?`, bind
    /// phoneTailValue()) of the rids of `type`'s records with a number ending that way; empty for other texts
    /// and for types without numbers.
    static constexpr int PhoneTailDigits = 4;
    /// The phone_index column holding the records of `type` ("contact_rid"); empty for a type without numbers.
    static QString phoneIndexColumn(EntityType type);
    /// Fewer digits than this are more likely a number's end than its start: search lists those ending so first.
    static constexpr int PhoneStartDigits = 7;
    static QString phoneTailSql(EntityType type, QStringView text);
    static QString phoneTailValue(QStringView text);
    /// For two or more words: the FTS5 query for names that start with those words in that order, either
    /// way round ("Anna M", "Müller A" → Anna Müller); empty otherwise.
    static QString toNamePhraseQuery(QStringView text);
    /// For two or more words: the FTS5 query for records whose company, job or place has those words in that
    /// order ("Klein Bau" → Klein Bau's people and deals); empty otherwise.
    static QString toContextPhraseQuery(QStringView text);

    /// Up to this many matches are ranked exactly; beyond, a sample of this many (split across record
    /// types) is ranked, which keeps every search bounded however common the prefix.
    static constexpr int RankAllBelow = 2000;
    static constexpr int SamplePerType = 60;
    /// Single words of up to this many letters are looked up as the start of names, in name order
    /// (the full-text search follows when too few names start that way).
    static constexpr int NamePrefixUpTo = 5;

    /// Runs a ranked search; `types` empty means all searchable types.
    static Result<QList<SearchHit>> search(Database& db, QStringView text, int limit,
                                           const QList<EntityType>& types = {});
    /// The best `limit` records of one type matching `text` (the same ranking), as row ids of its table: what
    /// a list's filter box shows, in the list's own order.
    static Result<QList<qint64>> listMatches(Database& db, EntityType type, QStringView text, int limit);

private:
    /// The rids of the tickets of the contacts and accounts whose number starts as `ftsQuery` says, or ends as
    /// `typed` does (phoneTailSql()): the help desk's queue filtered by a caller's number.
    static Result<QList<qint64>> ticketsOfNumber(Database& db, const QString& ftsQuery, const QString& typed,
                                                 qsizetype limit);
    /// The ranked search index rows (rowid, bm25 score), best first.
    static Result<QList<QPair<qint64, double>>> rank(Database& db, QStringView text, int limit,
                                                     const QList<EntityType>& types);
    /// Of records of one kind and the same name (two "Anja Krause" at two companies), the current user's own
    /// come first, beside the best ranked: whom a rep means is mostly their customer.
    static Status preferOwn(Database& db, QList<SearchHit>& hits);
    /// Titles and subtitles of ranked rows, for showing them.
    /// `typed`: what the person searched for, whose number a hit names when it is one.
    static QList<SearchHit> describe(Database& db, const QList<QPair<qint64, double>>& rows, QStringView typed);
    /// Of the numbers of a contact, account or lead, the one that `digits` (typed) begins or ends; empty if
    /// none does.
    static QString numberTyped(Database& db, EntityType type, qint64 rid, const QString& digits);
};

} // namespace rapport
