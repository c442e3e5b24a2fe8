// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CalendarView.h"

#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "commands/ActivityEdits.h"
#include "dialogs/ActivityEditor.h"
#include "dialogs/Ask.h"
#include "io/CalendarExport.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"
#include "widgets/ElidedLabel.h"
#include "widgets/MonthGrid.h"
#include "widgets/TimeGrid.h"
#include "widgets/ToolRow.h"

#include <QAction>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
/// The width of the view from which the month and the calendars beside it leave the days their room (a window of
/// 1,280 pixels has it, one of 1,024 does not).
constexpr int WithSidePane = 950;

enum { OccurrenceRole = Qt::UserRole + 1, UserRole };
constexpr int AgendaDays = 14;

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

QDate startOfWeek(const QDate& d)
{
    const int first = QLocale().firstDayOfWeek();
    return d.addDays(-((d.dayOfWeek() - first + 7) % 7));
}

/// Whether people work on this day where the user lives (QLocale::weekdays: Monday to Friday in most places,
/// Sunday to Thursday in Israel); Monday to Friday where the locale names no weekend.
bool isWorkDay(const QDate& d)
{
    const QList<Qt::DayOfWeek> days = QLocale().weekdays();
    if (days.isEmpty() || days.size() == 7)
        return d.dayOfWeek() <= Qt::Friday;
    return days.contains(static_cast<Qt::DayOfWeek>(d.dayOfWeek()));
}

/// The days a work week view shows for `d`, as [first, end): on a work day, the run of work days around it (Monday
/// to Friday); on a day off, the coming run, so that a rep looking on Sunday sees the week ahead, Monday to Friday,
/// as a work week always reads.
std::pair<QDate, QDate> workWeekOf(const QDate& d)
{
    QDate day = d;
    for (int i = 0; i < 7 && !isWorkDay(day); ++i)
        day = day.addDays(1);
    QDate first = day, last = day;
    while (isWorkDay(first.addDays(-1)) && first.daysTo(last) < 6)
        first = first.addDays(-1);
    while (isWorkDay(last.addDays(1)) && first.daysTo(last) < 6)
        last = last.addDays(1);
    return {first, last.addDays(1)};
}
} // namespace

