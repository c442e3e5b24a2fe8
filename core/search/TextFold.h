// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>

namespace rapport {

/// Folds text for locale-neutral sorting and matching: lower case, accents removed ("Müller" →
/// "muller", "Łukasz" → "lukasz", "Straße" → "strasse"), runs of spaces collapsed.
QString foldText(QStringView text);

} // namespace rapport
