// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SyncProtocol.h"

#include "domain/HybridClock.h"
#include "domain/Ids.h"
#include "domain/RecordJson.h"
#include "domain/Schema.h"

#include <QCoreApplication>

namespace rapport::sync {

namespace {

/// Messages of the protocol, translated in the "Sync" context.
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

QString str(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toString();
}

bool validStamp(const QString& s)
{
    bool ok = false;
    HlcTimestamp::fromString(s, &ok);
    return ok;
}

} // namespace

QJsonObject PushMutation::toJson() const
{
    QJsonObject o{{QStringLiteral("mutation_id"), mutationId},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("hlc"), hlc},
                  {QStringLiteral("fields"), fields}};
    if (!base.isEmpty())
        o.insert(QStringLiteral("base"), base);
    if (!seen.isEmpty())
        o.insert(QStringLiteral("seen"), seen);
    return o;
}

std::optional<PushMutation> PushMutation::fromJson(const QJsonValue& json, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<PushMutation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(SyncText::tr("A mutation must be a JSON object."));
    const QJsonObject o = json.toObject();
    static const QStringList known{QStringLiteral("mutation_id"), QStringLiteral("entity"), QStringLiteral("id"),
                                   QStringLiteral("op"),          QStringLiteral("hlc"),    QStringLiteral("fields"),
                                   QStringLiteral("base"),        QStringLiteral("seen")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(SyncText::tr("Unknown member \"%1\" in a mutation.").arg(it.key()));
    PushMutation m;
    m.mutationId = str(o, QLatin1StringView("mutation_id"));
    m.entity = str(o, QLatin1StringView("entity"));
    m.id = str(o, QLatin1StringView("id"));
    m.op = str(o, QLatin1StringView("op"));
    m.hlc = str(o, QLatin1StringView("hlc"));
    m.seen = str(o, QLatin1StringView("seen"));
    if (!IdGenerator::isValid(m.mutationId))
        return fail(SyncText::tr("The mutation id is missing or not a UUID."));
    if (!IdGenerator::isValid(m.id))
        return fail(SyncText::tr("The record id is missing or not a UUID."));
    if (m.entity == QLatin1String("conflict")) {
        // The one thing a client says about a conflict: it has been reviewed.
        if (m.op != QLatin1String("update") || !validStamp(m.hlc)
            || o.value(QLatin1StringView("fields")).toObject() != QJsonObject{{QStringLiteral("resolved"), true}})
            return fail(SyncText::tr("A conflict can only be marked as resolved."));
        m.fields = o.value(QLatin1StringView("fields")).toObject();
        return m;
    }
    const EntityDef* def = Schema::byName(m.entity);
    if (!def)
        return fail(SyncText::tr("Unknown record type \"%1\".").arg(m.entity));
    if (m.op != QLatin1String("create") && m.op != QLatin1String("update") && m.op != QLatin1String("delete") &&
        m.op != QLatin1String("restore"))
        return fail(SyncText::tr("Unknown operation \"%1\".").arg(m.op));
    if (!validStamp(m.hlc))
        return fail(SyncText::tr("The clock stamp is missing or malformed."));
    if (!m.seen.isEmpty() && !validStamp(m.seen))
        return fail(SyncText::tr("The clock stamp is missing or malformed."));
    if (!o.value(QLatin1StringView("fields")).isObject())
        return fail(SyncText::tr("The fields must be a JSON object."));
    m.fields = o.value(QLatin1StringView("fields")).toObject();
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        const FieldDef* f = def->field(it.key());
        if (!f || f->is(Derived))
            return fail(SyncText::tr("Unknown field \"%1\" for %2.").arg(it.key(), m.entity));
        bool ok = false;
        RecordJson::fromJson(*f, it.value(), &ok);
        if (!ok)
            return fail(SyncText::tr("The value of \"%1\" has the wrong type.").arg(it.key()));
    }
    const QJsonValue base = o.value(QLatin1StringView("base"));
    if (!base.isUndefined() && !base.isObject())
        return fail(SyncText::tr("The base must be a JSON object."));
    m.base = base.toObject();
    for (auto it = m.base.begin(); it != m.base.end(); ++it) {
        if (!def->field(it.key()) || !it.value().isObject()
            || !validStamp(it.value().toObject().value(QLatin1StringView("hlc")).toString()))
            return fail(SyncText::tr("The base of \"%1\" is malformed.").arg(it.key()));
    }
    return m;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o{{QStringLiteral("mutation_id"), mutationId}, {QStringLiteral("status"), status}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (conflicts)
        o.insert(QStringLiteral("conflicts"), conflicts);
    if (restamped)
        o.insert(QStringLiteral("restamped"), true);
    return o;
}

PushResult PushResult::fromJson(const QJsonObject& o)
{
    PushResult r;
    r.mutationId = str(o, QLatin1StringView("mutation_id"));
    r.status = str(o, QLatin1StringView("status"));
    r.reason = str(o, QLatin1StringView("reason"));
    r.conflicts = o.value(QLatin1StringView("conflicts")).toInt();
    r.restamped = o.value(QLatin1StringView("restamped")).toBool();
    return r;
}

QString RecordState::stampOf(const QString& field) const
{
    const QJsonValue v = clocks.value(field);
    return v.isString() ? v.toString() : created;
}

QString RecordState::authorOf(const QString& field) const
{
    const QJsonValue v = authors.value(field);
    return v.isString() ? v.toString() : createdBy;
}

QJsonObject RecordState::toJson() const
{
    return {{QStringLiteral("values"), values},   {QStringLiteral("created"), created},
            {QStringLiteral("created_by"), createdBy}, {QStringLiteral("clocks"), clocks},
            {QStringLiteral("authors"), authors}, {QStringLiteral("deleted"), deleted}};
}

RecordState RecordState::fromJson(const QJsonObject& o)
{
    RecordState s;
    s.values = o.value(QLatin1StringView("values")).toObject();
    s.created = str(o, QLatin1StringView("created"));
    s.createdBy = str(o, QLatin1StringView("created_by"));
    s.clocks = o.value(QLatin1StringView("clocks")).toObject();
    s.authors = o.value(QLatin1StringView("authors")).toObject();
    s.deleted = o.value(QLatin1StringView("deleted")).toBool();
    return s;
}

QJsonObject Conflict::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("field"), field},
            {QStringLiteral("kept_value"), keptValue},
            {QStringLiteral("kept_hlc"), keptHlc},
            {QStringLiteral("kept_by"), keptBy},
            {QStringLiteral("lost_value"), lostValue},
            {QStringLiteral("lost_hlc"), lostHlc},
            {QStringLiteral("lost_by"), lostBy},
            {QStringLiteral("before_value"), beforeValue},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("detected_at"), detectedAt},
            {QStringLiteral("resolved"), resolved}};
}

