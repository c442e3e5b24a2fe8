// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/LeadConversion.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace rapport {

class Workspace;

/// "Convert lead": what will happen, shown before it happens — the account (found or new), the people the
/// lead probably already is (pick one, or make a new contact), the deal to open — then one undoable write.
class LeadConvertDialog : public QDialog
{
    Q_OBJECT

public:
    LeadConvertDialog(Workspace& workspace, QUndoStack& undo, LeadConversionPlan plan, QWidget* parent = nullptr);

    /// Uses the existing contact `id` instead of a new one (the choice the radio buttons make).
    void useContact(const QString& id);
    void accept() override;

Q_SIGNALS:
    void converted(const ConvertedLead& made);
    void message(const QString& text);

private:
    Workspace& m_workspace;
    QUndoStack& m_undo;
    LeadConversionPlan m_plan;
    QButtonGroup* m_who;
    QCheckBox* m_openDeal;
    QLineEdit* m_dealName;
    QLineEdit* m_amount;
    QDateEdit* m_close;
    QLabel* m_error;
};

} // namespace rapport
