// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "MonthGrid.h"

#include "Formatting.h"
#include "widgets/TimeGrid.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

namespace rapport {

namespace {
constexpr int Weeks = 6;
constexpr int MinimumHeight = 320;

using CalendarColours::mix;

/// The days an entry is on, in the display zone (all-day ones: in their own zone).
std::pair<QDate, QDate> daysOf(const Occurrence& o)
{
    if (o.allDay) {
        const QDate first = Formatting::allDayDate(o.start, o.timeZone);
        return {first, std::max(first, Formatting::allDayDate(o.end, o.timeZone).addDays(-1))};
    }
    const QDate first = Formatting::local(o.start).date();
    return {first, std::max(first, Formatting::local(std::max(o.start, o.end - 1)).date())};
}
} // namespace

MonthGrid::MonthGrid(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("monthGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(420, MinimumHeight);
}

void MonthGrid::setRange(const QDate& firstDay, int month, const QDate& selected)
{
    const bool moved = firstDay != m_first || team();
    m_first = firstDay;
    m_month = month;
    m_days = 7;
    m_people.clear();
    m_rowOf.clear();
    setMinimumHeight(MinimumHeight);
    m_selected = selected;
    if (moved)
        sortIntoDays();
    update();
}

void MonthGrid::setTeam(const QDate& firstDay, int days, const QList<std::pair<QString, QString>>& people,
                        const QDate& selected)
{
    m_first = firstDay;
    m_month = 0;
    m_days = std::max(1, days);
    m_people = people;
    // Where each person's row is, and the room their names take: asked for every cell of every paint.
    m_rowOf.clear();
    m_nameWidth = 0;
    for (int row = 0; row < people.size(); ++row) {
        m_rowOf.insert(people[row].first, row);
        m_nameWidth = std::max(m_nameWidth, fontMetrics().horizontalAdvance(people[row].second) + 16);
    }
    // Each row with room for three entries (or two and "+N more"), however many people there are.
    setMinimumHeight(
        std::max(MinimumHeight, headerHeight() + int(people.size()) * (3 * (fontMetrics().height() + 3) + 6)));
    m_selected = selected;
    sortIntoDays();
    update();
}

QStringList MonthGrid::rowUsers() const
{
    QStringList out;
    for (const auto& [id, name] : m_people)
        out << id;
    return out;
}

void MonthGrid::setOccurrences(const QList<Occurrence>& occurrences)
{
    // Overlaid calendars show a meeting they share once; a team's rows show it in each person's row.
    m_occurrences.clear();
    QSet<std::pair<std::pair<QString, qint64>, QString>> seen;
    for (const Occurrence& o : occurrences) {
        const auto key = std::pair(std::pair(o.id, o.recurrenceId), team() ? o.calendar : QString());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_occurrences << o;
    }
    m_pressed = -1;
    m_dragging = false;
    sortIntoDays();
    update();
}

void MonthGrid::setOverlayColours(const QHash<QString, QColor>& byUser)
{
    m_overlay = byUser;
    update();
}

int MonthGrid::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthGrid::rowCount() const
{
    return team() ? int(m_people.size()) : Weeks;
}

int MonthGrid::labelWidth() const
{
    return team() ? std::clamp(m_nameWidth, fontMetrics().averageCharWidth() * 8, width() / 5) : 0;
}

QDate MonthGrid::dayOf(int row, int column) const
{
    return m_first.addDays(team() ? column : row * 7 + column);
}

QRect MonthGrid::cellRect(int row, int column) const
{
    const int left = labelWidth();
    const qreal w = (width() - left) / qreal(m_days);
    const qreal h = (height() - headerHeight()) / qreal(rowCount());
    return QRectF(left + column * w, headerHeight() + row * h, w, h).toAlignedRect().adjusted(0, 0, -1, -1);
}

QRect MonthGrid::cellRect(const QDate& day, const QString& user) const
{
    const qint64 n = m_first.daysTo(day);
    if (!m_first.isValid() || n < 0)
        return {};
    if (!team())
        return n < 7 * Weeks ? cellRect(int(n / 7), int(n % 7)) : QRect();
    const int row = m_rowOf.value(user, -1);
    return row >= 0 && n < m_days ? cellRect(row, int(n)) : QRect();
}

MonthGrid::Cell MonthGrid::cellAt(const QPoint& pos) const
{
    if (!m_first.isValid() || pos.y() < headerHeight() || pos.x() < labelWidth() || rowCount() == 0)
        return {};
    const int column =
        std::clamp(int((pos.x() - labelWidth()) / ((width() - labelWidth()) / qreal(m_days))), 0, m_days - 1);
    const int row = std::clamp(int((pos.y() - headerHeight()) / ((height() - headerHeight()) / qreal(rowCount()))), 0,
                               rowCount() - 1);
    return {dayOf(row, column), team() ? m_people[row].first : QString()};
}

QList<int> MonthGrid::entriesIn(const Cell& cell) const
{
    return m_byCell.value(cell);
}

void MonthGrid::sortIntoDays()
{
    // Once per change, not once per cell and paint: where each entry falls is a time zone conversion.
    m_byCell.clear();
    if (!m_first.isValid())
        return;
    const QDate last = team() ? m_first.addDays(m_days - 1) : m_first.addDays(7 * Weeks - 1);
    for (int i = 0; i < m_occurrences.size(); ++i) {
        const auto [first, end] = daysOf(m_occurrences[i]);
        const QString user = team() ? m_occurrences[i].calendar : QString();
        for (QDate d = std::max(first, m_first); d <= std::min(end, last); d = d.addDays(1))
            m_byCell[{d, user}] << i;
    }
    // All-day and multi-day first, then by time (the list comes sorted by start).
    for (QList<int>& entries : m_byCell)
        std::stable_sort(entries.begin(), entries.end(), [this](int a, int b) {
            return m_occurrences[a].allDay && !m_occurrences[b].allDay;
        });
}

QList<MonthGrid::Line> MonthGrid::linesOf(const Cell& cell) const
{
    const QRect rect = cellRect(cell.first, cell.second);
    const QFontMetrics fm(font());
    const int lineHeight = fm.height() + 3;
    // A month's cells start with the day's number; a team's rows have the days in the header.
    const int top = team() ? rect.top() + 3 : rect.top() + fm.height() + 6;
    const QList<int> entries = entriesIn(cell);
    const int fits = std::max(0, (rect.bottom() - top) / lineHeight);
    const int shown = int(entries.size()) <= fits ? int(entries.size()) : std::max(0, fits - 1);
    QList<Line> lines;
    for (int k = 0; k < shown; ++k)
        lines.push_back({entries[k], QRect(rect.left() + 3, top + k * lineHeight, rect.width() - 6, lineHeight - 1)});
    return lines;
}

QRect MonthGrid::entryRect(const QDate& day, const QString& id, const QString& user) const
{
    for (const Line& line : linesOf({day, user}))
        if (m_occurrences[line.index].id == id)
            return line.rect;
    return {};
}

int MonthGrid::entryAt(const QPoint& pos) const
{
    const Cell cell = cellAt(pos);
    if (!cell.first.isValid())
        return -1;
    for (const Line& line : linesOf(cell))
        if (line.rect.contains(pos))
            return line.index;
    return -1;
}

void MonthGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor line = mix(base, pal.color(QPalette::Text), 0.14);
    const QFontMetrics fm(font());
    p.fillRect(rect(), base);
    p.fillRect(QRect(0, 0, width(), headerHeight()), pal.color(QPalette::Window));
    if (!m_first.isValid())
        return;
    const QDate today = Formatting::local(QDateTime::currentMSecsSinceEpoch()).date();
    p.setPen(pal.color(QPalette::WindowText));
    for (int c = 0; c < m_days; ++c) {
        const QDate day = dayOf(0, c);
        const QRect column = cellRect(0, c);
        // A team's days are dated in the header; a month's cells carry their own numbers.
        const QString name = QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
        QFont f = font();
        f.setBold(team() && day == today);
        p.setFont(f);
        p.drawText(QRect(column.left(), 0, column.width(), headerHeight()), Qt::AlignCenter,
                   team() ? name + QLatin1Char(' ') + QLocale().toString(day.day()) : name);
    }
    p.setFont(font());
    if (team()) {
        // The people's names beside their rows.
        p.fillRect(QRect(0, headerHeight(), labelWidth(), height() - headerHeight()), pal.color(QPalette::Window));
        for (int r = 0; r < rowCount(); ++r) {
            const QRect row = cellRect(r, 0);
            const QRect label(6, row.top() + 3, labelWidth() - 10, row.height() - 6);
            p.setPen(line);
            p.drawLine(0, row.bottom() + 1, labelWidth(), row.bottom() + 1);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       fm.elidedText(m_people[r].second, Qt::ElideRight, label.width() * 2));
        }
    }

    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < m_days; ++c)
            paintCell(p, {dayOf(r, c), team() ? m_people[r].first : QString()}, today);
}

