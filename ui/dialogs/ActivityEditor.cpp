// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ActivityEditor.h"

#include "Formatting.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "analytics/CustomerOverview.h"
#include "domain/Alarms.h"
#include "domain/Recurrence.h"
#include "storage/ActivitySeries.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"
#include "widgets/FieldEditors.h"
#include "widgets/TimeGrid.h"
#include "widgets/ZoneBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace rapport {

/// Who is busy when on the day of the entry, one row per person, the entry's own time marked.
class FreeBusyStrip : public QWidget
{
public:
    struct Row
    {
        QString name;
        QList<BusySpan> spans;
    };
    static constexpr int FirstHour = 7;
    static constexpr int LastHour = 20;

    explicit FreeBusyStrip(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("freeBusy"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void set(const QDate& day, const QList<Row>& rows, qint64 start, qint64 end)
    {
        m_day = day;
        m_rows = rows;
        m_start = start;
        m_end = end;
        setFixedHeight(rowHeight() * (int(rows.size()) + 1) + 4);
        update();
    }
    const QList<Row>& rows() const { return m_rows; }

protected:
    int rowHeight() const { return fontMetrics().height() + 6; }
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QPalette& pal = palette();
        const int nameWidth = std::min(width() / 3, 140);
        const int h = rowHeight();
        const qreal hourWidth = (width() - nameWidth - 2) / qreal(LastHour - FirstHour);
        const auto xOf = [&](qint64 t) {
            const QDateTime local = Formatting::local(t);
            qreal hours = local.date() < m_day ? 0 : local.date() > m_day ? 24 : local.time().msecsSinceStartOfDay() / 3.6e6;
            hours = std::clamp(hours, qreal(FirstHour), qreal(LastHour));
            return nameWidth + (hours - FirstHour) * hourWidth;
        };
        p.setPen(pal.color(QPalette::PlaceholderText));
        // As many hour labels as fit.
        const int labelWidth = fontMetrics().horizontalAdvance(QLocale().toString(QTime(11, 0), QLocale::ShortFormat)) + 8;
        const int every = std::max(1, int(std::ceil(labelWidth / hourWidth)));
        for (int hour = FirstHour; hour < LastHour && nameWidth + (hour - FirstHour) * hourWidth + labelWidth <= width();
             hour += every)
            p.drawText(QRectF(nameWidth + (hour - FirstHour) * hourWidth, 0, every * hourWidth, h),
                       Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(QTime(hour, 0), QLocale::ShortFormat));
        for (int r = 0; r < m_rows.size(); ++r) {
            const int y = h * (r + 1);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRect(0, y, nameWidth - 6, h), Qt::AlignLeft | Qt::AlignVCenter,
                       fontMetrics().elidedText(m_rows[r].name, Qt::ElideRight, nameWidth - 6));
            const QRectF lane(nameWidth, y + 2, width() - nameWidth - 2, h - 4);
            p.fillRect(lane, pal.color(QPalette::Base));
            for (const BusySpan& s : m_rows[r].spans) {
                const QRectF busy(xOf(s.start), lane.top(), std::max(2.0, xOf(s.end) - xOf(s.start)), lane.height());
                p.fillRect(busy, s.tentative ? QBrush(QColor(0x15, 0x65, 0xc0), Qt::BDiagPattern)
                                             : QBrush(QColor(0x15, 0x65, 0xc0, 170)));
            }
            p.setPen(pal.color(QPalette::Mid));
            p.drawRect(lane);
        }
        if (m_end > m_start && !m_rows.isEmpty()) {
            const QRectF proposal(xOf(m_start), h, std::max(2.0, xOf(m_end) - xOf(m_start)), h * m_rows.size());
            p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(proposal);
        }
    }

private:
    QDate m_day;
    QList<Row> m_rows;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

namespace {
enum AttendeeRole { InviteeRole = Qt::UserRole + 1 };
enum Repeat { Never, Daily, Weekly, Weekdays, MonthlyByDay, MonthlyByWeekday, Yearly, Custom };
const QList<int> ReminderPresets{0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080};
/// An all-day entry starts at midnight in its zone; its reminders ring at a time of day: on the day at 9:00,
/// the day before at 17:00 and at 9:00, two days and a week before at 9:00.
const QList<int> AllDayReminderPresets{-540, 420, 900, 2340, 9540};
/// What a new entry rings by: a quarter of an hour before, or the evening before a day that is all its own.
constexpr int DefaultReminder = 15;
constexpr int DefaultAllDayReminder = 420;
const char* const DayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

/// A call's length in whole minutes, a part of one counted as one (as "Call logged (1 min)" says).
qint64 callMinutes(qint64 seconds)
{
    return (seconds + 59) / 60;
}

/// "Monthly on the second Tuesday" (or the last) as the date's: the rule's BYDAY.
QString monthlyWeekdayOf(QDate d)
{
    const bool last = d.addDays(7).month() != d.month();
    const int nth = last ? -1 : (d.day() - 1) / 7 + 1;
    return QStringLiteral("BYDAY=%1%2").arg(nth).arg(QLatin1String(DayCodes[d.dayOfWeek() - 1]));
}

QVariant orNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

/// Values compare as the database keeps them: an empty text is no value.
bool same(const QVariant& a, const QVariant& b)
{
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toBool() == b.toBool(); // a flag never set is off
    const bool nullA = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool nullB = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (nullA || nullB)
        return nullA == nullB;
    if (a.canConvert<qint64>() && b.canConvert<qint64>() && a.typeId() != QMetaType::QString &&
        b.typeId() != QMetaType::QString)
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}

QMap<QString, QString> ruleParts(const QString& rule)
{
    QMap<QString, QString> parts;
    for (const QString& part : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts.insert(part.section(QLatin1Char('='), 0, 0).toUpper(), part.section(QLatin1Char('='), 1));
    return parts;
}
} // namespace

ActivityEditor::ActivityEditor(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("activityEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    if (auto people = Calendar::people(workspace.database(), workspace.currentUserId()))
        m_people = *people;
    build();
}

ActivityEditor* ActivityEditor::forNew(Workspace& workspace, QUndoStack& undo, const Record& draft, QWidget* parent)
{
    auto* editor = new ActivityEditor(workspace, undo, parent);
    editor->m_isNew = true;
    Record r = draft;
    if (!r.has(u"type"))
        r.set(u"type", QStringLiteral("meeting"));
    if (!r.has(u"owner_id"))
        r.set(u"owner_id", workspace.currentUserId());
    if (!r.has(u"time_zone"))
        r.set(u"time_zone", QString::fromUtf8(Formatting::displayZone().id()));
    if (!r.has(u"alarms") && r.text(u"type") != u"note" && r.text(u"type") != u"email")
        r.set(u"alarms",
              QStringLiteral("[%1]").arg(r.value(u"all_day").toBool() ? DefaultAllDayReminder : DefaultReminder));
    editor->setWindowTitle(tr("New %1").arg(Schema::activityTypes().label(r.text(u"type")).toLower()));
    editor->load(r, {});
    editor->m_original = Record(EntityType::Activity);
    editor->m_delete->hide();
    return editor;
}

ActivityEditor* ActivityEditor::forOccurrence(Workspace& workspace, QUndoStack& undo, const Occurrence& occurrence,
                                              QWidget* parent)
{
    auto record = workspace.store().fetch(EntityType::Activity, occurrence.id);
    if (!record)
        return nullptr;
    auto* editor = new ActivityEditor(workspace, undo, parent);
    editor->m_isNew = false;
    editor->m_occurrence = occurrence;
    Record shown = *record;
    // An occurrence of a series opens at its own time.
    if (occurrence.isTask) {
        shown.set(u"due_at", occurrence.start);
    } else {
        shown.set(u"start_at", occurrence.start);
        if (!shown.value(u"end_at").isNull())
            shown.set(u"end_at", occurrence.end);
    }
    editor->setWindowTitle(occurrence.repeats ? tr("%1 (repeating)").arg(shown.text(u"subject"))
                                              : shown.text(u"subject"));
    const QList<Record> attendees = ActivitySeries::attendees(workspace.store(), occurrence.id);
    editor->load(shown, attendees);
    editor->m_original = shown;
    editor->m_originalInvitees = editor->invitees();
    return editor;
}

void ActivityEditor::build()
{
    auto* outer = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    auto* left = m_form = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(left, 3);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("activityType"));
    const Enumeration& types = Schema::activityTypes();
    for (const QString& key : types.keys)
        m_type->addItem(iconForActivity(key), types.label(key), key);
    left->addRow(tr("&Type:"), m_type);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("activitySubject"));
    m_subject->setMaxLength(200);
    left->addRow(tr("&Subject:"), m_subject);

