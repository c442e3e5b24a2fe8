// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"

#include <QDialog>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QUndoStack;

namespace rapport {

class RecordPicker;
class Workspace;

/// Merges two or three duplicate contacts or accounts: the person picks which record to keep and, field
/// by field, which value it keeps (lists such as email addresses can be combined). Everything that
/// refers to the others moves to the kept one. Edit → Undo takes the merge back (an unmerge).
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Workspace& workspace, QUndoStack& undo, EntityType type, const QStringList& ids,
                QWidget* parent = nullptr);

    QStringList ids() const;
    /// The record kept and the value of each field it will have.
    QString survivor() const;
    Record chosen() const;
    /// Chooses the record to keep by id (also what clicking its "Keep" does).
    void setSurvivor(const QString& id);
    /// Picks the value of `field` from the record with `id` ("*" for a combined list).
    void choose(const QString& field, const QString& id);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void merged(rapport::EntityType type, const QString& survivor);

private:
    void addRecord(const QString& id);
    void rebuild();

    Workspace& m_workspace;
    QUndoStack& m_undo;
    EntityType m_type;
    QList<Record> m_records;
    int m_survivor = 0;
    QHash<QString, QString> m_choice; ///< field → id of the record whose value is kept, or "*"
    QGridLayout* m_grid;
    QWidget* m_table;
    QLabel* m_error;
    RecordPicker* m_picker;
};

} // namespace rapport
