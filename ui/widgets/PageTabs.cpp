// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "widgets/PageTabs.h"

#include <QHelpEvent>
#include <QRegularExpression>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QToolTip>

#include <algorithm>

namespace rapport {

namespace {

class FittingBar : public QTabBar
{
public:
    using QTabBar::QTabBar;

    /// Every tab's own width, the widest held to the one cap that makes them all fit (as water finds its level).
    QSize tabSizeHint(int index) const override
    {
        const QSize own = QTabBar::tabSizeHint(index);
        const QWidget* pane = parentWidget();
        if (!pane || count() < 2)
            return own;
        QList<int> widths;
        int total = 0;
        for (int i = 0; i < count(); ++i) {
            if (!isTabVisible(i)) // a tab hidden (an account without a group's hierarchy) takes no room
                continue;
            widths << (i == index ? own.width() : QTabBar::tabSizeHint(i).width());
            total += widths.last();
        }
        const int room = pane->width();
        if (total <= room)
            return own;
        std::sort(widths.begin(), widths.end());
        int cap = 0, below = 0;
        for (int i = 0; i < widths.size(); ++i) {
            const int rest = int(widths.size()) - i; // tabs at least this wide share what the narrower leave
            cap = (room - below) / rest;
            if (cap <= widths[i])
                break;
            below += widths[i];
        }
        const int least = fontMetrics().averageCharWidth() * 6; // a few letters and "…" say which tab it is
        return {std::min(own.width(), std::max(cap, least)), own.height()};
    }

protected:
    /// The label as the style shows it, shortened by PageTabs::fitted rather than at its end alone.
    void initStyleOption(QStyleOptionTab* option, int index) const override
    {
        QTabBar::initStyleOption(option, index);
        const QString whole = tabText(index);
        if (option->text == whole)
            return;
        QStyleOptionTab full = *option;
        full.text = whole;
        const int room = style()->subElementRect(QStyle::SE_TabBarTabText, &full, this).width();
        option->text = PageTabs::fitted(whole, fontMetrics(), room);
    }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const int tab = tabAt(help->pos());
            if (tab >= 0 && tabToolTip(tab).isEmpty() && tabRect(tab).width() < QTabBar::tabSizeHint(tab).width()) {
                QToolTip::showText(help->globalPos(), tabText(tab).remove(QLatin1Char('&')), this, tabRect(tab));
                return true;
            }
        }
        return QTabBar::event(event);
    }
};

} // namespace

PageTabs::PageTabs(QWidget* parent)
    : QTabWidget(parent)
{
    setTabBar(new FittingBar(this));
    setElideMode(Qt::ElideRight);
}

QString PageTabs::fitted(const QString& label, const QFontMetrics& metrics, int room)
{
    if (metrics.horizontalAdvance(label) <= room)
        return label;
    static const QRegularExpression count(QStringLiteral("\\s*\\([^()]*\\d[^()]*\\)$"));
    if (const QRegularExpressionMatch m = count.match(label); m.hasMatch() && m.capturedStart() > 0) {
        const QString tail = m.captured();
        const QString words = metrics.elidedText(label.left(m.capturedStart()), Qt::ElideRight,
                                                 room - metrics.horizontalAdvance(tail), Qt::TextShowMnemonic);
        if (words.size() > 1) // a letter or more besides "…"
            return words + tail;
    }
    return metrics.elidedText(label, Qt::ElideRight, room, Qt::TextShowMnemonic);
}

void PageTabs::resizeEvent(QResizeEvent* event)
{
    // The tabs' widths follow the pane's: laid out again for it (setting the mode lays the bar out anew).
    tabBar()->setElideMode(tabBar()->elideMode());
    QTabWidget::resizeEvent(event);
}

} // namespace rapport