    auto dateTimeRow = [this](QDateEdit*& date, QTimeEdit*& time) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        date = new QDateEdit(row);
        date->setCalendarPopup(true);
        date->setDisplayFormat(Formatting::dateFormat());
        time = new QTimeEdit(row);
        time->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
        h->addWidget(date, 1);
        h->addWidget(time, 1);
        return row;
    };
    m_startRow = dateTimeRow(m_startDate, m_startTime);
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_startTime->setObjectName(QStringLiteral("startTime"));
    m_allDay = new QCheckBox(tr("All day"), m_startRow);
    m_allDay->setObjectName(QStringLiteral("allDay"));
    m_startRow->layout()->addWidget(m_allDay);
    m_startLabel = new QLabel(tr("S&tarts:"), this);
    m_startLabel->setBuddy(m_startDate);
    left->addRow(m_startLabel, m_startRow);
    QWidget* endRow = dateTimeRow(m_endDate, m_endTime);
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_endTime->setObjectName(QStringLiteral("endTime"));
    // Room as wide as "All day" beside the end, so that the start's fields and the end's line up.
    auto* underAllDay = new QWidget(endRow);
    underAllDay->setObjectName(QStringLiteral("underAllDay"));
    underAllDay->setFixedWidth(m_allDay->sizeHint().width());
    endRow->layout()->addWidget(underAllDay);
    m_endLabel = new QLabel(tr("&Ends:"), this);
    m_endLabel->setBuddy(m_endDate);
    left->addRow(m_endLabel, endRow);

    m_zone = new ZoneBox(this);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zoneHint = new QLabel(this);
    m_zoneHint->setObjectName(QStringLiteral("zoneHint"));
    m_zoneHint->setForegroundRole(QPalette::PlaceholderText);
    auto* zoneBox = new QVBoxLayout;
    zoneBox->setSpacing(2);
    zoneBox->addWidget(m_zone);
    zoneBox->addWidget(m_zoneHint);
    auto* zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    left->addRow(zoneLabel, zoneBox);

    // Repetition: the common rules by choice, anything else as an RFC 5545 rule.
    m_repeat = new QComboBox(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    left->addRow(tr("&Repeats:"), m_repeat);
    m_repeatDetails = new QWidget(this);
    auto* details = new QVBoxLayout(m_repeatDetails);
    details->setContentsMargins(0, 0, 0, 0);
    auto* every = new QHBoxLayout;
    m_everyLabel = new QLabel(tr("Every"), m_repeatDetails);
    every->addWidget(m_everyLabel);
    m_interval = new QSpinBox(m_repeatDetails);
    m_interval->setRange(1, 99);
    every->addWidget(m_interval);
    m_intervalUnit = new QLabel(m_repeatDetails);
    every->addWidget(m_intervalUnit, 1);
    details->addLayout(every);
    m_weekdayRow = new QWidget(m_repeatDetails);
    auto* weekdays = new QHBoxLayout(m_weekdayRow);
    weekdays->setContentsMargins(0, 0, 0, 0);
    weekdays->setSpacing(2);
    for (int d = 1; d <= 7; ++d) {
        auto* b = new QToolButton(m_weekdayRow);
        b->setCheckable(true);
        b->setText(QLocale().dayName(d, QLocale::ShortFormat));
        b->setObjectName(QStringLiteral("weekday%1").arg(d));
        weekdays->addWidget(b);
        m_weekdays << b;
        connect(b, &QToolButton::toggled, this, &ActivityEditor::ruleControlsChanged);
    }
    weekdays->addStretch(1);
    details->addWidget(m_weekdayRow);
    auto* ends = new QHBoxLayout;
    m_ends = new QComboBox(m_repeatDetails);
    m_ends->addItems({tr("for ever"), tr("after"), tr("until")});
    m_count = new QSpinBox(m_repeatDetails);
    m_count->setRange(1, 999);
    m_count->setValue(10);
    m_count->setSuffix(tr(" times"));
    m_until = new QDateEdit(m_repeatDetails);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(Formatting::dateFormat());
    ends->addWidget(m_ends);
    ends->addWidget(m_count);
    ends->addWidget(m_until);
    ends->addStretch(1);
    details->addLayout(ends);
    m_customRule = new QLineEdit(m_repeatDetails);
    m_customRule->setObjectName(QStringLiteral("customRule"));
    m_customRule->setPlaceholderText(QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
    details->addWidget(m_customRule);
    m_ruleText = new QLabel(m_repeatDetails);
    m_ruleText->setObjectName(QStringLiteral("ruleText"));
    m_ruleText->setWordWrap(true);
    m_ruleText->setForegroundRole(QPalette::PlaceholderText);
    details->addWidget(m_ruleText);
    left->addRow(QString(), m_repeatDetails);

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));
    left->addRow(tr("&Location:"), m_location);

