// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Bootstrap.h"

#include "Formatting.h"
#include "Icons.h"
#include "Settings.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QGuiApplication>

namespace rapport {

Result<Desktop> bootstrap(const QString& databasePath)
{
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QGuiApplication::setDesktopFileName(QStringLiteral("rapport"));
    Desktop desktop;
    desktop.settings = std::make_unique<Settings>();
    desktop.settings->migrate();
    installTranslations(desktop.settings->language());
    setUpIconTheme();
    if (const QTimeZone zone(desktop.settings->displayZone().toUtf8()); zone.isValid())
        Formatting::setDisplayZone(zone);

    QString path = databasePath;
    if (path.isEmpty())
        path = desktop.settings->databasePath();
    if (path.isEmpty())
        path = Settings::defaultDatabasePath();
    QString region = desktop.settings->phoneRegion();
    if (region.isEmpty())
        region = Settings::systemRegion();
    Formatting::setHomeRegion(region);
    auto workspace = Workspace::open(path, region);
    if (!workspace)
        return workspace.error();
    desktop.workspace = std::move(workspace.value());
    return desktop;
}

} // namespace rapport
