// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "views/View.h"

#include <QDate>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QUndoStack;

namespace rapport {

class ListPanel;
class Workspace;

/// A day's appointments and tasks, for me or the whole team, picked from a month calendar.
class CalendarView : public View
{
    Q_OBJECT

public:
    CalendarView(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    bool showRecord(EntityType type, const QString& id) override;
    void activate() override;
    QDate date() const { return m_date; }
    void setDate(const QDate& date);
    ListPanel* panel() const { return m_panel; }

private:
    void applyFilter();

    Workspace& m_workspace;
    QDate m_date;
    QCalendarWidget* m_calendar;
    QComboBox* m_whose;
    QLabel* m_heading;
    ListPanel* m_panel;
};

} // namespace rapport
