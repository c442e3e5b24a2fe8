// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

struct sqlite3;

namespace rapport {
class Workspace;
}

namespace rapport::bench {

/// The demo book the benchmarks measure (`rapport-bench demo` writes it to `dir`), or empty with the reason
/// printed under the benchmark's name.
QString demoBook(const QString& dir, const QString& bench);
/// Opens a book as the desktop does (migrating it first); null with the reason printed.
std::unique_ptr<Workspace> openWorkspace(const QString& path);
/// The one integer a raw statement returns (a count); 0 when none.
qint64 scalar(sqlite3* h, const char* sql);

/// Where every benchmark prints its figures.
inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Latency percentiles in milliseconds of durations in nanoseconds.
struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

inline Percentiles percentiles(std::vector<qint64> ns)
{
    if (ns.empty())
        return {};
    std::sort(ns.begin(), ns.end());
    auto at = [&](double q) { return ms(ns[std::min(ns.size() - 1, static_cast<size_t>(q * double(ns.size())))]); };
    return {at(0.50), at(0.95), at(0.99), ms(ns.back())};
}

/// Many clients syncing with one or several server processes at once (SyncLoad.cpp).
struct LoadOptions
{
    int clients = 100;
    int edits = 100;            ///< per client, synced in rounds of `perRound`
    int perRound = 10;
    int teamSize = 10;
    int servers = 1;            ///< server processes sharing the database (PostgreSQL)
    QString postgresUrl;        ///< empty: SQLite in the working folder
};

int syncLoadBench(const QString& dir, const LoadOptions& options);

/// The contacts issue's promises at the demo book in `dir` (ContactsBench.cpp): a contact's page painted, the
/// whole list scrolled, CSV and vCard imports.
int contactsBench(const QString& dir, int queries);
/// Only the imports of contactsBench: `cards` of the book's contacts as a vCard file (none when 0), `rows` as a
/// CSV file (all when 0, none when negative), each imported into an empty book beside its raw equivalent.
int importsBench(const QString& dir, int cards, int rows);
/// The calendar issue's promises at the demo book in `dir` (CalendarBench.cpp): a month and a team week read and
/// painted, a thousand series expanded over a year, a 10,000-event .ics imported.
int calendarBench(const QString& dir, int samples);
/// The pipeline board at the demo book in `dir`, topped up to `opportunities` deals (PipelineBench.cpp).
int pipelineBench(const QString& dir, qint64 opportunities);
/// The help desk at the demo book in `dir`, topped up to `tickets` tickets and `articles` knowledge-base articles
/// (HelpDeskBench.cpp): each queue's first paint, the screen-pop of a call, suggestions per keystroke, SLA check.
int helpDeskBench(const QString& dir, qint64 tickets, qint64 articles);

} // namespace rapport::bench
