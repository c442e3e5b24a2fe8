// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RichText.h"

namespace rapport {

namespace {

/// The character a reference ("amp", "#233", "#xE9") stands for; empty when it is none of those HTML
/// writers use for text.
QString character(QStringView name)
{
    if (name == u"amp")
        return QStringLiteral("&");
    if (name == u"lt")
        return QStringLiteral("<");
    if (name == u"gt")
        return QStringLiteral(">");
    if (name == u"quot")
        return QStringLiteral("\"");
    if (name == u"apos")
        return QStringLiteral("'");
    if (name == u"nbsp")
        return QString(QChar(0xa0));
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                  : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff)
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
    }
    return {};
}

/// The tag's name in lower case, without "/" ("p" for "<p style=…>" and for "</p>").
QString tagName(QStringView tag)
{
    qsizetype i = tag.startsWith(u'/') ? 1 : 0;
    qsizetype end = i;
    while (end < tag.size() && (tag[end].isLetterOrNumber()))
        ++end;
    return tag.mid(i, end - i).toString().toLower();
}

} // namespace

bool RichText::isHtml(QStringView text)
{
    const QStringView t = text.trimmed();
    for (QStringView start : {u"<!DOCTYPE", u"<html", u"<p>", u"<p ", u"<ul>", u"<ol>", u"<b>", u"<i>"})
        if (t.startsWith(start, Qt::CaseInsensitive))
            return true;
    return false;
}

QString RichText::toPlainText(QStringView text)
{
    if (!isHtml(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    int hidden = 0; // inside <head>, <style> or <script>: nothing of it is text
    const auto newLine = [&out] {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c == u'<') {
            const qsizetype end = text.indexOf(u'>', i);
            if (end < 0)
                break; // a tag cut off: nothing after it is text
            const QStringView tag = text.mid(i + 1, end - i - 1);
            const bool closing = tag.startsWith(u'/');
            const QString name = tagName(tag);
            if (name == u"head" || name == u"style" || name == u"script")
                hidden = std::max(0, hidden + (closing ? -1 : 1));
            else if (hidden == 0) {
                if (name == u"br")
                    out += QLatin1Char('\n');
                else if (name == u"li" && !closing) {
                    newLine();
                    out += QStringLiteral("• ");
                } else if (closing && (name == u"p" || name == u"li" || name == u"div" || name == u"tr" ||
                                       (name.size() == 2 && name[0] == u'h' && name[1].isDigit())))
                    newLine();
            }
            i = end + 1;
        } else if (hidden > 0) {
            ++i;
        } else if (c == u'&') {
            const qsizetype semicolon = text.indexOf(u';', i);
            const QString replacement =
                semicolon > i && semicolon - i <= 10 ? character(text.mid(i + 1, semicolon - i - 1)) : QString();
            if (replacement.isEmpty()) {
                out += c;
                ++i;
            } else {
                out += replacement;
                i = semicolon + 1;
            }
        } else {
            // Line breaks in HTML source are spaces between tags, not text (a written one is <br>).
            if (c != u'\n' && c != u'\r')
                out += c;
            ++i;
        }
    }
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

} // namespace rapport