Conflict Conflict::fromJson(const QJsonObject& o)
{
    Conflict c;
    c.id = str(o, QLatin1StringView("id"));
    c.entity = str(o, QLatin1StringView("entity"));
    c.recordId = str(o, QLatin1StringView("record_id"));
    c.field = str(o, QLatin1StringView("field"));
    c.keptValue = o.value(QLatin1StringView("kept_value"));
    c.keptHlc = str(o, QLatin1StringView("kept_hlc"));
    c.keptBy = str(o, QLatin1StringView("kept_by"));
    c.lostValue = o.value(QLatin1StringView("lost_value"));
    c.lostHlc = str(o, QLatin1StringView("lost_hlc"));
    c.lostBy = str(o, QLatin1StringView("lost_by"));
    c.beforeValue = o.value(QLatin1StringView("before_value"));
    c.reason = str(o, QLatin1StringView("reason"));
    c.detectedAt = o.value(QLatin1StringView("detected_at")).toInteger();
    c.resolved = o.value(QLatin1StringView("resolved")).toBool();
    return c;
}

std::optional<PulledChange> PulledChange::fromJson(const QJsonObject& o)
{
    PulledChange c;
    c.seq = o.value(QLatin1StringView("seq")).toInteger();
    const QString kind = str(o, QLatin1StringView("kind"));
    if (kind == QLatin1String("record"))
        c.kind = Kind::Record;
    else if (kind == QLatin1String("evict"))
        c.kind = Kind::Evict;
    else if (kind == QLatin1String("conflict"))
        c.kind = Kind::Conflict;
    else
        return std::nullopt;
    if (c.kind == Kind::Conflict) {
        c.conflict = Conflict::fromJson(o.value(QLatin1StringView("conflict")).toObject());
        return c.conflict.id.isEmpty() ? std::nullopt : std::optional<PulledChange>(c);
    }
    c.entity = str(o, QLatin1StringView("entity"));
    c.id = str(o, QLatin1StringView("id"));
    if (!Schema::byName(c.entity) || c.id.isEmpty())
        return std::nullopt;
    if (c.kind == Kind::Record)
        c.state = RecordState::fromJson(o.value(QLatin1StringView("state")).toObject());
    return c;
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject& o)
{
    if (!o.value(QLatin1StringView("changes")).isArray() || !o.value(QLatin1StringView("cursor")).isDouble())
        return std::nullopt;
    PullPage page;
    page.cursor = o.value(QLatin1StringView("cursor")).toInteger();
    page.more = o.value(QLatin1StringView("more")).toBool();
    for (const QJsonValue& v : o.value(QLatin1StringView("changes")).toArray()) {
        auto c = PulledChange::fromJson(v.toObject());
        if (!c)
            return std::nullopt;
        page.changes << *c;
    }
    return page;
}

