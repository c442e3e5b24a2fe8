// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

/// A fresh database in a temporary folder with its write path; with a local current user unless
/// the test brings its own users (demo data).
struct TempDatabase
{
    explicit TempDatabase(bool withLocalUser = true);
    ~TempDatabase();
    QString path() const;

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordStore> store;
};

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);
/// One value from the database, or a null QVariant.
QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {});
/// Runs SQL on a file directly through SQLite (to build fixtures the write path would refuse).
void rawExec(const QString& path, const QString& sql);

/// The text of a PDF as poppler's pdftotext reads it (`layout`: in the page's columns); empty if it cannot run.
QString pdfText(const QString& path, bool layout = true);

/// Minimal valid records for tests.
Record account(const QString& name);
Record contact(const QString& first, const QString& last, const QString& accountId = {});
/// Writes an invoiced order in euros for `accountId` placed at `orderedAt` (UTC ms), of one line: `cents` of
/// `productId`. Returns its id; stops the test run when the write path refuses it.
QString placeOrder(RecordStore& store, const QString& accountId, qint64 orderedAt, qint64 cents,
                   const QString& productId, const QString& number);

} // namespace rapport::test
