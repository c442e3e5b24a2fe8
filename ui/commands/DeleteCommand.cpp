// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "DeleteCommand.h"

#include "storage/RecordStore.h"

#include <QUndoStack>

namespace rapport {

Status DeleteCommand::apply(QUndoStack& stack, RecordStore& store, EntityType type, const QStringList& ids,
                            const QString& text)
{
    QList<Mutation> mutations;
    for (const QString& id : ids)
        mutations << Mutation::remove(type, id);
    if (auto deleted = store.apply(mutations); !deleted)
        return deleted.error();
    stack.push(new DeleteCommand(store, type, ids, text));
    return {};
}

DeleteCommand::DeleteCommand(RecordStore& store, EntityType type, QStringList ids, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_type(type)
    , m_ids(std::move(ids))
{}

bool DeleteCommand::write(bool restore)
{
    QList<Mutation> mutations;
    for (const QString& id : std::as_const(m_ids))
        mutations << (restore ? Mutation::restore(m_type, id) : Mutation::remove(m_type, id));
    return static_cast<bool>(m_store.apply(mutations));
}

void DeleteCommand::redo()
{
    if (m_skipFirstRedo) { // apply() already deleted
        m_skipFirstRedo = false;
        return;
    }
    if (!write(false))
        setObsolete(true);
}

void DeleteCommand::undo()
{
    if (!write(true))
        setObsolete(true);
}

} // namespace rapport