void PullPageWriter::addRecord(qint64 seq, const QString& entity, const QString& id, const QByteArray& stateJson)
{
    m_entries.append({seq, "{\"seq\":" + QByteArray::number(seq) + ",\"kind\":\"record\",\"entity\":"
                               + RecordJson::jsonString(entity) + ",\"id\":" + RecordJson::jsonString(id)
                               + ",\"state\":" + stateJson + '}'});
}

void PullPageWriter::addEvict(qint64 seq, const QString& entity, const QString& id)
{
    m_entries.append({seq, "{\"seq\":" + QByteArray::number(seq) + ",\"kind\":\"evict\",\"entity\":"
                               + RecordJson::jsonString(entity) + ",\"id\":" + RecordJson::jsonString(id) + '}'});
}

void PullPageWriter::addConflict(qint64 seq, const QByteArray& conflictJson)
{
    m_entries.append(
        {seq, "{\"seq\":" + QByteArray::number(seq) + ",\"kind\":\"conflict\",\"conflict\":" + conflictJson + '}'});
}

bool PullPageWriter::keepFirst(int limit)
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    if (m_entries.size() <= limit)
        return false;
    m_entries.resize(limit);
    return true;
}

QByteArray PullPageWriter::toJson(qint64 cursor, bool more) const
{
    qsizetype bytes = 64;
    for (const auto& e : m_entries)
        bytes += e.second.size() + 1;
    QByteArray out;
    out.reserve(bytes);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (i > 0)
            out += ',';
        out += m_entries[i].second;
    }
    out += "],\"cursor\":" + QByteArray::number(cursor) + ",\"more\":" + (more ? "true" : "false") + '}';
    return out;
}

