// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SettingsDialog.h"

#include "Ask.h"
#include "Formatting.h"
#include "SessionVault.h"
#include "Settings.h"
#include "domain/LocaleNames.h"
#include "storage/Quotes.h"
#include "sync/SyncService.h"
#include "widgets/ZoneBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

SettingsDialog::SettingsDialog(Settings& settings, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    // Three tabs: how this computer shows things, the server it syncs with, and the company's quotes. Side by
    // side rather than one above the other, so that the dialog and its buttons fit a 1,024 × 700 laptop.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs);
    auto* own = new QWidget(m_tabs);
    auto* form = new QFormLayout(own);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const auto& [code, name] : Settings::availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language takes effect when Rapport starts again."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("phoneRegion"));
    for (const auto& [code, name] : LocaleNames::countries())
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    const QString region = settings.phoneRegion().isEmpty() ? Settings::systemRegion() : settings.phoneRegion();
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    form->addRow(tr("&Phone numbers without country code are in:"), m_region);

    m_zone = new ZoneBox(this);
    m_zone->setObjectName(QStringLiteral("displayZone"));
    m_zone->addNone(
        tr("This computer's time zone, %1").arg(Formatting::zone(QString::fromUtf8(QTimeZone::systemTimeZoneId()))));
    m_zone->setZoneId(settings.displayZone());
    m_zone->setToolTip(tr("Calendar times are shown in this zone. Entries keep their own zone: a meeting at 09:00 "
                          "in Berlin stays at 09:00 Berlin time."));
    form->addRow(tr("Show &times in:"), m_zone);

    auto* path = new QLabel(databasePath, this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    form->addRow(tr("Database:"), path);
    m_tabs->addTab(own, tr("On this computer"));
    addQuoteSection();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::addQuoteSection()
{
    const QuoteSettings q = m_settings.quotes();
    auto* box = new QWidget(m_tabs);
    auto* form = new QFormLayout(box);
    m_companyName = new QLineEdit(q.companyName, box);
    m_companyName->setObjectName(QStringLiteral("companyName"));
    m_companyAddress = new QPlainTextEdit(q.companyAddress, box);
    m_companyAddress->setMaximumHeight(m_companyAddress->fontMetrics().height() * 4);
    m_companyContact = new QLineEdit(q.companyContact, box);
    m_companyContact->setPlaceholderText(tr("Phone · email · VAT number"));
    m_companyCountry = new QComboBox(box);
    m_companyCountry->setObjectName(QStringLiteral("companyCountry"));
    for (const auto& [code, name] : LocaleNames::countries())
        m_companyCountry->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_companyCountry->setCurrentIndex(std::max(0, m_companyCountry->findData(q.companyCountry)));
    m_companyCountry->setToolTip(tr("Customers in this country are charged its VAT; businesses elsewhere in the EU "
                                    "get a reverse charge, customers further abroad none."));
    const auto fileRow = [this, box](QLineEdit*& edit, const QString& path, const QString& filter) {
        auto* row = new QHBoxLayout;
        edit = new QLineEdit(path, box);
        auto* choose = new QPushButton(tr("Choose…"), box);
        row->addWidget(edit, 1);
        row->addWidget(choose);
        QLineEdit* target = edit;
        connect(choose, &QPushButton::clicked, this, [this, target, filter] {
            const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), target->text(), filter);
            if (!file.isEmpty())
                target->setText(file);
        });
        return row;
    };
    auto* templateRow = fileRow(m_template, q.templatePath, tr("Quote template (*.html)"));
    m_template->setPlaceholderText(tr("The built-in template"));
    auto* copy = new QPushButton(tr("Start from the built-in one…"), box);
    copy->setToolTip(tr("Saves the built-in template to a file you can edit, and uses that file from now on."));
    templateRow->addWidget(copy);
    connect(copy, &QPushButton::clicked, this, [this] {
        const QString file =
            Ask::saveFile(this, tr("Save the template"), tr("quote-template.html"), tr("Quote template (*.html)"));
        if (file.isEmpty())
            return;
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(Quotes::builtInTemplate().toUtf8()) < 0 || !out.commit())
            return;
        m_template->setText(file);
    });
    m_taxRate = new QDoubleSpinBox(box);
    m_taxRate->setRange(0, 100);
    m_taxRate->setDecimals(2);
    Formatting::percentField(m_taxRate);
    m_taxRate->setValue(q.taxRateBp / 100.0);
    m_validity = new QSpinBox(box);
    m_validity->setRange(0, 365);
    m_validity->setSuffix(tr(" days"));
    m_validity->setSpecialValueText(tr("no limit"));
    m_validity->setValue(q.validityDays);
    m_terms = new QPlainTextEdit(q.terms, box);
    m_terms->setMaximumHeight(m_terms->fontMetrics().height() * 4);
    form->addRow(tr("Company:"), m_companyName);
    form->addRow(tr("Address:"), m_companyAddress);
    form->addRow(tr("Contact line:"), m_companyContact);
    form->addRow(tr("Country:"), m_companyCountry);
    form->addRow(tr("Logo:"), fileRow(m_logo, q.logoPath, tr("Images (*.png *.jpg *.jpeg *.svg)")));
    form->addRow(tr("Template:"), templateRow);
    form->addRow(tr("VAT rate at home:"), m_taxRate);
    form->addRow(tr("Valid for:"), m_validity);
    form->addRow(tr("Terms:"), m_terms);
    m_tabs->addTab(box, tr("Quotes"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Quotes: the company's letterhead and terms"));
}

void SettingsDialog::addServerSection(sync::SyncService& service, SessionVault& vault, bool demo)
{
    m_service = &service;
    m_vault = &vault;
    auto* box = new QWidget(m_tabs);
    box->setObjectName(QStringLiteral("serverSection"));
    auto* form = new QFormLayout(box);
    m_serverUrl = new QLineEdit(m_settings.serverUrl(), box);
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://rapport.example.com:8765"));
    form->addRow(tr("&Address:"), m_serverUrl);
    m_serverUser = new QLineEdit(m_settings.serverUser(), box);
    m_serverUser->setObjectName(QStringLiteral("serverUser"));
    form->addRow(tr("&User:"), m_serverUser);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_signIn = new QPushButton(box);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_serverState = new QLabel(box);
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_serverState->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_signIn);
    row->addWidget(m_serverState, 1);
    form->addRow(row);
    m_tabs->insertTab(1, box, tr("Server"));

    if (demo) {
        for (QWidget* w : {static_cast<QWidget*>(m_serverUrl), static_cast<QWidget*>(m_serverUser),
                           static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_signIn)})
            w->setEnabled(false);
        m_signIn->setText(tr("Sign in"));
        m_serverState->setText(tr("This database holds demo data and never syncs. Open your own database to "
                                  "connect to a server."));
        return;
    }

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_service->status().state != sync::SyncStatus::State::NotConfigured
            && m_service->status().state != sync::SyncStatus::State::SignedOut) {
            m_vault->forget(m_settings.serverUrl() + QLatin1Char('|') + m_settings.serverUser());
            m_service->signOut();
            updateServerState();
            return;
        }
        const QUrl url = QUrl::fromUserInput(m_serverUrl->text().trimmed());
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            m_serverState->setText(tr("Enter the server's address, for example https://rapport.example.com:8765."));
            return;
        }
        if (m_serverUser->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
            m_serverState->setText(tr("Enter your user name and password."));
            return;
        }
        m_signIn->setEnabled(false);
        m_serverState->setText(tr("Signing in…"));
        m_service->signIn(url, m_serverUser->text().trimmed(), m_password->text());
    });
    connect(m_service, &sync::SyncService::signInFinished, this,
            [this](const QString& token, const QString& username, const QString& error) {
                m_signIn->setEnabled(true);
                m_password->clear(); // never kept, never written anywhere
                if (token.isEmpty()) {
                    m_serverState->setText(error);
                    return;
                }
                const QUrl url = QUrl::fromUserInput(m_serverUrl->text().trimmed());
                m_settings.setServerUrl(url.toString());
                m_settings.setServerUser(username);
                m_vault->store(url.toString() + QLatin1Char('|') + username, token);
                m_service->configure(url, token);
                updateServerState();
            });
    connect(m_service, &sync::SyncService::statusChanged, this, &SettingsDialog::updateServerState);
    updateServerState();
}

