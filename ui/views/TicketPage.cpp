// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TicketPage.h"

#include "Formatting.h"
#include "Icons.h"
#include "Settings.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "dialogs/Ask.h"
#include "domain/RichText.h"
#include "storage/ReaderPool.h"
#include "widgets/ArticleSuggestions.h"
#include "widgets/PageTabs.h"
#include "widgets/RecordPanel.h"
#include "widgets/ToolRow.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace rapport {

namespace {

enum { IdRole = Qt::UserRole + 1 };

QString statusAction(const QString& from, const QString& to)
{
    if (to == QLatin1String("open"))
        return from == QLatin1String("resolved") || from == QLatin1String("closed") ? TicketPage::tr("Reopen")
                                                                                    : TicketPage::tr("Mark open");
    if (to == QLatin1String("pending"))
        return TicketPage::tr("Wait on customer");
    if (to == QLatin1String("resolved"))
        return TicketPage::tr("Resolve");
    if (to == QLatin1String("closed"))
        return TicketPage::tr("Close");
    return Schema::ticketStatuses().label(to);
}

QToolButton* actionButton(QWidget* row, Icon which, const QString& text)
{
    auto* b = new QToolButton(row);
    b->setIcon(icon(which));
    b->setText(text);
    b->setToolTip(text); // the label, where the row shows the icon alone
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

Icon statusIcon(const QString& from, const QString& to)
{
    if (to == QLatin1String("open"))
        return from == QLatin1String("resolved") || from == QLatin1String("closed") ? Icon::Refresh : Icon::Resume;
    if (to == QLatin1String("pending"))
        return Icon::Pause;
    if (to == QLatin1String("resolved"))
        return Icon::Done;
    return Icon::Archive;
}

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

TicketPage::TicketPage(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordPage(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("ticketPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto* header = new QHBoxLayout;
    const Header heading = addHeader(header, iconFor(EntityType::Ticket), QStringLiteral("ticket"));
    m_title = heading.title;
    m_subtitle = heading.subtitle;
    connect(m_subtitle, &QLabel::linkActivated, this, [this](const QString& link) {
        const QStringList parts = link.mid(QStringLiteral("rapport:").size()).split(QLatin1Char('/'));
        if (parts.size() == 2)
            if (const EntityDef* def = Schema::byName(parts[0]))
                Q_EMIT openRecordRequested(def->type, parts[1]);
    });
    m_clocks = new QLabel(heading.box);
    m_clocks->setObjectName(QStringLiteral("ticketClocks"));
    m_clocks->setTextFormat(Qt::RichText);
    m_clocks->setWordWrap(true); // a long line ("Waiting on the customer since …") would widen the page
    heading.lines->addWidget(m_clocks);
    layout->addLayout(header);

    // The workflow as buttons: only the moves the ticket's status allows. A new ticket offers five, which at a
    // laptop's width show their icons alone rather than push the queue aside.
    m_actions = new ToolRow(this);
    m_actions->setObjectName(QStringLiteral("ticketActions"));
    m_assignMe = actionButton(m_actions, Icon::User, tr("Assign to me"));
    m_assignMe->setObjectName(QStringLiteral("assignToMe"));
    connect(m_assignMe, &QToolButton::clicked, this, [this] {
        if (Status s = assignTo(m_workspace.currentUserId()); !s)
            Q_EMIT message(s.error().message);
    });
    m_makeArticle = actionButton(m_actions, Icon::Article, tr("Create article…"));
    m_makeArticle->setObjectName(QStringLiteral("createArticle"));
    m_makeArticle->setToolTip(tr("Draft a knowledge-base article from this resolved ticket"));
    connect(m_makeArticle, &QToolButton::clicked, this, [this] {
        if (Status s = createArticle(); !s)
            Q_EMIT message(s.error().message);
    });
    m_actions->row()->setContentsMargins(0, 0, 0, 0);
    m_actions->row()->addStretch(1);
    m_actions->row()->addWidget(m_assignMe);
    m_actions->row()->addWidget(m_makeArticle);
    layout->addWidget(m_actions);

    auto* body = m_body = new QSplitter(Qt::Horizontal, this);
    m_tabs = new PageTabs(body);
    m_tabs->setObjectName(QStringLiteral("ticketTabs"));
    m_tabs->setDocumentMode(true);

    // The conversation, and the composer under it.
    m_working = new QWidget(m_tabs);
    auto* talk = new QVBoxLayout(m_working);
    talk->setContentsMargins(0, 4, 0, 0);
    m_thread = new QTextBrowser(m_working);
    m_thread->setObjectName(QStringLiteral("thread"));
    m_thread->setOpenLinks(false);
    talk->addWidget(m_thread, 3);
    auto* composeBar = new QHBoxLayout;
    m_kind = new QComboBox(m_working);
    m_kind->setObjectName(QStringLiteral("entryKind"));
    m_kind->addItem(icon(Icon::Email), tr("Public reply"), QStringLiteral("reply"));
    m_kind->addItem(icon(Icon::Note), tr("Internal note"), QStringLiteral("note"));
    m_kind->setToolTip(tr("A public reply goes to the customer; an internal note is for the team only"));
    // A push button's menu arrow has room of its own (a tool button's is drawn over the end of its text).
    m_canned = new QPushButton(tr("Canned responses"), m_working);
    m_canned->setObjectName(QStringLiteral("cannedResponses"));
    m_canned->setMenu(new QMenu(m_canned));
    connect(m_canned->menu(), &QMenu::aboutToShow, this, &TicketPage::fillCannedMenu);
    // Narrow windows shorten the choice before they hide the conversation.
    m_kind->setMinimumWidth(m_kind->fontMetrics().averageCharWidth() * 14);
    composeBar->addWidget(m_kind);
    composeBar->addWidget(m_canned);
    composeBar->addStretch(1);
    talk->addLayout(composeBar);
    m_composer = new QPlainTextEdit(m_working);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setPlaceholderText(tr("Write a reply… (Ctrl+Return sends)"));
    m_composer->setTabChangesFocus(true);
    talk->addWidget(m_composer, 1);
    auto* sendBar = new QHBoxLayout;
    sendBar->addStretch(1);
    m_sendWait = new QPushButton(tr("Send and wait on customer"), m_working);
    m_sendWait->setObjectName(QStringLiteral("sendAndWait"));
    m_send = new QPushButton(icon(Icon::Email), tr("Send"), m_working);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    sendBar->addWidget(m_sendWait);
    sendBar->addWidget(m_send);
    talk->addLayout(sendBar);
    auto sendNow = [this](const QString& after) {
        if (Status s = send(m_kind->currentData().toString() == QLatin1String("note"), after); !s)
            Q_EMIT message(s.error().message);
    };
    connect(m_send, &QPushButton::clicked, this, [sendNow] { sendNow({}); });
    connect(m_sendWait, &QPushButton::clicked, this, [sendNow] { sendNow(QStringLiteral("pending")); });
    auto* ctrlReturn = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    ctrlReturn->setContext(Qt::WidgetShortcut);
    connect(ctrlReturn, &QShortcut::activated, this, [sendNow] { sendNow({}); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool note = m_kind->currentData().toString() == QLatin1String("note");
        m_composer->setPlaceholderText(note ? tr("Write a note for the team… (Ctrl+Return adds it)")
                                            : tr("Write a reply… (Ctrl+Return sends)"));
        m_composer->viewport()->update(); // the placeholder is painted, not laid out
        m_send->setText(note ? tr("Add note") : tr("Send"));
        m_sendWait->setVisible(!note);
    });
    connect(m_composer, &QPlainTextEdit::textChanged, this, &TicketPage::updateSuggestionText);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(700);
    connect(m_draftTimer, &QTimer::timeout, this, &TicketPage::saveDraft);
    connect(m_composer, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, m_draftTimer, qOverload<>(&QTimer::start));
    m_tabs->addTab(m_working, icon(Icon::Email), tr("Conversation"));

    m_details = new RecordPanel(workspace.store(), undo, m_tabs);
    m_details->setHeaderVisible(false);
    m_details->setSearchService(&workspace.search());
    connect(m_details, &RecordPanel::openRecordRequested, this, &RecordPage::openRecordRequested);
    connect(m_details, &RecordPanel::message, this, &RecordPage::message);
    connect(m_details, &RecordPanel::textEdited, this, &TicketPage::updateSuggestionText);
    connect(m_details, &RecordPanel::recordCreated, this, [this](EntityType type, const QString& id) {
        if (type != EntityType::Ticket)
            return;
        if (const auto ticket = m_workspace.store().fetch(EntityType::Ticket, id);
            ticket && !ticket->text(u"channel").isEmpty())
            Settings().setNewTicketChannel(ticket->text(u"channel"));
    });
    m_tabs->addTab(m_details, icon(Icon::Edit), tr("Details"));

    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("ticketHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    // What happened takes the rest of the width, ending in "…" (whole in its tooltip).
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(m_history, icon(Icon::Timer), tr("History"));

    // Beside every tab: the articles that match what the ticket says, and those linked to it.
    auto* side = m_articles = new QWidget(body);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    m_suggestions = new ArticleSuggestions(workspace.readers(), side);
    sideLayout->addWidget(m_suggestions, 3);
    sideLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Linked articles").toHtmlEscaped()), side));
    m_linked = new QListWidget(side);
    m_linked->setObjectName(QStringLiteral("linkedArticles"));
    m_linked->setWordWrap(true); // whole titles, as the suggestions above show them
    m_linked->setTextElideMode(Qt::ElideNone);
    m_linked->setAlternatingRowColors(true);
    sideLayout->addWidget(m_linked, 1);
    connect(m_suggestions, &ArticleSuggestions::insertRequested, this, &TicketPage::insertArticle);
    connect(m_suggestions, &ArticleSuggestions::linkRequested, this, [this](const QString& id) {
        if (Status s = linkArticle(id); !s)
            Q_EMIT message(s.error().message);
    });
    auto openArticle = [this](const QString& id) { Q_EMIT openRecordRequested(EntityType::KnowledgeArticle, id); };
    connect(m_suggestions, &ArticleSuggestions::openRequested, this, openArticle);
    connect(m_linked, &QListWidget::itemActivated, this,
            [openArticle](QListWidgetItem* item) { openArticle(item->data(IdRole).toString()); });
    // Titles of a few words a line, and the buttons whole (a minimum set here replaces the layout's own).
    side->setMinimumWidth(std::max(side->fontMetrics().averageCharWidth() * 26, sideLayout->minimumSize().width()));
    body->addWidget(m_tabs);
    body->addWidget(side);
    body->setStretchFactor(0, 5);
    body->setStretchFactor(1, 2);
    layout->addWidget(body, 1);
    connect(m_suggestions, &ArticleSuggestions::updated, this, &TicketPage::updateArticlesTab);

    // The clocks count down; the page follows changes to its ticket wherever they come from (sync included).
    auto* tick = new QTimer(this);
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, &TicketPage::updateClocks);
    tick->start();
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        if (m_id.isEmpty())
            return;
        for (const Change& c : changes)
            if ((c.type == EntityType::Ticket && (c.id == m_id || c.id.isEmpty())) ||
                c.type == EntityType::TicketEntry || c.type == EntityType::TicketArticle) {
                reload();
                return;
            }
    });
    setEnabled(false);
}

void TicketPage::showRecord(const QString& id)
{
    if (id.isEmpty()) {
        clear();
        return;
    }
    if (id != m_id) {
        stashDraft();
        m_loaded = false;
        m_tabs->setCurrentWidget(m_working); // a ticket opens on its conversation
        m_id = id;
        // Its draft, if one was begun; else a reply.
        const auto [kind, text] = Settings().ticketDraft(id);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(text.isEmpty() ? QStringLiteral("reply") : kind)));
        m_composer->setPlainText(text);
        m_composer->moveCursor(QTextCursor::End);
        m_draftTimer->stop(); // nothing new to keep
    }
    m_details->showRecord(EntityType::Ticket, id);
    reload();
}

