// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "IncomingCallDialog.h"

#include "Formatting.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "analytics/CustomerReports.h"
#include "commands/ApplyCommand.h"
#include "storage/Tickets.h"
#include "widgets/ArticleSuggestions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum { IdRole = Qt::UserRole + 1 };
} // namespace

IncomingCallDialog::IncomingCallDialog(Workspace& workspace, QUndoStack& undo, const QString& number,
                                       const QList<Caller>& callers, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_callers(callers)
{
    setObjectName(QStringLiteral("incomingCall"));
    setWindowTitle(tr("Incoming call: %1").arg(number));
    setWindowIcon(icon(Icon::Call));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* badge = new QLabel(this);
    badge->setPixmap(icon(Icon::Call).pixmap(32, 32));
    top->addWidget(badge, 0, Qt::AlignTop);
    auto* who = new QVBoxLayout;
    m_whoLabel = new QLabel(this);
    m_whoLabel->setObjectName(QStringLiteral("callerName"));
    QFont big = m_whoLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_whoLabel->setFont(big);
    who->addWidget(m_whoLabel);
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("callerStanding"));
    who->addWidget(m_standing);
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("callerChoice"));
    for (const Caller& c : callers)
        m_who->addItem(iconFor(c.type), c.company.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.company));
    m_who->setVisible(callers.size() > 1);
    who->addWidget(m_who);
    top->addLayout(who, 1);
    layout->addLayout(top);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Open tickets").toHtmlEscaped()), left));
    m_tickets = new QListWidget(left);
    m_tickets->setObjectName(QStringLiteral("callerTickets"));
    m_tickets->setMaximumHeight(120);
    m_tickets->setWordWrap(true); // "T-100475 · Handheld Scanner S40 cannot connect to the network · Open · …" whole
    m_tickets->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tickets->setToolTip(tr("Double-click a ticket, or choose it and Open ticket, to work on it for this call"));
    leftLayout->addWidget(m_tickets);
    connect(m_tickets, &QListWidget::itemActivated, this, &IncomingCallDialog::openChosenTicket);

    leftLayout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("New ticket for this call").toHtmlEscaped()), left));
    auto* form = new QFormLayout;
    m_subject = new QLineEdit(left);
    m_subject->setObjectName(QStringLiteral("callSubject"));
    m_subject->setPlaceholderText(tr("What is the call about?"));
    m_description = new QPlainTextEdit(left);
    m_description->setObjectName(QStringLiteral("callDescription"));
    m_description->setPlaceholderText(tr("What the customer says"));
    m_description->setTabChangesFocus(true);
    m_priority = new QComboBox(left);
    m_priority->setObjectName(QStringLiteral("callPriority"));
    const Enumeration& priorities = Schema::ticketPriorities();
    for (const QString& key : priorities.keys)
        m_priority->addItem(priorities.label(key), key);
    m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("normal")));
    m_category = new QLineEdit(left);
    m_category->setObjectName(QStringLiteral("callCategory"));
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Category:"), m_category);
    leftLayout->addLayout(form, 1);
    m_problem = new QLabel(left);
    m_problem->setObjectName(QStringLiteral("callProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    leftLayout->addWidget(m_problem);

    m_suggestions = new ArticleSuggestions(workspace.readers(), split);
    m_suggestions->setLinkable(true);
    m_suggestions->setInsertable(false); // no reply yet: an article chosen is linked to the new ticket
    // Before the ticket exists, a linked article is noted for it.
    auto note = [this](const QString& id) {
        if (!m_linked.contains(id))
            m_linked << id;
        Q_EMIT message(tr("The article will be linked to the new ticket."));
    };
    connect(m_suggestions, &ArticleSuggestions::linkRequested, this, note);
    connect(m_suggestions, &ArticleSuggestions::openRequested, this,
            [this](const QString& id) { Q_EMIT openRecordRequested(EntityType::KnowledgeArticle, id); });
    auto typed = [this] {
        m_suggestions->setText(m_subject->text() + QLatin1Char('\n') + m_description->toPlainText());
    };
    connect(m_subject, &QLineEdit::textEdited, this, typed);
    connect(m_description, &QPlainTextEdit::textChanged, this, typed);
    split->addWidget(left);
    split->addWidget(m_suggestions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* create = buttons->addButton(tr("Create ticket"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createTicket"));
    create->setIcon(icon(Icon::Ticket));
    create->setDefault(true);
    // The call is about a ticket already open: work on it there (the call's window goes, the ticket is the place).
    QPushButton* open = buttons->addButton(tr("Open ticket"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openCallerTicket"));
    open->setIcon(icon(Icon::Open));
    open->setEnabled(false);
    connect(m_tickets, &QListWidget::currentItemChanged, open,
            [open](QListWidgetItem* item) { open->setEnabled(item && !item->data(IdRole).toString().isEmpty()); });
    connect(open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_tickets->currentItem())
            openChosenTicket(item);
    });
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        auto id = createTicket();
        if (!id) {
            m_problem->setText(id.error().text());
            m_problem->show();
            return;
        }
        accept();
    });
    layout->addWidget(buttons);
    connect(m_who, &QComboBox::currentIndexChanged, this, &IncomingCallDialog::showCaller);
    showCaller(0);
    fitToScreen(this, {760, 460});
    m_subject->setFocus();
}

void IncomingCallDialog::openChosenTicket(QListWidgetItem* item)
{
    const QString id = item->data(IdRole).toString();
    if (id.isEmpty())
        return;
    Q_EMIT openRecordRequested(EntityType::Ticket, id);
    reject();
}

Caller IncomingCallDialog::caller() const
{
    const int i = m_who->currentIndex();
    return i >= 0 && i < m_callers.size() ? m_callers[i] : Caller{};
}

void IncomingCallDialog::showCaller(int index)
{
    if (index < 0 || index >= m_callers.size())
        return;
    const Caller& c = m_callers[index];
    m_whoLabel->setText(c.company.isEmpty() ? c.name : tr("%1 · %2").arg(c.name, c.company));
    // Where the caller's company stands as a customer: a champion is answered as one, and one likely to churn
    // is worth the extra minute.
    QString account = c.type == EntityType::Account ? c.id : QString();
    if (c.type == EntityType::Contact)
        if (const auto contact = m_workspace.store().fetch(EntityType::Contact, c.id))
            account = contact->text(u"account_id");
    const auto standing = account.isEmpty() ? Result<std::optional<CustomerReports::CustomerStanding>>(std::nullopt)
                                            : CustomerReports::standing(m_workspace.database(), account);
    if (standing && standing->has_value()) {
        const auto& s = **standing;
        const QLocale locale;
        m_standing->setText((s.atRisk ? tr("%1 customer, lifetime value %2, likely to churn (%3)")
                                      : tr("%1 customer, lifetime value %2, churn risk %3"))
                                .arg(CustomerReports::segmentLabel(s.segment), s.lifetimeValue.formatWhole(locale),
                                     Formatting::percent(100.0 * s.churnRisk)));
        m_standing->setStyleSheet(s.atRisk ? QStringLiteral("color: #b3261e;") : QString());
    }
    m_standing->setVisible(standing && standing->has_value());
    m_tickets->clear();
    if (c.type == EntityType::Lead) {
        m_tickets->addItem(tr("A lead has no tickets; convert it to a customer first."));
        return;
    }
    // The caller's open tickets (a company's, for an account), newest first.
    const auto open = Tickets::openOf(m_workspace.database(), c.type, c.id);
    for (const TicketSummary& t : open ? *open : QList<TicketSummary>()) {
        auto* item = new QListWidgetItem(icon(Icon::Ticket),
                                         tr("%1 · %2 · %3 · opened %4")
                                             .arg(t.number, t.subject, Schema::ticketStatuses().label(t.status),
                                                  Formatting::date(t.openedAt)),
                                         m_tickets);
        item->setData(IdRole, t.id);
    }
    if (m_tickets->count() == 0)
        m_tickets->addItem(tr("No open tickets."));
}

Result<QString> IncomingCallDialog::createTicket()
{
    const Caller c = caller();
    Record t(EntityType::Ticket, m_workspace.store().newId());
    t.set(u"subject", m_subject->text().trimmed())
        .set(u"priority", m_priority->currentData().toString())
        .set(u"channel", QStringLiteral("phone"))
        .set(u"assignee_id", m_workspace.currentUserId());
    if (!m_category->text().trimmed().isEmpty())
        t.set(u"category", m_category->text().trimmed());
    const QString description = m_description->toPlainText().trimmed();
    if (!description.isEmpty())
        t.set(u"description", description);
    if (c.type == EntityType::Contact) {
        t.set(u"contact_id", c.id);
        if (const auto contact = m_workspace.store().fetch(EntityType::Contact, c.id);
            contact && !contact->text(u"account_id").isEmpty())
            t.set(u"account_id", contact->text(u"account_id"));
    } else if (c.type == EntityType::Account) {
        t.set(u"account_id", c.id);
    }
    QList<Mutation> writes{Mutation::create(t)};
    if (!description.isEmpty())
        writes << Tickets::addEntry(t, QStringLiteral("customer"), description, {}, m_workspace.store().wallTime())
                      .first();
    for (const QString& article : std::as_const(m_linked)) {
        Record link(EntityType::TicketArticle);
        link.set(u"ticket_id", t.id()).set(u"article_id", article);
        writes << Mutation::create(link);
    }
    auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), writes, tr("New ticket from a call"));
    if (!applied)
        return applied.error();
    Q_EMIT ticketCreated(t.id());
    return t.id();
}

} // namespace rapport