void MonthGrid::paintCell(QPainter& p, const Cell& at, const QDate& today) const
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor line = mix(base, text, 0.14);
    const QFontMetrics fm(font());
    const QDate day = at.first;
    const QRect cell = cellRect(day, at.second);
    {
        const bool dimmed = team() ? day.dayOfWeek() > 5 : day.month() != m_month; // a team's weekend
        QColor fill = dimmed ? mix(base, text, 0.04) : base;
        if (day == m_selected)
            fill = mix(base, pal.color(QPalette::Highlight), 0.12);
        if (m_dragging && at == m_hoverCell)
            fill = mix(base, pal.color(QPalette::Highlight), 0.25);
        p.fillRect(cell, fill);
        p.setPen(line);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(0, 0, 1, 1));

        if (!team()) {
            QFont f = font();
            f.setBold(day == today);
            p.setFont(f);
            const QString number =
                day.day() == 1 ? QLocale().toString(day, QStringLiteral("d MMM")) : QLocale().toString(day.day());
            const QRect numberRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, fm.height() + 2);
            if (day == today) {
                const int side = fm.height() + 2;
                const int textWidth = QFontMetrics(f).horizontalAdvance(number) + 8;
                p.setBrush(pal.color(QPalette::Highlight));
                p.setPen(Qt::NoPen);
                p.drawRoundedRect(QRect(numberRect.left() - 2, numberRect.top(), std::max(side, textWidth), side),
                                  side / 2, side / 2);
                p.setPen(pal.color(QPalette::HighlightedText));
                p.drawText(QRect(numberRect.left() - 2, numberRect.top(), std::max(side, textWidth), side),
                           Qt::AlignCenter, number);
            } else {
                p.setPen(day.month() == m_month ? text : pal.color(QPalette::PlaceholderText));
                p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
            }
            p.setFont(font());
        }

        const QList<Line> lines = linesOf(at);
        for (const Line& l : lines) {
            const Occurrence& o = m_occurrences[l.index];
            const QColor colour = m_overlay.value(o.calendar, CalendarColours::forType(o.type));
            QFont entryFont = font();
            entryFont.setStrikeOut(o.done && o.isTask); // a task ticked off
            p.setFont(entryFont);
            if (o.allDay) {
                p.fillRect(l.rect, mix(base, colour, 0.25));
                p.fillRect(QRect(l.rect.left(), l.rect.top(), 3, l.rect.height()), colour);
                p.setPen(text);
                p.drawText(l.rect.adjusted(6, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(o.subject, Qt::ElideRight, l.rect.width() - 8));
            } else {
                p.setBrush(colour);
                p.setPen(Qt::NoPen);
                p.drawEllipse(QPointF(l.rect.left() + 4, l.rect.center().y() + 0.5), 3, 3);
                p.setPen(o.response == u"declined" ? pal.color(QPalette::PlaceholderText) : text);
                const QString label = Formatting::local(o.start).date() == day
                                          ? Formatting::compactTime(o.start) + QLatin1Char(' ') + o.subject
                                          : o.subject;
                p.drawText(l.rect.adjusted(11, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(label, Qt::ElideRight, l.rect.width() - 13));
            }
            if (m_dragging && l.index == m_pressed) {
                QColor veil = base;
                veil.setAlphaF(0.6);
                p.fillRect(l.rect, veil);
            }
        }
        p.setFont(font());
        const qsizetype hidden = entriesIn(at).size() - lines.size();
        if (hidden > 0) {
            p.setPen(pal.color(QPalette::Link));
            const int y = !lines.isEmpty() ? lines.last().rect.bottom() + 2
                          : team()         ? cell.top() + 3
                                           : cell.top() + fm.height() + 6;
            p.drawText(QRect(cell.left() + 6, y, cell.width() - 10, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("+%n more", nullptr, int(hidden)));
        }
    }
}

void MonthGrid::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    m_pressed = entryAt(pos);
    m_pressedCell = cellAt(pos);
    m_dragging = false;
    if (m_pressedCell.first.isValid() && m_pressedCell.first != m_selected) {
        m_selected = m_pressedCell.first;
        update();
        Q_EMIT dateSelected(m_selected);
    }
}

