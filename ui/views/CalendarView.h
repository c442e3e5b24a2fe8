// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Calendar.h"
#include "views/View.h"

#include <QDate>

#include <optional>

class QButtonGroup;
class QCalendarWidget;
class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QToolButton;
class QUndoStack;

namespace rapport {

class ElidedLabel;
class MonthGrid;
class TimeGrid;
class ToolRow;
class Workspace;

/// The calendar: a day, the working week, the week, the month or an agenda list, of one person or of
/// several side by side or overlaid. Entries are created by dragging over empty time, moved and
/// resized by dragging, opened by double-clicking; T goes to today, D, R (work week), W, M and A switch
/// the view, the arrows move the day. What it shows is read on a reader thread, repeating entries
/// expanded in their own time zones (Calendar), and drawn in the display zone.
class CalendarView : public View
{
    Q_OBJECT

public:
    enum class Mode { Day, WorkWeek, Week, Month, Agenda };
    /// How several people's calendars are shown: each day's hours side by side, overlaid in one, or the days
    /// in a row for each person (a whole team's week at once; a day and a month stay in hours and overlaid).
    enum class Together { SideBySide, Overlaid, Rows };

    CalendarView(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    bool showRecord(EntityType type, const QString& id) override;
    bool createNew() override;
    void activate() override;

    QDate date() const { return m_date; }
    void setDate(const QDate& date);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// Whose calendars are shown (user ids), and how several are shown together.
    QStringList people() const { return m_shown; }
    void setPeople(const QStringList& userIds);
    Together together() const { return m_how; }
    void setTogether(Together how);

    TimeGrid* timeGrid() const { return m_timeGrid; }
    MonthGrid* monthGrid() const { return m_monthGrid; }
    QTreeWidget* agenda() const { return m_agenda; }
    /// The entries selected in the agenda (their activities, each once), and those written to an .ics file.
    QStringList selectedIds() const;
    void exportSelection(const QString& path);
    /// The first and the day after the last day shown.
    std::pair<QDate, QDate> span() const;
    /// The month and the calendars beside the view: shown when there is room for them (a window narrower than a
    /// laptop's gives the days the room), or as the person last chose with the pane button.
    bool sidePaneShown() const;
    void setSidePaneShown(bool shown);

Q_SIGNALS:
    /// The entries of the span are on screen (tests wait for it).
    void loaded();

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void display(const QList<Occurrence>& occurrences);
    void showHeading();
    /// The agenda's columns: the times whole, the place brief; the subject and the people share the rest by what
    /// they hold, each whole where both fit.
    void fitAgendaColumns();
    void step(int direction);
    void openOccurrence(const Occurrence& occurrence);
    void createAt(qint64 start, qint64 end, bool allDay, const QString& user);
    void changeTimes(const Occurrence& occurrence, qint64 start, qint64 end);
    void fillPeople();
    void peopleChanged();
    /// The pane, or the bar's button that brings it back.
    void showSidePane(bool shown);
    QHash<QString, QColor> colours() const;
    /// Whether the days are shown in a row for each person (several people, a week or a work week).
    bool inRows() const;

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QDate m_date;
    Mode m_mode = Mode::WorkWeek;
    QStringList m_shown;
    Together m_how = Together::SideBySide;
    QList<CalendarPerson> m_everyone;
    quint64 m_ticket = 0;

    QWidget* m_side;
    QToolButton* m_sideButton;
    std::optional<bool> m_sideChosen; ///< the pane as the person chose it; unset: by the room there is
    QCalendarWidget* m_mini;
    QListWidget* m_peopleList;
    QComboBox* m_together;
    ElidedLabel* m_heading;
    ToolRow* m_bar;
    QButtonGroup* m_modes;
    QStackedWidget* m_pages;
    TimeGrid* m_timeGrid;
    QScrollArea* m_monthScroll;
    MonthGrid* m_monthGrid;
    QTreeWidget* m_agenda;
    bool m_fittingAgenda = false;
    QTimer* m_reloadTimer;
    bool m_scrolled = false;
};

} // namespace rapport
