// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ActivitySeries.h"

#include "domain/Recurrence.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {

namespace {

using Scope = ActivitySeries::Scope;

/// Fields that belong to a series as such and are never copied to a record made from it.
bool seriesOnly(const FieldDef& f)
{
    static const QStringList names{QStringLiteral("rrule"),     QStringLiteral("exdates"),
                                   QStringLiteral("series_id"), QStringLiteral("recurrence_id"),
                                   QStringLiteral("ical_uid"),  QStringLiteral("snoozed_until")};
    return f.is(Derived) || f.is(System) || names.contains(f.name);
}

QList<qint64> numbers(const QVariant& json)
{
    QList<qint64> out;
    if (!json.isNull())
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
            out << v.toInteger();
    return out;
}

QVariant jsonNumbers(const QList<qint64>& list)
{
    if (list.isEmpty())
        return {};
    QJsonArray a;
    for (qint64 n : list)
        a.append(n);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

struct Exception
{
    QString id;
    qint64 recurrenceId = 0;
};

/// Everything a series edit reads: the series, its changed occurrences and its attendees.
struct Loaded
{
    Record series;
    Series rule;
    QString timeField; ///< start_at, or due_at for a task without a start
    QList<Exception> exceptions;
    QList<Record> attendees;
};

Result<Loaded> load(RecordStore& store, const QString& seriesId)
{
    Loaded l;
    auto series = store.fetch(EntityType::Activity, seriesId);
    if (!series)
        return Error{ActivitySeries::tr("The series no longer exists (it may have been deleted by sync)."), {}};
    l.series = *series;
    l.rule = Series::of(l.series);
    l.timeField = l.series.value(u"start_at").isNull() ? QStringLiteral("due_at") : QStringLiteral("start_at");
    Database& db = store.database();
    {
        auto st = db.statements().get(QStringLiteral(
            "SELECT id, recurrence_id FROM activities WHERE series_id = ? AND deleted = 0 ORDER BY recurrence_id"));
        st->bind(1, seriesId);
        while (st->step() == SqlStatement::Step::Row)
            l.exceptions << Exception{st->text(0), st->int64(1)};
    }
    l.attendees = ActivitySeries::attendees(store, seriesId);
    return l;
}

/// A new activity with the series' fields, starting at `start`.
Record copyOf(RecordStore& store, const Loaded& l, qint64 start)
{
    Record r(EntityType::Activity, store.newId());
    const EntityDef& def = l.series.def();
    for (int i = 0; i < def.fields.size(); ++i)
        if (!seriesOnly(def.fields[i]) && l.series.has(i))
            r.set(i, l.series.value(i));
    r.set(l.timeField, start);
    if (!l.series.value(u"end_at").isNull())
        r.set(u"end_at", start + l.rule.duration);
    return r;
}

/// The attendees of the series, invited to `activityId` as well.
void inviteAttendees(RecordStore& store, const Loaded& l, const QString& activityId, QList<Mutation>& out)
{
    for (const Record& a : l.attendees) {
        Record copy(EntityType::ActivityAttendee, store.newId());
        for (int i : a.presentFields())
            if (!a.def().fields[i].is(Derived) && !a.def().fields[i].is(System))
                copy.set(i, a.value(i));
        copy.set(u"activity_id", activityId);
        out << Mutation::create(copy);
    }
}

Record updateOf(const QString& id)
{
    return Record(EntityType::Activity, id);
}

QList<Mutation> editAll(const Loaded& l, const Occurrence& occurrence, const Record& changes)
{
    QList<Mutation> out;
    const QString& time = l.timeField;
    // A moved occurrence moves them all by as much; a new length applies to all.
    const qint64 shift = changes.has(time) ? changes.value(time).toLongLong() - occurrence.start : 0;
    Record series = updateOf(l.series.id());
    for (int i : changes.presentFields()) {
        const QString& name = changes.def().fields[i].name;
        if (name != time && name != QLatin1String("end_at"))
            series.set(i, changes.value(i));
    }
    const qint64 start = l.series.value(time).toLongLong() + shift;
    if (shift != 0)
        series.set(time, start);
    if (changes.has(u"end_at") || shift != 0) {
        const qint64 length = changes.has(u"end_at") && changes.has(time)
                                  ? changes.value(u"end_at").toLongLong() - changes.value(time).toLongLong()
                              : changes.has(u"end_at") ? changes.value(u"end_at").toLongLong() - occurrence.start
                                                       : l.rule.duration;
        if (!l.series.value(u"end_at").isNull() || changes.has(u"end_at"))
            series.set(u"end_at", start + std::max<qint64>(0, length));
    }
    if (shift != 0) {
        QList<qint64> skipped = numbers(l.series.value(u"exdates"));
        for (qint64& s : skipped)
            s += shift;
        series.set(u"exdates", jsonNumbers(skipped));
    }
    out << Mutation::update(series);
    // The changed occurrences take the same changes and keep their place among the others.
    for (const Exception& e : l.exceptions) {
        Record ex = updateOf(e.id);
        for (int i : changes.presentFields()) {
            const QString& name = changes.def().fields[i].name;
            if (name != time && name != QLatin1String("end_at") && name != QLatin1String("rrule"))
                ex.set(i, changes.value(i));
        }
        if (shift != 0)
            ex.set(u"recurrence_id", e.recurrenceId + shift);
        if (!ex.isEmpty())
            out << Mutation::update(ex);
    }
    return out;
}

} // namespace

QList<Record> ActivitySeries::attendees(RecordStore& store, const QString& activityId)
{
    QStringList ids;
    {
        auto st = store.database().statements().get(
            QStringLiteral("SELECT id FROM activity_attendees WHERE activity_id = ? AND deleted = 0 ORDER BY rid"));
        st->bind(1, activityId);
        while (st->step() == SqlStatement::Step::Row)
            ids << st->text(0);
    }
    QList<Record> out;
    for (const QString& id : std::as_const(ids))
        if (auto a = store.fetch(EntityType::ActivityAttendee, id))
            out << *a;
    return out;
}

Result<QList<Mutation>> ActivitySeries::edit(RecordStore& store, const Occurrence& occurrence, const Record& changes,
                                             Scope scope)
{
    if (occurrence.seriesId.isEmpty()) {
        Record single = changes;
        single.setId(occurrence.id);
        return QList<Mutation>{Mutation::update(single)};
    }
    auto loaded = load(store, occurrence.seriesId);
    if (!loaded)
        return loaded.error();
    const Loaded& l = *loaded;
    const qint64 o = occurrence.recurrenceId;
    const bool isException = occurrence.id != occurrence.seriesId;
    QList<Mutation> out;

    if (scope == Scope::Following && (o <= l.rule.start || Recurrence::endedBefore(l.rule, o).isEmpty()))
        scope = Scope::All;
    switch (scope) {
    case Scope::This: {
        if (isException) {
            Record ex = changes;
            ex.setId(occurrence.id);
            ex.unset(ex.def().indexOf(u"rrule"));
            return QList<Mutation>{Mutation::update(ex)};
        }
        Record ex = copyOf(store, l, o);
        ex.set(u"series_id", l.series.id()).set(u"recurrence_id", o);
        if (!l.series.value(u"ical_uid").isNull())
            ex.set(u"ical_uid", l.series.value(u"ical_uid"));
        Record own = changes;
        own.unset(own.def().indexOf(u"rrule"));
        ex.merge(own);
        out << Mutation::create(ex);
        QList<qint64> skipped = numbers(l.series.value(u"exdates"));
        skipped << o;
        out << Mutation::update(updateOf(l.series.id()).set(u"exdates", jsonNumbers(skipped)));
        inviteAttendees(store, l, ex.id(), out);
        return out;
    }
    case Scope::Following: {
        Record next = copyOf(store, l, o);
        next.set(u"rrule", Recurrence::continuedFrom(l.rule, o));
        QList<qint64> before, after;
        for (qint64 s : numbers(l.series.value(u"exdates")))
            (s < o ? before : after) << s;
        next.merge(changes);
        // Moved: what the new series skips, and the occurrences changed on their own, move with it.
        const qint64 shift = next.value(l.timeField).toLongLong() - o;
        for (qint64& s : after)
            s += shift;
        next.set(u"exdates", jsonNumbers(after));
        out << Mutation::create(next);
        out << Mutation::update(updateOf(l.series.id())
                                    .set(u"rrule", Recurrence::endedBefore(l.rule, o))
                                    .set(u"exdates", jsonNumbers(before)));
        for (const Exception& e : l.exceptions)
            if (e.recurrenceId >= o)
                out << Mutation::update(
                    updateOf(e.id).set(u"series_id", next.id()).set(u"recurrence_id", e.recurrenceId + shift));
        inviteAttendees(store, l, next.id(), out);
        return out;
    }
    case Scope::All:
        return editAll(l, occurrence, changes);
    }
    return out;
}

Result<QList<Mutation>> ActivitySeries::remove(RecordStore& store, const Occurrence& occurrence, Scope scope)
{
    if (occurrence.seriesId.isEmpty())
        return QList<Mutation>{Mutation::remove(EntityType::Activity, occurrence.id)};
    auto loaded = load(store, occurrence.seriesId);
    if (!loaded)
        return loaded.error();
    const Loaded& l = *loaded;
    const qint64 o = occurrence.recurrenceId;
    QList<Mutation> out;
    if (scope == Scope::Following && o <= l.rule.start)
        scope = Scope::All;
    switch (scope) {
    case Scope::This:
        if (occurrence.id != occurrence.seriesId) {
            // A changed occurrence: its start is skipped by the series already.
            out << Mutation::remove(EntityType::Activity, occurrence.id);
        } else {
            QList<qint64> skipped = numbers(l.series.value(u"exdates"));
            skipped << o;
            out << Mutation::update(updateOf(l.series.id()).set(u"exdates", jsonNumbers(skipped)));
        }
        return out;
    case Scope::Following: {
        QList<qint64> before;
        for (qint64 s : numbers(l.series.value(u"exdates")))
            if (s < o)
                before << s;
        out << Mutation::update(updateOf(l.series.id())
                                    .set(u"rrule", Recurrence::endedBefore(l.rule, o))
                                    .set(u"exdates", jsonNumbers(before)));
        for (const Exception& e : l.exceptions)
            if (e.recurrenceId >= o)
                out << Mutation::remove(EntityType::Activity, e.id);
        return out;
    }
    case Scope::All:
        for (const Exception& e : l.exceptions)
            out << Mutation::remove(EntityType::Activity, e.id);
        out << Mutation::remove(EntityType::Activity, l.series.id());
        return out;
    }
    return out;
}

} // namespace rapport
