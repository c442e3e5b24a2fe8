// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CalendarReader.h"

#include "domain/LibIcal.h"
#include "domain/Recurrence.h"
#include "domain/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace rapport {

namespace {

using ical::Component;

constexpr int MaxAlarmMinutes = 60 * 24 * 28;

/// Where each entry of the file begins, and whether the file is built as iCalendar says (every BEGIN
/// ended by its END). libical reads the rest; this gives its entries their line numbers.
struct Block
{
    QByteArray kind;
    int line = 0;
};

Result<QList<Block>> scan(const QByteArray& data)
{
    QList<Block> blocks;
    QList<std::pair<QByteArray, int>> open;
    bool sawCalendar = false;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(pos, end - pos).trimmed();
        pos = end + 1;
        ++lineNo;
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("BEGIN:")) {
            const QByteArray kind = upper.mid(6).trimmed();
            if (open.isEmpty() && kind != "VCALENDAR")
                return Error{CalendarReader::tr("Line %1: BEGIN:%2 outside of a calendar (BEGIN:VCALENDAR).")
                                 .arg(lineNo)
                                 .arg(QString::fromUtf8(kind)),
                             {}};
            if (kind == "VCALENDAR")
                sawCalendar = true;
            if (open.size() == 1)
                blocks << Block{kind, lineNo};
            open.append({kind, lineNo});
        } else if (upper.startsWith("END:")) {
            const QByteArray kind = upper.mid(4).trimmed();
            if (open.isEmpty() || open.last().first != kind)
                return Error{CalendarReader::tr("Line %1: END:%2 does not close %3.")
                                 .arg(lineNo)
                                 .arg(QString::fromUtf8(kind),
                                      open.isEmpty() ? CalendarReader::tr("anything")
                                                     : QStringLiteral("BEGIN:%1 (line %2)")
                                                           .arg(QString::fromUtf8(open.last().first))
                                                           .arg(open.last().second)),
                             {}};
            open.removeLast();
        }
    }
    if (!sawCalendar)
        return Error{CalendarReader::tr("This is not an iCalendar file (there is no BEGIN:VCALENDAR)."), {}};
    if (!open.isEmpty())
        return Error{CalendarReader::tr("BEGIN:%1 on line %2 is never ended: the file is cut off.")
                         .arg(QString::fromUtf8(open.last().first))
                         .arg(open.last().second),
                     {}};
    return blocks;
}

struct When
{
    qint64 utc = 0;
    bool date = false;
    QString zone; ///< IANA id the time was given in (empty: UTC)
};

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString response(icalparameter_partstat p)
{
    switch (p) {
    case ICAL_PARTSTAT_ACCEPTED:
        return QStringLiteral("accepted");
    case ICAL_PARTSTAT_TENTATIVE:
        return QStringLiteral("tentative");
    case ICAL_PARTSTAT_DECLINED:
        return QStringLiteral("declined");
    default:
        return QStringLiteral("needs_action");
    }
}

/// Reads the entries of one VCALENDAR.
class Reader
{
public:
    Reader(icalcomponent* calendar, const QTimeZone& fallback)
        : m_calendar(calendar)
        , m_fallback(fallback)
    {}

