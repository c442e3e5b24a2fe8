// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Icons.h"

#include <QStandardPaths>

#include <map>

namespace rapport {

namespace {
const std::map<Icon, const char*>& names()
{
    static const std::map<Icon, const char*> n = {
        {Icon::Home, "go-home"},
        {Icon::Contacts, "view-pim-contacts"},
        {Icon::Calendar, "view-pim-calendar"},
        {Icon::Opportunities, "view-financial-list"},
        {Icon::HelpDesk, "audio-headset"},
        {Icon::Reports, "office-chart-bar"},
        {Icon::Search, "edit-find"},
        {Icon::Settings, "configure"},
        {Icon::Quit, "application-exit"},
        {Icon::Undo, "edit-undo"},
        {Icon::Redo, "edit-redo"},
        {Icon::Open, "document-open"},
        {Icon::Save, "document-save"},
        {Icon::Edit, "document-edit"},
        {Icon::Cancel, "dialog-cancel"},
        {Icon::Refresh, "view-refresh"},
        {Icon::Offline, "network-offline"},
        {Icon::Online, "network-connect"},
        {Icon::About, "help-about"},
        {Icon::Previous, "go-previous"},
        {Icon::Next, "go-next"},
        {Icon::Today, "view-calendar-day"},
        {Icon::Warning, "dialog-warning"},
        {Icon::Account, "view-bank"},
        {Icon::Contact, "im-user"},
        {Icon::Lead, "im-invisible-user"}, // someone not yet a customer: a person in outline
        {Icon::Opportunity, "wallet-open"},
        {Icon::Ticket, "help-contents"},
        {Icon::Article, "documentation"},
        {Icon::Campaign, "mail-send"},
        {Icon::User, "user-identity"},
        {Icon::Call, "call-start"},
        {Icon::Meeting, "meeting-attending"},
        {Icon::Task, "view-pim-tasks"},
        {Icon::Email, "mail-message"},
        {Icon::Note, "view-pim-notes"},
        {Icon::Merge, "merge"},
        {Icon::Unmerge, "split"},
        {Icon::Export, "document-export"},
        {Icon::Import, "document-import"},
        {Icon::Delete, "edit-delete"},
        {Icon::Filter, "view-filter"},
        {Icon::Tag, "tag"},
        {Icon::OrgChart, "view-list-tree"},
        {Icon::ListView, "view-list-details"},
        {Icon::Add, "list-add"},
        {Icon::Remove, "list-remove"},
        {Icon::ZoomIn, "zoom-in"},
        {Icon::ZoomOut, "zoom-out"},
        {Icon::ZoomFit, "zoom-fit-best"},
        {Icon::Columns, "configure"},
        {Icon::Duplicates, "edit-copy"},
        {Icon::Back, "go-previous"},
        {Icon::Reminder, "appointment-reminder"},
        {Icon::DayView, "view-calendar-day"},
        {Icon::WorkWeekView, "view-calendar-workweek"},
        {Icon::WeekView, "view-calendar-week"},
        {Icon::MonthView, "view-calendar-month"},
        {Icon::AgendaView, "view-calendar-agenda"},
        {Icon::NewAppointment, "appointment-new"},
        {Icon::Timer, "chronometer"},
        {Icon::Done, "task-complete"},
        {Icon::People, "list-add-user"},
        {Icon::SidePane, "sidebar-expand-left"},
        {Icon::HideSidePane, "sidebar-collapse-left"},
        {Icon::Pause, "media-playback-pause"},
        {Icon::Resume, "media-playback-start"},
        {Icon::Archive, "archive-insert"},
    };
    return n;
}
} // namespace

QIcon icon(Icon which)
{
    return QIcon::fromTheme(QString::fromLatin1(names().at(which)));
}

QIcon iconFor(EntityType type)
{
    switch (type) {
    case EntityType::Account:
        return icon(Icon::Account);
    case EntityType::Contact:
        return icon(Icon::Contact);
    case EntityType::Lead:
        return icon(Icon::Lead);
    case EntityType::Opportunity:
        return icon(Icon::Opportunity);
    case EntityType::Ticket:
        return icon(Icon::Ticket);
    case EntityType::KnowledgeArticle:
        return icon(Icon::Article);
    case EntityType::Campaign:
        return icon(Icon::Campaign);
    case EntityType::Activity:
        return icon(Icon::Calendar);
    case EntityType::User:
        return icon(Icon::User);
    default:
        return icon(Icon::Open);
    }
}

QIcon iconForActivity(QStringView type)
{
    if (type == u"call")
        return icon(Icon::Call);
    if (type == u"meeting")
        return icon(Icon::Meeting);
    if (type == u"task")
        return icon(Icon::Task);
    if (type == u"email")
        return icon(Icon::Email);
    return icon(Icon::Note);
}

QStringList allIconNames()
{
    QStringList out;
    for (const auto& [which, name] : names())
        out << QString::fromLatin1(name);
    return out;
}

void setUpIconTheme()
{
    // Some platform plugins (offscreen, minimal) know no icon folders: add the XDG ones.
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString& dir : QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                                        QStandardPaths::LocateDirectory))
        if (!paths.contains(dir))
            paths << dir;
    QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    for (const QString& name : allIconNames()) {
        if (!QIcon::hasThemeIcon(name)) {
            QIcon::setThemeName(QStringLiteral("breeze"));
            return;
        }
    }
}

} // namespace rapport
