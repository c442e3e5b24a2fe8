// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TimeGrid.h"

#include "Formatting.h"
#include "Icons.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace rapport {

namespace CalendarColours {
QColor forType(QStringView type)
{
    if (type == u"call")
        return QColor(0x2e, 0x7d, 0x32);
    if (type == u"task")
        return QColor(0xe6, 0x5c, 0x00);
    if (type == u"email")
        return QColor(0x6a, 0x1b, 0x9a);
    if (type == u"note")
        return QColor(0x54, 0x6e, 0x7a);
    return QColor(0x15, 0x65, 0xc0); // meeting
}

QColor forPerson(int index)
{
    static const QColor palette[] = {QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32),
                                     QColor(0x8e, 0x24, 0xaa), QColor(0xef, 0x6c, 0x00), QColor(0x00, 0x83, 0x8f),
                                     QColor(0x6d, 0x4c, 0x41), QColor(0xad, 0x14, 0x57), QColor(0x55, 0x8b, 0x2f),
                                     QColor(0x28, 0x35, 0x93)};
    return palette[index % int(std::size(palette))];
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace CalendarColours

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Snap = TimeGrid::SnapMinutes * Minute;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr int WorkStarts = 8;
constexpr int WorkEnds = 18;
/// How much of a column entries may take: the rest stays free for dragging out a new one.
constexpr qreal EntryShare = 0.92;
/// Side by side, a column is at least this many average characters wide: a first name and "3:00 PM Cal…".
constexpr int MinSideBySideChars = 14;
using CalendarColours::mix;
} // namespace

/// The header (day names, people, the all-day row) and the hours down the side: painted by the grid.
class TimeGrid::Margin : public QWidget
{
public:
    Margin(TimeGrid* grid, bool header)
        : QWidget(grid)
        , m_grid(grid)
        , m_isHeader(header)
    {
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        if (m_isHeader)
            m_grid->paintHeader(p);
        else
            m_grid->paintGutter(p);
    }

private:
    TimeGrid* m_grid;
    bool m_isHeader;
};

