// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Calendar.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace rapport {

class ReminderService;

/// The reminders that have rung and wait for an answer: open the entry, snooze it (5 minutes, 15
/// minutes, an hour, until tomorrow morning) or dismiss it. A window of its own that stays open beside
/// the main window and follows the service; it goes once the person has dealt with the last reminder.
class RemindersDialog : public QDialog
{
    Q_OBJECT

public:
    RemindersDialog(ReminderService& service, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /// Snoozes the selected reminders for `minutes` (0: until tomorrow morning).
    void snoozeSelected(int minutes);
    void dismissSelected();

Q_SIGNALS:
    void openRequested(const QString& activityId);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QList<DueReminder>& due);
    QStringList selectedIds() const;

    ReminderService& m_service;
    QTreeWidget* m_list;
    QComboBox* m_snoozeFor;
    QPushButton* m_snooze;
    QPushButton* m_dismiss;
    QPushButton* m_open;
    bool m_acted = false; ///< a reminder was dismissed or snoozed here since the window was shown
};

} // namespace rapport
