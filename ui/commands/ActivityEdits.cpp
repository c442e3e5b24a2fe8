// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ActivityEdits.h"

#include "commands/ApplyCommand.h"
#include "dialogs/Ask.h"
#include "storage/ActivitySeries.h"

namespace rapport {

bool Invitee::sameAs(const Record& attendee) const
{
    if (!userId.isEmpty())
        return attendee.text(u"user_id") == userId;
    if (!contactId.isEmpty())
        return attendee.text(u"contact_id") == contactId;
    return attendee.text(u"user_id").isEmpty() && attendee.text(u"contact_id").isEmpty() &&
           attendee.text(u"email").compare(email, Qt::CaseInsensitive) == 0;
}

namespace {

Record attendeeOf(const Invitee& who, const QString& activityId)
{
    Record a(EntityType::ActivityAttendee);
    a.set(u"activity_id", activityId);
    if (!who.userId.isEmpty())
        a.set(u"user_id", who.userId);
    if (!who.contactId.isEmpty())
        a.set(u"contact_id", who.contactId);
    if (!who.email.isEmpty())
        a.set(u"email", who.email);
    a.set(u"response", who.response);
    return a;
}

/// Makes the attendees of `activityId` those of `wanted`: the creates already in `out` for a new
/// activity are adjusted in place, a stored activity's attendees are updated, invited or removed.
void inviteAs(RecordStore& store, const QString& activityId, const QList<Invitee>& wanted, QList<Mutation>& out)
{
    QList<Record> current;
    QList<int> pending; // index in `out` of each `current` entry that is a create, else -1
    const bool isNew = std::any_of(out.begin(), out.end(), [&](const Mutation& m) {
        return m.op == Mutation::Op::Create && m.record.type() == EntityType::Activity && m.record.id() == activityId;
    });
    if (isNew) {
        for (int i = 0; i < out.size(); ++i)
            if (out[i].op == Mutation::Op::Create && out[i].record.type() == EntityType::ActivityAttendee &&
                out[i].record.text(u"activity_id") == activityId) {
                current << out[i].record;
                pending << i;
            }
    } else {
        current = ActivitySeries::attendees(store, activityId);
        pending.fill(-1, current.size());
    }
    QList<int> drop;
    for (int k = 0; k < current.size(); ++k) {
        const auto match = std::find_if(wanted.begin(), wanted.end(), [&](const Invitee& w) { return w.sameAs(current[k]); });
        if (match == wanted.end()) {
            if (pending[k] >= 0)
                drop << pending[k];
            else
                out << Mutation::remove(EntityType::ActivityAttendee, current[k].id());
        } else if (current[k].text(u"response") != match->response) {
            if (pending[k] >= 0) {
                out[pending[k]].record.set(u"response", match->response);
            } else {
                Record r(EntityType::ActivityAttendee, current[k].id());
                r.set(u"response", match->response);
                out << Mutation::update(r);
            }
        }
    }
    std::sort(drop.begin(), drop.end(), std::greater<>());
    for (int i : drop)
        out.removeAt(i);
    for (const Invitee& w : wanted)
        if (std::none_of(current.begin(), current.end(), [&](const Record& r) { return w.sameAs(r); }))
            out << Mutation::create(attendeeOf(w, activityId));
}

} // namespace

Occurrence ActivityEdits::occurrenceOf(const Record& a)
{
    Occurrence o;
    o.id = a.id();
    o.seriesId = a.text(u"rrule").isEmpty() ? a.text(u"series_id") : a.id();
    o.recurrenceId = a.value(u"recurrence_id").isNull() ? 0 : a.value(u"recurrence_id").toLongLong();
    o.ownerId = a.text(u"owner_id");
    o.calendar = o.ownerId;
    o.type = a.text(u"type");
    o.subject = a.text(u"subject");
    o.location = a.text(u"location");
    o.timeZone = a.text(u"time_zone");
    o.isTask = a.value(u"start_at").isNull();
    o.start = (o.isTask ? a.value(u"due_at") : a.value(u"start_at")).toLongLong();
    o.end = a.value(u"end_at").isNull() ? o.start : a.value(u"end_at").toLongLong();
    o.allDay = a.value(u"all_day").toBool();
    o.done = a.value(u"done").toBool();
    o.repeats = !o.seriesId.isEmpty();
    if (!a.text(u"rrule").isEmpty())
        o.recurrenceId = o.start; // the series opened as a whole: its first occurrence
    return o;
}

Result<ActivityEdits::Outcome> ActivityEdits::change(QWidget* parent, RecordStore& store, QUndoStack& undo,
                                                     const Occurrence& occurrence, const Record& changes,
                                                     const std::optional<QList<Invitee>>& invitees)
{
    QList<Mutation> check;
    if (invitees)
        inviteAs(store, occurrence.id, *invitees, check);
    if (changes.presentFields().isEmpty() && check.isEmpty())
        return Outcome::Unchanged;

    ActivitySeries::Scope scope = ActivitySeries::Scope::All;
    if (!occurrence.seriesId.isEmpty()) {
        const auto asked = Ask::seriesScope(parent, occurrence.subject, false);
        if (!asked)
            return Outcome::Cancelled;
        scope = *asked;
    }
    QList<Mutation> out;
    if (!changes.presentFields().isEmpty() || !occurrence.seriesId.isEmpty()) {
        auto edited = ActivitySeries::edit(store, occurrence, changes, scope);
        if (!edited)
            return edited.error();
        out = *edited;
        // Updates without a field (nothing to say about the record itself) are dropped.
        out.removeIf([](const Mutation& m) { return m.op == Mutation::Op::Update && m.record.presentFields().isEmpty(); });
    }
    if (invitees) {
        // Who is invited belongs to the entry the change ends on: a new exception or series, or the one edited.
        QString target = scope == ActivitySeries::Scope::All && !occurrence.seriesId.isEmpty() ? occurrence.seriesId
                                                                                                : occurrence.id;
        for (const Mutation& m : std::as_const(out))
            if (m.op == Mutation::Op::Create && m.record.type() == EntityType::Activity)
                target = m.record.id();
        inviteAs(store, target, *invitees, out);
    }
    if (out.isEmpty())
        return Outcome::Unchanged;
    auto applied = ApplyCommand::apply(undo, store, out, tr("Change %1").arg(occurrence.subject));
    if (!applied)
        return applied.error();
    return Outcome::Written;
}

Result<QString> ActivityEdits::create(RecordStore& store, QUndoStack& undo, Record activity,
                                      const QList<Invitee>& invitees, const QString& text)
{
    if (activity.id().isEmpty())
        activity.setId(store.newId());
    QList<Mutation> out{Mutation::create(activity)};
    inviteAs(store, activity.id(), invitees, out);
    auto applied = ApplyCommand::apply(undo, store, out, text);
    if (!applied)
        return applied.error();
    return activity.id();
}

Result<ActivityEdits::Outcome> ActivityEdits::remove(QWidget* parent, RecordStore& store, QUndoStack& undo,
                                                     const Occurrence& occurrence)
{
    ActivitySeries::Scope scope = ActivitySeries::Scope::All;
    if (!occurrence.seriesId.isEmpty()) {
        const auto asked = Ask::seriesScope(parent, occurrence.subject, true);
        if (!asked)
            return Outcome::Cancelled;
        scope = *asked;
    }
    QList<Mutation> out;
    if (occurrence.seriesId.isEmpty()) {
        out << Mutation::remove(EntityType::Activity, occurrence.id);
    } else {
        auto removed = ActivitySeries::remove(store, occurrence, scope);
        if (!removed)
            return removed.error();
        out = *removed;
    }
    auto applied = ApplyCommand::apply(undo, store, out, tr("Delete %1").arg(occurrence.subject));
    if (!applied)
        return applied.error();
    return Outcome::Written;
}

} // namespace rapport