    SearchService* search = &m_workspace.search();
    m_contact = new RecordPicker(EntityType::Contact, search, this);
    m_contact->setObjectName(QStringLiteral("contactPicker"));
    m_account = new RecordPicker(EntityType::Account, search, this);
    m_account->setObjectName(QStringLiteral("accountPicker"));
    m_opportunity = new RecordPicker(EntityType::Opportunity, search, this);
    m_opportunity->setObjectName(QStringLiteral("opportunityPicker"));
    m_ticket = new RecordPicker(EntityType::Ticket, search, this);
    left->addRow(tr("C&ontact:"), m_contact);
    left->addRow(tr("&Account:"), m_account);
    left->addRow(tr("O&pportunity:"), m_opportunity);
    left->addRow(tr("Tic&ket:"), m_ticket);
    // A contact chosen brings their company, when none is chosen yet.
    connect(m_contact, &FieldEditor::edited, this, [this] {
        if (!m_account->value().isNull())
            return;
        const auto person = m_workspace.store().fetch(EntityType::Contact, m_contact->value().toString());
        if (const QString company = person ? person->text(u"account_id") : QString(); !company.isEmpty()) {
            m_account->setValue(company);
            m_account->setTitle(m_workspace.store().titleOf(EntityType::Account, company));
            scopeDeals();
        }
    });
    connect(m_account, &FieldEditor::edited, this, &ActivityEditor::scopeDeals);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("(not set)"), QString());
    const Enumeration& outcomes = *Schema::entity(EntityType::Activity).field(u"outcome")->enumeration;
    for (const QString& key : outcomes.keys)
        m_outcome->addItem(outcomes.label(key), key);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("callMinutes"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_outcomeLabel = new QLabel(tr("O&utcome:"), this);
    m_outcomeLabel->setBuddy(m_outcome);
    m_durationLabel = new QLabel(tr("&Duration:"), this);
    m_durationLabel->setBuddy(m_duration);
    left->addRow(m_outcomeLabel, m_outcome);
    left->addRow(m_durationLabel, m_duration);
    m_done = new QCheckBox(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("done"));
    left->addRow(QString(), m_done);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    for (const CalendarPerson& p : std::as_const(m_people))
        m_owner->addItem(icon(Icon::User), p.name, p.id);
    left->addRow(tr("O&wner:"), m_owner);

    m_remindersButton = new QToolButton(this);
    m_remindersButton->setObjectName(QStringLiteral("reminders"));
    m_remindersButton->setIcon(icon(Icon::Reminder));
    m_remindersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remindersButton->setPopupMode(QToolButton::InstantPopup);
    m_remindersButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_remindersButton->setMenu(new QMenu(m_remindersButton));
    buildReminderMenu();
    left->addRow(tr("Re&minders:"), m_remindersButton);

    // The right column: notes, who is invited, and when everyone is free.
    auto* right = new QVBoxLayout;
    columns->addLayout(right, 2);
    auto* notesBox = new QGroupBox(tr("Description"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_description = new QPlainTextEdit(notesBox);
    m_description->setObjectName(QStringLiteral("description"));
    notesLayout->addWidget(m_description);
    right->addWidget(notesBox, 1);

    auto* peopleBox = m_peopleBox = new QGroupBox(tr("Attendees"), this);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    m_attendees = new QTreeWidget(peopleBox);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setHeaderLabels({tr("Name"), tr("Response"), QString()});
    m_attendees->setRootIsDecorated(false);
    m_attendees->header()->setStretchLastSection(false);
    m_attendees->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendees->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attendees->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attendees->setMinimumHeight(90);
    peopleLayout->addWidget(m_attendees, 1);
    auto* inviteRow = new QHBoxLayout;
    m_inviteUser = new QComboBox(peopleBox);
    m_inviteUser->setObjectName(QStringLiteral("inviteUser"));
    m_inviteUser->addItem(tr("Invite a colleague…"), QString());
    for (const CalendarPerson& p : std::as_const(m_people))
        m_inviteUser->addItem(icon(Icon::User), p.name, p.id);
    m_inviteContact = new RecordPicker(EntityType::Contact, search, peopleBox);
    m_inviteContact->setObjectName(QStringLiteral("inviteContact"));
    m_inviteContact->lineEdit()->setPlaceholderText(tr("Invite a contact…"));
    inviteRow->addWidget(m_inviteUser, 1);
    inviteRow->addWidget(m_inviteContact, 1);
    peopleLayout->addLayout(inviteRow);
    auto* busyLabel = new QLabel(tr("Free and busy that day:"), peopleBox);
    busyLabel->setForegroundRole(QPalette::PlaceholderText);
    peopleLayout->addWidget(busyLabel);
    m_freeBusy = new FreeBusyStrip(peopleBox);
    peopleLayout->addWidget(m_freeBusy);
    right->addWidget(peopleBox, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    outer->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteActivity"));
    m_delete->setIcon(icon(Icon::Delete));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityEditor::reject);
    connect(m_delete, &QPushButton::clicked, this, &ActivityEditor::deleteEntry);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ActivityEditor::typeChanged);
    connect(m_allDay, &QCheckBox::toggled, this, &ActivityEditor::timesChanged);
    connect(m_allDay, &QCheckBox::toggled, this, &ActivityEditor::allDayToggled);
    for (QDateTimeEdit* e : std::initializer_list<QDateTimeEdit*>{m_startDate, m_startTime, m_endDate, m_endTime})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &ActivityEditor::timesChanged);
    // Moving the start takes the end along, the entry keeping its length, as calendars do (wall-clock times in the
    // entry's zone, counted as they read).
    const auto followStart = [this] {
        const QDateTime start(m_startDate->date(), m_startTime->time(), QTimeZone::utc());
        if (m_shownStart.isValid() && start.isValid() && start != m_shownStart) {
            const QDateTime end =
                QDateTime(m_endDate->date(), m_endTime->time(), QTimeZone::utc()).addSecs(m_shownStart.secsTo(start));
            m_endDate->setDate(end.date());
            m_endTime->setTime(end.time());
        }
        m_shownStart = start;
    };
    connect(m_startDate, &QDateEdit::dateChanged, this, followStart);
    connect(m_startTime, &QTimeEdit::timeChanged, this, followStart);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ActivityEditor::timesChanged);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &ActivityEditor::ruleControlsChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, &ActivityEditor::ruleControlsChanged);
    connect(m_ends, &QComboBox::currentIndexChanged, this, &ActivityEditor::ruleControlsChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &ActivityEditor::ruleControlsChanged);
    connect(m_until, &QDateEdit::dateChanged, this, &ActivityEditor::ruleControlsChanged);
    connect(m_customRule, &QLineEdit::textChanged, this, &ActivityEditor::ruleControlsChanged);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ActivityEditor::refreshFreeBusy);
    connect(m_inviteUser, &QComboBox::activated, this, [this](int index) {
        const QString id = m_inviteUser->itemData(index).toString();
        if (!id.isEmpty()) {
            Invitee who;
            who.userId = id;
            who.name = m_inviteUser->itemText(index);
            invite(who);
        }
        m_inviteUser->setCurrentIndex(0);
    });
    connect(m_inviteContact, &FieldEditor::edited, this, [this] {
        const QString id = m_inviteContact->value().toString();
        if (id.isEmpty() || !m_inviteContact->problem().isEmpty())
            return;
        Invitee who;
        who.contactId = id;
        who.name = m_inviteContact->lineEdit()->text();
        invite(who);
        m_inviteContact->setValue({});
        m_inviteContact->setTitle({});
    });
    fitToScreen(this, {940, 640});
}

