// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PostalAddress.h"

#include "LocaleNames.h"

namespace rapport::PostalAddress {

namespace {

QString part(const QJsonObject& address, QLatin1StringView key)
{
    return address.value(key).toString().trimmed();
}

/// Words joined by `separator`, the empty ones left out.
QString joined(QStringList words, const QString& separator)
{
    words.removeAll(QString());
    return words.join(separator);
}

} // namespace

QStringList lines(const QJsonObject& address, const QString& home, const QLocale& in)
{
    const QString postal = part(address, QLatin1StringView("postal_code"));
    const QString city = part(address, QLatin1StringView("city"));
    const QString region = part(address, QLatin1StringView("region"));
    const QString country = part(address, QLatin1StringView("country")).toUpper();
    const QLatin1StringView c(country.toLatin1());
    QStringList out{part(address, QLatin1StringView("street"))};
    // The posts' own orders (the Universal Postal Union's addressing guides): where the region is part of the
    // address, it goes between city and postcode; elsewhere regions are not written, as a letter to Hamburg
    // does not say "Hamburg, Hamburg".
    if (c == QLatin1StringView("US"))
        out << joined({city, joined({region, postal}, QStringLiteral(" "))}, QStringLiteral(", "));
    else if (c == QLatin1StringView("CA") || c == QLatin1StringView("AU"))
        out << joined({city, region, postal}, QStringLiteral(" "));
    else if (c == QLatin1StringView("GB") || c == QLatin1StringView("IE"))
        out << city << postal;
    else
        out << joined({postal, city}, QStringLiteral(" "));
    if (!country.isEmpty() && country != home.toUpper())
        out << LocaleNames::country(country, in);
    out.removeAll(QString());
    return out;
}

QString oneLine(const QJsonObject& address, const QString& home, const QLocale& in)
{
    return lines(address, home, in).join(QStringLiteral(", "));
}

} // namespace rapport::PostalAddress
