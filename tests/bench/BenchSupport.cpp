// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "BenchSupport.h"

#include "Workspace.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace rapport::bench {

QString demoBook(const QString& dir, const QString& bench)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    if (QFile::exists(path))
        return path;
    out() << QStringLiteral("%1: no demo book in %2 (run rapport-bench demo first)").arg(bench, dir) << Qt::endl;
    return {};
}

std::unique_ptr<Workspace> openWorkspace(const QString& path)
{
    auto ws = Workspace::open(path, QStringLiteral("DE"));
    if (!ws) {
        out() << ws.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*ws);
}

qint64 scalar(sqlite3* h, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    const qint64 n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return n;
}

} // namespace rapport::bench