CalendarView::CalendarView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : View(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_date(Formatting::local(QDateTime::currentMSecsSinceEpoch()).date())
    , m_reloadTimer(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // Left: a month to jump with, and whose calendars are shown.
    m_side = new QWidget(this);
    m_side->setObjectName(QStringLiteral("calendarSidePane"));
    auto* side = new QVBoxLayout(m_side);
    side->setContentsMargins(0, 0, 0, 0);
    m_mini = new QCalendarWidget(m_side);
    m_mini->setObjectName(QStringLiteral("monthCalendar"));
    m_mini->setGridVisible(false);
    m_mini->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_mini->setFixedWidth(std::max(260, m_mini->sizeHint().width()));
    side->addWidget(m_mini);
    auto* peopleTitle = new QLabel(tr("Calendars"), m_side);
    QFont bold = peopleTitle->font();
    bold.setBold(true);
    peopleTitle->setFont(bold);
    // The pane hides from its own corner, and comes back from the bar (F9 either way).
    auto* hide = new QToolButton(m_side);
    hide->setObjectName(QStringLiteral("hideSidePane"));
    hide->setIcon(icon(Icon::HideSidePane));
    hide->setAutoRaise(true);
    hide->setToolTip(tr("Hide the month and the calendars, for the days to have the room (F9)"));
    connect(hide, &QToolButton::clicked, this, [this] { setSidePaneShown(false); });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(peopleTitle, 1);
    titleRow->addWidget(hide);
    side->addLayout(titleRow);
    m_peopleList = new QListWidget(m_side);
    m_peopleList->setObjectName(QStringLiteral("calendarPeople"));
    m_peopleList->setFixedWidth(m_mini->width());
    side->addWidget(m_peopleList, 1);
    auto* peopleButtons = new QHBoxLayout;
    auto* mine = new QPushButton(tr("Only mine"), m_side);
    mine->setObjectName(QStringLiteral("onlyMine"));
    auto* team = new QPushButton(icon(Icon::People), tr("My team"), m_side);
    team->setObjectName(QStringLiteral("myTeam"));
    peopleButtons->addWidget(mine);
    peopleButtons->addWidget(team);
    side->addLayout(peopleButtons);
    m_together = new QComboBox(m_side);
    m_together->setObjectName(QStringLiteral("calendarsTogether"));
    // In the order of Together.
    m_together->addItem(tr("Side by side"));
    m_together->addItem(tr("Overlaid"));
    m_together->addItem(tr("A row each"));
    m_together->setToolTip(tr("How several people's calendars are shown: their hours side by side or overlaid, "
                              "or their week in a row each"));
    side->addWidget(m_together);
    layout->addWidget(m_side);

    // Right: the bar and the view.
    auto* main = new QVBoxLayout;
    m_bar = new ToolRow(this);
    QHBoxLayout* bar = m_bar->row();
    auto* today = new QToolButton(this);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setIcon(icon(Icon::Today));
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (T)"));
    today->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousButton"));
    previous->setIcon(icon(Icon::Previous));
    previous->setToolTip(tr("Back (Page Up)"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setIcon(icon(Icon::Next));
    next->setToolTip(tr("On (Page Down)"));
    m_heading = new ElidedLabel(this);
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
    m_sideButton = new QToolButton(this);
    m_sideButton->setObjectName(QStringLiteral("showSidePane"));
    m_sideButton->setIcon(icon(Icon::SidePane));
    m_sideButton->setToolTip(tr("Show the month and the calendars (F9)"));
    connect(m_sideButton, &QToolButton::clicked, this, [this] { setSidePaneShown(true); });
    auto* toggle = new QShortcut(QKeySequence(Qt::Key_F9), this, [this] { setSidePaneShown(!sidePaneShown()); });
    toggle->setContext(Qt::WindowShortcut); // a hidden view takes no shortcuts
    // The heading says its dates briefly ("Nov 30 – Dec 5, 2026") before Today and New drop their labels, so the
    // buttons keep their places from view to view; with room, the dates are whole; narrower still, "…".
    bar->addWidget(m_sideButton);
    bar->addWidget(today);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addSpacing(12);
    m_heading->setMinimumWidth(m_heading->fontMetrics().averageCharWidth() * 6);
    m_heading->setPreferBrief(true);
    bar->addWidget(m_heading, 1);
    m_modes = new QButtonGroup(this);
    const QList<std::tuple<Mode, Icon, QString, QString, QString>> modes{
        {Mode::Day, Icon::DayView, tr("Day"), tr("One day (D)"), QStringLiteral("dayMode")},
        {Mode::WorkWeek, Icon::WorkWeekView, tr("Work week"),
         tr("The week's working days; on a day off, the week ahead (R)"), QStringLiteral("workWeekMode")},
        {Mode::Week, Icon::WeekView, tr("Week"), tr("The whole week (W)"), QStringLiteral("weekMode")},
        {Mode::Month, Icon::MonthView, tr("Month"), tr("The month (M)"), QStringLiteral("monthMode")},
        {Mode::Agenda, Icon::AgendaView, tr("Agenda"), tr("The next two weeks as a list (A)"),
         QStringLiteral("agendaMode")}};
    for (const auto& [mode, which, text, tip, name] : modes) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(icon(which));
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        ToolRow::keepLabelOnly(b); // five calendar icons alike: when narrow, the views keep their names
        m_modes->addButton(b, int(mode));
        bar->addWidget(b);
    }
    bar->addSpacing(12);
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("newAppointment"));
    add->setIcon(icon(Icon::NewAppointment));
    add->setText(tr("New"));
    add->setToolTip(tr("A new appointment (Ctrl+N); or drag over empty time"));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(add);
    main->addWidget(m_bar);

    m_pages = new QStackedWidget(this);
    m_timeGrid = new TimeGrid(m_pages);
    // A team's rows keep room for a few entries each: a large team's scroll, as a week's hours do.
    m_monthScroll = new QScrollArea(m_pages);
    m_monthScroll->setWidgetResizable(true);
    m_monthScroll->setFrameShape(QFrame::NoFrame);
    m_monthScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_monthGrid = new MonthGrid(m_monthScroll);
    m_monthScroll->setWidget(m_monthGrid);
    m_agenda = new QTreeWidget(m_pages);
    m_agenda->setObjectName(QStringLiteral("agendaList"));
    m_agenda->setHeaderLabels({tr("When"), tr("Subject"), tr("With"), tr("Where")});
    m_agenda->setRootIsDecorated(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_agenda->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* exportSelected = new QAction(icon(Icon::Export), tr("Export the selected entries to iCalendar…"), m_agenda);
    exportSelected->setObjectName(QStringLiteral("exportSelected"));
    m_agenda->addAction(exportSelected);
    connect(exportSelected, &QAction::triggered, this, [this] {
        const QString path =
            Ask::saveFile(this, tr("Export the selected entries"), tr("entries.ics"), tr("iCalendar (*.ics)"));
        if (!path.isEmpty())
            exportSelection(path);
    });
    m_agenda->header()->setMinimumSectionSize(40);
    m_agenda->viewport()->installEventFilter(this); // its columns are fitted to its width
    m_pages->addWidget(m_timeGrid);
    m_pages->addWidget(m_monthScroll);
    m_pages->addWidget(m_agenda);
    main->addWidget(m_pages, 1);
    layout->addLayout(main, 1);

    // Where the person left it.
    QSettings settings;
    m_mode = static_cast<Mode>(std::clamp(settings.value(QStringLiteral("calendar/mode"), int(Mode::WorkWeek)).toInt(),
                                          int(Mode::Day), int(Mode::Agenda)));
    // "calendar/overlaid" was a yes or no before rows came.
    const QVariant how = settings.value(QStringLiteral("calendar/together"));
    m_how = how.isValid()
                ? static_cast<Together>(std::clamp(how.toInt(), int(Together::SideBySide), int(Together::Rows)))
            : settings.value(QStringLiteral("calendar/overlaid"), false).toBool() ? Together::Overlaid
                                                                                  : Together::SideBySide;
    if (const QVariant pane = settings.value(QStringLiteral("calendar/sidePane")); pane.isValid())
        m_sideChosen = pane.toBool();
    showSidePane(m_sideChosen.value_or(true));
    m_together->setCurrentIndex(int(m_how));
    m_modes->button(int(m_mode))->setChecked(true);
    if (auto everyone = Calendar::people(workspace.database(), workspace.currentUserId()))
        m_everyone = *everyone;
    m_shown = {workspace.currentUserId()};
    fillPeople();

    connect(m_mini, &QCalendarWidget::clicked, this, &CalendarView::setDate);
    connect(m_mini, &QCalendarWidget::activated, this, [this](const QDate& d) {
        setDate(d);
        setMode(Mode::Day);
    });
    connect(today, &QToolButton::clicked, this,
            [this] { setDate(Formatting::local(QDateTime::currentMSecsSinceEpoch()).date()); });
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(add, &QToolButton::clicked, this, &CalendarView::createNew);
    connect(m_peopleList, &QListWidget::itemChanged, this, &CalendarView::peopleChanged);
    connect(mine, &QPushButton::clicked, this, [this] { setPeople({m_workspace.currentUserId()}); });
    connect(team, &QPushButton::clicked, this, [this] {
        QString myTeam;
        for (const CalendarPerson& p : std::as_const(m_everyone))
            if (p.id == m_workspace.currentUserId())
                myTeam = p.teamId;
        QStringList ids{m_workspace.currentUserId()};
        for (const CalendarPerson& p : std::as_const(m_everyone))
            if (!myTeam.isEmpty() && p.teamId == myTeam && !ids.contains(p.id))
                ids << p.id;
        setPeople(ids);
    });
    connect(m_together, &QComboBox::currentIndexChanged, this,
            [this](int index) { setTogether(static_cast<Together>(index)); });

    connect(m_timeGrid, &TimeGrid::createRequested, this, &CalendarView::createAt);
    connect(m_timeGrid, &TimeGrid::openRequested, this, &CalendarView::openOccurrence);
    connect(m_timeGrid, &TimeGrid::changeRequested, this, &CalendarView::changeTimes);
    connect(m_timeGrid, &TimeGrid::dayActivated, this, [this](const QDate& d) {
        setDate(d);
        setMode(Mode::Day);
    });
    connect(m_monthGrid, &MonthGrid::dateSelected, this, [this](const QDate& d) {
        // Choosing a day inside the month shown keeps the month where it is.
        m_date = d;
        QSignalBlocker block(m_mini);
        m_mini->setSelectedDate(d);
    });
    connect(m_monthGrid, &MonthGrid::dayActivated, this, [this](const QDate& d) {
        setDate(d);
        setMode(Mode::Day);
    });
    connect(m_monthGrid, &MonthGrid::openRequested, this, &CalendarView::openOccurrence);
    connect(m_monthGrid, &MonthGrid::changeRequested, this, &CalendarView::changeTimes);
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, OccurrenceRole).isValid())
            openOccurrence(item->data(0, OccurrenceRole).value<Occurrence>());
    });

    // The keyboard: as in the calendars people know.
    const auto key = [this](const QKeySequence& sequence, auto&& action) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    key(QKeySequence(Qt::Key_T), [this] { setDate(Formatting::local(QDateTime::currentMSecsSinceEpoch()).date()); });
    key(QKeySequence(Qt::Key_D), [this] { setMode(Mode::Day); });
    key(QKeySequence(Qt::Key_R), [this] { setMode(Mode::WorkWeek); });
    key(QKeySequence(Qt::Key_W), [this] { setMode(Mode::Week); });
    key(QKeySequence(Qt::Key_M), [this] { setMode(Mode::Month); });
    key(QKeySequence(Qt::Key_A), [this] { setMode(Mode::Agenda); });
    key(QKeySequence(Qt::Key_Left), [this] { setDate(m_date.addDays(-1)); });
    key(QKeySequence(Qt::Key_Right), [this] { setDate(m_date.addDays(1)); });
    key(QKeySequence(Qt::Key_Up), [this] { setDate(m_date.addDays(-7)); });
    key(QKeySequence(Qt::Key_Down), [this] { setDate(m_date.addDays(7)); });
    key(QKeySequence(Qt::Key_PageUp), [this] { step(-1); });
    key(QKeySequence(Qt::Key_PageDown), [this] { step(1); });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(60);
    connect(m_reloadTimer, &QTimer::timeout, this, &CalendarView::reload);
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        for (const Change& c : changes)
            if (c.type == EntityType::Activity || c.type == EntityType::ActivityAttendee ||
                c.type == EntityType::User) {
                m_reloadTimer->start();
                return;
            }
    });
    setMode(m_mode);
}

