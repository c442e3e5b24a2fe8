// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-server: the central server (HTTP API, accounts and tokens, server store) and its
// administration commands. See docs/sync-protocol.md.
#include "Api.h"
#include "ServerStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace rapport;
using namespace rapport::server;

namespace {

/// Messages of the server program, translated in the "Server" context.
struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(Server)
};

struct Options
{
    QString data;
    QString listen = QStringLiteral("127.0.0.1:8765");
    QString tlsCert, tlsKey;
    qint64 tokenTtl = 30LL * 24 * 3600;
    int workers = 0; ///< 0: one on SQLite, four on PostgreSQL
    QStringList command;
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString& message)
{
    err() << "rapport-server: " << message << Qt::endl;
    return 1;
}

int usage(const QString& message)
{
    if (!message.isEmpty())
        err() << "rapport-server: " << message << Qt::endl;
    err()
        << QCoreApplication::translate(
               "Server",
               "Usage: rapport-server [--data sqlite:PATH | --data postgresql://USER@HOST:PORT/DB]\n"
               "                      [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--token-ttl SECONDS]\n"
               "                      [--workers N]\n"
               "       rapport-server [--data …] user add NAME --role rep|agent|manager|admin [--team T] "
               "[--manager NAME]\n"
               "       rapport-server [--data …] user list | user disable NAME | user enable NAME | user passwd NAME\n"
               "       rapport-server [--data …] team add NAME [--kind sales|service|marketing]\n"
               "Passwords are read from RAPPORT_PASSWORD or the first line of standard input.")
        << Qt::endl;
    return 2;
}

QString readPassword()
{
    const QString env = qEnvironmentVariable("RAPPORT_PASSWORD");
    if (!env.isEmpty())
        return env;
    QTextStream in(stdin);
    return in.readLine();
}

