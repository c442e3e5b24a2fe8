// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "Icons.h"
#include "domain/Record.h"

#include <QWidget>

#include <functional>

class QBoxLayout;
class QVBoxLayout;
class QLabel;
class QMenu;
class QUndoStack;

namespace rapport {

class ActivityEditor;
class RecordPanel;
class Workspace;

/// A record's whole page beside a list (a customer's 360, a deal's page): what ListPanel shows instead of
/// the bare form for the types that have one.
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Shows a record; reads happen off the GUI thread, the page fills when they arrive.
    virtual void showRecord(const QString& id) = 0;
    /// The form for a new record of the page's type, with the fields of `prefill` filled in (when it is of
    /// that type).
    virtual void createNew(const Record& prefill) = 0;
    /// The record's form (the page's Details tab).
    virtual RecordPanel* details() const = 0;

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);
    /// A new record of another kind, for this one (a ticket or a deal for a contact), filled in with `prefill`.
    void createRequested(rapport::EntityType type, const rapport::Record& prefill);
    void message(const QString& text);

protected:
    /// The page's heading: the record's icon, its name in large type (selectable, to copy) and its facts under
    /// it (rich text, links followed by mouse or keyboard), added to `row`; `name` names the labels ("deal":
    /// dealTitle, dealSubtitle). Every record page has it, so a deal, a ticket and a customer read alike.
    struct Header
    {
        QLabel* title;
        QLabel* subtitle;
        QWidget* box;       ///< the two, taking up the row's room
        QVBoxLayout* lines; ///< the box's lines, for a page that adds one (a ticket's clocks)
    };
    Header addHeader(QBoxLayout* row, const QIcon& badge, const QString& name);
    /// Opens the form for a new activity of `type` ("meeting", "call", "task") about what `links` names
    /// (contact_id, account_id, opportunity_id): a meeting or a call in the first free hour of the working day
    /// (Calendar::nextFreeSlot), a task due at the next full hour; its messages are the page's.
    ActivityEditor* planActivity(Workspace& workspace, QUndoStack& undo, const QString& type, const Record& links);
    /// "New meeting…", "New call…" and "New task…" in `menu`, each about what `links()` names when chosen.
    void addPlanActions(QMenu* menu, Workspace& workspace, QUndoStack& undo, std::function<Record()> links);
};

} // namespace rapport
