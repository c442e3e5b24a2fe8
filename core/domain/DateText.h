// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

/// Short dates as every part of Rapport writes them: the locale's short format with the whole year
/// ("12/4/2026", "04.12.2026"). The locale's own "12/4/26" would leave a birthday in "85" between 1885 and 2085,
/// and lists, pages and reports would mix both spellings.
namespace rapport::DateText {

QString shortDate(const QDate& date, const QLocale& locale = QLocale());
QString shortDateTime(const QDateTime& dateTime, const QLocale& locale = QLocale());
/// A day of the month in the locale's short order, without the year ("9/28", "28.09."): for labels along an
/// axis whose dates all fall in one year, said once elsewhere.
QString dayAndMonth(const QDate& date, const QLocale& locale = QLocale());
/// The formats of shortDate and shortDateTime, for date editors.
QString shortDateFormat(const QLocale& locale = QLocale());
QString shortDateTimeFormat(const QLocale& locale = QLocale());

} // namespace rapport::DateText