void CalendarView::fillPeople()
{
    QSignalBlocker block(m_peopleList);
    m_peopleList->clear();
    const QHash<QString, QColor> byPerson = colours();
    // Me first, then everyone else by name as the user's language sorts it (Étienne among the Es).
    QList<CalendarPerson> ordered = m_everyone;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(ordered.begin(), ordered.end(), [&collator](const CalendarPerson& a, const CalendarPerson& b) {
        return collator(a.name, b.name);
    });
    std::stable_partition(ordered.begin(), ordered.end(),
                          [this](const CalendarPerson& p) { return p.id == m_workspace.currentUserId(); });
    for (const CalendarPerson& p : std::as_const(ordered)) {
        auto* item = new QListWidgetItem(p.id == m_workspace.currentUserId() ? tr("%1 (me)").arg(p.name) : p.name,
                                         m_peopleList);
        item->setData(UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_shown.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        if (byPerson.contains(p.id))
            item->setIcon(swatch(byPerson.value(p.id)));
        else
            item->setIcon(swatch(Qt::transparent));
    }
}

QHash<QString, QColor> CalendarView::colours() const
{
    QHash<QString, QColor> out;
    for (int i = 0; i < m_shown.size(); ++i)
        out.insert(m_shown[i], CalendarColours::forPerson(i));
    return out;
}

void CalendarView::peopleChanged()
{
    QStringList ids;
    // Keep the order in which people were added, so colours stay with them.
    QStringList checked;
    for (int i = 0; i < m_peopleList->count(); ++i)
        if (m_peopleList->item(i)->checkState() == Qt::Checked)
            checked << m_peopleList->item(i)->data(UserRole).toString();
    for (const QString& id : std::as_const(m_shown))
        if (checked.contains(id))
            ids << id;
    for (const QString& id : std::as_const(checked))
        if (!ids.contains(id))
            ids << id;
    setPeople(ids);
}

void CalendarView::setPeople(const QStringList& userIds)
{
    m_shown = userIds.isEmpty() ? QStringList{m_workspace.currentUserId()} : userIds;
    fillPeople();
    reload();
}

void CalendarView::setTogether(Together how)
{
    m_how = how;
    QSettings settings;
    settings.setValue(QStringLiteral("calendar/together"), int(how));
    settings.remove(QStringLiteral("calendar/overlaid"));
    {
        QSignalBlocker block(m_together);
        m_together->setCurrentIndex(int(how));
    }
    reload();
}

bool CalendarView::inRows() const
{
    return m_how == Together::Rows && m_shown.size() > 1 && (m_mode == Mode::Week || m_mode == Mode::WorkWeek);
}

void CalendarView::activate()
{
    reload();
}

void CalendarView::setDate(const QDate& date)
{
    if (!date.isValid())
        return;
    m_date = date;
    reload();
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(QStringLiteral("calendar/mode"), int(mode));
    m_modes->button(int(mode))->setChecked(true);
    reload();
}

bool CalendarView::sidePaneShown() const
{
    return !m_side->isHidden();
}

void CalendarView::setSidePaneShown(bool shown)
{
    // A choice that agrees with the room there is needs no remembering: the pane keeps following the window. (Set
    // first: showing the pane may widen a window that resizes the view at once.)
    const bool room = width() >= WithSidePane;
    m_sideChosen = shown == room ? std::nullopt : std::optional<bool>(shown);
    showSidePane(shown);
    QSettings settings;
    if (m_sideChosen)
        settings.setValue(QStringLiteral("calendar/sidePane"), shown);
    else
        settings.remove(QStringLiteral("calendar/sidePane"));
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    View::resizeEvent(event);
    if (m_sideChosen)
        return;
    showSidePane(width() >= WithSidePane);
}

bool CalendarView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_agenda->viewport() && event->type() == QEvent::Resize)
        fitAgendaColumns();
    return View::eventFilter(watched, event);
}

