// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordStore.h"

#include "domain/RecordJson.h"

#include "domain/Validator.h"
#include "search/KnowledgeBase.h"
#include "search/PhoneNumbers.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Sla.h"
#include "storage/Tickets.h"

#include <QScopeGuard>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace rapport {

namespace {

const QString& insertSql(const EntityDef& def)
{
    static QHash<EntityType, QString> cache;
    auto it = cache.find(def.type);
    if (it == cache.end()) {
        QStringList cols{QStringLiteral("id")};
        if (def.listedByName)
            cols << QStringLiteral("sort_key");
        for (const FieldDef& f : def.fields)
            cols << f.name;
        cols << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("created_by")
             << QStringLiteral("updated_by") << QStringLiteral("hlc_created");
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        it = cache.insert(def.type, QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                        .arg(def.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    }
    return *it;
}

const QString& selectSql(const EntityDef& def)
{
    static QHash<EntityType, QString> cache;
    auto it = cache.find(def.type);
    if (it == cache.end()) {
        QStringList cols{QStringLiteral("rid"), QStringLiteral("id")};
        for (const FieldDef& f : def.fields)
            cols << f.name;
        cols << QStringLiteral("hlc_created") << QStringLiteral("hlc_fields");
        it = cache.insert(def.type,
                          QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(cols.join(QLatin1Char(',')), def.table));
    }
    return *it;
}

QVariant readValue(const FieldDef& f, const SqlStatement& st, int column)
{
    if (st.isNull(column))
        return QVariant();
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Percent:
    case FieldType::Money:
    case FieldType::Timestamp:
        return QVariant(st.int64(column));
    case FieldType::Bool:
        return QVariant(st.int64(column) != 0);
    default:
        return QVariant(st.text(column));
    }
}

QString auditText(const QVariant& v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

using RecordJson::toJson;

QString compactJson(const QJsonObject& o)
{
    return RecordJson::compact(o);
}

/// A record's row as stored: its rid, its fields, its creation clock and its per-field clocks.
struct StoredRow
{
    qint64 rid = 0;
    Record record;
    QString hlcCreated;
    QString hlcFields;
};

std::optional<StoredRow> readRow(Database& db, const EntityDef& def, const QString& id)
{
    auto st = db.statements().get(selectSql(def));
    st->bind(1, id);
    if (st->step() != SqlStatement::Step::Row)
        return std::nullopt;
    StoredRow row{st->int64(0), Record(def.type, st->text(1)), st->text(def.fields.size() + 2),
                  st->text(def.fields.size() + 3)};
    for (int i = 0; i < def.fields.size(); ++i)
        row.record.set(i, readValue(def.fields[i], *st, i + 2));
    return row;
}

} // namespace

RecordStore::RecordStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    qRegisterMetaType<rapport::Change>();
    qRegisterMetaType<QList<rapport::Change>>();
    m_deviceId = m_db.meta(QStringLiteral("device_id"));
    if (m_deviceId.size() != 16 && !m_db.isReadOnly()) {
        m_deviceId =
            QString::number(QRandomGenerator::system()->generate64() | 1, 16).rightJustified(16, QLatin1Char('0'));
        (void)m_db.setMeta(QStringLiteral("device_id"), m_deviceId);
    }
    m_clock = std::make_unique<HybridClock>(m_deviceId.toULongLong(nullptr, 16));
    bool ok = false;
    const HlcTimestamp persisted = HlcTimestamp::fromString(m_db.meta(QStringLiteral("hlc_last")), &ok);
    if (ok) {
        m_clock->restore(persisted);
        m_persistedClock = persisted;
    }
    m_ids = std::make_unique<IdGenerator>();
    m_userId = m_db.meta(QStringLiteral("current_user_id"));
    m_clockOffset = m_db.meta(QStringLiteral("clock_offset_ms")).toLongLong();
    if (m_clockOffset != 0)
        installClock();
    refreshStageNames();
}

void RecordStore::refreshStageNames()
{
    // Each stage's latest setting with a name.
    QHash<QString, QString> names;
    auto st = m_db.statements().get(QStringLiteral(
        "SELECT s.stage, s.label FROM stage_settings s WHERE s.deleted = 0 AND s.rid = (SELECT t.rid FROM "
        "stage_settings t WHERE t.stage = s.stage AND t.deleted = 0 ORDER BY t.updated_at DESC, t.rid DESC LIMIT 1)"));
    if (!st->isValid())
        return; // a database not migrated yet (read-only, newer) shows the usual names
    while (st->step() == SqlStatement::Step::Row)
        if (!st->text(1).trimmed().isEmpty())
            names.insert(st->text(0), st->text(1).trimmed());
    Schema::setStageNames(names);
}

RecordStore::~RecordStore() = default;

Status RecordStore::setCurrentUserId(const QString& userId)
{
    if (Status s = m_db.setMeta(QStringLiteral("current_user_id"), userId); !s)
        return s;
    m_userId = userId;
    return {};
}

QString RecordStore::stageForecastCategory(QStringView stage)
{
    if (Schema::isClosedStage(stage))
        return QStringLiteral("closed");
    if (stage == QLatin1String("negotiation"))
        return QStringLiteral("commit");
    if (stage == QLatin1String("proposal"))
        return QStringLiteral("best_case");
    return QStringLiteral("pipeline");
}

int RecordStore::stageProbability(const QString& stage)
{
    // The company's setting for the stage (the latest one, should two managers have set it at once), else the
    // stage's usual odds.
    auto st = m_db.statements().get(QStringLiteral("SELECT probability FROM stage_settings WHERE stage = ? AND "
                                                   "deleted = 0 ORDER BY updated_at DESC, rid DESC LIMIT 1"));
    st->bind(1, stage);
    return st->step() == SqlStatement::Step::Row ? int(st->int64(0)) : Schema::defaultProbability(stage);
}

Result<QList<Change>> RecordStore::commitAndNotify(Transaction& tx, const QList<Change>& changes)
{
    if (Status s = persistClock(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return databaseError(s.error().message);
    if (std::any_of(changes.cbegin(), changes.cend(), [](const Change& c) { return c.type == EntityType::StageSetting; }))
        refreshStageNames();
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return changes;
}

Status RecordStore::ensureCurrentUser()
{
    if (!m_userId.isEmpty() && fetch(EntityType::User, m_userId))
        return {};
    QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (login.isEmpty())
        login = QStringLiteral("me");
    Record me(EntityType::User);
    me.set(u"username", login).set(u"display_name", login).set(u"role", QStringLiteral("admin")).set(u"active", true);
    // A placeholder for a book that has no server yet: local only, never pushed (signing in to a server
    // makes the server's user the current one).
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QList<Change> changes;
    WriteOptions options;
    options.journal = false;
    if (Status s = insertRecord(me, options, changes); !s)
        return s;
    if (Status s = Status::from(commitAndNotify(tx, changes)); !s)
        return s;
    if (Status s = m_db.setMeta(QStringLiteral("local_user_id"), me.id()); !s)
        return s;
    return setCurrentUserId(me.id());
}

void RecordStore::setWallClock(HybridClock::WallClock wallClock)
{
    m_baseWallClock = std::move(wallClock);
    installClock();
}

void RecordStore::installClock()
{
    HybridClock::WallClock wall = m_baseWallClock;
    if (!wall)
        wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (m_clockOffset != 0)
        wall = [inner = std::move(wall), offset = m_clockOffset] { return inner() + offset; };
    m_wallTime = wall;
    const HlcTimestamp last = m_clock->last();
    m_clock = std::make_unique<HybridClock>(m_clock->node(), std::move(wall));
    m_clock->restore(last);
}

qint64 RecordStore::wallTime() const
{
    return m_wallTime ? m_wallTime() : QDateTime::currentMSecsSinceEpoch();
}

Status RecordStore::setClockOffset(qint64 millis)
{
    if (millis == m_clockOffset)
        return {};
    if (Status s = m_db.setMeta(QStringLiteral("clock_offset_ms"), QString::number(millis)); !s)
        return s;
    m_clockOffset = millis;
    installClock();
    return {};
}

Error RecordStore::databaseError(const QString& detail) const
{
    return Error{tr("The change could not be saved: %1").arg(detail), {}};
}

Result<QString> RecordStore::create(const Record& record)
{
    auto r = apply({Mutation::create(record)});
    if (!r)
        return r.error();
    return r.value().first().id;
}

Status RecordStore::update(const Record& changes)
{
    return Status::from(apply({Mutation::update(changes)}));
}

Status RecordStore::remove(EntityType type, const QString& id)
{
    return Status::from(apply({Mutation::remove(type, id)}));
}

Result<QList<Change>> RecordStore::apply(const QList<Mutation>& mutations)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QList<Change> changes;
    const WriteOptions options;
    for (const Mutation& m : mutations) {
        if (Status s = applyOne(m, options, changes); !s)
            return s.error();
    }
    return commitAndNotify(tx, changes);
}

Status RecordStore::applyOne(const Mutation& m, const WriteOptions& options, QList<Change>& out)
{
    switch (m.op) {
    case Mutation::Op::Create: {
        Record r = m.record;
        return insertRecord(r, options, out);
    }
    case Mutation::Op::Update: {
        WriteOptions o = options;
        o.judgeMoves = options.judgeMoves && !m.restoring;
        return updateRecord(m.record, o, out);
    }
    case Mutation::Op::Delete:
        return deleteRecord(m.record.type(), m.record.id(), options, out);
    case Mutation::Op::Restore:
        return restoreRecord(m.record.type(), m.record.id(), options, out);
    }
    return {};
}

std::optional<std::pair<qint64, Record>> RecordStore::load(EntityType type, const QString& id, QString* hlcFields,
                                                           QString* hlcCreated)
{
    auto row = readRow(m_db, Schema::entity(type), id);
    if (!row)
        return std::nullopt;
    if (hlcCreated)
        *hlcCreated = std::move(row->hlcCreated);
    if (hlcFields)
        *hlcFields = std::move(row->hlcFields);
    return std::make_pair(row->rid, std::move(row->record));
}

std::optional<Record> RecordStore::read(Database& db, EntityType type, const QString& id)
{
    auto row = readRow(db, Schema::entity(type), id);
    if (!row)
        return std::nullopt;
    return std::move(row->record);
}

QByteArray RecordStore::outboxPayload(Database& db, const QString& entity, const QString& recordId,
                                      const QByteArray& stored)
{
    const EntityDef* def = Schema::byName(entity);
    if (!stored.isEmpty() || !def)
        return stored;
    const auto row = readRow(db, *def, recordId);
    return row ? createPayload(row->record, row->hlcCreated) : QByteArray();
}

std::optional<Record> RecordStore::fetch(EntityType type, const QString& id, bool includeDeleted)
{
    auto loaded = load(type, id);
    if (!loaded || (!includeDeleted && loaded->second.value(u"deleted").toBool()))
        return std::nullopt;
    return loaded->second;
}

QString RecordStore::titleOf(EntityType type, const QString& id)
{
    auto st = m_db.statements().get(
        QStringLiteral("SELECT display_title FROM %1 WHERE id = ?").arg(Schema::entity(type).table));
    st->bind(1, id);
    return st->step() == SqlStatement::Step::Row ? st->text(0) : QString();
}

QList<std::pair<QString, QString>> RecordStore::titles(EntityType type, int limit)
{
    auto st = m_db.statements().get(
        QStringLiteral(
            "SELECT id, display_title FROM %1 WHERE deleted = 0 ORDER BY display_title COLLATE NOCASE LIMIT ?")
            .arg(Schema::entity(type).table));
    st->bind(1, limit);
    QList<std::pair<QString, QString>> out;
    while (st->step() == SqlStatement::Step::Row)
        out.append({st->text(0), st->text(1)});
    return out;
}

Result<QList<QPair<EntityType, qint64>>> RecordStore::dependants(EntityType type, const QStringList& ids)
{
    static const EntityType kinds[] = {EntityType::Contact, EntityType::Account, EntityType::Opportunity,
                                       EntityType::Ticket, EntityType::Order};
    const QString idList =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    QList<QPair<EntityType, qint64>> out;
    for (EntityType kind : kinds) {
        const EntityDef& def = Schema::entity(kind);
        QStringList refs;
        for (const FieldDef& f : def.fields)
            if (f.type == FieldType::Ref && f.ref == type)
                refs << QStringLiteral("%1 IN (SELECT value FROM json_each(?1))").arg(f.name);
        if (refs.isEmpty())
            continue;
        // One query per kind, so a deal that names both the account and its contact counts once.
        auto st = m_db.statements().get(QStringLiteral("SELECT count(*) FROM %1 WHERE (%2) AND deleted = 0%3")
                                            .arg(def.table, refs.join(QStringLiteral(" OR ")),
                                                 kind == type ? QStringLiteral(" AND id NOT IN (SELECT value FROM "
                                                                               "json_each(?1))")
                                                              : QString()));
        st->bind(1, idList);
        if (st->step() != SqlStatement::Step::Row)
            return Error{tr("The records could not be read: %1").arg(st->errorText()), {}};
        if (const qint64 n = st->int64(0); n > 0)
            out << qMakePair(kind, n);
    }
    return out;
}

Status RecordStore::checkReferences(const Record& r, const QList<int>& fields)
{
    QList<FieldError> errors;
    const EntityDef& def = r.def();
    for (int i : fields) {
        const FieldDef& f = def.fields[i];
        if (f.type != FieldType::Ref || r.value(i).isNull())
            continue;
        const QString target = r.value(i).toString();
        const EntityDef& targetDef = Schema::entity(f.ref);
        auto st = m_db.statements().get(
            QStringLiteral("SELECT deleted, merged_into FROM %1 WHERE id = ?").arg(targetDef.table));
        st->bind(1, target);
        if (st->step() != SqlStatement::Step::Row) {
            errors << FieldError{
                f.name, tr("%1: the %2 it refers to does not exist.").arg(f.displayLabel(), targetDef.displayLabelInSentence())};
            continue;
        }
        if (st->int64(0) != 0) {
            errors << FieldError{
                f.name, tr("%1: the %2 it refers to was deleted.").arg(f.displayLabel(), targetDef.displayLabelInSentence())};
            continue;
        }
        if (!st->isNull(1)) {
            errors << FieldError{f.name, tr("%1: the %2 it refers to was merged into %3.")
                                             .arg(f.displayLabel(), targetDef.displayLabelInSentence(),
                                                  titleOf(targetDef.type, st->text(1)))};
            continue;
        }
        // Hierarchies (parent account, reports-to) must stay trees: walk up and look for ourselves.
        if (f.ref == r.type() && !r.id().isEmpty()) {
            QString current = target;
            for (int depth = 0; depth < 1000 && !current.isEmpty(); ++depth) {
                if (current == r.id()) {
                    errors << FieldError{
                        f.name,
                        tr("%1 would make this %2 its own superior.").arg(f.displayLabel(), def.displayLabelInSentence())};
                    break;
                }
                auto up =
                    m_db.statements().get(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(f.name, def.table));
                up->bind(1, current);
                current = up->step() == SqlStatement::Step::Row ? up->text(0) : QString();
            }
        }
    }
    if (!errors.isEmpty())
        return Error{tr("The %1 could not be saved.").arg(def.displayLabelInSentence()), errors};
    return {};
}

RecordStore::IndexEntries RecordStore::indexEntriesFor(const Record& r)
{
    IndexEntries e;
    // A merged record is found as its survivor: no search document, no number, no address of its own.
    if (r.def().mergeable && !r.text(u"merged_into").isEmpty()) {
        e.indexed = false;
        return e;
    }
    if (r.def().searchable)
        e.document = SearchIndex::documentFor(r);
    if (r.type() == EntityType::KnowledgeArticle)
        e.article = r;
    if (SearchIndex::phoneIndexColumn(r.type()).isEmpty())
        return e;
    if (r.type() == EntityType::Contact) {
        const QJsonArray p = QJsonDocument::fromJson(r.text(u"phones").toUtf8()).array();
        for (const QJsonValue& v : p)
            e.phones << v.toObject().value(QLatin1String("e164")).toString();
        const QJsonArray m = QJsonDocument::fromJson(r.text(u"emails").toUtf8()).array();
        for (const QJsonValue& v : m)
            e.emails << v.toObject().value(QLatin1String("address")).toString().toLower();
        if (!m.isEmpty())
            e.nameKey = Normaliser::sortKeyOf(r);
    } else {
        e.phones << r.text(u"phone_e164");
        e.emails << r.text(u"email").toLower();
    }
    e.phones.removeAll(QString());
    e.emails.removeAll(QString());
    e.phones.removeDuplicates();
    e.emails.removeDuplicates();
    return e;
}

QString RecordStore::cachedTitle(EntityType type, const QString& id)
{
    if (m_lastTitle.type != type || m_lastTitle.id != id)
        m_lastTitle = {type, id, titleOf(type, id)};
    return m_lastTitle.title;
}

Status RecordStore::writeIndexEntries(EntityType type, qint64 rid, const IndexEntries& e, bool isNew)
{
    StatementCache& sc = m_db.statements();
    if (!isNew) {
        if (Status s = removeIndexEntries(type, rid); !s)
            return s;
    }
    if (!e.indexed)
        return {};
    if (Schema::entity(type).searchable) {
        SearchRow row = SearchIndex::rowFor(type, rid, e.document,
                                            [this](EntityType t, const QString& id) { return cachedTitle(t, id); });
        if (m_searchRows)
            m_searchRows->push_back(std::move(row));
        else if (!SearchIndex::write(sc, row))
            return databaseError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    }
    if (e.article && !KnowledgeBase::put(sc, rid, *e.article))
        return databaseError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    const QString column = SearchIndex::phoneIndexColumn(type);
    for (const QString& e164 : e.phones) {
        auto ins = sc.get(QStringLiteral("INSERT INTO phone_index(e164, reversed, %1) VALUES(?, ?, ?)").arg(column));
        ins->bind(1, e164);
        ins->bind(2, PhoneNumbers::reversedDigits(e164));
        ins->bind(3, rid);
        if (!ins->exec())
            return databaseError(ins->errorText());
    }
    for (const QString& email : e.emails) {
        auto ins = sc.get(QStringLiteral("INSERT INTO email_index(email, %1, name_key) VALUES(?, ?, ?)").arg(column));
        ins->bind(1, email);
        ins->bind(2, rid);
        ins->bind(3, e.nameKey.isEmpty() ? QVariant() : QVariant(e.nameKey));
        if (!ins->exec())
            return databaseError(ins->errorText());
    }
    return {};
}

Status RecordStore::reindex(EntityType type, qint64 rid, const Record& before, const Record& after)
{
    // Most edits touch no searched text, number or address, and taking a row out of the full-text index
    // and putting it back is most of what such an edit would cost. A tombstone has no entries to compare
    // with (they went with the delete), and an article's own index is rewritten every time.
    const IndexEntries fresh = indexEntriesFor(after);
    if (!before.value(u"deleted").toBool() && !fresh.article) {
        const IndexEntries old = indexEntriesFor(before);
        if (old.indexed == fresh.indexed && old.document == fresh.document && old.phones == fresh.phones &&
            old.emails == fresh.emails && old.nameKey == fresh.nameKey)
            return {};
    }
    return writeIndexEntries(type, rid, fresh, false);
}

Status RecordStore::removeIndexEntries(EntityType type, qint64 rid)
{
    StatementCache& sc = m_db.statements();
    if (Schema::entity(type).searchable && !SearchIndex::remove(sc, type, rid))
        return databaseError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    if (type == EntityType::KnowledgeArticle && !KnowledgeBase::remove(sc, rid))
        return databaseError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    const QString column = SearchIndex::phoneIndexColumn(type);
    if (column.isEmpty())
        return {};
    for (const char* table : {"phone_index", "email_index"}) {
        auto del = sc.get(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), column));
        del->bind(1, rid);
        if (!del->exec())
            return databaseError(del->errorText());
    }
    return {};
}

