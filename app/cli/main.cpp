// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Cli.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    rapport::setApplicationIdentity();
    rapport::installTranslations(rapport::Settings().language());
    return rapport::runCli(app.arguments());
}
