// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LogCallDialog.h"

#include "Formatting.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "storage/RecordStore.h"
#include "widgets/FieldEditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

namespace {
/// The next working day after `day`.
QDate nextWorkingDay(const QDate& day)
{
    QDate d = day.addDays(1);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}
} // namespace

LogCallDialog::LogCallDialog(Workspace& workspace, QUndoStack& undo, const QString& contactId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_startedAt(QDateTime::currentMSecsSinceEpoch())
{
    setObjectName(QStringLiteral("logCallDialog"));
    setWindowTitle(tr("Log a call"));
    setWindowIcon(icon(Icon::Call));
    setAttribute(Qt::WA_DeleteOnClose);
    m_elapsed.start();
    auto* layout = new QVBoxLayout(this);

    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("callClock"));
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_clock->setFont(big);
    m_clock->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_clock);

    auto* form = new QFormLayout;
    m_contact = new RecordPicker(EntityType::Contact, &workspace.search(), this);
    m_contact->setObjectName(QStringLiteral("callContact"));
    const QString name = contactId.isEmpty() ? QString() : workspace.store().titleOf(EntityType::Contact, contactId);
    if (!contactId.isEmpty()) {
        m_contact->setValue(contactId);
        m_contact->setTitle(name);
    }
    form->addRow(tr("&With:"), m_contact);
    m_deal = new QLabel(this);
    m_deal->setObjectName(QStringLiteral("callDeal"));
    m_deal->setTextFormat(Qt::PlainText);
    form->addRow(tr("Deal:"), m_deal);
    form->setRowVisible(m_deal, false);
    m_form = form;
    m_subject = new QLineEdit(name.isEmpty() ? tr("Call") : tr("Call with %1").arg(name), this);
    m_subject->setObjectName(QStringLiteral("callSubject"));
    form->addRow(tr("&Subject:"), m_subject);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("callOutcome"));
    const Enumeration& outcomes = *Schema::entity(EntityType::Activity).field(u"outcome")->enumeration;
    for (const QString& key : outcomes.keys)
        m_outcome->addItem(outcomes.label(key), key);
    form->addRow(tr("&Outcome:"), m_outcome);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("callNotes"));
    m_notes->setPlaceholderText(tr("What was said, what was agreed…"));
    form->addRow(tr("&Notes:"), m_notes);

    m_followUp = new QCheckBox(tr("Create a &follow-up task"), this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    form->addRow(QString(), m_followUp);
    m_taskSubject = new QLineEdit(name.isEmpty() ? tr("Follow up") : tr("Follow up with %1").arg(name), this);
    m_taskSubject->setObjectName(QStringLiteral("followUpSubject"));
    auto* due = new QHBoxLayout;
    m_taskDate = new QDateEdit(nextWorkingDay(Formatting::local(m_startedAt).date()), this);
    m_taskDate->setCalendarPopup(true);
    m_taskDate->setDisplayFormat(Formatting::dateFormat());
    m_taskTime = new QTimeEdit(QTime(9, 0), this);
    m_taskTime->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    due->addWidget(m_taskDate, 1);
    due->addWidget(m_taskTime, 1);
    form->addRow(tr("Task:"), m_taskSubject);
    form->addRow(tr("Due:"), due);
    layout->addLayout(form, 1);
    const auto enableTask = [this](bool on) {
        m_taskSubject->setEnabled(on);
        m_taskDate->setEnabled(on);
        m_taskTime->setEnabled(on);
    };
    connect(m_followUp, &QCheckBox::toggled, this, enableTask);
    enableTask(false);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Log call"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogCallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogCallDialog::reject);

    auto* timer = new QTimer(this);
    timer->start(1000);
    connect(timer, &QTimer::timeout, this, &LogCallDialog::tick);
    tick();
    m_notes->setFocus();
    fitToScreen(this, {480, 520});
}

void LogCallDialog::setDeal(const QString& opportunityId)
{
    m_opportunityId = opportunityId;
    m_deal->setText(opportunityId.isEmpty() ? QString()
                                            : m_workspace.store().titleOf(EntityType::Opportunity, opportunityId));
    m_form->setRowVisible(m_deal, !opportunityId.isEmpty());
}

qint64 LogCallDialog::elapsedSeconds() const
{
    return m_elapsed.elapsed() / 1000;
}

void LogCallDialog::tick()
{
    const qint64 s = elapsedSeconds();
    m_clock->setText(QStringLiteral("%1:%2:%3")
                         .arg(s / 3600, 2, 10, QLatin1Char('0'))
                         .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0')));
}

void LogCallDialog::accept()
{
    if (const QString problem = m_contact->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const QString subject = m_subject->text().trimmed();
    if (subject.isEmpty()) {
        m_error->setText(tr("Give the call a subject."));
        m_error->show();
        return;
    }
    RecordStore& store = m_workspace.store();
    const QString contactId = m_contact->value().toString();
    // The call is at the deal's company when it is about a deal, else at the contact's.
    QString accountId;
    if (!m_opportunityId.isEmpty())
        if (const auto deal = store.fetch(EntityType::Opportunity, m_opportunityId))
            accountId = deal->text(u"account_id");
    if (accountId.isEmpty() && !contactId.isEmpty())
        if (const auto contact = store.fetch(EntityType::Contact, contactId))
            accountId = contact->text(u"account_id");
    const auto link = [&](Record& activity) {
        for (const auto& [field, id] : {std::pair{u"contact_id", contactId}, std::pair{u"account_id", accountId},
                                        std::pair{u"opportunity_id", m_opportunityId}})
            if (!id.isEmpty())
                activity.set(field, id);
    };
    const qint64 seconds = std::max<qint64>(1, elapsedSeconds());
    const QString zone = QString::fromUtf8(Formatting::displayZone().id());

    Record call(EntityType::Activity, store.newId());
    call.set(u"type", QStringLiteral("call"));
    call.set(u"subject", subject);
    call.set(u"start_at", m_startedAt);
    call.set(u"end_at", m_startedAt + seconds * 1000);
    call.set(u"duration_s", seconds);
    call.set(u"time_zone", zone);
    call.set(u"done", true);
    call.set(u"outcome", m_outcome->currentData().toString());
    if (!m_notes->toPlainText().trimmed().isEmpty())
        call.set(u"description", m_notes->toPlainText().trimmed());
    link(call);
    QList<Mutation> out{Mutation::create(call)};
    if (m_followUp->isChecked()) {
        Record task(EntityType::Activity);
        task.set(u"type", QStringLiteral("task"));
        task.set(u"subject", m_taskSubject->text().trimmed().isEmpty() ? tr("Follow up") : m_taskSubject->text().trimmed());
        task.set(u"due_at", QDateTime(m_taskDate->date(), m_taskTime->time(), Formatting::displayZone()).toMSecsSinceEpoch());
        task.set(u"time_zone", zone);
        task.set(u"done", false);
        task.set(u"alarms", QStringLiteral("[0]"));
        link(task);
        out << Mutation::create(task);
    }
    auto applied = ApplyCommand::apply(m_undo, store, out, tr("Log %1").arg(subject));
    if (!applied) {
        m_error->setText(applied.error().message);
        m_error->show();
        return;
    }
    Q_EMIT message(m_followUp->isChecked() ? tr("Call logged (%1 min) with a follow-up task.").arg((seconds + 59) / 60)
                                           : tr("Call logged (%1 min).").arg((seconds + 59) / 60));
    Q_EMIT logged(call.id());
    QDialog::accept();
}

} // namespace rapport
