// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Bootstrap.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocalSocket>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Open this database file."),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    const QCommandLineOption call(QStringLiteral("call"),
                                  QApplication::translate("main", "An incoming call from this number: show who is "
                                                                  "calling (in the running Rapport, if there is one)."),
                                  QStringLiteral("NUMBER"));
    parser.addOption(call);
    parser.process(app);

    auto desktop = rapport::bootstrap(parser.value(db));
    if (!desktop) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport cannot start"),
                              desktop.error().fullText());
        return 1;
    }
    // Telephony runs `rapport --call NUMBER` for each call: a Rapport already open on this database takes it.
    const QString server = rapport::MainWindow::callServerName(desktop->workspace->path());
    if (parser.isSet(call)) {
        QLocalSocket running;
        running.connectToServer(server);
        if (running.waitForConnected(500)) {
            running.write(QStringLiteral("call %1\n").arg(parser.value(call).simplified()).toUtf8());
            running.waitForBytesWritten(1000);
            running.disconnectFromServer();
            return 0;
        }
    }
    rapport::MainWindow window(*desktop->workspace, *desktop->settings);
    window.listenForCalls();
    window.show();
    if (parser.isSet(call))
        QTimer::singleShot(0, &window, [&window, number = parser.value(call)] { window.incomingCall(number); });
    return app.exec();
}
