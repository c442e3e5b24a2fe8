// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PersonalData.h"

#include "domain/RecordJson.h"
#include "domain/RichText.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Normaliser.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace rapport {

Result<Record> PersonalData::person(RecordStore& store, const QString& id)
{
    for (EntityType type : {EntityType::Contact, EntityType::Lead}) {
        if (auto r = store.fetch(type, id))
            return *r;
    }
    return Error{tr("There is no contact or lead with the id %1.").arg(id), {}};
}

namespace {

/// The ids of the records of `def` whose `field` is `id`, with a condition of its own.
Result<QStringList> idsWhere(Database& db, const EntityDef& def, const QString& field, const QString& id,
                             const QString& also = {})
{
    auto st = db.statements().get(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0 %3").arg(def.table, field, also));
    st->bind(1, id);
    QStringList ids;
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row)
        ids << st->text(0);
    if (step == SqlStatement::Step::Error)
        return Error{PersonalData::tr("The records of %1 could not be read: %2").arg(id, st->errorText()), {}};
    return ids;
}

/// A record's fields as the person reads them: texts written with formatting as plain text.
QJsonObject readable(const Record& r)
{
    QJsonObject o = RecordJson::fields(r);
    for (const FieldDef& f : r.def().fields)
        if (f.is(Rich) && o.value(f.name).isString())
            o.insert(f.name, RichText::toPlainText(o.value(f.name).toString()));
    return o;
}

} // namespace

Result<QJsonObject> PersonalData::collect(RecordStore& store, const Record& person)
{
    Database& db = store.database();
    QMap<QString, QJsonArray> related; // entity name → its records
    QSet<QString> included{person.id()};
    const auto include = [&](const EntityDef& def, const QString& id, const QString& refersBy) {
        if (included.contains(id))
            return;
        auto r = store.fetch(def.type, id);
        if (!r)
            return;
        included.insert(id);
        // Another person who refers to this one (a direct report, a lead converted into them) is named,
        // not disclosed: their details are theirs to ask for.
        QJsonObject o = def.type == EntityType::Contact || def.type == EntityType::Lead
                            ? QJsonObject{{QStringLiteral("name"), Normaliser::titleOf(*r)}}
                            : readable(*r);
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("refers_by"), refersBy);
        related[def.name].append(o);
    };
    QStringList tickets;
    for (const EntityDef* def : Schema::all()) {
        for (const FieldDef& f : def->fields) {
            if (f.type != FieldType::Ref || f.ref != person.type())
                continue;
            auto ids = idsWhere(db, *def, f.name, person.id());
            if (!ids)
                return ids.error();
            for (const QString& id : std::as_const(*ids))
                include(*def, id, f.name);
            if (def->type == EntityType::Ticket)
                tickets << *ids;
        }
    }
    // The whole conversation of their tickets: what they wrote and what they were answered (internal
    // notes are the team's working papers, not what was said to the person).
    const EntityDef& entries = Schema::entity(EntityType::TicketEntry);
    for (const QString& ticket : std::as_const(tickets)) {
        auto ids = idsWhere(db, entries, QStringLiteral("ticket_id"), ticket, QStringLiteral("AND kind <> 'note'"));
        if (!ids)
            return ids.error();
        for (const QString& id : std::as_const(*ids))
            include(entries, id, QStringLiteral("ticket_id"));
    }
    QJsonArray history;
    {
        auto st = db.statements().get(QStringLiteral(
            "SELECT at, user_id, action, field, old_value, new_value FROM audit_log WHERE record_id = ? ORDER BY seq"));
        st->bind(1, person.id());
        while (st->step() == SqlStatement::Step::Row) {
            QJsonObject e{{QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(st->int64(0), Qt::UTC).toString(Qt::ISODateWithMs)},
                          {QStringLiteral("action"), st->text(2)}};
            const FieldDef* field = person.def().field(st->text(3));
            for (int column : {1, 3, 4, 5}) {
                static const char* const keys[] = {"", "user_id", "", "field", "old_value", "new_value"};
                if (!st->isNull(column))
                    e.insert(QLatin1String(keys[column]), column >= 4 && field && field->is(Rich)
                                                              ? RichText::toPlainText(st->text(column))
                                                              : st->text(column));
            }
            history.append(e);
        }
    }
    QJsonObject relatedByEntity;
    for (auto it = related.cbegin(); it != related.cend(); ++it)
        relatedByEntity.insert(it.key(), it.value());
    QJsonObject record = readable(person);
    record.insert(QStringLiteral("id"), person.id());
    if (Status s = store.auditExport(person.type(), person.id()); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("type"), person.def().name},
                       {QStringLiteral("record"), record},
                       {QStringLiteral("related"), relatedByEntity},
                       {QStringLiteral("history"), history}};
}

} // namespace rapport
