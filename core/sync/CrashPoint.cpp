// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CrashPoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>

namespace rapport {

void crashPoint(const char* name)
{
    static const QByteArray target = qgetenv("RAPPORT_CRASH_AT");
    if (!target.isEmpty() && target == name)
        std::raise(SIGKILL);
}

} // namespace rapport
