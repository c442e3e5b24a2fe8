// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace rapport {

/// A report's table as an Excel workbook (libxlsxwriter): a header row, then rows of text, whole numbers and
/// money (minor units shown in their currency's format, stored as numbers so the sheet can sum them). The
/// file appears whole or not at all.
class Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)

public:
    struct Column
    {
        enum class Kind { Text, Integer, Money, Decimal, Percent }; ///< Percent: 0…100
        QString title;
        Kind kind = Kind::Text;
        QString currency; ///< Money: the currency of every cell of the column
    };

    static Status write(const QString& path, const QString& sheet, const QList<Column>& columns,
                        const QList<QVariantList>& rows);
};

} // namespace rapport
