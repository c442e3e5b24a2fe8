// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ElidedLabel.h"

#include <QPainter>

#include <algorithm>

namespace rapport {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString& text, const QString& brief)
{
    if (text == m_text && brief == m_brief)
        return;
    m_text = text;
    m_brief = brief;
    updateGeometry();
    update();
}

QString ElidedLabel::shownText() const
{
    const QFontMetrics metrics = fontMetrics();
    if (metrics.horizontalAdvance(m_text) <= width() || m_brief.isEmpty())
        return metrics.elidedText(m_text, Qt::ElideRight, width());
    return metrics.elidedText(m_brief, Qt::ElideRight, width());
}

void ElidedLabel::setPreferBrief(bool prefer)
{
    m_preferBrief = prefer;
    updateGeometry();
}

void ElidedLabel::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment & Qt::AlignHorizontal_Mask;
    update();
}

QSize ElidedLabel::sizeHint() const
{
    const QString& asked = m_preferBrief && !m_brief.isEmpty() ? m_brief : m_text;
    return {fontMetrics().horizontalAdvance(asked) + 2, fontMetrics().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for the brief text when short (a count's number), else for a few letters and "…"; none for no text.
    const QFontMetrics metrics = fontMetrics();
    const QString& shortest = m_brief.isEmpty() ? m_text : m_brief;
    const int few = metrics.horizontalAdvance(QStringLiteral("…")) * 8;
    return {shortest.isEmpty() ? 0 : std::min(few, metrics.horizontalAdvance(shortest) + 2), metrics.height()};
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setPen(palette().color(foregroundRole()));
    p.drawText(rect(), m_alignment | Qt::AlignVCenter, shownText());
}

} // namespace rapport
