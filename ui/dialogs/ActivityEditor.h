// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "commands/ActivityEdits.h"
#include "domain/Record.h"
#include "storage/Calendar.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QToolButton;
class QTreeWidget;
class QUndoStack;

namespace rapport {

class ZoneBox;

class FreeBusyStrip;
class RecordPicker;
class Workspace;

/// Everything about one call, meeting, task, email or note: type, subject, when (start and end, or due;
/// all day; in which time zone), repetition, where, who and what it is about (contact, account, deal,
/// ticket), who is invited and what they answered (with everyone's free and busy time that day), a
/// call's outcome and length, a task's done, reminders and notes. Saving a repeating entry asks which
/// occurrences the change is for. The dialog is window-modal but does not block (open()), so the
/// calendar stays responsive behind it.
class ActivityEditor : public QDialog
{
    Q_OBJECT

public:
    /// A new entry; `draft` holds what is known already (type, times, owner, contact, …).
    static ActivityEditor* forNew(Workspace& workspace, QUndoStack& undo, const Record& draft, QWidget* parent);
    /// An existing entry, or one occurrence of a repeating one.
    static ActivityEditor* forOccurrence(Workspace& workspace, QUndoStack& undo, const Occurrence& occurrence,
                                         QWidget* parent);

    void accept() override;

    // What tests and callers fill in without clicking through every field.
    QLineEdit* subjectEdit() const { return m_subject; }
    void setRule(const QString& rule);
    QString rule() const;
    void setReminders(const QList<int>& minutes);
    QList<int> reminders() const;
    void invite(const Invitee& who);
    QList<Invitee> invitees() const;
    QString errorText() const;

Q_SIGNALS:
    void saved(const QString& id);
    void message(const QString& text);

private:
    ActivityEditor(Workspace& workspace, QUndoStack& undo, QWidget* parent);
    void build();
    void load(const Record& activity, const QList<Record>& attendees);
    void typeChanged();
    /// A call's outcome and length, shown once it has begun.
    void showCallResult();
    void timesChanged();
    void ruleControlsChanged();
    void showRule(const QString& rule);
    void refreshFreeBusy();
    void addAttendeeRow(const Invitee& who);
    void deleteEntry();
    QTimeZone zone() const;
    /// The fields as the dialog now has them; an error when something cannot be saved.
    Result<Record> collect() const;
    QString reminderLabel(int minutes) const;
    /// The reminder menu's choices for a timed or an all-day entry, and those it holds besides.
    void buildReminderMenu();
    void showReminders();
    /// An all-day entry's reminders ring at a time of day; a timed entry's, minutes before it.
    void allDayToggled(bool allDay);
    /// Offers the chosen company's deals alone in the deal's field (every deal without a company).
    void scopeDeals();

    Workspace& m_workspace;
    QUndoStack& m_undo;
    bool m_isNew = true;
    Occurrence m_occurrence;
    Record m_original{EntityType::Activity};
    QList<Invitee> m_originalInvitees;
    QString m_loadedRule;
    QList<CalendarPerson> m_people;

    QComboBox* m_type = nullptr;
    QLineEdit* m_subject = nullptr;
    QCheckBox* m_allDay = nullptr;
    QLabel* m_startLabel = nullptr;
    QWidget* m_startRow = nullptr;
    QDateTime m_shownStart; ///< the start as the editors showed it last (the end moves along with it)
    QDateEdit* m_startDate = nullptr;
    QTimeEdit* m_startTime = nullptr;
    QLabel* m_endLabel = nullptr;
    QDateEdit* m_endDate = nullptr;
    QTimeEdit* m_endTime = nullptr;
    ZoneBox* m_zone = nullptr;
    QLabel* m_zoneHint = nullptr;
    QComboBox* m_repeat = nullptr;
    QWidget* m_repeatDetails = nullptr;
    QLabel* m_everyLabel = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_intervalUnit = nullptr;
    QList<QToolButton*> m_weekdays;
    QWidget* m_weekdayRow = nullptr;
    QComboBox* m_ends = nullptr;
    QSpinBox* m_count = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_customRule = nullptr;
    QLabel* m_ruleText = nullptr;
    QFormLayout* m_form = nullptr;
    QGroupBox* m_peopleBox = nullptr;
    QLineEdit* m_location = nullptr;
    RecordPicker* m_contact = nullptr;
    RecordPicker* m_account = nullptr;
    QString m_dealsOf; ///< whose deals the deal's field offers
    RecordPicker* m_opportunity = nullptr;
    RecordPicker* m_ticket = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_durationLabel = nullptr;
    QSpinBox* m_duration = nullptr;
    qint64 m_durationSeconds = 0; ///< the call's length as logged: kept while its minutes are not changed
    QCheckBox* m_done = nullptr;
    QComboBox* m_owner = nullptr;
    QToolButton* m_remindersButton = nullptr;
    QList<int> m_reminders;
    QPlainTextEdit* m_description = nullptr;
    QTreeWidget* m_attendees = nullptr;
    QComboBox* m_inviteUser = nullptr;
    RecordPicker* m_inviteContact = nullptr;
    FreeBusyStrip* m_freeBusy = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_delete = nullptr;
    quint64 m_busyTicket = 0;
};

} // namespace rapport
