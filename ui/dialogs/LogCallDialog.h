// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;
class QUndoStack;

namespace rapport {

class RecordPicker;
class Workspace;

/// "Log a call": opened when a call begins (from a contact's Call button, or the caller box), a timer
/// runs while it is open; notes, the outcome and, in the same step, a follow-up task. Saving writes the
/// call (done, with its length) and the task in one undoable transaction.
class LogCallDialog : public QDialog
{
    Q_OBJECT

public:
    LogCallDialog(Workspace& workspace, QUndoStack& undo, const QString& contactId, QWidget* parent = nullptr);

    /// The call is about this deal (it and its follow-up are linked to it, at the deal's company).
    void setDeal(const QString& opportunityId);
    void accept() override;
    /// Seconds since the call began.
    qint64 elapsedSeconds() const;
    QPlainTextEdit* notes() const { return m_notes; }
    QComboBox* outcome() const { return m_outcome; }
    QCheckBox* followUp() const { return m_followUp; }
    QLineEdit* followUpSubject() const { return m_taskSubject; }

Q_SIGNALS:
    void logged(const QString& callId);
    void message(const QString& text);

private:
    void tick();

    Workspace& m_workspace;
    QUndoStack& m_undo;
    qint64 m_startedAt;
    QElapsedTimer m_elapsed;
    QString m_opportunityId;
    QFormLayout* m_form;
    RecordPicker* m_contact;
    QLabel* m_deal;
    QLabel* m_clock;
    QLineEdit* m_subject;
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
    QCheckBox* m_followUp;
    QLineEdit* m_taskSubject;
    QDateEdit* m_taskDate;
    QTimeEdit* m_taskTime;
    QLabel* m_error;
};

} // namespace rapport