/// Takes "--name VALUE" out of args; empty when absent.
QString takeOption(QStringList& args, const QString& name)
{
    const int i = static_cast<int>(args.indexOf(name));
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

int administer(ServerStore& store, QStringList args)
{
    const QString group = args.value(0), verb = args.value(1);
    if (group == QLatin1String("team") && verb == QLatin1String("add")) {
        QString kind = takeOption(args, QStringLiteral("--kind"));
        if (args.size() != 3)
            return usage(ServerText::tr("Unknown command."));
        auto id = store.addTeam(args.at(2), kind.isEmpty() ? QStringLiteral("sales") : kind);
        if (!id)
            return fail(id.error().message);
        out() << ServerText::tr("Team %1 added (%2).").arg(args.at(2), *id) << Qt::endl;
        return 0;
    }
    if (group != QLatin1String("user"))
        return usage(ServerText::tr("Unknown command."));
    if (verb == QLatin1String("list") && args.size() == 2) {
        for (const QJsonValue& v : store.users()) {
            const QJsonObject u = v.toObject();
            out() << u.value(QLatin1StringView("username")).toString() << '\t'
                  << u.value(QLatin1StringView("role")).toString() << '\t'
                  << u.value(QLatin1StringView("team")).toString() << '\t'
                  << (u.value(QLatin1StringView("disabled")).toBool() ? ServerText::tr("disabled") : ServerText::tr("active")) << '\t'
                  << u.value(QLatin1StringView("id")).toString() << Qt::endl;
        }
        return 0;
    }
    if (verb == QLatin1String("add") && args.size() >= 3) {
        const QString name = args.at(2);
        args.remove(0, 3);
        const QString role = takeOption(args, QStringLiteral("--role"));
        const QString team = takeOption(args, QStringLiteral("--team"));
        const QString manager = takeOption(args, QStringLiteral("--manager"));
        if (role.isEmpty() || !args.isEmpty())
            return usage(ServerText::tr("user add needs NAME --role ROLE."));
        auto id = store.addUser(name, readPassword(), role, team, manager);
        if (!id)
            return fail(id.error().message);
        out() << ServerText::tr("User %1 added (%2).").arg(name, *id) << Qt::endl;
        return 0;
    }
    if ((verb == QLatin1String("disable") || verb == QLatin1String("enable")) && args.size() == 3) {
        if (Status s = store.setDisabled(args.at(2), verb == QLatin1String("disable")); !s)
            return fail(s.error().message);
        return 0;
    }
    if (verb == QLatin1String("passwd") && args.size() == 3) {
        if (Status s = store.setPassword(args.at(2), readPassword()); !s)
            return fail(s.error().message);
        out() << ServerText::tr("Password changed; the user's sessions are signed out.") << Qt::endl;
        return 0;
    }
    return usage(ServerText::tr("Unknown command."));
}

bool isLoopback(const QHostAddress& a)
{
    return a.isLoopback();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport-server"));

    Options o;
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString name = args.takeFirst();
        if (name == QLatin1String("--help"))
            return usage({});
        if (args.isEmpty())
            return usage(ServerText::tr("%1 needs a value.").arg(name));
        const QString value = args.takeFirst();
        if (name == QLatin1String("--data"))
            o.data = value;
        else if (name == QLatin1String("--listen"))
            o.listen = value;
        else if (name == QLatin1String("--tls-cert"))
            o.tlsCert = value;
        else if (name == QLatin1String("--tls-key"))
            o.tlsKey = value;
        else if (name == QLatin1String("--token-ttl"))
            o.tokenTtl = value.toLongLong();
        else if (name == QLatin1String("--workers"))
            o.workers = value.toInt();
        else
            return usage(ServerText::tr("Unknown option %1.").arg(name));
    }
    if (o.data.isEmpty())
        o.data = QStringLiteral("sqlite:")
                 + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server.sqlite");
    if (o.tokenTtl <= 0)
        return usage(ServerText::tr("--token-ttl needs a positive number of seconds."));
    if (o.workers < 0 || o.workers > 64)
        return usage(ServerText::tr("--workers needs a number from 1 to 64."));

    auto opened = ServerStore::open(o.data, QStringLiteral("rapport-server"));
    if (!opened)
        return fail(opened.error().message);
    ServerStore& store = **opened;
    store.setTokenLifetime(o.tokenTtl);
    if (!args.isEmpty())
        return administer(store, args);

    const int colon = static_cast<int>(o.listen.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const int port = o.listen.mid(colon + 1).toInt(&portOk);
    QHostAddress address(o.listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (o.listen.left(colon) == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return usage(ServerText::tr("--listen needs HOST:PORT, for example 127.0.0.1:8765."));
    const bool tls = !o.tlsCert.isEmpty() || !o.tlsKey.isEmpty();
    if (!tls && !isLoopback(address))
        return fail(ServerText::tr("Listening on %1 without TLS is refused: passwords and data would cross the network "
                       "unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1.")
                        .arg(o.listen));

    QHttpServer http;
    const bool postgres = store.backendName() == QLatin1String("PostgreSQL");
    StorePool workers(o.data, o.tokenTtl, o.workers > 0 ? o.workers : postgres ? 4 : 1);
    Api api(http, store, workers);
    quint16 bound = 0;
    if (tls) {
        QFile certFile(o.tlsCert), keyFile(o.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(ServerText::tr("The TLS certificate or key file cannot be read."));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyFile.seek(0) ? &keyFile : nullptr, QSsl::Ec, QSsl::Pem) : key;
        if (cert.isNull() || ecKey.isNull())
            return fail(ServerText::tr("The TLS certificate or key is not valid PEM."));
        http.sslSetup(cert, ecKey);
        bound = http.listen(address, static_cast<quint16>(port));
    } else {
        auto* tcp = new GuardedTcpServer(&app);
        if (tcp->listen(address, static_cast<quint16>(port))) {
            http.bind(tcp);
            bound = tcp->serverPort();
        }
    }
    if (bound == 0)
        return fail(ServerText::tr("Cannot listen on %1.").arg(o.listen));
    out() << ServerText::tr("rapport-server listening on %1:%2 (%3, %4)")
                 .arg(address.toString())
                 .arg(bound)
                 .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), store.backendName())
          << Qt::endl;
    return app.exec();
}