QString ActivityEditor::reminderLabel(int minutes) const
{
    if (m_allDay->isChecked()) {
        // Counted from the midnight the day starts at: whole days before, then the time of day.
        const int daysBefore = minutes <= 0 ? 0 : (minutes + 24 * 60 - 1) / (24 * 60);
        const QString at =
            QLocale().toString(QTime(0, 0).addSecs((daysBefore * 24 * 60 - minutes) * 60), QLocale::ShortFormat);
        if (daysBefore == 0)
            return tr("On the day at %1").arg(at);
        if (daysBefore == 1)
            return tr("The day before at %1").arg(at);
        if (daysBefore % 7 == 0)
            return tr("%n week(s) before at %1", nullptr, daysBefore / 7).arg(at);
        return tr("%n day(s) before at %1", nullptr, daysBefore).arg(at);
    }
    if (minutes < 0)
        return tr("%n minute(s) after the start", nullptr, -minutes);
    if (minutes == 0)
        return tr("At the start");
    if (minutes % 10080 == 0)
        return tr("%n week(s) before", nullptr, minutes / 10080);
    if (minutes % 1440 == 0)
        return tr("%n day(s) before", nullptr, minutes / 1440);
    if (minutes % 60 == 0)
        return tr("%n hour(s) before", nullptr, minutes / 60);
    return tr("%n minute(s) before", nullptr, minutes);
}

void ActivityEditor::showReminders()
{
    QStringList labels;
    for (int m : std::as_const(m_reminders))
        labels << reminderLabel(m);
    m_remindersButton->setText(labels.isEmpty() ? tr("None") : labels.join(QStringLiteral(", ")));
    for (QAction* a : m_remindersButton->menu()->actions()) {
        QSignalBlocker block(a);
        a->setChecked(m_reminders.contains(a->data().toInt()));
    }
}

void ActivityEditor::setReminders(const QList<int>& minutes)
{
    m_reminders = minutes;
    std::sort(m_reminders.begin(), m_reminders.end());
    buildReminderMenu();
}

void ActivityEditor::buildReminderMenu()
{
    QMenu* menu = m_remindersButton->menu();
    menu->clear();
    QList<int> choices = m_allDay->isChecked() ? AllDayReminderPresets : ReminderPresets;
    // A value from another program (or the other kind of entry) that is not among the choices is offered as one.
    for (int m : std::as_const(m_reminders))
        if (!choices.contains(m))
            choices << m;
    for (int minutes : std::as_const(choices)) {
        QAction* a = menu->addAction(reminderLabel(minutes));
        a->setCheckable(true);
        a->setData(minutes);
        connect(a, &QAction::toggled, this, [this, minutes](bool on) {
            if (on && !m_reminders.contains(minutes))
                m_reminders << minutes;
            if (!on)
                m_reminders.removeAll(minutes);
            std::sort(m_reminders.begin(), m_reminders.end());
            showReminders();
        });
    }
    showReminders();
}

void ActivityEditor::allDayToggled(bool allDay)
{
    // The default of one kind becomes the other's; a reminder on the day cannot ring before a timed start.
    if (m_reminders == QList<int>{allDay ? DefaultReminder : DefaultAllDayReminder}) {
        m_reminders = {allDay ? DefaultAllDayReminder : DefaultReminder};
    } else if (!allDay && !m_reminders.isEmpty() && m_reminders.first() < 0) {
        m_reminders.erase(std::remove_if(m_reminders.begin(), m_reminders.end(), [](int m) { return m < 0; }),
                          m_reminders.end());
        if (m_reminders.isEmpty())
            m_reminders = {DefaultReminder};
    }
    buildReminderMenu();
}

QList<int> ActivityEditor::reminders() const
{
    return m_reminders;
}

QTimeZone ActivityEditor::zone() const
{
    const QTimeZone z = m_zone->zone();
    return z.isValid() ? z : Formatting::displayZone();
}

