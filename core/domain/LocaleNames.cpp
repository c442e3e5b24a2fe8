// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LocaleNames.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <unicode/decimfmt.h>
#include <unicode/locdspnm.h>
#include <unicode/numfmt.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

namespace rapport::LocaleNames {

namespace {

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

QString icuName(const QLocale& in)
{
    // The POSIX "C" locale names nothing: read it as US English, as formatting does.
    return in.language() == QLocale::C ? QStringLiteral("en_US") : in.name();
}

/// What one thread knows for one display language: ICU's names object (not thread-safe, so one per
/// thread) and the names already asked for, which list cells ask for again on every paint.
struct Names
{
    QLocale locale;
    std::unique_ptr<icu::LocaleDisplayNames> icu;
    std::unique_ptr<icu::TimeZoneNames> zones;
    std::unique_ptr<icu::NumberFormat> percent, number; ///< made when first asked for
    QHash<QString, QString> countries, languages, cities;
    QList<Named> countryList, languageList;
    QHash<QString, QString> countryByName, languageByName;
};

Names& namesIn(const QLocale& in)
{
    thread_local Names names;
    if (!names.icu || names.locale != in) {
        // Standard names ("German (Switzerland)", not "Swiss High German"), capitalised as a list shows them
        // (French writes "allemand" in a sentence, "Allemand" in a menu).
        UDisplayContext contexts[] = {UDISPCTX_STANDARD_NAMES, UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU};
        names = Names{};
        names.locale = in;
        const icu::Locale locale(icuName(in).toLatin1().constData());
        names.icu.reset(icu::LocaleDisplayNames::createInstance(locale, contexts, int(std::size(contexts))));
        UErrorCode status = U_ZERO_ERROR;
        names.zones.reset(icu::TimeZoneNames::createInstance(locale, status));
        if (U_FAILURE(status))
            names.zones.reset();
    }
    return names;
}

bool isCountryCode(const QString& code)
{
    return code.size() == 2 && code.at(0).isUpper() && code.at(1).isUpper() &&
           QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isLanguageCode(const QString& code)
{
    return code.size() >= 2 && code.size() <= 3 && QLocale::codeToLanguage(code) != QLocale::AnyLanguage;
}

void addIfNew(QHash<QString, QString>& byName, const QString& name, const QString& code)
{
    if (!byName.contains(name))
        byName.insert(name, code);
}

void sortByName(QList<Named>& list, const QLocale& in)
{
    QCollator collator(in);
    std::sort(list.begin(), list.end(),
              [&collator](const Named& a, const Named& b) { return collator.compare(a.name, b.name) < 0; });
}

} // namespace

namespace {

/// One of ICU's number formats for `in` (`percent` or not), rounding half up as QLocale rounds (12.5 → 13) and
/// grouping by the locale's own rule (Spanish writes "4604" ungrouped, "14.604" grouped); null where ICU has none.
std::unique_ptr<icu::NumberFormat> makeFormat(const QLocale& in, bool percent)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(icuName(in).toLatin1().constData());
    std::unique_ptr<icu::NumberFormat> format(percent ? icu::NumberFormat::createPercentInstance(locale, status)
                                                      : icu::NumberFormat::createInstance(locale, status));
    if (U_FAILURE(status))
        return nullptr;
    format->setRoundingMode(icu::NumberFormat::kRoundHalfUp);
    if (auto* decimal = dynamic_cast<icu::DecimalFormat*>(format.get()))
        decimal->setMinimumGroupingDigits(UNUM_MINIMUM_GROUPING_DIGITS_AUTO);
    return format;
}

QString formatted(icu::NumberFormat& format, double value, int decimals)
{
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    icu::UnicodeString out;
    format.format(value, out);
    return fromIcu(out);
}

} // namespace

QString number(double value, int decimals, const QLocale& in)
{
    Names& names = namesIn(in);
    if (!names.number)
        names.number = makeFormat(in, false);
    return names.number ? formatted(*names.number, value, decimals) : in.toString(value, 'f', decimals);
}

QString percent(double value, int decimals, const QLocale& in)
{
    Names& names = namesIn(in);
    if (!names.percent)
        names.percent = makeFormat(in, true);
    if (!names.percent) // ICU without this locale's data: the locale's number and its sign
        return in.toString(value, 'f', decimals) + in.percent();
    return formatted(*names.percent, value / 100.0, decimals);
}

Affixes percentAffixes(const QLocale& in)
{
    const QString zero = percent(0, 0, in);
    const QString digit = in.zeroDigit();
    const qsizetype at = zero.indexOf(digit);
    if (at < 0)
        return {QString(), in.percent()};
    return {zero.left(at), zero.mid(at + digit.size())};
}

QString country(const QString& code, const QLocale& in)
{
    if (!isCountryCode(code))
        return code;
    Names& names = namesIn(in);
    if (const auto known = names.countries.constFind(code); known != names.countries.cend())
        return *known;
    icu::UnicodeString out;
    names.icu->regionDisplayName(code.toLatin1().constData(), out);
    QString name = fromIcu(out);
    if (name.isEmpty() || name == code) // a code CLDR does not name: Qt's English name
        name = QLocale::territoryToString(QLocale::codeToTerritory(code));
    names.countries.insert(code, name);
    return name;
}

QString zoneCity(const QString& zoneId, const QLocale& in)
{
    Names& names = namesIn(in);
    if (const auto known = names.cities.constFind(zoneId); known != names.cities.cend())
        return *known;
    QString city;
    if (names.zones) {
        icu::UnicodeString out;
        names.zones->getExemplarLocationName(
            icu::UnicodeString(reinterpret_cast<const char16_t*>(zoneId.utf16()), int32_t(zoneId.size())), out);
        if (!out.isBogus())
            city = fromIcu(out);
    }
    if (city.isEmpty())
        city = zoneId.mid(zoneId.lastIndexOf(QLatin1Char('/')) + 1).replace(QLatin1Char('_'), QLatin1Char(' '));
    names.cities.insert(zoneId, city);
    return city;
}

QString language(const QString& tag, const QLocale& in)
{
    const QString code = tag.section(QLatin1Char('-'), 0, 0);
    if (!isLanguageCode(code))
        return tag;
    Names& names = namesIn(in);
    if (const auto known = names.languages.constFind(tag); known != names.languages.cend())
        return *known;
    icu::UnicodeString out;
    names.icu->languageDisplayName(code.toLatin1().constData(), out);
    QString name;
    if (fromIcu(out) == code) { // a language CLDR does not name: Qt's English names
        const QLocale locale(tag);
        name = QLocale::languageToString(QLocale::codeToLanguage(code));
        if (tag.contains(QLatin1Char('-')) && locale.territory() != QLocale::AnyTerritory)
            name += QStringLiteral(" (%1)").arg(country(QLocale::territoryToCode(locale.territory()), in));
    } else {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::forLanguageTag(tag.toStdString(), status);
        if (U_FAILURE(status) || locale.isBogus())
            return tag;
        out.remove();
        names.icu->localeDisplayName(locale, out);
        name = fromIcu(out);
    }
    names.languages.insert(tag, name);
    return name;
}

QList<Named> countries(const QLocale& in)
{
    Names& names = namesIn(in);
    if (names.countryList.isEmpty()) {
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
            if (isCountryCode(code))
                names.countryList.append({code, country(code, in)});
        }
        sortByName(names.countryList, in);
    }
    return names.countryList;
}