void CalendarView::fitAgendaColumns()
{
    if (m_fittingAgenda) // measuring shows or hides the scroll bar across, which resizes the list
        return;
    const QScopedValueRollback fitting(m_fittingAgenda, true);
    QHeaderView* header = m_agenda->header();
    const int room = m_agenda->viewport()->width();
    const auto wanted = [&](int c) { // the rows in view and the heading, as QTreeView measures them
        m_agenda->resizeColumnToContents(c);
        return header->sectionSize(c);
    };
    const int when = wanted(0), where = std::min(wanted(3), room / 6);
    const int subject = wanted(1), with = wanted(2);
    const int rest = std::max(0, room - when - where);
    int s = subject, w = with;
    if (subject + with > rest) {
        // By what each holds, and neither below a third of the room, so a long name cannot hide the subject.
        s = std::clamp(int(qint64(rest) * subject / std::max(1, subject + with)), std::min(subject, rest / 3),
                       std::max(rest - std::min(with, rest / 3), 0));
        w = rest - s;
    }
    header->resizeSection(0, when);
    header->resizeSection(1, s);
    header->resizeSection(2, w);
    header->resizeSection(3, std::max(where, room - when - s - w)); // the room left over, if any
}

void CalendarView::showSidePane(bool shown)
{
    m_sideButton->setVisible(!shown); // first: the window makes room for the pane at once, with the bar as it is
    m_side->setVisible(shown);
}