Status RecordStore::reindexDependents(const Record& r)
{
    for (const auto& [type, refField] : r.def().titleDependents) {
        const EntityDef& dep = Schema::entity(type);
        if (!dep.searchable)
            continue;
        QStringList ids;
        {
            auto st = m_db.statements().get(
                QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0").arg(dep.table, refField));
            st->bind(1, r.id());
            while (st->step() == SqlStatement::Step::Row)
                ids << st->text(0);
        }
        for (const QString& id : std::as_const(ids)) {
            auto loaded = load(type, id);
            if (!loaded)
                continue;
            const SearchDocument doc = SearchIndex::documentFor(loaded->second);
            if (!SearchIndex::put(m_db.statements(), type, loaded->first, doc,
                                  [this](EntityType t, const QString& i) { return titleOf(t, i); }))
                return databaseError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        }
    }
    return {};
}

QList<int> RecordStore::createdFields(const Record& r)
{
    QList<int> synced;
    const EntityDef& def = r.def();
    for (int i : r.presentFields())
        if (!def.fields[i].is(Derived) && !r.value(i).isNull())
            synced << i;
    if (const int deleted = def.indexOf(u"deleted"); !synced.contains(deleted))
        synced << deleted;
    return synced;
}

QByteArray RecordStore::journalFields(const Record& r, const QList<int>& fields)
{
    return RecordJson::compactFields(r, fields);
}

QByteArray RecordStore::createPayload(const Record& r, const QString& hlcCreated)
{
    return "{\"fields\":" + journalFields(r, createdFields(r)) + ",\"hlc\":\"" + hlcCreated.toLatin1() + "\"}";
}

Status RecordStore::settleCreate(const Record& before, const QString& hlcCreated)
{
    qint64 seq = 0;
    {
        auto st = m_db.statements().get(
            QStringLiteral("SELECT seq FROM outbox WHERE record_id = ? AND op = 'create' AND payload = ''"));
        st->bind(1, before.id());
        if (st->step() != SqlStatement::Step::Row)
            return {};
        seq = st->int64(0);
    }
    const QByteArray payload = createPayload(before, hlcCreated); // bound without a copy: outlives exec()
    auto up = m_db.statements().get(QStringLiteral("UPDATE outbox SET payload = ? WHERE seq = ?"));
    up->bindUtf8(1, payload);
    up->bind(2, seq);
    if (!up->exec())
        return databaseError(up->errorText());
    return {};
}

Status RecordStore::journal(Mutation::Op op, const Record& r, const QList<int>& fields, const QByteArray& changed,
                            const HlcTimestamp& hlc, const Record* before, const QJsonObject& base, const QString& seen,
                            bool auditValues)
{
    const EntityDef& def = r.def();
    const qint64 now = hlc.millis;
    static const QString ops[] = {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
                                  QStringLiteral("restore")};
    const QString& opName = ops[static_cast<int>(op)];

    auto out = m_db.statements().get(QStringLiteral(
        "INSERT INTO outbox(mutation_id, entity, record_id, op, payload, created_at) VALUES(?, ?, ?, ?, ?, ?)"));
    out->bind(1, m_ids->next(now));
    out->bind(2, def.name);
    out->bind(3, r.id());
    out->bind(4, opName);
    // A create's payload is left empty: the record as stored is what was created, until settleCreate writes
    // it out before anything changes the record (outboxPayload reads it back). Otherwise {"fields": …,
    // "hlc": …, "base": …, "seen": …}: the fields are spliced in as they were encoded, and so is the clock
    // (its text needs no escaping).
    QByteArray payload(""); // not null: SQLite is given text
    if (op != Mutation::Op::Create) {
        payload = "{\"fields\":" + changed + ",\"hlc\":\"" + hlc.toString().toLatin1() + '"';
        if (!base.isEmpty() || !seen.isEmpty()) {
            QJsonObject rest;
            if (!base.isEmpty())
                rest.insert(QStringLiteral("base"), base);
            if (!seen.isEmpty())
                rest.insert(QStringLiteral("seen"), seen);
            payload += ',' + QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1);
        } else {
            payload += '}';
        }
    }
    out->bindUtf8(5, payload);
    out->bind(6, now);
    if (!out->exec())
        return databaseError(out->errorText());

    auto audit = m_db.statements().get(QStringLiteral(
        "INSERT INTO audit_log(at, user_id, device, entity, record_id, action, field, old_value, new_value) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant user = m_userId.isEmpty() ? QVariant() : QVariant(m_userId);
    auto writeAudit = [&](const QString& field, const QVariant& oldValue, const QVariant& newValue) {
        audit->reset();
        audit->bind(1, now);
        audit->bind(2, user);
        audit->bind(3, m_deviceId);
        audit->bind(4, def.name);
        audit->bind(5, r.id());
        audit->bind(6, opName);
        audit->bind(7, field.isEmpty() ? QVariant() : QVariant(field));
        const QString o = auditText(oldValue), n = auditText(newValue);
        audit->bind(8, o.isNull() ? QVariant() : QVariant(o));
        if (op == Mutation::Op::Create && auditValues)
            audit->bindUtf8(9, changed);
        else
            audit->bind(9, n.isNull() ? QVariant() : QVariant(n));
        return audit->exec();
    };
    bool ok = true;
    if (op == Mutation::Op::Update && before) {
        for (int i : fields)
            ok = ok && writeAudit(def.fields[i].name, before->value(i), r.value(i));
    } else {
        // A new record's audit entry holds all its values (unless a bulk load's); a delete or restore says
        // only that it happened.
        ok = writeAudit({}, {}, {});
    }
    if (!ok)
        return databaseError(audit->errorText());
    return {};
}

Status RecordStore::persistClock()
{
    const HlcTimestamp last = m_clock->last();
    if (last == m_persistedClock)
        return {};
    if (Status s = m_db.setMeta(QStringLiteral("hlc_last"), last.toString()); !s)
        return s;
    m_persistedClock = last;
    return {};
}

QString RecordStore::currentUserTeam()
{
    if (m_userTeam.first != m_userId) {
        auto st = m_db.statements().get(QStringLiteral("SELECT team_id FROM users WHERE id = ?"));
        st->bind(1, m_userId);
        m_userTeam = {m_userId, st->step() == SqlStatement::Step::Row ? st->text(0) : QString()};
    }
    return m_userTeam.second;
}

void RecordStore::beginCreate(Record& r, bool applyRules)
{
    if (r.id().isEmpty())
        r.setId(newId());
    // A new record belongs to whoever creates it, shared with their team, unless told otherwise: the
    // server decides who sees what by owner and team.
    if (applyRules && !m_userId.isEmpty() && r.type() != EntityType::User && r.type() != EntityType::Team) {
        const int owner = r.def().indexOf(u"owner_id");
        if (owner >= 0 && !r.has(owner))
            r.set(owner, m_userId);
        const int team = r.def().indexOf(u"team_id");
        if (team >= 0 && !r.has(team)) {
            const QString teamId =
                r.type() == EntityType::Ticket ? Tickets::queueTeam(m_db, currentUserTeam()) : currentUserTeam();
            if (!teamId.isEmpty())
                r.set(team, teamId);
        }
    }
    if (applyRules && r.type() == EntityType::Opportunity) {
        const QString stage = r.text(u"stage");
        if (!r.has(u"probability") && !stage.isEmpty())
            r.set(u"probability", stageProbability(stage));
        if (!r.has(u"forecast_category") && !stage.isEmpty())
            r.set(u"forecast_category", stageForecastCategory(stage));
        if (Schema::isClosedStage(stage) && r.value(u"closed_at").isNull())
            r.set(u"closed_at", wallTime());
    }
    if (applyRules && r.type() == EntityType::Ticket) {
        Tickets::apply(m_db, nullptr, r, wallTime());
        Sla::apply(m_db, nullptr, r, wallTime());
    }
}

QList<FieldError> RecordStore::checkNew(Record& r) const
{
    // Callers never set derived or system fields; a new record is never a tombstone.
    const EntityDef& def = r.def();
    for (int i = 0; i < def.fields.size(); ++i)
        if (def.fields[i].is(Derived) || def.fields[i].is(System))
            r.unset(i);
    r.set(u"deleted", false);
    QList<FieldError> errors = Validator::validate(r);
    if (errors.isEmpty())
        errors = m_normaliser.normalise(r);
    return errors;
}

void RecordStore::prepareCreate(Prepared& p) const
{
    Record& r = p.record;
    const EntityDef& def = r.def();
    if (!IdGenerator::isValid(r.id())) {
        p.errors << FieldError{QStringLiteral("id"), tr("\"%1\" is not a valid record id.").arg(r.id())};
        return;
    }
    if (!p.checked)
        p.errors = checkNew(r);
    if (p.errors.isEmpty()) {
        if (def.listedByName)
            p.sortKey = Normaliser::sortKeyOf(r).toUtf8();
        p.index = indexEntriesFor(r);
        // Text goes to SQLite as UTF-8; encoding it here, on the worker, spares the writing thread.
        p.utf8.resize(static_cast<size_t>(def.fields.size()));
        for (int i = 0; i < def.fields.size(); ++i)
            if (r.at(i).typeId() == QMetaType::QString)
                p.utf8[static_cast<size_t>(i)] = r.at(i).toString().toUtf8();
    }
}

Status RecordStore::insertRecord(Record& r, const WriteOptions& options, QList<Change>& out)
{
    beginCreate(r, options.applyRules);
    Prepared p{std::move(r), {}, {}, {}, {}};
    prepareCreate(p);
    Status s = writeCreate(p, options, out);
    r = std::move(p.record);
    return s;
}

Status RecordStore::checkCreate(const Prepared& p, bool references)
{
    if (!p.errors.isEmpty())
        return Error{tr("The %1 could not be saved.").arg(p.record.def().displayLabelInSentence()), p.errors};
    return references ? checkReferences(p.record, p.record.presentFields()) : Status();
}

Status RecordStore::writeCreate(Prepared& p, const WriteOptions& options, QList<Change>& out)
{
    Record& r = p.record;
    const EntityDef& def = r.def();
    const QString label = def.displayLabelInSentence();
    if (Status s = checkCreate(p, options.checkReferences); !s)
        return s;

    const HlcTimestamp hlc = m_clock->now();
    const QString stamp = hlc.toString();
    auto& slot = m_insertStatements[static_cast<size_t>(def.type)];
    if (!slot)
        slot = std::make_unique<SqlStatement>(m_db.handle(), insertSql(def));
    SqlStatement& st = *slot;
    if (!st.isValid())
        return databaseError(st.errorText());
    st.reset();
    int n = 1;
    st.bind(n++, r.id());
    if (def.listedByName)
        st.bindUtf8(n++, p.sortKey);
    for (int i = 0; i < def.fields.size(); ++i) {
        const size_t k = static_cast<size_t>(i);
        if (k < p.utf8.size() && !p.utf8[k].isNull())
            st.bindUtf8(n++, p.utf8[k]);
        else
            st.bind(n++, r.at(i));
    }
    st.bind(n++, hlc.millis);
    st.bind(n++, hlc.millis);
    const QVariant user = m_userId.isEmpty() ? QVariant() : QVariant(m_userId);
    st.bind(n++, user);
    st.bind(n++, user);
    st.bind(n++, stamp);
    if (!st.exec()) {
        if (sqlite3_extended_errcode(m_db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return Error{tr("The %1 could not be saved: a record with the id %2 already exists.").arg(label, r.id()),
                         {}};
        return databaseError(st.errorText());
    }
    const qint64 rid = sqlite3_last_insert_rowid(m_db.handle());

    if (Status s = writeIndexEntries(r.type(), rid, p.index, true); !s)
        return s;
    if (options.journal) {
        // The outbox entry stands for the row just written; only the audit entry may want the values.
        const QByteArray values = options.auditValues ? journalFields(r, createdFields(r)) : QByteArray();
        if (Status s = journal(Mutation::Op::Create, r, {}, values, hlc, nullptr, {}, {}, options.auditValues); !s)
            return s;
    }
    out << Change{Mutation::Op::Create, r.type(), r.id(), {}};

    if (options.applyRules && r.type() == EntityType::Opportunity) {
        Record history(EntityType::StageChange);
        history.set(u"opportunity_id", r.id())
            .set(u"to_stage", r.value(u"stage"))
            .set(u"changed_at", hlc.millis)
            .set(u"changed_by", user)
            .set(u"amount", r.value(u"amount"))
            .set(u"currency", r.value(u"currency"))
            .set(u"probability", r.value(u"probability"))
            .set(u"expected_close", r.value(u"expected_close"));
        return insertRecord(history, options, out);
    }
    return {};
}

Status RecordStore::updateRecord(const Record& requested, const WriteOptions& options, QList<Change>& out)
{
    const EntityDef& def = requested.def();
    const QString label = def.displayLabelInSentence();
    QString hlcFieldsText, hlcCreated;
    auto loaded = load(requested.type(), requested.id(), &hlcFieldsText, &hlcCreated);
    if (!loaded)
        return Error{tr("The %1 could not be saved: it does not exist (it may have been removed by sync).").arg(label),
                     {}};
    const qint64 rid = loaded->first;
    const Record before = loaded->second;
    if (before.value(u"deleted").toBool())
        return Error{tr("The %1 could not be saved: it was deleted in the meantime.").arg(label), {}};

    Record changes = requested;
    for (int i = 0; i < def.fields.size(); ++i)
        if (def.fields[i].is(Derived) || (def.fields[i].is(System) && !options.system))
            changes.unset(i);

    if (options.applyRules && def.type == EntityType::Opportunity && changes.has(u"stage")) {
        const QString stage = changes.text(u"stage");
        if (stage != before.text(u"stage") && !stage.isEmpty()) {
            if (!changes.has(u"probability"))
                changes.set(u"probability", stageProbability(stage));
            if (!changes.has(u"forecast_category"))
                changes.set(u"forecast_category", stageForecastCategory(stage));
            if (Schema::isClosedStage(stage) && !changes.has(u"closed_at"))
                changes.set(u"closed_at", wallTime());
            else if (!Schema::isClosedStage(stage))
                changes.set(u"closed_at", QVariant());
        }
    }
    if (options.applyRules && def.type == EntityType::Ticket) {
        if (QList<FieldError> refused = Tickets::apply(m_db, &before, changes, wallTime(), options.judgeMoves);
            !refused.isEmpty())
            return Error{tr("The %1 could not be saved.").arg(label), refused};
        Sla::apply(m_db, &before, changes, wallTime());
    }

    Record after = before;
    after.merge(changes);
    QList<FieldError> errors = Validator::validate(after, &before);
    if (errors.isEmpty())
        errors = m_normaliser.normalise(after, &before);
    if (!errors.isEmpty())
        return Error{tr("The %1 could not be saved.").arg(label), errors};

    QList<int> userFields, columns;
    for (int i = 0; i < def.fields.size(); ++i) {
        if (Record::sameValue(before.value(i), after.value(i)))
            continue;
        columns << i;
        if (!def.fields[i].is(Derived))
            userFields << i;
    }
    if (userFields.isEmpty())
        return {};
    if (options.checkReferences) {
        if (Status s = checkReferences(after, userFields); !s)
            return s;
    }

    const HlcTimestamp hlc = m_clock->now();
    const QString stamp = hlc.toString();
    QJsonObject clocks = QJsonDocument::fromJson(hlcFieldsText.toUtf8()).object();
    // What this edit started from, per field: the server tells a sequential edit from a concurrent one by it.
    QJsonObject base;
    for (int i : userFields) {
        const QString& name = def.fields[i].name;
        QJsonObject from{{QStringLiteral("hlc"), clocks.value(name).toString(hlcCreated)}};
        if (options.baseValues)
            from.insert(QStringLiteral("value"), toJson(def.fields[i], before.value(i)));
        base.insert(name, from);
        clocks.insert(name, stamp);
    }

    if (Status s = settleCreate(before, hlcCreated); !s)
        return s;
    QStringList sets;
    for (int i : columns)
        sets << def.fields[i].name + QStringLiteral(" = ?");
    if (def.listedByName)
        sets << QStringLiteral("sort_key = ?");
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("hlc_fields = ?");
    auto st = m_db.statements().get(
        QStringLiteral("UPDATE %1 SET %2 WHERE rid = ?").arg(def.table, sets.join(QStringLiteral(", "))));
    if (!st->isValid())
        return databaseError(st->errorText());
    int p = 1;
    for (int i : columns)
        st->bind(p++, after.value(i));
    if (def.listedByName)
        st->bind(p++, Normaliser::sortKeyOf(after));
    st->bind(p++, hlc.millis);
    st->bind(p++, m_userId.isEmpty() ? QVariant() : QVariant(m_userId));
    st->bind(p++, compactJson(clocks));
    st->bind(p++, rid);
    if (!st->exec())
        return databaseError(st->errorText());

    if (Status s = reindex(def.type, rid, before, after); !s)
        return s;
    if (Normaliser::titleOf(after) != Normaliser::titleOf(before)) {
        if (Status s = reindexDependents(after); !s)
            return s;
    }
    if (options.journal) {
        if (Status s = journal(Mutation::Op::Update, after, userFields, journalFields(after, userFields), hlc,
                               &before, base);
            !s)
            return s;
    }
    QStringList names;
    for (int i : userFields)
        names << def.fields[i].name;
    out << Change{Mutation::Op::Update, def.type, after.id(), names};

    // The history keeps every move of the stage, and of the amount, probability and close date: sales-cycle
    // analysis reads the stages, the slipped-deals report the close dates.
    const auto moved = [&](QStringView field) { return !Record::sameValue(before.value(field), after.value(field)); };
    if (options.applyRules && def.type == EntityType::Opportunity &&
        (moved(u"stage") || moved(u"expected_close") || moved(u"amount") || moved(u"probability"))) {
        Record history(EntityType::StageChange);
        history.set(u"opportunity_id", after.id())
            .set(u"from_stage", before.value(u"stage"))
            .set(u"to_stage", after.value(u"stage"))
            .set(u"changed_at", hlc.millis)
            .set(u"changed_by", m_userId.isEmpty() ? QVariant() : QVariant(m_userId))
            .set(u"amount", after.value(u"amount"))
            .set(u"currency", after.value(u"currency"))
            .set(u"probability", after.value(u"probability"))
            .set(u"expected_close", after.value(u"expected_close"));
        return insertRecord(history, options, out);
    }
    return {};
}

Status RecordStore::deleteRecord(EntityType type, const QString& id, const WriteOptions& options, QList<Change>& out)
{
    const EntityDef& def = Schema::entity(type);
    QString hlcFieldsText, hlcCreated;
    auto loaded = load(type, id, &hlcFieldsText, &hlcCreated);
    if (!loaded)
        return Error{tr("The %1 could not be deleted: it does not exist.").arg(def.displayLabelInSentence()), {}};
    if (loaded->second.value(u"deleted").toBool())
        return {};
    const qint64 rid = loaded->first;
    Record after = loaded->second;
    after.set(u"deleted", true);

    const HlcTimestamp hlc = m_clock->now();
    const QString stamp = hlc.toString();
    QJsonObject clocks = QJsonDocument::fromJson(hlcFieldsText.toUtf8()).object();
    // The newest stamp this device had seen on the record: edits after it, made elsewhere, lose to the
    // delete but are kept as conflicts by the server.
    QString seen = hlcCreated;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
        seen = std::max(seen, it.value().toString());
    clocks.insert(QStringLiteral("deleted"), stamp);
    if (Status s = settleCreate(loaded->second, hlcCreated); !s)
        return s;
    auto st = m_db.statements().get(
        QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, updated_by = ?, hlc_fields = ? WHERE rid = ?")
            .arg(def.table));
    st->bind(1, hlc.millis);
    st->bind(2, m_userId.isEmpty() ? QVariant() : QVariant(m_userId));
    st->bind(3, compactJson(clocks));
    st->bind(4, rid);
    if (!st->exec())
        return databaseError(st->errorText());
    if (Status s = removeIndexEntries(type, rid); !s)
        return s;
    if (options.journal) {
        if (Status s = journal(Mutation::Op::Delete, after, {def.indexOf(u"deleted")},
                                 journalFields(after, {def.indexOf(u"deleted")}), hlc, &loaded->second, {}, seen);
            !s)
            return s;
    }
    out << Change{Mutation::Op::Delete, type, id, {QStringLiteral("deleted")}};
    return {};
}

Status RecordStore::restoreRecord(EntityType type, const QString& id, const WriteOptions& options, QList<Change>& out)
{
    const EntityDef& def = Schema::entity(type);
    QString hlcFieldsText, hlcCreated;
    auto loaded = load(type, id, &hlcFieldsText, &hlcCreated);
    if (!loaded)
        return Error{tr("The %1 cannot be restored: it does not exist.").arg(def.displayLabelInSentence()), {}};
    if (!loaded->second.value(u"deleted").toBool())
        return {};
    {
        // An erased person stays erased: there is nothing left to bring back.
        auto st = m_db.statements().get(
            QStringLiteral("SELECT 1 FROM audit_log WHERE record_id = ? AND action = 'erase' LIMIT 1"));
        st->bind(1, id);
        if (st->step() == SqlStatement::Step::Row)
            return Error{tr("%1 was erased on request and cannot be restored.").arg(titleOf(type, id)), {}};
    }
    const qint64 rid = loaded->first;
    Record after = loaded->second;
    after.set(u"deleted", false);
    const HlcTimestamp hlc = m_clock->now();
    QJsonObject clocks = QJsonDocument::fromJson(hlcFieldsText.toUtf8()).object();
    clocks.insert(QStringLiteral("deleted"), hlc.toString());
    if (Status s = settleCreate(loaded->second, hlcCreated); !s)
        return s;
    auto st = m_db.statements().get(
        QStringLiteral("UPDATE %1 SET deleted = 0, updated_at = ?, updated_by = ?, hlc_fields = ? WHERE rid = ?")
            .arg(def.table));
    st->bind(1, hlc.millis);
    st->bind(2, m_userId.isEmpty() ? QVariant() : QVariant(m_userId));
    st->bind(3, compactJson(clocks));
    st->bind(4, rid);
    if (!st->exec())
        return databaseError(st->errorText());
    if (Status s = writeIndexEntries(type, rid, indexEntriesFor(after), true); !s)
        return s;
    if (options.journal) {
        if (Status s = journal(Mutation::Op::Restore, after, {def.indexOf(u"deleted")},
                                 journalFields(after, {def.indexOf(u"deleted")}), hlc, &loaded->second); !s)
            return s;
    }
    out << Change{Mutation::Op::Create, type, id, {QStringLiteral("deleted")}};
    return {};
}

RecordStore::RemotePage RecordStore::prepareRemote(sync::PullPage page) const
{
    RemotePage prepared;
    prepared.records.resize(static_cast<size_t>(page.changes.size()));
    for (qsizetype k = 0; k < page.changes.size(); ++k) {
        const sync::PulledChange& c = page.changes[k];
        const EntityDef* def = Schema::byName(c.entity);
        if (c.kind != sync::PulledChange::Kind::Record || !def || c.state.deleted)
            continue;
        Prepared& p = prepared.records[static_cast<size_t>(k)];
        p.record = Record(def->type, c.id);
        for (auto it = c.state.values.begin(); it != c.state.values.end(); ++it) {
            const int i = def->indexOf(it.key());
            if (i >= 0 && !def->fields[i].is(Derived))
                p.record.set(i, RecordJson::fromJson(def->fields[i], it.value()));
        }
        p.record.set(u"deleted", false);
        (void)m_normaliser.normalise(p.record); // the server's data is stored even where this device would derive less
        if (def->listedByName)
            p.sortKey = Normaliser::sortKeyOf(p.record).toUtf8();
        p.index = indexEntriesFor(p.record);
        p.utf8.resize(static_cast<size_t>(def->fields.size()));
        for (int i = 0; i < def->fields.size(); ++i)
            if (p.record.at(i).typeId() == QMetaType::QString)
                p.utf8[static_cast<size_t>(i)] = p.record.at(i).toString().toUtf8();
    }
    prepared.page = std::move(page);
    return prepared;
}

Result<QList<Change>> RecordStore::applyRemote(const RemotePage& remote, const std::function<Status()>& inTransaction)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    m_userTeam = {};
    QList<Change> changes;
    const QList<sync::PulledChange>& list = remote.page.changes;
    for (qsizetype k = 0; k < list.size(); ++k) {
        const sync::PulledChange& c = list[k];
        Status s;
        switch (c.kind) {
        case sync::PulledChange::Kind::Record:
            s = applyRemoteRecord(c, remote.records.at(static_cast<size_t>(k)), changes);
            break;
        case sync::PulledChange::Kind::Evict:
            s = evict(c, changes);
            break;
        case sync::PulledChange::Kind::Conflict:
            s = storeConflict(c.conflict);
            break;
        }
        if (!s)
            return s.error();
    }
    if (inTransaction) {
        if (Status s = inTransaction(); !s)
            return s.error();
    }
    return commitAndNotify(tx, changes);
}

Status RecordStore::applyRemoteRecord(const sync::PulledChange& c, const Prepared& fresh, QList<Change>& out)
{
    const EntityDef* def = Schema::byName(c.entity);
    if (!def)
        return {};
    const sync::RecordState& state = c.state;
    auto observe = [this](const QString& text) {
        bool ok = false;
        const HlcTimestamp t = HlcTimestamp::fromString(text, &ok);
        if (ok)
            m_clock->observe(t);
    };
    observe(state.created);
    for (auto it = state.clocks.begin(); it != state.clocks.end(); ++it)
        observe(it.value().toString());

    QString hlcFieldsText, hlcCreated;
    auto loaded = load(def->type, c.id, &hlcFieldsText, &hlcCreated);

    if (!loaded) {
        if (state.deleted)
            return {}; // never seen here, already gone there
        // New here: the row prepared ahead (prepareRemote), as the server has it.
        const Record& r = fresh.record;
        const qint64 created = HlcTimestamp::fromString(state.created).millis;
        auto& slot = m_insertStatements[static_cast<size_t>(def->type)];
        if (!slot)
            slot = std::make_unique<SqlStatement>(m_db.handle(), insertSql(*def));
        SqlStatement& st = *slot;
        if (!st.isValid())
            return databaseError(st.errorText());
        st.reset();
        int n = 1;
        st.bind(n++, r.id());
        if (def->listedByName)
            st.bindUtf8(n++, fresh.sortKey);
        for (int i = 0; i < def->fields.size(); ++i) {
            const size_t k = static_cast<size_t>(i);
            if (k < fresh.utf8.size() && !fresh.utf8[k].isNull())
                st.bindUtf8(n++, fresh.utf8[k]);
            else
                st.bind(n++, r.at(i));
        }
        st.bind(n++, created);
        st.bind(n++, created);
        const QVariant creator = state.createdBy.isEmpty() ? QVariant() : QVariant(state.createdBy);
        st.bind(n++, creator);
        st.bind(n++, creator);
        st.bind(n++, state.created);
        if (!st.exec())
            return databaseError(st.errorText());
        const qint64 rid = sqlite3_last_insert_rowid(m_db.handle());
        if (!state.clocks.isEmpty()) {
            auto up = m_db.statements().get(QStringLiteral("UPDATE %1 SET hlc_fields = ? WHERE rid = ?").arg(def->table));
            up->bind(1, compactJson(state.clocks));
            up->bind(2, rid);
            if (!up->exec())
                return databaseError(up->errorText());
        }
        if (Status s = writeIndexEntries(def->type, rid, fresh.index, true); !s)
            return s;
        out << Change{Mutation::Op::Create, def->type, c.id, {}};
        return {};
    }

    const qint64 rid = loaded->first;
    const Record before = loaded->second;
    if (before.value(u"deleted").toBool() && state.deleted)
        return {}; // a tombstone here stays one (the server agrees: deletes win); only a restore brings it back
    QJsonObject clocks = QJsonDocument::fromJson(hlcFieldsText.toUtf8()).object();
    // The server's state already holds every edit it acknowledged; only fields with edits still waiting
    // in the outbox keep their local value (they are pushed next, and the server merges them).
    QSet<QString> pending;
    {
        auto st = m_db.statements().get(
            QStringLiteral("SELECT payload FROM outbox WHERE record_id = ? AND rejected = 0"));
        st->bind(1, c.id);
        while (st->step() == SqlStatement::Step::Row) {
            const QByteArray payload = outboxPayload(m_db, c.entity, c.id, st->text(0).toUtf8());
            const QJsonObject fields =
                QJsonDocument::fromJson(payload).object().value(QLatin1StringView("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                pending.insert(it.key());
        }
    }
    Record after = before;
    QStringList taken;
    bool clocksChanged = false;
    for (int i = 0; i < def->fields.size(); ++i) {
        const FieldDef& f = def->fields[i];
        if (f.is(Derived) || !state.values.contains(f.name))
            continue;
        const QString remote = state.stampOf(f.name);
        const QString local = clocks.value(f.name).toString(hlcCreated);
        if (remote == local || (pending.contains(f.name) && remote < local))
            continue;
        clocks.insert(f.name, remote);
        clocksChanged = true;
        const QVariant value = RecordJson::fromJson(f, state.values.value(f.name));
        if (!Record::sameValue(value, before.value(i))) {
            after.set(i, value);
            taken << f.name;
        }
    }
    if (!clocksChanged)
        return {};
    (void)m_normaliser.normalise(after);
    QList<int> columns;
    for (int i = 0; i < def->fields.size(); ++i)
        if (!Record::sameValue(before.value(i), after.value(i)))
            columns << i;
    if (Status s = settleCreate(before, hlcCreated); !s)
        return s;
    QStringList sets;
    for (int i : columns)
        sets << def->fields[i].name + QStringLiteral(" = ?");
    if (def->listedByName)
        sets << QStringLiteral("sort_key = ?");
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("hlc_fields = ?");
    auto st = m_db.statements().get(
        QStringLiteral("UPDATE %1 SET %2 WHERE rid = ?").arg(def->table, sets.join(QStringLiteral(", "))));
    int p = 1;
    for (int i : columns)
        st->bind(p++, after.value(i));
    if (def->listedByName)
        st->bind(p++, Normaliser::sortKeyOf(after));
    QString newest = state.created;
    for (auto it = state.clocks.begin(); it != state.clocks.end(); ++it)
        newest = std::max(newest, it.value().toString());
    st->bind(p++, HlcTimestamp::fromString(newest).millis);
    const QString by = state.authors.isEmpty() ? state.createdBy : state.authorOf(taken.value(0));
    st->bind(p++, by.isEmpty() ? QVariant() : QVariant(by));
    st->bind(p++, compactJson(clocks));
    st->bind(p++, rid);
    if (!st->exec())
        return databaseError(st->errorText());
    if (taken.isEmpty())
        return {};
    if (after.value(u"deleted").toBool()) {
        if (Status s = removeIndexEntries(def->type, rid); !s)
            return s;
        out << Change{Mutation::Op::Delete, def->type, c.id, taken};
        return {};
    }
    if (Status s = reindex(def->type, rid, before, after); !s)
        return s;
    if (Normaliser::titleOf(after) != Normaliser::titleOf(before)) {
        if (Status s = reindexDependents(after); !s)
            return s;
    }
    out << Change{Mutation::Op::Update, def->type, c.id, taken};
    return {};
}

Status RecordStore::evict(const sync::PulledChange& c, QList<Change>& out)
{
    const EntityDef* def = Schema::byName(c.entity);
    if (!def)
        return {};
    QString hlcCreated;
    auto loaded = load(def->type, c.id, nullptr, &hlcCreated);
    if (!loaded)
        return {};
    // Unpushed edits are never dropped: they move aside for review, with what they made.
    if (Status s = settleCreate(loaded->second, hlcCreated); !s)
        return s;
    auto keep = m_db.statements().get(QStringLiteral(
        "INSERT INTO kept_edits(mutation_id, entity, record_id, op, payload, reason, kept_at) "
        "SELECT mutation_id, entity, record_id, op, payload, 'out_of_scope', ? FROM outbox "
        "WHERE record_id = ? AND rejected = 0 ORDER BY seq"));
    keep->bind(1, QDateTime::currentMSecsSinceEpoch());
    keep->bind(2, c.id);
    if (!keep->exec())
        return databaseError(keep->errorText());
    auto drop = m_db.statements().get(QStringLiteral("DELETE FROM outbox WHERE record_id = ? AND rejected = 0"));
    drop->bind(1, c.id);
    if (!drop->exec())
        return databaseError(drop->errorText());
    if (Status s = removeIndexEntries(def->type, loaded->first); !s)
        return s;
    auto del = m_db.statements().get(QStringLiteral("DELETE FROM %1 WHERE rid = ?").arg(def->table));
    del->bind(1, loaded->first);
    if (!del->exec())
        return databaseError(del->errorText());
    out << Change{Mutation::Op::Delete, def->type, c.id, {}};
    return {};
}

namespace {

/// What identifies or describes the person: everything but the links to the account, owner and team and
/// the system's own fields.
bool isPersonal(const FieldDef& f)
{
    if (f.is(System) || f.is(Derived))
        return false;
    return !(f.type == FieldType::Ref
             && (f.ref == EntityType::Account || f.ref == EntityType::User || f.ref == EntityType::Team));
}

} // namespace

Status RecordStore::erase(EntityType type, const QString& id)
{
    if (type != EntityType::Contact && type != EntityType::Lead)
        return Error{tr("Only contacts and leads are people who can be erased."), {}};
    const EntityDef& def = Schema::entity(type);
    // What the erase overwrites or deletes is zeroed in the file, not left readable in freed space.
    if (Status s = m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s;
    const auto normalDeletes = qScopeGuard([this] { (void)m_db.exec(QStringLiteral("PRAGMA secure_delete = OFF")); });
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto loaded = load(type, id);
    if (!loaded || loaded->second.value(u"deleted").toBool())
        return Error{tr("There is no %1 with the id %2.").arg(def.displayLabelInSentence(), id), {}};
    auto run = [&](const QString& sql) -> Status {
        auto st = m_db.statements().get(sql);
        st->bind(1, id);
        if (!st->exec())
            return databaseError(st->errorText());
        return {};
    };
    // Unpushed changes carry the personal data to the server: they go. When even the creation is among
    // them, the server never had the person, and the erase stays on this laptop.
    bool known = true;
    {
        auto st = m_db.statements().get(
            QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND op = 'create' AND rejected = 0"));
        st->bind(1, id);
        known = st->step() == SqlStatement::Step::Row && st->int64(0) == 0;
    }
    if (Status s = run(QStringLiteral("DELETE FROM outbox WHERE record_id = ?")); !s)
        return s;

    Record blank(type, id);
    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (!isPersonal(f))
            continue;
        blank.set(i, f.is(Required) ? QVariant(tr("Erased")) : QVariant());
    }
    WriteOptions options;
    options.journal = known;
    options.checkReferences = false;
    options.applyRules = false;
    options.baseValues = false;
    QList<Change> changes;
    if (Status s = updateRecord(blank, options, changes); !s)
        return s;
    if (Status s = deleteRecord(type, id, options, changes); !s)
        return s;
    // Whoever reported to the person now reports to no one: an org chart does not keep a blank box, and
    // their pages do not link to "Erased". Ordinary edits of their records, synced and audited as such.
    if (type == EntityType::Contact) {
        QStringList reports;
        auto st = m_db.statements().get(QStringLiteral("SELECT id FROM contacts WHERE reports_to_id = ? AND deleted = 0"));
        st->bind(1, id);
        while (st->step() == SqlStatement::Step::Row)
            reports << st->text(0);
        for (const QString& report : std::as_const(reports))
            if (Status s = updateRecord(Record(EntityType::Contact, report).set(u"reports_to_id", QVariant()),
                                        WriteOptions{}, changes);
                !s)
                return s;
    }
    // Its history goes with it; one entry records that it was erased, by whom and when.
    for (const QString& sql : {QStringLiteral("UPDATE audit_log SET old_value = NULL, new_value = NULL WHERE record_id = ?"),
                               QStringLiteral("DELETE FROM conflicts WHERE record_id = ?"),
                               QStringLiteral("DELETE FROM kept_edits WHERE record_id = ?")}) {
        if (Status s = run(sql); !s)
            return s;
    }
    if (Status s = writeAuditEntry(def.name, id, QStringLiteral("erase")); !s)
        return s;
    return Status::from(commitAndNotify(tx, changes));
}

Status RecordStore::auditExport(EntityType type, const QString& id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = writeAuditEntry(Schema::entity(type).name, id, QStringLiteral("export")); !s)
        return s;
    return tx.commit();
}

Status RecordStore::writeAuditEntry(const QString& entity, const QString& id, const QString& action,
                                    const QString& newValue)
{
    auto audit = m_db.statements().get(QStringLiteral("INSERT INTO audit_log(at, user_id, device, entity, record_id, "
                                                      "action, new_value) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    audit->bind(1, wallTime());
    audit->bind(2, m_userId.isEmpty() ? QVariant() : QVariant(m_userId));
    audit->bind(3, m_deviceId);
    audit->bind(4, entity);
    audit->bind(5, id);
    audit->bind(6, action);
    audit->bind(7, newValue.isNull() ? QVariant() : QVariant(newValue));
    if (!audit->exec())
        return databaseError(audit->errorText());
    return {};
}

Status RecordStore::adoptLocalRecords(const QString& userId, const QString& teamId)
{
    const QString local = m_db.meta(QStringLiteral("local_user_id"));
    if (local.isEmpty() || local == userId)
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // The rows: what the placeholder owned without a team is shared with the user's team, as records
    // made after sign-in are; then owner and authorship move to the signed-in user.
    for (const EntityDef* def : Schema::all()) {
        if (teamId.isEmpty() || !def->field(u"owner_id") || !def->field(u"team_id"))
            continue;
        auto st = m_db.statements().get(
            QStringLiteral("UPDATE %1 SET team_id = ? WHERE team_id IS NULL AND owner_id = ?").arg(def->table));
        st->bind(1, teamId);
        st->bind(2, local);
        if (!st->exec())
            return databaseError(st->errorText());
    }
    for (const EntityDef* def : Schema::all()) {
        QStringList columns{QStringLiteral("created_by"), QStringLiteral("updated_by")};
        if (def->field(u"owner_id"))
            columns << QStringLiteral("owner_id");
        for (const QString& column : std::as_const(columns)) {
            auto st = m_db.statements().get(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(def->table, column));
            st->bind(1, userId);
            st->bind(2, local);
            if (!st->exec())
                return databaseError(st->errorText());
        }
    }
    // The unpushed changes say the same, so the server sees them as the user's own (a create waiting as
    // its record, with an empty payload, says what the row now says).
    QList<std::pair<qint64, QString>> rewritten;
    {
        auto st = m_db.statements().get(QStringLiteral("SELECT seq, payload, entity FROM outbox WHERE rejected = 0"));
        while (st->step() == SqlStatement::Step::Row) {
            QJsonObject payload = QJsonDocument::fromJson(st->text(1).toUtf8()).object();
            QJsonObject fields = payload.value(QLatin1StringView("fields")).toObject();
            if (fields.value(QLatin1StringView("owner_id")).toString() != local)
                continue;
            fields.insert(QStringLiteral("owner_id"), userId);
            const EntityDef* def = Schema::byName(st->text(2));
            if (!teamId.isEmpty() && def && def->field(u"team_id")
                && fields.value(QLatin1StringView("team_id")).toString().isEmpty())
                fields.insert(QStringLiteral("team_id"), teamId);
            payload.insert(QStringLiteral("fields"), fields);
            rewritten.append({st->int64(0), compactJson(payload)});
        }
    }
    for (const auto& [seq, payload] : std::as_const(rewritten)) {
        auto up = m_db.statements().get(QStringLiteral("UPDATE outbox SET payload = ? WHERE seq = ?"));
        up->bind(1, payload);
        up->bind(2, seq);
        if (!up->exec())
            return databaseError(up->errorText());
    }
    // Who-changed-what stays answerable: one audit entry records the hand-over.
    auto audit = m_db.statements().get(QStringLiteral(
        "INSERT INTO audit_log(at, user_id, device, entity, record_id, action, old_value, new_value) "
        "VALUES(?, ?, ?, '*', '*', 'bulk', ?, ?)"));
    audit->bind(1, wallTime());
    audit->bind(2, userId);
    audit->bind(3, m_deviceId);
    audit->bind(4, local);
    audit->bind(5, userId);
    if (!audit->exec())
        return databaseError(audit->errorText());
    // The placeholder never syncs; it goes, and the book now belongs to a server account.
    auto drop = m_db.statements().get(QStringLiteral("DELETE FROM users WHERE id = ?"));
    drop->bind(1, local);
    if (!drop->exec())
        return databaseError(drop->errorText());
    if (Status s = m_db.setMeta(QStringLiteral("local_user_id"), QString()); !s)
        return s;
    return tx.commit();
}

Status RecordStore::resolveConflict(const QString& conflictId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto st = m_db.statements().get(QStringLiteral("UPDATE conflicts SET resolved = 1 WHERE id = ? AND resolved = 0"));
    st->bind(1, conflictId);
    if (!st->exec())
        return databaseError(st->errorText());
    if (sqlite3_changes(m_db.handle()) == 0)
        return Error{tr("There is no open conflict with the id %1.").arg(conflictId), {}};
    const HlcTimestamp hlc = m_clock->now();
    auto out = m_db.statements().get(QStringLiteral(
        "INSERT INTO outbox(mutation_id, entity, record_id, op, payload, created_at) VALUES(?, 'conflict', ?, 'update', ?, ?)"));
    out->bind(1, m_ids->next(hlc.millis));
    out->bind(2, conflictId);
    out->bind(3, compactJson(QJsonObject{{QStringLiteral("hlc"), hlc.toString()},
                                         {QStringLiteral("fields"), QJsonObject{{QStringLiteral("resolved"), true}}}}));
    out->bind(4, hlc.millis);
    if (!out->exec())
        return databaseError(out->errorText());
    if (Status s = persistClock(); !s)
        return s;
    return tx.commit();
}

Status RecordStore::storeConflict(const sync::Conflict& conflict)
{
    auto st = m_db.statements().get(QStringLiteral(
        "INSERT INTO conflicts(id, entity, record_id, field, body, detected_at, resolved) VALUES(?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET body = excluded.body, resolved = max(resolved, excluded.resolved)"));
    st->bind(1, conflict.id);
    st->bind(2, conflict.entity);
    st->bind(3, conflict.recordId);
    st->bind(4, conflict.field);
    st->bind(5, compactJson(conflict.toJson()));
    st->bind(6, conflict.detectedAt);
    st->bind(7, qint64(conflict.resolved ? 1 : 0));
    if (!st->exec())
        return databaseError(st->errorText());
    return {};
}

std::unique_ptr<RecordStore::BulkWriter> RecordStore::beginBulk(const BulkOptions& options)
{
    return std::unique_ptr<BulkWriter>(new BulkWriter(*this, options));
}

namespace {
// The largest page cache of a bulk load: 1 GiB.
constexpr qint64 BulkCacheKiB = 1024 * 1024;
// Records per chunk handed to the worker threads: large enough to amortise the hand-over,
// small enough that the writer never waits long for the first one.
constexpr size_t ChunkSize = 2048;
} // namespace

RecordStore::BulkWriter::BulkWriter(RecordStore& store, const BulkOptions& options)
    : m_store(store)
    , m_options(options)
{
    m_filling.reserve(ChunkSize);
    // A large load inserts into every index of its tables at random places: with the usual page cache, most
    // of those pages are read again (from the OS) for every batch. For such a load, a cache in proportion
    // (about 1 KiB a record: the indexes of a million-row table), back to the usual one (its memory freed)
    // afterwards. A small load keeps the usual cache, whose pages it reuses.
    const qint64 wantedKiB = std::min(BulkCacheKiB, options.expectedRecords);
    SqlStatement st(m_store.m_db.handle(), QStringLiteral("PRAGMA cache_size"));
    SqlStatement page(m_store.m_db.handle(), QStringLiteral("PRAGMA page_size"));
    if (st.step() == SqlStatement::Step::Row && page.step() == SqlStatement::Step::Row) {
        const qint64 current = st.int64(0); // negative: KiB; positive: pages
        const qint64 currentKiB = current < 0 ? -current : current * page.int64(0) / 1024;
        if (wantedKiB > currentKiB && m_store.m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(wantedKiB)))
            m_cacheSize = current;
    }
    // A load at least as large as the tables it fills would insert into each of their indexes at random
    // places in ever larger trees; built afterwards, each index is one sorted pass. Into a larger book,
    // those passes would read more than the load writes: there the indexes stay.
    if (options.deferIndexesOf.isEmpty() || options.expectedRecords < BulkOptions::DeferIndexesFrom)
        return;
    qint64 largest = 0;
    for (const QString& table : options.deferIndexesOf) {
        SqlStatement rows(m_store.m_db.handle(), QStringLiteral("SELECT max(rowid) FROM \"%1\"").arg(table));
        largest = std::max(largest, rows.step() == SqlStatement::Step::Row ? rows.int64(0) : 0);
    }
    if (largest <= options.expectedRecords)
        m_indexesDeferred =
            bool(m_store.m_db.deferIndexes(options.deferIndexesOf, options.liveIndexes, Database::FullText::Merged));
}

RecordStore::BulkWriter::~BulkWriter()
{
    m_future.waitForFinished();
    m_tx.reset();
    if (m_indexesDeferred) // a load that failed or was abandoned: its rows are gone, the indexes come back
        (void)m_store.m_db.restoreIndexes();
    if (m_cacheSize)
        (void)m_store.m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
}

Status RecordStore::BulkWriter::fail(Error error)
{
    m_future.waitForFinished();
    m_searchRows.clear();
    m_tx.reset();
    m_error = error;
    return error;
}

Status RecordStore::BulkWriter::add(Record record)
{
    return queue(std::move(record), false);
}

Status RecordStore::BulkWriter::addChecked(Record record)
{
    return queue(std::move(record), true);
}

Status RecordStore::BulkWriter::queue(Record record, bool checked)
{
    if (m_error)
        return *m_error;
    m_store.beginCreate(record, m_options.applyRules);
    m_filling.push_back(Prepared{std::move(record), {}, {}, {}, {}, checked});
    if (m_filling.size() >= ChunkSize)
        return rotate();
    return {};
}

Status RecordStore::BulkWriter::rotate()
{
    // Wait for the chunk being prepared, start preparing the one just filled, then write the
    // prepared one here while the workers run.
    m_future.waitForFinished();
    std::vector<Prepared> ready = std::move(m_preparing);
    m_preparing = std::move(m_filling);
    m_filling = {};
    m_filling.reserve(ChunkSize);
    if (!m_preparing.empty()) {
        const RecordStore* store = &m_store;
        m_future = QtConcurrent::map(m_preparing, [store](Prepared& p) { store->prepareCreate(p); });
    }
    Status s = write(ready);
    // Freeing a chunk's thousands of strings is real work too: leave it to a worker.
    (void)QtConcurrent::run([chunk = std::move(ready)]() mutable { chunk.clear(); });
    return s;
}

Status RecordStore::BulkWriter::write(std::vector<Prepared>& chunk)
{
    WriteOptions checked{m_options.journal, m_options.checkReferences, m_options.applyRules};
    // With skipInvalid, references are checked below, before anything of the record is written.
    checked.checkReferences = m_options.checkReferences && !m_options.skipInvalid;
    checked.auditValues = false;
    QList<Change> ignored;
    for (Prepared& p : chunk) {
        if (!m_tx) {
            m_tx = std::make_unique<Transaction>(m_store.m_db);
            if (!m_tx->isActive())
                return fail(m_tx->beginError());
            m_inBatch = 0;
        }
        const qint64 index = m_handled++;
        if (m_options.skipInvalid) {
            // Checked before anything is written, so leaving the record out leaves nothing of it behind.
            if (Status valid = m_store.checkCreate(p, m_options.checkReferences); !valid) {
                m_rejected.push_back({index, valid.error()});
                continue;
            }
        }
        m_store.m_searchRows = &m_searchRows;
        const Status written = m_store.writeCreate(p, checked, ignored);
        m_store.m_searchRows = nullptr;
        if (!written)
            return fail(written.error());
        ignored.clear();
        if (!m_types.contains(p.record.type()))
            m_types << p.record.type();
        ++m_count;
        if (++m_inBatch >= m_options.batchSize) {
            if (Status s = commit(); !s)
                return s;
        }
    }
    return {};
}

Status RecordStore::BulkWriter::commit()
{
    if (!SearchIndex::write(m_store.m_db.statements(), m_searchRows))
        return fail(m_store.databaseError(QString::fromUtf8(sqlite3_errmsg(m_store.m_db.handle()))));
    m_searchRows.clear();
    if (Status s = m_store.persistClock(); !s)
        return fail(s.error());
    if (Status s = m_tx->commit(); !s)
        return fail(s.error());
    m_tx.reset();
    m_committed = m_handled;
    return {};
}

Status RecordStore::BulkWriter::flush()
{
    if (m_error)
        return *m_error;
    // Two rotations drain both the chunk being prepared and the one being filled.
    for (int i = 0; i < 2; ++i)
        if (Status s = rotate(); !s)
            return s;
    return {};
}

Status RecordStore::BulkWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (m_indexesDeferred) {
        // The new rows committed, their indexes built, then the updates: those find their rows by index.
        if (m_tx)
            if (Status s = commit(); !s)
                return s;
        if (Status s = m_store.m_db.restoreIndexes(); !s)
            return fail(s.error());
        m_indexesDeferred = false;
    }
    if (!m_tx) {
        m_tx = std::make_unique<Transaction>(m_store.m_db);
        if (!m_tx->isActive())
            return fail(m_tx->beginError());
    }
    const WriteOptions options{m_options.journal, m_options.checkReferences, m_options.applyRules};
    QList<Change> changed;
    for (const Record& changes : m_updates) {
        if (Status s = m_store.updateRecord(changes, options, changed); !s)
            return fail(s.error());
        if (!m_types.contains(changes.type()))
            m_types << changes.type();
        ++m_count;
    }
    m_updates.clear();
    auto audit =
        m_store.m_db.statements().get(QStringLiteral("INSERT INTO audit_log(at, user_id, device, entity, record_id, "
                                                     "action, new_value) VALUES(?, ?, ?, '*', '*', 'bulk', ?)"));
    audit->bind(1, QDateTime::currentMSecsSinceEpoch());
    audit->bind(2, m_store.m_userId.isEmpty() ? QVariant() : QVariant(m_store.m_userId));
    audit->bind(3, m_store.m_deviceId);
    audit->bind(4, m_options.auditNote.isEmpty() ? QString::number(m_count) : m_options.auditNote);
    if (!audit->exec())
        return fail(m_store.databaseError(audit->errorText()));
    if (Status s = commit(); !s)
        return s;
    QList<Change> changes;
    for (EntityType t : std::as_const(m_types))
        changes << Change{Mutation::Op::Create, t, QString(), {}};
    if (!changes.isEmpty())
        Q_EMIT m_store.changed(changes);
    return {};
}

} // namespace rapport
