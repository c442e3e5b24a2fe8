// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ApplyCommand.h"

#include <QCoreApplication>

namespace rapport {

Result<QList<Change>> ApplyCommand::apply(QUndoStack& stack, RecordStore& store, QList<Mutation> mutations,
                                          const QString& text)
{
    QList<Mutation> redo;
    QList<Mutation> undo;
    for (Mutation& m : mutations) {
        const EntityType type = m.record.type();
        switch (m.op) {
        case Mutation::Op::Create:
            if (m.record.id().isEmpty())
                m.record.setId(store.newId());
            redo << Mutation::restore(type, m.record.id());
            undo << Mutation::remove(type, m.record.id());
            break;
        case Mutation::Op::Update: {
            // An update of a record created earlier in the same list has nothing to take back on its
            // own: undoing the create removes it.
            const auto current = store.fetch(type, m.record.id());
            redo << Mutation::putBack(m.record);
            if (!current)
                break;
            Record was(type, m.record.id());
            for (int i : m.record.presentFields())
                was.set(i, current->value(i));
            undo << Mutation::putBack(was);
            break;
        }
        case Mutation::Op::Delete:
            redo << m;
            undo << Mutation::restore(type, m.record.id());
            break;
        case Mutation::Op::Restore:
            redo << m;
            undo << Mutation::remove(type, m.record.id());
            break;
        }
    }
    auto changes = store.apply(mutations);
    if (!changes)
        return changes.error();
    // Undo runs the inverses last first: an attendee goes before the meeting it belongs to.
    std::reverse(undo.begin(), undo.end());
    stack.push(new ApplyCommand(store, std::move(redo), std::move(undo), text));
    return changes;
}

ApplyCommand::ApplyCommand(RecordStore& store, QList<Mutation> forward, QList<Mutation> backward,
                           const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_redo(std::move(forward))
    , m_undo(std::move(backward))
{}

void ApplyCommand::redo()
{
    if (m_skipFirstRedo) { // apply() already wrote it
        m_skipFirstRedo = false;
        return;
    }
    if (!m_store.apply(m_redo))
        setObsolete(true);
}

void ApplyCommand::undo()
{
    if (!m_store.apply(m_undo))
        setObsolete(true);
}

} // namespace rapport
