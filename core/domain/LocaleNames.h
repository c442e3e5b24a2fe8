// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

/// Countries and languages by name in the language a person reads: CLDR's names through ICU ("Germany",
/// "Deutschland", "Allemagne"; "German (Switzerland)", "Deutsch (Schweiz)"), where Qt knows English names
/// only. Names are capitalised for a list or a label, as the language writes them there. Percentages too,
/// which Qt writes with the locale's sign but not its pattern.
namespace rapport::LocaleNames {

struct Named
{
    QString code; ///< "DE", "de-CH"
    QString name; ///< "Germany", "German (Switzerland)"
};

/// The country with this two-letter code (ISO 3166-1), named in `in`'s language; the code as given when
/// it names no country.
QString country(const QString& code, const QLocale& in = QLocale());
/// The language with this BCP 47 tag, its region and script in brackets, named in `in`'s language; the
/// text as given when it is no language tag.
QString language(const QString& tag, const QLocale& in = QLocale());

/// Every country with a two-letter code, named in `in`'s language and sorted as that language sorts.
QList<Named> countries(const QLocale& in = QLocale());
/// Every language with a two- or three-letter code (ISO 639), likewise.
QList<Named> languages(const QLocale& in = QLocale());

/// The two-letter code of a country written by name: in English, in its own language or in `in`'s
/// ("Germany", "Deutschland", "Allemagne" with a French `in`), as a code in any case ("de"), or the
/// usual short forms ("USA", "UK"); empty when the text names no country.
QString countryCode(const QString& written, const QLocale& in = QLocale());
/// The city a time zone is known by (CLDR's exemplar city), named in `in`'s language: "Wien" for
/// Europe/Vienna in German, "Buenos Aires" for America/Argentina/Buenos_Aires; the id's last part, spaced,
/// when CLDR names none.
QString zoneCity(const QString& zoneId, const QLocale& in = QLocale());
/// The ISO 639 code of a language written by name in English, in its own language or in `in`'s
/// ("German", "Deutsch", "allemand" with a French `in`); empty when the text names no language.
QString languageCode(const QString& written, const QLocale& in = QLocale());

/// A number as `in`'s language writes it, with `decimals` decimals, grouped as CLDR groups it: "4.604.476" in
/// Spanish, where Qt 6.4 writes "4604.476" (Spanish leaves only four-digit numbers ungrouped).
QString number(double value, int decimals, const QLocale& in = QLocale());
/// A percentage as `in`'s language writes it, with `decimals` decimals: 43.8 reads "43.8%" in English,
/// "43,8 %" in German and French (with a no-break space), "43,8%" in Italian, "%43,8" in Turkish.
QString percent(double value, int decimals = 0, const QLocale& in = QLocale());
/// What a percent field's number is written between: {"", "%"} in English, {"", " %"} in German, {"%", ""}
/// in Turkish, for a spin box's prefix and suffix.
struct Affixes
{
    QString prefix;
    QString suffix;
};
Affixes percentAffixes(const QLocale& in = QLocale());

} // namespace rapport::LocaleNames
