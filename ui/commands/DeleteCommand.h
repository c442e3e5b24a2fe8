// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "domain/Schema.h"

#include <QStringList>
#include <QUndoCommand>

namespace rapport {

class RecordStore;

/// Deleting records so that Edit → Undo brings them back: the delete is a tombstone that syncs, and undo
/// is a restore that syncs too (it wins over the delete it takes back, on every laptop).
class DeleteCommand : public QUndoCommand
{
public:
    /// Deletes now, all or none, and if that worked puts the delete on `stack`.
    static Status apply(QUndoStack& stack, RecordStore& store, EntityType type, const QStringList& ids,
                        const QString& text);

    void undo() override;
    void redo() override;

private:
    DeleteCommand(RecordStore& store, EntityType type, QStringList ids, const QString& text);
    bool write(bool restore);

    RecordStore& m_store;
    EntityType m_type;
    QStringList m_ids;
    bool m_skipFirstRedo = true;
};

} // namespace rapport
