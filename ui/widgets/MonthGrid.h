// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Calendar.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QWidget>

namespace rapport {

/// The month view: six weeks of days, each with as many of its entries as fit (all-day first, then by
/// time) and "+N more". A click selects a day, a double-click on a day opens it, a double-click on an
/// entry opens the entry, and dragging an entry to another day moves it there at the same time.
class MonthGrid : public QWidget
{
    Q_OBJECT

public:
    explicit MonthGrid(QWidget* parent = nullptr);

    /// Shows the six weeks from `firstDay` (a first day of the week), dimming days outside `month`.
    void setRange(const QDate& firstDay, int month, const QDate& selected);
    void setOccurrences(const QList<Occurrence>& occurrences);
    void setOverlayColours(const QHash<QString, QColor>& byUser);
    QDate firstDay() const { return m_first; }
    QRect cellRect(const QDate& day) const;
    /// Where an occurrence's line is drawn on `day`, or an empty rectangle (tests).
    QRect entryRect(const QDate& day, const QString& id) const;

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
    struct Line
    {
        int index;
        QRect rect;
    };
    QList<int> entriesOn(const QDate& day) const;
    void sortIntoDays();
    QDate dayAt(const QPoint& pos) const;
    /// The occurrence drawn at `pos`, or -1.
    int entryAt(const QPoint& pos) const;
    QList<Line> linesOf(const QDate& day) const;
    int headerHeight() const;

    QDate m_first;
    int m_month = 0;
    QDate m_selected;
    QList<Occurrence> m_occurrences;
    QHash<QDate, QList<int>> m_byDay; ///< the entries on each day shown
    QHash<QString, QColor> m_overlay;
    int m_pressed = -1;
    QDate m_pressedDay;
    QDate m_hoverDay;
    bool m_dragging = false;
};

} // namespace rapport
