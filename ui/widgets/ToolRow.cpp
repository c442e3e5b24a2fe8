// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ToolRow.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>

#include <algorithm>

namespace rapport {

namespace {
constexpr char KeepLabel[] = "rapportKeepsLabel";
constexpr char LabelOnly[] = "rapportLabelOnly"; ///< when narrow, the label without the icon
constexpr char Labelled[] = "rapportLabelled"; ///< shown with its label when the row is wide

/// A button's new size reaches only its own layout's cache; the layouts around it would answer from theirs
/// until the next layout pass.
void invalidateAll(QLayout* layout)
{
    layout->invalidate();
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout* inner = layout->itemAt(i)->layout())
            invalidateAll(inner);
}
} // namespace

ToolRow::ToolRow(QWidget* parent)
    : QWidget(parent)
{
    m_row = new QHBoxLayout(this); // here, not above: adding it is an event that reads every member
    m_row->setContentsMargins(0, 0, 0, 0);
    // The row's least width is its own (the buttons' icons), not the layout's (their labels).
    m_row->setSizeConstraint(QLayout::SetNoConstraint);
}

void ToolRow::keepLabel(QToolButton* button)
{
    button->setProperty(KeepLabel, true);
}

void ToolRow::keepLabelOnly(QToolButton* button)
{
    button->setProperty(LabelOnly, true);
}

namespace {
/// The tool buttons of a layout and the layouts in it, in the order they stand in the row.
void buttonsIn(const QLayout* layout, QList<QToolButton*>& out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (auto* b = qobject_cast<QToolButton*>(item->widget()))
            out << b;
        else if (item->layout())
            buttonsIn(item->layout(), out);
    }
}
} // namespace

QList<QToolButton*> ToolRow::labelledButtons() const
{
    QList<QToolButton*> inRow, buttons;
    buttonsIn(m_row, inRow);
    for (QToolButton* b : std::as_const(inRow)) {
        if (b->property(KeepLabel).toBool() || b->icon().isNull() || b->text().isEmpty())
            continue;
        if (b->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
            b->setProperty(Labelled, true);
        if (b->property(Labelled).toBool())
            buttons << b;
    }
    return buttons;
}

void ToolRow::setCompacted(int count)
{
    const QList<QToolButton*> buttons = labelledButtons();
    m_compacted = std::clamp(count, 0, int(buttons.size()));
    // The last buttons give way first: the row's first choices are its most used.
    for (int i = 0; i < buttons.size(); ++i) {
        QToolButton* b = buttons[i];
        const bool compact = i >= buttons.size() - m_compacted;
        b->setToolButtonStyle(!compact                          ? Qt::ToolButtonTextBesideIcon
                              : b->property(LabelOnly).toBool() ? Qt::ToolButtonTextOnly
                                                                : Qt::ToolButtonIconOnly);
    }
    invalidateAll(m_row);
}

void ToolRow::measure() const
{
    if (!m_widths.isEmpty())
        return;
    auto* self = const_cast<ToolRow*>(this);
    // The choices give way too: a combo box shortens its text to about ten characters ("All open ti…") before
    // the row would widen the window; one given a least width of its own keeps it.
    for (QComboBox* choice : findChildren<QComboBox*>())
        if (choice->minimumWidth() == 0 && choice->count() > 0) // an empty one is measured once it has choices
            choice->setMinimumWidth(
                std::min(choice->minimumSizeHint().width(), choice->fontMetrics().averageCharWidth() * 10 + 30));
    const int compacted = m_compacted;
    const int buttons = int(labelledButtons().size());
    // The width with 0, 1, 2, … of the last buttons without their labels; labels are worth showing only when
    // everything else has its preferred width too (a heading its text).
    for (int k = 0; k <= buttons; ++k) {
        self->setCompacted(k);
        m_widths << m_row->sizeHint().width();
    }
    m_compactWidth = m_row->minimumSize().width();
    self->setCompacted(compacted);
}

QSize ToolRow::sizeHint() const
{
    measure();
    return {m_widths.first(), m_row->sizeHint().height()};
}

QSize ToolRow::minimumSizeHint() const
{
    measure();
    return {m_compactWidth, m_row->minimumSize().height()};
}

void ToolRow::remeasure()
{
    // Not on every layout request: measuring makes one.
    m_widths.clear();
    updateGeometry();
    if (m_fitPending || !isVisible())
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(this, &ToolRow::fit, Qt::QueuedConnection);
}

void ToolRow::textChanged()
{
    m_widths.clear();
    updateGeometry();
    fit();
}

void ToolRow::fit()
{
    m_fitPending = false;
    measure();
    // As few buttons without their labels as the width allows.
    int k = 0;
    while (k + 1 < m_widths.size() && m_widths[k] > width())
        ++k;
    if (k != m_compacted)
        setCompacted(k);
}

bool ToolRow::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        // A child shown or hidden later (a choice only some reports have) changes the widths too.
        if (QObject* child = static_cast<QChildEvent*>(event)->child(); child->isWidgetType())
            child->installEventFilter(this);
        remeasure();
        break;
    case QEvent::ChildRemoved:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        remeasure();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool ToolRow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        remeasure();
    // A choice shortened for a narrow row says so with "…" (a combo box cuts its text off mid-letter).
    if (event->type() == QEvent::Paint)
        if (auto* choice = qobject_cast<QComboBox*>(watched);
            choice && !choice->isEditable() && choice->width() < choice->sizeHint().width())
            return paintShortened(choice);
    return QWidget::eventFilter(watched, event);
}

void ToolRow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fit();
}

namespace {
QStyleOptionComboBox optionOf(const QComboBox* choice)
{
    QStyleOptionComboBox option;
    option.initFrom(choice);
    option.editable = false;
    option.frame = choice->hasFrame();
    option.iconSize = choice->iconSize();
    option.currentIcon = choice->itemIcon(choice->currentIndex());
    option.subControls = QStyle::SC_All;
    if (choice->view() && choice->view()->isVisible())
        option.state |= QStyle::State_On;
    option.currentText = choice->currentText();
    return option;
}
} // namespace

QString ToolRow::shownText(const QComboBox* choice)
{
    const QStyleOptionComboBox option = optionOf(choice);
    const QRect field =
        choice->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, choice);
    const int room = field.width() - (option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4);
    return choice->fontMetrics().elidedText(choice->currentText(), Qt::ElideRight, room);
}

bool ToolRow::paintShortened(QComboBox* choice)
{
    // As QComboBox paints itself, with its text ending in "…" where the box has no room for the rest.
    QStyleOptionComboBox option = optionOf(choice);
    QStylePainter painter(choice);
    painter.setPen(choice->palette().color(QPalette::Text));
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText(choice);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    return true;
}

} // namespace rapport