void ActivityEditor::load(const Record& a, const QList<Record>& attendees)
{
    const QString type = a.text(u"type");
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_subject->setText(a.text(u"subject"));
    const QString zoneId = a.text(u"time_zone").isEmpty() ? QString::fromUtf8(Formatting::displayZone().id())
                                                          : a.text(u"time_zone");
    m_zone->setZoneId(zoneId);
    const QTimeZone z = zone();
    const bool allDay = a.value(u"all_day").toBool();
    m_allDay->setChecked(allDay);
    const QVariant startValue = a.value(u"start_at").isNull() ? a.value(u"due_at") : a.value(u"start_at");
    // No time yet: the next full hour (tomorrow's first, late at night); a task is due then, the rest take an hour.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(z);
    const QDateTime start = startValue.isNull() ? QDateTime(now.date(), QTime(now.time().hour(), 0), z).addSecs(3600)
                                                : QDateTime::fromMSecsSinceEpoch(startValue.toLongLong(), z);
    QDateTime end = a.value(u"end_at").isNull() ? start.addSecs(type == u"task" ? 0 : 3600)
                                                : QDateTime::fromMSecsSinceEpoch(a.value(u"end_at").toLongLong(), z);
    if (allDay)
        end = end.addSecs(-1); // the last day shown is the one the entry ends in
    if (type == u"task" && !a.value(u"due_at").isNull())
        end = QDateTime::fromMSecsSinceEpoch(a.value(u"due_at").toLongLong(), z);
    m_shownStart = {}; // the entry's own times, not a move of the start
    m_startDate->setDate(start.date());
    m_startTime->setTime(start.time());
    m_endDate->setDate(end.date());
    m_endTime->setTime(end.time());
    m_shownStart = QDateTime(start.date(), start.time(), QTimeZone::utc());
    m_location->setText(a.text(u"location"));
    for (const auto& [picker, field] : {std::pair{m_contact, u"contact_id"}, std::pair{m_account, u"account_id"},
                                        std::pair{m_opportunity, u"opportunity_id"}, std::pair{m_ticket, u"ticket_id"}}) {
        const QString id = a.text(field);
        picker->setValue(id.isEmpty() ? QVariant() : QVariant(id));
        const FieldDef* def = a.def().field(field);
        picker->setTitle(id.isEmpty() ? QString() : m_workspace.store().titleOf(def->ref, id));
    }
    scopeDeals();
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(a.text(u"outcome"))));
    m_durationSeconds = a.value(u"duration_s").toLongLong();
    m_duration->setValue(int(callMinutes(m_durationSeconds)));
    m_done->setChecked(a.value(u"done").toBool());
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(a.text(u"owner_id"))));
    QList<int> minutes;
    for (const QJsonValue v : QJsonDocument::fromJson(a.text(u"alarms").toUtf8()).array())
        minutes << v.toInt();
    setReminders(minutes);
    m_description->setPlainText(a.text(u"description"));
    setRule(a.text(u"rrule"));
    // A changed occurrence cannot repeat on its own; the series repeats.
    const bool ownRule = a.text(u"series_id").isEmpty();
    m_repeat->setEnabled(ownRule);
    for (const Record& r : attendees) {
        Invitee who;
        who.userId = r.text(u"user_id");
        who.contactId = r.text(u"contact_id");
        who.email = r.text(u"email");
        who.response = r.text(u"response");
        if (!who.userId.isEmpty())
            who.name = m_workspace.store().titleOf(EntityType::User, who.userId);
        else if (!who.contactId.isEmpty())
            who.name = m_workspace.store().titleOf(EntityType::Contact, who.contactId);
        else
            who.name = who.email;
        addAttendeeRow(who);
    }
    typeChanged();
    timesChanged();
    // What the controls make of the stored rule: unless the person changes them, the rule is kept as
    // written (an imported UNTIL, WKST or BYSETPOS must not be rewritten, nor a series split, by opening
    // and saving).
    m_loadedRule = rule();
}

void ActivityEditor::scopeDeals()
{
    // With a company chosen, the deal is one of its own: its open deals first, then those closed lately.
    const QString account = m_account->value().toString();
    if (account == m_dealsOf)
        return;
    m_dealsOf = account;
    if (account.isEmpty()) {
        m_opportunity->setChoices(std::nullopt);
        return;
    }
    QList<RecordPicker::Choice> choices;
    if (auto deals = CustomerOverview::dealsOf(m_workspace.database(), account))
        for (const RelatedRecord& d : std::as_const(*deals))
            choices << RecordPicker::Choice{d.id, d.title, d.detail};
    m_opportunity->setChoices(choices);
}

void ActivityEditor::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const bool task = type == u"task";
    m_startLabel->setVisible(!task);
    m_startRow->setVisible(!task);
    m_endLabel->setText(task ? tr("D&ue:") : tr("&Ends:"));
    m_done->setVisible(task);
    if (task)
        m_allDay->setChecked(false);
    // A place to meet is a meeting's; people to invite a meeting's or a call's (unless some are invited already).
    m_form->setRowVisible(m_location, type == u"meeting" || !m_location->text().isEmpty());
    m_peopleBox->setVisible(type == u"meeting" || type == u"call" || m_attendees->topLevelItemCount() > 0);
    showCallResult();
}

void ActivityEditor::showCallResult()
{
    // How a call went and how long it took, once it has begun; a call planned for later has neither yet.
    const bool call = m_type->currentData().toString() == u"call";
    const bool begun = QDateTime(m_startDate->date(), m_startTime->time(), zone()) <= QDateTime::currentDateTime();
    const bool shown = call && (begun || m_outcome->currentIndex() > 0 || m_duration->value() > 0);
    m_outcomeLabel->setVisible(shown);
    m_outcome->setVisible(shown);
    m_durationLabel->setVisible(shown);
    m_duration->setVisible(shown);
}

