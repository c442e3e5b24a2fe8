// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "search/CallerLookup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QUndoStack;

namespace rapport {

class ArticleSuggestions;
class Workspace;

/// The screen-pop of an incoming call, beside the caller's 360: who is calling (another match can be chosen
/// when the number is shared), their open tickets (Enter opens one), and a new ticket already filled in for the
/// call (the customer, their company, the phone channel, you as the agent) for the agent to describe while
/// talking, with the knowledge-base articles that match as they type. Creating it opens the ticket.
class IncomingCallDialog : public QDialog
{
    Q_OBJECT

public:
    IncomingCallDialog(Workspace& workspace, QUndoStack& undo, const QString& number, const QList<Caller>& callers,
                       QWidget* parent = nullptr);

    /// The caller chosen now.
    Caller caller() const;
    QListWidget* openTickets() const { return m_tickets; }
    QLineEdit* subject() const { return m_subject; }
    QPlainTextEdit* description() const { return m_description; }
    ArticleSuggestions* suggestions() const { return m_suggestions; }
    /// Creates the ticket from the form (linking the articles chosen); returns its id.
    Result<QString> createTicket();

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);
    void ticketCreated(const QString& id);
    void message(const QString& text);

private:
    void showCaller(int index);
    /// Opens the caller's ticket of `item` (a row of the open tickets) and closes the call's window.
    void openChosenTicket(QListWidgetItem* item);

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QList<Caller> m_callers;
    QStringList m_linked;
    QComboBox* m_who;
    QLabel* m_whoLabel;
    QLabel* m_standing; ///< the caller's company as a customer, as last scored
    QListWidget* m_tickets;
    QLineEdit* m_subject;
    QPlainTextEdit* m_description;
    QComboBox* m_priority;
    QLineEdit* m_category;
    QLabel* m_problem;
    ArticleSuggestions* m_suggestions;
};

} // namespace rapport
