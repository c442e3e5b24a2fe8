// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Merging duplicate contacts and accounts, and undoing a merge: RecordStore's write path applied to a
// survivor, the records that refer to the duplicates, and the duplicates themselves.
#include "RecordStore.h"

#include "domain/RecordJson.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rapport {

namespace {

QString json(const QJsonObject& o)
{
    return RecordJson::compact(o);
}

/// Joins two JSON lists of a contact (emails, phones, addresses, tags), keeping the first of equal items.
QString joinedList(const FieldDef& f, const QVariant& a, const QVariant& b)
{
    QJsonArray out = QJsonDocument::fromJson(a.toString().toUtf8()).array();
    const QJsonArray more = QJsonDocument::fromJson(b.toString().toUtf8()).array();
    auto key = [&f](const QJsonValue& v) {
        switch (f.json) {
        case JsonShape::EmailList:
            return v.toObject().value(QLatin1String("address")).toString().toLower();
        case JsonShape::PhoneList: {
            const QJsonObject o = v.toObject();
            const QString e164 = o.value(QLatin1String("e164")).toString();
            return e164.isEmpty() ? o.value(QLatin1String("number")).toString() : e164;
        }
        case JsonShape::StringList:
            return v.toString().toLower();
        default:
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        }
    };
    QSet<QString> seen;
    for (const QJsonValue& v : std::as_const(out))
        seen.insert(key(v));
    for (const QJsonValue& v : more)
        if (!seen.contains(key(v))) {
            seen.insert(key(v));
            out.append(v);
        }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

bool isList(const FieldDef& f)
{
    return f.type == FieldType::Json &&
           (f.json == JsonShape::EmailList || f.json == JsonShape::PhoneList || f.json == JsonShape::AddressList ||
            f.json == JsonShape::StringList);
}

bool editableByMerge(const FieldDef& f)
{
    return !f.is(Derived) && !f.is(System);
}

} // namespace

Record RecordStore::defaultMergeChoice(const Record& survivor, const QList<Record>& others)
{
    const EntityDef& def = survivor.def();
    Record chosen(survivor.type(), survivor.id());
    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (!editableByMerge(f))
            continue;
        QVariant value = survivor.value(i);
        for (const Record& other : others) {
            const QVariant theirs = other.value(i);
            if (theirs.isNull() || theirs.toString().isEmpty())
                continue;
            if (value.isNull() || value.toString().isEmpty())
                value = theirs;
            else if (isList(f))
                value = joinedList(f, value, theirs);
        }
        chosen.set(i, value);
    }
    return chosen;
}

