// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QUndoStack;

namespace rapport {

class Workspace;

/// The help desk's service levels, as a manager sets them: a policy per priority (and, optionally, per account
/// tier) with the working hours to a first response and to a resolution, the warning time before a breach, and
/// the business hours the clocks run in (time zone, opening hours per weekday, holidays). Saved as one undo
/// step; the policies sync to every laptop and apply to the tickets opened or re-prioritised from then on.
class SlaPoliciesDialog : public QDialog
{
    Q_OBJECT

public:
    SlaPoliciesDialog(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Adds a row for a new policy (office hours in the user's time zone until edited).
    void addPolicy();
    /// Writes what changed; false (with the reason shown) when something is not valid.
    bool save();

private:
    void addRow(const Record& policy);
    void editHours(int row);

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QTableWidget* m_table;
    QLabel* m_problem;
    QList<Record> m_loaded;
    QStringList m_removed;
};

} // namespace rapport
