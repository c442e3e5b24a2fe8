// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QCoreApplication>
#include <QHttpServer>
#include <QTcpServer>

namespace rapport::server {

class ServerStore;
class StorePool;

/// The HTTP API (docs/sync-protocol.md): GET /health without a token; POST /v1/login, /v1/logout,
/// /v1/password, /v1/handshake, /v1/push and /v1/pull with JSON bodies. Every error is JSON too:
/// {"error": "what went wrong, in words"} with a 4xx status, and nothing applied.
class Api
{
    Q_DECLARE_TR_FUNCTIONS(Api)

public:
    /// `own` answers on the server's thread (health); everything else runs on `workers`, each with
    /// its own store, so one slow request (a sign-in's password hash, a large pull) does not hold up the
    /// others.
    Api(QHttpServer& http, ServerStore& own, StorePool& workers);

private:
    /// What a handler needs of a request, copied out of it on the server's thread.
    struct Call
    {
        QByteArray body;
        QString token;
        QString address;
        static Call from(const QHttpServerRequest& request);
    };
    template <typename Handler>
    auto onWorker(Handler handler);

    ServerStore& m_store;
    StorePool& m_workers;
};

/// Accepts connections and refuses a request whose declared body is larger than the protocol allows
/// with 413 as soon as its headers arrive, before the body is read.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override;
};

} // namespace rapport::server
