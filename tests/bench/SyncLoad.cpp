// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-bench load: many laptops syncing with the server at the same time. Each laptop belongs to a
// rep of a team; it creates its own contacts, then edits them in rounds and syncs after each round, so
// every sync pushes its round and pulls what the teammates did. Every request is timed at the client.
// Afterwards an administrator's empty laptop pulls everything and checks that the last edit of every
// field arrived (nothing lost), and every laptop is checked to hold its team's final values (converged).
// The raw equivalent: the same rows rewritten by direct UPDATEs of the server's records table on the same
// database, one transaction per round, from one connection.
#include "BenchSupport.h"
#include "ServerProcess.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "sync/SyncEngine.h"
#include "sync/Transport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <barrier>
#include <memory>

namespace rapport::bench {

namespace {

const QString LoadPassword = QStringLiteral("load-password");
const QStringList EditedFields = {QStringLiteral("job_title"), QStringLiteral("department"), QStringLiteral("notes"),
                                  QStringLiteral("first_name"), QStringLiteral("salutation"), QStringLiteral("language")};

/// HTTP, with each request's duration recorded while `measuring` is set.
class TimedTransport : public sync::Transport
{
public:
    explicit TimedTransport(QUrl url)
        : m_http(std::move(url), 120000)
    {
    }

    Response request(const QString& method, const QString& path, const QJsonObject& body,
                     const QString& token) override
    {
        QElapsedTimer t;
        t.start();
        Response r = m_http.request(method, path, body, token);
        if (measuring)
            latencies[path].push_back(t.nsecsElapsed());
        return r;
    }

    bool measuring = false;
    QHash<QString, std::vector<qint64>> latencies; ///< by path

private:
    sync::HttpTransport m_http;
};

using Values = QHash<QString, QHash<QString, QString>>; ///< contact id -> field -> value

struct Client
{
    QString user;
    int team = 0;
    QUrl server;
    QString database;
    QStringList contacts;     ///< the ones it created and edits
    QHash<QString, std::vector<qint64>> latencies;
    int pushed = 0;
    int rejected = 0;
    Values seen;              ///< every contact on this laptop after the final sync
    QString error;
};

QString editValue(const Client& c, int round, int contact)
{
    return QStringLiteral("%1 r%2 c%3").arg(c.user).arg(round).arg(contact);
}

/// Every contact's edited fields, as this database holds them.
Values contactValues(Database& db)
{
    Values values;
    auto st = db.statements().get(QStringLiteral("SELECT id, %1 FROM contacts WHERE deleted = 0").arg(EditedFields.join(u", ")));
    while (st->step() == SqlStatement::Step::Row) {
        QHash<QString, QString>& v = values[st->text(0)];
        for (int i = 0; i < EditedFields.size(); ++i)
            v.insert(EditedFields[i], st->text(i + 1));
    }
    return values;
}

/// One laptop's life: sign in, create, then (after everyone is ready) edit and sync in rounds, then
/// (after everyone is done) a last sync to take in the teammates' last rounds.
void runClient(Client& c, const LoadOptions& o, std::barrier<>& ready, std::barrier<>& done)
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<TimedTransport> transport;
    std::unique_ptr<sync::SyncEngine> engine;
    QString token;
    auto sync = [&]() {
        if (!c.error.isEmpty())
            return;
        auto report = engine->sync(token, c.server.toString());
        if (!report) {
            c.error = report.error().message;
            return;
        }
        c.pushed += report->pushed;
        c.rejected += report->rejected;
    };
    auto opened = Database::open(c.database, QStringLiteral("load-") + c.user);
    if (!opened) {
        c.error = opened.error().message;
    } else {
        db = std::move(*opened);
        store = std::make_unique<RecordStore>(*db);
        transport = std::make_unique<TimedTransport>(c.server);
        engine = std::make_unique<sync::SyncEngine>(*store, *transport);
        auto session = engine->login(c.user, LoadPassword);
        if (session)
            token = session->token;
        else
            c.error = session.error().message;
    }
    sync();
    for (int k = 0; k < o.perRound && c.error.isEmpty(); ++k) {
        Record r(EntityType::Contact);
        r.set(u"last_name", QStringLiteral("%1 contact %2").arg(c.user).arg(k));
        auto id = store->create(r);
        if (id)
            c.contacts << *id;
        else
            c.error = id.error().message;
    }
    sync();
    ready.arrive_and_wait();

