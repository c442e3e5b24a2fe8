// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "MergeCommand.h"

#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace rapport {

Result<int> MergeCommand::apply(QUndoStack& stack, RecordStore& store, EntityType type, const QString& survivor,
                                const QStringList& others, const Record& chosen)
{
    auto moved = store.merge(type, survivor, others, chosen);
    if (!moved)
        return moved.error();
    stack.push(new MergeCommand(store, type, survivor, others, chosen,
                                QCoreApplication::translate("MergeCommand", "Merge into %1")
                                    .arg(store.titleOf(type, survivor))));
    return moved;
}

MergeCommand::MergeCommand(RecordStore& store, EntityType type, QString survivor, QStringList others, Record chosen,
                           const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_type(type)
    , m_survivor(std::move(survivor))
    , m_others(std::move(others))
    , m_chosen(std::move(chosen))
{}

void MergeCommand::redo()
{
    if (m_skipFirstRedo) { // apply() already merged
        m_skipFirstRedo = false;
        return;
    }
    if (!m_store.merge(m_type, m_survivor, m_others, m_chosen))
        setObsolete(true);
}

void MergeCommand::undo()
{
    for (auto it = m_others.crbegin(); it != m_others.crend(); ++it)
        if (!m_store.unmerge(m_type, *it))
            setObsolete(true);
}

} // namespace rapport
