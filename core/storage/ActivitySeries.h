// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/Calendar.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace rapport {

/// Changing or deleting one occurrence of a repeating activity, as calendars ask: this one, this and
/// the following ones, or all of them. The answer is a list of ordinary mutations for
/// RecordStore::apply (one transaction; the GUI's undo keeps them together):
/// - this one: a changed occurrence becomes a record of its own (series_id, recurrence_id) and the
///   series skips that start (exdates); deleting one only skips it;
/// - this and following: the series ends before the occurrence, a new series continues from it with
///   what was left (COUNT reduced, skipped starts and changed occurrences carried over);
/// - all: the series changes; a moved occurrence moves every occurrence by as much.
/// Attendees go with every new record made.
class ActivitySeries
{
    Q_DECLARE_TR_FUNCTIONS(ActivitySeries)

public:
    enum class Scope { This, Following, All };

    /// `changes`: the fields to change (no id needed), as they should be for `occurrence`.
    static Result<QList<Mutation>> edit(RecordStore& store, const Occurrence& occurrence, const Record& changes,
                                        Scope scope);
    static Result<QList<Mutation>> remove(RecordStore& store, const Occurrence& occurrence, Scope scope);
    /// The people invited to an activity (a series' attendees are those of every occurrence).
    static QList<Record> attendees(RecordStore& store, const QString& activityId);
};

} // namespace rapport