TicketPage::~TicketPage()
{
    if (m_draftTimer->isActive())
        saveDraft();
}

void TicketPage::saveDraft()
{
    m_draftTimer->stop();
    if (!m_id.isEmpty())
        Settings().setTicketDraft(m_id, m_kind->currentData().toString(), m_composer->toPlainText());
}

void TicketPage::stashDraft()
{
    // What an agent was writing stays with its ticket until sent, when they look at another one meanwhile, and
    // when the desktop is closed.
    saveDraft();
    m_composer->clear();
    m_inserted.clear();
    m_draftTimer->stop();
}

void TicketPage::clear()
{
    stashDraft();
    ++m_ticket; // a reading under way is for another ticket
    m_id.clear();
    m_loaded = false;
    m_data = TicketDetails();
    m_title->setText(tr("No ticket selected"));
    m_subtitle->setText(tr("Choose a ticket in the queue to work on it."));
    m_clocks->clear();
    qDeleteAll(m_statusButtons);
    m_statusButtons.clear();
    m_assignMe->hide();
    m_makeArticle->hide();
    m_details->clear();
    m_thread->clear();
    m_linked->clear();
    m_history->clear();
    m_suggestions->setLinked({});
    m_suggestions->setText(QString(), false);
    setEnabled(false);
}