void ActivityEditor::timesChanged()
{
    showCallResult();
    const bool allDay = m_allDay->isChecked();
    m_startTime->setEnabled(!allDay);
    m_endTime->setEnabled(!allDay);
    // The same instant where the person is, when the entry is kept in another zone.
    const QTimeZone shown = Formatting::displayZone();
    const QTimeZone z = zone();
    if (!allDay && z.isValid() && z.id() != shown.id()) {
        const QDateTime s(m_startDate->date(), m_startTime->time(), z);
        const QDateTime e(m_endDate->date(), m_endTime->time(), z);
        m_zoneHint->setText(tr("That is %1 – %2 in %3.")
                                .arg(Formatting::dateTime(s.toTimeZone(shown)),
                                     QLocale().toString(e.toTimeZone(shown).time(), QLocale::ShortFormat),
                                     Formatting::zonePlace(shown)));
        m_zoneHint->show();
    } else {
        m_zoneHint->hide();
    }
    // Weekly and monthly choices name the start's weekday and day.
    {
        QSignalBlocker block(m_repeat);
        const int current = m_repeat->currentIndex();
        const QDate d = m_type->currentData().toString() == u"task" ? m_endDate->date() : m_startDate->date();
        const QString weekday = QLocale().dayName(d.dayOfWeek(), QLocale::LongFormat);
        const QStringList labels{tr("Does not repeat"),
                                 tr("Daily"),
                                 tr("Weekly on %1").arg(weekday),
                                 tr("Every weekday (Monday to Friday)"),
                                 tr("Monthly on day %1").arg(d.day()),
                                 Recurrence::describe(QStringLiteral("FREQ=MONTHLY;") + monthlyWeekdayOf(d)),
                                 tr("Yearly on %1").arg(QLocale().toString(d, tr("d MMMM"))),
                                 tr("Custom rule…")};
        if (m_repeat->count() != labels.size()) {
            m_repeat->clear();
            m_repeat->addItems(labels);
        } else {
            for (int i = 0; i < labels.size(); ++i)
                m_repeat->setItemText(i, labels[i]);
        }
        m_repeat->setCurrentIndex(std::max(0, current));
    }
    ruleControlsChanged();
    refreshFreeBusy();
}

void ActivityEditor::setRule(const QString& rule)
{
    QSignalBlocker block(m_repeat);
    if (m_repeat->count() == 0)
        timesChanged();
    m_customRule->setText(rule);
    const auto parts = ruleParts(rule);
    const QString freq = parts.value(QStringLiteral("FREQ"));
    const QStringList known{QStringLiteral("FREQ"), QStringLiteral("INTERVAL"), QStringLiteral("COUNT"),
                            QStringLiteral("UNTIL"), QStringLiteral("BYDAY"), QStringLiteral("BYMONTHDAY"),
                            QStringLiteral("WKST")};
    const bool simple = std::all_of(parts.keyBegin(), parts.keyEnd(), [&](const QString& k) { return known.contains(k); });
    const QString byDay = parts.value(QStringLiteral("BYDAY"));
    int choice = Custom;
    if (rule.isEmpty())
        choice = Never;
    else if (!simple)
        choice = Custom;
    else if (freq == u"DAILY" && byDay.isEmpty() && !parts.contains(QStringLiteral("BYMONTHDAY")))
        choice = Daily;
    else if (freq == u"WEEKLY" && byDay == u"MO,TU,WE,TH,FR" && !parts.contains(QStringLiteral("INTERVAL")))
        choice = Weekdays;
    else if (freq == u"WEEKLY" && !parts.contains(QStringLiteral("BYMONTHDAY")))
        choice = Weekly;
    else if (freq == u"MONTHLY" && parts.contains(QStringLiteral("BYMONTHDAY")) && byDay.isEmpty())
        choice = MonthlyByDay;
    else if (freq == u"MONTHLY" && !byDay.isEmpty() && !byDay.contains(QLatin1Char(',')))
        choice = MonthlyByWeekday;
    else if (freq == u"MONTHLY" && byDay.isEmpty())
        choice = MonthlyByDay;
    else if (freq == u"YEARLY" && byDay.isEmpty() && !parts.contains(QStringLiteral("BYMONTHDAY")))
        choice = Yearly;
    m_repeat->setCurrentIndex(choice);
    m_interval->setValue(parts.value(QStringLiteral("INTERVAL"), QStringLiteral("1")).toInt());
    for (int d = 0; d < 7; ++d) {
        QSignalBlocker b(m_weekdays[d]);
        m_weekdays[d]->setChecked(byDay.split(QLatin1Char(',')).contains(QLatin1String(DayCodes[d])));
    }
    if (parts.contains(QStringLiteral("COUNT"))) {
        m_ends->setCurrentIndex(1);
        m_count->setValue(parts.value(QStringLiteral("COUNT")).toInt());
    } else if (parts.contains(QStringLiteral("UNTIL"))) {
        m_ends->setCurrentIndex(2);
        m_until->setDate(QDate::fromString(parts.value(QStringLiteral("UNTIL")).left(8), QStringLiteral("yyyyMMdd")));
    } else {
        m_ends->setCurrentIndex(0);
    }
    ruleControlsChanged();
}

