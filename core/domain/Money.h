// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace rapport {

/// An amount of money: integer minor units (cents, pence, yen) and an ISO 4217 currency code.
/// Never a floating-point number, so sums and round trips are exact.
struct Money
{
    qint64 minor = 0;
    QString currency;

    bool operator==(const Money&) const = default;

    /// Number of minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, KWD 3).
    static int minorDigits(QStringView currency);
    static bool isValidCurrency(QStringView code);

    /// The amount in major units (euros, not cents), for charts and spreadsheets that store numbers.
    double major() const;
    /// The amount as a plain decimal whatever the locale ("-1234.50"; "1234" for yen), for CSV and JSON.
    QString plain() const;

    /// Formats for display in the given locale, e.g. "1.234,50 €" in German, "$1,234.50" in English.
    QString format(const QLocale& locale = QLocale()) const;
    /// The same rounded to whole units, for a headline figure: "€24,371,444".
    QString formatWhole(const QLocale& locale = QLocale()) const;
    /// The same in about three figures and a word for thousands, millions or billions, for a figure in a
    /// narrow place: "€24.1M", "€870k", "24,1 Mio. €". Below 10,000 units, as formatWhole().
    QString formatBrief(const QLocale& locale = QLocale()) const;
    /// Parses a decimal amount typed by a user in the given locale ("1.234,50" in German).
    static std::optional<Money> parse(const QString& text, const QString& currency, const QLocale& locale = QLocale());
};

} // namespace rapport
