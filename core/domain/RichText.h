// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>

namespace rapport {

/// Long texts written with formatting (notes, articles; FieldFlag::Rich) are stored as HTML, the plain ones
/// as they were typed. The notes editor writes only paragraphs, line breaks, bold, italic and bulleted lists
/// (`<p>`, `<br>`, `<b>`, `<i>`, `<ul><li>`); notes saved before it did are whole Qt documents with a head.
/// What leaves the program for people and other programs (a vCard's NOTE, a CSV cell, a privacy export)
/// is the plain text.
class RichText
{
public:
    /// True when the text is stored HTML, not plain text.
    static bool isHtml(QStringView text);
    /// The text a person reads: paragraphs and list items on lines of their own ("• " before an item),
    /// markup dropped, character references read. Plain text comes back as it is.
    static QString toPlainText(QStringView text);
};

} // namespace rapport
