// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"

#include <QWidget>

namespace rapport {

class RecordPanel;

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
};

} // namespace rapport
