// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

namespace rapport {

class Settings;
class Workspace;

/// Everything the desktop needs before its window: identity, settings, translations, icons and the
/// database. main() and the GUI tests call the same function.
struct Desktop
{
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Workspace> workspace;
};

/// `databasePath` empty means the last used or the default database.
Result<Desktop> bootstrap(const QString& databasePath);

} // namespace rapport
