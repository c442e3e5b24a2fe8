// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rapport {

class Database;
class ReaderPool;
class RecordStore;
class SearchService;

/// One open database and everything working on it: the GUI thread's connection and write path,
/// the reader threads for lists, reports and search. The desktop holds one; tests make their own.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    /// Opens (creating and migrating) the database at `path`. `phoneRegion` is the default region
    /// for phone numbers typed without a country code.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const QString& phoneRegion);
    ~Workspace();

    QString path() const;
    Database& database() { return *m_db; }
    RecordStore& store() { return *m_store; }
    ReaderPool& readers() { return *m_readers; }
    SearchService& search() { return *m_search; }

    /// True for a database filled by the demo generator (it never syncs).
    bool isDemo() const;
    QString currentUserId() const;
    QString currentUserName() const;
    /// A manager owns few deals and customers: their Home, board and reports start on their team's.
    bool currentUserIsManager() const;

private:
    Workspace() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<SearchService> m_search;
};

} // namespace rapport
