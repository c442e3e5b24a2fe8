// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Schema.h"

#include <QIcon>
#include <QStringList>

namespace rapport {

/// Every icon the UI uses, by role. They come from the freedesktop icon theme (Breeze is installed
/// with Rapport and used when the desktop's own theme lacks one), so the program matches the desktop.
enum class Icon {
    Home,
    Contacts,
    Calendar,
    Opportunities,
    HelpDesk,
    Reports,
    Search,
    Settings,
    Quit,
    Undo,
    Redo,
    Open,
    Save,
    Edit,
    Cancel,
    Refresh,
    Offline,
    Online,
    About,
    Previous,
    Next,
    Today,
    Warning,
    Account,
    Contact,
    Lead,
    Opportunity,
    Ticket,
    Article,
    Campaign,
    User,
    Call,
    Meeting,
    Task,
    Email,
    Note,
    Merge,
    Unmerge,
    Export,
    Import,
    Delete,
    Filter,
    Tag,
    OrgChart,
    ListView,
    Add,
    Remove,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    Columns,
    Duplicates,
    Back,
    Reminder,
    DayView,
    WorkWeekView,
    WeekView,
    MonthView,
    AgendaView,
    NewAppointment,
    Timer,
    Done,
    People,
    SidePane,
    HideSidePane,
    Pause,
    Resume,
    Archive,
};

QIcon icon(Icon which);
QIcon iconFor(EntityType type);
QIcon iconForActivity(QStringView type);
/// The theme names behind every Icon value (for the test that none is missing).
QStringList allIconNames();
/// Chooses Breeze when the platform's icon theme cannot provide Rapport's icons.
void setUpIconTheme();

} // namespace rapport