TimeGrid::TimeGrid(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_header(new Margin(this, true))
    , m_gutter(new Margin(this, false))
{
    setObjectName(QStringLiteral("timeGrid"));
    // Side by side, the columns keep a width a name and an entry can be read in, and the grid scrolls sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    m_header->installEventFilter(this);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_gutter, qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_header, qOverload<>(&QWidget::update));
    // The line at the current time moves on.
    auto* minute = new QTimer(this);
    minute->start(60 * 1000);
    connect(minute, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    updateGeometry();
}

void TimeGrid::setColumns(const QList<Column>& columns)
{
    m_columns = columns;
    m_sideBySide = std::any_of(columns.begin(), columns.end(), [](const Column& c) { return !c.user.isEmpty(); });
    m_drag = {};
    relayout();
    // Wider than the window: today's columns in view, else the first day's.
    const QDate today = Formatting::local(QDateTime::currentMSecsSinceEpoch()).date();
    const auto first =
        std::find_if(m_columns.cbegin(), m_columns.cend(), [&](const Column& c) { return c.day == today; });
    horizontalScrollBar()->setValue(first == m_columns.cend() ? 0 : int(columnWidth() * (first - m_columns.cbegin())));
}

void TimeGrid::setOccurrences(const QList<Occurrence>& occurrences)
{
    m_occurrences = occurrences;
    m_drag = {};
    relayout();
}

void TimeGrid::setPeople(const QHash<QString, QString>& names, const QHash<QString, QColor>& overlayColours)
{
    m_names = names;
    m_overlay = overlayColours;
    relayout();
}

void TimeGrid::scrollToHour(int hour)
{
    // A little of the hour before shows, so the first hour's label is not cut.
    verticalScrollBar()->setValue(hour * m_hourHeight - m_hourHeight / 3);
}

void TimeGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
    QAbstractScrollArea::changeEvent(event);
}

void TimeGrid::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

// ---- geometry

qreal TimeGrid::columnWidth() const
{
    if (m_columns.isEmpty())
        return 0;
    const qreal shared = qreal(viewport()->width()) / m_columns.size();
    return m_sideBySide ? std::max(shared, qreal(fontMetrics().averageCharWidth() * MinSideBySideChars)) : shared;
}

int TimeGrid::columnAt(int x) const
{
    if (m_columns.isEmpty())
        return -1;
    return std::clamp(int((x + horizontalScrollBar()->value()) / columnWidth()), 0, int(m_columns.size()) - 1);
}

QPointF TimeGrid::contentAt(const QPoint& pos) const
{
    return QPointF(pos.x() + horizontalScrollBar()->value(), pos.y() + verticalScrollBar()->value());
}

qint64 TimeGrid::dayStart(int column) const
{
    return QDateTime(m_columns[column].day, QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
}

qreal TimeGrid::yOf(const QDate& day, qint64 utcMillis) const
{
    const QDateTime local = Formatting::local(utcMillis);
    if (local.date() < day)
        return 0;
    if (local.date() > day)
        return 24 * m_hourHeight;
    return local.time().msecsSinceStartOfDay() / 3600000.0 * m_hourHeight;
}

qint64 TimeGrid::timeAt(int column, int contentY) const
{
    const int minutes = std::clamp(int(qint64(contentY) * 60 / m_hourHeight), 0, 24 * 60);
    const QDate day = m_columns[column].day;
    if (minutes == 24 * 60)
        return QDateTime(day.addDays(1), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), Formatting::displayZone()).toMSecsSinceEpoch();
}

qint64 TimeGrid::snapped(qint64 utcMillis) const
{
    return (utcMillis + Snap / 2) / Snap * Snap;
}

bool TimeGrid::spansDays(const Occurrence& o) const
{
    return o.allDay || o.end - o.start >= Day;
}

bool TimeGrid::belongs(const Occurrence& o, const Column& c) const
{
    return c.user.isEmpty() || o.calendar == c.user;
}

QPoint TimeGrid::pointAt(int column, qint64 utcMillis) const
{
    const int x = int(columnWidth() * column + columnWidth() * EntryShare / 2) - horizontalScrollBar()->value();
    return {x, int(yOf(m_columns[column].day, utcMillis)) - verticalScrollBar()->value()};
}

QRect TimeGrid::rectOf(const QString& id, qint64 recurrenceId) const
{
    for (const Placed& p : m_placed) {
        const Occurrence& o = m_occurrences[p.index];
        if (o.id == id && o.recurrenceId == recurrenceId)
            return p.rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value()).toAlignedRect();
    }
    return {};
}

QList<QRect> TimeGrid::hiddenBoxes() const
{
    QList<QRect> boxes;
    for (const Hidden& h : m_hidden)
        boxes << h.rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value()).toAlignedRect();
    return boxes;
}

