// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CsvReader.h"

#include <QIODevice>

#include <array>

namespace rapport {

namespace {

constexpr qint64 BlockSize = 1 << 20;

QStringDecoder decoderFor(CsvFormat::Encoding e)
{
    switch (e) {
    case CsvFormat::Encoding::Utf8:
    case CsvFormat::Encoding::Utf8Bom:
        return QStringDecoder(QStringDecoder::Utf8);
    case CsvFormat::Encoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case CsvFormat::Encoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case CsvFormat::Encoding::Windows1252:
        break;
    }
    QStringDecoder cp1252("windows-1252");
    return cp1252.isValid() ? std::move(cp1252) : QStringDecoder(QStringDecoder::Latin1);
}

bool validUtf8(const QByteArray& bytes)
{
    // Every multi-byte sequence well formed (RFC 3629); a sequence cut off by the end of the sample is fine.
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int follow = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (follow < 0 || (follow == 1 && c < 0xC2))
            return false;
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return true;
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

/// Splits the first lines (outside quotes) by `d` and counts fields per line.
QList<int> fieldCounts(const QString& text, QChar d, int lines)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < lines; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == d)
            ++fields;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            counts << fields;
            fields = 1;
        }
    }
    return counts;
}

} // namespace

QString CsvFormat::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString CsvFormat::describe() const
{
    QString by;
    if (delimiter == QLatin1Char(','))
        by = CsvReader::tr("separated by commas");
    else if (delimiter == QLatin1Char(';'))
        by = CsvReader::tr("separated by semicolons");
    else if (delimiter == QLatin1Char('\t'))
        by = CsvReader::tr("separated by tabs");
    else
        by = CsvReader::tr("separated by \"%1\"").arg(delimiter);
    return encodingName(encoding) + QStringLiteral(", ") + by;
}

CsvFormat CsvReader::detect(const QByteArray& head)
{
    CsvFormat f;
    if (head.startsWith("\xEF\xBB\xBF"))
        f.encoding = CsvFormat::Encoding::Utf8Bom;
    else if (head.startsWith("\xFF\xFE"))
        f.encoding = CsvFormat::Encoding::Utf16LE;
    else if (head.startsWith("\xFE\xFF"))
        f.encoding = CsvFormat::Encoding::Utf16BE;
    else {
        // UTF-16 without a mark: ASCII text has a zero byte in every other place.
        qsizetype evenZero = 0, oddZero = 0;
        const qsizetype n = std::min<qsizetype>(head.size(), 4096);
        for (qsizetype i = 0; i < n; ++i)
            if (head[i] == '\0')
                ++(i % 2 ? oddZero : evenZero);
        if (n >= 4 && oddZero > n / 4 && evenZero <= n / 20)
            f.encoding = CsvFormat::Encoding::Utf16LE;
        else if (n >= 4 && evenZero > n / 4 && oddZero <= n / 20)
            f.encoding = CsvFormat::Encoding::Utf16BE;
        else
            f.encoding = validUtf8(head) ? CsvFormat::Encoding::Utf8 : CsvFormat::Encoding::Windows1252;
    }
    QStringDecoder decoder = decoderFor(f.encoding);
    QString text = decoder.decode(head);
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    // The delimiter that gives the first lines the same number of fields, and the most of them.
    int best = 0;
    for (const QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        const QList<int> counts = fieldCounts(text, d, 20);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        int agreeing = 0;
        for (int c : counts)
            agreeing += c == counts.first() ? 1 : 0;
        const int score = agreeing * 1000 + counts.first();
        if (score > best) {
            best = score;
            f.delimiter = d;
        }
    }
    return f;
}

CsvReader::CsvReader(QIODevice& device, const CsvFormat& format)
    : m_device(device)
    , m_format(format)
    , m_decoder(decoderFor(format.encoding))
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray block = m_device.read(BlockSize);
    m_bytes += block.size();
    if (block.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder.decode(block);
    if (m_first && !m_buffer.isEmpty()) {
        m_first = false;
        if (m_buffer.front() == QChar(0xFEFF))
            m_buffer.remove(0, 1);
    }
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    // Skip empty lines between records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const QChar c = m_buffer[m_pos];
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            break;
        ++m_pos;
        ++m_line;
        if (c == QLatin1Char('\r') && (m_pos < m_buffer.size() || fill()) && m_pos < m_buffer.size() &&
            m_buffer[m_pos] == QLatin1Char('\n'))
            ++m_pos;
    }
    m_recordLine = m_line;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the field began with a quote
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = tr("Line %1: a quoted field is never closed.").arg(m_recordLine);
                return false;
            }
            fields << field;
            return true;
        }
        const QChar c = m_buffer[m_pos++];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if ((m_pos < m_buffer.size() || fill()) && m_pos < m_buffer.size() && m_buffer[m_pos] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(m_pos < m_buffer.size() && m_buffer[m_pos] == QLatin1Char('\n'))))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_format.delimiter) {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && (m_pos < m_buffer.size() || fill()) && m_pos < m_buffer.size() &&
                m_buffer[m_pos] == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            fields << field;
            return true;
        } else {
            field += c; // a stray quote inside an unquoted field is kept as written
        }
    }
}

} // namespace rapport
