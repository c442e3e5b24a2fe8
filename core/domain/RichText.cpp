// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RichText.h"

#include <QHash>
#include <QRegularExpression>

namespace rapport {

namespace {

/// A tag starts right after its "<" ("a < b" is text).
const QRegularExpression& tag()
{
    static const QRegularExpression re(QStringLiteral("<(/?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?|![^>]*)>"));
    return re;
}

/// "&amp;", "&#233;", "&#xE9;" read; a reference this does not know stays as it is.
QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")}};
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        bool ok = false;
        uint code = 0;
        if (name.startsWith(QLatin1String("#x")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        else
            out += named.value(name, m.captured(0));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

bool RichText::isHtml(const QString& text)
{
    return text.contains(tag());
}

QString RichText::toPlainText(const QString& text)
{
    if (!isHtml(text))
        return text;
    static const QRegularExpression hidden(QStringLiteral("<(head|style|script)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sourceBreaks(QStringLiteral("[\\r\\n]+")); // spaces between tags, not text
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral("<li\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blankLines(QStringLiteral("[ \\t]*\\n[ \\t\\n]*"));
    QString out = text;
    out.remove(hidden);
    out.remove(sourceBreaks);
    out.replace(breaks, QStringLiteral("\n"));
    out.replace(item, QStringLiteral("• "));
    out.remove(tag());
    out = decodeEntities(out);
    out.replace(blankLines, QStringLiteral("\n"));
    return out.trimmed();
}

} // namespace rapport
