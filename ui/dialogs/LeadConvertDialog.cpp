// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "LeadConvertDialog.h"

#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "domain/Money.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

LeadConvertDialog::LeadConvertDialog(Workspace& workspace, QUndoStack& undo, LeadConversionPlan plan, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("leadConvertDialog"));
    const QString person =
        (m_plan.lead.text(u"first_name") + QLatin1Char(' ') + m_plan.lead.text(u"last_name")).trimmed();
    setWindowTitle(tr("Convert %1").arg(person));
    auto* layout = new QVBoxLayout(this);

    auto* account = new QLabel(m_plan.accountId.isEmpty()
                                   ? tr("Account: <b>%1</b> (new)").arg(m_plan.accountName.toHtmlEscaped())
                                   : tr("Account: <b>%1</b> (already a customer: the deal and the contact go there)")
                                         .arg(m_plan.accountName.toHtmlEscaped()),
                               this);
    account->setWordWrap(true);
    layout->addWidget(account);

    auto* whoBox = new QGroupBox(m_plan.duplicates.isEmpty() ? tr("Contact")
                                                             : tr("%1 is probably already in the book").arg(person),
                                 this);
    auto* who = new QVBoxLayout(whoBox);
    m_who = new QButtonGroup(this);
    int id = 0;
    for (const DuplicateCandidate& d : std::as_const(m_plan.duplicates)) {
        auto* b = new QRadioButton(tr("Use %1 (%2) — %3").arg(d.title, d.detail, d.reasons.join(QStringLiteral("; "))),
                                   whoBox);
        b->setObjectName(QStringLiteral("use_") + d.id);
        b->setProperty("contactId", d.id);
        m_who->addButton(b, id++);
        who->addWidget(b);
    }
    auto* fresh = new QRadioButton(tr("Create a new contact %1").arg(person), whoBox);
    fresh->setObjectName(QStringLiteral("newContact"));
    m_who->addButton(fresh, id);
    who->addWidget(fresh);
    // The likeliest duplicate is chosen for the person: making a second Anna Keller is the mistake to avoid.
    m_who->button(0)->setChecked(true);
    layout->addWidget(whoBox);

    auto* dealBox = new QGroupBox(tr("Opportunity"), this);
    auto* form = new QFormLayout(dealBox);
    m_openDeal = new QCheckBox(tr("Open an opportunity"), dealBox);
    m_openDeal->setChecked(true);
    m_dealName = new QLineEdit(m_plan.dealName, dealBox);
    m_amount = new QLineEdit(dealBox);
    m_amount->setPlaceholderText(QLocale().toString(12500.0, 'f', 2) + QStringLiteral(" ") + m_plan.currency);
    m_close = new QDateEdit(QDate::currentDate().addMonths(3), dealBox);
    m_close->setDisplayFormat(Formatting::dateFormat());
    m_close->setCalendarPopup(true);
    form->addRow(m_openDeal);
    form->addRow(tr("Name:"), m_dealName);
    form->addRow(tr("Amount (%1):").arg(m_plan.currency), m_amount);
    form->addRow(tr("Expected close:"), m_close);
    connect(m_openDeal, &QCheckBox::toggled, this, [this](bool on) {
        m_dealName->setEnabled(on);
        m_amount->setEnabled(on);
        m_close->setEnabled(on);
    });
    layout->addWidget(dealBox);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Convert"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeadConvertDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeadConvertDialog::reject);
}

void LeadConvertDialog::useContact(const QString& id)
{
    for (QAbstractButton* b : m_who->buttons())
        if (b->property("contactId").toString() == id)
            b->setChecked(true);
}

void LeadConvertDialog::accept()
{
    m_error->hide();
    LeadConversionPlan plan = m_plan;
    plan.contactId = m_who->checkedButton() ? m_who->checkedButton()->property("contactId").toString() : QString();
    plan.openDeal = m_openDeal->isChecked();
    plan.dealName = m_dealName->text();
    plan.expectedClose = m_close->date().toString(Qt::ISODate);
    if (plan.openDeal && !m_amount->text().trimmed().isEmpty()) {
        const auto money = Money::parse(m_amount->text(), plan.currency);
        if (!money) {
            m_error->setText(tr("\"%1\" is not an amount.").arg(m_amount->text()));
            m_error->show();
            return;
        }
        plan.amount = money->minor;
    }
    ConvertedLead made;
    const QList<Mutation> writes = LeadConversion::mutations(m_workspace.store(), plan, made);
    const QString person = (plan.lead.text(u"first_name") + QLatin1Char(' ') + plan.lead.text(u"last_name")).trimmed();
    if (auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), writes, tr("Convert %1").arg(person)); !applied) {
        m_error->setText(applied.error().message);
        m_error->show();
        return;
    }
    Q_EMIT message(tr("%1 converted (Edit → Undo takes it back).").arg(person));
    Q_EMIT converted(made);
    QDialog::accept();
}

} // namespace rapport
