// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Result.h"

#include <QStringList>

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

QString Error::text(QStringView separator) const
{
    QStringList parts;
    if (!message.isEmpty())
        parts << message;
    for (const FieldError& f : fields)
        parts << f.message;
    return parts.join(separator);
}

} // namespace rapport
