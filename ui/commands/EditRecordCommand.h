// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QUndoCommand>

namespace rapport {

class RecordStore;

/// An edit of the fields of one or more records that Edit → Undo takes back as a whole. Undo and redo are
/// ordinary writes through the write path (new clock stamps, outbox, audit), so they sync like any other
/// edit; several records change in one transaction (a bulk "assign owner", say).
class EditRecordCommand : public QUndoCommand
{
public:
    /// Applies the change now and, if it succeeded, puts it on `stack`; the record's previous
    /// values of the changed fields are read first so undo restores exactly those.
    static Status apply(QUndoStack& stack, RecordStore& store, const Record& changes, const QString& text = {});
    /// The same for changes to several records, all or none.
    static Status apply(QUndoStack& stack, RecordStore& store, const QList<Record>& changes, const QString& text);

    void undo() override;
    void redo() override;

private:
    EditRecordCommand(RecordStore& store, QList<Record> before, QList<Record> after, const QString& text);
    bool write(const QList<Record>& records);

    RecordStore& m_store;
    QList<Record> m_before;
    QList<Record> m_after;
    bool m_skipFirstRedo = true;
};

} // namespace rapport