Result<int> RecordStore::merge(EntityType type, const QString& survivorId, const QStringList& otherIds,
                               const Record& chosen)
{
    const EntityDef& def = Schema::entity(type);
    if (!def.mergeable)
        return Error{tr("%1 cannot be merged.").arg(def.displayPluralLabel()), {}};
    QStringList all{survivorId};
    all << otherIds;
    all.removeDuplicates();
    if (otherIds.isEmpty() || otherIds.size() > 2 || all.size() != otherIds.size() + 1)
        return Error{tr("Choose two or three different %1 to merge.").arg(def.displayPluralLabel()), {}};

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto loadLive = [&](const QString& id) -> Result<Record> {
        auto loaded = load(type, id);
        if (!loaded || loaded->second.value(u"deleted").toBool())
            return Error{tr("The %1 %2 cannot be merged: it does not exist (it may have been deleted).")
                             .arg(def.displayLabelInSentence(), id),
                         {}};
        if (!loaded->second.text(u"merged_into").isEmpty())
            return Error{tr("%1 was already merged into %2.")
                             .arg(loaded->second.def().displayLabel() + QLatin1Char(' ') + titleOf(type, id),
                                  titleOf(type, loaded->second.text(u"merged_into"))),
                         {}};
        return loaded->second;
    };
    auto survivorLoaded = loadLive(survivorId);
    if (!survivorLoaded)
        return survivorLoaded.error();
    const Record survivor = survivorLoaded.value();
    QList<Record> others;
    for (const QString& id : otherIds) {
        auto other = loadLive(id);
        if (!other)
            return other.error();
        others << other.value();
    }

    QList<Change> changes;
    const WriteOptions options;
    // What each other record will need to undo its part: the survivor's fields whose new value came from
    // it, and the records that moved away from it.
    QList<QJsonObject> survivorUndo(others.size());
    QList<QJsonArray> moved(others.size());

    // 1. The survivor takes the chosen values.
    Record update(type, survivorId);
    for (int i : chosen.presentFields()) {
        const FieldDef& f = def.fields[i];
        if (!editableByMerge(f) || Record::sameValue(chosen.value(i), survivor.value(i)))
            continue;
        update.set(i, chosen.value(i));
        const QJsonObject change{{QStringLiteral("before"), RecordJson::toJson(f, survivor.value(i))},
                                 {QStringLiteral("after"), RecordJson::toJson(f, chosen.value(i))}};
        if (isList(f)) {
            // A joined list: undoing it belongs to the first record that added to it.
            const QString own = joinedList(f, survivor.value(i), QVariant());
            for (qsizetype k = 0; k < others.size(); ++k)
                if (joinedList(f, survivor.value(i), others[k].value(i)) != own) {
                    survivorUndo[k].insert(f.name, change);
                    break;
                }
        } else {
            for (qsizetype k = 0; k < others.size(); ++k)
                if (Record::sameValue(chosen.value(i), others[k].value(i)))
                    survivorUndo[k].insert(f.name, change);
        }
    }
    if (!update.isEmpty()) {
        if (Status s = updateRecord(update, options, changes); !s)
            return s.error();
    }

    // 2. Everything that refers to one of the others refers to the survivor from now on. A survivor that
    // referred to one of them (reported to its duplicate) refers to nobody.
    for (const EntityDef* referrer : Schema::all()) {
        for (const FieldDef& f : referrer->fields) {
            if (f.type != FieldType::Ref || f.ref != type)
                continue;
            for (qsizetype k = 0; k < others.size(); ++k) {
                QStringList ids;
                {
                    auto st = m_db.statements().get(
                        QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0").arg(referrer->table, f.name));
                    st->bind(1, others[k].id());
                    while (st->step() == SqlStatement::Step::Row)
                        ids << st->text(0);
                }
                for (const QString& id : std::as_const(ids)) {
                    if (referrer->type == type && all.contains(id) && id != survivorId)
                        continue; // one of the others: it is hidden anyway, and keeps its own links
                    const QVariant target = referrer->type == type && id == survivorId ? QVariant() : QVariant(survivorId);
                    Record move(referrer->type, id);
                    move.set(f.name, target);
                    if (Status s = updateRecord(move, options, changes); !s)
                        return Error{tr("%1 could not be moved to the merged %2: %3")
                                         .arg(referrer->displayLabel() + QLatin1Char(' ') + titleOf(referrer->type, id),
                                              def.displayLabelInSentence(), s.error().fullText()),
                                     {}};
                    moved[k].append(QJsonArray{referrer->name, id, f.name, RecordJson::toJson(f, target)});
                }
            }
        }
    }

    // 3. The others stay as hidden records that point at the survivor and know how to come back.
    WriteOptions system;
    system.system = true;
    for (qsizetype k = 0; k < others.size(); ++k) {
        Record hide(type, others[k].id());
        hide.set(u"merged_into", survivorId);
        hide.set(u"merge_undo", json(QJsonObject{{QStringLiteral("survivor"), survivorUndo[k]},
                                                 {QStringLiteral("moved"), moved[k]}}));
        if (Status s = updateRecord(hide, system, changes); !s)
            return s.error();
        if (Status s = writeAuditEntry(def.name, others[k].id(), QStringLiteral("merge"), survivorId); !s)
            return s.error();
    }
    if (Status s = writeAuditEntry(def.name, survivorId, QStringLiteral("merge"), otherIds.join(QLatin1Char(',')));
        !s)
        return s.error();
    if (auto committed = commitAndNotify(tx, changes); !committed)
        return committed.error();
    int count = 0;
    for (const QJsonArray& m : std::as_const(moved))
        count += static_cast<int>(m.size());
    return count;
}

Status RecordStore::unmerge(EntityType type, const QString& mergedId)
{
    const EntityDef& def = Schema::entity(type);
    if (!def.mergeable)
        return Error{tr("%1 cannot be merged or unmerged.").arg(def.displayPluralLabel()), {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto loaded = load(type, mergedId);
    if (!loaded || loaded->second.value(u"deleted").toBool())
        return Error{tr("The %1 %2 does not exist (it may have been deleted).").arg(def.displayLabelInSentence(), mergedId), {}};
    const Record merged = loaded->second;
    const QString survivorId = merged.text(u"merged_into");
    if (survivorId.isEmpty())
        return Error{tr("%1 %2 is not merged into another record.").arg(def.displayLabel(), titleOf(type, mergedId)),
                     {}};
    const QJsonObject undo = QJsonDocument::fromJson(merged.text(u"merge_undo").toUtf8()).object();

    QList<Change> changes;
    const WriteOptions options;
    // 1. Shown again first: the records moving back must be able to refer to it.
    WriteOptions system;
    system.system = true;
    Record show(type, mergedId);
    show.set(u"merged_into", QVariant());
    show.set(u"merge_undo", QVariant());
    if (Status s = updateRecord(show, system, changes); !s)
        return s;

    // 2. The records the merge moved come back, unless someone has moved them since.
    const QJsonArray moved = undo.value(QLatin1String("moved")).toArray();
    for (const QJsonValue& entry : moved) {
        const QJsonArray m = entry.toArray();
        const EntityDef* referrer = Schema::byName(m.at(0).toString());
        const FieldDef* field = referrer ? referrer->field(m.at(2).toString()) : nullptr;
        if (!field)
            continue;
        auto current = load(referrer->type, m.at(1).toString());
        if (!current || current->second.value(u"deleted").toBool())
            continue;
        if (!Record::sameValue(current->second.value(field->name), RecordJson::fromJson(*field, m.at(3))))
            continue;
        Record back(referrer->type, m.at(1).toString());
        back.set(field->name, mergedId);
        if (Status s = updateRecord(back, options, changes); !s)
            return s;
    }

    // 3. The survivor's fields this record provided get their earlier values, where nobody changed them since.
    if (auto survivor = load(type, survivorId); survivor && !survivor->second.value(u"deleted").toBool()) {
        const QJsonObject fields = undo.value(QLatin1String("survivor")).toObject();
        Record restore(type, survivorId);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const FieldDef* f = def.field(it.key());
            if (!f || !editableByMerge(*f))
                continue;
            const QJsonObject change = it.value().toObject();
            if (Record::sameValue(survivor->second.value(f->name),
                                  RecordJson::fromJson(*f, change.value(QLatin1String("after")))))
                restore.set(f->name, RecordJson::fromJson(*f, change.value(QLatin1String("before"))));
        }
        if (!restore.isEmpty()) {
            if (Status s = updateRecord(restore, options, changes); !s)
                return s;
        }
    }
    if (Status s = writeAuditEntry(def.name, mergedId, QStringLiteral("unmerge"), survivorId); !s)
        return s;
    return Status::from(commitAndNotify(tx, changes));
}

} // namespace rapport
