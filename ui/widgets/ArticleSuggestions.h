// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "search/KnowledgeBase.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace rapport {

class ReaderPool;

/// The knowledge-base articles that match what an agent is typing (a ticket's subject, description, reply),
/// best first, searched on a reader thread a moment after each keystroke, a newer text superseding an older
/// search. An article can be put into the reply or linked to the ticket.
class ArticleSuggestions : public QWidget
{
    Q_OBJECT

public:
    ArticleSuggestions(ReaderPool& readers, QWidget* parent = nullptr);
    /// The colour of what is for the team only.
    static inline const QColor InternalColour{0x8a, 0x5a, 0x00};

    /// The text to match; searched shortly (typing: the last word counts as a prefix).
    void setText(const QString& text, bool typing = true);
    QString text() const { return m_text; }
    /// Searches now (tests, a page that just opened).
    void searchNow();
    /// The articles suggested now: those found, less the ones linked to the ticket already.
    QList<ArticleSuggestion> suggestions() const { return m_found; }
    QListWidget* list() const { return m_list; }
    /// Whether the "Link to ticket" button is offered (a ticket that exists).
    void setLinkable(bool linkable);
    /// The articles linked to the ticket already: they are listed under it, not suggested.
    void setLinked(const QStringList& articleIds);
    /// Whether "Insert into reply" is offered (where there is a reply being written).
    void setInsertable(bool insertable);

Q_SIGNALS:
    void insertRequested(const QString& articleId);
    void linkRequested(const QString& articleId);
    void openRequested(const QString& articleId);
    /// The suggestions shown now changed.
    void updated();

private:
    void updateLink();
    /// Lists what was found, less what is linked.
    void fill();
    QString selectedId() const;

    ReaderPool& m_readers;
    QString m_text;
    bool m_typing = true;
    quint64 m_ticket = 0;
    QList<ArticleSuggestion> m_all; ///< what the last search found
    QString m_error;                ///< why it found nothing, when it failed
    QList<ArticleSuggestion> m_found;
    QStringList m_linkedIds;
    QTimer* m_timer;
    QLabel* m_state;
    QLabel* m_preview;
    QListWidget* m_list;
    QPushButton* m_insert;
    QPushButton* m_link;
};

} // namespace rapport