void TicketPage::createNew(const Record& prefill)
{
    stashDraft();
    ++m_ticket;
    m_id.clear();
    m_loaded = false;
    m_data = TicketDetails();
    setEnabled(true);
    m_title->setText(tr("New ticket"));
    m_subtitle->clear();
    m_clocks->clear();
    qDeleteAll(m_statusButtons);
    m_statusButtons.clear();
    m_assignMe->hide();
    m_makeArticle->hide();
    m_tabs->setTabEnabled(0, false);
    m_tabs->setTabEnabled(2, false);
    m_tabs->setCurrentWidget(m_details);
    m_linked->clear();
    m_suggestions->setLinked({});
    m_suggestions->setLinkable(false);
    Record r = prefill.type() == EntityType::Ticket ? prefill : Record(EntityType::Ticket);
    if (!r.has(u"priority"))
        r.set(u"priority", QStringLiteral("normal"));
    if (!r.has(u"status"))
        r.set(u"status", QStringLiteral("new"));
    if (!r.has(u"number"))
        r.set(u"number", Tickets::nextNumber(m_workspace.database()));
    if (!r.has(u"opened_at"))
        r.set(u"opened_at", m_workspace.store().wallTime());
    if (!r.has(u"channel"))
        r.set(u"channel", Settings().newTicketChannel());
    if (!r.has(u"team_id")) { // shown, so the author sees whose queue it goes to
        const QString team = Tickets::queueTeam(m_workspace.database(), m_workspace.store().currentUserTeam());
        if (!team.isEmpty())
            r.set(u"team_id", team);
    }
    m_details->createNew(EntityType::Ticket, r);
    updateSuggestionText();
}

void TicketPage::reload()
{
    const QString id = m_id;
    const quint64 ticket = ++m_ticket;
    m_workspace.readers().run<TicketDetails>(
        this, [id](Database& db) { return Tickets::details(db, id); },
        [this, ticket](const Result<TicketDetails>& result) {
            if (ticket != m_ticket)
                return;
            if (!result) {
                Q_EMIT message(result.error().message);
                return;
            }
            m_data = *result;
            m_loaded = true;
            display();
            Q_EMIT loaded();
        });
}

