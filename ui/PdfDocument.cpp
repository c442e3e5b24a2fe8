// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PdfDocument.h"

#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace rapport {

PdfDocument::PdfDocument(QString html, QString title)
    : m_html(std::move(html))
    , m_title(std::move(title))
{}

void PdfDocument::addImage(const QString& name, const QImage& image)
{
    m_images.insert(name, image);
}

QString PdfDocument::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

void PdfDocument::layOut(QTextDocument& document) const
{
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(m_html);
    if (!m_title.isEmpty())
        document.setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

QByteArray PdfDocument::bytes() const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // QTextDocument::print() keeps 2 cm around the text itself: the page adds nothing.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Rapport"));
        QTextDocument document;
        layOut(document);
        document.print(&writer);
    }
    return out;
}

Status PdfDocument::save(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

Status PdfDocument::write(const QString& path) const
{
    return save(bytes(), path);
}

} // namespace rapport
