// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "widgets/StackedRows.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>

namespace rapport {

namespace {
constexpr int Padding = 5; // above the first line and below the second, as a one-line row has it
}

StackedRows::StackedRows(QTableView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    m_view->verticalHeader()->setDefaultSectionSize(lineHeight() + 2 * Padding);
}

int StackedRows::lineHeight() const
{
    return m_view->fontMetrics().height();
}

void StackedRows::stack(int first, const QList<int>& below)
{
    const bool wasStacked = isStacked();
    m_first = first;
    m_below = below;
    m_view->viewport()->update();
    if (wasStacked == isStacked())
        return;
    // Every row alike: the list pages through its rows and never measures them one by one. Back in one line, a
    // row is as high as it was.
    QHeaderView* rows = m_view->verticalHeader();
    if (isStacked())
        m_oneLine = rows->defaultSectionSize();
    rows->setDefaultSectionSize(isStacked() ? 2 * lineHeight() + 2 * Padding + 2 : m_oneLine);
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
}

QString StackedRows::secondLine(const QModelIndex& index) const
{
    QStringList values;
    for (int column : m_below) {
        const QString value = index.siblingAtColumn(column).data().toString().simplified();
        if (!value.isEmpty())
            values << value;
    }
    return values.join(QStringLiteral(" · "));
}

void StackedRows::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isStacked()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The whole cell's background (the selection's colour), then the first line as any cell draws it.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const int line = lineHeight();
    QStyleOptionViewItem top(opt);
    top.rect.setHeight(line + 2 * Padding);
    top.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &top, painter, widget);

    // The second line runs across the row from where the first column's text starts, past its icon, in a quieter
    // colour; each cell draws the part of it that crosses the cell.
    QStyleOptionViewItem lead(option);
    initStyleOption(&lead, index.siblingAtColumn(m_first));
    lead.rect =
        QRect(m_view->columnViewportPosition(m_first), top.rect.top(), m_view->columnWidth(m_first), top.rect.height());
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &lead, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int end = std::min(m_view->viewport()->width(), lead.rect.left() + m_view->horizontalHeader()->length());
    const QRect second(text.left() + margin, top.rect.bottom() + 1 - Padding + 2, end - text.left() - 2 * margin, line);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    // In the list's own font, whatever a cell's (an overdue clock's is bold): the cells' parts must join up.
    painter->setFont(m_view->font());
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      m_view->fontMetrics().elidedText(secondLine(index), Qt::ElideRight, second.width()));
    painter->restore();
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace rapport
