// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Schema.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace rapport {

class Workspace;

/// "Find duplicates": the whole book scanned on a reader thread, groups of contacts that are probably one
/// person listed with a score and why; a group opens in the merge dialog.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    QTreeWidget* groups() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }
    /// Opens the merge dialog for the group of the current item.
    void mergeCurrent();

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);

private:
    void load();
    /// How many groups are left, in the status line (after a merge, one fewer).
    void showCount();

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QTreeWidget* m_tree;
    QLabel* m_status;
    QPushButton* m_merge;
    bool m_loaded = false;
};

} // namespace rapport
