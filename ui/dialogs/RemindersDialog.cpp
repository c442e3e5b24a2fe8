// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RemindersDialog.h"

#include "Formatting.h"
#include "Icons.h"
#include "ReminderService.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum { IdRole = Qt::UserRole + 1 };
}

RemindersDialog::RemindersDialog(ReminderService& service, QWidget* parent)
    : QDialog(parent, Qt::Window)
    , m_service(service)
{
    setObjectName(QStringLiteral("remindersDialog"));
    setWindowTitle(tr("Reminders"));
    setWindowIcon(icon(Icon::Reminder));
    // A reminder appears beside what the person is typing, never takes the keyboard from it.
    setAttribute(Qt::WA_ShowWithoutActivating);
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setHeaderLabels({tr("Subject"), tr("When"), tr("With"), tr("Alarm")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(icon(Icon::Calendar), tr("&Open"), this);
    m_snoozeFor = new QComboBox(this);
    m_snoozeFor->setObjectName(QStringLiteral("snoozeFor"));
    m_snoozeFor->addItem(tr("5 minutes"), 5);
    m_snoozeFor->addItem(tr("15 minutes"), 15);
    m_snoozeFor->addItem(tr("1 hour"), 60);
    m_snoozeFor->addItem(tr("Tomorrow morning"), 0);
    m_snoozeFor->setCurrentIndex(1);
    m_snooze = new QPushButton(icon(Icon::Timer), tr("&Snooze"), this);
    m_snooze->setObjectName(QStringLiteral("snooze"));
    m_dismiss = new QPushButton(icon(Icon::Done), tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    auto* dismissAll = new QPushButton(tr("Dismiss &all"), this);
    dismissAll->setObjectName(QStringLiteral("dismissAll"));
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_snoozeFor);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(dismissAll);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        for (const QString& id : selectedIds())
            Q_EMIT openRequested(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT openRequested(item->data(0, IdRole).toString()); });
    connect(m_snooze, &QPushButton::clicked, this, [this] { snoozeSelected(m_snoozeFor->currentData().toInt()); });
    connect(m_dismiss, &QPushButton::clicked, this, &RemindersDialog::dismissSelected);
    connect(dismissAll, &QPushButton::clicked, this, [this] {
        m_list->selectAll();
        dismissSelected();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_list->selectedItems().isEmpty();
        m_open->setEnabled(any);
        m_snooze->setEnabled(any);
        m_dismiss->setEnabled(any);
    });
    connect(&service, &ReminderService::dueChanged, this, &RemindersDialog::fill);
    fill(service.due());
    fitToScreen(this, {720, 300});
}

void RemindersDialog::fill(const QList<DueReminder>& due)
{
    const QStringList selected = selectedIds();
    m_list->clear();
    const QString today = Formatting::date(m_service.now());
    for (const DueReminder& r : due) {
        const Occurrence& o = r.occurrence;
        auto* item = new QTreeWidgetItem(m_list);
        item->setIcon(0, iconForActivity(o.type));
        item->setText(0, o.subject);
        item->setText(1, o.allDay ? Formatting::date(Formatting::allDayDate(o.start, o.timeZone))
                                  : Formatting::dateTime(o.start));
        item->setText(2, o.contactName.isEmpty()    ? o.accountName
                         : o.accountName.isEmpty() ? o.contactName
                                                   : tr("%1 (%2)").arg(o.contactName, o.accountName));
        // When it rang: the time alone today, with the day when it rang before (a laptop closed overnight).
        const QString rang =
            Formatting::date(r.alarm.at) == today ? Formatting::time(r.alarm.at) : Formatting::dateTime(r.alarm.at);
        item->setText(3, r.alarm.snoozed ? tr("%1 (snoozed)").arg(rang) : rang);
        item->setData(0, IdRole, o.id);
        item->setSelected(selected.contains(o.id));
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    for (int c = 1; c < 4; ++c)
        m_list->resizeColumnToContents(c);
    const bool any = !m_list->selectedItems().isEmpty();
    m_open->setEnabled(any);
    m_snooze->setEnabled(any);
    m_dismiss->setEnabled(any);
    setWindowTitle(due.isEmpty() ? tr("Reminders") : tr("Reminders (%1)").arg(due.size()));
    // The person dealt with the reminders here, and none is left: nothing is left to look at (the bell opens
    // the window again). The list is filled again after each change, so several may come before the last.
    if (m_acted && due.isEmpty()) {
        m_acted = false;
        hide();
    }
}

void RemindersDialog::showEvent(QShowEvent* event)
{
    m_acted = false;
    QDialog::showEvent(event);
}

QStringList RemindersDialog::selectedIds() const
{
    QStringList ids;
    for (QTreeWidgetItem* item : m_list->selectedItems())
        ids << item->data(0, IdRole).toString();
    return ids;
}

void RemindersDialog::snoozeSelected(int minutes)
{
    const qint64 now = m_service.now();
    const qint64 until =
        minutes > 0 ? now + qint64(minutes) * 60 * 1000 : ReminderService::tomorrowMorning(now, Formatting::displayZone());
    for (const QString& id : selectedIds())
        if (Status s = m_service.snooze(id, until); !s)
            Q_EMIT message(s.error().message);
    m_acted = true;
}

void RemindersDialog::dismissSelected()
{
    for (const QString& id : selectedIds())
        if (Status s = m_service.dismiss(id); !s)
            Q_EMIT message(s.error().message);
    m_acted = true;
}

} // namespace rapport
