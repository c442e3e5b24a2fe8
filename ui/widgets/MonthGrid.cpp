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
    setMinimumSize(420, 320);
}

void MonthGrid::setRange(const QDate& firstDay, int month, const QDate& selected)
{
    const bool moved = firstDay != m_first;
    m_first = firstDay;
    m_month = month;
    m_selected = selected;
    if (moved)
        sortIntoDays();
    update();
}

void MonthGrid::setOccurrences(const QList<Occurrence>& occurrences)
{
    // Overlaid calendars show a meeting they share once.
    m_occurrences.clear();
    QSet<QPair<QString, qint64>> seen;
    for (const Occurrence& o : occurrences) {
        const auto key = qMakePair(o.id, o.recurrenceId);
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

QRect MonthGrid::cellRect(const QDate& day) const
{
    const qint64 n = m_first.daysTo(day);
    if (!m_first.isValid() || n < 0 || n >= 7 * Weeks)
        return {};
    const qreal w = width() / 7.0;
    const qreal h = (height() - headerHeight()) / qreal(Weeks);
    const int col = int(n % 7);
    const int row = int(n / 7);
    return QRectF(col * w, headerHeight() + row * h, w, h).toAlignedRect().adjusted(0, 0, -1, -1);
}

QDate MonthGrid::dayAt(const QPoint& pos) const
{
    if (!m_first.isValid() || pos.y() < headerHeight())
        return {};
    const int col = std::clamp(int(pos.x() / (width() / 7.0)), 0, 6);
    const int row = std::clamp(int((pos.y() - headerHeight()) / ((height() - headerHeight()) / qreal(Weeks))), 0,
                               Weeks - 1);
    return m_first.addDays(row * 7 + col);
}

QList<int> MonthGrid::entriesOn(const QDate& day) const
{
    return m_byDay.value(day);
}

void MonthGrid::sortIntoDays()
{
    // Once per change, not once per cell and paint: where each entry falls is a time zone conversion.
    m_byDay.clear();
    if (!m_first.isValid())
        return;
    const QDate last = m_first.addDays(7 * Weeks - 1);
    for (int i = 0; i < m_occurrences.size(); ++i) {
        const auto [first, end] = daysOf(m_occurrences[i]);
        for (QDate d = std::max(first, m_first); d <= std::min(end, last); d = d.addDays(1))
            m_byDay[d] << i;
    }
    // All-day and multi-day first, then by time (the list comes sorted by start).
    for (QList<int>& entries : m_byDay)
        std::stable_sort(entries.begin(), entries.end(), [this](int a, int b) {
            return m_occurrences[a].allDay && !m_occurrences[b].allDay;
        });
}

QList<MonthGrid::Line> MonthGrid::linesOf(const QDate& day) const
{
    const QRect cell = cellRect(day);
    const QFontMetrics fm(font());
    const int lineHeight = fm.height() + 3;
    const int top = cell.top() + fm.height() + 6;
    const QList<int> entries = entriesOn(day);
    const int fits = std::max(0, (cell.bottom() - top) / lineHeight);
    const int shown = int(entries.size()) <= fits ? int(entries.size()) : std::max(0, fits - 1);
    QList<Line> lines;
    for (int k = 0; k < shown; ++k)
        lines.push_back({entries[k], QRect(cell.left() + 3, top + k * lineHeight, cell.width() - 6, lineHeight - 1)});
    return lines;
}

QRect MonthGrid::entryRect(const QDate& day, const QString& id) const
{
    for (const Line& line : linesOf(day))
        if (m_occurrences[line.index].id == id)
            return line.rect;
    return {};
}

int MonthGrid::entryAt(const QPoint& pos) const
{
    const QDate day = dayAt(pos);
    if (!day.isValid())
        return -1;
    for (const Line& line : linesOf(day))
        if (line.rect.contains(pos))
            return line.index;
    return -1;
}

void MonthGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor line = mix(base, text, 0.14);
    const QFontMetrics fm(font());
    p.fillRect(rect(), base);
    p.fillRect(QRect(0, 0, width(), headerHeight()), pal.color(QPalette::Window));
    if (!m_first.isValid())
        return;
    const qreal w = width() / 7.0;
    p.setPen(pal.color(QPalette::WindowText));
    for (int c = 0; c < 7; ++c)
        p.drawText(QRectF(c * w, 0, w, headerHeight()), Qt::AlignCenter,
                   QLocale().dayName(m_first.addDays(c).dayOfWeek(), QLocale::ShortFormat));
    const QDate today = Formatting::local(QDateTime::currentMSecsSinceEpoch()).date();

    for (int n = 0; n < 7 * Weeks; ++n) {
        const QDate day = m_first.addDays(n);
        const QRect cell = cellRect(day);
        const bool inMonth = day.month() == m_month;
        QColor fill = inMonth ? base : mix(base, text, 0.04);
        if (day == m_selected)
            fill = mix(base, pal.color(QPalette::Highlight), 0.12);
        if (m_dragging && day == m_hoverDay)
            fill = mix(base, pal.color(QPalette::Highlight), 0.25);
        p.fillRect(cell, fill);
        p.setPen(line);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(0, 0, 1, 1));

        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        const QString number = day.day() == 1 ? QLocale().toString(day, QStringLiteral("d MMM"))
                                              : QLocale().toString(day.day());
        const QRect numberRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, fm.height() + 2);
        if (day == today) {
            const int side = fm.height() + 2;
            const int textWidth = QFontMetrics(f).horizontalAdvance(number) + 8;
            p.setBrush(pal.color(QPalette::Highlight));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(QRect(numberRect.left() - 2, numberRect.top(), std::max(side, textWidth), side), side / 2,
                              side / 2);
            p.setPen(pal.color(QPalette::HighlightedText));
            p.drawText(QRect(numberRect.left() - 2, numberRect.top(), std::max(side, textWidth), side), Qt::AlignCenter,
                       number);
        } else {
            p.setPen(inMonth ? text : pal.color(QPalette::PlaceholderText));
            p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
        }
        p.setFont(font());

        const QList<Line> lines = linesOf(day);
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
                                          ? Formatting::time(o.start) + QLatin1Char(' ') + o.subject
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
        const qsizetype hidden = entriesOn(day).size() - lines.size();
        if (hidden > 0) {
            p.setPen(pal.color(QPalette::Link));
            const int y = lines.isEmpty() ? cell.top() + fm.height() + 6 : lines.last().rect.bottom() + 2;
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
    m_pressedDay = dayAt(pos);
    m_dragging = false;
    if (m_pressedDay.isValid() && m_pressedDay != m_selected) {
        m_selected = m_pressedDay;
        update();
        Q_EMIT dateSelected(m_pressedDay);
    }
}

void MonthGrid::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragging = true;
    m_hoverDay = dayAt(event->position().toPoint());
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
    const QDate target = dayAt(event->position().toPoint());
    if (!target.isValid() || target == m_pressedDay)
        return;
    const Occurrence o = m_occurrences[pressed];
    const qint64 days = m_pressedDay.daysTo(target);
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
    if (const QDate day = dayAt(pos); day.isValid())
        Q_EMIT dayActivated(day);
}

bool MonthGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = entryAt(help->pos());
        const QDate day = dayAt(help->pos());
        if (i >= 0) {
            const Occurrence& o = m_occurrences[i];
            QToolTip::showText(help->globalPos(),
                               o.allDay ? o.subject
                                        : tr("%1 – %2 %3").arg(Formatting::time(o.start), Formatting::time(o.end),
                                                               o.subject),
                               this);
        } else if (day.isValid() && entriesOn(day).size() > linesOf(day).size()) {
            QStringList all;
            for (int k : entriesOn(day)) {
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