void TicketPage::display()
{
    setEnabled(true);
    const Record& t = m_data.ticket;
    const QString status = t.text(u"status");
    m_title->setText(QStringLiteral("%1 · %2").arg(t.text(u"number"), t.text(u"subject")));
    auto link = [this](const char* type, const QString& id) {
        return id.isEmpty()
                   ? QString()
                   : QStringLiteral("<a href=\"rapport:%1/%2\">%3</a>")
                         .arg(QLatin1String(type), id, m_data.names.value(id, tr("(not available)")).toHtmlEscaped());
    };
    const EntityDef& def = Schema::entity(EntityType::Ticket);
    QStringList parts;
    for (const QString& p : {link("contact", t.text(u"contact_id")), link("account", t.text(u"account_id"))})
        if (!p.isEmpty())
            parts << p;
    if (parts.isEmpty())
        parts << tr("No customer");
    // The short labels keep whole on their line ("Walk-in" was broken after its hyphen).
    parts << Formatting::unbroken(Schema::ticketPriorities().label(t.text(u"priority")));
    parts << QStringLiteral("<b>%1</b>").arg(Formatting::unbroken(Schema::ticketStatuses().label(status)));
    if (!t.text(u"channel").isEmpty())
        parts << Formatting::unbroken(def.field(u"channel")->enumeration->label(t.text(u"channel")));
    if (!t.text(u"category").isEmpty())
        parts << tr("%1: %2")
                     .arg(def.field(u"category")->displayLabel(), Schema::ticketCategories().label(t.text(u"category")))
                     .toHtmlEscaped();
    const QString assignee = t.text(u"assignee_id");
    parts << (assignee.isEmpty() ? tr("Unassigned")
                                 : tr("Assigned to %1").arg(m_data.names.value(assignee).toHtmlEscaped()));
    if (!t.text(u"team_id").isEmpty())
        parts << Formatting::unbroken(m_data.names.value(t.text(u"team_id"))); // "Service Desk", not "Service / Desk"
    m_subtitle->setText(Formatting::facts(parts));
    updateClocks();

    qDeleteAll(m_statusButtons);
    m_statusButtons.clear();
    int at = 0;
    for (const QString& next : Tickets::nextStatuses(status)) {
        QToolButton* b = actionButton(m_actions, statusIcon(status, next), statusAction(status, next));
        b->setObjectName(QStringLiteral("status_") + next);
        connect(b, &QToolButton::clicked, this, [this, next] {
            if (Status s = moveTo(next); !s)
                Q_EMIT message(s.error().message);
        });
        m_actions->row()->insertWidget(at++, b);
        m_statusButtons << b;
    }
    m_assignMe->setVisible(assignee != m_workspace.currentUserId() && Tickets::isOpen(status));
    m_makeArticle->setVisible(!Tickets::isOpen(status)); // an answer worth keeping is known once it is resolved
    m_tabs->setTabEnabled(0, true);
    m_tabs->setTabEnabled(2, true);
    m_suggestions->setLinkable(true);

    // The conversation: the customer's messages, the replies, and the team's notes set apart.
    const Enumeration& kinds = *Schema::entity(EntityType::TicketEntry).field(u"kind")->enumeration;
    const QString customerColour = QStringLiteral("#eef1f4");
    auto block = [this](const QString& colour, const QString& author, const QString& what, qint64 when,
                        const QString& body) {
        return QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" style=\"margin-bottom:8px\">"
                              "<tr><td style=\"background-color:%1\"><b>%2</b> · %3 · <span style=\"color:#5f6368\">"
                              "%4</span><br>%5</td></tr></table>")
            .arg(colour, (author.isEmpty() ? tr("Unknown") : author).toHtmlEscaped(), what.toHtmlEscaped(),
                 Formatting::dateTime(when).toHtmlEscaped(), paragraphs(body));
    };
    QString html;
    // The problem as told when the ticket was opened comes first, unless it is the customer's first message.
    const QString description = t.text(u"description").trimmed();
    const bool told = std::any_of(m_data.conversation.cbegin(), m_data.conversation.cend(), [&](const Record& e) {
        return e.text(u"kind") == QLatin1String("customer") && e.text(u"body").trimmed() == description;
    });
    if (!description.isEmpty() && !told)
        html += block(customerColour, m_data.names.value(t.text(u"contact_id"), tr("Customer")),
                      def.field(u"description")->displayLabel(), t.value(u"opened_at").toLongLong(), description);
    for (const Record& e : std::as_const(m_data.conversation)) {
        const QString kind = e.text(u"kind");
        const QString author = kind == QLatin1String("customer") ? m_data.names.value(e.text(u"author_contact_id"))
                                                                 : m_data.names.value(e.text(u"author_user_id"));
        const QString colour = kind == QLatin1String("customer") ? customerColour
                               : kind == QLatin1String("note")   ? QStringLiteral("#fff4ce")
                                                                 : QStringLiteral("#e3efff");
        html += block(colour, author, kinds.label(kind), e.value(u"sent_at").toLongLong(), e.text(u"body"));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p style=\"color:#5f6368\">%1</p>")
                   .arg(tr("Nothing has been written on this ticket yet.").toHtmlEscaped());
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());

    m_linked->clear();
    QStringList linked;
    for (const TicketDetails::Link& l : std::as_const(m_data.articles)) {
        auto* item = new QListWidgetItem(icon(Icon::Article),
                                         l.internal ? tr("%1 (for the team only)").arg(l.title) : l.title, m_linked);
        if (l.internal)
            item->setForeground(ArticleSuggestions::InternalColour);
        item->setData(IdRole, l.articleId);
        linked << l.articleId;
    }
    m_suggestions->setLinked(linked);

    // The history: every change this laptop recorded, each message of the conversation, and the ticket's own
    // milestones (opened, resolved, closed) where no recorded change says when, as for a ticket that came
    // through sync, an import or the demo. Oldest first, as the conversation reads.
    struct Row
    {
        qint64 at = 0;
        QString who, what; ///< what happened, in a few words: "Status: Open → Resolved", "Reply: Thank you…"
        int rank = 2;      ///< at the same moment: opened (0), then a message (1), then what it changed (2)
    };
    // The moments the workflow stamps: a reply's row, a status's or the milestone's own say them.
    static const QStringList stamped{QStringLiteral("first_response_at"), QStringLiteral("resolved_at"),
                                     QStringLiteral("closed_at")};
    QList<Row> rows;
    QSet<QString> changedFields;
    bool created = false;
    const QString channel = t.text(u"channel");
    const QString openedText = channel.isEmpty() ? tr("Opened")
                                                 : tr("Opened (%1)", "how the ticket came in: Email, Phone…")
                                                       .arg(def.field(u"channel")->enumeration->label(channel));
    for (const TicketDetails::Event& e : std::as_const(m_data.history)) {
        const FieldDef* f = e.field.isEmpty() ? nullptr : def.field(e.field);
        if (f)
            changedFields.insert(f->name);
        if (f && (f->is(Hidden) || stamped.contains(f->name)))
            continue;
        auto shown = [&](const QString& raw) -> QString {
            if (!f || raw.isEmpty())
                return {}; // a new record's entry holds all its values: the page says them
            if (f->type == FieldType::Ref)
                return m_data.names.value(raw, raw);
            if (f->type == FieldType::Timestamp)
                return Formatting::dateTime(raw.toLongLong());
            if (f->enumeration)
                return f->enumeration->label(raw);
            return raw.simplified().left(120);
        };
        QString what;
        if (f) {
            const QString before = shown(e.oldValue), after = shown(e.newValue);
            what = before.isEmpty() ? tr("%1: %2", "a field, its new value").arg(f->displayLabel(), after)
                                    : tr("%1: %2 → %3", "a field, its value before and after")
                                          .arg(f->displayLabel(), before, after.isEmpty() ? tr("none") : after);
        } else if (e.action == QLatin1String("create"))
            what = openedText;
        else if (e.action == QLatin1String("delete"))
            what = tr("Deleted");
        else if (e.action == QLatin1String("restore"))
            what = tr("Restored");
        else
            continue; // an update without a field, which no write makes
        const bool opened = e.action == QLatin1String("create");
        created = created || opened;
        rows << Row{e.at, m_data.names.value(e.userId), what, opened ? 0 : 2};
    }
    // Who recorded it only the laptop that opened it knows; the customer who raised it, the ticket says.
    if (!created && !t.value(u"opened_at").isNull())
        rows << Row{t.value(u"opened_at").toLongLong(), m_data.names.value(t.text(u"contact_id")), openedText, 0};
    for (const QString& milestone : {QStringLiteral("resolved_at"), QStringLiteral("closed_at")})
        if (!changedFields.contains(milestone) && !t.value(milestone).isNull())
            rows << Row{t.value(milestone).toLongLong(), {}, def.field(milestone)->displayLabel()};
    for (const Record& e : std::as_const(m_data.conversation)) {
        const QString kind = e.text(u"kind");
        const QString author = kind == QLatin1String("customer") ? m_data.names.value(e.text(u"author_contact_id"))
                                                                 : m_data.names.value(e.text(u"author_user_id"));
        rows << Row{e.value(u"sent_at").toLongLong(), author,
                    tr("%1: %2", "a message's kind, its text")
                        .arg(kinds.label(kind), RichText::toPlainText(e.text(u"body")).simplified().left(160)),
                    1};
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return std::tie(a.at, a.rank) < std::tie(b.at, b.rank); });
    m_history->clear();
    for (const Row& r : std::as_const(rows)) {
        auto* item = new QTreeWidgetItem(m_history, {Formatting::dateTime(r.at), r.who, r.what});
        item->setToolTip(2, r.what);
    }
    if (m_history->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_history, {tr("Nothing has happened on this ticket yet.")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::NoItemFlags);
    }
    updateSuggestionText();
}

