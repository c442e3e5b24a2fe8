// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Money.h"

#include "LocaleNames.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace rapport {

int Money::minorDigits(QStringView currency)
{
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"),
                                     QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("HUF")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"), QStringLiteral("OMR"),
                                      QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

bool Money::isValidCurrency(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

double Money::major() const
{
    return static_cast<double>(minor) / std::pow(10.0, minorDigits(currency));
}

QString Money::plain() const
{
    const int digits = minorDigits(currency);
    if (digits == 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / scale)
        .arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

namespace {
/// `value` major units of `currency` as `locale` writes money, with `digits` decimals.
QString currencyString(const QLocale& locale, double value, const QString& currency, int digits)
{
    // QLocale picks the symbol for the locale's own currency only; others show their ISO code.
    QString symbol = currency;
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode))
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    QString money = locale.toCurrencyString(value, symbol, digits);
    // The figure grouped as CLDR groups it (Qt 6.4 writes Spanish millions "4604.476").
    if (locale.language() != QLocale::C && !locale.numberOptions().testFlag(QLocale::OmitGroupSeparator)) {
        const QString qtFigure = locale.toString(std::fabs(value), 'f', digits);
        if (const QString figure = LocaleNames::number(std::fabs(value), digits, locale); figure != qtFigure)
            money.replace(qtFigure, figure);
    }
    // CLDR's currency spacing: a symbol of letters keeps apart from the figure ("CHF 23,718", not "CHF23,718").
    const qsizetype at = money.indexOf(symbol);
    if (at >= 0 && !symbol.isEmpty()) {
        const qsizetype after = at + symbol.size();
        if (symbol.back().isLetter() && after < money.size() && money.at(after).isDigit())
            money.insert(after, QChar(0x00a0));
        else if (symbol.front().isLetter() && at > 0 && money.at(at - 1).isDigit())
            money.insert(at, QChar(0x00a0));
    }
    return money;
}
} // namespace

QString Money::format(const QLocale& locale) const
{
    const int digits = minorDigits(currency);
    return currencyString(locale, static_cast<double>(minor) / std::pow(10.0, digits), currency, digits);
}

QString Money::formatWhole(const QLocale& locale) const
{
    return currencyString(locale, std::round(static_cast<double>(minor) / std::pow(10.0, minorDigits(currency))),
                          currency, 0);
}

QString Money::formatBrief(const QLocale& locale) const
{
    const double value = major();
    if (std::fabs(value) < 10'000)
        return formatWhole(locale);
    struct Magnitude
    {
        double size;
        const char* suffix;
    };
    // The suffix follows the figure as the language writes it ("24.1M", "24,1 Mio."), before or after the symbol.
    static constexpr std::array<Magnitude, 3> magnitudes{{{1e3, QT_TRANSLATE_NOOP("Money", "k")},
                                                          {1e6, QT_TRANSLATE_NOOP("Money", "M")},
                                                          {1e9, QT_TRANSLATE_NOOP("Money", "bn")}}};
    double shown = 0;
    int decimals = 0;
    const Magnitude* magnitude = nullptr;
    for (const Magnitude& m : magnitudes) {
        magnitude = &m;
        // Three figures: one decimal below a hundred, none above; 999.96k is 1.0M, not 1,000.0k.
        decimals = std::fabs(value) / m.size < 99.95 ? 1 : 0;
        const double scale = decimals ? 10.0 : 1.0;
        shown = std::round(std::fabs(value) / m.size * scale) / scale;
        if (shown < 1000)
            break;
    }
    if (shown == std::floor(shown))
        decimals = 0; // "€2M", not "€2.0M"
    const QString figure = locale.toString(shown, 'f', decimals);
    QString money = currencyString(locale, value < 0 ? -shown : shown, currency, decimals);
    const qsizetype at = money.indexOf(figure);
    if (at < 0) // a locale that writes its digits unlike toString(): the figure stays, with no suffix lost
        return money + QCoreApplication::translate("Money", magnitude->suffix);
    return money.insert(at + figure.size(), QCoreApplication::translate("Money", magnitude->suffix));
}

std::optional<Money> Money::parse(const QString& text, const QString& currency, const QLocale& locale)
{
    if (!isValidCurrency(currency))
        return std::nullopt;
    bool ok = false;
    QString cleaned = text.trimmed();
    cleaned.remove(locale.currencySymbol(QLocale::CurrencySymbol));
    cleaned.remove(currency);
    cleaned = cleaned.trimmed();
    const double value = locale.toDouble(cleaned, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const double scaled = std::round(value * std::pow(10.0, minorDigits(currency)));
    if (std::fabs(scaled) > 9.0e15)
        return std::nullopt;
    return Money{static_cast<qint64>(scaled), currency};
}

} // namespace rapport