void TimeGrid::updateGeometry()
{
    const QFontMetrics fm(font());
    m_hourHeight = std::max(44, fm.height() * 3);
    m_gutterWidth = fm.horizontalAdvance(QLocale().toString(QTime(23, 0), QLocale::ShortFormat)) + 16;
    m_gutterWidth = std::max(m_gutterWidth, fm.horizontalAdvance(tr("All day")) + 12);
    const int dayRow = fm.height() + 10;
    const int personRow = m_sideBySide ? fm.height() + 6 : 0;
    const int allDayRow = fm.height() + 6;
    m_headerHeight = dayRow + personRow + std::max(1, m_allDayRows) * allDayRow + 6;
    setViewportMargins(m_gutterWidth, m_headerHeight, 0, 0);
    const QRect inside = contentsRect();
    m_header->setGeometry(inside.left(), inside.top(), inside.width(), m_headerHeight);
    m_gutter->setGeometry(inside.left(), inside.top() + m_headerHeight, m_gutterWidth,
                          inside.height() - m_headerHeight);
    verticalScrollBar()->setRange(0, std::max(0, 24 * m_hourHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_hourHeight / 4);
    const int wide = int(std::lround(columnWidth() * m_columns.size()));
    horizontalScrollBar()->setRange(0, std::max(0, wide - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(std::max(1, int(columnWidth())));
}

void TimeGrid::relayout()
{
    // All-day entries and those of a day or more: each gets the lowest row free in every column it
    // covers, drawn as one bar per run of neighbouring columns.
    m_allDay.clear();
    QHash<int, QList<int>> rowsTaken; // column -> rows in use
    int rows = 0;
    for (int i = 0; i < m_occurrences.size(); ++i) {
        const Occurrence& o = m_occurrences[i];
        if (!spansDays(o))
            continue;
        QDate first, last;
        if (o.allDay) {
            first = Formatting::allDayDate(o.start, o.timeZone);
            last = std::max(first, Formatting::allDayDate(o.end, o.timeZone).addDays(-1));
        } else {
            first = Formatting::local(o.start).date();
            last = Formatting::local(o.end - 1).date();
        }
        QList<int> covered;
        for (int c = 0; c < m_columns.size(); ++c)
            if (belongs(o, m_columns[c]) && m_columns[c].day >= first && m_columns[c].day <= last)
                covered << c;
        if (covered.isEmpty())
            continue;
        int row = 0;
        while (std::any_of(covered.begin(), covered.end(), [&](int c) { return rowsTaken[c].contains(row); }))
            ++row;
        for (int c : covered)
            rowsTaken[c] << row;
        rows = std::max(rows, row + 1);
        for (int k = 0; k < covered.size();) {
            int run = k;
            while (run + 1 < covered.size() && covered[run + 1] == covered[run] + 1)
                ++run;
            Placed p;
            p.index = i;
            p.column = covered[k];
            // x and width in columns, y as the row: the header turns them into pixels.
            p.rect = QRectF(covered[k], row, covered[run] - covered[k] + 1, 1);
            m_allDay << p;
            k = run + 1;
        }
    }
    m_allDayRows = rows;
    updateGeometry();

    // Timed entries: a piece per day column, side by side where they overlap.
    m_placed.clear();
    m_hidden.clear();
    const qreal width = columnWidth();
    // Entries side by side narrower than this say nothing (five tasks at 4 PM in a week at a laptop's width): the
    // lanes that do not fit give their entries to a "+N" box, which opens the day.
    const int fitLanes = std::max(2, int(width * EntryShare / (fontMetrics().averageCharWidth() * 7)));
    for (int c = 0; c < m_columns.size(); ++c) {
        struct Piece
        {
            int index;
            qreal top;
            qreal bottom;
            int lane = 0;
        };
        QList<Piece> pieces;
        const QDate day = m_columns[c].day;
        const qint64 from = dayStart(c);
        const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
        QSet<QPair<QString, qint64>> seen; // overlaid calendars show a shared meeting once
        for (int i = 0; i < m_occurrences.size(); ++i) {
            const Occurrence& o = m_occurrences[i];
            if (spansDays(o) || !belongs(o, m_columns[c]))
                continue;
            const qint64 end = std::max(o.end, o.start + 30 * Minute);
            if (o.start >= to || end <= from)
                continue;
            if (m_columns[c].user.isEmpty()) {
                const auto key = qMakePair(o.id, o.recurrenceId);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
            }
            const qreal top = yOf(day, std::max(o.start, from));
            const qreal bottom = end >= to ? 24.0 * m_hourHeight : yOf(day, end);
            pieces.push_back({i, top, std::max(bottom, top + m_hourHeight / 4.0)});
        }
        std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
            return a.top != b.top ? a.top < b.top : a.bottom > b.bottom;
        });
        for (int k = 0; k < pieces.size();) {
            // A cluster: entries that overlap one another, directly or through others.
            qreal clusterEnd = pieces[k].bottom;
            int last = k;
            QList<qreal> lanes;
            for (int j = k; j < pieces.size() && (j == k || pieces[j].top < clusterEnd); ++j) {
                int lane = 0;
                while (lane < lanes.size() && lanes[lane] > pieces[j].top)
                    ++lane;
                if (lane == lanes.size())
                    lanes << 0;
                lanes[lane] = pieces[j].bottom;
                pieces[j].lane = lane;
                clusterEnd = std::max(clusterEnd, pieces[j].bottom);
                last = j;
            }
            const bool overflows = lanes.size() > fitLanes;
            const int shownLanes = overflows ? fitLanes - 1 : int(lanes.size()); // the last lane: the "+N" box
            const qreal laneWidth = width * EntryShare / (overflows ? fitLanes : lanes.size());
            Hidden hidden;
            hidden.column = c;
            for (int j = k; j <= last; ++j) {
                if (pieces[j].lane >= shownLanes) {
                    hidden.indexes << pieces[j].index;
                    const QRectF r(c * width + shownLanes * laneWidth + 1, pieces[j].top, laneWidth - 2,
                                   pieces[j].bottom - pieces[j].top - 1);
                    hidden.rect = hidden.rect.isNull() ? r : hidden.rect.united(r);
                    continue;
                }
                // An entry widens into the lanes to its right that are free while it lasts.
                int span = 1;
                for (int lane = pieces[j].lane + 1; lane < shownLanes; ++lane, ++span) {
                    const bool taken =
                        std::any_of(pieces.cbegin() + k, pieces.cbegin() + last + 1, [&](const Piece& o) {
                            return o.lane == lane && o.top < pieces[j].bottom && o.bottom > pieces[j].top;
                        });
                    if (taken)
                        break;
                }
                Placed p;
                p.index = pieces[j].index;
                p.column = c;
                p.rect = QRectF(c * width + pieces[j].lane * laneWidth + 1, pieces[j].top, laneWidth * span - 2,
                                pieces[j].bottom - pieces[j].top - 1);
                m_placed << p;
            }
            if (!hidden.indexes.isEmpty())
                m_hidden << hidden;
            k = last + 1;
        }
    }
    viewport()->update();
    m_header->update();
    m_gutter->update();
}

// ---- painting

QColor TimeGrid::colourOf(const Occurrence& o) const
{
    if (!m_overlay.isEmpty() && m_overlay.contains(o.calendar))
        return m_overlay.value(o.calendar);
    return CalendarColours::forType(o.type);
}

void TimeGrid::paintEntry(QPainter& p, const Occurrence& o, const QRectF& r, bool ghost) const
{
    const QColor colour = colourOf(o);
    const QColor base = palette().color(QPalette::Base);
    const bool declined = o.response == u"declined";
    QColor fill = mix(base, colour, declined ? 0.08 : 0.22);
    if (ghost)
        fill.setAlphaF(0.7);
    p.save();
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    p.fillPath(path, fill);
    if (o.response == u"tentative" || o.response == u"needs_action") {
        QColor hatch = colour;
        hatch.setAlphaF(0.18);
        p.fillPath(path, QBrush(hatch, Qt::BDiagPattern));
    }
    p.setClipPath(path);
    p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), colour);
    p.setPen(QPen(mix(colour, base, 0.35), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    const QFontMetrics fm(font());
    QRectF text = r.adjusted(7, 2, -3, -2);
    if (text.height() >= 14 && text.width() >= 20) {
        iconForActivity(o.type).paint(&p, QRect(int(text.left()), int(text.top()) + 1, 14, 14));
        text.setLeft(text.left() + 17);
    }
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(o.done && o.isTask);
    p.setFont(bold);
    p.setPen(declined ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
    QString title = o.subject;
    if (o.repeats)
        title += QStringLiteral(" ↻");
    const bool oneLine = r.height() < 2 * fm.height() + 4;
    QString first = title;
    if (!o.allDay && !spansDays(o) && oneLine)
        first = Formatting::time(o.start) + QLatin1Char(' ') + title;
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
               QFontMetrics(bold).elidedText(first, Qt::ElideRight, int(text.width())));
    if (!oneLine) {
        QFont plain = font();
        plain.setStrikeOut(o.done && o.isTask);
        p.setFont(plain);
        QStringList more;
        if (!o.allDay && !spansDays(o))
            more << (o.isTask              ? tr("due %1").arg(Formatting::time(o.start))
                     : o.end <= o.start ? Formatting::time(o.start)
                                        : tr("%1 – %2").arg(Formatting::time(o.start), Formatting::time(o.end)));
        if (!o.location.isEmpty())
            more << o.location;
        if (!o.contactName.isEmpty() || !o.accountName.isEmpty())
            more << (o.contactName.isEmpty() ? o.accountName : o.contactName);
        QRectF below = r.adjusted(7, fm.height() + 3, -3, -2);
        for (const QString& line : std::as_const(more)) {
            if (below.height() < fm.height())
                break;
            p.drawText(below, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                       fm.elidedText(line, Qt::ElideRight, int(below.width())));
            below.setTop(below.top() + fm.height());
        }
    }
    p.restore();
}

void TimeGrid::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const int scroll = verticalScrollBar()->value();
    const qreal width = columnWidth();
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor line = mix(base, pal.color(QPalette::Text), 0.14);
    const QColor faint = mix(base, pal.color(QPalette::Text), 0.06);
    const QColor offHours = mix(base, pal.color(QPalette::Text), 0.035);
    const QColor todayTint = mix(base, pal.color(QPalette::Highlight), 0.06);
    p.fillRect(viewport()->rect(), base);
    const QDate today = Formatting::local(QDateTime::currentMSecsSinceEpoch()).date();
    p.translate(-horizontalScrollBar()->value(), -scroll);

    for (int c = 0; c < m_columns.size(); ++c) {
        const QRectF col(c * width, 0, width, 24 * m_hourHeight);
        p.fillRect(col, m_columns[c].day == today ? todayTint : base);
        const bool weekend = m_columns[c].day.dayOfWeek() > 5;
        p.fillRect(QRectF(col.left(), 0, width, WorkStarts * m_hourHeight), offHours);
        p.fillRect(QRectF(col.left(), WorkEnds * m_hourHeight, width, (24 - WorkEnds) * m_hourHeight), offHours);
        if (weekend)
            p.fillRect(col, offHours);
    }
    for (int h = 0; h < 24; ++h) {
        p.setPen(line);
        p.drawLine(QPointF(0, h * m_hourHeight), QPointF(viewport()->width(), h * m_hourHeight));
        p.setPen(QPen(faint, 1, Qt::DotLine));
        p.drawLine(QPointF(0, h * m_hourHeight + m_hourHeight / 2.0),
                   QPointF(viewport()->width(), h * m_hourHeight + m_hourHeight / 2.0));
    }
    for (int c = 1; c < m_columns.size(); ++c) {
        // A stronger line where a new day begins among people side by side.
        const bool dayBreak = m_columns[c].day != m_columns[c - 1].day;
        p.setPen(QPen(dayBreak ? mix(base, pal.color(QPalette::Text), 0.3) : line, 1));
        p.drawLine(QPointF(c * width, 0), QPointF(c * width, 24 * m_hourHeight));
    }

    for (const Placed& placed : std::as_const(m_placed)) {
        const bool dragged = m_drag.moved && placed.index == m_drag.index &&
                             (m_drag.kind == Drag::Move || m_drag.kind == Drag::Resize);
        if (dragged)
            p.setOpacity(0.35);
        paintEntry(p, m_occurrences[placed.index], placed.rect, false);
        p.setOpacity(1);
    }
    for (const Hidden& hidden : std::as_const(m_hidden)) {
        QPainterPath path;
        path.addRoundedRect(hidden.rect, 3, 3);
        p.fillPath(path, mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(hidden.rect.adjusted(2, 0, -2, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip,
                   tr("+%1").arg(hidden.indexes.size()));
    }

    // What is being dragged: the new time range, or the entry at its new place.
    if (m_drag.moved && m_drag.kind != Drag::None) {
        const int c = m_drag.kind == Drag::Move ? m_drag.targetColumn : m_drag.column;
        const QDate day = m_columns[c].day;
        const qreal top = yOf(day, m_drag.start);
        const qreal bottom = m_drag.end >= QDateTime(day.addDays(1), QTime(0, 0), Formatting::displayZone())
                                               .toMSecsSinceEpoch()
                                 ? 24.0 * m_hourHeight
                                 : yOf(day, m_drag.end);
        const QRectF r(c * width + 1, top, width * EntryShare - 2, std::max(bottom - top, m_hourHeight / 4.0));
        if (m_drag.kind == Drag::Create) {
            QColor selection = pal.color(QPalette::Highlight);
            selection.setAlphaF(0.3);
            p.fillRect(r, selection);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(r.adjusted(6, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                       tr("%1 – %2").arg(Formatting::time(m_drag.start), Formatting::time(m_drag.end)));
        } else {
            Occurrence moved = m_occurrences[m_drag.index];
            moved.start = m_drag.start;
            moved.end = m_drag.end;
            paintEntry(p, moved, r, true);
        }
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].day != today)
            continue;
        const qreal y = yOf(today, now);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(c * width, y), QPointF((c + 1) * width, y));
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(c * width + 3, y), 4, 4);
    }
}

