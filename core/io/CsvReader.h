// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace rapport {

/// How a CSV file is written: its text encoding and the character between fields.
struct CsvFormat
{
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');

    static QString encodingName(Encoding e);
    QString describe() const; ///< "UTF-8, separated by semicolons", translated
};

/// Reads CSV as spreadsheets and address books write it (RFC 4180 and its relatives): fields in double
/// quotes may hold the delimiter, line breaks and doubled quotes; lines end in CRLF, LF or CR. The file is
/// read a block at a time, so a file of a million rows never needs to fit in memory as text.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Guesses the format from the start of a file: a byte-order mark, else UTF-16 by its zero bytes, else
    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which covers Latin-1); the delimiter is the
    /// one of , ; tab | that splits the first lines into the same number of fields most often.
    static CsvFormat detect(const QByteArray& head);

    CsvReader(QIODevice& device, const CsvFormat& format);

    /// The next record; false at the end or on malformed input (then error() says where).
    bool next(QStringList& fields);
    /// The 1-based physical line where the record last returned starts.
    int line() const { return m_recordLine; }
    /// Bytes read so far, for progress.
    qint64 bytesRead() const { return m_bytes; }
    QString error() const { return m_error; }

private:
    bool fill();

    QIODevice& m_device;
    CsvFormat m_format;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_first = true;
    int m_line = 1;
    int m_recordLine = 0;
    qint64 m_bytes = 0;
    QString m_error;
};

} // namespace rapport
