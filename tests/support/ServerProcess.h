// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "TestPaths.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace rapport::test {

/// The password every test user gets.
inline const QString Password = QStringLiteral("secret123");

/// A rapport-server process and its administration.
class ServerProcess
{
public:
    explicit ServerProcess(QString data)
        : m_data(std::move(data))
    {
    }
    ~ServerProcess() { stop(); }

    bool start(const QStringList& extra = {}, const QString& crashAt = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("RAPPORT_CRASH_AT"), crashAt);
        m_process.setProcessEnvironment(env);
        m_process.setProgram(QStringLiteral(RAPPORT_BIN_DIR "/rapport-server"));
        m_process.setArguments(QStringList{QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")}
                               + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(QDir::tempPath() + QStringLiteral("/rapport-test-server.log"), QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) \\((https?),"));
        QByteArray seen;
        for (int i = 0; i < 100 && !re.match(QString::fromUtf8(seen)).hasMatch(); ++i) {
            m_process.waitForReadyRead(200);
            seen += m_process.readAllStandardOutput();
            if (m_process.state() != QProcess::Running) {
                qWarning() << m_process.readAllStandardError();
                return false;
            }
        }
        const auto m = re.match(QString::fromUtf8(seen));
        if (!m.hasMatch())
            return false;
        url = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m.captured(2), m.captured(1)));
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Runs an administration command; returns its exit code, its output in `output`.
    int admin(const QStringList& args, QString* output = nullptr, const QString& password = Password)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RAPPORT_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RAPPORT_BIN_DIR "/rapport-server"), QStringList{QStringLiteral("--data"), m_data} + args);
        p.waitForFinished(30000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

    QString userId(const QString& name)
    {
        QString list;
        admin({QStringLiteral("user"), QStringLiteral("list")}, &list);
        for (const QString& line : list.split(QLatin1Char('\n')))
            if (line.section(QLatin1Char('\t'), 0, 0) == name)
                return line.section(QLatin1Char('\t'), 4, 4);
        return {};
    }

    QString data() const { return m_data; }
    /// Waits for the process to end by itself (it was made to crash); true when it did.
    bool waitForCrash(int ms) { return m_process.waitForFinished(ms) && m_process.exitStatus() == QProcess::CrashExit; }
    QUrl url;

private:
    QString m_data;
    QProcess m_process;
};


} // namespace rapport::test
