// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDate>

/// The calendar periods reports, boards and the Home count in: months, quarters and years of whole days.
namespace rapport::Periods {

/// A span of whole days, both ends included.
struct Days
{
    QDate from, to;

    bool contains(const QDate& day) const { return day >= from && day <= to; }
    bool operator==(const Days&) const = default;
};

/// The calendar month holding `day`, or the month `offset` months after it (before it when negative).
Days month(const QDate& day, int offset = 0);
/// The calendar quarter holding `day` (January to March, April to June, …), or `offset` quarters on.
Days quarter(const QDate& day, int offset = 0);
/// The calendar year holding `day`, or `offset` years on.
Days year(const QDate& day, int offset = 0);
/// The number of the quarter holding `day`, 1 to 4.
int quarterNumber(const QDate& day);

} // namespace rapport::Periods
