// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// libFuzzer target: any bytes as a vCard file. Every card is either read or reported with a line inside
// the file; nothing crashes.
#include "io/VCardReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = rapport::VCardReader::parse(bytes);
    const int lines = static_cast<int>(bytes.count('\n')) + 2;
    for (const auto& problem : result.problems)
        if (problem.line < 0 || problem.line > lines)
            __builtin_trap();
    for (const auto& card : result.cards)
        if (card.line < 1 || card.line > lines)
            __builtin_trap();
    return 0;
}
