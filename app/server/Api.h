// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QCoreApplication>
#include <QHttpServer>
#include <QTcpServer>

namespace rapport::server {

class ServerStore;

/// The HTTP API (docs/sync-protocol.md): GET /health without a token; POST /v1/login, /v1/logout,
/// /v1/password, /v1/handshake, /v1/push and /v1/pull with JSON bodies. Every error is JSON too:
/// {"error": "what went wrong, in words"} with a 4xx status, and nothing applied.
class Api
{
    Q_DECLARE_TR_FUNCTIONS(Api)

public:
    Api(QHttpServer& http, ServerStore& store);

private:
    ServerStore& m_store;
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
