// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PersonalData.h"

#include "domain/RecordJson.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>

namespace rapport {

Result<Record> PersonalData::person(RecordStore& store, const QString& id)
{
    for (EntityType type : {EntityType::Contact, EntityType::Lead}) {
        if (auto r = store.fetch(type, id))
            return *r;
    }
    return Error{tr("There is no contact or lead with the id %1.").arg(id), {}};
}

Result<QJsonObject> PersonalData::collect(RecordStore& store, const Record& person)
{
    Database& db = store.database();
    QJsonObject related;
    for (const EntityDef* def : Schema::all()) {
        QJsonArray records;
        for (const FieldDef& f : def->fields) {
            if (f.type != FieldType::Ref || f.ref != person.type())
                continue;
            QStringList ids;
            {
                auto st = db.statements().get(
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0").arg(def->table, f.name));
                st->bind(1, person.id());
                SqlStatement::Step step;
                while ((step = st->step()) == SqlStatement::Step::Row)
                    ids << st->text(0);
                if (step == SqlStatement::Step::Error)
                    return Error{tr("The records of %1 could not be read: %2").arg(person.id(), st->errorText()), {}};
            }
            for (const QString& id : std::as_const(ids)) {
                if (id == person.id())
                    continue;
                if (auto r = store.fetch(def->type, id)) {
                    QJsonObject o = RecordJson::fields(*r);
                    o.insert(QStringLiteral("id"), id);
                    o.insert(QStringLiteral("refers_by"), f.name);
                    records.append(o);
                }
            }
        }
        if (!records.isEmpty())
            related.insert(def->name, records);
    }
    QJsonArray history;
    {
        auto st = db.statements().get(QStringLiteral(
            "SELECT at, user_id, action, field, old_value, new_value FROM audit_log WHERE record_id = ? ORDER BY seq"));
        st->bind(1, person.id());
        while (st->step() == SqlStatement::Step::Row) {
            QJsonObject e{{QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(st->int64(0), Qt::UTC).toString(Qt::ISODateWithMs)},
                          {QStringLiteral("action"), st->text(2)}};
            for (int column : {1, 3, 4, 5}) {
                static const char* const keys[] = {"", "user_id", "", "field", "old_value", "new_value"};
                if (!st->isNull(column))
                    e.insert(QLatin1String(keys[column]), st->text(column));
            }
            history.append(e);
        }
    }
    QJsonObject record = RecordJson::fields(person);
    record.insert(QStringLiteral("id"), person.id());
    if (Status s = store.auditExport(person.type(), person.id()); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("type"), person.def().name},
                       {QStringLiteral("record"), record},
                       {QStringLiteral("related"), related},
                       {QStringLiteral("history"), history}};
}

} // namespace rapport
