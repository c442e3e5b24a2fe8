// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QObject>
#include <QString>

namespace rapport {

/// Keeps the session token of a server sign-in in the system keychain (QtKeychain: Secret Service,
/// KWallet, macOS Keychain, Windows Credential Store). Where no keychain answers, the token is kept in
/// memory for this run only and the user signs in again next time: it is never written to a file.
class SessionVault : public QObject
{
    Q_OBJECT

public:
    explicit SessionVault(QObject* parent = nullptr);

    /// Looks up the token of `account` (server URL and user); answers with loaded().
    void load(const QString& account);
    void store(const QString& account, const QString& token);
    void forget(const QString& account);
    /// False when the last keychain operation failed (the token is then in memory only).
    bool persistent() const { return m_persistent; }

Q_SIGNALS:
    void loaded(const QString& token);

private:
    QString m_memoryAccount;
    QString m_memoryToken;
    bool m_persistent = true;
};

} // namespace rapport
