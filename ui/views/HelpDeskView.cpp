// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "HelpDeskView.h"

#include "Formatting.h"
#include "Icons.h"
#include "SlaWatch.h"
#include "Workspace.h"
#include "dialogs/SlaPoliciesDialog.h"
#include "models/RecordListModel.h"
#include "storage/ListQueries.h"
#include "storage/ReaderPool.h"
#include "storage/Tickets.h"
#include "views/TicketPage.h"
#include "widgets/ListPanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
QToolButton* toolButton(QWidget* parent, const char* name, Icon which, const QString& text, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setIcon(icon(which));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

HelpDeskView::HelpDeskView(Workspace& workspace, QUndoStack& undo, SlaWatch* sla, QWidget* parent)
    : RecordsView(workspace, undo, parent)
    , m_sla(sla)
{
    ListPanel* tickets = addList(EntityType::Ticket, tr("Tickets"));
    tickets->setShares(6, 5); // the queue's countdowns stay in view beside the ticket
    m_queues = new QComboBox(tickets);
    m_queues->setObjectName(QStringLiteral("ticketQueue"));
    for (const ListQueries::Queue& q : ListQueries::ticketQueues(workspace.currentUserId(), {}))
        m_queues->addItem(q.displayLabel(), q.key);
    tickets->filterBar()->insertWidget(0, m_queues);
    connect(m_queues, &QComboBox::currentIndexChanged, this, &HelpDeskView::applyQueue);

    auto* mine = toolButton(tickets, "assignToMe", Icon::User, tr("Assign to me"),
                            tr("Assign the selected tickets to yourself (A)"));
    connect(mine, &QToolButton::clicked, this, &HelpDeskView::assignSelectedToMe);
    auto* assign = toolButton(tickets, "assignByRule", Icon::People, tr("Assign"),
                              tr("Share the selected tickets among their team's agents"));
    assign->setPopupMode(QToolButton::InstantPopup);
    auto* rules = new QMenu(assign);
    assign->setMenu(rules);
    connect(rules, &QMenu::aboutToShow, this, [this, rules] { fillAssignMenu(rules); });
    fillAssignMenu(rules);
    auto* close = toolButton(tickets, "closeTickets", Icon::Done, tr("Close"), tr("Close the selected tickets"));
    connect(close, &QToolButton::clicked, this, &HelpDeskView::closeSelected);
    // Managers set the service levels here.
    auto* levels = toolButton(tickets, "serviceLevels", Icon::Timer, tr("Service levels…"),
                              tr("Response and resolution targets per priority, and the business hours they count in"));
    connect(levels, &QToolButton::clicked, this, [this, &undo] {
        auto* dialog = new SlaPoliciesDialog(m_workspace, undo, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT message(tr("Service levels saved.")); });
        dialog->open();
    });
    for (QToolButton* b : {mine, assign, close, levels})
        tickets->filterBar()->addWidget(b);

    // What is breaching or about to, above the queue; a click shows those tickets.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("slaBanner"));
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8c1d18; padding: 6px 10px; "
                                           "border-radius: 4px; }"));
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this] { showQueue(QStringLiteral("breaching")); });
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_banner);

    // The keyboard: J and K move through the queue, A takes the ticket; Enter and Esc are the list's own.
    QTableView* view = tickets->view();
    auto key = [view, this](QKeySequence seq, auto slot) {
        auto* a = new QAction(view);
        a->setShortcut(seq);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        view->addAction(a);
    };
    key(QKeySequence(Qt::Key_J), [this] { moveSelection(1); });
    key(QKeySequence(Qt::Key_K), [this] { moveSelection(-1); });
    key(QKeySequence(Qt::Key_A), [this] { assignSelectedToMe(); });

    if (TicketPage* page = ticketPage())
        connect(page, &TicketPage::openRecordRequested, this, &View::openRecordRequested);

    addList(EntityType::KnowledgeArticle, tr("Knowledge base"));

    // The queue chosen last; the first time, agents start with their own queue, reps with their customers' tickets,
    // everyone else with all that is open.
    const QString chosen = QStringLiteral("lists/tickets/queue");
    const auto me = workspace.store().fetch(EntityType::User, workspace.currentUserId());
    const QString role = me ? me->text(u"role") : QString();
    const QString first = role == QLatin1String("rep")     ? QStringLiteral("customers")
                          : role == QLatin1String("agent") ? QStringLiteral("mine")
                                                           : QStringLiteral("open");
    m_queues->setCurrentIndex(std::max(0, m_queues->findData(QSettings().value(chosen, first).toString())));
    connect(m_queues, &QComboBox::activated, this, [this, chosen] { QSettings().setValue(chosen, currentQueue()); });
    applyQueue();
    if (m_sla) {
        connect(m_sla, &SlaWatch::checked, this, [this](const QList<SlaClock>& clocks) {
            showSla(clocks);
            // "Breaching" is relative to now: its list moves on with the clock.
            if (currentQueue() == QLatin1String("breaching"))
                applyQueue();
        });
        showSla(m_sla->clocks());
    }
}