MergeOutcome merge(RecordState& state, bool exists, const PushMutation& m, const QString& hlc, const QString& author,
                   const std::function<QString()>& freshStamp)
{
    MergeOutcome out;
    const QString deletedField = QStringLiteral("deleted");
    const bool isDelete = m.op == QLatin1String("delete");

    if (!exists) {
        if (m.op == QLatin1String("update") || m.op == QLatin1String("restore")) {
            out.rejected = true;
            out.reason = SyncText::tr("The record does not exist on the server.");
            return out;
        }
        state = RecordState{};
        state.values = m.fields;
        state.created = hlc;
        state.createdBy = author;
        state.deleted = isDelete || m.fields.value(deletedField).toBool();
        state.values.insert(deletedField, state.deleted);
        out.changed = true;
        out.applied = m.fields.keys();
        return out;
    }

    auto conflict = [&](const QString& field, const QJsonValue& keptValue, const QString& keptHlc,
                        const QString& keptBy, const QJsonValue& lostValue, const QString& lostHlc,
                        const QString& lostBy, const char* reason) {
        Conflict c;
        c.entity = m.entity;
        c.recordId = m.id;
        c.field = field;
        c.keptValue = keptValue;
        c.keptHlc = keptHlc;
        c.keptBy = keptBy;
        c.lostValue = lostValue;
        c.lostHlc = lostHlc;
        c.lostBy = lostBy;
        c.beforeValue = m.base.value(field).toObject().value(QLatin1StringView("value"));
        c.reason = QString::fromLatin1(reason);
        out.conflicts << c;
    };

    if (m.op == QLatin1String("restore")) {
        // Taking back a delete (undo) is the one thing that brings a tombstone back, and only when it is newer
        // than the delete: a delete made after the restore was sent stays. The values are the ones the
        // tombstone kept; edits made meanwhile were kept as conflicts and can be reviewed.
        if (!state.deleted || hlc <= state.stampOf(deletedField))
            return out;
        state.deleted = false;
        state.values.insert(deletedField, false);
        state.clocks.insert(deletedField, hlc);
        state.authors.insert(deletedField, author);
        out.changed = true;
        out.applied << deletedField;
        return out;
    }

    if (state.deleted) {
        // A tombstone stays a tombstone: a late edit is kept for review, never applied.
        if (isDelete)
            return out;
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            if (it.key() == deletedField || state.values.value(it.key()) == it.value())
                continue;
            conflict(it.key(), state.values.value(it.key()), state.stampOf(deletedField), state.authorOf(deletedField),
                     it.value(), hlc, author, "deleted");
        }
        return out;
    }

    if (isDelete) {
        // The delete wins; edits the deleting user had not seen are kept as conflicts.
        for (auto it = state.values.begin(); it != state.values.end(); ++it) {
            const QString stamp = state.stampOf(it.key());
            if (it.key() == deletedField || !state.clocks.contains(it.key()) || m.seen.isEmpty() || stamp <= m.seen
                || state.authorOf(it.key()) == author)
                continue;
            conflict(it.key(), QJsonValue::Null, hlc, author, it.value(), stamp, state.authorOf(it.key()), "deleted");
        }
        state.deleted = true;
        state.values.insert(deletedField, true);
        state.clocks.insert(deletedField, hlc);
        state.authors.insert(deletedField, author);
        out.changed = true;
        out.applied << deletedField;
        return out;
    }

    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        const QString& field = it.key();
        if (field == deletedField)
            continue;
        const QJsonValue current = state.values.value(field);
        if (current == it.value() || (current.isUndefined() && it.value().isNull()))
            continue;
        const QString stamp = state.stampOf(field);
        const QJsonValue base = m.base.value(field);
        // A create of an existing record, or an edit from another base, did not see the current value.
        // A user does not conflict with themselves (their own earlier edit, re-stamped by the server, say).
        const bool concurrent = (!base.isObject() || base.toObject().value(QLatin1StringView("hlc")).toString() != stamp)
                                && state.authorOf(field) != author;
        if (hlc > stamp || !concurrent) {
            if (concurrent)
                conflict(field, it.value(), hlc, author, current, stamp, state.authorOf(field), "concurrent_edit");
            state.values.insert(field, it.value());
            // A sequential edit must carry a newer stamp than the value it replaces, or replicas that
            // compare stamps would keep the old value; a client clock far behind gets a fresh one.
            state.clocks.insert(field, hlc > stamp ? hlc : freshStamp());
            state.authors.insert(field, author);
            out.applied << field;
            out.changed = true;
        } else {
            conflict(field, current, stamp, state.authorOf(field), it.value(), hlc, author, "concurrent_edit");
        }
    }
    return out;
}

} // namespace rapport::sync
