// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PhoneNumbers.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace rapport {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::optional<PhoneNumber> parseE164(QStringView e164)
{
    PhoneNumber number;
    if (util().Parse(e164.toString().toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

/// parseE164() without the parse, for a well-formed E.164 text: the calling code is the one prefix of one to three
/// digits that has a region (calling codes are prefix-free), the rest the national number, its leading zeros noted as
/// the parse notes them. A third of the parse's cost, which is most of the cost of showing a list of numbers.
std::optional<PhoneNumber> fromE164(QStringView e164)
{
    const QStringView digits = e164.mid(1);
    if (!e164.startsWith(QLatin1Char('+')) || digits.size() < 3 || digits.size() > 18 ||
        !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return parseE164(e164);
    for (qsizetype length = 1; length <= 3; ++length) {
        const int code = digits.left(length).toInt();
        std::string region;
        util().GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        const QStringView national = digits.mid(length);
        PhoneNumber number;
        number.set_country_code(code);
        qsizetype zeros = 0;
        while (zeros + 1 < national.size() && national[zeros] == u'0')
            ++zeros;
        if (zeros > 0) {
            number.set_italian_leading_zero(true);
            if (zeros > 1)
                number.set_number_of_leading_zeros(int(zeros));
        }
        number.set_national_number(national.toULongLong());
        return number;
    }
    return parseE164(e164);
}
} // namespace

QString PhoneNumbers::digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    return out;
}

bool PhoneNumbers::hasOnlyDiallingCharacters(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isDigit() || QStringView(u" +()-/.").contains(c); });
}

bool PhoneNumbers::looksLikePhoneNumber(QStringView text)
{
    return hasOnlyDiallingCharacters(text) &&
           std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) >= 3;
}

namespace {
/// The last numbers parsed: one number is read several times on its way in (checked, matched, normalised,
/// indexed), often on different threads, and libphonenumber's parse is costly. Bounded; thread-safe.
class RecentParses
{
public:
    std::optional<std::optional<ParsedPhone>> find(const QString& key)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend())
            return std::nullopt;
        return *it;
    }
    void insert(const QString& key, const std::optional<ParsedPhone>& value)
    {
        QMutexLocker lock(&m_mutex);
        if (m_entries.size() >= Capacity)
            m_entries.clear(); // cheaper than bookkeeping for an LRU, and numbers arrive in streams
        m_entries.insert(key, value);
    }

private:
    static constexpr qsizetype Capacity = 8192;
    QMutex m_mutex;
    QHash<QString, std::optional<ParsedPhone>> m_entries;
};

RecentParses& recentParses()
{
    static RecentParses cache;
    return cache;
}
} // namespace

std::optional<ParsedPhone> PhoneNumbers::parse(QStringView typed, QStringView defaultRegion)
{
    const QString key = defaultRegion.toString() + QLatin1Char('|') + typed.toString();
    if (auto known = recentParses().find(key))
        return *known;
    auto parsed = parseUncached(typed, defaultRegion);
    recentParses().insert(key, parsed);
    return parsed;
}

std::optional<ParsedPhone> PhoneNumbers::parseUncached(QStringView typed, QStringView defaultRegion)
{
    const QString trimmed = typed.trimmed().toString();
    if (digitsOnly(trimmed).size() < 3)
        return std::nullopt;
    PhoneNumber number;
    const std::string region =
        defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toString().toUpper().toStdString();
    if (util().Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util().IsPossibleNumber(number))
        return std::nullopt;
    ParsedPhone p;
    std::string s;
    util().GetNationalSignificantNumber(number, &s);
    p.nationalSignificant = QString::fromStdString(s);
    p.countryCode = number.country_code();
    p.e164 = QLatin1Char('+') + QString::number(p.countryCode) + p.nationalSignificant;
    return p;
}

std::optional<ParsedPhone> PhoneNumbers::parseToStore(QStringView typed, QStringView defaultRegion)
{
    auto parsed = parse(typed, defaultRegion);
    if (parsed && writtenCountryCode(typed, defaultRegion) == 0 && !isValid(parsed->e164))
        return std::nullopt;
    return parsed;
}

int PhoneNumbers::writtenCountryCode(QStringView typed, QStringView defaultRegion)
{
    PhoneNumber number;
    const std::string region =
        defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toString().toUpper().toStdString();
    if (util().ParseAndKeepRawInput(typed.trimmed().toString().toStdString(), region, &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return 0;
    switch (number.country_code_source()) {
    case PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN:
    case PhoneNumber::FROM_NUMBER_WITH_IDD:
        return number.country_code();
    default:
        return 0;
    }
}

QString PhoneNumbers::international(QStringView e164)
{
    const auto number = parseE164(e164);
    if (!number)
        return e164.toString();
    std::string formatted;
    util().Format(*number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumbers::display(QStringView typed, QStringView e164, QStringView homeRegion)
{
    if (e164.isEmpty())
        return typed.toString();
    static QMutex mutex;
    static QHash<QString, QString> shown; // lists show the same numbers page after page
    const QString key =
        homeRegion.toString() + QLatin1Char('|') + e164.toString() + QLatin1Char('|') + typed.toString();
    {
        QMutexLocker lock(&mutex);
        if (const auto it = shown.constFind(key); it != shown.cend())
            return *it;
    }
    auto number = fromE164(e164);
    if (!number)
        return typed.toString();
    // The extension is not part of the E.164 form: read it from the number as typed, in the number's own country,
    // when the text has more than dialling characters ("x 12", "ext. 12", "#12"; most have not, and a second parse is
    // the costly part of showing a list of numbers).
    if (!hasOnlyDiallingCharacters(typed)) {
        std::string region;
        util().GetRegionCodeForNumber(*number, &region);
        PhoneNumber asTyped;
        if (util().Parse(typed.toString().toStdString(), region.empty() ? std::string("ZZ") : region, &asTyped) ==
                PhoneNumberUtil::NO_PARSING_ERROR &&
            asTyped.has_extension() && asTyped.country_code() == number->country_code() &&
            asTyped.national_number() == number->national_number())
            number->set_extension(asTyped.extension());
    }
    const bool home =
        !homeRegion.isEmpty() &&
        util().GetCountryCodeForRegion(homeRegion.toString().toUpper().toStdString()) == number->country_code();
    std::string formatted;
    util().Format(*number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    const QString out = QString::fromStdString(formatted);
    QMutexLocker lock(&mutex);
    if (shown.size() >= 8192)
        shown.clear();
    shown.insert(key, out);
    return out;
}

bool PhoneNumbers::isValid(QStringView e164)
{
    const auto number = parseE164(e164);
    return number && util().IsValidNumber(*number);
}

QStringList PhoneNumbers::searchForms(QStringView e164)
{
    QStringList forms;
    const QString international = digitsOnly(e164);
    if (international.isEmpty())
        return forms;
    forms << international;
    // Country calling codes are prefix-free (ITU E.164), so the first one that matches is the one.
    static const std::set<int> codes = [] {
        std::set<int> c;
        util().GetSupportedCallingCodes(&c);
        return c;
    }();
    for (int length = 1; length <= 3 && length < international.size(); ++length) {
        if (codes.count(QStringView(international).left(length).toInt()) == 0)
            continue;
        const QString nsn = international.mid(length);
        forms << nsn;
        if (!nsn.startsWith(QLatin1Char('0')))
            forms << QLatin1Char('0') + nsn;
        break;
    }
    return forms;
}

QString PhoneNumbers::reversedDigits(QStringView text)
{
    QString digits = digitsOnly(text);
    std::reverse(digits.begin(), digits.end());
    return digits;
}

} // namespace rapport
