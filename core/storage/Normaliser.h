// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>

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
    QList<FieldError> normalise(Record& record) const;

    static QString titleOf(const Record& record);
    static QString sortKeyOf(const Record& record);

private:
    QString m_region;
};

} // namespace rapport
