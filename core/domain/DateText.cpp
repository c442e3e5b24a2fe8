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

QString dayAndMonth(const QDate& date, const QLocale& locale)
{
    // The short format without its year and the separator that joins it: "M/d", "dd.MM.", "MM-dd".
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression yearLast(QStringLiteral("([^dMy]*)y+[^dMy]*$"));
    static const QRegularExpression yearFirst(QStringLiteral("^[^dMy]*y+[^dMy]*"));
    if (const auto last = format.indexOf(yearLast); last > 0) {
        const QRegularExpressionMatch m = yearLast.match(format);
        format.truncate(last);
        if (m.captured(1) == QLatin1String("."))
            format += QLatin1Char('.'); // "28.09.", as written where dates end in a dot
    } else {
        format.remove(yearFirst);
    }
    return locale.toString(date, format);
}

} // namespace rapport::DateText
