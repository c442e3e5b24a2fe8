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

void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype from = 0; // the bytes since the last escape, copied as a run
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + from, i - from);
        from = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
        }
    }
    out.append(utf8.constData() + from, utf8.size() - from);
    out += '"';
}

QByteArray compactFields(const Record& record, const QList<int>& fields)
{
    const EntityDef& def = record.def();
    QByteArray out;
    out.reserve(512);
    out += '{';
    for (int i : fields) {
        const FieldDef& f = def.fields[i];
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, f.name);
        out += ':';
        const QVariant& v = record.at(i);
        if (v.isNull()) {
            out += "null";
            continue;
        }
        switch (f.type) {
        case FieldType::Integer:
        case FieldType::Percent:
        case FieldType::Money:
        case FieldType::Timestamp:
            out += QByteArray::number(v.toLongLong());
            break;
        case FieldType::Bool:
            out += v.toBool() ? "true" : "false";
            break;
        case FieldType::Json: {
            const QString text = v.toString();
            if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{')))
                out += text.toUtf8();
            else
                out += QJsonDocument(QJsonArray{toJson(f, v)}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
            break;
        }
        default:
            appendJsonString(out, v.toString());
        }
    }
    out += '}';
    return out;
}

} // namespace rapport::RecordJson
