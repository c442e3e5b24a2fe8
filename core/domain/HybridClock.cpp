// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "HybridClock.h"

#include <QDateTime>

#include <algorithm>

namespace rapport {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

void putHex(QChar*& out, std::uint64_t value, int nibbles)
{
    for (int i = nibbles - 1; i >= 0; --i)
        *out++ = QLatin1Char(hexDigits[(value >> (i * 4)) & 0xf]);
}

bool parseHex(QStringView text, std::uint64_t& value)
{
    value = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        int d;
        if (u >= u'0' && u <= u'9')
            d = u - u'0';
        else if (u >= u'a' && u <= u'f')
            d = u - u'a' + 10;
        else
            return false;
        value = (value << 4) | static_cast<std::uint64_t>(d);
    }
    return true;
}
} // namespace

QString HlcTimestamp::toString() const
{
    QChar buffer[StringLength];
    QChar* out = buffer;
    putHex(out, static_cast<std::uint64_t>(millis), 12);
    *out++ = QLatin1Char('-');
    putHex(out, counter, 4);
    *out++ = QLatin1Char('-');
    putHex(out, node, 16);
    return QString(buffer, StringLength);
}

HlcTimestamp HlcTimestamp::fromString(QStringView text, bool* ok)
{
    HlcTimestamp t;
    std::uint64_t ms = 0, counter = 0, node = 0;
    const bool valid = text.size() == StringLength && text[12] == QLatin1Char('-') && text[17] == QLatin1Char('-') &&
                       parseHex(text.mid(0, 12), ms) && parseHex(text.mid(13, 4), counter) &&
                       parseHex(text.mid(18, 16), node);
    if (valid) {
        t.millis = static_cast<qint64>(ms);
        t.counter = static_cast<std::uint16_t>(counter);
        t.node = node;
    }
    if (ok)
        *ok = valid;
    return t;
}

HybridClock::HybridClock(std::uint64_t node, WallClock wallClock)
    : m_node(node)
    , m_wallClock(wallClock ? std::move(wallClock) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

HlcTimestamp HybridClock::now()
{
    const qint64 wall = m_wallClock();
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else if (m_last.counter == 0xffff) {
        // The counter is exhausted: borrow the next millisecond rather than wrap.
        ++m_last.millis;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

void HybridClock::observe(const HlcTimestamp& remote)
{
    const qint64 wall = m_wallClock();
    const qint64 top = std::max({wall, m_last.millis, remote.millis});
    if (top == m_last.millis && top == remote.millis)
        m_last.counter = std::max(m_last.counter, remote.counter);
    else if (top == remote.millis)
        m_last.counter = remote.counter;
    else if (top != m_last.millis)
        m_last.counter = 0;
    m_last.millis = top;
    m_last.node = m_node;
}

void HybridClock::restore(const HlcTimestamp& last)
{
    if (m_last < last) {
        m_last = last;
        m_last.node = m_node;
    }
}

} // namespace rapport
