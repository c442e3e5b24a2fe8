// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/Calendar.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <optional>

class QUndoStack;
class QWidget;

namespace rapport {

/// Someone invited, as an editor wants them: a user, a contact or just an address, and their answer.
struct Invitee
{
    QString userId;
    QString contactId;
    QString email;
    QString name; ///< what the editor shows
    QString response = QStringLiteral("needs_action");

    bool sameAs(const Record& attendee) const;
};

/// Every change to a calendar entry made in the GUI, whether by dragging it in the calendar or in its
/// editor: one undoable write, and for an occurrence of a series first the question "this one, this
/// and following, or all?" (Ask::seriesScope). Attendees change with the entry they end up on: the
/// occurrence made its own, the new series, or the series.
class ActivityEdits
{
    Q_DECLARE_TR_FUNCTIONS(ActivityEdits)

public:
    enum class Outcome { Written, Unchanged, Cancelled };

    /// Changes `occurrence` by `changes` (fields as they should be for it); `invitees`, when given,
    /// replaces who is invited. Returns what happened, or the write's error.
    static Result<Outcome> change(QWidget* parent, RecordStore& store, QUndoStack& undo, const Occurrence& occurrence,
                                  const Record& changes, const std::optional<QList<Invitee>>& invitees = {});
    /// Creates an activity with its attendees; returns its id.
    static Result<QString> create(RecordStore& store, QUndoStack& undo, Record activity,
                                  const QList<Invitee>& invitees, const QString& text);
    /// Deletes `occurrence` (asking which ones for a series).
    static Result<Outcome> remove(QWidget* parent, RecordStore& store, QUndoStack& undo, const Occurrence& occurrence);

    /// The occurrence as the calendar would show it, for an activity read from the database.
    static Occurrence occurrenceOf(const Record& activity);
};

} // namespace rapport
