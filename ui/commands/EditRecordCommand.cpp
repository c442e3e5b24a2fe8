// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "EditRecordCommand.h"

#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace rapport {

Status EditRecordCommand::apply(QUndoStack& stack, RecordStore& store, const Record& changes, const QString& text)
{
    const QString label = text.isEmpty() ? QCoreApplication::translate("EditRecordCommand", "Edit %1")
                                               .arg(store.titleOf(changes.type(), changes.id()))
                                         : text;
    return apply(stack, store, QList<Record>{changes}, label);
}

Status EditRecordCommand::apply(QUndoStack& stack, RecordStore& store, const QList<Record>& changes,
                                const QString& text)
{
    QList<Record> before;
    QList<Mutation> mutations;
    for (const Record& change : changes) {
        const auto current = store.fetch(change.type(), change.id());
        if (!current)
            return Error{QCoreApplication::translate("EditRecordCommand", "The record no longer exists."), {}};
        Record was(change.type(), change.id());
        for (int i : change.presentFields())
            was.set(i, current->value(i));
        before << was;
        mutations << Mutation::update(change);
    }
    if (auto applied = store.apply(mutations); !applied)
        return applied.error();
    stack.push(new EditRecordCommand(store, before, changes, text));
    return {};
}

EditRecordCommand::EditRecordCommand(RecordStore& store, QList<Record> before, QList<Record> after,
                                     const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool EditRecordCommand::write(const QList<Record>& records)
{
    QList<Mutation> mutations;
    for (const Record& r : records)
        mutations << Mutation::putBack(r);
    return static_cast<bool>(m_store.apply(mutations));
}

void EditRecordCommand::redo()
{
    if (m_skipFirstRedo) { // apply() already wrote it
        m_skipFirstRedo = false;
        return;
    }
    if (!write(m_after))
        setObsolete(true);
}

void EditRecordCommand::undo()
{
    if (!write(m_before))
        setObsolete(true);
}

} // namespace rapport
