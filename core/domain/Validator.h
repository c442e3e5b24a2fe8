// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "Record.h"
#include "Result.h"

#include <QCoreApplication>

namespace rapport {

/// Checks records against the schema's rules and brings their values into canonical form
/// (types, trimmed text, compact JSON, upper-case codes). Every message is translated and names
/// the field by its label, so it can be shown to the user as is.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    /// Canonicalises and checks every present field of `record`, then the rules that span fields.
    /// `record` must hold the complete record (for an update: the stored record with the changes
    /// merged in), so required fields and cross-field rules see the final state. With `before`, the record
    /// as stored, a field whose value it keeps is not checked again: it was when it was saved, and a change
    /// of owner must not fail on a number an older release let through (and 20,000 of them go faster).
    static QList<FieldError> validate(Record& record, const Record* before = nullptr);

    /// Canonicalises and checks one value for one field; returns an empty message when it is valid.
    static QString checkField(const FieldDef& field, QVariant& value);

    static bool isValidEmail(QStringView address);
    static bool isValidDate(QStringView isoDate);
    static bool isValidCountryCode(QStringView code);
    /// Whether `id` is a time zone of the IANA database: one of Qt's ids ("Europe/Berlin", "UTC") or an alias the
    /// system's database holds ("US/Eastern", "Asia/Calcutta"). QTimeZone alone is not asked: it takes any other
    /// word for a POSIX rule, so "Atlantis" would be a zone at UTC.
    static bool isKnownTimeZone(const QString& id);
    /// The canonical BCP 47 tag ("de", "de-CH", "zh-Hant-TW") for a language as people and programs write
    /// it: a tag in any case, with "-" or "_", or the language's English or own name or its name in the UI language
    /// ("German", "Deutsch"); empty when it is none of these.
    static QString languageTag(QStringView written);

private:
    static QString checkJson(const FieldDef& field, QVariant& value);
    static QList<FieldError> checkRecordRules(const Record& record);
};

} // namespace rapport
