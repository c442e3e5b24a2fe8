// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Sla.h"
#include "views/RecordsView.h"

class QComboBox;
class QMenu;
class QLabel;

namespace rapport {

class SlaWatch;
class TicketPage;

/// The help desk: the agent's ticket queue and the knowledge base. The queue has saved views (my open
/// tickets, unassigned, all open, breaching SLA, waiting on customer, all), the most urgent first with the time
/// to breach counting down, and is worked from the keyboard: J and K move, Enter opens, A assigns to me, Esc
/// goes back. Selected tickets can be assigned (to someone, round robin or least busy within their team) or
/// closed together, each as one undo step. A banner warns of what the window's SlaWatch finds breaching or
/// about to.
class HelpDeskView : public RecordsView
{
    Q_OBJECT

public:
    /// Without a watch (`sla` null), the view shows no banner.
    HelpDeskView(Workspace& workspace, QUndoStack& undo, SlaWatch* sla, QWidget* parent = nullptr);

    ListPanel* queue() const { return panel(EntityType::Ticket); }
    TicketPage* ticketPage() const;
    /// Shows the queue called `key` (ListQueries::ticketQueues).
    void showQueue(const QString& key);
    QString currentQueue() const;
    /// Starts a new ticket with these fields filled in (an incoming call).
    void createTicket(const Record& prefill);

    /// Bulk actions on the selected tickets.
    void assignSelectedToMe();
    /// The Assign menu: the rules, then the people to give the selected tickets to.
    void fillAssignMenu(QMenu* menu);
    void assignSelectedByRule(bool leastBusy);
    void closeSelected();

    void activate() override;
    /// A ticket the queue shown does not hold (one just made from a call for a colleague's customer) is shown in
    /// the first queue that does: the user's own, every open ticket, every ticket.
    bool showRecord(EntityType type, const QString& id) override;

private:
    void applyQueue();
    void moveSelection(int delta);

    QComboBox* m_queues;
    void showSla(const QList<SlaClock>& clocks);

    SlaWatch* m_sla;
    QLabel* m_banner;
};

} // namespace rapport