    CalendarEntry read(icalcomponent* c, int line)
    {
        CalendarEntry e;
        e.line = line;
        const bool task = icalcomponent_isa(c) == ICAL_VTODO_COMPONENT;
        Record& r = e.record;
        e.uid = text(icalcomponent_get_uid(c)).trimmed();
        QString summary = text(icalcomponent_get_summary(c)).trimmed();
        e.summary = summary;
        if (summary.isEmpty())
            summary = CalendarReader::tr("(No subject)");
        if (summary.size() > 200) {
            e.notes << CalendarReader::tr("The subject was shortened to 200 characters.");
            summary = summary.left(199) + QChar(0x2026);
        }
        r.set(u"subject", summary);
        r.set(u"type", task ? QStringLiteral("task") : QStringLiteral("meeting"));
        const QString description = text(icalcomponent_get_description(c)).trimmed();
        r.set(u"description", description.isEmpty() ? QVariant() : QVariant(description));
        // A location is one line here; Apple writes the lines of an address.
        QStringList lines = text(icalcomponent_get_location(c)).split(QLatin1Char('\n'));
        for (QString& l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        const QString location = lines.join(QStringLiteral(", "));
        r.set(u"location", location.isEmpty() ? QVariant() : QVariant(location.left(200)));

        QStringList libicalErrors;
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
            const icalproperty_kind kind = icalproperty_isa(p);
            if (kind == ICAL_XLICERROR_PROPERTY)
                libicalErrors << text(icalproperty_get_xlicerror(p));
            else if (kind == ICAL_X_PROPERTY && qstrcmp(icalproperty_get_x_name(p), "X-RAPPORT-TYPE") == 0) {
                const QString type = text(icalproperty_get_x(p)).trimmed();
                if (Schema::activityTypes().keys.contains(type)) {
                    r.set(u"type", type);
                    e.typeGiven = true;
                }
            }
        }
        auto fail = [&](const QString& why) {
            e.problems << why;
            e.notes << libicalErrors; // libical's own words, in English: the detail behind the reason
            return e;
        };

        if (icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED)
            return fail(CalendarReader::tr("It was cancelled."));

        const auto start = when(c, ICAL_DTSTART_PROPERTY, e.notes);
        const auto due = task ? when(c, ICAL_DUE_PROPERTY, e.notes) : std::nullopt;
        if (!task && !start)
            return fail(CalendarReader::tr("It has no start (DTSTART)."));
        if (task && !start && !due)
            return fail(CalendarReader::tr("The task has neither a start nor a due date."));
        const When& anchor = start ? *start : *due;
        const QString zone = anchor.zone.isEmpty() ? (anchor.date ? QString::fromUtf8(m_fallback.id()) : QStringLiteral("UTC"))
                                                   : anchor.zone;
        r.set(u"time_zone", zone);
        r.set(u"all_day", anchor.date);
        if (start)
            r.set(u"start_at", start->utc);
        if (due)
            r.set(u"due_at", due->utc);
        if (!task && start) {
            std::optional<qint64> end;
            if (const auto dtend = when(c, ICAL_DTEND_PROPERTY, e.notes))
                end = dtend->utc;
            else if (icalproperty* d = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY))
                end = start->utc + qint64(icaldurationtype_as_int(icalproperty_get_duration(d))) * 1000;
            else if (start->date)
                end = start->utc + 24LL * 3600 * 1000; // a date alone is one whole day
            if (end && *end < start->utc)
                return fail(CalendarReader::tr("It ends before it starts."));
            if (end)
                r.set(u"end_at", *end);
        }
        if (task) {
            const bool completed = icalcomponent_get_status(c) == ICAL_STATUS_COMPLETED ||
                                   icalcomponent_get_first_property(c, ICAL_COMPLETED_PROPERTY);
            r.set(u"done", completed);
        }

        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY)) {
            const QString rule = text(icalproperty_get_value_as_string(p)).trimmed();
            if (const QString why = Recurrence::check(rule); !why.isEmpty())
                return fail(CalendarReader::tr("Its repetition cannot be kept: %1").arg(why));
            r.set(u"rrule", rule);
            QJsonArray skipped;
            for (icalproperty* x = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); x;
                 x = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY))
                if (const auto w = timeOf(x, icalproperty_get_exdate(x), e.notes))
                    skipped.append(w->utc);
            if (!skipped.isEmpty())
                r.set(u"exdates", QString::fromUtf8(QJsonDocument(skipped).toJson(QJsonDocument::Compact)));
        }
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
            if (const auto w = timeOf(p, icalproperty_get_recurrenceid(p), e.notes)) {
                e.hasRecurrenceId = true;
                e.recurrenceId = w->utc;
            }
        }

        QJsonArray alarms;
        for (icalcomponent* a = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT); a;
             a = icalcomponent_get_next_component(c, ICAL_VALARM_COMPONENT)) {
            icalproperty* t = icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY);
            if (!t)
                continue;
            const icaltriggertype trigger = icalproperty_get_trigger(t);
            qint64 minutes = 0;
            if (!icaltime_is_null_time(trigger.time)) {
                minutes = (anchor.utc - qint64(icaltime_as_timet(trigger.time)) * 1000) / 60000;
            } else {
                minutes = -qint64(icaldurationtype_as_int(trigger.duration)) / 60;
                icalparameter* related = icalproperty_get_first_parameter(t, ICAL_RELATED_PARAMETER);
                if (related && icalparameter_get_related(related) == ICAL_RELATED_END)
                    minutes -= (r.value(u"end_at").toLongLong() - anchor.utc) / 60000;
            }
            // An all-day entry's reminder may ring on its day ("at 9:00", 540 minutes after it starts).
            const qint64 earliest = r.value(u"all_day").toBool() ? -(24 * 60 - 1) : 0;
            if (minutes < earliest || minutes > MaxAlarmMinutes)
                e.notes << CalendarReader::tr("A reminder after the start or more than four weeks before it was "
                                                   "left out.");
            else if (!alarms.contains(minutes))
                alarms.append(minutes);
        }
        if (!alarms.isEmpty())
            r.set(u"alarms", QString::fromUtf8(QJsonDocument(alarms).toJson(QJsonDocument::Compact)));

        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_ATTENDEE_PROPERTY)) {
            CalendarAttendee a;
            a.email = text(icalproperty_get_attendee(p)).trimmed();
            if (a.email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                a.email = a.email.mid(7);
            a.email = a.email.toLower();
            if (icalparameter* cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER))
                a.name = text(icalparameter_get_cn(cn));
            icalparameter* ps = icalproperty_get_first_parameter(p, ICAL_PARTSTAT_PARAMETER);
            a.response = response(ps ? icalparameter_get_partstat(ps) : ICAL_PARTSTAT_NEEDSACTION);
            if (Validator::isValidEmail(a.email))
                e.attendees << a;
        }
        if (!libicalErrors.isEmpty())
            e.notes << libicalErrors;
        return e;
    }