TicketPage* HelpDeskView::ticketPage() const
{
    return queue() ? qobject_cast<TicketPage*>(queue()->page()) : nullptr;
}

QString HelpDeskView::currentQueue() const
{
    return m_queues->currentData().toString();
}

void HelpDeskView::showQueue(const QString& key)
{
    const int i = m_queues->findData(key);
    if (i < 0)
        return;
    tabs()->setCurrentWidget(queue());
    if (i == m_queues->currentIndex())
        applyQueue();
    else
        m_queues->setCurrentIndex(i);
}

void HelpDeskView::applyQueue()
{
    // "Breaching SLA" shows what the banner counts, as last checked.
    const auto q = ListQueries::ticketQueue(currentQueue(), m_workspace.currentUserId(),
                                            m_sla ? m_sla->clocks() : QList<SlaClock>());
    if (!q)
        return;
    // The queue's order first, then its condition: one read, in an order its index serves (a condition read in
    // the previous queue's order could walk a million tickets to fill a page).
    ListPanel* list = queue();
    const QList<ListColumn>& columns = list->model()->list().spec().columns;
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].key == q->sortColumn) {
            list->model()->list().setSort(c, q->order);
            list->view()->horizontalHeader()->setSortIndicator(c, q->order); // the model has that order already
        }
    list->model()->setCondition(q->condition, q->values);
}

bool HelpDeskView::showRecord(EntityType type, const QString& id)
{
    if (type == EntityType::Ticket) {
        queue()->ensureLoaded();
        if (queue()->model()->locate(id) < 0)
            for (const char* key : {"mine", "open", "all"}) {
                showQueue(QLatin1String(key));
                if (queue()->model()->locate(id) >= 0)
                    break;
            }
    }
    return RecordsView::showRecord(type, id);
}

void HelpDeskView::activate()
{
    if (m_sla)
        m_sla->checkNow();
}

void HelpDeskView::moveSelection(int delta)
{
    QTableView* view = queue()->view();
    const int rows = view->model()->rowCount();
    if (rows == 0)
        return;
    const int current = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    view->selectRow(next);
    view->scrollTo(view->model()->index(next, 0));
}

