// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDate>
#include <QString>

namespace rapport {

/// Reading the bits of contact data other programs write, the same way for every import format.
namespace ContactText {

/// A date as address books and spreadsheets write birthdays: ISO (1984-05-17, 19840517), German
/// (17.05.1984), US (5/17/1984); invalid when it is none of these. A birthday without a year ("--05-17")
/// is invalid: the book keeps full dates only.
QDate date(const QString& written);

/// The kind of an email address, phone number or address from another program's label ("* Work", "Mobile",
/// "Cell", "Handy", "Privat", "Business Fax"): one of the book's type keys, `fallback` when unknown.
QString typeFromLabel(const QString& label, const QString& fallback);

} // namespace ContactText
} // namespace rapport