private:
    std::optional<When> when(icalcomponent* c, icalproperty_kind kind, QStringList& notes)
    {
        icalproperty* p = icalcomponent_get_first_property(c, kind);
        if (!p)
            return std::nullopt;
        return timeOf(p, icalvalue_get_datetime(icalproperty_get_value(p)), notes);
    }

    /// A date or date-time of the file in UTC: given in UTC, in a named zone (IANA, a Windows name, or a
    /// VTIMEZONE of the file), or floating (the zone of the person importing).
    std::optional<When> timeOf(icalproperty* p, icaltimetype t, QStringList& notes)
    {
        if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
            return std::nullopt;
        When w;
        w.date = t.is_date != 0;
        if (w.date) {
            w.utc = ical::toUtc(t, m_fallback);
            return w;
        }
        if (icaltime_is_utc(t)) {
            w.utc = qint64(icaltime_as_timet(t)) * 1000;
            return w;
        }
        icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
        if (!tzid) {
            w.utc = ical::toUtc(t, m_fallback);
            w.zone = QString::fromUtf8(m_fallback.id());
            return w;
        }
        const QByteArray id = QByteArray(icalparameter_get_tzid(tzid)).trimmed();
        // An IANA id, or a Windows name (Outlook's "W. Europe Standard Time"); a word of the file's own
        // ("MyZone") is neither, though QTimeZone would take it for a rule at UTC.
        // An empty id is no zone either, though QTimeZone("") is the system's.
        QByteArray iana = id;
        if (!Validator::isKnownTimeZone(QString::fromUtf8(iana)))
            iana = QTimeZone::windowsIdToDefaultIanaId(id);
        if (const QTimeZone zone(iana); !iana.isEmpty() && zone.isValid()) {
            w.utc = ical::toUtc(t, zone);
            w.zone = QString::fromUtf8(zone.id());
            return w;
        }
        if (icaltimezone* defined = icalcomponent_get_timezone(m_calendar, id.constData())) {
            // A zone the file defines under a name of its own: its rules place the time; the entry keeps the
            // zone it names as its location, or the importer's.
            w.utc = qint64(icaltime_as_timet_with_zone(t, defined)) * 1000;
            const QString location = QString::fromUtf8(icaltimezone_get_location(defined));
            w.zone = Validator::isKnownTimeZone(location) ? location : QString::fromUtf8(m_fallback.id());
            return w;
        }
        notes << CalendarReader::tr("The time zone \"%1\" is unknown; the time was read as %2 time.")
                     .arg(QString::fromUtf8(id), QString::fromUtf8(m_fallback.id()));
        w.utc = ical::toUtc(t, m_fallback);
        w.zone = QString::fromUtf8(m_fallback.id());
        return w;
    }

    icalcomponent* m_calendar;
    QTimeZone m_fallback;
};

} // namespace

Result<QList<CalendarEntry>> CalendarReader::read(const QByteArray& data, const QTimeZone& fallback)
{
    ical::setUp();
    auto blocks = scan(data);
    if (!blocks)
        return blocks.error();
    QList<int> entryLines;
    for (const Block& b : std::as_const(*blocks))
        if (b.kind == "VEVENT" || b.kind == "VTODO")
            entryLines << b.line;

    icalerror_clear_errno();
    Component root(icalparser_parse_string(data.constData()));
    if (!root)
        return Error{tr("The file cannot be read as iCalendar."), {}};
    QList<icalcomponent*> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT)
        calendars << root.get();
    else
        for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars << c;

    QList<CalendarEntry> entries;
    for (icalcomponent* calendar : std::as_const(calendars)) {
        Reader reader(calendar, fallback);
        for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)) {
            const icalcomponent_kind kind = icalcomponent_isa(c);
            if (kind != ICAL_VEVENT_COMPONENT && kind != ICAL_VTODO_COMPONENT)
                continue;
            entries << reader.read(c, entries.size() < entryLines.size() ? entryLines[entries.size()] : 0);
        }
    }
    return entries;
}

} // namespace rapport
