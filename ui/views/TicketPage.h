// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Tickets.h"
#include "views/RecordPage.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace rapport {

class ToolRow;

class ArticleSuggestions;
class Workspace;

/// A ticket's page, where an agent works it: who the customer is, the SLA clocks counting down, the status
/// workflow as buttons (open, wait on customer, resolve, close, reopen), assignment, the conversation with
/// customer messages, replies and internal notes, a composer with canned responses, the knowledge-base articles
/// that match what the ticket says (insert one into the reply, link it), the linked articles, "create article
/// from this ticket" once it is resolved, the form, and the ticket's full history. Every change is one undo step.
class TicketPage : public RecordPage
{
    Q_OBJECT

public:
    TicketPage(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    ~TicketPage() override;

    void showRecord(const QString& id) override;
    /// A new ticket: the next number, opened now, new, normal priority, and what `prefill` says.
    void createNew(const Record& prefill) override;
    RecordPanel* details() const override { return m_details; }
    QString recordId() const { return m_id; }
    const TicketDetails& current() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    QTabWidget* tabs() const { return m_tabs; }
    QTextBrowser* thread() const { return m_thread; }
    QPlainTextEdit* composer() const { return m_composer; }
    ArticleSuggestions* suggestions() const { return m_suggestions; }
    QListWidget* linkedArticles() const { return m_linked; }

    /// Sends what the composer holds as a reply (or, with `note`, an internal note), then moves the ticket to
    /// `statusAfter` if given.
    Status send(bool note, const QString& statusAfter = {});
    /// Moves the ticket along its workflow (resolving asks for the resolution when there is none).
    Status moveTo(const QString& status);
    Status assignTo(const QString& userId);
    /// Puts an article's text into the composer, at the cursor.
    void insertArticle(const QString& articleId);
    Status linkArticle(const QString& articleId);
    /// Drafts an article from this (resolved) ticket and opens it.
    Status createArticle();
    /// The canned responses: the built-in ones and those the agent saved, as (title, text) with the
    /// placeholders {customer}, {number}, {subject} and {agent}.
    static QList<std::pair<QString, QString>> cannedResponses();
    /// A canned response with its placeholders filled in for this ticket.
    QString fillCanned(const QString& text) const;

Q_SIGNALS:
    void loaded();

protected:
    /// A narrow page (a laptop's help desk beside its queue) moves the articles from beside the tabs into a tab
    /// of their own, so the conversation keeps its width.
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeArticles(bool inTab);
    void updateArticlesTab();
    /// Shows nothing: no ticket is selected.
    void clear();
    /// Keeps what the composer holds as the shown ticket's draft (Settings::ticketDraft), and empties it.
    void stashDraft();
    /// Keeps what the composer holds as the shown ticket's draft.
    void saveDraft();
    void reload();
    void display();
    void updateClocks();
    void updateSuggestionText();
    void fillCannedMenu();
    Status apply(const QList<Mutation>& mutations, const QString& text);

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QString m_id;
    TicketDetails m_data;
    bool m_loaded = false;
    quint64 m_ticket = 0;

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_clocks;
    ToolRow* m_actions;
    QList<QToolButton*> m_statusButtons;
    QToolButton* m_assignMe;
    QToolButton* m_makeArticle;
    QTabWidget* m_tabs;
    QSplitter* m_body;
    QWidget* m_articles; ///< the suggestions and the linked articles: beside the tabs, or one of them
    RecordPanel* m_details;
    QTextBrowser* m_thread;
    QComboBox* m_kind;
    QPushButton* m_canned;
    QPlainTextEdit* m_composer;
    QStringList m_inserted; ///< the articles' texts put into the reply being written
    QTimer* m_draftTimer;   ///< keeps the draft a moment after the last keystroke
    QPushButton* m_send;
    QPushButton* m_sendWait;
    ArticleSuggestions* m_suggestions;
    QListWidget* m_linked;
    QTreeWidget* m_history;
    QWidget* m_working; ///< what only an existing ticket has (conversation, history)
};

} // namespace rapport
