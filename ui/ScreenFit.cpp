// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
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

} // namespace rapport
