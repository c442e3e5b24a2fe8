// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "DateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace rapport::DateText {

namespace {
QString withWholeYear(QString format)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigitYear, QStringLiteral("yyyy"));
}
} // namespace

QString shortDateFormat(const QLocale& locale)
{
    return withWholeYear(locale.dateFormat(QLocale::ShortFormat));
}

QString shortDateTimeFormat(const QLocale& locale)
{
    return withWholeYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString shortDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

QString shortDateTime(const QDateTime& dateTime, const QLocale& locale)
{
    return locale.toString(dateTime, shortDateTimeFormat(locale));
}

} // namespace rapport::DateText