void SettingsDialog::updateServerState()
{
    if (!m_service || !m_signIn->isEnabled())
        return;
    const sync::SyncStatus& s = m_service->status();
    const bool signedIn = s.state != sync::SyncStatus::State::NotConfigured
                          && s.state != sync::SyncStatus::State::SignedOut;
    m_signIn->setText(signedIn ? tr("Sign out") : tr("Sign in"));
    m_serverUrl->setReadOnly(signedIn);
    m_serverUser->setReadOnly(signedIn);
    m_password->setEnabled(!signedIn);
    if (signedIn)
        m_serverState->setText(tr("Signed in as %1.").arg(m_settings.serverUser()));
    else if (s.state == sync::SyncStatus::State::SignedOut)
        m_serverState->setText(tr("Signed out. Changes stay on this computer until you sign in again."));
    else
        m_serverState->setText(tr("Not connected: this database is only on this computer."));
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setPhoneRegion(m_region->currentData().toString());
    // The computer's zone is followed wherever it goes; text that names no zone leaves it.
    const QTimeZone chosen = m_zone->zone();
    m_settings.setDisplayZone(chosen.isValid() ? QString::fromUtf8(chosen.id()) : QString());
    Formatting::setDisplayZone(chosen.isValid() ? chosen : QTimeZone::systemTimeZone());
    QuoteSettings q = m_settings.quotes();
    q.companyName = m_companyName->text().trimmed();
    q.companyAddress = m_companyAddress->toPlainText().trimmed();
    q.companyContact = m_companyContact->text().trimmed();
    q.companyCountry = m_companyCountry->currentData().toString();
    q.logoPath = m_logo->text().trimmed();
    q.templatePath = m_template->text().trimmed();
    q.taxRateBp = int(std::lround(m_taxRate->value() * 100));
    q.validityDays = m_validity->value();
    q.terms = m_terms->toPlainText().trimmed();
    m_settings.setQuotes(q);
    QDialog::accept();
}

} // namespace rapport