void CalendarView::step(int direction)
{
    switch (m_mode) {
    case Mode::Day:
        setDate(m_date.addDays(direction));
        break;
    case Mode::WorkWeek: { // to the first day of the adjacent work week
        const auto [first, end] = span();
        QDate d = direction > 0 ? end : first.addDays(-1);
        for (int i = 0; i < 7 && !isWorkDay(d); ++i)
            d = d.addDays(direction > 0 ? 1 : -1);
        setDate(direction > 0 ? d : workWeekOf(d).first);
        break;
    }
    case Mode::Week:
        setDate(m_date.addDays(7 * direction));
        break;
    case Mode::Month:
        setDate(m_date.addMonths(direction));
        break;
    case Mode::Agenda:
        setDate(m_date.addDays(AgendaDays * direction));
        break;
    }
}

std::pair<QDate, QDate> CalendarView::span() const
{
    switch (m_mode) {
    case Mode::Day:
        return {m_date, m_date.addDays(1)};
    case Mode::WorkWeek:
        return workWeekOf(m_date);
    case Mode::Week: {
        const QDate first = startOfWeek(m_date);
        return {first, first.addDays(7)};
    }
    case Mode::Month: {
        const QDate first = startOfWeek(QDate(m_date.year(), m_date.month(), 1));
        return {first, first.addDays(42)};
    }
    case Mode::Agenda:
        return {m_date, m_date.addDays(AgendaDays)};
    }
    return {m_date, m_date.addDays(1)};
}

