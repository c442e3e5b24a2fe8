// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace rapport::sync {

/// How the SyncEngine talks to a server: one JSON request, one JSON answer. Tests put a transport in
/// between that drops, duplicates or replays requests; the desktop and the CLI use HttpTransport.
/// A transport is called one request at a time, but not always from the same thread: a pull fetches its
/// pages on a helper thread.
class Transport
{
public:
    struct Response
    {
        int status = 0;      ///< HTTP status; 0 when no answer came (network down, timeout)
        QJsonObject body;
        QString error;       ///< transport-level failure in words, when status is 0
        bool ok() const { return status >= 200 && status < 300; }
    };

    virtual ~Transport() = default;
    virtual Response request(const QString& method, const QString& path, const QJsonObject& body,
                             const QString& token) = 0;
};

/// JSON over HTTP(S) with QNetworkAccessManager, blocking the calling thread (a worker's or the CLI's)
/// in a local event loop until the answer arrives or the timeout passes. Each calling thread has its own
/// network manager (Qt's are bound to a thread); the constructing thread's is this transport's.
class HttpTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)

public:
    explicit HttpTransport(QUrl server, int timeoutMs = 60000);
    ~HttpTransport() override;

    Response request(const QString& method, const QString& path, const QJsonObject& body,
                     const QString& token) override;

private:
    QNetworkAccessManager& network();

    QUrl m_server;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace rapport::sync
