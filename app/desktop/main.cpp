// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Bootstrap.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Open this database file."),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    auto desktop = rapport::bootstrap(parser.value(db));
    if (!desktop) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport cannot start"),
                              desktop.error().fullText());
        return 1;
    }
    rapport::MainWindow window(*desktop->workspace, *desktop->settings);
    window.show();
    return app.exec();
}
