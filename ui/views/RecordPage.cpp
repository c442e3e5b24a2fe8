// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordPage.h"

#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "dialogs/ActivityEditor.h"
#include "storage/Calendar.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>

namespace rapport {

RecordPage::Header RecordPage::addHeader(QBoxLayout* row, const QIcon& which, const QString& name)
{
    auto* badge = new QLabel(this);
    badge->setPixmap(which.pixmap(40, 40));
    badge->setAlignment(Qt::AlignTop);
    row->addWidget(badge);
    auto* box = new QWidget(this);
    auto* titles = new QVBoxLayout(box);
    titles->setContentsMargins(0, 0, 0, 0);
    titles->setSpacing(2);
    Header header{new QLabel(box), new QLabel(box), box, titles};
    header.title->setObjectName(name + QStringLiteral("Title"));
    QFont big = header.title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    header.title->setFont(big);
    header.title->setWordWrap(true);
    header.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header.subtitle->setObjectName(name + QStringLiteral("Subtitle"));
    header.subtitle->setTextFormat(Qt::RichText);
    header.subtitle->setWordWrap(true);
    header.subtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    titles->addWidget(header.title);
    titles->addWidget(header.subtitle);
    row->addWidget(box, 1);
    return header;
}

ActivityEditor* RecordPage::planActivity(Workspace& workspace, QUndoStack& undo, const QString& type,
                                         const Record& links)
{
    Record draft(EntityType::Activity);
    draft.set(u"type", type);
    for (const char16_t* field : {u"contact_id", u"account_id", u"opportunity_id", u"ticket_id"})
        if (const QString id = links.text(field); !id.isEmpty())
            draft.set(field, id);
    // A meeting or a call goes where the calendar is free: the first free hour of the working day from now.
    if (type == u"meeting" || type == u"call") {
        const int minutes = type == u"meeting" ? 60 : 30;
        const qint64 start =
            Calendar::nextFreeSlot(workspace.database(), workspace.currentUserId(), QDateTime::currentMSecsSinceEpoch(),
                                   minutes, Formatting::displayZone());
        draft.set(u"start_at", start).set(u"end_at", start + qint64(minutes) * 60 * 1000);
    }
    ActivityEditor* editor = ActivityEditor::forNew(workspace, undo, draft, this);
    // A meeting with the contact: they are among its attendees.
    if (const QString contact = draft.text(u"contact_id"); type == u"meeting" && !contact.isEmpty()) {
        Invitee who;
        who.contactId = contact;
        who.name = workspace.store().titleOf(EntityType::Contact, contact);
        editor->invite(who);
    }
    connect(editor, &ActivityEditor::message, this, &RecordPage::message);
    editor->open();
    editor->subjectEdit()->setFocus();
    return editor;
}

void RecordPage::addPlanActions(QMenu* menu, Workspace& workspace, QUndoStack& undo, std::function<Record()> links)
{
    const struct
    {
        const char* name;
        QString type;
        Icon icon;
        QString label;
    } kinds[] = {{"planMeeting", QStringLiteral("meeting"), Icon::Meeting, tr("New meeting…")},
                 {"planCall", QStringLiteral("call"), Icon::Call, tr("New call…")},
                 {"planTask", QStringLiteral("task"), Icon::Task, tr("New task…")}};
    for (const auto& k : kinds)
        menu->addAction(
                icon(k.icon), k.label, this,
                [this, &workspace, &undo, links, type = k.type] { planActivity(workspace, undo, type, links()); })
            ->setObjectName(QLatin1String(k.name));
}

} // namespace rapport