void TimeGrid::paintHeader(QPainter& p)
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QFontMetrics fm(font());
    p.fillRect(m_header->rect(), pal.color(QPalette::Window));
    const qreal width = columnWidth();
    const int left = m_gutterWidth;
    const int dayRow = fm.height() + 10;
    const int personRow = m_sideBySide ? fm.height() + 6 : 0;
    const int allDayTop = dayRow + personRow;
    const int allDayRow = fm.height() + 6;
    const QDate today = Formatting::local(QDateTime::currentMSecsSinceEpoch()).date();
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(0, allDayTop, left - 4, allDayRow), Qt::AlignRight | Qt::AlignVCenter, tr("All day"));
    p.fillRect(QRectF(left, allDayTop, m_header->width() - left, m_header->height() - allDayTop), base);
    const QColor line = mix(base, pal.color(QPalette::Text), 0.14);
    // The columns scroll sideways with the grid, under the gutter's corner.
    const int scrolled = horizontalScrollBar()->value();
    const QRectF shown(left + scrolled, 0, m_header->width() - left, m_header->height());
    p.save();
    p.setClipRect(QRect(left, 0, m_header->width() - left, m_header->height()));
    p.translate(-scrolled, 0);

    for (int c = 0; c < m_columns.size(); ++c) {
        const QDate day = m_columns[c].day;
        const QRectF col(left + c * width, 0, width, dayRow);
        const bool firstOfDay = c == 0 || m_columns[c - 1].day != day;
        int span = 1;
        while (c + span < m_columns.size() && m_columns[c + span].day == day)
            ++span;
        if (firstOfDay) {
            // A day partly scrolled away keeps its name in the part shown.
            const QRectF label = QRectF(col.left(), 0, width * span, dayRow).intersected(shown);
            QFont f = font();
            f.setBold(day == today);
            p.setFont(f);
            p.setPen(day == today ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText));
            const QString text = QStringLiteral("%1 %2").arg(QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                                             QLocale().toString(day.day()));
            p.drawText(label, Qt::AlignCenter, QFontMetrics(f).elidedText(text, Qt::ElideRight, int(label.width())));
            p.setFont(font());
        }
        if (m_sideBySide) {
            const QRectF person(col.left(), dayRow, width, personRow);
            p.setPen(pal.color(QPalette::WindowText));
            const QColor swatch = m_overlay.value(m_columns[c].user);
            QRectF text = person.adjusted(4, 0, -4, 0);
            if (swatch.isValid()) {
                p.fillRect(QRectF(text.left(), person.center().y() - 4, 8, 8), swatch);
                text.setLeft(text.left() + 12);
            }
            // A name too long for the column is given briefly ("Jonas N.", there may be two Jonases) before "…".
            QString name = m_names.value(m_columns[c].user);
            if (const int space = name.lastIndexOf(QLatin1Char(' '));
                fm.horizontalAdvance(name) > text.width() && space > 0 && space + 1 < name.size())
                name = name.left(space + 2) + QLatin1Char('.');
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideRight, int(text.width())));
        }
        if (c > 0) {
            p.setPen(line);
            p.drawLine(QPointF(left + c * width, firstOfDay ? 0 : dayRow), QPointF(left + c * width, m_header->height()));
        }
    }
    for (const Placed& placed : std::as_const(m_allDay)) {
        const QRectF r(left + placed.rect.x() * width + 2, allDayTop + 3 + placed.rect.y() * allDayRow,
                       placed.rect.width() * width - 4, allDayRow - 2);
        paintEntry(p, m_occurrences[placed.index], r, false);
    }
    p.restore();
    p.setPen(line);
    p.drawLine(QPointF(left, m_header->height() - 1), QPointF(m_header->width(), m_header->height() - 1));
}

