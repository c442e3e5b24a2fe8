// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "domain/Periods.h"

namespace rapport::Periods {

namespace {

/// `months` months starting at the first of `first`'s month, `offset` such spans on.
Days monthsFrom(const QDate& first, int months, int offset)
{
    const QDate from = first.addMonths(months * offset);
    return {from, from.addMonths(months).addDays(-1)};
}

} // namespace

Days month(const QDate& day, int offset)
{
    return monthsFrom(QDate(day.year(), day.month(), 1), 1, offset);
}

Days quarter(const QDate& day, int offset)
{
    return monthsFrom(QDate(day.year(), (quarterNumber(day) - 1) * 3 + 1, 1), 3, offset);
}

Days year(const QDate& day, int offset)
{
    return monthsFrom(QDate(day.year(), 1, 1), 12, offset);
}

int quarterNumber(const QDate& day)
{
    return (day.month() - 1) / 3 + 1;
}

} // namespace rapport::Periods