void CalendarView::showHeading()
{
    const auto [first, end] = span();
    const QDate last = end.addDays(-1);
    QString text, brief; // brief: for a narrow window
    switch (m_mode) {
    case Mode::Day:
        text = Formatting::day(m_date);
        brief = Formatting::day(m_date, Formatting::Brief);
        break;
    case Mode::Month:
        text = QLocale().toString(m_date, QStringLiteral("MMMM yyyy"));
        brief = QLocale().toString(m_date, QStringLiteral("MMM yyyy"));
        break;
    default:
        text = Formatting::dateRange(first, last);
        brief = Formatting::dateRange(first, last, Formatting::Brief);
        break;
    }
    m_heading->setText(text, brief);
    m_bar->textChanged();
    m_heading->setToolTip(tr("Week %1").arg(first.addDays(3).weekNumber()));
    QSignalBlocker block(m_mini);
    m_mini->setSelectedDate(m_date);
}

void CalendarView::reload()
{
    showHeading();
    const auto [first, end] = span();
    const QTimeZone zone = Formatting::displayZone();
    Calendar::Query query;
    query.users = m_shown;
    query.from = QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
    query.to = QDateTime(end, QTime(0, 0), zone).toMSecsSinceEpoch();

    // The page of the view and its days change at once; the entries follow when the reader has them.
    m_pages->setCurrentWidget(m_mode == Mode::Month || inRows() ? static_cast<QWidget*>(m_monthScroll)
                              : m_mode == Mode::Agenda          ? static_cast<QWidget*>(m_agenda)
                                                                : static_cast<QWidget*>(m_timeGrid));
    if (inRows()) {
        QList<std::pair<QString, QString>> rows;
        for (const QString& user : std::as_const(m_shown)) {
            const auto person = std::find_if(m_everyone.cbegin(), m_everyone.cend(),
                                             [&user](const CalendarPerson& p) { return p.id == user; });
            const QString name = person == m_everyone.cend() ? user : person->name;
            rows.push_back({user, user == m_workspace.currentUserId() ? tr("%1 (me)").arg(name) : name});
        }
        m_monthGrid->setTeam(first, int(first.daysTo(end)), rows, m_date);
        m_monthGrid->setOverlayColours({}); // the row says whose: the colours say what
    } else if (m_mode != Mode::Month && m_mode != Mode::Agenda) {
        QList<TimeGrid::Column> columns;
        const bool sideBySide = m_shown.size() > 1 && m_how != Together::Overlaid;
        for (QDate d = first; d < end; d = d.addDays(1)) {
            if (sideBySide)
                for (const QString& user : std::as_const(m_shown))
                    columns.push_back({d, user});
            else
                columns.push_back({d, QString()});
        }
        QHash<QString, QString> names;
        for (const CalendarPerson& p : std::as_const(m_everyone))
            names.insert(p.id, p.name);
        if (columns.size() != m_timeGrid->columns().size() ||
            !std::equal(columns.begin(), columns.end(), m_timeGrid->columns().begin(),
                        [](const TimeGrid::Column& a, const TimeGrid::Column& b) {
                            return a.day == b.day && a.user == b.user;
                        })) {
            m_timeGrid->setColumns(columns);
        }
        m_timeGrid->setPeople(names, m_shown.size() > 1 ? colours() : QHash<QString, QColor>());
        if (!m_scrolled) {
            m_timeGrid->scrollToHour(7);
            m_scrolled = true;
        }
    } else if (m_mode == Mode::Month) {
        m_monthGrid->setRange(first, m_date.month(), m_date);
        m_monthGrid->setOverlayColours(m_shown.size() > 1 ? colours() : QHash<QString, QColor>());
    }

    const quint64 ticket = ++m_ticket;
    m_workspace.readers().run<QList<Occurrence>>(
        this, [query](Database& db) { return Calendar::occurrences(db, query); },
        [this, ticket](const Result<QList<Occurrence>>& result) {
            if (ticket != m_ticket)
                return; // the person has moved on
            if (!result) {
                Q_EMIT message(result.error().message);
                return;
            }
            display(*result);
            Q_EMIT loaded();
        });
}