    if (transport)
        transport->measuring = true;
    const int rounds = o.edits / o.perRound;
    for (int round = 0; round < rounds && c.error.isEmpty(); ++round) {
        for (int k = 0; k < c.contacts.size() && c.error.isEmpty(); ++k) {
            Record edit(EntityType::Contact, c.contacts[k]);
            edit.set(EditedFields[round % EditedFields.size()], editValue(c, round, k));
            if (Status s = store->update(edit); !s)
                c.error = s.error().message;
        }
        sync();
    }
    if (transport) {
        transport->measuring = false;
        c.latencies = transport->latencies;
    }
    done.arrive_and_wait();
    sync();
    if (c.error.isEmpty())
        c.seen = contactValues(*db);
}

/// The last value written to each edited field of each client's contacts.
Values expectedValues(const QList<Client>& clients, const LoadOptions& o)
{
    Values expected;
    const int rounds = o.edits / o.perRound;
    for (const Client& c : clients)
        for (int k = 0; k < c.contacts.size(); ++k)
            for (int round = 0; round < rounds; ++round)
                expected[c.contacts[k]].insert(EditedFields[round % EditedFields.size()], editValue(c, round, k));
    return expected;
}

/// The raw equivalent of the edits: each edited row rewritten by a direct UPDATE of the server's records, a
/// transaction per round.
/// Returns per-transaction durations.
std::vector<qint64> rawWrites(const QString& data, const QList<Client>& clients, const LoadOptions& o, QString* error)
{
    std::vector<qint64> durations;
    const QString name = QStringLiteral("load-raw");
    {
        QSqlDatabase d;
        if (data.startsWith(QLatin1String("sqlite:"))) {
            d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(data.mid(7));
        } else {
            const QUrl url(data);
            d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            d.setHostName(url.host());
            d.setPort(url.port(5432));
            d.setUserName(url.userName());
            d.setPassword(url.password());
            d.setDatabaseName(url.path().mid(1));
        }
        if (!d.open()) {
            *error = d.lastError().text();
        } else {
            QSqlQuery q(d);
            // Each row rewritten as it is (a new row version, the same bytes), so the data stays intact.
            q.prepare(QStringLiteral("UPDATE records SET state = state WHERE entity = 'contact' AND id = ?"));
            QElapsedTimer t;
            for (const Client& c : clients) {
                for (int round = 0; round < o.edits / o.perRound; ++round) {
                    t.start();
                    d.transaction();
                    for (int k = 0; k < c.contacts.size(); ++k) {
                        q.addBindValue(c.contacts[k]);
                        if (!q.exec())
                            *error = q.lastError().text();
                    }
                    d.commit();
                    durations.push_back(t.nsecsElapsed());
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return durations;
}

} // namespace

int syncLoadBench(const QString& dir, const LoadOptions& o)
{
    QTextStream& out = bench::out();
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36); // PostgreSQL keeps earlier runs
    const QString serverFile = QDir(dir).filePath(QStringLiteral("load-server.sqlite"));
    const QString data = o.postgresUrl.isEmpty() ? QStringLiteral("sqlite:") + serverFile : o.postgresUrl;
    const QString backend = o.postgresUrl.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(serverFile + suffix);

    // Teams of reps, and an administrator to check the result.
    test::ServerProcess admin(data);
    const QString adminUser = QStringLiteral("load-%1-admin").arg(tag);
    if (admin.admin({QStringLiteral("user"), QStringLiteral("add"), adminUser, QStringLiteral("--role"),
                     QStringLiteral("admin")},
                    nullptr, LoadPassword)
        != 0) {
        out << "load: cannot create users on " << data << Qt::endl;
        return 1;
    }
    QList<Client> clients(o.clients);
    for (int i = 0; i < o.clients; ++i) {
        Client& c = clients[i];
        c.team = i / o.teamSize;
        c.user = QStringLiteral("load-%1-u%2").arg(tag).arg(i);
        c.database = QDir(dir).filePath(QStringLiteral("load-client-%1.sqlite").arg(i));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(c.database + suffix);
        const QString team = QStringLiteral("load-%1-t%2").arg(tag).arg(c.team);
        QString output;
        if (i % o.teamSize == 0 && admin.admin({QStringLiteral("team"), QStringLiteral("add"), team}, &output) != 0) {
            out << "load: " << output << Qt::endl;
            return 1;
        }
        if (admin.admin({QStringLiteral("user"), QStringLiteral("add"), c.user, QStringLiteral("--role"),
                         QStringLiteral("rep"), QStringLiteral("--team"), team},
                        &output, LoadPassword)
            != 0) {
            out << "load: " << output << Qt::endl;
            return 1;
        }
    }
    std::vector<std::unique_ptr<test::ServerProcess>> servers;
    for (int s = 0; s < o.servers; ++s) {
        servers.push_back(std::make_unique<test::ServerProcess>(data));
        if (!servers.back()->start()) {
            out << "load: the server did not start" << Qt::endl;
            return 1;
        }
    }
    for (int i = 0; i < o.clients; ++i)
        clients[i].server = servers[i % servers.size()]->url;

    // All laptops at once.
    std::barrier<> ready(o.clients + 1), done(o.clients + 1);
    std::vector<std::unique_ptr<QThread>> threads;
    for (Client& c : clients) {
        threads.emplace_back(QThread::create([&c, &o, &ready, &done] { runClient(c, o, ready, done); }));
        threads.back()->start();
    }
    ready.arrive_and_wait();
    QElapsedTimer wall;
    wall.start();
    done.arrive_and_wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    for (auto& t : threads)
        t->wait();

    // Nothing lost: the administrator's view holds every last edit; every laptop holds its team's.
    int failed = 0, pushed = 0, rejected = 0;
    for (const Client& c : clients) {
        if (!c.error.isEmpty()) {
            out << "load: " << c.user << ": " << c.error << Qt::endl;
            ++failed;
        }
        pushed += c.pushed;
        rejected += c.rejected;
    }
    const Values expected = expectedValues(clients, o);
    Values central;
    {
        const QString checkFile = QDir(dir).filePath(QStringLiteral("load-check.sqlite"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(checkFile + suffix);
        auto db = Database::open(checkFile, QStringLiteral("load-check"));
        if (!db)
            return 1;
        RecordStore store(**db);
        sync::HttpTransport transport(servers.front()->url);
        sync::SyncEngine engine(store, transport);
        auto session = engine.login(adminUser, LoadPassword);
        if (!session) {
            out << "load: the administrator could not sign in: " << session.error().message << Qt::endl;
            return 1;
        }
        if (auto synced = engine.sync(session->token, servers.front()->url.toString()); !synced) {
            out << "load: the administrator's check could not sync: " << synced.error().message << Qt::endl;
            return 1;
        }
        central = contactValues(**db);
    }
    int lost = 0, diverged = 0, checked = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        for (auto f = it->begin(); f != it->end(); ++f) {
            ++checked;
            lost += central.value(it.key()).value(f.key()) == f.value() ? 0 : 1;
        }
    for (const Client& c : clients)
        for (const Client& mate : clients)
            if (mate.team == c.team)
                for (const QString& id : mate.contacts)
                    diverged += c.seen.value(id) == central.value(id) ? 0 : 1;
    for (auto& s : servers)
        s->stop();

    std::vector<qint64> all;
    QHash<QString, std::vector<qint64>> byPath;
    for (const Client& c : clients)
        for (auto it = c.latencies.begin(); it != c.latencies.end(); ++it) {
            all.insert(all.end(), it->begin(), it->end());
            auto& list = byPath[it.key()];
            list.insert(list.end(), it->begin(), it->end());
        }
    QString error;
    const std::vector<qint64> raw = rawWrites(data, clients, o, &error);
    const Percentiles p = percentiles(all), r = percentiles(raw);
    out << QStringLiteral("load: %1 clients (teams of %2) on %3 server process(es), %4: %5 edits each, synced every "
                          "%6: %7 requests in %8 s")
               .arg(o.clients)
               .arg(o.teamSize)
               .arg(o.servers)
               .arg(backend)
               .arg(o.edits)
               .arg(o.perRound)
               .arg(all.size())
               .arg(seconds, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("load: request latency p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms")
               .arg(p.p50, 0, 'f', 1)
               .arg(p.p95, 0, 'f', 1)
               .arg(p.p99, 0, 'f', 1)
               .arg(p.max, 0, 'f', 1)
        << Qt::endl;
    for (auto it = byPath.begin(); it != byPath.end(); ++it) {
        const Percentiles q = percentiles(*it);
        out << QStringLiteral("load:   %1: %2 requests, p50 %3 ms, p99 %4 ms")
                   .arg(it.key())
                   .arg(it->size())
                   .arg(q.p50, 0, 'f', 1)
                   .arg(q.p99, 0, 'f', 1)
            << Qt::endl;
    }
    out << QStringLiteral("load: raw %1 UPDATEs of the server's records, a transaction per round: p50 %2 ms, p99 %3 ms%4")
               .arg(o.clients * o.edits)
               .arg(r.p50, 0, 'f', 2)
               .arg(r.p99, 0, 'f', 2)
               .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')'))
        << Qt::endl;
    out << QStringLiteral("load: %1 mutations acknowledged, %2 rejected, %3 clients failed; %4 final values checked, "
                          "%5 lost; %6 teammate records diverged")
               .arg(pushed)
               .arg(rejected)
               .arg(failed)
               .arg(checked)
               .arg(lost)
               .arg(diverged)
        << Qt::endl;
    return failed == 0 && rejected == 0 && lost == 0 && diverged == 0 && error.isEmpty() ? 0 : 1;
}

} // namespace rapport::bench