void TicketPage::updateClocks()
{
    if (m_id.isEmpty() || !m_loaded) {
        m_clocks->clear();
        return;
    }
    const Record& t = m_data.ticket;
    const qint64 now = m_workspace.store().wallTime();
    const std::optional<Sla::Policy>& policy = m_data.policy;
    auto clock = [now, &policy](const QString& label, const QVariant& due) {
        if (due.isNull())
            return QString();
        // The colours of the queue's SLA column (amber within the policy's warning time), green while in time.
        const QColor urgent =
            Formatting::urgencyColour(Formatting::urgency(due.toLongLong(), now, policy ? &*policy : nullptr));
        const QString colour = urgent.isValid() ? urgent.name() : QStringLiteral("#1a7f37");
        QString text =
            QStringLiteral("%1 <span style=\"color:%2; font-weight:bold\">%3</span>")
                .arg(label.toHtmlEscaped(), colour, Formatting::countdown(due.toLongLong(), now).toHtmlEscaped());
        // The service level counts working time: said beside the clock's time where the two differ (over a night
        // or a weekend), as the queue's banner and `sla check` count it.
        if (policy && due.toLongLong() < Sla::NoTarget)
            if (const auto working = Sla::workingMinutesIfDifferent(policy->hours, due.toLongLong(), now))
                text += QLatin1Char(' ') +
                        tr("(%1 in working time)").arg(Formatting::hoursAndMinutes(std::abs(*working))).toHtmlEscaped();
        return text;
    };
    // A target missed stays said once the clock has stopped: the first answer or the resolution came late.
    auto missed = [&t](const QString& text, const char* at, const char* due) {
        const QVariant when = t.value(QLatin1String(at)), by = t.value(QLatin1String(due));
        if (when.isNull() || by.isNull() || when.toLongLong() <= by.toLongLong())
            return QString();
        return QStringLiteral("<span style=\"color:#c01c28\">%1</span>")
            .arg(text.arg(Formatting::duration(when.toLongLong() - by.toLongLong())).toHtmlEscaped());
    };
    const QString status = t.text(u"status");
    QStringList parts;
    if (status == QLatin1String("pending")) {
        const QVariant since = t.value(u"paused_since");
        parts << (since.isNull() ? tr("Waiting on the customer: the resolution clock is stopped.")
                                 : tr("Waiting on the customer since %1: the resolution clock is stopped.")
                                       .arg(Formatting::dateTime(since.toLongLong())))
                     .toHtmlEscaped();
    } else if (Tickets::isOpen(status)) {
        if (t.value(u"first_response_at").isNull())
            parts << clock(tr("First response:"), t.value(u"first_response_due"));
        else
            parts << missed(tr("First response %1 late"), "first_response_at", "first_response_due");
        parts << clock(tr("Resolution:"), t.value(u"resolution_due"));
        parts.removeAll(QString());
        if (parts.isEmpty())
            parts << tr("No service level applies.").toHtmlEscaped();
    } else {
        parts << (status == QLatin1String("closed")
                      ? tr("Closed %1").arg(Formatting::dateTime(t.value(u"closed_at").toLongLong()))
                      : tr("Resolved %1").arg(Formatting::dateTime(t.value(u"resolved_at").toLongLong())))
                     .toHtmlEscaped();
        parts << missed(tr("First response %1 late"), "first_response_at", "first_response_due")
              << missed(tr("Resolved %1 late"), "resolved_at", "resolution_due");
        parts.removeAll(QString());
        if (!t.value(u"satisfaction").isNull())
            parts << tr("Satisfaction %1 of 5").arg(t.value(u"satisfaction").toInt()).toHtmlEscaped();
    }
    m_clocks->setText(parts.join(QStringLiteral(" · ")));
}

