// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Workspace.h"

#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"

namespace rapport {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& phoneRegion)
{
    auto db = Database::open(path, QStringLiteral("main"));
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::move(db.value());
    ws->m_store = std::make_unique<RecordStore>(*ws->m_db);
    if (!phoneRegion.isEmpty())
        ws->m_store->setDefaultRegion(phoneRegion);
    if (Status s = ws->m_store->ensureCurrentUser(); !s)
        return s.error();
    ws->m_readers = std::make_unique<ReaderPool>(ws->m_db->path(), 2);
    ws->m_search = std::make_unique<SearchService>(ws->m_db->path());
    return ws;
}

Workspace::~Workspace()
{
    // Readers and search first: their threads hold connections to the file.
    m_search.reset();
    m_readers.reset();
    m_store.reset();
    m_db.reset();
}

QString Workspace::path() const
{
    return m_db->path();
}

bool Workspace::isDemo() const
{
    return m_db->meta(QStringLiteral("demo")) == QLatin1String("1");
}

QString Workspace::currentUserId() const
{
    return m_store->currentUserId();
}

QString Workspace::currentUserName() const
{
    return m_store->titleOf(EntityType::User, m_store->currentUserId());
}

bool Workspace::currentUserIsManager() const
{
    const auto me = m_store->fetch(EntityType::User, m_store->currentUserId());
    return me && me->text(u"role") == QLatin1String("manager");
}

} // namespace rapport
