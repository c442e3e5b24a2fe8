// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Result.h"

namespace rapport {

QString Error::fullText() const
{
    QString text = message;
    for (const FieldError& f : fields) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += QStringLiteral("  %1: %2").arg(f.field, f.message);
    }
    return text;
}

} // namespace rapport