void TicketPage::updateSuggestionText()
{
    QString text;
    if (m_details->isCreating() || m_id.isEmpty()) {
        text = m_details->editedText(QStringLiteral("subject")) + QLatin1Char('\n') +
               m_details->editedText(QStringLiteral("description"));
    } else {
        const Record& t = m_data.ticket;
        text = t.text(u"subject") + QLatin1Char('\n') + t.text(u"description");
        for (const Record& e : std::as_const(m_data.conversation))
            if (e.text(u"kind") == QLatin1String("customer")) {
                text += QLatin1Char('\n') + e.text(u"body");
                break;
            }
        // What the agent writes refines the suggestions; an article put into the reply does not (it would find only
        // itself).
        QString typed = m_composer->toPlainText();
        for (const QString& inserted : std::as_const(m_inserted))
            typed.remove(inserted);
        if (!typed.trimmed().isEmpty())
            text = typed + QLatin1Char('\n') + text;
    }
    m_suggestions->setText(text, true);
}

Status TicketPage::apply(const QList<Mutation>& mutations, const QString& text)
{
    auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), mutations, text);
    if (!applied)
        return applied.error();
    return {};
}

Status TicketPage::send(bool note, const QString& statusAfter)
{
    if (!m_loaded)
        return Error{tr("The ticket is still being read; try again in a moment."), {}};
    const QString body = m_composer->toPlainText().trimmed();
    if (body.isEmpty())
        return Error{note ? tr("Write the note first.") : tr("Write the reply first."), {}};
    QList<Mutation> writes = Tickets::addEntry(m_data.ticket, note ? QStringLiteral("note") : QStringLiteral("reply"),
                                               body, m_workspace.currentUserId(), m_workspace.store().wallTime());
    if (!statusAfter.isEmpty()) {
        Record change(EntityType::Ticket, m_id);
        change.set(u"status", statusAfter);
        writes << Mutation::update(change);
    }
    const QString number = m_data.ticket.text(u"number");
    if (Status s = apply(writes, note ? tr("Note on %1").arg(number) : tr("Reply on %1").arg(number)); !s)
        return s;
    m_composer->clear();
    m_inserted.clear();
    saveDraft(); // sent: no draft left
    Q_EMIT message(note ? tr("Note added to %1.").arg(number) : tr("Reply sent on %1.").arg(number));
    return {};
}

