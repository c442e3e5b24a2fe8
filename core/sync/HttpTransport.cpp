// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Transport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QThreadStorage>

namespace rapport::sync {

HttpTransport::HttpTransport(QUrl server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

HttpTransport::~HttpTransport() = default;

QNetworkAccessManager& HttpTransport::network()
{
    if (QThread::currentThread() == m_network->thread())
        return *m_network;
    // A network manager belongs to one thread; other threads get their own, deleted when they end.
    static QThreadStorage<QNetworkAccessManager*> others;
    if (!others.hasLocalData())
        others.setLocalData(new QNetworkAccessManager);
    return *others.localData();
}

Transport::Response HttpTransport::request(const QString& method, const QString& path, const QJsonObject& body,
                                           const QString& token)
{
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    const QByteArray payload = body.isEmpty() && method == QLatin1String("GET")
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = network().sendCustomRequest(request, method.toLatin1(), payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (r.status == 0) {
        r.error = reply->error() == QNetworkReply::OperationCanceledError
                      ? tr("The server did not answer in time.")
                      : tr("The server could not be reached: %1").arg(reply->errorString());
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (doc.isObject())
            r.body = doc.object();
        else if (r.ok())
            r.error = tr("The server sent an answer that is not JSON.");
    }
    delete reply; // finished: nothing refers to it any more (and a CLI has no event loop to defer to)
    return r;
}

} // namespace rapport::sync
