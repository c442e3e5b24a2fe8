// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SessionVault.h"

#include <qt6keychain/keychain.h>

namespace rapport {

namespace {
const QString Service = QStringLiteral("Rapport");
}

SessionVault::SessionVault(QObject* parent)
    : QObject(parent)
{
}

void SessionVault::load(const QString& account)
{
    if (account == m_memoryAccount && !m_memoryToken.isEmpty()) {
        Q_EMIT loaded(m_memoryToken);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(account);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Q_EMIT loaded(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void SessionVault::store(const QString& account, const QString& token)
{
    m_memoryAccount = account;
    m_memoryToken = token;
    auto* job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(account);
    job->setTextData(token);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { m_persistent = job->error() == QKeychain::NoError; });
    job->start();
}

void SessionVault::forget(const QString& account)
{
    if (account == m_memoryAccount) {
        m_memoryAccount.clear();
        m_memoryToken.clear();
    }
    auto* job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(account);
    job->setAutoDelete(true);
    job->start();
}

} // namespace rapport
