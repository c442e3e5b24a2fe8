// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace rapport {

/// Generates UUIDv7 identifiers (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that
/// keeps ids from one generator strictly increasing within a millisecond, then 62 random bits.
/// Ids sort by creation time, which keeps B-tree inserts append-mostly.
class IdGenerator
{
public:
    /// A generator seeded from the system's secure random source.
    IdGenerator();
    /// A reproducible generator: same seed and same timestamps give the same ids (demo data, tests).
    explicit IdGenerator(std::uint64_t seed);

    QString next(qint64 unixMillis);
    QString next();

    static bool isValid(QStringView id);
    /// The creation time encoded in a UUIDv7, in Unix milliseconds; -1 if the id is not a UUIDv7.
    static qint64 timestampOf(QStringView id);

private:
    std::function<std::uint64_t()> m_random;
    qint64 m_lastMillis = -1;
    std::uint16_t m_counter = 0;
};

} // namespace rapport
