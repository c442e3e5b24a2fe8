// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "FoldedNote.h"

#include <QResizeEvent>
#include <QTextBoundaryFinder>

#include <limits>

namespace rapport {

namespace {
QString link(const QString& key, const QString& text)
{
    return QStringLiteral(" <a href=\"%1\">%2</a>").arg(key, text.toHtmlEscaped());
}
} // namespace

FoldedNote::FoldedNote(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this,
            [this](const QString& key) { setUnfolded(key == QLatin1String("more")); });
}

void FoldedNote::setNote(const QString& note)
{
    m_note = note;
    m_unfolded = false; // a new note starts folded
    m_fittedWidth = -1;
    refit();
}

void FoldedNote::setFoldedLines(int lines)
{
    m_lines = std::max(lines, 1);
    m_fittedWidth = -1;
    refit();
}

void FoldedNote::setUnfolded(bool unfolded)
{
    m_unfolded = unfolded;
    m_fittedWidth = -1;
    refit();
}

void FoldedNote::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != m_fittedWidth)
        refit();
}

void FoldedNote::refit()
{
    const int width = contentsRect().width();
    m_fittedWidth = this->width();
    const QFontMetrics metrics(font());
    const auto linesOf = [&](const QString& plain) {
        const QRect r = metrics.boundingRect(QRect(0, 0, std::max(width, 1), std::numeric_limits<int>::max() / 2),
                                             Qt::TextWordWrap, plain);
        return (r.height() + metrics.leading()) / metrics.lineSpacing();
    };
    const QString more = tr("More…");
    m_folded = !m_unfolded && width > 0 && linesOf(m_note) > m_lines;
    if (!m_folded) {
        const bool foldable = m_unfolded && linesOf(m_note) > m_lines;
        setText(m_note.toHtmlEscaped() + (foldable ? link(QStringLiteral("less"), tr("Less")) : QString()));
        setToolTip({});
        return;
    }
    // Whole sentences while they fit with "More…" after them; a first sentence too long alone, its words.
    QString shown;
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, m_note);
    for (qsizetype end = sentences.toNextBoundary(); end > 0; end = sentences.toNextBoundary()) {
        const QString longer = m_note.left(end).trimmed();
        if (linesOf(longer + QLatin1Char(' ') + more) > m_lines)
            break;
        shown = longer;
    }
    if (shown.isEmpty()) {
        QTextBoundaryFinder words(QTextBoundaryFinder::Word, m_note);
        for (qsizetype end = words.toNextBoundary(); end > 0; end = words.toNextBoundary()) {
            const QString longer = m_note.left(end).trimmed() + QChar(0x2026);
            if (linesOf(longer + QLatin1Char(' ') + more) > m_lines)
                break;
            shown = longer;
        }
    }
    setText(shown.toHtmlEscaped() + link(QStringLiteral("more"), more));
    setToolTip(m_note);
}

} // namespace rapport