void CalendarView::display(const QList<Occurrence>& occurrences)
{
    if (inRows()) {
        m_monthGrid->setOccurrences(occurrences);
        return;
    }
    switch (m_mode) {
    case Mode::Month:
        m_monthGrid->setOccurrences(occurrences);
        return;
    case Mode::Agenda: {
        m_agenda->clear();
        QHash<QString, QString> names;
        for (const CalendarPerson& p : std::as_const(m_everyone))
            names.insert(p.id, p.name);
        QDate current;
        QSet<QPair<QString, qint64>> seen;
        const auto [first, end] = span();
        for (const Occurrence& o : occurrences) {
            if (seen.contains({o.id, o.recurrenceId}))
                continue;
            seen.insert({o.id, o.recurrenceId});
            const QDate day = o.allDay ? Formatting::allDayDate(o.start, o.timeZone) : Formatting::local(o.start).date();
            const QDate shownDay = std::max(day, first);
            if (shownDay != current) {
                current = shownDay;
                auto* heading = new QTreeWidgetItem(m_agenda);
                heading->setText(0, QLocale().toString(shownDay, QLocale::LongFormat));
                heading->setFirstColumnSpanned(true);
                QFont f = heading->font(0);
                f.setBold(true);
                heading->setFont(0, f);
                heading->setFlags(Qt::ItemIsEnabled);
            }
            auto* item = new QTreeWidgetItem(m_agenda);
            item->setIcon(0, iconForActivity(o.type));
            item->setText(0, o.allDay   ? tr("All day")
                             : o.isTask ? tr("due %1").arg(Formatting::time(o.start))
                             : o.end <= o.start ? Formatting::time(o.start)
                                                : tr("%1 – %2").arg(Formatting::time(o.start), Formatting::time(o.end)));
            QString subject = o.subject;
            if (m_shown.size() > 1)
                subject += QStringLiteral(" (%1)").arg(names.value(o.calendar));
            item->setText(1, subject);
            item->setText(2, o.contactName.isEmpty()    ? o.accountName
                             : o.accountName.isEmpty() ? o.contactName
                                                       : tr("%1 (%2)").arg(o.contactName, o.accountName));
            item->setText(3, o.location);
            item->setData(0, OccurrenceRole, QVariant::fromValue(o));
            if (o.done && o.isTask) {
                QFont struck = item->font(1);
                struck.setStrikeOut(true);
                item->setFont(1, struck);
            }
        }
        if (occurrences.isEmpty()) {
            auto* none = new QTreeWidgetItem(m_agenda);
            none->setText(1, tr("Nothing planned in these two weeks."));
            none->setFlags(Qt::ItemIsEnabled);
            none->setForeground(1, palette().brush(QPalette::PlaceholderText));
        }
        fitAgendaColumns();
        return;
    }
    default:
        m_timeGrid->setOccurrences(occurrences);
        return;
    }
}

void CalendarView::openOccurrence(const Occurrence& occurrence)
{
    ActivityEditor* editor = ActivityEditor::forOccurrence(m_workspace, m_undo, occurrence, this);
    if (!editor) {
        Q_EMIT message(tr("\"%1\" no longer exists (it may have been deleted by sync).").arg(occurrence.subject));
        reload();
        return;
    }
    connect(editor, &ActivityEditor::message, this, &View::message);
    editor->open();
}

