// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Cli.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only printing needs fonts, and so a GUI application: on the offscreen platform, with or without a display.
    std::unique_ptr<QCoreApplication> app;
    if (rapport::cliNeedsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    rapport::setApplicationIdentity();
    rapport::installTranslations(rapport::Settings().language());
    return rapport::runCli(app->arguments());
}
