// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "DesktopLinks.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace rapport {

QString DesktopLinks::open(const QUrl& url)
{
    if (QDesktopServices::openUrl(url))
        return {};
    const QString scheme = url.scheme();
    const bool phone = scheme == QLatin1String("tel");
    const QString target = phone || scheme == QLatin1String("mailto") ? url.path() : url.toString();
    QGuiApplication::clipboard()->setText(target);
    if (phone)
        return tr("No program on this computer makes phone calls: %1 is on the clipboard to dial.").arg(target);
    if (scheme == QLatin1String("mailto"))
        return tr("No email program is set up on this computer: %1 is on the clipboard.").arg(target);
    return tr("No program on this computer opens %1: the link is on the clipboard.").arg(target);
}

} // namespace rapport
