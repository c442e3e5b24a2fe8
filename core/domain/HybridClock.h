// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <functional>

namespace rapport {

/// One reading of a hybrid logical clock: wall-clock milliseconds, a counter that orders events within
/// (or ahead of) one millisecond, and the id of the node that made it, which breaks the last tie so that
/// every device picks the same winner.
struct HlcTimestamp
{
    qint64 millis = 0;
    std::uint16_t counter = 0;
    std::uint64_t node = 0;

    auto operator<=>(const HlcTimestamp&) const = default;
    bool isNull() const { return millis == 0 && counter == 0 && node == 0; }

    /// Fixed-width hex text ("0193a1b2c3d4-0000-9f3e…") whose byte order equals the clock order, so the
    /// database and the server can compare stamps as plain strings.
    QString toString() const;
    static HlcTimestamp fromString(QStringView text, bool* ok = nullptr);
    static constexpr int StringLength = 12 + 1 + 4 + 1 + 16;
};

/// The hybrid logical clock of one device (Kulkarni et al.): monotonic even when the wall clock steps
/// back, and never behind any stamp it has observed from another node.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridClock(std::uint64_t node, WallClock wallClock = {});

    std::uint64_t node() const { return m_node; }
    /// A new stamp for a local event, later than every stamp issued or observed before.
    HlcTimestamp now();
    /// Moves the clock past a stamp received from elsewhere.
    void observe(const HlcTimestamp& remote);
    /// The last stamp issued or observed (persist it; restore it on start).
    HlcTimestamp last() const { return m_last; }
    void restore(const HlcTimestamp& last);

private:
    std::uint64_t m_node;
    WallClock m_wallClock;
    HlcTimestamp m_last;
};

} // namespace rapport