QList<Named> languages(const QLocale& in)
{
    Names& names = namesIn(in);
    if (names.languageList.isEmpty()) {
        QSet<QString> seen;
        for (int l = 2; l <= int(QLocale::LastLanguage); ++l) { // after AnyLanguage and C
            const QString code =
                QLocale::languageToCode(static_cast<QLocale::Language>(l), QLocale::ISO639Part1 | QLocale::ISO639Part2);
            if (code.isEmpty() || seen.contains(code))
                continue;
            seen.insert(code);
            if (const QString name = language(code, in); name != code)
                names.languageList.append({code, name});
        }
        sortByName(names.languageList, in);
    }
    return names.languageList;
}

QString countryCode(const QString& written, const QLocale& in)
{
    const QString w = written.trimmed();
    if (isCountryCode(w.toUpper()))
        return w.toUpper();
    Names& names = namesIn(in);
    if (names.countryByName.isEmpty()) {
        // The reader's names first, then the English, then each country's own where no other took it
        // (Qt names the French Southern Territories "France" in French).
        QHash<QString, QString>& n = names.countryByName;
        const QList<Named> all = countries(in);
        for (const Named& c : all)
            n.insert(c.name.toLower(), c.code);
        for (const Named& c : all)
            addIfNew(n, QLocale::territoryToString(QLocale::codeToTerritory(c.code)).toLower(), c.code);
        for (const Named& c : all)
            if (const QString own =
                    QLocale(QLocale::AnyLanguage, QLocale::codeToTerritory(c.code)).nativeTerritoryName();
                !own.isEmpty())
                addIfNew(n, own.toLower(), c.code);
        n.insert(QStringLiteral("usa"), QStringLiteral("US"));
        n.insert(QStringLiteral("united states of america"), QStringLiteral("US"));
        n.insert(QStringLiteral("uk"), QStringLiteral("GB"));
        n.insert(QStringLiteral("great britain"), QStringLiteral("GB"));
        n.insert(QStringLiteral("england"), QStringLiteral("GB"));
    }
    return names.countryByName.value(w.toLower());
}

QString languageCode(const QString& written, const QLocale& in)
{
    Names& names = namesIn(in);
    if (names.languageByName.isEmpty()) {
        QHash<QString, QString>& n = names.languageByName; // in the same order as the countries
        const QList<Named> all = languages(in);
        for (const Named& l : all)
            n.insert(l.name.toLower(), l.code);
        for (const Named& l : all)
            addIfNew(n, QLocale::languageToString(QLocale::codeToLanguage(l.code)).toLower(), l.code);
        for (const Named& l : all) {
            const QLocale own(QLocale::codeToLanguage(l.code));
            if (own.language() == QLocale::codeToLanguage(l.code) && !own.nativeLanguageName().isEmpty())
                addIfNew(n, own.nativeLanguageName().toLower(), l.code);
        }
    }
    return names.languageByName.value(written.trimmed().toLower());
}

} // namespace rapport::LocaleNames
