// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// libFuzzer target: any bytes as an iCalendar file. The file is refused with a message, or every entry is
// either read or carries its problems, with a line inside the file; nothing crashes, and what is read is a
// valid activity's worth of fields (a repetition rule Rapport can expand, an end not before the start).
#include "domain/Recurrence.h"
#include "io/CalendarReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = rapport::CalendarReader::read(bytes, QTimeZone("Europe/Berlin"));
    if (!result) {
        if (result.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const int lines = static_cast<int>(bytes.count('\n')) + 2;
    for (const auto& entry : *result) {
        if (entry.line < 0 || entry.line > lines)
            __builtin_trap();
        if (!entry.problems.isEmpty())
            continue;
        const rapport::Record& r = entry.record;
        if (!rapport::Recurrence::check(r.text(u"rrule")).isEmpty())
            __builtin_trap();
        if (r.has(u"end_at") && r.value(u"end_at").toLongLong() < r.value(u"start_at").toLongLong())
            __builtin_trap();
        // Expanding a year of what was read must end (libical's iterator on any rule it accepted).
        if (!r.text(u"rrule").isEmpty()) {
            const auto series = rapport::Series::of(r);
            (void)rapport::Recurrence::occurrences(series, series.start, series.start + 366LL * 86400000, 500);
        }
    }
    return 0;
}
