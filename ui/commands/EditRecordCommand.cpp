// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "EditRecordCommand.h"

#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace rapport {

Status EditRecordCommand::apply(QUndoStack& stack, RecordStore& store, const Record& changes, const QString& text)
{
    const auto current = store.fetch(changes.type(), changes.id());
    if (!current)
        return Error{QCoreApplication::translate("EditRecordCommand", "The record no longer exists."), {}};
    Record before(changes.type(), changes.id());
    for (int i : changes.presentFields())
        before.set(i, current->value(i));
    if (Status s = store.update(changes); !s)
        return s;
    const QString label = text.isEmpty() ? QCoreApplication::translate("EditRecordCommand", "Edit %1")
                                               .arg(store.titleOf(changes.type(), changes.id()))
                                         : text;
    stack.push(new EditRecordCommand(store, before, changes, label));
    return {};
}

EditRecordCommand::EditRecordCommand(RecordStore& store, Record before, Record after, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditRecordCommand::redo()
{
    if (m_skipFirstRedo) { // apply() already wrote it
        m_skipFirstRedo = false;
        return;
    }
    if (!m_store.update(m_after))
        setObsolete(true);
}

void EditRecordCommand::undo()
{
    if (!m_store.update(m_before))
        setObsolete(true);
}

} // namespace rapport
