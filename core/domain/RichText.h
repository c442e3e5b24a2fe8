// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>

namespace rapport {

/// Long texts written with formatting (notes, articles; FieldFlag::Rich) are stored as HTML, the plain ones
/// as they were typed. The editor writes only paragraphs, line breaks, bold, italic and bulleted lists
/// (`<p>`, `<br>`, `<b>`, `<i>`, `<ul><li>`); texts saved before it did are whole Qt documents with a head.
/// What leaves the program for people and other programs (a vCard's NOTE, a CSV cell, a privacy export, a
/// reply quoting an article) and what the search index reads is the plain text.
class RichText
{
public:
    /// True when the text holds a tag (a "<" right before a tag's name: "a < b" is text).
    static bool isHtml(const QString& text);
    /// The text a person reads: paragraphs and list items on lines of their own ("• " before an item), no
    /// empty lines, markup dropped, character references read. Plain text comes back as it is.
    static QString toPlainText(const QString& text);
};

} // namespace rapport