QString ActivityEditor::rule() const
{
    const int choice = m_repeat->currentIndex();
    if (choice <= Never)
        return {};
    if (choice == Custom)
        return m_customRule->text().trimmed().remove(QRegularExpression(QStringLiteral("^RRULE:"),
                                                                        QRegularExpression::CaseInsensitiveOption));
    const QDate d = m_type->currentData().toString() == u"task" ? m_endDate->date() : m_startDate->date();
    QStringList parts;
    const int interval = m_interval->value();
    switch (choice) {
    case Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Weekly: {
        parts << QStringLiteral("FREQ=WEEKLY");
        QStringList days;
        for (int i = 0; i < 7; ++i)
            if (m_weekdays[i]->isChecked())
                days << QLatin1String(DayCodes[i]);
        if (days.isEmpty())
            days << QLatin1String(DayCodes[d.dayOfWeek() - 1]);
        parts << QStringLiteral("BYDAY=") + days.join(QLatin1Char(','));
        break;
    }
    case Weekdays:
        parts << QStringLiteral("FREQ=WEEKLY") << QStringLiteral("BYDAY=MO,TU,WE,TH,FR");
        break;
    case MonthlyByDay:
        parts << QStringLiteral("FREQ=MONTHLY") << QStringLiteral("BYMONTHDAY=%1").arg(d.day());
        break;
    case MonthlyByWeekday:
        parts << QStringLiteral("FREQ=MONTHLY") << monthlyWeekdayOf(d);
        break;
    case Yearly:
        parts << QStringLiteral("FREQ=YEARLY");
        break;
    default:
        break;
    }
    if (interval > 1 && choice != Weekdays)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (m_ends->currentIndex() == 1) {
        parts << QStringLiteral("COUNT=%1").arg(m_count->value());
    } else if (m_ends->currentIndex() == 2) {
        // To the end of the chosen day where the entry is kept, as UTC (RFC 5545 with a zoned start).
        const QDateTime until(m_until->date(), QTime(23, 59, 59), zone());
        parts << QStringLiteral("UNTIL=") + until.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    return parts.join(QLatin1Char(';'));
}

void ActivityEditor::ruleControlsChanged()
{
    const int choice = m_repeat->currentIndex();
    m_repeatDetails->setVisible(choice > Never);
    const bool custom = choice == Custom;
    m_customRule->setVisible(custom);
    m_interval->setVisible(!custom && choice != Weekdays);
    m_intervalUnit->setVisible(!custom && choice != Weekdays);
    m_everyLabel->setVisible(!custom && choice != Weekdays);
    m_weekdayRow->setVisible(choice == Weekly);
    if (choice == Weekly && std::none_of(m_weekdays.begin(), m_weekdays.end(), [](QToolButton* b) { return b->isChecked(); })) {
        const bool task = m_type->currentData().toString() == u"task";
        QToolButton* day = m_weekdays[(task ? m_endDate->date() : m_startDate->date()).dayOfWeek() - 1];
        QSignalBlocker block(day);
        day->setChecked(true);
    }
    m_ends->setVisible(!custom);
    m_count->setVisible(!custom && m_ends->currentIndex() == 1);
    m_until->setVisible(!custom && m_ends->currentIndex() == 2);
    const int n = m_interval->value();
    switch (choice) {
    case Daily:
        m_intervalUnit->setText(tr("day(s)", nullptr, n));
        break;
    case Weekly:
        m_intervalUnit->setText(tr("week(s)", nullptr, n));
        break;
    case MonthlyByDay:
    case MonthlyByWeekday:
        m_intervalUnit->setText(tr("month(s)", nullptr, n));
        break;
    case Yearly:
        m_intervalUnit->setText(tr("year(s)", nullptr, n));
        break;
    default:
        break;
    }
    showRule(rule());
}

void ActivityEditor::showRule(const QString& r)
{
    if (r.isEmpty()) {
        m_ruleText->clear();
        return;
    }
    const QString problem = Recurrence::check(r);
    m_ruleText->setText(problem.isEmpty() ? Recurrence::describe(r) : problem);
    m_ruleText->setForegroundRole(problem.isEmpty() ? QPalette::PlaceholderText : QPalette::BrightText);
    m_ruleText->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
}

void ActivityEditor::addAttendeeRow(const Invitee& who)
{
    auto* item = new QTreeWidgetItem(m_attendees);
    item->setText(0, who.name.isEmpty() ? who.email : who.name);
    item->setIcon(0, icon(who.userId.isEmpty() ? Icon::Contacts : Icon::User));
    item->setData(0, InviteeRole, QVariant::fromValue(QStringList{who.userId, who.contactId, who.email, who.name}));
    auto* response = new QComboBox(m_attendees);
    const Enumeration& responses = *Schema::entity(EntityType::ActivityAttendee).field(u"response")->enumeration;
    for (const QString& key : responses.keys)
        response->addItem(responses.label(key), key);
    response->setCurrentIndex(std::max(0, response->findData(who.response)));
    m_attendees->setItemWidget(item, 1, response);
    auto* remove = new QToolButton(m_attendees);
    remove->setIcon(icon(Icon::Delete));
    remove->setToolTip(tr("Remove %1").arg(item->text(0)));
    remove->setAutoRaise(true);
    m_attendees->setItemWidget(item, 2, remove);
    connect(remove, &QToolButton::clicked, this, [this, item] {
        delete item;
        refreshFreeBusy();
    });
}

void ActivityEditor::invite(const Invitee& who)
{
    for (const Invitee& present : invitees())
        if ((!who.userId.isEmpty() && present.userId == who.userId) ||
            (!who.contactId.isEmpty() && present.contactId == who.contactId))
            return;
    addAttendeeRow(who);
    refreshFreeBusy();
}

QList<Invitee> ActivityEditor::invitees() const
{
    QList<Invitee> out;
    for (int i = 0; i < m_attendees->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_attendees->topLevelItem(i);
        const QStringList parts = item->data(0, InviteeRole).toStringList();
        Invitee who;
        who.userId = parts.value(0);
        who.contactId = parts.value(1);
        who.email = parts.value(2);
        who.name = parts.value(3);
        if (auto* response = qobject_cast<QComboBox*>(m_attendees->itemWidget(item, 1)))
            who.response = response->currentData().toString();
        out << who;
    }
    return out;
}

QString ActivityEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActivityEditor::refreshFreeBusy()
{
    if (!m_freeBusy)
        return;
    QStringList users;
    QHash<QString, QString> names;
    const QString owner = m_owner->currentData().toString();
    if (!owner.isEmpty()) {
        users << owner;
        names.insert(owner, m_owner->currentText());
    }
    for (const Invitee& who : invitees())
        if (!who.userId.isEmpty() && !users.contains(who.userId)) {
            users << who.userId;
            names.insert(who.userId, who.name);
        }
    const bool task = m_type->currentData().toString() == u"task";
    const QDate day = task ? m_endDate->date() : m_startDate->date();
    const QTimeZone z = zone();
    const qint64 start = QDateTime(m_startDate->date(), m_allDay->isChecked() ? QTime(0, 0) : m_startTime->time(), z)
                             .toMSecsSinceEpoch();
    const qint64 end = QDateTime(m_endDate->date(), m_allDay->isChecked() ? QTime(23, 59) : m_endTime->time(), z)
                           .toMSecsSinceEpoch();
    const QTimeZone shown = Formatting::displayZone();
    const qint64 from = QDateTime(day, QTime(0, 0), shown).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), shown).toMSecsSinceEpoch();
    const quint64 ticket = ++m_busyTicket;
    m_workspace.readers().run<QHash<QString, QList<BusySpan>>>(
        this, [users, from, to](Database& db) { return Calendar::busy(db, users, from, to); },
        [=, this](const Result<QHash<QString, QList<BusySpan>>>& result) {
            if (ticket != m_busyTicket)
                return;
            QList<FreeBusyStrip::Row> rows;
            for (const QString& u : users)
                rows.push_back({names.value(u), result ? result->value(u) : QList<BusySpan>()});
            m_freeBusy->set(Formatting::local(start).date(), rows, task ? 0 : start, task ? 0 : end);
        });
}

