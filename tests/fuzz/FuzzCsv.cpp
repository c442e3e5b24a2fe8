// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// libFuzzer target: any bytes as a CSV file. The reader must detect a format, read every record or stop
// with an error, and never crash, hang or read out of bounds.
#include "io/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const rapport::CsvFormat format = rapport::CsvReader::detect(bytes);
    rapport::CsvReader reader(buffer, format);
    QStringList fields;
    int records = 0;
    int lastLine = 0;
    while (reader.next(fields)) {
        // Lines only go forward, and a record never has no field.
        if (reader.line() < lastLine || fields.isEmpty())
            __builtin_trap();
        lastLine = reader.line();
        if (++records > static_cast<int>(size) + 1)
            __builtin_trap(); // more records than bytes: the reader is looping
    }
    return 0;
}