bool CalendarView::createNew()
{
    // The next full hour of the day in view.
    const QDateTime now = Formatting::local(QDateTime::currentMSecsSinceEpoch());
    const QDate day = m_date;
    const int hour = day == now.date() ? std::min(now.time().hour() + 1, 23) : 9;
    const qint64 start = QDateTime(day, QTime(hour, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    createAt(start, start + 3600 * 1000, false, QString());
    return true;
}

void CalendarView::createAt(qint64 start, qint64 end, bool allDay, const QString& user)
{
    Record draft(EntityType::Activity);
    draft.set(u"type", QStringLiteral("meeting"));
    draft.set(u"start_at", start);
    draft.set(u"end_at", end);
    draft.set(u"all_day", allDay);
    draft.set(u"time_zone", QString::fromUtf8(Formatting::displayZone().id()));
    ActivityEditor* editor = ActivityEditor::forNew(m_workspace, m_undo, draft, this);
    // Dragged out in a colleague's column: a meeting with them.
    if (!user.isEmpty() && user != m_workspace.currentUserId()) {
        Invitee who;
        who.userId = user;
        who.name = m_workspace.store().titleOf(EntityType::User, user);
        editor->invite(who);
    }
    connect(editor, &ActivityEditor::message, this, &View::message);
    // Saved on a day out of view (its date changed in the form): the calendar goes there, to show it.
    connect(editor, &ActivityEditor::saved, this, [this](const QString& id) {
        const auto entry = m_workspace.store().fetch(EntityType::Activity, id);
        const QVariant at =
            entry ? (entry->value(u"start_at").isNull() ? entry->value(u"due_at") : entry->value(u"start_at"))
                  : QVariant();
        if (at.isNull())
            return;
        const QDate day = Formatting::local(at.toLongLong()).date();
        const auto [first, afterLast] = span();
        if (day < first || day >= afterLast)
            setDate(day);
    });
    editor->open();
    editor->subjectEdit()->setFocus();
}

void CalendarView::changeTimes(const Occurrence& occurrence, qint64 start, qint64 end)
{
    Record changes(EntityType::Activity);
    if (occurrence.isTask) {
        changes.set(u"due_at", start);
    } else {
        changes.set(u"start_at", start);
        changes.set(u"end_at", end);
    }
    auto changed = ActivityEdits::change(this, m_workspace.store(), m_undo, occurrence, changes);
    if (!changed) {
        Q_EMIT message(changed.error().message);
        reload(); // back to where it was
        return;
    }
    if (*changed == ActivityEdits::Outcome::Cancelled)
        reload();
    else if (*changed == ActivityEdits::Outcome::Written)
        Q_EMIT message(occurrence.isTask ? tr("\"%1\" is now due %2.").arg(occurrence.subject, Formatting::dateTime(start))
                                         : tr("\"%1\" is now %2 – %3.")
                                               .arg(occurrence.subject, Formatting::dateTime(start), Formatting::time(end)));
}

QStringList CalendarView::selectedIds() const
{
    QStringList ids;
    for (QTreeWidgetItem* item : m_agenda->selectedItems())
        if (item->data(0, OccurrenceRole).isValid()) {
            const QString id = item->data(0, OccurrenceRole).value<Occurrence>().id;
            if (!ids.contains(id))
                ids << id;
        }
    return ids;
}

void CalendarView::exportSelection(const QString& path)
{
    CalendarExport::Options options;
    options.ids = selectedIds();
    if (options.ids.isEmpty()) {
        Q_EMIT message(tr("Select the entries to export in the agenda first."));
        return;
    }
    auto written = CalendarExport::write(m_workspace.database(), path, options);
    Q_EMIT message(written ? tr("%n calendar entries written to %1.", nullptr, *written).arg(path)
                           : written.error().message);
}

bool CalendarView::showRecord(EntityType type, const QString& id)
{
    if (type != EntityType::Activity)
        return false;
    const auto activity = m_workspace.store().fetch(type, id);
    if (!activity)
        return false;
    const Occurrence o = ActivityEdits::occurrenceOf(*activity);
    if (o.start)
        setDate(o.allDay ? Formatting::allDayDate(o.start, o.timeZone) : Formatting::local(o.start).date());
    openOccurrence(o);
    return true;
}

} // namespace rapport
