// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Schema.h"

#include <QWidget>

namespace rapport {

/// A page of the main window (Home, Contacts, Calendar, …).
class View : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Shows a record if this view is where such records live; false otherwise.
    virtual bool showRecord(EntityType type, const QString& id)
    {
        Q_UNUSED(type)
        Q_UNUSED(id)
        return false;
    }
    /// Starts a new record of the kind the view shows now; false when it shows none.
    virtual bool createNew() { return false; }
    /// Called when the view becomes visible, to bring time-dependent content up to date.
    virtual void activate() {}

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);
    /// A new record of a kind, filled in with `prefill` (a ticket for the contact shown).
    void createRequested(rapport::EntityType type, const rapport::Record& prefill);
    void message(const QString& text);
};

} // namespace rapport
