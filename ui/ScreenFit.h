// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QSize>

class QWidget;

namespace rapport {

/// Gives a window the size it works best at, `wanted`, or as much of it as the screen it opens on has room for
/// once the window's frame and the desktop's panels are allowed for: a dialog meant for 1,100 × 720 opens whole
/// on a 1,024 × 700 laptop, its buttons on screen. The window's layout decides how far it can shrink.
void fitToScreen(QWidget* window, QSize wanted);

} // namespace rapport