void TimeGrid::paintGutter(QPainter& p)
{
    const QPalette& pal = palette();
    p.fillRect(m_gutter->rect(), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::PlaceholderText));
    const int scroll = verticalScrollBar()->value();
    const QFontMetrics fm(font());
    for (int h = 1; h < 24; ++h) {
        const int y = h * m_hourHeight - scroll;
        if (y < -fm.height() || y > m_gutter->height() + fm.height())
            continue;
        p.drawText(QRect(0, y - fm.height() / 2, m_gutterWidth - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(QTime(h, 0), QLocale::ShortFormat));
    }
}

// ---- the mouse

int TimeGrid::placedAt(const QPoint& pos) const
{
    const QPointF content = contentAt(pos);
    // The last drawn is on top.
    for (int k = int(m_placed.size()) - 1; k >= 0; --k)
        if (m_placed[k].rect.contains(content))
            return k;
    return -1;
}

int TimeGrid::hiddenAt(const QPoint& pos) const
{
    const QPointF content = contentAt(pos);
    for (int k = 0; k < m_hidden.size(); ++k)
        if (m_hidden[k].rect.contains(content))
            return k;
    return -1;
}

int TimeGrid::allDayAt(const QPoint& pos) const
{
    const QFontMetrics fm(font());
    const int allDayTop = fm.height() + 10 + (m_sideBySide ? fm.height() + 6 : 0);
    const int allDayRow = fm.height() + 6;
    const qreal width = columnWidth();
    for (int k = 0; k < m_allDay.size(); ++k) {
        const Placed& placed = m_allDay[k];
        const QRectF r(m_gutterWidth + placed.rect.x() * width - horizontalScrollBar()->value(),
                       allDayTop + 3 + placed.rect.y() * allDayRow, placed.rect.width() * width, allDayRow - 2);
        if (r.contains(pos))
            return k;
    }
    return -1;
}