MonthGrid::Cell MonthGrid::target(const QPoint& pos) const
{
    // An entry dragged in a team's rows moves along its own: to another day, never to another person.
    Cell cell = cellAt(pos);
    if (team() && cell.first.isValid())
        cell.second = m_pressedCell.second;
    return cell;
}

void MonthGrid::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragging = true;
    m_hoverCell = target(event->position().toPoint());
    update();
}

void MonthGrid::mouseReleaseEvent(QMouseEvent* event)
{
    const int pressed = m_pressed;
    const bool dragging = m_dragging;
    m_pressed = -1;
    m_dragging = false;
    update();
    if (event->button() != Qt::LeftButton || pressed < 0 || !dragging)
        return;
    const QDate day = target(event->position().toPoint()).first;
    if (!day.isValid() || day == m_pressedCell.first)
        return;
    const Occurrence o = m_occurrences[pressed];
    const qint64 days = m_pressedCell.first.daysTo(day);
    // The same time of day on the new day, on the wall clock (all-day entries: of their own zone).
    const QTimeZone zone = o.allDay ? QTimeZone(o.timeZone.toUtf8()) : Formatting::displayZone();
    const auto shifted = [&](qint64 t) {
        return QDateTime::fromMSecsSinceEpoch(t, zone.isValid() ? zone : Formatting::displayZone())
            .addDays(days)
            .toMSecsSinceEpoch();
    };
    Q_EMIT changeRequested(o, shifted(o.start), shifted(o.end));
}

void MonthGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    m_pressed = -1;
    if (const int i = entryAt(pos); i >= 0) {
        Q_EMIT openRequested(m_occurrences[i]);
        return;
    }
    if (const QDate day = cellAt(pos).first; day.isValid())
        Q_EMIT dayActivated(day);
}

bool MonthGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = entryAt(help->pos());
        const Cell cell = cellAt(help->pos());
        if (i >= 0) {
            const Occurrence& o = m_occurrences[i];
            QToolTip::showText(help->globalPos(),
                               o.allDay ? o.subject
                                        : tr("%1 – %2 %3").arg(Formatting::time(o.start), Formatting::time(o.end),
                                                               o.subject),
                               this);
        } else if (cell.first.isValid() && entriesIn(cell).size() > linesOf(cell).size()) {
            QStringList all;
            for (int k : entriesIn(cell)) {
                const Occurrence& o = m_occurrences[k];
                all << (o.allDay ? o.subject : Formatting::time(o.start) + QLatin1Char(' ') + o.subject);
            }
            QToolTip::showText(help->globalPos(), all.join(QLatin1Char('\n')), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace rapport
