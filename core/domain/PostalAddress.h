// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QStringList>

/// A postal address as its country's post writes it. Addresses are stored as parts (street, postal_code, city,
/// region, country); the order of the parts is the country's: "Chicago, IL 60617" in the United States,
/// "Toronto ON M5V 2T6" in Canada and Australia, the postcode on a line of its own in the United Kingdom and
/// Ireland, "20457 Hamburg" in most of the world. The region is written where the post asks for it.
namespace rapport::PostalAddress {

/// The address's lines, the country last, named in `in`'s language, and left out when it is `home` (the
/// sender's own country on a letter). Empty parts leave no empty lines.
QStringList lines(const QJsonObject& address, const QString& home = QString(), const QLocale& in = QLocale());

/// The lines on one line, as a list or a page shows an address: "134 Cedar Lane, Chicago, IL 60617, United States".
QString oneLine(const QJsonObject& address, const QString& home = QString(), const QLocale& in = QLocale());

} // namespace rapport::PostalAddress
