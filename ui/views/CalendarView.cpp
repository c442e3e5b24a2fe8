// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CalendarView.h"

#include "Icons.h"
#include "Workspace.h"
#include "models/RecordListModel.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "widgets/ListPanel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

CalendarView::CalendarView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : View(parent)
    , m_workspace(workspace)
    , m_date(QDate::currentDate())
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* side = new QVBoxLayout;
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("monthCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setMaximumWidth(340);
    side->addWidget(m_calendar);
    m_whose = new QComboBox(this);
    m_whose->setObjectName(QStringLiteral("calendarOwner"));
    m_whose->addItem(tr("My calendar"));
    m_whose->addItem(tr("Everyone's calendar"));
    side->addWidget(m_whose);
    side->addStretch(1);
    layout->addLayout(side);

    auto* main = new QVBoxLayout;
    auto* bar = new QHBoxLayout;
    auto* previous = new QToolButton(this);
    previous->setIcon(icon(Icon::Previous));
    previous->setToolTip(tr("Previous day"));
    auto* next = new QToolButton(this);
    next->setIcon(icon(Icon::Next));
    next->setToolTip(tr("Next day"));
    auto* today = new QToolButton(this);
    today->setIcon(icon(Icon::Today));
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (T)"));
    today->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addSpacing(12);
    bar->addWidget(m_heading, 1);
    main->addLayout(bar);

    m_panel = new ListPanel(workspace, undo, ListQueries::activities(), this);
    m_panel->setObjectName(QStringLiteral("activitiesPanel"));
    main->addWidget(m_panel, 1);
    layout->addLayout(main, 1);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { setDate(m_calendar->selectedDate()); });
    connect(m_whose, &QComboBox::currentIndexChanged, this, &CalendarView::applyFilter);
    connect(previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(today, &QToolButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    auto* todayKey = new QShortcut(QKeySequence(Qt::Key_T), this, [this] { setDate(QDate::currentDate()); });
    todayKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_panel, &ListPanel::openRecordRequested, this, &View::openRecordRequested);
    connect(m_panel, &ListPanel::message, this, &View::message);
    applyFilter();
}

void CalendarView::activate()
{
    applyFilter();
}

void CalendarView::setDate(const QDate& date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    applyFilter();
}

void CalendarView::applyFilter()
{
    {
        QSignalBlocker block(m_calendar);
        m_calendar->setSelectedDate(m_date);
    }
    m_heading->setText(QLocale().toString(m_date, QLocale::LongFormat));
    const qint64 start = QDateTime(m_date, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 end = QDateTime(m_date.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    QString condition = QStringLiteral(
        "((t.start_at >= ? AND t.start_at < ?) OR (t.start_at IS NULL AND t.due_at >= ? AND t.due_at < ?))");
    QVariantList values{start, end, start, end};
    if (m_whose->currentIndex() == 0) {
        condition += QStringLiteral(" AND t.owner_id = ?");
        values << m_workspace.currentUserId();
    }
    m_panel->model()->setCondition(condition, values);
}

bool CalendarView::showRecord(EntityType type, const QString& id)
{
    if (type != EntityType::Activity)
        return false;
    if (const auto activity = m_workspace.store().fetch(type, id)) {
        const QVariant when =
            activity->value(u"start_at").isNull() ? activity->value(u"due_at") : activity->value(u"start_at");
        if (!when.isNull())
            setDate(QDateTime::fromMSecsSinceEpoch(when.toLongLong()).toLocalTime().date());
    }
    m_panel->showRecord(id);
    return true;
}

} // namespace rapport
