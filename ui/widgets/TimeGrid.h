// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Calendar.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QDate>
#include <QHash>

namespace rapport {

/// Colours of the calendar: by activity type, and one per person shown together.
namespace CalendarColours {
QColor forType(QStringView type);
QColor forPerson(int index);
/// `a` blended towards `b` by `t` (0: a, 1: b): the calendar's tints of the palette.
QColor mix(const QColor& a, const QColor& b, qreal t);
} // namespace CalendarColours

/// The day, work week and week views: a column per day (or per day and person, side by side) with the
/// hours down the side, entries placed by their time in the display zone, all-day entries in a row
/// above, and a line at the current time. Dragging over empty time asks for a new entry, dragging an
/// entry moves it, dragging its lower edge changes its end; times snap to a quarter of an hour. The
/// grid only shows and asks: the view decides what a change means (and, for a series, asks whether
/// it is this one, the following or all).
class TimeGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    struct Column
    {
        QDate day;
        QString user; ///< whose calendar (side by side); empty: every calendar shown (overlaid)
    };

    explicit TimeGrid(QWidget* parent = nullptr);

    void setColumns(const QList<Column>& columns);
    const QList<Column>& columns() const { return m_columns; }
    void setOccurrences(const QList<Occurrence>& occurrences);
    const QList<Occurrence>& occurrences() const { return m_occurrences; }
    /// Person names for the column headers and tooltips, and the colour each person is drawn in when
    /// several calendars are overlaid (empty: coloured by type).
    void setPeople(const QHash<QString, QString>& names, const QHash<QString, QColor>& overlayColours);
    void scrollToHour(int hour);

    /// Where in the viewport a time of a column is drawn, and where an occurrence is (tests, keyboard).
    QPoint pointAt(int column, qint64 utcMillis) const;
    QRect rectOf(const QString& id, qint64 recurrenceId = 0) const;
    /// The "+N" boxes of entries the columns are too narrow to show side by side, in the viewport (tests).
    QList<QRect> hiddenBoxes() const;
    int hourHeight() const { return m_hourHeight; }
    static constexpr int SnapMinutes = 15;

Q_SIGNALS:
    void createRequested(qint64 start, qint64 end, bool allDay, const QString& user);
    void openRequested(const rapport::Occurrence& occurrence);
    void changeRequested(const rapport::Occurrence& occurrence, qint64 start, qint64 end);
    void dayActivated(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Margin;
    struct Placed
    {
        int index = 0; ///< in m_occurrences
        int column = 0;
        QRectF rect;   ///< in content coordinates (y from midnight)
    };
    /// Entries side by side beyond what the column's width can show readably: one box says how many.
    struct Hidden
    {
        int column = 0;
        QRectF rect;        ///< in content coordinates
        QList<int> indexes; ///< in m_occurrences
    };
    struct Drag
    {
        enum Kind { None, Create, Move, Resize } kind = None;
        int column = 0;
        int index = -1;        ///< the entry moved or resized
        qint64 anchor = 0;     ///< Create: where it began; Move: the time grabbed
        qint64 start = 0;
        qint64 end = 0;
        int targetColumn = 0;
        QPoint pressedAt;
        bool moved = false;
    };

    void relayout();
    void updateGeometry();
    void paintHeader(QPainter& p);
    void paintGutter(QPainter& p);
    void paintEntry(QPainter& p, const Occurrence& o, const QRectF& r, bool ghost) const;
    /// The column at `x` in the viewport (or the header, less the gutter).
    int columnAt(int x) const;
    qreal columnWidth() const;
    /// A point of the viewport in the grid's own coordinates, scrolled both ways.
    QPointF contentAt(const QPoint& pos) const;
    qreal yOf(const QDate& day, qint64 utcMillis) const;
    qint64 timeAt(int column, int contentY) const;
    qint64 dayStart(int column) const;
    qint64 snapped(qint64 utcMillis) const;
    int placedAt(const QPoint& viewportPos) const;
    int hiddenAt(const QPoint& viewportPos) const;
    int allDayAt(const QPoint& headerPos) const;
    bool belongs(const Occurrence& o, const Column& c) const;
    bool spansDays(const Occurrence& o) const;
    QColor colourOf(const Occurrence& o) const;
    QString tooltipOf(const Occurrence& o) const;

    QList<Column> m_columns;
    QList<Occurrence> m_occurrences;
    QList<Placed> m_placed;
    QList<Hidden> m_hidden;
    QList<Placed> m_allDay; ///< rect in header coordinates
    QHash<QString, QString> m_names;
    QHash<QString, QColor> m_overlay;
    Drag m_drag;
    Margin* m_header;
    Margin* m_gutter;
    int m_hourHeight = 48;
    int m_headerHeight = 40;
    int m_allDayRows = 1;
    int m_gutterWidth = 56;
    bool m_sideBySide = false;
};

} // namespace rapport
