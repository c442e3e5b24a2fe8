// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace rapport::RecordJson {

QJsonValue toJson(const FieldDef& f, const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Percent:
    case FieldType::Money:
    case FieldType::Timestamp:
        return QJsonValue(v.toLongLong());
    case FieldType::Bool:
        return QJsonValue(v.toBool());
    case FieldType::Json: {
        const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const FieldDef& f, const QJsonValue& json, bool* ok)
{
    bool good = true;
    QVariant out;
    if (json.isNull() || json.isUndefined()) {
        out = QVariant();
    } else {
        switch (f.type) {
        case FieldType::Integer:
        case FieldType::Percent:
        case FieldType::Money:
        case FieldType::Timestamp: {
            // JSON numbers are doubles; integers up to 2^53 survive exactly, which covers epoch
            // milliseconds and any realistic amount in minor units.
            const double d = json.toDouble();
            good = json.isDouble() && std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0;
            if (good)
                out = QVariant(static_cast<qint64>(d));
            break;
        }
        case FieldType::Bool:
            good = json.isBool();
            if (good)
                out = QVariant(json.toBool());
            break;
        case FieldType::Json:
            good = json.isArray() || json.isObject();
            if (good)
                out = QString::fromUtf8(
                    json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
            break;
        default:
            good = json.isString();
            if (good)
                out = QVariant(json.toString());
            break;
        }
    }
    if (ok)
        *ok = good;
    return good ? out : QVariant();
}

QJsonObject fields(const Record& record)
{
    QJsonObject o;
    const EntityDef& def = record.def();
    for (int i : record.presentFields())
        o.insert(def.fields[i].name, toJson(def.fields[i], record.at(i)));
    return o;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace rapport::RecordJson
