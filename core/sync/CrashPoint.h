// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

namespace rapport {

/// Named places where the crash tests kill the process (SIGKILL, as `kill -9` would) to prove that
/// nothing is lost whatever the moment: the test sets RAPPORT_CRASH_AT to a point's name. Does nothing
/// otherwise (one cached environment lookup).
void crashPoint(const char* name);

} // namespace rapport