void TimeGrid::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_columns.isEmpty())
        return;
    const QPoint pos = event->position().toPoint();
    const int contentY = pos.y() + verticalScrollBar()->value();
    m_drag = {};
    m_drag.pressedAt = pos;
    if (const int h = hiddenAt(pos); h >= 0) {
        Q_EMIT dayActivated(m_columns[m_hidden[h].column].day); // the day alone has room for them all
        return;
    }
    const int k = placedAt(pos);
    if (k >= 0) {
        const Placed& placed = m_placed[k];
        const Occurrence& o = m_occurrences[placed.index];
        m_drag.index = placed.index;
        m_drag.column = placed.column;
        m_drag.targetColumn = placed.column;
        m_drag.start = o.start;
        m_drag.end = o.end;
        m_drag.anchor = timeAt(placed.column, contentY);
        const bool atBottom = contentY >= placed.rect.bottom() - 5 && placed.rect.height() > 12;
        m_drag.kind = atBottom && !o.isTask ? Drag::Resize : Drag::Move;
        return;
    }
    m_drag.kind = Drag::Create;
    m_drag.column = columnAt(pos.x());
    m_drag.anchor = timeAt(m_drag.column, contentY) / Snap * Snap;
    m_drag.start = m_drag.anchor;
    m_drag.end = m_drag.anchor + Snap;
}

void TimeGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.kind == Drag::None) {
        const int k = placedAt(pos);
        const bool edge = k >= 0 && pos.y() + verticalScrollBar()->value() >= m_placed[k].rect.bottom() - 5 &&
                          !m_occurrences[m_placed[k].index].isTask;
        viewport()->setCursor(edge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_drag.moved && (pos - m_drag.pressedAt).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.moved = true;
    const int contentY = std::clamp(pos.y() + verticalScrollBar()->value(), 0, 24 * m_hourHeight);
    switch (m_drag.kind) {
    case Drag::Create: {
        const qint64 t = timeAt(m_drag.column, contentY);
        if (t >= m_drag.anchor) {
            m_drag.start = m_drag.anchor;
            m_drag.end = std::max(m_drag.anchor + Snap, (t + Snap - 1) / Snap * Snap);
        } else {
            m_drag.start = t / Snap * Snap;
            m_drag.end = m_drag.anchor + Snap;
        }
        break;
    }
    case Drag::Move: {
        const Occurrence& o = m_occurrences[m_drag.index];
        m_drag.targetColumn = columnAt(pos.x());
        const qint64 shift = timeAt(m_drag.targetColumn, contentY) - m_drag.anchor;
        m_drag.start = snapped(o.start + shift);
        m_drag.end = m_drag.start + (o.end - o.start);
        break;
    }
    case Drag::Resize: {
        const Occurrence& o = m_occurrences[m_drag.index];
        m_drag.end = std::max(o.start + Snap, snapped(timeAt(m_drag.column, contentY)));
        break;
    }
    case Drag::None:
        break;
    }
    viewport()->update();
}

void TimeGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Drag drag = m_drag;
    m_drag = {};
    viewport()->update();
    if (!drag.moved)
        return;
    switch (drag.kind) {
    case Drag::Create:
        Q_EMIT createRequested(drag.start, drag.end, false, m_columns[drag.column].user);
        break;
    case Drag::Move:
    case Drag::Resize: {
        const Occurrence o = m_occurrences[drag.index];
        if (drag.start != o.start || drag.end != o.end)
            Q_EMIT changeRequested(o, drag.start, drag.end);
        break;
    }
    case Drag::None:
        break;
    }
}

void TimeGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_columns.isEmpty())
        return;
    m_drag = {};
    const QPoint pos = event->position().toPoint();
    if (hiddenAt(pos) >= 0)
        return; // the first click opened the day
    if (const int k = placedAt(pos); k >= 0) {
        Q_EMIT openRequested(m_occurrences[m_placed[k].index]);
        return;
    }
    const int c = columnAt(pos.x());
    const qint64 start = timeAt(c, pos.y() + verticalScrollBar()->value()) / (2 * Snap) * (2 * Snap);
    Q_EMIT createRequested(start, start + 4 * Snap, false, m_columns[c].user);
}

bool TimeGrid::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const int h = hiddenAt(help->pos()); h >= 0) {
            QStringList lines{tr("%n more at this time (click to see the day):", "", int(m_hidden[h].indexes.size()))};
            for (int index : std::as_const(m_hidden[h].indexes))
                lines << tr("%1 %2").arg(Formatting::time(m_occurrences[index].start), m_occurrences[index].subject);
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport());
        } else if (const int k = placedAt(help->pos()); k >= 0)
            QToolTip::showText(help->globalPos(), tooltipOf(m_occurrences[m_placed[k].index]), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

bool TimeGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_header)
        return QAbstractScrollArea::eventFilter(watched, event);
    const auto at = [&] { return static_cast<QMouseEvent*>(event)->position().toPoint(); };
    const QFontMetrics fm(font());
    const int dayRow = fm.height() + 10;
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        const QPoint pos = at();
        if (pos.y() < dayRow && pos.x() >= m_gutterWidth && !m_columns.isEmpty())
            Q_EMIT dayActivated(m_columns[columnAt(pos.x() - m_gutterWidth)].day);
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        const QPoint pos = at();
        if (pos.y() < dayRow || pos.x() < m_gutterWidth || m_columns.isEmpty())
            return true;
        if (const int k = allDayAt(pos); k >= 0) {
            Q_EMIT openRequested(m_occurrences[m_allDay[k].index]);
            return true;
        }
        const int c = columnAt(pos.x() - m_gutterWidth);
        const qint64 start = dayStart(c);
        Q_EMIT createRequested(start, QDateTime(m_columns[c].day.addDays(1), QTime(0, 0), Formatting::displayZone())
                                          .toMSecsSinceEpoch(),
                               true, m_columns[c].user);
        return true;
    }
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const int k = allDayAt(help->pos()); k >= 0)
            QToolTip::showText(help->globalPos(), tooltipOf(m_occurrences[m_allDay[k].index]), m_header);
        return true;
    }
    default:
        return false;
    }
}

QString TimeGrid::tooltipOf(const Occurrence& o) const
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(o.subject.toHtmlEscaped())};
    if (o.allDay) {
        lines << QLocale().toString(Formatting::allDayDate(o.start, o.timeZone), QLocale::LongFormat);
    } else if (o.isTask) {
        lines << tr("Due %1").arg(Formatting::dateTime(o.start));
    } else {
        const bool sameDay = Formatting::local(o.start).date() == Formatting::local(o.end).date();
        lines << tr("%1 – %2").arg(Formatting::dateTime(o.start),
                                   sameDay ? Formatting::time(o.end) : Formatting::dateTime(o.end));
    }
    if (!o.location.isEmpty())
        lines << o.location.toHtmlEscaped();
    const QString with = o.contactName.isEmpty() ? o.accountName
                         : o.accountName.isEmpty()
                             ? o.contactName
                             : tr("%1 (%2)").arg(o.contactName, o.accountName);
    if (!with.isEmpty())
        lines << tr("With %1").arg(with.toHtmlEscaped());
    if (m_names.contains(o.calendar) && (m_sideBySide || !m_overlay.isEmpty()))
        lines << tr("Calendar of %1").arg(m_names.value(o.calendar).toHtmlEscaped());
    if (o.response == u"declined")
        lines << tr("Declined");
    else if (o.response == u"tentative")
        lines << tr("Tentative");
    if (o.repeats)
        lines << tr("Repeats");
    return lines.join(QStringLiteral("<br>"));
}

} // namespace rapport
