// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Calendar.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QWidget>

#include <utility>

class QPainter;

namespace rapport {

/// Days as cells, each with as many of its entries as fit (all-day first, then by time) and "+N more": the
/// month view (six weeks, a row each), or a team's days (a row for each person, their name beside it, so that
/// a whole team's week is read at once). A click selects a day, a double-click on a day opens it, a
/// double-click on an entry opens the entry, and dragging an entry to another day moves it there at the
/// same time (in a team's rows, along its own row: the entry stays with its person).
class MonthGrid : public QWidget
{
    Q_OBJECT

public:
    explicit MonthGrid(QWidget* parent = nullptr);

    /// Shows the six weeks from `firstDay` (a first day of the week), dimming days outside `month`.
    void setRange(const QDate& firstDay, int month, const QDate& selected);
    /// Shows `days` days from `firstDay`, a row for each of `people` (user id and name) with the entries on
    /// their calendar: each person's copy of a meeting they share in their own row.
    void setTeam(const QDate& firstDay, int days, const QList<std::pair<QString, QString>>& people,
                 const QDate& selected);
    void setOccurrences(const QList<Occurrence>& occurrences);
    void setOverlayColours(const QHash<QString, QColor>& byUser);
    QDate firstDay() const { return m_first; }
    /// The people of a team's rows, in order (empty in the month view).
    QStringList rowUsers() const;
    /// A day's cell (in a team's rows: `user`'s), or an empty rectangle.
    QRect cellRect(const QDate& day, const QString& user = {}) const;
    /// Where an occurrence's line is drawn in a day's cell, or an empty rectangle (tests).
    QRect entryRect(const QDate& day, const QString& id, const QString& user = {}) const;

Q_SIGNALS:
    void dateSelected(const QDate& day);
    void dayActivated(const QDate& day);
    void openRequested(const rapport::Occurrence& occurrence);
    void changeRequested(const rapport::Occurrence& occurrence, qint64 start, qint64 end);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// A cell: a day, and in a team's rows the person.
    using Cell = std::pair<QDate, QString>;
    struct Line
    {
        int index;
        QRect rect;
    };
    bool team() const { return !m_people.isEmpty(); }
    int rowCount() const;
    QDate dayOf(int row, int column) const;
    QRect cellRect(int row, int column) const;
    QList<int> entriesIn(const Cell& cell) const;
    void sortIntoDays();
    /// The cell at `pos`, or an invalid day.
    Cell cellAt(const QPoint& pos) const;
    /// Where an entry being dragged would go.
    Cell target(const QPoint& pos) const;
    /// The occurrence drawn at `pos`, or -1.
    int entryAt(const QPoint& pos) const;
    QList<Line> linesOf(const Cell& cell) const;
    void paintCell(QPainter& p, const Cell& cell, const QDate& today) const;
    int headerHeight() const;
    /// The width of the people's names beside a team's rows (0 in the month view).
    int labelWidth() const;

    QDate m_first;
    int m_month = 0;
    int m_days = 7;                              ///< the columns: a week's days, or the team's days shown
    QList<std::pair<QString, QString>> m_people; ///< a team's rows: user id and name
    QHash<QString, int> m_rowOf;                 ///< a team's rows by user id
    int m_nameWidth = 0;                         ///< the widest name beside a team's rows, with its margins
    QDate m_selected;
    QList<Occurrence> m_occurrences;
    QHash<Cell, QList<int>> m_byCell; ///< the entries in each cell shown
    QHash<QString, QColor> m_overlay;
    int m_pressed = -1;
    Cell m_pressedCell;
    Cell m_hoverCell;
    bool m_dragging = false;
};

} // namespace rapport