Result<Record> ActivityEditor::collect() const
{
    Record r(EntityType::Activity);
    const QString type = m_type->currentData().toString();
    const QString subject = m_subject->text().trimmed();
    if (subject.isEmpty())
        return Error{tr("Give it a subject."), {}};
    const QTimeZone z = m_zone->zone();
    if (!z.isValid())
        return Error{tr("\"%1\" is not a time zone; choose one from the list, or type a place such as Berlin.")
                         .arg(m_zone->currentText().trimmed()),
                     {}};
    r.set(u"type", type);
    r.set(u"subject", subject);
    r.set(u"description", orNull(m_description->toPlainText()));
    r.set(u"time_zone", QString::fromUtf8(z.id()));
    r.set(u"location", orNull(m_location->text()));
    const bool task = type == u"task";
    const bool allDay = !task && m_allDay->isChecked();
    r.set(u"all_day", allDay);
    if (task) {
        r.set(u"start_at", QVariant());
        r.set(u"end_at", QVariant());
        r.set(u"due_at", QDateTime(m_endDate->date(), m_endTime->time(), z).toMSecsSinceEpoch());
        r.set(u"done", m_done->isChecked());
    } else {
        const QDateTime start(m_startDate->date(), allDay ? QTime(0, 0) : m_startTime->time(), z);
        const QDateTime end = allDay ? QDateTime(m_endDate->date().addDays(1), QTime(0, 0), z)
                                     : QDateTime(m_endDate->date(), m_endTime->time(), z);
        if (end < start)
            return Error{tr("It ends before it starts."), {}};
        r.set(u"start_at", start.toMSecsSinceEpoch());
        r.set(u"end_at", end.toMSecsSinceEpoch());
        r.set(u"due_at", QVariant());
    }
    if (type == u"call") {
        r.set(u"outcome", orNull(m_outcome->currentData().toString()));
        // Minutes as shown, else the seconds as logged: a call of 40 seconds stays one.
        const qint64 seconds =
            m_duration->value() == callMinutes(m_durationSeconds) ? m_durationSeconds : m_duration->value() * 60LL;
        r.set(u"duration_s", seconds > 0 ? QVariant(seconds) : QVariant());
    }
    for (const auto& [picker, field] : {std::pair{m_contact, u"contact_id"}, std::pair{m_account, u"account_id"},
                                        std::pair{m_opportunity, u"opportunity_id"}, std::pair{m_ticket, u"ticket_id"}}) {
        if (const QString problem = picker->problem(); !problem.isEmpty())
            return Error{problem, {}};
        r.set(field, picker->value());
    }
    r.set(u"owner_id", m_owner->currentData().toString());
    if (m_reminders.isEmpty()) {
        r.set(u"alarms", QVariant());
    } else {
        QJsonArray minutes;
        for (int m : m_reminders)
            minutes.append(m);
        r.set(u"alarms", QString::fromUtf8(QJsonDocument(minutes).toJson(QJsonDocument::Compact)));
    }
    if (m_repeat->isEnabled()) {
        QString ruleText = rule();
        if (!m_isNew && ruleText == m_loadedRule)
            ruleText = m_original.text(u"rrule");
        if (const QString problem = ruleText.isEmpty() ? QString() : Recurrence::check(ruleText); !problem.isEmpty())
            return Error{problem, {}};
        r.set(u"rrule", orNull(ruleText));
    }
    return r;
}

void ActivityEditor::accept()
{
    m_error->hide();
    auto collected = collect();
    if (!collected) {
        m_error->setText(collected.error().message);
        m_error->show();
        return;
    }
    RecordStore& store = m_workspace.store();
    QString savedId;
    if (m_isNew) {
        auto created = ActivityEdits::create(store, m_undo, *collected, invitees(),
                                             tr("New %1").arg(collected->text(u"subject")));
        if (!created) {
            m_error->setText(created.error().message);
            m_error->show();
            return;
        }
        savedId = *created;
        Q_EMIT message(tr("\"%1\" is in the calendar.").arg(collected->text(u"subject")));
    } else {
        Record changes(EntityType::Activity);
        for (int i : collected->presentFields())
            if (!same(collected->value(i), m_original.value(i)))
                changes.set(i, collected->value(i));
        std::optional<QList<Invitee>> people;
        const QList<Invitee> now = invitees();
        const auto key = [](const Invitee& w) { return w.userId + u'|' + w.contactId + u'|' + w.email + u'|' + w.response; };
        QStringList before, after;
        for (const Invitee& w : std::as_const(m_originalInvitees))
            before << key(w);
        for (const Invitee& w : now)
            after << key(w);
        before.sort();
        after.sort();
        if (before != after)
            people = now;
        auto changed = ActivityEdits::change(this, store, m_undo, m_occurrence, changes, people);
        if (!changed) {
            m_error->setText(changed.error().message);
            m_error->show();
            return;
        }
        if (*changed == ActivityEdits::Outcome::Cancelled)
            return;
        savedId = m_occurrence.id;
        if (*changed == ActivityEdits::Outcome::Written)
            Q_EMIT message(tr("\"%1\" saved.").arg(collected->text(u"subject")));
    }
    Q_EMIT saved(savedId);
    QDialog::accept();
}

void ActivityEditor::deleteEntry()
{
    auto removed = ActivityEdits::remove(this, m_workspace.store(), m_undo, m_occurrence);
    if (!removed) {
        m_error->setText(removed.error().message);
        m_error->show();
        return;
    }
    if (*removed == ActivityEdits::Outcome::Cancelled)
        return;
    Q_EMIT message(tr("\"%1\" deleted (Edit → Undo brings it back).").arg(m_occurrence.subject));
    QDialog::accept();
}

} // namespace rapport
