// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ArticleSuggestions.h"

#include "Icons.h"
#include "storage/ReaderPool.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {
constexpr int Shown = 8;
enum { IdRole = Qt::UserRole + 1, InternalRole = Qt::UserRole + 3 };
} // namespace

ArticleSuggestions::ArticleSuggestions(ReaderPool& readers, QWidget* parent)
    : QWidget(parent)
    , m_readers(readers)
{
    setObjectName(QStringLiteral("articleSuggestions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Suggested articles").toHtmlEscaped()), this);
    layout->addWidget(title);
    m_state = new QLabel(tr("Type the problem to see matching articles."), this);
    m_state->setObjectName(QStringLiteral("suggestionsState"));
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_state);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("suggestions"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_insert = new QPushButton(tr("Insert into reply"), this);
    m_insert->setObjectName(QStringLiteral("insertArticle"));
    m_link = new QPushButton(icon(Icon::Add), tr("Link"), this);
    m_link->setObjectName(QStringLiteral("linkArticle"));
    m_link->setToolTip(tr("Link the article to this ticket"));
    buttons->addWidget(m_insert);
    buttons->addWidget(m_link);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_insert->setEnabled(false);
    m_link->setEnabled(false);
    // The button says where an article goes; it keeps the width of its longer wording.
    m_insert->setText(tr("Insert into note"));
    const int noteWidth = m_insert->sizeHint().width();
    m_insert->setText(tr("Insert into reply"));
    m_insert->setMinimumWidth(std::max(noteWidth, m_insert->sizeHint().width()));

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ArticleSuggestions::searchNow);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("suggestionPreview"));
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    layout->insertWidget(layout->indexOf(m_list) + 1, m_preview);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = m_list->item(row);
        m_preview->setText(item ? item->data(Qt::UserRole + 2).toString() : QString());
        m_insert->setEnabled(row >= 0);
        // What is for the team only is not for a reply.
        m_insert->setText(item && item->data(InternalRole).toBool() ? tr("Insert into note") : tr("Insert into reply"));
        updateLink();
    });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            Q_EMIT insertRequested(id);
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            Q_EMIT linkRequested(id);
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openRequested(item->data(IdRole).toString()); });
}

void ArticleSuggestions::setLinkable(bool linkable)
{
    m_link->setVisible(linkable);
}

void ArticleSuggestions::setLinked(const QStringList& articleIds)
{
    if (articleIds == m_linkedIds)
        return;
    m_linkedIds = articleIds;
    fill();
}

void ArticleSuggestions::updateLink()
{
    const QString id = selectedId();
    const bool linked = !id.isEmpty() && m_linkedIds.contains(id);
    m_link->setEnabled(!id.isEmpty() && !linked && m_link->isVisible());
    m_link->setToolTip(linked ? tr("This article is linked to the ticket already")
                              : tr("Link the article to this ticket"));
}

void ArticleSuggestions::setInsertable(bool insertable)
{
    m_insert->setVisible(insertable);
}

QString ArticleSuggestions::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ArticleSuggestions::setText(const QString& text, bool typing)
{
    if (text == m_text && typing == m_typing)
        return;
    m_text = text;
    m_typing = typing;
    m_timer->start();
}

void ArticleSuggestions::searchNow()
{
    m_timer->stop();
    const quint64 ticket = ++m_ticket;
    const QString text = m_text;
    const bool typing = m_typing;
    m_readers.run<QList<ArticleSuggestion>>(
        this, [text, typing](Database& db) { return KnowledgeBase::suggest(db, text, Shown, typing); },
        [this, ticket](const Result<QList<ArticleSuggestion>>& found) {
            if (ticket != m_ticket)
                return;
            m_all = found ? *found : QList<ArticleSuggestion>();
            m_error = found ? QString() : found.error().message;
            fill();
        });
}

void ArticleSuggestions::fill()
{
    // The articles linked to the ticket are listed under it already; the others are suggested.
    const QString selected = selectedId();
    m_list->clear();
    m_found.clear();
    for (const ArticleSuggestion& a : std::as_const(m_all))
        if (!m_linkedIds.contains(a.id))
            m_found << a;
    if (!m_error.isEmpty())
        m_state->setText(m_error);
    else if (m_found.isEmpty())
        m_state->setText(m_text.trimmed().isEmpty() ? tr("Type the problem to see matching articles.")
                         : m_all.isEmpty()          ? tr("No article matches these words yet.")
                                                    : tr("The articles that match are linked to the ticket already."));
    m_state->setVisible(m_found.isEmpty());
    for (const ArticleSuggestion& a : std::as_const(m_found)) {
        const bool internal = a.audience == QLatin1String("internal");
        auto* item = new QListWidgetItem(icon(Icon::Article),
                                         internal ? tr("%1 (for the team only)").arg(a.title) : a.title, m_list);
        item->setData(IdRole, a.id);
        item->setData(InternalRole, internal);
        item->setData(Qt::UserRole + 2, a.snippet);
        item->setToolTip(a.snippet + QStringLiteral("\n\n") + a.tags.join(QStringLiteral(", ")));
        if (internal)
            item->setForeground(InternalColour);
        if (a.id == selected)
            m_list->setCurrentItem(item);
    }
    updateLink();
    Q_EMIT updated();
}

} // namespace rapport
