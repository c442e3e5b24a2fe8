// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ScreenFit.h"

#include <QGuiApplication>
#include <QHelpEvent>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QToolTip>
#include <QWidget>

namespace rapport {

void fitToScreen(QWidget* window, QSize wanted)
{
    // The screen of the window it opens over; a window not shown yet reports the primary one.
    const QWidget* over = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = over->screen() ? over->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    // The frame is not known before the window is shown: a title bar and borders take about this much.
    const QSize frame(16, 40);
    window->resize(wanted.boundedTo(screen->availableGeometry().size() - frame));
}

namespace {
/// Says a shortened tab's whole label; a tab's own tooltip, where it has one, comes first.
class WholeTabLabel : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip)
            return false;
        auto* bar = static_cast<QTabBar*>(watched);
        const auto* help = static_cast<QHelpEvent*>(event);
        const int tab = bar->tabAt(help->pos());
        if (tab < 0 || !bar->tabToolTip(tab).isEmpty())
            return false;
        const QString label = bar->tabText(tab).remove(QLatin1Char('&'));
        // The label's own width beside the icon: more than the tab has, and the tab shows it shortened.
        const int needed = bar->fontMetrics().horizontalAdvance(label) +
                           (bar->tabIcon(tab).isNull() ? 0 : bar->iconSize().width() + 4);
        if (needed < bar->tabRect(tab).width() - 8)
            return false;
        QToolTip::showText(help->globalPos(), label, bar, bar->tabRect(tab));
        return true;
    }
};
} // namespace

void shortenTabsToFit(QTabWidget* tabs)
{
    tabs->setElideMode(Qt::ElideRight);
    tabs->tabBar()->installEventFilter(new WholeTabLabel(tabs->tabBar()));
}

} // namespace rapport
