// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ContactText.h"

#include <QHash>

namespace rapport::ContactText {

QDate date(const QString& written)
{
    const QString w = written.trimmed();
    if (w.isEmpty())
        return {};
    for (const char* format : {"yyyy-MM-dd", "yyyyMMdd", "d.M.yyyy", "M/d/yyyy", "yyyy/M/d", "d-M-yyyy"}) {
        const QDate d = QDate::fromString(w.left(QString::fromLatin1(format).size() + 2).trimmed(),
                                          QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    // ISO with a time after it (1984-05-17T00:00:00Z).
    if (w.size() > 10 && (w[10] == QLatin1Char('T') || w[10] == QLatin1Char(' ')))
        return QDate::fromString(w.left(10), Qt::ISODate);
    return {};
}

QString typeFromLabel(const QString& label, const QString& fallback)
{
    QString l = label.toLower();
    l.remove(QLatin1Char('*'));
    l = l.trimmed();
    if (l.isEmpty())
        return fallback;
    if (l.contains(QLatin1String("fax")))
        return QStringLiteral("fax");
    if (l.contains(QLatin1String("mobil")) || l.contains(QLatin1String("cell")) || l.contains(QLatin1String("handy")))
        return QStringLiteral("mobile");
    if (l.contains(QLatin1String("home")) || l.contains(QLatin1String("privat")) || l.contains(QLatin1String("personal")))
        return QStringLiteral("home");
    if (l.contains(QLatin1String("work")) || l.contains(QLatin1String("business")) || l.contains(QLatin1String("office")) ||
        l.contains(QLatin1String("gesch")) || l.contains(QLatin1String("arbeit")) || l.contains(QLatin1String("büro")))
        return QStringLiteral("work");
    if (l.contains(QLatin1String("bill")) || l.contains(QLatin1String("rechnung")))
        return QStringLiteral("billing");
    if (l.contains(QLatin1String("ship")) || l.contains(QLatin1String("liefer")))
        return QStringLiteral("shipping");
    return QStringLiteral("other");
}

} // namespace rapport::ContactText
