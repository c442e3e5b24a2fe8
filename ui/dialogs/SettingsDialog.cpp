// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SettingsDialog.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

SettingsDialog::SettingsDialog(Settings& settings, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const auto& [code, name] : Settings::availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    form->addRow(tr("&Language:"), m_language);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("phoneRegion"));
    QList<QPair<QString, QString>> regions;
    for (int t = 1; t <= QLocale::LastTerritory; ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && !code.at(0).isDigit())
            regions.append({QLocale::territoryToString(territory), code});
    }
    std::sort(regions.begin(), regions.end());
    for (const auto& [name, code] : std::as_const(regions))
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    const QString region = settings.phoneRegion().isEmpty() ? Settings::systemRegion() : settings.phoneRegion();
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    form->addRow(tr("&Phone numbers without country code are in:"), m_region);

    auto* path = new QLabel(databasePath, this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    form->addRow(tr("Database:"), path);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A new language takes effect when Rapport starts again."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setPhoneRegion(m_region->currentData().toString());
    QDialog::accept();
}

} // namespace rapport
