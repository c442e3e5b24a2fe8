// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The calendar as a person uses it, under the offscreen platform: dragging out a new meeting, moving
// and stretching one, the "this one / this and following / all" question for a repeating one, the
// editor, the keyboard, and reminders ringing by a clock the test controls.

#include "Formatting.h"
#include "ReminderService.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "commands/ActivityEdits.h"
#include "dialogs/ActivityEditor.h"
#include "dialogs/RemindersDialog.h"
#include "storage/RecordStore.h"
#include "views/CalendarView.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FieldEditors.h"
#include "widgets/MonthGrid.h"
#include "widgets/TimeGrid.h"
#include "widgets/ZoneBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

namespace {
const QTimeZone Berlin("Europe/Berlin");

qint64 at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Berlin).toMSecsSinceEpoch();
}

/// Presses, moves in steps and releases, as a hand does.
void drag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / 5);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

/// Clicks `button` in the "which occurrences?" box as soon as it is shown (it runs its own loop).
void answerSeriesScope(const QString& button)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, button] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible() && w->objectName() == QLatin1String("seriesScope"))
                if (auto* b = w->findChild<QPushButton*>(button)) {
                    poll->stop();
                    poll->deleteLater();
                    b->click();
                    return;
                }
    });
    poll->start();
}
} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_undo;
    QString m_me;
    QString m_colleague;
    // A Wednesday; the week runs from Monday the 8th.
    const QDate m_day{2027, 3, 10};

    QString create(const Record& r)
    {
        auto id = m_ws->store().create(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }
    Record meeting(const QString& subject, qint64 start, qint64 end)
    {
        return Record(EntityType::Activity)
            .set(u"type", QStringLiteral("meeting"))
            .set(u"subject", subject)
            .set(u"start_at", start)
            .set(u"end_at", end)
            .set(u"time_zone", QStringLiteral("Europe/Berlin"));
    }
    QVariant value(const QString& id, const char* field)
    {
        auto r = m_ws->store().fetch(EntityType::Activity, id, true);
        return r ? r->value(QLatin1String(field)) : QVariant();
    }
    std::unique_ptr<CalendarView> open(CalendarView::Mode mode, const QDate& day)
    {
        auto view = std::make_unique<CalendarView>(*m_ws, m_undo);
        view->resize(1300, 1000);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qFatal("the calendar was not shown");
        QSignalSpy loaded(view.get(), &CalendarView::loaded);
        view->setMode(mode);
        view->setDate(day);
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }) )
            qFatal("the calendar did not load");
        loaded.clear();
        (void)QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 300); // the last of the reloads
        return view;
    }
    /// A manager's team of eight: me, the colleague and six reps named `name` with a number.
    QStringList team(const QString& name)
    {
        QStringList people{m_me, m_colleague};
        for (int k = 0; k < 6; ++k)
            people << create(Record(EntityType::User)
                                 .set(u"username", name.toLower().remove(QLatin1Char(' ')) + QString::number(k))
                                 .set(u"display_name", name + QString::number(k))
                                 .set(u"role", QStringLiteral("rep")));
        return people;
    }
    /// The week of `m_day` with `people`'s calendars, loaded.
    std::unique_ptr<CalendarView> teamWeek(const QStringList& people)
    {
        auto view = open(CalendarView::Mode::Week, m_day);
        QSignalSpy loaded(view.get(), &CalendarView::loaded);
        view->setPeople(people);
        if (!loaded.wait())
            qFatal("the team's week did not load");
        return view;
    }
    /// The editor of a new meeting in `view`'s calendar, today 15:00–16:00, open and titled `subject`.
    ActivityEditor* newMeeting(CalendarView* view, const QString& subject)
    {
        Record draft(EntityType::Activity);
        draft.set(u"type", QStringLiteral("meeting"));
        draft.set(u"start_at", at(m_day, 15));
        draft.set(u"end_at", at(m_day, 16));
        ActivityEditor* editor = ActivityEditor::forNew(*m_ws, m_undo, draft, view);
        editor->open();
        editor->subjectEdit()->setText(subject);
        return editor;
    }
    /// Waits until the grid shows `id` (at its occurrence `recurrenceId`).
    static QRect shown(TimeGrid* grid, const QString& id, qint64 recurrenceId = 0)
    {
        QRect r;
        (void)QTest::qWaitFor([&] { return !(r = grid->rectOf(id, recurrenceId)).isEmpty(); }, 3000);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Formatting::setDisplayZone(Berlin);
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("calendar.sqlite")), QStringLiteral("DE"));
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws = std::move(*ws);
        QVERIFY(m_ws->store().ensureCurrentUser());
        m_me = m_ws->store().currentUserId();
        m_colleague = create(Record(EntityType::User)
                                 .set(u"username", QStringLiteral("jonas"))
                                 .set(u"display_name", QStringLiteral("Jonas Becker"))
                                 .set(u"role", QStringLiteral("rep")));
    }

    void dragOverEmptyTime_opensTheEditorForThatTime_andSaves()
    {
        auto view = open(CalendarView::Mode::Day, m_day);
        TimeGrid* grid = view->timeGrid();
        QCOMPARE(grid->columns().size(), 1);
        const QPoint from = grid->pointAt(0, at(m_day, 10)) + QPoint(0, 2);
        const QPoint to = grid->pointAt(0, at(m_day, 11)) - QPoint(0, 2);
        drag(grid->viewport(), from, to);

        auto* editor = view->findChild<ActivityEditor*>(QStringLiteral("activityEditor"));
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->subjectEdit()->setText(QStringLiteral("Pricing call prep"));
        editor->setReminders({10, 60});
        editor->accept();
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));

        const QString id = scalar(m_ws->database(),
                                  QStringLiteral("SELECT id FROM activities WHERE subject = 'Pricing call prep'"))
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(value(id, "start_at").toLongLong(), at(m_day, 10));
        QCOMPARE(value(id, "end_at").toLongLong(), at(m_day, 11));
        QCOMPARE(value(id, "owner_id").toString(), m_me);
        QCOMPARE(value(id, "alarms").toString(), QStringLiteral("[10,60]"));
        QCOMPARE(value(id, "time_zone").toString(), QStringLiteral("Europe/Berlin"));
        // It appears where it was dragged out.
        const QRect placed = shown(grid, id);
        QVERIFY(!placed.isEmpty());
        QVERIFY(qAbs(placed.top() - grid->pointAt(0, at(m_day, 10)).y()) <= 2);

        // One undo takes it back.
        m_undo.undo();
        QCOMPARE(value(id, "deleted").toInt(), 1);
        m_undo.redo();
        QCOMPARE(value(id, "deleted").toInt(), 0);
    }

    void manyAtOnce_inAWeek_sayHowManyMore_andOpenTheDay()
    {
        // Six calls at the same hour: a week's narrow column shows what it can read and "+N" for the rest.
        const QDate day = m_day.addDays(21);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << create(meeting(QStringLiteral("Call %1").arg(i + 1), at(day, 16), at(day, 16, 30)));
        auto view = open(CalendarView::Mode::Week, day);
        TimeGrid* grid = view->timeGrid();
        QVERIFY(!shown(grid, ids.first()).isEmpty());
        int visible = 0;
        for (const QString& id : std::as_const(ids))
            visible += grid->rectOf(id).isEmpty() ? 0 : 1;
        QVERIFY2(visible >= 1 && visible < 6, qPrintable(QString::number(visible)));
        QCOMPARE(grid->hiddenBoxes().size(), 1);
        const QRect box = grid->hiddenBoxes().first();
        QVERIFY(box.width() >= grid->fontMetrics().averageCharWidth() * 4); // wide enough to read "+5"
        int column = 0;
        while (grid->columns().at(column).day != day)
            ++column;
        QVERIFY(qAbs(box.top() - grid->pointAt(column, at(day, 16)).y()) <= 2);
        // A click on it: the day, where every call has its room.
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(view->mode(), CalendarView::Mode::Day);
        QCOMPARE(view->date(), day);
        for (const QString& id : std::as_const(ids))
            QVERIFY(!shown(grid, id).isEmpty());
        QVERIFY(grid->hiddenBoxes().isEmpty());
        for (const QString& id : std::as_const(ids))
            QVERIFY(m_ws->store().remove(EntityType::Activity, id));
    }

    void sideBySide_aWholeTeam_columnsStayReadable_andScrollSideways()
    {
        // A manager's week with eight calendars: 56 columns keep a width a name can be read in, and the grid
        // scrolls sideways; what is scrolled to is where the mouse acts.
        const QStringList people = team(QStringLiteral("Maximilian Rep"));
        const QDate friday = m_day.addDays(2);
        const QString id = create(meeting(QStringLiteral("Last rep's visit"), at(friday, 10), at(friday, 11))
                                      .set(u"owner_id", people.last()));
        auto view = teamWeek(people);
        QSignalSpy loaded(view.get(), &CalendarView::loaded);
        TimeGrid* grid = view->timeGrid();
        QCOMPARE(grid->columns().size(), 7 * 8);
        const int columnWidth = grid->pointAt(1, at(m_day, 10)).x() - grid->pointAt(0, at(m_day, 10)).x();
        QVERIFY2(columnWidth >= 14 * grid->fontMetrics().averageCharWidth(), qPrintable(QString::number(columnWidth)));
        QVERIFY(grid->horizontalScrollBar()->maximum() > 0);
        QVERIFY(grid->horizontalScrollBar()->isVisible());

        // Scrolled to the last rep's Friday, the visit is in view and moves by the mouse.
        int column = 0;
        while (!(grid->columns()[column].day == friday && grid->columns()[column].user == people.last()))
            ++column;
        QVERIFY(grid->pointAt(column, at(friday, 10)).x() > grid->viewport()->width()); // out of view at first
        grid->horizontalScrollBar()->setValue(grid->horizontalScrollBar()->value() +
                                              grid->pointAt(column, at(friday, 10)).x() - 2 * columnWidth);
        const QRect r = shown(grid, id);
        QVERIFY(!r.isEmpty());
        QVERIFY2(grid->viewport()->rect().contains(r.center()),
                 qPrintable(QStringLiteral("%1,%2").arg(r.x()).arg(r.y())));
        drag(grid->viewport(), r.center(), r.center() + QPoint(0, grid->hourHeight()));
        QCOMPARE(value(id, "start_at").toLongLong(), at(friday, 11));
        QCOMPARE(value(id, "owner_id").toString(), people.last());
        m_undo.undo();
        QCOMPARE(value(id, "start_at").toLongLong(), at(friday, 10));

        // Alone again, the week fits the window.
        view->setPeople({m_me});
        QVERIFY(loaded.wait());
        QCOMPARE(grid->horizontalScrollBar()->maximum(), 0);
        QVERIFY(m_ws->store().remove(EntityType::Activity, id));
    }

    void aRowEach_aWholeTeamsWeek_readAtOnce()
    {
        // A manager's week with eight calendars, a row for each person: every day of everyone's in view, no
        // sideways scrolling; an entry dragged moves along its own row.
        const QStringList people = team(QStringLiteral("Rowena Rep"));
        const QDate thursday = m_day.addDays(1), friday = m_day.addDays(2);
        const QString id = create(meeting(QStringLiteral("Last rep's visit"), at(friday, 10), at(friday, 11))
                                      .set(u"owner_id", people.last()));
        auto view = teamWeek(people);
        QSignalSpy loaded(view.get(), &CalendarView::loaded);
        view->setTogether(CalendarView::Together::Rows);
        QVERIFY(loaded.wait());
        MonthGrid* rows = view->monthGrid();
        QVERIFY(rows->isVisible());
        QVERIFY(!view->timeGrid()->isVisible());
        QCOMPARE(rows->rowUsers(), people);
        // Seven days for each of the eight, each cell with room for two entries, all inside the view.
        for (const QString& user : people)
            for (QDate d = view->span().first; d < view->span().second; d = d.addDays(1)) {
                const QRect cell = rows->cellRect(d, user);
                QVERIFY(rows->rect().contains(cell));
                QVERIFY(cell.height() >= 2 * rows->fontMetrics().height());
            }
        // A larger team's rows keep that room, and scroll.
        QVERIFY(rows->minimumHeight() >= 8 * 3 * rows->fontMetrics().height());
        // The visit in its owner's row, on Friday, and nowhere else.
        QRect r;
        QTRY_VERIFY(!(r = rows->entryRect(friday, id, people.last())).isEmpty());
        QVERIFY(rows->entryRect(friday, id, m_me).isEmpty());

        // Dragged to Thursday, the mouse let go over another person's row: Thursday, the same time and person.
        drag(rows, r.center(), rows->cellRect(thursday, people[3]).center());
        QCOMPARE(value(id, "start_at").toLongLong(), at(thursday, 10));
        QCOMPARE(value(id, "owner_id").toString(), people.last());
        m_undo.undo();
        QCOMPARE(value(id, "start_at").toLongLong(), at(friday, 10));

        // A day is in hours, the team side by side; the week in rows again; the choice holds for the next calendar.
        view->setMode(CalendarView::Mode::Day);
        QVERIFY(view->timeGrid()->isVisible());
        QCOMPARE(view->timeGrid()->columns().size(), 8);
        view->setMode(CalendarView::Mode::WorkWeek);
        QVERIFY(rows->isVisible());
        QCOMPARE(CalendarView(*m_ws, m_undo).together(), CalendarView::Together::Rows);
        // Alone, a week is in hours.
        view->setPeople({m_me});
        QVERIFY(view->timeGrid()->isVisible());
        view->setTogether(CalendarView::Together::SideBySide);
        QVERIFY(m_ws->store().remove(EntityType::Activity, id));
    }

    void dragAnEntry_movesIt_dragItsEdge_changesItsEnd()
    {
        const QString id = create(meeting(QStringLiteral("Quarterly review"), at(m_day, 14), at(m_day, 15)));
        auto view = open(CalendarView::Mode::Day, m_day);
        TimeGrid* grid = view->timeGrid();
        QRect r = shown(grid, id);
        QVERIFY(!r.isEmpty());

        // Two hours later.
        drag(grid->viewport(), r.center(), r.center() + QPoint(0, 2 * grid->hourHeight()));
        QCOMPARE(value(id, "start_at").toLongLong(), at(m_day, 16));
        QCOMPARE(value(id, "end_at").toLongLong(), at(m_day, 17));
        m_undo.undo();
        QCOMPARE(value(id, "start_at").toLongLong(), at(m_day, 14));
        QCOMPARE(value(id, "end_at").toLongLong(), at(m_day, 15));

        // The lower edge, half an hour down: it ends later, it starts as before.
        QTest::qWait(200);
        r = shown(grid, id);
        const QPoint edge(r.center().x(), r.bottom() - 2);
        drag(grid->viewport(), edge, edge + QPoint(0, grid->hourHeight() / 2));
        QCOMPARE(value(id, "start_at").toLongLong(), at(m_day, 14));
        QCOMPARE(value(id, "end_at").toLongLong(), at(m_day, 15, 30));
    }

    void dragToAnotherDay_inTheWeek_keepsTheTimeOfDay()
    {
        const QString id = create(meeting(QStringLiteral("Site visit"), at(m_day, 9), at(m_day, 10, 30)));
        auto view = open(CalendarView::Mode::WorkWeek, m_day);
        TimeGrid* grid = view->timeGrid();
        QCOMPARE(grid->columns().size(), 5);
        QCOMPARE(grid->columns().first().day, QDate(2027, 3, 8));
        const QRect r = shown(grid, id);
        QVERIFY(!r.isEmpty());
        const int columnWidth = grid->viewport()->width() / 5;
        drag(grid->viewport(), r.center(), r.center() + QPoint(columnWidth, 0)); // Wednesday → Thursday
        QCOMPARE(value(id, "start_at").toLongLong(), at(m_day.addDays(1), 9));
        QCOMPARE(value(id, "end_at").toLongLong(), at(m_day.addDays(1), 10, 30));
    }

    void overlappingEntries_sideBySide_widenIntoFreeLanes()
    {
        // Three at nine (three lanes); the half past ten one has the two right lanes to itself. (A day of its own:
        // the other tests' entries stay out of it.)
        const QDate day(2027, 4, 14);
        const QString morning = create(meeting(QStringLiteral("Workshop"), at(day, 9), at(day, 12)));
        const QString hour = create(meeting(QStringLiteral("Call"), at(day, 9), at(day, 10)));
        const QString brief = create(meeting(QStringLiteral("Brief"), at(day, 9), at(day, 9, 30)));
        const QString later = create(meeting(QStringLiteral("Review"), at(day, 10, 30), at(day, 11, 30)));
        auto view = open(CalendarView::Mode::Day, day);
        TimeGrid* grid = view->timeGrid();
        const QRect w = shown(grid, morning), h = shown(grid, hour), b = shown(grid, brief), r = shown(grid, later);
        QVERIFY(!w.isEmpty() && !h.isEmpty() && !b.isEmpty() && !r.isEmpty());
        QVERIFY(w.right() < h.left() && h.right() < b.left()); // side by side at nine
        QVERIFY(qAbs(w.width() - h.width()) <= 1 && qAbs(h.width() - b.width()) <= 1);
        QCOMPARE(r.left(), h.left());
        QVERIFY2(qAbs(r.right() - b.right()) <= 2, qPrintable(QStringLiteral("%1 %2").arg(r.right()).arg(b.right())));
        QVERIFY(!r.intersects(w));
    }

    void workWeek_onAWeekend_showsTheWeekAhead()
    {
        // On Saturday or Sunday the work week is the week ahead, Monday to Friday: a work week always reads as
        // one (Sunday and the week ahead, six days, looked wrong where weeks start on Monday).
        const QDate saturday(2027, 4, 17), sunday(2027, 4, 18);
        const QString monday =
            create(meeting(QStringLiteral("Kick-off"), at(sunday.addDays(1), 9), at(sunday.addDays(1), 10)));
        for (const QDate& dayOff : {saturday, sunday}) {
            auto view = open(CalendarView::Mode::WorkWeek, dayOff);
            TimeGrid* grid = view->timeGrid();
            QCOMPARE(grid->columns().size(), 5);
            QCOMPARE(grid->columns().first().day, QDate(2027, 4, 19));
            QCOMPARE(grid->columns().last().day, QDate(2027, 4, 23));
            QTRY_VERIFY(!shown(grid, monday).isEmpty());
        }
        // On to the next work week and back, Monday to Friday each.
        auto view = open(CalendarView::Mode::WorkWeek, saturday);
        TimeGrid* grid = view->timeGrid();
        auto* next = view->findChild<QToolButton*>(QStringLiteral("nextButton"));
        auto* previous = view->findChild<QToolButton*>(QStringLiteral("previousButton"));
        QVERIFY(next && previous);
        next->click();
        QCOMPARE(grid->columns().size(), 5);
        QCOMPARE(grid->columns().first().day, QDate(2027, 4, 26));
        previous->click();
        QCOMPARE(grid->columns().first().day, QDate(2027, 4, 19));
        previous->click();
        QCOMPARE(grid->columns().size(), 5);
        QCOMPARE(grid->columns().first().day, QDate(2027, 4, 12));
        // A weekday: Monday to Friday, as ever.
        auto weekday = open(CalendarView::Mode::WorkWeek, m_day);
        QCOMPARE(weekday->timeGrid()->columns().size(), 5);
        QCOMPARE(weekday->timeGrid()->columns().first().day.dayOfWeek(), int(Qt::Monday));
    }

    void workWeek_followsTheLocalesWorkingDays()
    {
        // In Israel the week's work runs Sunday to Thursday; on Friday the work week is the one ahead.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Hebrew, QLocale::Israel));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        const QDate tuesday(2027, 4, 13), friday(2027, 4, 16);
        auto view = open(CalendarView::Mode::WorkWeek, tuesday);
        QCOMPARE(view->timeGrid()->columns().size(), 5);
        QCOMPARE(view->timeGrid()->columns().first().day, QDate(2027, 4, 11)); // Sunday
        QCOMPARE(view->timeGrid()->columns().last().day, QDate(2027, 4, 15));  // Thursday
        auto onFriday = open(CalendarView::Mode::WorkWeek, friday);
        QCOMPARE(onFriday->timeGrid()->columns().first().day, QDate(2027, 4, 18));
        QCOMPARE(onFriday->timeGrid()->columns().last().day, QDate(2027, 4, 22));
    }

    void repeatingEntry_asksThisFollowingOrAll()
    {
        // Every day at 09:00 for five days, from Monday.
        const QDate monday(2027, 3, 8);
        const QString series = create(meeting(QStringLiteral("Stand-up"), at(monday, 9), at(monday, 9, 15))
                                          .set(u"rrule", QStringLiteral("FREQ=DAILY;COUNT=5")));
        auto view = open(CalendarView::Mode::WorkWeek, m_day);
        TimeGrid* grid = view->timeGrid();
        QCOMPARE(grid->occurrences().size() >= 5, true);

        // Cancel: nothing changes.
        QRect wednesday = shown(grid, series, at(m_day, 9));
        QVERIFY(!wednesday.isEmpty());
        QTimer::singleShot(300, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->isVisible() && w->objectName() == QLatin1String("seriesScope"))
                    static_cast<QDialog*>(w)->reject();
        });
        drag(grid->viewport(), wednesday.center(), wednesday.center() + QPoint(0, 2 * grid->hourHeight()));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM activities WHERE series_id = ?"), {series})
                     .toInt(),
                 0);
        QCOMPARE(value(series, "start_at").toLongLong(), at(monday, 9));

        // This one: Wednesday moves to 11:00 and becomes an entry of its own; the others stay.
        QTest::qWait(200);
        wednesday = shown(grid, series, at(m_day, 9));
        answerSeriesScope(QStringLiteral("scopeThis"));
        drag(grid->viewport(), wednesday.center(), wednesday.center() + QPoint(0, 2 * grid->hourHeight()));
        const QString exception =
            scalar(m_ws->database(), QStringLiteral("SELECT id FROM activities WHERE series_id = ? AND deleted = 0"),
                   {series})
                .toString();
        QVERIFY(!exception.isEmpty());
        QCOMPARE(value(exception, "recurrence_id").toLongLong(), at(m_day, 9));
        QCOMPARE(value(exception, "start_at").toLongLong(), at(m_day, 11));
        QVERIFY(value(series, "exdates").toString().contains(QString::number(at(m_day, 9))));
        QCOMPARE(value(series, "start_at").toLongLong(), at(monday, 9));
        // Shown at its new time, and only there.
        QVERIFY(!shown(grid, exception, at(m_day, 9)).isEmpty());
        QVERIFY(grid->rectOf(series, at(m_day, 9)).isEmpty());

        // This and following, from Thursday: the series ends on Wednesday, a new one goes on at 10:00.
        const QDate thursday = m_day.addDays(1);
        const QRect thu = shown(grid, series, at(thursday, 9));
        QVERIFY(!thu.isEmpty());
        answerSeriesScope(QStringLiteral("scopeFollowing"));
        drag(grid->viewport(), thu.center(), thu.center() + QPoint(0, grid->hourHeight()));
        QCOMPARE(scalar(m_ws->database(),
                        QStringLiteral("SELECT count(*) FROM activities WHERE rrule IS NOT NULL AND deleted = 0 "
                                       "AND subject = 'Stand-up'"))
                     .toInt(),
                 2);
        const QString following =
            scalar(m_ws->database(),
                   QStringLiteral("SELECT id FROM activities WHERE rrule IS NOT NULL AND deleted = 0 AND id <> ? "
                                  "AND subject = 'Stand-up'"),
                   {series})
                .toString();
        QCOMPARE(value(following, "start_at").toLongLong(), at(thursday, 10));
        QVERIFY(value(series, "recurs_until").toLongLong() <= at(thursday, 9));

        // All: the whole (first) series moves by as much as its Monday is moved.
        const QRect mon = shown(grid, series, at(monday, 9));
        QVERIFY(!mon.isEmpty());
        answerSeriesScope(QStringLiteral("scopeAll"));
        drag(grid->viewport(), mon.center(), mon.center() + QPoint(0, grid->hourHeight() / 2));
        QCOMPARE(value(series, "start_at").toLongLong(), at(monday, 9, 30));
    }

    void editor_savesRepetitionAttendeesAndTimeZone()
    {
        auto view = open(CalendarView::Mode::Week, m_day);
        ActivityEditor* editor = newMeeting(view.get(), QStringLiteral("Pipeline review"));
        editor->setRule(QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=6"));
        QCOMPARE(editor->rule(), QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=6"));
        Invitee jonas;
        jonas.userId = m_colleague;
        jonas.name = QStringLiteral("Jonas Becker");
        jonas.response = QStringLiteral("tentative");
        editor->invite(jonas);
        editor->invite(jonas); // once is enough
        QCOMPARE(editor->invitees().size(), 1);
        editor->accept();
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
        const QString id =
            scalar(m_ws->database(), QStringLiteral("SELECT id FROM activities WHERE subject = 'Pipeline review'")).toString();
        QCOMPARE(value(id, "rrule").toString(), QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=6"));
        QCOMPARE(scalar(m_ws->database(),
                        QStringLiteral("SELECT response FROM activity_attendees WHERE activity_id = ? AND user_id = ?"),
                        {id, m_colleague})
                     .toString(),
                 QStringLiteral("tentative"));

        // A rule Rapport cannot keep is refused with a reason, and nothing is written.
        ActivityEditor* bad = newMeeting(view.get(), QStringLiteral("Every minute"));
        bad->setRule(QStringLiteral("FREQ=MINUTELY"));
        bad->accept();
        QVERIFY(!bad->errorText().isEmpty());
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'Every minute'"))
                     .toInt(),
                 0);
        bad->reject();

        // The colleague's calendar shows it too, side by side with mine.
        view->setPeople({m_me, m_colleague});
        QSignalSpy loaded(view.get(), &CalendarView::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(view->timeGrid()->columns().size(), 14);
        int onJonas = 0;
        for (const Occurrence& o : view->timeGrid()->occurrences())
            if (o.id == id && o.calendar == m_colleague)
                ++onJonas;
        QCOMPARE(onJonas, 1);
    }

    void editor_timeZone_typedAsAPlace_savedAsItsId()
    {
        auto view = open(CalendarView::Mode::Week, m_day);
        ActivityEditor* editor = newMeeting(view.get(), QStringLiteral("Call with Osaka"));
        auto* zone = editor->findChild<ZoneBox*>(QStringLiteral("timeZone"));
        QVERIFY(zone);
        // The person's own zone, by place and name.
        QVERIFY2(zone->currentText().contains(QStringLiteral("Berlin – ")), qPrintable(zone->currentText()));
        auto* hint = editor->findChild<QLabel*>(QStringLiteral("zoneHint"));
        QVERIFY(hint);
        QVERIFY(hint->isHidden());
        // Typed as a place: the times are Tokyo's, and the hint says when that is where the person is.
        zone->setEditText(QStringLiteral("tokyo"));
        QVERIFY(!hint->isHidden());
        QVERIFY2(hint->text().endsWith(QStringLiteral(" in Berlin.")), qPrintable(hint->text()));
        // A word that is no place is refused with what was typed, and nothing is written.
        zone->setEditText(QStringLiteral("Atlantis"));
        editor->accept();
        QVERIFY2(editor->errorText().contains(QStringLiteral("\"Atlantis\" is not a time zone")),
                 qPrintable(editor->errorText()));
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'Call with "
                                                         "Osaka'"))
                     .toInt(),
                 0);
        zone->setEditText(QStringLiteral("tokyo"));
        editor->accept();
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
        const QString id =
            scalar(m_ws->database(), QStringLiteral("SELECT id FROM activities WHERE subject = 'Call with Osaka'"))
                .toString();
        QCOMPARE(value(id, "time_zone").toString(), QStringLiteral("Asia/Tokyo"));
    }

    void editor_allDay_remindsAtATimeOfDay()
    {
        auto view = open(CalendarView::Mode::Week, m_day);
        ActivityEditor* editor = newMeeting(view.get(), QStringLiteral("Open house"));
        auto* button = editor->findChild<QToolButton*>(QStringLiteral("reminders"));
        QVERIFY(button);
        QCOMPARE(editor->reminders(), QList<int>{15});
        QVERIFY2(button->text().startsWith(QStringLiteral("15 minute")), qPrintable(button->text()));
        const auto labels = [button] {
            QStringList out;
            for (QAction* a : button->menu()->actions())
                out << a->text();
            return out;
        };
        const auto choices = [button] {
            QList<int> out;
            for (QAction* a : button->menu()->actions())
                out << a->data().toInt();
            return out;
        };
        QVERIFY(choices().contains(60));

        // All day: the quarter of an hour before midnight becomes the evening before, and the choices are times
        // of day.
        editor->findChild<QCheckBox*>(QStringLiteral("allDay"))->setChecked(true);
        QCOMPARE(editor->reminders(), QList<int>{420});
        const QString evening = QLocale().toString(QTime(17, 0), QLocale::ShortFormat);
        const QString morning = QLocale().toString(QTime(9, 0), QLocale::ShortFormat);
        QCOMPARE(button->text(), QStringLiteral("The day before at ") + evening);
        QVERIFY(labels().contains(QStringLiteral("On the day at ") + morning));
        QVERIFY(labels().contains(QStringLiteral("The day before at ") + morning));
        QVERIFY(choices().contains(7 * 24 * 60 - 9 * 60)); // a week before at 9:00
        QVERIFY(!choices().contains(60));
        for (QAction* a : button->menu()->actions())
            if (a->text() == QStringLiteral("On the day at ") + morning)
                a->setChecked(true);
        QCOMPARE(editor->reminders(), (QList<int>{-540, 420}));
        editor->accept();
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
        const QString id =
            scalar(m_ws->database(), QStringLiteral("SELECT id FROM activities WHERE subject = 'Open house'"))
                .toString();
        QCOMPARE(value(id, "alarms").toString(), QStringLiteral("[-540,420]"));

        // Opened again and made a timed entry: the reminder on the day goes, the one before stays.
        ActivityEditor* again = ActivityEditor::forOccurrence(
            *m_ws, m_undo, ActivityEdits::occurrenceOf(*m_ws->store().fetch(EntityType::Activity, id)), view.get());
        QVERIFY(again);
        QCOMPARE(again->reminders(), (QList<int>{-540, 420}));
        again->findChild<QCheckBox*>(QStringLiteral("allDay"))->setChecked(false);
        QCOMPARE(again->reminders(), QList<int>{420});
        QVERIFY(
            again->findChild<QToolButton*>(QStringLiteral("reminders"))->text().startsWith(QStringLiteral("7 hour")));
        again->reject();
    }

    void editor_loggedCall_keepsItsLength()
    {
        // A call of 40 seconds reads as a minute, as its log said, and stays 40 seconds when saved unchanged.
        const QString id =
            create(meeting(QStringLiteral("Quick call"), at(QDate(2027, 3, 4), 9), at(QDate(2027, 3, 4), 9) + 40'000)
                       .set(u"type", QStringLiteral("call"))
                       .set(u"done", true)
                       .set(u"outcome", QStringLiteral("connected"))
                       .set(u"duration_s", 40));
        auto open = [&] {
            auto record = m_ws->store().fetch(EntityType::Activity, id);
            return ActivityEditor::forOccurrence(*m_ws, m_undo, ActivityEdits::occurrenceOf(*record), nullptr);
        };
        ActivityEditor* editor = open();
        auto* minutes = editor->findChild<QSpinBox*>(QStringLiteral("callMinutes"));
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 1);
        editor->accept();
        QCOMPARE(value(id, "duration_s").toLongLong(), 40);
        // Changed, it is the minutes given.
        editor = open();
        editor->findChild<QSpinBox*>(QStringLiteral("callMinutes"))->setValue(5);
        editor->accept();
        QCOMPARE(value(id, "duration_s").toLongLong(), 300);
    }

    void editor_openAndSaveUnchanged_keepsTheRuleAsWritten()
    {
        // A rule from another program (UNTIL in UTC, WKST) is kept as written when nothing is changed:
        // no question, no split, no rewrite.
        const QString rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU;UNTIL=20270630T215959Z");
        const QString id = create(meeting(QStringLiteral("Imported review"), at(QDate(2027, 3, 2), 14),
                                          at(QDate(2027, 3, 2), 15))
                                      .set(u"rrule", rule));
        bool asked = false;
        auto* watch = new QTimer(this);
        watch->setInterval(10);
        connect(watch, &QTimer::timeout, this, [&asked] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->isVisible() && w->objectName() == QLatin1String("seriesScope")) {
                    asked = true;
                    static_cast<QDialog*>(w)->reject();
                }
        });
        watch->start();
        const int before = m_undo.count();
        auto record = m_ws->store().fetch(EntityType::Activity, id);
        QVERIFY(record);
        Occurrence third = ActivityEdits::occurrenceOf(*record);
        third.recurrenceId = third.start = at(QDate(2027, 3, 16), 14);
        third.end = at(QDate(2027, 3, 16), 15);
        ActivityEditor* editor = ActivityEditor::forOccurrence(*m_ws, m_undo, third, nullptr);
        QVERIFY(editor);
        editor->accept();
        watch->stop();
        watch->deleteLater();
        QVERIFY(!asked);
        QCOMPARE(value(id, "rrule").toString(), rule);
        QCOMPARE(m_undo.count(), before);
        QCOMPARE(scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM activities WHERE series_id = ?"), {id})
                     .toInt(),
                 0);
    }

    void heading_writesRangesAsTheLocaleWritesDates()
    {
        const QLocale before;
        // This year's days: a brief heading leaves this year out.
        const int y = QDate::currentDate().year();
        const QString year = QString::number(y);
        const QDate first(y, 11, 30), last(y, 12, 4);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Formatting::dateRange(first, last), QStringLiteral("November 30 – December 4, %1").arg(year));
        QCOMPARE(Formatting::dateRange(QDate(2026, 12, 28), QDate(2027, 1, 3)),
                 QStringLiteral("December 28, 2026 – January 3, 2027"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Formatting::dateRange(first, last), QStringLiteral("30. November – 4. Dezember %1").arg(year));
        QCOMPARE(Formatting::dateRange(first, last, Formatting::Brief), QStringLiteral("30. Nov. – 4. Dez."));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(Formatting::dateRange(first, last), QStringLiteral("30 November – 4 December %1").arg(year));
        QCOMPARE(Formatting::dateRange(first, last, Formatting::Brief), QStringLiteral("30 Nov – 4 Dec"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Formatting::dateRange(first, last, Formatting::Brief), QStringLiteral("Nov 30 – Dec 4"));
        // Another year's days keep their year, brief or not.
        QCOMPARE(Formatting::dateRange(QDate(y + 1, 1, 4), QDate(y + 1, 1, 8), Formatting::Brief),
                 QStringLiteral("Jan 4 – Jan 8, %1").arg(y + 1));
        QCOMPARE(Formatting::dateRange(QDate(2026, 12, 28), QDate(2027, 1, 3), Formatting::Brief),
                 QStringLiteral("Dec 28, 2026 – Jan 3, 2027"));
        // The words that go with the year go with it.
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(Formatting::dateRange(first, last),
                 QStringLiteral("30 de noviembre – 4 de diciembre de %1").arg(year));
        QCOMPARE(Formatting::dateRange(first, last, Formatting::Brief), QStringLiteral("30 de nov – 4 de dic"));
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        QCOMPARE(Formatting::dateRange(first, last), QStringLiteral("30 novembre – 4 dicembre %1").arg(year));
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(Formatting::dateRange(first, last, Formatting::Brief), QStringLiteral("30 нояб. – 4 дек."));
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(Formatting::dateRange(first, last), QStringLiteral("11月30日 – %1年12月4日").arg(year));
        // A day's heading, brief with its weekday and month abbreviated, not in digits ("06/12/2026").
        const QDate sunday(2026, 12, 6);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Formatting::day(sunday), QStringLiteral("Sunday, December 6, 2026"));
        QCOMPARE(Formatting::day(sunday, Formatting::Brief), QStringLiteral("Sun, Dec 6, 2026"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(Formatting::day(sunday, Formatting::Brief), QStringLiteral("dim. 6 déc. 2026"));
        QLocale::setDefault(before);
    }

    void monthCells_sayTheTimeBriefly()
    {
        const QLocale before;
        const auto at = [](int h, int m) {
            return QDateTime(QDate(2026, 12, 7), QTime(h, m), Formatting::displayZone()).toMSecsSinceEpoch();
        };
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Formatting::compactTime(at(9, 0)), QStringLiteral("9am"));
        QCOMPARE(Formatting::compactTime(at(12, 30)), QStringLiteral("12:30pm"));
        QCOMPARE(Formatting::compactTime(at(0, 5)), QStringLiteral("12:05am"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Formatting::compactTime(at(9, 0)), QStringLiteral("9:00"));
        QCOMPARE(Formatting::compactTime(at(14, 30)), QStringLiteral("14:30"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(Formatting::compactTime(at(8, 5)), QStringLiteral("8:05"));
        QLocale::setDefault(before);
    }

    void heading_saysItBriefly_whenNarrow()
    {
        ElidedLabel heading;
        heading.setText(QStringLiteral("November 30 – December 4, 2026"), QStringLiteral("Nov 30 – Dec 4"));
        const QFontMetrics metrics = heading.fontMetrics();
        heading.resize(metrics.horizontalAdvance(heading.text()) + 2, 20);
        QCOMPARE(heading.shownText(), heading.text());
        heading.resize(metrics.horizontalAdvance(QStringLiteral("Nov 30 – Dec 4")) + 2, 20);
        QCOMPARE(heading.shownText(), QStringLiteral("Nov 30 – Dec 4"));
        heading.resize(metrics.horizontalAdvance(QStringLiteral("Nov 30")), 20);
        QVERIFY(heading.shownText().startsWith(QStringLiteral("Nov")) && heading.shownText().endsWith(QChar(0x2026)));
    }

    void keyboard_switchesViewsAndDays()
    {
        auto view = open(CalendarView::Mode::Day, m_day);
        view->activateWindow();
        view->timeGrid()->setFocus();
        QTest::keyClick(view->timeGrid(), Qt::Key_Right);
        QCOMPARE(view->date(), m_day.addDays(1));
        QTest::keyClick(view->timeGrid(), Qt::Key_M);
        QCOMPARE(view->mode(), CalendarView::Mode::Month);
        QTest::keyClick(view->monthGrid(), Qt::Key_W);
        QCOMPARE(view->mode(), CalendarView::Mode::Week);
        QTest::keyClick(view->timeGrid(), Qt::Key_D);
        QCOMPARE(view->mode(), CalendarView::Mode::Day);
        QTest::keyClick(view->timeGrid(), Qt::Key_T);
        QCOMPARE(view->date(), Formatting::local(QDateTime::currentMSecsSinceEpoch()).date());
        QTest::keyClick(view->timeGrid(), Qt::Key_A);
        QCOMPARE(view->mode(), CalendarView::Mode::Agenda);
    }

    void editor_movingTheStart_keepsTheLength()
    {
        auto view = open(CalendarView::Mode::Day, m_day);
        QVERIFY(view->createNew());
        auto* editor = view->findChild<ActivityEditor*>(QStringLiteral("activityEditor"));
        QVERIFY(editor);
        auto* startTime = editor->findChild<QDateTimeEdit*>(QStringLiteral("startTime"));
        auto* startDate = editor->findChild<QDateTimeEdit*>(QStringLiteral("startDate"));
        auto* endTime = editor->findChild<QDateTimeEdit*>(QStringLiteral("endTime"));
        auto* endDate = editor->findChild<QDateTimeEdit*>(QStringLiteral("endDate"));
        QVERIFY(startTime && startDate && endTime && endDate);
        // The start's fields and the end's line up, "All day" beside the start notwithstanding.
        editor->show();
        QTRY_VERIFY(startTime->isVisible());
        QCOMPARE(startDate->width(), endDate->width());
        QCOMPARE(startTime->mapTo(editor, QPoint()).x(), endTime->mapTo(editor, QPoint()).x());
        QCOMPARE(startTime->width(), endTime->width());
        startDate->setDate(m_day);
        startTime->setTime(QTime(10, 0));
        endTime->setTime(QTime(11, 0));
        // An hour's meeting moved to 10:30 ends at 11:30 (it ended "before it started" at 9 when only the start
        // moved); a day later, on that day.
        startTime->setTime(QTime(10, 30));
        QCOMPARE(endTime->time(), QTime(11, 30));
        startDate->setDate(m_day.addDays(1));
        QCOMPARE(endDate->date(), m_day.addDays(1));
        QCOMPARE(endTime->time(), QTime(11, 30));
        // The end moved on its own makes it longer; the start then takes the new length along.
        endTime->setTime(QTime(12, 0));
        startTime->setTime(QTime(23, 0));
        QCOMPARE(endDate->date(), m_day.addDays(2));
        QCOMPARE(endTime->time(), QTime(0, 30));

        // The contact chosen brings their company; a company chosen first stays.
        const QString company = create(account(QStringLiteral("Keller AG")));
        const QString anna = create(contact(QStringLiteral("Anna"), QStringLiteral("Keller"), company));
        auto* person = editor->findChild<RecordPicker*>(QStringLiteral("contactPicker"));
        auto* firm = editor->findChild<RecordPicker*>(QStringLiteral("accountPicker"));
        QVERIFY(person && firm);
        QVERIFY(firm->value().isNull());
        person->setValue(anna);
        Q_EMIT person->edited();
        QCOMPARE(firm->value().toString(), company);
        QCOMPARE(firm->lineEdit()->text(), QStringLiteral("Keller AG"));

        // The company's deals are those offered for the deal: the open one first, then the one closed; another
        // company's is not among them, and typing narrows them down.
        const auto dealAt = [&](const QString& name, const QString& account, const char* stage) {
            return create(Record(EntityType::Opportunity)
                              .set(u"name", name)
                              .set(u"account_id", account)
                              .set(u"stage", QLatin1String(stage))
                              .set(u"amount", qint64(100'000))
                              .set(u"currency", QStringLiteral("EUR")));
        };
        const QString won = dealAt(QStringLiteral("Scanner rollout"), company, "closed_won");
        const QString open = dealAt(QStringLiteral("Printer upgrade"), company, "proposal");
        dealAt(QStringLiteral("Printer upgrade for Roth"), create(account(QStringLiteral("Roth GmbH"))), "proposal");
        firm->setValue(QVariant()); // the company chosen again, now that it has deals
        Q_EMIT firm->edited();
        firm->setValue(company);
        Q_EMIT firm->edited();
        auto* deal = editor->findChild<RecordPicker*>(QStringLiteral("opportunityPicker"));
        QVERIFY(deal);
        const auto offered = [&] {
            QStringList ids;
            for (int row = 0; row < deal->matches()->rowCount(); ++row)
                ids << deal->matches()->item(row)->data(Qt::UserRole).toString();
            return ids;
        };
        deal->lineEdit()->setFocus();
        QTRY_COMPARE(offered(), (QStringList{open, won}));
        QVERIFY(deal->matches()->item(0)->text().contains(QStringLiteral("Proposal")));
        deal->lineEdit()->clear();
        QTest::keyClicks(deal->lineEdit(), QStringLiteral("scan"));
        QCOMPARE(offered(), QStringList{won});
        editor->reject();
    }

    void editor_savedOnADayOutOfView_theCalendarGoesThere()
    {
        auto view = open(CalendarView::Mode::Day, m_day);
        QVERIFY(view->createNew());
        auto* editor = view->findChild<ActivityEditor*>(QStringLiteral("activityEditor"));
        QVERIFY(editor);
        editor->subjectEdit()->setText(QStringLiteral("Quarterly review, next month"));
        editor->findChild<QDateTimeEdit*>(QStringLiteral("startDate"))->setDate(m_day.addDays(40));
        editor->accept();
        QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
        QCOMPARE(view->date(), m_day.addDays(40));
        m_undo.undo();
    }

    void sidePane_givesWayOnANarrowWindow_andKeepsAChoice()
    {
        QSettings().remove(QStringLiteral("calendar/sidePane"));
        auto view = open(CalendarView::Mode::WorkWeek, m_day);
        auto* show = view->findChild<QToolButton*>(QStringLiteral("showSidePane"));
        auto* hide = view->findChild<QToolButton*>(QStringLiteral("hideSidePane"));
        QVERIFY(show && hide);
        // Wide: the month and the calendars beside the days, hidden from their own corner.
        QVERIFY(view->sidePaneShown());
        QVERIFY(hide->isVisible() && !show->isVisible());
        const int wideDay = view->timeGrid()->width();
        // A window of 1,024 pixels (the view beside the sections): the days take the pane's room.
        view->resize(800, 700);
        QTRY_VERIFY(!view->sidePaneShown());
        QVERIFY(show->isVisible());
        QTRY_VERIFY(view->timeGrid()->width() > 800 - 100);
        // Shown by the person all the same, it stays while the window changes, and at the next start.
        show->click();
        QVERIFY(view->sidePaneShown());
        view->resize(760, 700);
        QTest::qWait(50);
        QVERIFY(view->sidePaneShown());
        QCOMPARE(QSettings().value(QStringLiteral("calendar/sidePane")), QVariant(true));
        {
            CalendarView again(*m_ws, m_undo);
            again.resize(760, 700);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QVERIFY(again.sidePaneShown());
        }
        // F9 hides it again: where there is no room for it anyway, nothing to remember; wide, it is back.
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->timeGrid()->setFocus();
        QTest::keyClick(view->timeGrid(), Qt::Key_F9);
        QVERIFY(!view->sidePaneShown());
        QVERIFY(!QSettings().contains(QStringLiteral("calendar/sidePane")));
        view->resize(1300, 1000);
        QTRY_VERIFY(view->sidePaneShown());
        // Hidden on a wide window, it stays hidden however wide, and the days have its room.
        QTest::keyClick(view->timeGrid(), Qt::Key_F9);
        QVERIFY(!view->sidePaneShown());
        QCOMPARE(QSettings().value(QStringLiteral("calendar/sidePane")), QVariant(false));
        view->resize(1320, 1000);
        QTest::qWait(50);
        QVERIFY(!view->sidePaneShown());
        QTRY_VERIFY(view->timeGrid()->width() > wideDay);
        QTest::keyClick(view->timeGrid(), Qt::Key_F9);
        QVERIFY(view->sidePaneShown());
        QVERIFY(!QSettings().contains(QStringLiteral("calendar/sidePane")));
    }

    void agenda_exportsTheSelectedEntries()
    {
        const QString a = create(meeting(QStringLiteral("Export me"), at(m_day.addDays(1), 9), at(m_day.addDays(1), 10)));
        create(meeting(QStringLiteral("Not me"), at(m_day.addDays(1), 11), at(m_day.addDays(1), 12)));
        auto view = open(CalendarView::Mode::Agenda, m_day);
        QTreeWidget* agenda = view->agenda();
        QTreeWidgetItem* chosen = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            for (int i = 0; i < agenda->topLevelItemCount(); ++i)
                if (agenda->topLevelItem(i)->text(1) == QLatin1String("Export me"))
                    chosen = agenda->topLevelItem(i);
            return chosen != nullptr;
        }));
        chosen->setSelected(true);
        QCOMPARE(view->selectedIds(), QStringList{a});
        const QString path = m_dir.filePath(QStringLiteral("selected.ics"));
        view->exportSelection(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(ics.contains("SUMMARY:Export me"));
        QVERIFY(!ics.contains("Not me"));
    }

    void agenda_subjectAndPeopleShareTheWidth()
    {
        // The subject stretched into whatever a long "With" left it: at a laptop's width "Training planning for
        // Cloud B…" beside a column of white space. Now the two share the room by what they hold.
        const QString company =
            create(account(QStringLiteral("Schneider Lebensmittel GmbH & Co. KG Niederlassung Süd")));
        const QString felix = create(contact(QStringLiteral("Felix"), QStringLiteral("Weiß"), company));
        const QString subject = QStringLiteral("Training planning for Analytics Suite Enterprise");
        create(meeting(subject, at(m_day.addDays(2), 9), at(m_day.addDays(2), 10))
                   .set(u"contact_id", felix)
                   .set(u"account_id", company));
        auto view = open(CalendarView::Mode::Agenda, m_day);
        QTreeWidget* agenda = view->agenda();
        QHeaderView* header = agenda->header();
        for (const int width : {1300, 760}) {
            view->resize(width, 700);
            QTRY_VERIFY(agenda->viewport()->width() < width);
            QTreeWidgetItem* item = nullptr;
            QTRY_VERIFY([&] {
                for (int i = 0; i < agenda->topLevelItemCount() && !item; ++i)
                    if (agenda->topLevelItem(i)->text(1) == subject)
                        item = agenda->topLevelItem(i);
                return item != nullptr;
            }());
            const int room = agenda->viewport()->width();
            // No column behind the edge: the four end where the list does.
            QTRY_COMPARE(header->length(), room);
            const int needed = agenda->fontMetrics().horizontalAdvance(subject);
            if (width == 1300) {
                QVERIFY2(header->sectionSize(1) > needed, qPrintable(QString::number(header->sectionSize(1))));
                QVERIFY(header->sectionSize(2) > agenda->fontMetrics().horizontalAdvance(item->text(2)));
            } else {
                // Narrow: neither column takes less than a third of what the time and place leave.
                const int rest = room - header->sectionSize(0) - header->sectionSize(3);
                QVERIFY2(header->sectionSize(1) >= rest / 3 && header->sectionSize(2) >= rest / 3,
                         qPrintable(QStringLiteral("%1 + %2 of %3")
                                        .arg(header->sectionSize(1))
                                        .arg(header->sectionSize(2))
                                        .arg(rest)));
                QVERIFY(header->sectionSize(0) >=
                        agenda->fontMetrics().horizontalAdvance(item->text(0))); // the times whole
            }
        }
    }

    void month_dragToAnotherDay()
    {
        const QString id = create(meeting(QStringLiteral("Trade fair call"), at(m_day, 13), at(m_day, 14)));
        auto view = open(CalendarView::Mode::Month, m_day);
        MonthGrid* month = view->monthGrid();
        QRect line;
        QVERIFY(QTest::qWaitFor([&] { return !(line = month->entryRect(m_day, id)).isEmpty(); }, 3000));
        const QRect friday = month->cellRect(m_day.addDays(2));
        drag(month, line.center(), friday.center());
        QCOMPARE(value(id, "start_at").toLongLong(), at(m_day.addDays(2), 13));
    }

    void reminders_ringByTheClock_snoozeAndDismiss()
    {
        // Earlier tests left reminders of their own in March; this one looks at its entry only.
        const qint64 start = at(QDate(2027, 4, 1), 10);
        const QString id = create(meeting(QStringLiteral("Contract signing"), start, start + 3600 * 1000)
                                      .set(u"alarms", QStringLiteral("[15]")));
        qint64 now = start - 20 * 60 * 1000;
        ReminderService service(*m_ws, nullptr, [&now] { return now; });
        int rings = 0;
        bool lastWasSnoozed = false;
        connect(&service, &ReminderService::rang, this, [&](const QList<DueReminder>& fresh) {
            for (const DueReminder& r : fresh)
                if (r.occurrence.id == id) {
                    ++rings;
                    lastWasSnoozed = r.alarm.snoozed;
                }
        });
        const auto due = [&] {
            return std::any_of(service.due().begin(), service.due().end(),
                               [&](const DueReminder& r) { return r.occurrence.id == id; });
        };
        QSignalSpy checked(&service, &ReminderService::checked);
        const auto look = [&] {
            checked.clear();
            service.check();
            return checked.wait();
        };
        QVERIFY(look());
        QVERIFY(!due());
        QCOMPARE(rings, 0);

        // Fifteen minutes before: it rings, once.
        now = start - 14 * 60 * 1000;
        QVERIFY(look());
        QCOMPARE(rings, 1);
        QVERIFY(due());
        QVERIFY(look());
        QCOMPARE(rings, 1);

        // Snoozed for five minutes: quiet, then it rings again.
        QVERIFY(service.snooze(id, now + 5 * 60 * 1000));
        QTRY_VERIFY(!due());
        now += 6 * 60 * 1000;
        QVERIFY(look());
        QCOMPARE(rings, 2);
        QVERIFY(lastWasSnoozed);

        // Dismissed: it rings no more, here or (the fields sync) on another laptop.
        QVERIFY(service.dismiss(id));
        QTRY_VERIFY(!due());
        QVERIFY(value(id, "alarm_acked_at").toLongLong() >= now);
        now += 30 * 60 * 1000;
        QVERIFY(look());
        QVERIFY(!due());
        QCOMPARE(rings, 2);
    }

    void reminders_windowClosesOnceTheLastIsDealtWith()
    {
        const qint64 start = at(QDate(2027, 5, 3), 9);
        create(meeting(QStringLiteral("Board meeting"), start, start + 3600 * 1000)
                   .set(u"alarms", QStringLiteral("[10]")));
        create(meeting(QStringLiteral("Site visit"), start + 7200 * 1000, start + 10800 * 1000)
                   .set(u"alarms", QStringLiteral("[130]")));
        qint64 now = start - 5 * 60 * 1000;
        ReminderService service(*m_ws, nullptr, [&now] { return now; });
        RemindersDialog dialog(service);
        dialog.show();
        service.check();
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("reminderList"));
        QTRY_VERIFY(list->topLevelItemCount() >= 2);
        // When each rang: the time alone today, the day too before today (the laptop was closed overnight).
        QTreeWidgetItem* board = list->findItems(QStringLiteral("Board meeting"), Qt::MatchExactly).value(0);
        QVERIFY(board);
        QCOMPARE(board->text(3), Formatting::time(start - 10 * 60 * 1000));
        now += 24 * 3600 * 1000;
        {
            RemindersDialog nextDay(service);
            QTreeWidgetItem* rang = nextDay.findChild<QTreeWidget*>(QStringLiteral("reminderList"))
                                        ->findItems(QStringLiteral("Board meeting"), Qt::MatchExactly)
                                        .value(0);
            QVERIFY(rang);
            QCOMPARE(rang->text(3), Formatting::dateTime(start - 10 * 60 * 1000));
        }
        now -= 24 * 3600 * 1000;
        // One dismissed: the others are still there to deal with.
        const int before = list->topLevelItemCount();
        list->clearSelection();
        list->topLevelItem(0)->setSelected(true);
        dialog.findChild<QPushButton*>(QStringLiteral("dismiss"))->click();
        QTRY_COMPARE(list->topLevelItemCount(), before - 1);
        QVERIFY(dialog.isVisible());
        // The rest at once: nothing is left to look at, and the window goes.
        dialog.findChild<QPushButton*>(QStringLiteral("dismissAll"))->click();
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(service.due().isEmpty());
        QCOMPARE(list->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestCalendarView)
#include "TestCalendarView.moc"
