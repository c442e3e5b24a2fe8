// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

class QTextDocument;

namespace rapport {

/// A document written as HTML (Qt's rich-text subset) and printed to an A4 PDF: the one way reports and
/// quotes become files. Images are referenced from the HTML by name (<img src="name">). The file appears
/// whole or not at all. Needs a QGuiApplication (fonts); the command line starts one for the commands that
/// print.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    explicit PdfDocument(QString html, QString title = {});

    void addImage(const QString& name, const QImage& image);
    /// A4 on its side: for tables wider than they are long.
    void setLandscape(bool landscape) { m_landscape = landscape; }
    Status write(const QString& path) const;
    /// The PDF file's bytes (to write once something else has succeeded).
    QByteArray bytes() const;
    /// Writes `bytes` to `path`: whole or not at all.
    static Status save(const QByteArray& bytes, const QString& path);
    /// The document laid out for A4 (to preview or print).
    void layOut(QTextDocument& document) const;

    /// `text` with the characters HTML gives meaning to escaped.
    static QString escape(const QString& text);

private:
    QString m_html;
    QString m_title;
    QHash<QString, QImage> m_images;
    bool m_landscape = false;
};

} // namespace rapport
