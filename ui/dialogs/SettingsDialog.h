// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace rapport {

class Settings;

/// Preferences: the UI language (formatting of dates, numbers and money follows it) and the region
/// for phone numbers typed without a country code.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, const QString& databasePath, QWidget* parent = nullptr);

    /// True when the language was changed (it takes effect on restart).
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    Settings& m_settings;
    QComboBox* m_language;
    QComboBox* m_region;
    bool m_languageChanged = false;
};

} // namespace rapport
