// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QtGlobal>

#include <cstdint>

namespace rapport {

/// xoshiro256** — small, fast and, unlike the standard distributions, the same sequence on every
/// platform and standard library. Used wherever output must be reproducible from a seed (demo data,
/// property tests). Not for secrets.
class Random
{
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t next();
    /// Uniform in [0, bound); bound > 0.
    std::uint64_t below(std::uint64_t bound);
    /// Uniform in [lo, hi], inclusive.
    qint64 between(qint64 lo, qint64 hi);
    /// Uniform in [0, 1).
    double unit();
    /// True with the given probability.
    bool chance(double probability) { return unit() < probability; }
    template <typename Container> const auto& pick(const Container& c) { return c[below(std::size(c))]; }

private:
    std::uint64_t m_s[4];
};

} // namespace rapport
