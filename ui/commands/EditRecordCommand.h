// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QUndoCommand>

namespace rapport {

class RecordStore;

/// An edit of one record's fields that Edit → Undo takes back. Undo and redo are ordinary writes
/// through the write path (new clock stamps, outbox, audit), so they sync like any other edit.
class EditRecordCommand : public QUndoCommand
{
public:
    /// Applies the change now and, if it succeeded, puts it on `stack`; the record's previous
    /// values of the changed fields are read first so undo restores exactly those.
    static Status apply(QUndoStack& stack, RecordStore& store, const Record& changes, const QString& text = {});

    void undo() override;
    void redo() override;

private:
    EditRecordCommand(RecordStore& store, Record before, Record after, const QString& text);

    RecordStore& m_store;
    Record m_before;
    Record m_after;
    bool m_skipFirstRedo = true;
};

} // namespace rapport
