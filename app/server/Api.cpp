// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Api.h"

#include "ServerStore.h"

#include "storage/Database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace rapport::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse error(Status status, const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QString bearer(const QHttpServerRequest& request)
{
    const QByteArray h = request.value(QByteArrayLiteral("Authorization"));
    if (!h.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(h.mid(7).trimmed());
}

/// The JSON object of a request body, or an error response.
std::optional<QJsonObject> body(const QByteArray& bytes, QString& problem)
{
    if (bytes.size() > sync::MaxBodyBytes) {
        problem = Api::tr("The request is too large.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        problem = Api::tr("The request is not a JSON object.");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

Api::Call Api::Call::from(const QHttpServerRequest& request)
{
    return {request.body(), bearer(request), request.remoteAddress().toString()};
}

template <typename Handler>
auto Api::onWorker(Handler handler)
{
    // What the handler needs is copied out of the request here, on the server's thread; the handler runs
    // on a worker with that worker's store, and the answer goes out when it is ready.
    // With a single worker (SQLite) there is nothing to overlap, and the request is answered here, on the
    // server's thread, with its own store.
    return [this, handler](const QHttpServerRequest& request) -> QFuture<QHttpServerResponse> {
        if (m_workers.threads().maxThreadCount() <= 1)
            return QtFuture::makeReadyFuture(handler(m_store, Call::from(request)));
        return QtConcurrent::run(&m_workers.threads(), [this, handler, call = Call::from(request)] {
            ServerStore* store = m_workers.local();
            if (!store)
                return error(Status::ServiceUnavailable, m_workers.lastError());
            return handler(*store, call);
        });
    };
}

Api::Api(QHttpServer& http, ServerStore& own, StorePool& workers)
    : m_store(own)
    , m_workers(workers)
{
    http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("protocol"), sync::ProtocolVersion},
                                               {QStringLiteral("schema"), Database::latestSchemaVersion()},
                                               {QStringLiteral("storage"), m_store.backendName()}});
    });

    http.route(QStringLiteral("/v1/login"), QHttpServerRequest::Method::Post, onWorker([](ServerStore& store, const Call& r) {
        QString problem;
        const auto b = body(r.body, problem);
        if (!b)
            return error(Status::BadRequest, problem);
        const QJsonValue user = b->value(QLatin1StringView("username"));
        const QJsonValue password = b->value(QLatin1StringView("password"));
        if (!user.isString() || !password.isString() || user.toString().size() > 64
            || password.toString().size() > 1024)
            return error(Status::BadRequest, tr("A sign-in needs a user name and a password."));
        const auto result = store.login(user.toString(), password.toString(), r.address,
                                        b->value(QLatin1StringView("device")).toString());
        switch (result.outcome) {
        case ServerStore::LoginResult::Outcome::Throttled: {
            QHttpServerResponse response = error(
                Status::TooManyRequests,
                tr("Too many failed sign-ins; try again in %n second(s).", nullptr, int(result.retryAfterSeconds)));
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(result.retryAfterSeconds));
            return response;
        }
        case ServerStore::LoginResult::Outcome::Unavailable:
            return error(Status::ServiceUnavailable, tr("The server cannot sign you in right now; try again shortly."));
        case ServerStore::LoginResult::Outcome::Disabled:
            return error(Status::Forbidden, tr("This user is disabled."));
        case ServerStore::LoginResult::Outcome::Wrong:
            return error(Status::Unauthorized, tr("The user name or the password is wrong."));
        case ServerStore::LoginResult::Outcome::Ok:
            break;
        }
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("token"), result.token},
            {QStringLiteral("expires_at"), result.expiresAt},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), result.principal.userId},
                                                 {QStringLiteral("username"), result.principal.username},
                                                 {QStringLiteral("role"), result.principal.role},
                                                 {QStringLiteral("team_id"), result.principal.teamId}}}});
    }));

    // The token first, then the body: a request without a valid session learns nothing else.
    auto authed = [](ServerStore& store, const Call& r, auto&& handler) -> QHttpServerResponse {
        const auto principal = store.authenticate(r.token);
        if (!principal)
            return error(Status::Unauthorized, tr("Sign in again: the session is unknown, expired or revoked."));
        QString problem;
        const auto b = body(r.body, problem);
        if (!b)
            return error(r.body.size() > sync::MaxBodyBytes ? Status::PayloadTooLarge : Status::BadRequest, problem);
        return handler(*principal, *b);
    };

    http.route(QStringLiteral("/v1/logout"), QHttpServerRequest::Method::Post,
               onWorker([](ServerStore& store, const Call& r) {
                   (void)store.logout(r.token);
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
               }));

    http.route(QStringLiteral("/v1/password"), QHttpServerRequest::Method::Post,
               onWorker([authed](ServerStore& store, const Call& r) {
                   return authed(store, r, [&store](const Principal& p, const QJsonObject& b) {
                       const ::rapport::Status s =
                           store.changePassword(p, b.value(QLatin1StringView("old")).toString(),
                                                b.value(QLatin1StringView("new")).toString());
                       if (!s)
                           return error(Status::BadRequest, s.error().message);
                       return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                   });
               }));

    http.route(QStringLiteral("/v1/handshake"), QHttpServerRequest::Method::Post,
               onWorker([authed](ServerStore& store, const Call& r) {
                   return authed(store, r, [&store](const Principal& p, const QJsonObject& b) {
                       const int protocol = b.value(QLatin1StringView("protocol")).toInt(-1);
                       const int schema = b.value(QLatin1StringView("schema")).toInt(-1);
                       if (protocol != sync::ProtocolVersion)
                           return error(Status::Conflict,
                                        tr("This server speaks sync protocol %1; the client speaks %2. Update the "
                                           "older of the two.")
                                            .arg(sync::ProtocolVersion)
                                            .arg(protocol));
                       if (schema != Database::latestSchemaVersion())
                           return error(Status::Conflict,
                                        tr("This server has data schema %1; the client has %2. Update the older of "
                                           "the two.")
                                            .arg(Database::latestSchemaVersion())
                                            .arg(schema));
                       return QHttpServerResponse(QJsonObject{
                           {QStringLiteral("protocol"), sync::ProtocolVersion},
                           {QStringLiteral("schema"), Database::latestSchemaVersion()},
                           {QStringLiteral("server_time"), store.now()},
                           {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), p.userId},
                                                                {QStringLiteral("username"), p.username},
                                                                {QStringLiteral("role"), p.role},
                                                                {QStringLiteral("team_id"), p.teamId}}}});
                   });
               }));

    http.route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
               onWorker([authed](ServerStore& store, const Call& r) {
                   return authed(store, r, [&store](const Principal& p, const QJsonObject& b) {
                       const QJsonValue list = b.value(QLatin1StringView("mutations"));
                       if (!list.isArray())
                           return error(Status::BadRequest, tr("A push needs a list of mutations."));
                       if (list.toArray().size() > sync::MaxPushBatch)
                           return error(Status::PayloadTooLarge,
                                        tr("A push may carry at most %1 mutations.").arg(sync::MaxPushBatch));
                       QList<sync::PushMutation> mutations;
                       int index = 0;
                       for (const QJsonValue& v : list.toArray()) {
                           QString why;
                           auto m = sync::PushMutation::fromJson(v, &why);
                           if (!m)
                               return error(Status::BadRequest, tr("Mutation %1: %2").arg(index + 1).arg(why));
                           mutations << *m;
                           ++index;
                       }
                       auto results = store.push(p, mutations);
                       if (!results)
                           return error(Status::ServiceUnavailable, results.error().message);
                       QJsonArray out;
                       for (const sync::PushResult& res : *results)
                           out.append(res.toJson());
                       return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), out}});
                   });
               }));

    http.route(QStringLiteral("/v1/pull"), QHttpServerRequest::Method::Post,
               onWorker([authed](ServerStore& store, const Call& r) {
                   return authed(store, r, [&store](const Principal& p, const QJsonObject& b) {
                       const QJsonValue cursor = b.value(QLatin1StringView("cursor"));
                       const QJsonValue limit = b.value(QLatin1StringView("limit"));
                       if (!cursor.isDouble() || cursor.toInteger(-1) < 0 || (!limit.isUndefined() && !limit.isDouble()))
                           return error(Status::BadRequest, tr("A pull needs a cursor (a number, 0 at first)."));
                       auto page = store.pull(p, cursor.toInteger(),
                                              limit.isUndefined() ? sync::MaxPullPage : limit.toInt());
                       if (!page)
                           return error(Status::ServiceUnavailable, page.error().message);
                       return QHttpServerResponse(QByteArrayLiteral("application/json"), *page);
                   });
               }));
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own handler, so this sees the headers first.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        if (socket->property("rapportChecked").toBool())
            return;
        const QByteArray head = socket->peek(16 * 1024);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0 && head.size() < 16 * 1024)
            return; // the headers are not complete yet
        socket->setProperty("rapportChecked", true);
        static const QRegularExpression length(QStringLiteral("(?im)^content-length:\\s*(\\d+)\\s*$"));
        const auto match = length.match(QString::fromLatin1(head.left(end < 0 ? head.size() : end)));
        if (!match.hasMatch() || match.captured(1).toLongLong() <= sync::MaxBodyBytes)
            return;
        const QByteArray message = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                              Api::tr("The request is too large.")}})
                                       .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: "
                      + QByteArray::number(message.size()) + "\r\n\r\n" + message);
        socket->disconnectFromHost();
        socket->readAll(); // drop what arrived; the rest is never read
    });
    addPendingConnection(socket); // QTcpServer announces it with newConnection()
}

} // namespace rapport::server