Status TicketPage::moveTo(const QString& status)
{
    if (!m_loaded)
        return Error{tr("The ticket is still being read; try again in a moment."), {}};
    Record change(EntityType::Ticket, m_id);
    change.set(u"status", status);
    if (status == QLatin1String("resolved") && m_data.ticket.text(u"resolution").trimmed().isEmpty()) {
        // A resolved ticket says how, in the agent's words: what the next agent (and the knowledge base) learns
        // from. The last reply is no answer to that (it is mostly greeting), so nothing is written in for them.
        const auto resolution = Ask::longText(this, tr("Resolve %1").arg(m_data.ticket.text(u"number")),
                                              tr("How was it resolved? The cause and what fixed it, for the next "
                                                 "agent and the knowledge base."));
        if (!resolution)
            return {};
        if (resolution->isEmpty())
            return Error{tr("%1 stays open: say how it was resolved.").arg(m_data.ticket.text(u"number")), {}};
        change.set(u"resolution", *resolution);
    }
    return apply({Mutation::update(change)},
                 tr("%1: %2").arg(m_data.ticket.text(u"number"), statusAction(m_data.ticket.text(u"status"), status)));
}

Status TicketPage::assignTo(const QString& userId)
{
    if (!m_loaded)
        return Error{tr("The ticket is still being read; try again in a moment."), {}};
    Record change(EntityType::Ticket, m_id);
    change.set(u"assignee_id", userId);
    return apply({Mutation::update(change)}, tr("Assign %1").arg(m_data.ticket.text(u"number")));
}

void TicketPage::resizeEvent(QResizeEvent* event)
{
    RecordPage::resizeEvent(event);
    // Beside the articles: Conversation, Details and History whole, and "Public reply" with Canned
    // responses.
    int tabs = 0;
    for (QWidget* tab : {m_working, static_cast<QWidget*>(m_details), static_cast<QWidget*>(m_history)})
        tabs += m_tabs->tabBar()->tabRect(m_tabs->indexOf(tab)).width();
    const int composing =
        m_kind->sizeHint().width() + m_canned->sizeHint().width() + 2 * fontMetrics().averageCharWidth();
    const int margins =
        layout()->contentsMargins().left() + layout()->contentsMargins().right() + m_body->handleWidth();
    placeArticles(width() < std::max(tabs, composing) + margins + m_articles->minimumWidth());
}

void TicketPage::placeArticles(bool inTab)
{
    const bool isTab = m_tabs->indexOf(m_articles) >= 0;
    if (inTab == isTab)
        return;
    if (inTab) {
        m_tabs->addTab(m_articles, icon(Icon::Article), QString());
        m_articles->layout()->setContentsMargins(0, 4, 0, 0);
    } else {
        if (m_tabs->currentWidget() == m_articles)
            m_tabs->setCurrentWidget(
                m_tabs->isTabEnabled(m_tabs->indexOf(m_working)) ? m_working : static_cast<QWidget*>(m_details));
        m_tabs->removeTab(m_tabs->indexOf(m_articles));
        m_articles->layout()->setContentsMargins(6, 0, 0, 0);
        m_body->addWidget(m_articles);
        m_articles->show();
    }
    updateArticlesTab();
}

void TicketPage::updateArticlesTab()
{
    const int index = m_tabs->indexOf(m_articles);
    if (index < 0)
        return;
    const qsizetype n = m_suggestions->suggestions().size();
    m_tabs->setTabText(index, n > 0 ? tr("Articles (%1)").arg(QLocale().toString(n)) : tr("Articles"));
    m_tabs->setTabToolTip(index, tr("%n knowledge-base article(s) match what the ticket says", nullptr, int(n)));
}

void TicketPage::insertArticle(const QString& articleId)
{
    const auto article = m_workspace.store().fetch(EntityType::KnowledgeArticle, articleId);
    if (!article)
        return;
    // A reply is for the customer to read; an article for the team only goes into an internal note.
    const bool internal = article->text(u"audience") == QLatin1String("internal");
    const bool writing = !m_composer->toPlainText().trimmed().isEmpty();
    const bool note = m_kind->currentData().toString() == QLatin1String("note");
    if (internal && !note && writing) {
        Q_EMIT message(
            tr("For the team only: add \"%1\" to an internal note, not to a reply.").arg(article->text(u"title")));
        return;
    }
    if (internal || !writing)
        m_kind->setCurrentIndex(m_kind->findData(internal ? QStringLiteral("note") : QStringLiteral("reply")));
    // The answer, for the customer to read (the article's title is the team's index, not a greeting), in a
    // paragraph of its own.
    QString answer = RichText::toPlainText(article->text(u"body")).trimmed() + QLatin1Char('\n');
    const QString before = m_composer->toPlainText().left(m_composer->textCursor().position());
    if (!before.trimmed().isEmpty())
        answer.prepend(before.endsWith(QLatin1String("\n\n")) ? QString()
                       : before.endsWith(QLatin1Char('\n'))   ? QStringLiteral("\n")
                                                              : QStringLiteral("\n\n"));
    m_inserted << answer;
    m_composer->insertPlainText(answer);
    if (m_tabs->currentWidget() == m_articles && m_tabs->isTabEnabled(m_tabs->indexOf(m_working)))
        m_tabs->setCurrentWidget(m_working); // where it went
    m_composer->setFocus();
    // An article given to the customer belongs to the ticket.
    if (!m_id.isEmpty())
        if (Status s = linkArticle(articleId); !s)
            Q_EMIT message(s.error().message);
}

