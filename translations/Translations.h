// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>

namespace rapport {

/// Installs Rapport's and Qt's translations for `language` (empty: the system's) into the running
/// application, in place of those of the language installed before, and makes QLocale format dates, numbers
/// and money to match. Returns the language actually installed ("en" when none matched).
QString installTranslations(const QString& language);

} // namespace rapport
