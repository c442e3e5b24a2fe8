// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "domain/Schema.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

class QWidget;

namespace rapport {

class RecordStore;

/// Deleting records so that Edit → Undo brings them back: the delete is a tombstone that syncs, and undo
/// is a restore that syncs too (it wins over the delete it takes back, on every laptop).
class DeleteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    /// Asks before deleting records that customers or business still refer to (an account's contacts and
    /// deals, a contact's tickets), naming how many; true at once when nothing does, or when the person
    /// chose Delete. `what` names the records ("Carter Robotics Inc.", "3 records").
    static bool confirm(QWidget* parent, RecordStore& store, EntityType type, const QStringList& ids,
                        const QString& what);
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
