// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/RecordStore.h"

#include <QUndoCommand>

namespace rapport {

/// Any list of mutations (creates, updates, deletes) written in one transaction that Edit → Undo takes
/// back as a whole: a new appointment with its attendees, one occurrence of a series moved (the series
/// skips it, an exception takes its place), a call logged with its follow-up task. Each step has its
/// inverse worked out before it is written: a create is undone by a delete and redone by a restore, an
/// update by the fields' previous values, a delete by a restore. Undo and redo go through the write
/// path like any edit, so they sync.
class ApplyCommand : public QUndoCommand
{
public:
    /// Writes `mutations` now (creates without an id get one) and, if that worked, puts them on `stack`.
    /// Returns what the write changed.
    static Result<QList<Change>> apply(QUndoStack& stack, RecordStore& store, QList<Mutation> mutations,
                                       const QString& text);

    void undo() override;
    void redo() override;

private:
    ApplyCommand(RecordStore& store, QList<Mutation> forward, QList<Mutation> backward, const QString& text);

    RecordStore& m_store;
    QList<Mutation> m_redo;
    QList<Mutation> m_undo;
    bool m_skipFirstRedo = true;
};

} // namespace rapport