Status TicketPage::linkArticle(const QString& articleId)
{
    if (!m_loaded)
        return Error{tr("Save the ticket first; then articles can be linked to it."), {}};
    for (const TicketDetails::Link& l : std::as_const(m_data.articles))
        if (l.articleId == articleId)
            return {};
    Record link(EntityType::TicketArticle);
    link.set(u"ticket_id", m_id).set(u"article_id", articleId);
    return apply({Mutation::create(link)}, tr("Link an article to %1").arg(m_data.ticket.text(u"number")));
}

Status TicketPage::createArticle()
{
    if (!m_loaded)
        return Error{tr("The ticket is still being read; try again in a moment."), {}};
    if (Tickets::isOpen(m_data.ticket.text(u"status")))
        return Error{tr("Resolve the ticket first: an article tells how a problem was solved."), {}};
    Record article = Tickets::articleFrom(m_data.ticket, m_data.conversation, m_workspace.currentUserId());
    article.setId(m_workspace.store().newId());
    Record link(EntityType::TicketArticle);
    link.set(u"ticket_id", m_id).set(u"article_id", article.id());
    if (Status s = apply({Mutation::create(article), Mutation::create(link)},
                         tr("Article from %1").arg(m_data.ticket.text(u"number")));
        !s)
        return s;
    Q_EMIT message(tr("Draft article \"%1\" created; edit and publish it.").arg(article.text(u"title")));
    Q_EMIT openRecordRequested(EntityType::KnowledgeArticle, article.id());
    return {};
}

QList<std::pair<QString, QString>> TicketPage::cannedResponses()
{
    QList<std::pair<QString, QString>> out{
        {tr("We are on it"),
         tr("Hello {customer},\n\nthank you for contacting us about \"{subject}\" ({number}). We are looking into it "
            "and will get back to you as soon as we know more.\n\nKind regards,\n{agent}")},
        {tr("Need more information"),
         tr("Hello {customer},\n\nto help you with {number}, could you please send us the exact error message, the "
            "product version and the steps that lead to the problem?\n\nKind regards,\n{agent}")},
        {tr("Solved — please confirm"),
         tr("Hello {customer},\n\nwe believe the problem reported in {number} is solved. Please let us know if "
            "anything is still not working; otherwise we will close the ticket in a few days.\n\nKind "
            "regards,\n{agent}")},
        {tr("No answer yet — reminder"),
         tr("Hello {customer},\n\nwe are still waiting for your answer on {number}. Could you let us know whether the "
            "problem persists?\n\nKind regards,\n{agent}")}};
    return out + Settings().cannedResponses();
}

QString TicketPage::fillCanned(const QString& text) const
{
    QString out = text;
    QString customer = m_data.names.value(m_data.ticket.text(u"contact_id"));
    if (customer.isEmpty())
        customer = tr("customer");
    out.replace(QStringLiteral("{customer}"), customer);
    out.replace(QStringLiteral("{number}"), m_data.ticket.text(u"number"));
    out.replace(QStringLiteral("{subject}"), m_data.ticket.text(u"subject"));
    out.replace(QStringLiteral("{agent}"), m_workspace.store().titleOf(EntityType::User, m_workspace.currentUserId()));
    return out;
}

void TicketPage::fillCannedMenu()
{
    QMenu* menu = m_canned->menu();
    menu->clear();
    for (const auto& [title, text] : cannedResponses()) {
        QAction* a = menu->addAction(Formatting::menuText(title));
        connect(a, &QAction::triggered, this, [this, text] {
            m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("reply")));
            m_composer->insertPlainText(fillCanned(text));
            m_composer->setFocus();
        });
    }
    menu->addSeparator();
    QAction* save = menu->addAction(tr("Save this reply as a canned response…"));
    save->setEnabled(!m_composer->toPlainText().trimmed().isEmpty());
    connect(save, &QAction::triggered, this, [this] {
        const auto title = Ask::text(this, tr("Canned response"), tr("Name:"), {});
        if (!title)
            return;
        Settings settings;
        auto mine = settings.cannedResponses();
        mine.append({*title, m_composer->toPlainText().trimmed()});
        settings.setCannedResponses(mine);
        Q_EMIT message(tr("Saved \"%1\" among your canned responses.").arg(*title));
    });
}

} // namespace rapport
