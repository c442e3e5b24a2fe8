// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "DeleteCommand.h"

#include "Formatting.h"
#include "dialogs/Ask.h"
#include "storage/RecordStore.h"

#include <QLocale>
#include <QUndoStack>

namespace rapport {

bool DeleteCommand::confirm(QWidget* parent, RecordStore& store, EntityType type, const QStringList& ids,
                            const QString& what)
{
    const auto dependants = store.dependants(type, ids);
    if (!dependants || dependants->isEmpty())
        return true; // nothing to leave behind (an error reading them shows when the delete itself runs)
    QStringList counts;
    for (const auto& [kind, n] : *dependants)
        counts << Formatting::count(kind, n);
    return Ask::confirm(parent, tr("Delete %1?").arg(what),
                        tr("Still linked to %1: %2. They stay as they are, and Edit → Undo brings %1 back.")
                            .arg(what, QLocale().createSeparatedList(counts)),
                        tr("Delete"));
}

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
