// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QString>
#include <QWidget>

namespace rapport::test {

/// Why `window` would not open whole on a 1,024 × 700 laptop, empty when it would: its layout must shrink to
/// the room such a screen leaves beside a window's frame, and it must have been sized no larger than the screen
/// it opened on (where its layout lets it be smaller).
inline QString laptopMisfit(QWidget& window)
{
    window.show(); // laid out, as it opens
    const QSize laptop(1024 - 16, 700 - 40);
    const QSize least = window.minimumSizeHint();
    if (least.boundedTo(laptop) != least)
        return QStringLiteral("%1 needs at least %2 × %3")
            .arg(window.objectName())
            .arg(least.width())
            .arg(least.height());
    const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size() - QSize(16, 40);
    const QSize size = window.size();
    if (size.boundedTo(room.expandedTo(least)) != size)
        return QStringLiteral("%1 opened at %2 × %3 on a screen of %4 × %5")
            .arg(window.objectName())
            .arg(size.width())
            .arg(size.height())
            .arg(room.width())
            .arg(room.height());
    return {};
}

} // namespace rapport::test
