// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Ids.h"

#include "Random.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <memory>

namespace rapport {

IdGenerator::IdGenerator()
    : m_random([] { return QRandomGenerator::system()->generate64(); })
{}

IdGenerator::IdGenerator(std::uint64_t seed)
{
    auto rng = std::make_shared<Random>(seed);
    m_random = [rng] { return rng->next(); };
}

QString IdGenerator::next()
{
    return next(QDateTime::currentMSecsSinceEpoch());
}

QString IdGenerator::next(qint64 unixMillis)
{
    // Keep ids monotonic even if the wall clock steps back: reuse the last millisecond and count on.
    if (unixMillis <= m_lastMillis) {
        unixMillis = m_lastMillis;
        if (++m_counter > 0x0fff) {
            ++unixMillis;
            m_counter = static_cast<std::uint16_t>(m_random() & 0x01ff);
        }
    } else {
        // Start the counter low but random so ids of two devices in the same millisecond rarely share it.
        m_counter = static_cast<std::uint16_t>(m_random() & 0x01ff);
    }
    m_lastMillis = unixMillis;

    const std::uint64_t ms = static_cast<std::uint64_t>(unixMillis) & 0xffffffffffffULL;
    const std::uint64_t hi = (ms << 16) | 0x7000u | m_counter;
    const std::uint64_t lo = (m_random() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;

    static constexpr char digits[] = "0123456789abcdef";
    QChar out[36];
    int pos = 0;
    auto put = [&](std::uint64_t v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            out[pos++] = QLatin1Char(digits[(v >> (i * 4)) & 0xf]);
    };
    put(hi >> 32, 8);
    out[pos++] = QLatin1Char('-');
    put((hi >> 16) & 0xffff, 4);
    out[pos++] = QLatin1Char('-');
    put(hi & 0xffff, 4);
    out[pos++] = QLatin1Char('-');
    put(lo >> 48, 4);
    out[pos++] = QLatin1Char('-');
    put(lo & 0xffffffffffffULL, 12);
    return QString(out, 36);
}

bool IdGenerator::isValid(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                     (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

qint64 IdGenerator::timestampOf(QStringView id)
{
    if (!isValid(id) || id[14] != QLatin1Char('7'))
        return -1;
    bool ok = false;
    const qint64 high = id.mid(0, 8).toLongLong(&ok, 16);
    const qint64 low = id.mid(9, 4).toLongLong(&ok, 16);
    return (high << 16) | low;
}

} // namespace rapport
