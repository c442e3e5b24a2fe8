// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CalendarExport.h"

#include "domain/Alarms.h"
#include "domain/LibIcal.h"
#include "domain/Recurrence.h"
#include "storage/Calendar.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace rapport {

namespace {

using ical::Component;

/// Responses as iCalendar names them.
icalparameter_partstat partstat(const QString& response)
{
    if (response == QLatin1String("accepted"))
        return ICAL_PARTSTAT_ACCEPTED;
    if (response == QLatin1String("tentative"))
        return ICAL_PARTSTAT_TENTATIVE;
    if (response == QLatin1String("declined"))
        return ICAL_PARTSTAT_DECLINED;
    return ICAL_PARTSTAT_NEEDSACTION;
}

QList<qint64> numbers(const QVariant& json)
{
    QList<qint64> out;
    if (!json.isNull())
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
            out << v.toInteger();
    return out;
}

/// Writes one calendar: the activities, their zones and the people in them.
class Writer
{
public:
    explicit Writer(Database& db)
        : m_db(db)
        , m_calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT))
    {
        ical::setUp();
        icalcomponent_add_property(m_calendar.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(m_calendar.get(), icalproperty_new_prodid("-//Rapport//Rapport CRM//EN"));
        icalcomponent_add_property(m_calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    }

    int written() const { return m_written; }

    void add(const Record& a, const QString& uid, const QSet<qint64>& replaced)
    {
        const bool task = a.text(u"type") == QLatin1String("task");
        icalcomponent* c = icalcomponent_new(task ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
        const QString zoneId = a.text(u"time_zone");
        QTimeZone zone = zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const bool allDay = a.value(u"all_day").toBool();

        icalcomponent_add_property(c, icalproperty_new_uid(uid.toUtf8().constData()));
        icalcomponent_add_property(c, icalproperty_new_dtstamp(icaltime_current_time_with_zone(
                                          icaltimezone_get_utc_timezone())));
        icalcomponent_add_property(c, icalproperty_new_summary(a.text(u"subject").toUtf8().constData()));
        if (!a.text(u"description").isEmpty())
            icalcomponent_add_property(c, icalproperty_new_description(a.text(u"description").toUtf8().constData()));
        if (!a.text(u"location").isEmpty())
            icalcomponent_add_property(c, icalproperty_new_location(a.text(u"location").toUtf8().constData()));
        icalproperty* type = icalproperty_new_x(a.text(u"type").toUtf8().constData());
        icalproperty_set_x_name(type, "X-RAPPORT-TYPE");
        icalcomponent_add_property(c, type);

        if (!a.value(u"start_at").isNull())
            icalcomponent_add_property(c, timed(icalproperty_new_dtstart, a.value(u"start_at").toLongLong(), zone,
                                                allDay));
        if (task) {
            if (!a.value(u"due_at").isNull())
                icalcomponent_add_property(c, timed(icalproperty_new_due, a.value(u"due_at").toLongLong(), zone, false));
            icalcomponent_add_property(c, icalproperty_new_status(a.value(u"done").toBool() ? ICAL_STATUS_COMPLETED
                                                                                           : ICAL_STATUS_NEEDSACTION));
        } else if (!a.value(u"end_at").isNull()) {
            icalcomponent_add_property(c, timed(icalproperty_new_dtend, a.value(u"end_at").toLongLong(), zone, allDay));
        }
        if (!a.text(u"rrule").isEmpty()) {
            const icalrecurrencetype rule = icalrecurrencetype_from_string(a.text(u"rrule").toUtf8().constData());
            icalcomponent_add_property(c, icalproperty_new_rrule(rule));
            for (qint64 skipped : numbers(a.value(u"exdates")))
                if (!replaced.contains(skipped))
                    icalcomponent_add_property(c, timed(icalproperty_new_exdate, skipped, zone, allDay));
        }
        if (!a.value(u"recurrence_id").isNull())
            icalcomponent_add_property(c, timed(icalproperty_new_recurrenceid, a.value(u"recurrence_id").toLongLong(),
                                                zone, allDay));
        for (int minutes : Alarms::offsets(a)) {
            icalcomponent* alarm = icalcomponent_new_valarm();
            icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icaltriggertype trigger{};
            trigger.time = icaltime_null_time();
            trigger.duration = icaldurationtype_from_int(-minutes * 60);
            icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
            icalcomponent_add_property(alarm, icalproperty_new_description(a.text(u"subject").toUtf8().constData()));
            icalcomponent_add_component(c, alarm);
        }
        addPeople(c, a);
        icalcomponent_add_component(m_calendar.get(), c);
        ++m_written;
    }

    QByteArray text()
    {
        // The zones after the entries were written, first in the calendar as readers expect.
        for (const QString& id : std::as_const(m_zones)) {
            icaltimezone* z = icaltimezone_get_builtin_timezone(id.toUtf8().constData());
            icalcomponent* vtz = z ? icaltimezone_get_component(z) : nullptr;
            if (!vtz)
                continue;
            // Named as the entries name it: libical's own names carry a prefix other calendars do not know.
            icalcomponent* copy = icalcomponent_new_clone(vtz);
            // The rules in force from 1970 on are all a calendar of today needs (the zone database goes back to
            // the 19th century); ms_compatible keeps the rules' starts as Outlook expects them.
            icaltimetype since = icaltime_from_timet_with_zone(0, 0, icaltimezone_get_utc_timezone());
            icaltimezone_truncate_vtimezone(copy, since, icaltime_null_time(), 1);
            if (icalproperty* tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
                icalproperty_set_tzid(tzid, id.toUtf8().constData());
            icalcomponent_add_component(m_calendar.get(), copy);
        }
        return ical::take(icalcomponent_as_ical_string_r(m_calendar.get())).toUtf8();
    }

private:
    /// A date-time property in the entry's zone (TZID), in UTC when the zone is UTC, a date when all day.
    icalproperty* timed(icalproperty* (*make)(icaltimetype), qint64 utc, const QTimeZone& zone, bool date)
    {
        const QString id = QString::fromUtf8(zone.id());
        const bool inUtc = zone == QTimeZone::utc() || id == QLatin1String("UTC") ||
                           !icaltimezone_get_builtin_timezone(zone.id().constData());
        icaltimetype t = ical::wallClock(utc, inUtc ? QTimeZone::utc() : zone, date);
        if (inUtc && !date)
            t.zone = icaltimezone_get_utc_timezone();
        icalproperty* p = make(t);
        if (date)
            icalproperty_add_parameter(p, icalparameter_new_value(ICAL_VALUE_DATE));
        else if (!inUtc) {
            icalproperty_add_parameter(p, icalparameter_new_tzid(zone.id().constData()));
            m_zones.insert(id);
        }
        return p;
    }

    /// The organiser (the owner) and the attendees, by e-mail address as iCalendar knows people.
    void addPeople(icalcomponent* c, const Record& a)
    {
        const auto [ownerMail, ownerName] = person(QStringLiteral("users"), QStringLiteral("email"), a.text(u"owner_id"));
        if (!ownerMail.isEmpty()) {
            icalproperty* organizer = icalproperty_new_organizer((QStringLiteral("mailto:") + ownerMail).toUtf8().constData());
            icalproperty_add_parameter(organizer, icalparameter_new_cn(ownerName.toUtf8().constData()));
            icalcomponent_add_property(c, organizer);
        }
        auto st = m_db.statements().get(QStringLiteral(
            "SELECT user_id, contact_id, email, response FROM activity_attendees WHERE activity_id = ? AND deleted = 0 "
            "ORDER BY rid"));
        st->bind(1, a.id());
        while (st->step() == SqlStatement::Step::Row) {
            QString mail = st->text(2), name;
            if (!st->isNull(0))
                std::tie(mail, name) = person(QStringLiteral("users"), QStringLiteral("email"), st->text(0));
            else if (!st->isNull(1))
                std::tie(mail, name) = person(QStringLiteral("contacts"), QStringLiteral("primary_email"), st->text(1));
            if (mail.isEmpty())
                continue;
            icalproperty* attendee = icalproperty_new_attendee((QStringLiteral("mailto:") + mail).toUtf8().constData());
            if (!name.isEmpty())
                icalproperty_add_parameter(attendee, icalparameter_new_cn(name.toUtf8().constData()));
            icalproperty_add_parameter(attendee, icalparameter_new_partstat(partstat(st->text(3))));
            icalcomponent_add_property(c, attendee);
        }
    }

    std::pair<QString, QString> person(const QString& table, const QString& emailColumn, const QString& id)
    {
        if (id.isEmpty())
            return {};
        auto st = m_db.statements().get(
            QStringLiteral("SELECT %1, display_title FROM %2 WHERE id = ?").arg(emailColumn, table));
        st->bind(1, id);
        if (st->step() != SqlStatement::Step::Row)
            return {};
        return {st->text(0), st->text(1)};
    }

    Database& m_db;
    Component m_calendar;
    QSet<QString> m_zones;
    int m_written = 0;
};

/// The activities to write: series first, each followed by its changed occurrences.
Result<QStringList> selection(Database& db, const CalendarExport::Options& o)
{
    QStringList roots;
    if (!o.ids.isEmpty()) {
        roots = o.ids;
    } else if (o.to > o.from) {
        Calendar::Query q;
        q.users = o.users;
        q.from = o.from;
        q.to = o.to;
        auto found = Calendar::occurrences(db, q);
        if (!found)
            return found.error();
        for (const Occurrence& occurrence : std::as_const(*found)) {
            const QString id = occurrence.seriesId.isEmpty() ? occurrence.id : occurrence.seriesId;
            if (!roots.contains(id))
                roots << id;
        }
    } else {
        for (const QString& user : o.users) {
            auto st = db.statements().get(
                QStringLiteral("SELECT id FROM activities WHERE owner_id = ? AND deleted = 0 AND series_id IS NULL "
                               "AND type IN ('meeting', 'call', 'task') ORDER BY coalesce(start_at, due_at)"));
            st->bind(1, user);
            while (st->step() == SqlStatement::Step::Row)
                roots << st->text(0);
        }
    }
    QStringList out;
    QSet<QString> seen;
    for (const QString& id : std::as_const(roots)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out << id;
        auto st = db.statements().get(QStringLiteral(
            "SELECT id FROM activities WHERE series_id = ? AND deleted = 0 ORDER BY recurrence_id"));
        st->bind(1, id);
        while (st->step() == SqlStatement::Step::Row)
            if (!seen.contains(st->text(0))) {
                seen.insert(st->text(0));
                out << st->text(0);
            }
    }
    return out;
}

} // namespace

Result<QByteArray> CalendarExport::toIcs(Database& db, const Options& options, int* written)
{
    auto ids = selection(db, options);
    if (!ids)
        return ids.error();
    Writer writer(db);
    QHash<QString, QString> uidOf;          // series id → its UID
    QHash<QString, QSet<qint64>> replaced;  // series id → starts written as changed occurrences
    QList<Record> records;
    for (const QString& id : std::as_const(*ids)) {
        auto r = RecordStore::read(db, EntityType::Activity, id);
        if (!r || r->value(u"deleted").toBool())
            continue;
        if (!r->text(u"series_id").isEmpty())
            replaced[r->text(u"series_id")].insert(r->value(u"recurrence_id").toLongLong());
        records << *r;
    }
    for (const Record& r : std::as_const(records)) {
        const QString series = r.text(u"series_id");
        QString uid = r.text(u"ical_uid");
        if (uid.isEmpty())
            uid = series.isEmpty() ? r.id() : uidOf.value(series, series);
        if (series.isEmpty())
            uidOf.insert(r.id(), uid);
        writer.add(r, uid, replaced.value(r.id()));
    }
    if (written)
        *written = writer.written();
    return writer.text();
}

Result<int> CalendarExport::write(Database& db, const QString& path, const Options& options)
{
    int written = 0;
    auto text = toIcs(db, options, &written);
    if (!text)
        return text.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return written;
}

} // namespace rapport
