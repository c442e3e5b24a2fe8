// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QUndoCommand>

namespace rapport {

class RecordStore;

/// A merge of duplicates that Edit → Undo takes back: undo unmerges each merged record, redo merges them
/// again with the same choices. Both are ordinary synced writes.
class MergeCommand : public QUndoCommand
{
public:
    /// Merges now and, if that worked, puts the merge on `stack`. Returns how many records moved.
    static Result<int> apply(QUndoStack& stack, RecordStore& store, EntityType type, const QString& survivor,
                             const QStringList& others, const Record& chosen);

    void undo() override;
    void redo() override;

private:
    MergeCommand(RecordStore& store, EntityType type, QString survivor, QStringList others, Record chosen,
                 const QString& text);

    RecordStore& m_store;
    EntityType m_type;
    QString m_survivor;
    QStringList m_others;
    Record m_chosen;
    bool m_skipFirstRedo = true;
};

} // namespace rapport
