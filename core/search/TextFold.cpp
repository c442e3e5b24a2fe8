// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TextFold.h"

namespace rapport {

QString foldText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 4);
    bool lastSpace = true;
    const auto append = [&](QChar c) {
        if (c.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
        } else {
            out += c;
            lastSpace = false;
        }
    };
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            append(QChar(u >= u'A' && u <= u'Z' ? u + 32 : u));
            continue;
        }
        // Letters that Unicode does not decompose into base + accent.
        switch (u) {
        case u'ß':
            out += QLatin1String("ss");
            lastSpace = false;
            continue;
        case u'Æ':
        case u'æ':
            out += QLatin1String("ae");
            lastSpace = false;
            continue;
        case u'Œ':
        case u'œ':
            out += QLatin1String("oe");
            lastSpace = false;
            continue;
        case u'Ø':
        case u'ø':
            append(QLatin1Char('o'));
            continue;
        case u'Ł':
        case u'ł':
            append(QLatin1Char('l'));
            continue;
        case u'Đ':
        case u'đ':
            append(QLatin1Char('d'));
            continue;
        case u'Þ':
        case u'þ':
            out += QLatin1String("th");
            lastSpace = false;
            continue;
        case u'ı':
            append(QLatin1Char('i'));
            continue;
        default:
            break;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (QChar d : decomposed) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            append(d.toCaseFolded());
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace rapport
