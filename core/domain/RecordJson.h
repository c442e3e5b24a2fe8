// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rapport {

/// Field values as JSON, the one representation shared by the outbox, the sync protocol and the server:
/// numbers and timestamps as JSON numbers, booleans as booleans, Json fields as nested JSON, the rest as
/// strings, SQL NULL as null.
namespace RecordJson {

QJsonValue toJson(const FieldDef& field, const QVariant& value);
/// The canonical value of `json` for `field`; false in `ok` when the JSON type does not fit the field.
QVariant fromJson(const FieldDef& field, const QJsonValue& json, bool* ok = nullptr);
/// Every present field of `record`, by name.
QJsonObject fields(const Record& record);
QString compact(const QJsonObject& object);
/// `text` as a JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
void appendJsonString(QByteArray& out, const QString& text);
inline QByteArray jsonString(const QString& text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}
/// `fields` of `record` as one compact JSON object (what fields() gives for them), written straight as
/// text: Json fields are copied as they are stored (the write path keeps them compact). The form of every
/// change in the outbox and the audit log.
QByteArray compactFields(const Record& record, const QList<int>& fields);

} // namespace RecordJson
} // namespace rapport
