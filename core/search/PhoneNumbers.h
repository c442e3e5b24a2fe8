// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

/// A phone number understood by libphonenumber.
struct ParsedPhone
{
    QString e164;                ///< "+49301234567"
    QString nationalSignificant; ///< "301234567"
    int countryCode = 0;         ///< 49
};

/// Phone-number normalisation over libphonenumber: whatever spelling a person types
/// ("030/123 45 67", "+49 (30) 1234567", "0049301234567") becomes one E.164 form.
class PhoneNumbers
{
public:
    /// Parses a number typed by a person; `defaultRegion` (ISO 3166 alpha-2) applies to numbers
    /// written without a country code. Empty when the text cannot be a phone number.
    static std::optional<ParsedPhone> parse(QStringView typed, QStringView defaultRegion);

    /// parse() for a number to be stored: one typed without a country code must also be a valid number of
    /// `defaultRegion` ("030 1234567" is no US number, whatever its length), since the region is only a
    /// guess; one with its country code need only be possible (ranges newer than this library's data).
    static std::optional<ParsedPhone> parseToStore(QStringView typed, QStringView defaultRegion);
    /// parse() without the memory of recent numbers (the benchmark of the parse itself).
    static std::optional<ParsedPhone> parseUncached(QStringView typed, QStringView defaultRegion);

    /// The country code a typed number gives itself, after "+" or an international prefix ("+44 …",
    /// "0044 …" in Germany, "011 44 …" in the US), whether or not the rest is a possible number; 0 when
    /// it gives none.
    static int writtenCountryCode(QStringView typed, QStringView defaultRegion);
    /// An E.164 number written the international way ("+49 231 5619760"); the E.164 text if it is none.
    static QString international(QStringView e164);
    /// A stored number as it is shown: the national way when it is of `homeRegion`'s country ("030 1234567"
    /// in Germany, "(512) 228-1809" in the US), else the international way ("+49 30 1234567"), with the
    /// extension `typed` gives ("… ext. 12"). `typed` as it is when there is no `e164`. Bounded memory.
    static QString display(QStringView typed, QStringView e164, QStringView homeRegion);

    /// True when the number is in an assigned range, not only of a possible length.
    static bool isValid(QStringView e164);

    /// The digit strings under which the number is found by search-as-you-type, whatever way it is
    /// dialled: the international digits ("49301234567"), the national significant number
    /// ("301234567") and that number after a trunk zero ("0301234567"). Cheap: no parsing.
    static QStringList searchForms(QStringView e164);

    /// The digits of a number from its last to its first ("+49301234567" → "76543210394"). The phone index
    /// keeps numbers so: those ending in the digits typed, however few, are one index range.
    static QString reversedDigits(QStringView text);

    /// True when a search text is plausibly a phone number: at least three digits, written with
    /// dialling characters only.
    static bool looksLikePhoneNumber(QStringView text);
    /// True when the text holds only digits and the separators people write in numbers: space + ( ) - / .
    static bool hasOnlyDiallingCharacters(QStringView text);

    /// Only the digits of a text ("(030) 12-34" → "0301234").
    static QString digitsOnly(QStringView text);
};

} // namespace rapport
