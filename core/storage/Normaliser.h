// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "search/PhoneNumbers.h"

#include <QCoreApplication>

#include <optional>

namespace rapport {

/// Computes what the write path derives from a record's own fields: phone numbers in E.164, the
/// denormalised columns lists sort and filter on (primary email, city, country), an activity's next
/// reminder and the end of its recurrence, and the display
/// title and sort key every synced table carries. Derived values are never taken from callers or
/// from sync; they are always recomputed here, so every device derives the same.
class Normaliser
{
    Q_DECLARE_TR_FUNCTIONS(Normaliser)

public:
    /// `defaultRegion`: ISO 3166 code for numbers typed without a country code.
    explicit Normaliser(QString defaultRegion = QStringLiteral("DE"));

    void setDefaultRegion(const QString& region) { m_region = region; }
    const QString& defaultRegion() const { return m_region; }

    /// Fills the derived fields of a complete, validated record; reports numbers that are not phone numbers.
    /// With `before`, the record as stored: numbers it keeps, read in the same country, keep their reading.
    QList<FieldError> normalise(Record& record, const Record* before = nullptr) const;

    /// The country a record's numbers typed without a country code belong to: a lead's country, a contact's
    /// or an account's first address with one ("030 1234567" of a Berlin contact on a laptop in the US), else
    /// `fallback` (the user's region). The forms ask it too, so they judge a number as saving it will.
    static QString regionOf(const Record& record, const QString& fallback);
    /// A number as it is stored, read in `region`: see PhoneNumbers::parseToStore. `storedAs`, the E.164 form
    /// the number was stored with, lets a number saved before national numbers had to be valid ones keep its
    /// reading until it is edited, so such a record can still be saved for another change.
    static std::optional<ParsedPhone> readNumber(const QString& typed, const QString& region,
                                                 const QString& storedAs = {});

    /// Why `typed`, read in `region`, is no phone number, and for a national number how to have it read right.
    static QString numberError(const QString& typed, const QString& region);

    static QString titleOf(const Record& record);
    static QString sortKeyOf(const Record& record);

private:
    QString m_region;
};

} // namespace rapport
