// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QPushButton;
class QTabWidget;

namespace rapport {

class ZoneBox;

class Settings;
class SessionVault;
namespace sync {
class SyncService;
}

/// Preferences: the UI language (formatting of dates, numbers and money follows it), the region for
/// phone numbers typed without a country code, how quotes look (letterhead, logo, template, tax, validity,
/// terms), and the Rapport server to sync with (sign in, sign out).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, const QString& databasePath, QWidget* parent = nullptr);

    /// True when the language was changed (it takes effect on restart).
    bool languageChanged() const { return m_languageChanged; }

    /// Adds the Server section: address, user, password, and signing in or out through `service`.
    /// A demo database never syncs; the section then says so.
    void addServerSection(sync::SyncService& service, SessionVault& vault, bool demo);

    void accept() override;

    QLineEdit* companyName() const { return m_companyName; }
    QLineEdit* quoteTemplate() const { return m_template; }

private:
    void updateServerState();
    void addQuoteSection();
    QTabWidget* m_tabs;
    sync::SyncService* m_service = nullptr;
    SessionVault* m_vault = nullptr;
    QLineEdit* m_serverUrl = nullptr;
    QLineEdit* m_serverUser = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_serverState = nullptr;
    Settings& m_settings;
    QComboBox* m_language;
    QComboBox* m_region;
    ZoneBox* m_zone;
    QLineEdit* m_companyName = nullptr;
    QPlainTextEdit* m_companyAddress = nullptr;
    QLineEdit* m_companyContact = nullptr;
    QLineEdit* m_logo = nullptr;
    QLineEdit* m_template = nullptr;
    QDoubleSpinBox* m_taxRate = nullptr;
    QComboBox* m_companyCountry = nullptr;
    QSpinBox* m_validity = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    bool m_languageChanged = false;
};

} // namespace rapport
