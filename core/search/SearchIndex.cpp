// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SearchIndex.h"

#include "domain/Money.h"
#include "search/PhoneNumbers.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

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
        d.context = joinNonEmpty({refTitle("account_id", EntityType::Account), r.text(u"job_title"),
                                  r.text(u"department"), r.text(u"city")}, QStringLiteral(" "));
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
        d.context = joinNonEmpty({refTitle("contact_id", EntityType::Contact), refTitle("account_id", EntityType::Account),
                                  r.text(u"category")}, QStringLiteral(" "));
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

bool SearchIndex::put(StatementCache& statements, EntityType type, qint64 rid, const SearchDocument& doc,
                      const TitleLookup& lookup)
{
    QString context = doc.context;
    for (auto it = doc.contextRefs.crbegin(); it != doc.contextRefs.crend(); ++it) {
        const QString title = lookup(it->first, it->second);
        if (!title.isEmpty())
            context = context.isEmpty() ? title : title + QLatin1Char(' ') + context;
    }
    static const QString sql =
        QStringLiteral("INSERT OR REPLACE INTO search_index(rowid, title, subtitle, keywords) VALUES(?, ?, ?, ?)");
    auto st = statements.get(sql);
    st->bind(1, rowidFor(type, rid));
    st->bind(2, doc.title);
    st->bind(3, context);
    st->bind(4, doc.keywords);
    return st->exec();
}

bool SearchIndex::remove(StatementCache& statements, EntityType type, qint64 rid)
{
    auto st = statements.get(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    st->bind(1, rowidFor(type, rid));
    return st->exec();
}

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
    const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(QLatin1Char('"'));
        bool hasWordChar = false;
        for (QChar c : std::as_const(w))
            hasWordChar = hasWordChar || c.isLetterOrNumber();
        if (!hasWordChar)
            continue;
        // Quoted, every word is plain text to FTS5 (no AND/OR/NEAR, no column filters); the
        // trailing * makes it a prefix, so results appear while the person is still typing.
        terms << QLatin1Char('"') + w + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> SearchIndex::search(Database& db, QStringView text, int limit, const QList<EntityType>& types)
{
    QList<SearchHit> hits;
    const QString query = toFtsQuery(text);
    if (query.isEmpty() || limit <= 0)
        return hits;

    QString sql = QStringLiteral("SELECT rowid, rank FROM search_index WHERE search_index MATCH ?");
    if (types.size() == 1)
        sql += QStringLiteral(" AND rowid BETWEEN ? AND ?");
    sql += QStringLiteral(" ORDER BY rank LIMIT ?");
    auto st = db.statements().get(sql);
    if (!st->isValid())
        return Error{tr("Search failed: %1").arg(st->errorText()), {}};
    int p = 1;
    st->bind(p++, query);
    if (types.size() == 1) {
        st->bind(p++, rowidFor(types.first(), 0));
        st->bind(p++, rowidFor(types.first(), (qint64(1) << 40) - 1));
    }
    // With several types but not all, over-fetch and filter: cheap, and keeps one ranked query.
    const bool filter = types.size() > 1;
    st->bind(p++, qint64(filter ? limit * 4 : limit));

    QList<QPair<qint64, double>> rows;
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        const qint64 rowid = st->int64(0);
        if (filter && !types.contains(typeOf(rowid)))
            continue;
        rows.append({rowid, st->real(1)});
        if (rows.size() >= limit)
            break;
    }
    if (step == SqlStatement::Step::Error)
        return Error{tr("Search failed: %1").arg(st->errorText()), {}};
    st->reset();

    const QLocale locale;
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
            detailSql = QStringLiteral("SELECT o.id, o.display_title, a.name, o.stage, o.amount, o.currency "
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
        switch (type) {
        case EntityType::Contact:
            hit.subtitle = joinNonEmpty({d->text(2), d->text(3), d->text(4)});
            break;
        case EntityType::Account:
            hit.subtitle = joinNonEmpty({Schema::industries().label(d->text(2)), d->text(3), d->text(4)});
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
