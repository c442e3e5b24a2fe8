// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

class Database;

/// The exchange rates, read once for a report, converting amounts to the reporting currency by the rate
/// valid on a given day (the latest from that day back). A currency is converted directly, through the
/// inverse of the reporting currency's rate in it, or through a currency both have a rate in. Amounts are
/// integer minor units before and after (rounded half away from zero), never floating point.
class Rates
{
public:
    static Result<Rates> load(Database& db, const QString& reportingCurrency);

    const QString& reporting() const { return m_reporting; }
    /// `minor` units of `currency` in minor units of the reporting currency on `day`; nullopt without a rate.
    std::optional<qint64> convert(qint64 minor, const QString& currency, const QDate& day) const;

private:
    struct Rate
    {
        QDate from;
        qint64 micro = 0;
    };
    /// 1 unit of `from` in `to`, in millionths, on `day` (the stored direction only).
    std::optional<qint64> stored(const QString& from, const QString& to, const QDate& day) const;

    QString m_reporting;
    QHash<QString, QList<Rate>> m_rates; ///< "FROM>TO" → rates by valid_from
};

/// Amounts per currency in minor units of the reporting currency on one day, as a report sums them; a
/// currency without a rate counts as nothing and is noted in `unconverted` once.
class RateConverter
{
public:
    RateConverter(const Rates& rates, QDate day, QStringList& unconverted)
        : m_rates(rates)
        , m_day(day)
        , m_unconverted(unconverted)
    {}

    qint64 operator()(qint64 minor, const QString& currency) const;

private:
    const Rates& m_rates;
    QDate m_day;
    QStringList& m_unconverted;
};

} // namespace rapport