void HelpDeskView::fillAssignMenu(QMenu* menu)
{
    // The rules first, then a person: the service teams' people under their team's name, the others apart.
    menu->clear();
    qDeleteAll(menu->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)); // clear() keeps the submenus
    menu->addAction(tr("Round robin within the team"), this, [this] { assignSelectedByRule(false); })
        ->setObjectName(QStringLiteral("roundRobin"));
    menu->addAction(tr("To the least busy agent of the team"), this, [this] { assignSelectedByRule(true); })
        ->setObjectName(QStringLiteral("leastBusy"));
    const QStringList selected = queue()->selectedIds();
    QString current; // the one ticket's assignee, ticked
    if (selected.size() == 1)
        if (const auto t = m_workspace.store().fetch(EntityType::Ticket, selected.first()))
            current = t->text(u"assignee_id");
    QMenu* others = nullptr;
    QString team = QStringLiteral("\n"); // no team's id
    for (const Tickets::Assignee& a : Tickets::assignees(m_workspace.database())) {
        QMenu* into = menu;
        if (!a.service) {
            if (!others) {
                menu->addSeparator();
                others = menu->addMenu(icon(Icon::People), tr("Someone else"));
                others->setObjectName(QStringLiteral("assignOthers"));
            }
            into = others;
        } else if (a.teamId != team) {
            team = a.teamId;
            menu->addSection(Formatting::menuText(a.teamName));
        }
        QAction* action =
            into->addAction(Formatting::menuText(a.name), this, [this, a] { queue()->assignSelectedTo(a.id, a.name); });
        action->setCheckable(true);
        action->setChecked(a.id == current);
    }
}

void HelpDeskView::assignSelectedToMe()
{
    const QString me = m_workspace.currentUserId();
    queue()->assignSelectedTo(me, m_workspace.store().titleOf(EntityType::User, me));
}

void HelpDeskView::assignSelectedByRule(bool leastBusy)
{
    const QStringList ids = queue()->selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Select the tickets to assign."));
        return;
    }
    // The tickets of each team shared among its agents, all in one undo step.
    QMap<QString, QStringList> byTeam;
    for (const QString& id : ids) {
        const auto t = m_workspace.store().fetch(EntityType::Ticket, id);
        if (!t)
            continue;
        if (t->text(u"team_id").isEmpty()) {
            Q_EMIT message(tr("%1 has no team; assign it by name.").arg(t->text(u"number")));
            return;
        }
        byTeam[t->text(u"team_id")] << id;
    }
    QList<Record> changes;
    for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
        auto picked = Tickets::pickAssignees(m_workspace.database(), it.key(),
                                             leastBusy ? Tickets::Rule::LeastBusy : Tickets::Rule::RoundRobin,
                                             int(it.value().size()));
        if (!picked) {
            Q_EMIT message(picked.error().message);
            return;
        }
        for (int i = 0; i < it.value().size(); ++i)
            changes << Record(EntityType::Ticket, it.value()[i]).set(u"assignee_id", picked->at(i));
    }
    const int n = int(changes.size());
    queue()->bulkEdit(changes,
                      leastBusy ? tr("Assign %n ticket(s) to the least busy", "", n)
                                : tr("Assign %n ticket(s) round robin", "", n),
                      leastBusy ? tr("%n ticket(s) assigned to the least busy agents.", "", n)
                                : tr("%n ticket(s) assigned round robin.", "", n));
}

void HelpDeskView::closeSelected()
{
    const QStringList ids = queue()->selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Select the tickets to close."));
        return;
    }
    QList<Record> changes;
    for (const QString& id : ids)
        changes << Record(EntityType::Ticket, id).set(u"status", QStringLiteral("closed"));
    queue()->bulkEdit(changes, tr("Close %n ticket(s)", "", int(changes.size())),
                      tr("%n ticket(s) closed.", "", int(changes.size())));
}

void HelpDeskView::createTicket(const Record& prefill)
{
    tabs()->setCurrentWidget(queue());
    queue()->setRecordOnly(false);
    queue()->createNew(prefill);
}

void HelpDeskView::showSla(const QList<SlaClock>& clocks)
{
    if (clocks.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_banner->setText(QStringLiteral("⚠ %1. <a href=\"breaching\">%2</a>")
                          .arg(m_sla->summary().toHtmlEscaped(), tr("Show them").toHtmlEscaped()));
    m_banner->show();
}

} // namespace rapport
