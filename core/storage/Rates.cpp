// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Rates.h"

#include "domain/Money.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString key(const QString& from, const QString& to)
{
    return from + QLatin1Char('>') + to;
}

qint64 power10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

__extension__ typedef __int128 Wide; // GCC and Clang: exact products of amounts and rates

/// a × b / c rounded half away from zero, in 128 bits so nothing overflows on the way.
qint64 mulDiv(Wide a, Wide b, Wide c)
{
    const Wide product = a * b;
    const Wide half = c / 2;
    return static_cast<qint64>(product >= 0 ? (product + half) / c : (product - half) / c);
}
} // namespace

Result<Rates> Rates::load(Database& db, const QString& reportingCurrency)
{
    Rates rates;
    rates.m_reporting = reportingCurrency.toUpper();
    auto st = db.statements().get(QStringLiteral("SELECT currency, base_currency, micro_rate, valid_from FROM "
                                                 "exchange_rates WHERE deleted = 0 ORDER BY valid_from"));
    if (!st->isValid())
        return Error{QCoreApplication::translate("Rates", "The exchange rates cannot be read: %1").arg(st->errorText()),
                     {}};
    while (st->step() == SqlStatement::Step::Row)
        rates.m_rates[key(st->text(0), st->text(1))].push_back(
            {QDate::fromString(st->text(3), Qt::ISODate), st->int64(2)});
    return rates;
}

std::optional<qint64> Rates::stored(const QString& from, const QString& to, const QDate& day) const
{
    const auto it = m_rates.constFind(key(from, to));
    if (it == m_rates.cend())
        return std::nullopt;
    std::optional<qint64> found;
    for (const Rate& r : *it) {
        if (r.from > day)
            break;
        found = r.micro;
    }
    // A day before the first rate takes the first: better an early rate than no figure at all.
    if (!found && !it->isEmpty())
        found = it->first().micro;
    return found;
}

std::optional<qint64> Rates::convert(qint64 minor, const QString& currency, const QDate& day) const
{
    const QString from = currency.toUpper();
    const qint64 scaleFrom = power10(Money::minorDigits(from));
    const qint64 scaleTo = power10(Money::minorDigits(m_reporting));
    if (from == m_reporting)
        return minor;
    // minor / scaleFrom units × micro / 1e6 → × scaleTo minor units of the reporting currency.
    if (const auto direct = stored(from, m_reporting, day))
        return mulDiv(Wide(minor) * scaleTo, *direct, Wide(scaleFrom) * 1'000'000);
    if (const auto inverse = stored(m_reporting, from, day))
        return mulDiv(Wide(minor) * scaleTo, 1'000'000, Wide(scaleFrom) * *inverse);
    // Through a currency both are quoted in.
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        const QString prefix = from + QLatin1Char('>');
        if (!it.key().startsWith(prefix))
            continue;
        const QString via = it.key().mid(prefix.size());
        const auto toVia = stored(from, via, day);
        const auto reportingToVia = stored(m_reporting, via, day);
        if (toVia && reportingToVia)
            return mulDiv(Wide(minor) * scaleTo, *toVia, Wide(scaleFrom) * *reportingToVia);
    }
    return std::nullopt;
}

qint64 RateConverter::operator()(qint64 minor, const QString& currency) const
{
    if (currency.isEmpty() || minor == 0)
        return 0;
    const auto converted = m_rates.convert(minor, currency, m_day);
    if (!converted) {
        if (!m_unconverted.contains(currency))
            m_unconverted << currency;
        return 0;
    }
    return *converted;
}

} // namespace rapport
