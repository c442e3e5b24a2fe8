// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CustomerPage.h"

#include "DesktopLinks.h"
#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "commands/DeleteCommand.h"
#include "commands/EditRecordCommand.h"
#include "dialogs/Ask.h"
#include "dialogs/LogCallDialog.h"
#include "domain/Consent.h"
#include "domain/LocaleNames.h"
#include "io/ContactExport.h"
#include "io/PersonalData.h"
#include "models/HistoryModel.h"
#include "storage/ReaderPool.h"
#include "widgets/HistoryView.h"
#include "widgets/OrgChartView.h"
#include "widgets/PageTabs.h"
#include "widgets/RecordPanel.h"
#include "widgets/TimeGrid.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {

namespace {

enum { IdRole = Qt::UserRole + 1, TypeRole };

/// A colour for rich text, which knows no palette() (only style sheets do) and drops a colour's alpha: `over` laid
/// over `under` at `share`, opaque.
QString mixed(const QColor& under, const QColor& over, double share)
{
    return CalendarColours::mix(under, over, share).name();
}

/// A tag as a chip: a wash of the highlight colour behind it.
QString tagChip(const QString& tag, const QPalette& palette)
{
    return QStringLiteral("<span style=\"background-color: %1;\">&nbsp;%2&nbsp;</span>")
        .arg(mixed(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.25), Formatting::unbroken(tag));
}

QString link(EntityType type, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"rapport:%1/%2\">%3</a>").arg(Schema::entity(type).name, id, text.toHtmlEscaped());
}

/// Headline amounts, one per currency, in whole units ("$177,820 + €12,400").
QString moneyList(const QList<Money>& amounts)
{
    QStringList parts;
    for (const Money& m : amounts)
        parts << m.formatWhole(QLocale());
    return parts.join(QStringLiteral(" + "));
}

QToolButton* headerButton(QWidget* parent, const QString& name, const QIcon& icon, const QString& text)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(icon);
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setPopupMode(QToolButton::InstantPopup);
    return b;
}

} // namespace

CustomerPage::CustomerPage(EntityType type, Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordPage(parent)
    , m_type(type)
    , m_workspace(workspace)
    , m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto* header = new QHBoxLayout;
    const Header heading = addHeader(header, iconFor(type), QStringLiteral("customer"));
    m_title = heading.title;
    m_subtitle = heading.subtitle;
    m_call = headerButton(this, QStringLiteral("callButton"), icon(Icon::Call), tr("Call"));
    m_email = headerButton(this, QStringLiteral("emailButton"), icon(Icon::Email), tr("Email"));
    m_more = headerButton(this, QStringLiteral("moreButton"), icon(Icon::Settings), tr("More"));
    for (QToolButton* b : {m_call, m_email, m_more})
        header->addWidget(b, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("customerBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setStyleSheet(QStringLiteral("background: palette(alternate-base); border: 1px solid palette(mid); "
                                           "border-radius: 3px; padding: 6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("customerFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->hide();
    layout->addWidget(m_figures);

    m_tabs = new PageTabs(this);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setDocumentMode(true);
    m_details = new RecordPanel(workspace.store(), undo, m_tabs);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_details->setHeaderVisible(false);
    m_details->setSearchService(&workspace.search());
    m_tabs->addTab(m_details, tr("Details"));
    m_history = new HistoryView(workspace.readers(), m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);

    for (QLabel* l : {m_subtitle, m_banner, m_figures})
        connect(l, &QLabel::linkActivated, this, [this](const QString& href) {
            if (href.startsWith(QLatin1String("rapport:"))) {
                const QStringList parts = href.mid(8).split(QLatin1Char('/'));
                if (parts.size() == 2)
                    if (const EntityDef* def = Schema::byName(parts[0]))
                        Q_EMIT openRecordRequested(def->type, parts[1]);
            } else if (href.startsWith(QLatin1String("unmerge:"))) {
                unmerge(href.mid(8));
            } else if (href.startsWith(QLatin1String("tel:")) || href.startsWith(QLatin1String("mailto:"))) {
                contactByLink(QUrl(href));
            } else if (const QString failed = DesktopLinks::open(QUrl(href)); !failed.isEmpty()) {
                Q_EMIT message(failed);
            }
        });
    connect(m_details, &RecordPanel::openRecordRequested, this, &CustomerPage::openRecordRequested);
    connect(m_details, &RecordPanel::message, this, &CustomerPage::message);
    connect(m_details, &RecordPanel::contactLinkActivated, this, &CustomerPage::contactByLink);
    connect(m_details, &RecordPanel::creationCancelled, this, &CustomerPage::clear);
    connect(m_details, &RecordPanel::editingFinished, this, [this] {
        if (std::exchange(m_staleWhileEditing, false))
            m_refresh->start();
    });
    connect(m_history, &HistoryView::openRecordRequested, this, &CustomerPage::openRecordRequested);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_id.isEmpty())
            return;
        if (m_details->isEditing()) {
            m_staleWhileEditing = true;
            return;
        }
        load();
        m_history->model()->reload();
    });
    connect(&workspace.store(), &RecordStore::changed, this, &CustomerPage::onStoreChanged);
    clear();
}

void CustomerPage::clear()
{
    m_id.clear();
    nextGeneration();
    m_title->setText(tr("Nothing selected"));
    m_subtitle->setText(tr("Choose an entry in the list to see everything about it."));
    m_banner->hide();
    m_figures->hide();
    m_tabs->setEnabled(false);
    for (QToolButton* b : {m_call, m_email, m_more})
        b->setEnabled(false);
    m_details->clear();
    m_history->setSubject(m_type, QString());
    // The tabs' counts were the last customer's ("Deals and tickets (1 open)").
    static const QRegularExpression count(QStringLiteral("\\s*\\([^()]*\\)$"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, m_tabs->tabText(i).remove(count));
}

void CustomerPage::createNew(const Record& prefill)
{
    clear();
    m_title->setText(tr("New %1").arg(Schema::entity(m_type).displayLabel()));
    m_subtitle->setText(tr("Fill in what you know; only the name is required."));
    m_tabs->setEnabled(true);
    m_tabs->setCurrentWidget(m_details);
    for (int i = 0; i < m_tabs->count(); ++i) // a record not yet written has nothing else to show
        m_tabs->setTabEnabled(i, m_tabs->widget(i) == m_details);
    m_details->createNew(m_type, prefill);
}

void CustomerPage::showRecord(const QString& id)
{
    if (id.isEmpty()) {
        clear();
        return;
    }
    const bool same = id == m_id;
    m_id = id;
    m_loaded = false;
    m_tabs->setEnabled(true);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, true);
    if (!same) {
        m_details->showRecord(m_type, id);
        m_history->setSubject(m_type, id);
    }
    load();
}

void CustomerPage::finishLoad()
{
    m_loaded = true;
    Q_EMIT loaded();
}

void CustomerPage::setHeader(const QString& title, const QString& subtitleHtml, const QString& banner)
{
    m_title->setText(title);
    m_subtitle->setText(subtitleHtml);
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    m_more->setEnabled(true);
}

void CustomerPage::showUnavailable(const QString& title, const QString& why)
{
    // Deleted (Edit → Undo may bring it back) or never there: nothing to call, write to or act on.
    setHeader(title, why.toHtmlEscaped());
    m_figures->hide();
    m_tabs->setEnabled(false);
    for (QToolButton* b : {m_call, m_email, m_more})
        b->setEnabled(false);
}

void CustomerPage::onStoreChanged(const QList<Change>& changes)
{
    if (m_id.isEmpty())
        return;
    static const QList<EntityType> related{EntityType::Contact,     EntityType::Account,  EntityType::Activity,
                                           EntityType::Ticket,      EntityType::TicketEntry, EntityType::Opportunity,
                                           EntityType::StageChange, EntityType::Order,    EntityType::ActivityAttendee,
                                           EntityType::Quote};
    for (const Change& c : changes)
        if (related.contains(c.type)) {
            readAgain();
            return;
        }
}

void CustomerPage::readAgain()
{
    if (m_id.isEmpty())
        return;
    // Not under the person's hands: the page is read again when the form closes (its own save too).
    if (m_details->isEditing())
        m_staleWhileEditing = true;
    else
        m_refresh->start();
}

QTreeWidget* CustomerPage::relatedList(const QString& objectName, const QStringList& headers, int stretching)
{
    auto* list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setIndentation(0); // rows under a heading (open, closed) line up with it
    list->setItemsExpandable(false);
    list->setHeaderLabels(headers);
    list->setAlternatingRowColors(true);
    if (stretching < 0) {
        list->header()->setStretchLastSection(true);
        list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    } else {
        list->header()->setStretchLastSection(false);
        for (int c = 0; c < headers.size(); ++c)
            list->header()->setSectionResizeMode(c, c == stretching ? QHeaderView::Stretch
                                                                    : QHeaderView::ResizeToContents);
    }
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, IdRole).toString().isEmpty())
            return; // a heading
        Q_EMIT openRecordRequested(static_cast<EntityType>(item->data(0, TypeRole).toInt()),
                                   item->data(0, IdRole).toString());
    });
    return list;
}

namespace {

QTreeWidgetItem* relatedItem(const RelatedRecord& r, bool withDate)
{
    QStringList columns{r.title};
    columns << (r.facts.isEmpty() ? QStringList{r.detail} : r.facts);
    if (withDate)
        columns.prepend(r.at ? Formatting::date(r.at) : QString());
    auto* item = new QTreeWidgetItem(columns);
    if (r.amountFact >= 0)
        item->setTextAlignment(columns.size() - int(r.facts.size()) + r.amountFact, Qt::AlignRight | Qt::AlignVCenter);
    item->setIcon(0, iconFor(r.type));
    item->setData(0, IdRole, r.id);
    item->setData(0, TypeRole, int(r.type));
    return item;
}

/// A heading row across the list's columns: read, not chosen.
QTreeWidgetItem* headingItem(QTreeWidget* list, const QString& text)
{
    auto* heading = new QTreeWidgetItem(list, {text});
    heading->setFlags(Qt::ItemIsEnabled);
    QFont bold = list->font();
    bold.setBold(true);
    heading->setFont(0, bold);
    heading->setFirstColumnSpanned(true);
    heading->setExpanded(true);
    return heading;
}

QString wonOrLostHeading(qsizetype n)
{
    return n >= CustomerOverview::ClosedLimit ? CustomerPage::tr("Won or lost, the latest %1").arg(n)
                                              : CustomerPage::tr("Won or lost (%1)").arg(n);
}

QString resolvedHeading(qsizetype n)
{
    return n >= CustomerOverview::ClosedLimit ? CustomerPage::tr("Resolved or closed, the latest %1").arg(n)
                                              : CustomerPage::tr("Resolved or closed (%1)").arg(n);
}

void fitColumns(QTreeWidget* list)
{
    if (!list->header()->stretchLastSection())
        return; // its columns size themselves (CustomerPage::relatedList)
    for (int c = 0; c + 1 < list->columnCount(); ++c)
        list->resizeColumnToContents(c);
}

} // namespace

void CustomerPage::fillRelated(QTreeWidget* list, const QList<RelatedRecord>& items, bool withDate)
{
    list->clear();
    for (const RelatedRecord& r : items)
        list->addTopLevelItem(relatedItem(r, withDate));
    fitColumns(list);
}

void CustomerPage::fillOpenAndClosed(QTreeWidget* list, const QList<RelatedRecord>& open,
                                     const QList<RelatedRecord>& closed, const QString& closedHeading, bool withDate)
{
    if (closed.isEmpty()) {
        fillRelated(list, open, withDate);
        return;
    }
    list->clear();
    if (!open.isEmpty()) {
        QTreeWidgetItem* heading = headingItem(list, tr("Open (%1)").arg(open.size()));
        for (const RelatedRecord& r : open)
            heading->addChild(relatedItem(r, withDate));
    }
    QTreeWidgetItem* heading = headingItem(list, closedHeading);
    for (const RelatedRecord& r : closed) {
        QTreeWidgetItem* item = relatedItem(r, withDate);
        for (int c = 0; c < list->columnCount(); ++c)
            item->setForeground(c, list->palette().brush(QPalette::PlaceholderText));
        heading->addChild(item);
    }
    list->expandAll();
    fitColumns(list);
}

QWidget* CustomerPage::listTab(QTreeWidget* list, const QString& emptyText, const QString& heading,
                               std::optional<EntityType> creates)
{
    auto* tab = new QWidget(this);
    auto* column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 0, 0, 0);
    if (!heading.isEmpty() || creates) {
        // What the list is, and the way to add to it where the person looks for it.
        auto* bar = new QHBoxLayout;
        bar->setContentsMargins(4, 4, 4, 0);
        if (!heading.isEmpty())
            bar->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), tab));
        bar->addStretch(1);
        if (creates) {
            const EntityType type = *creates;
            auto* add = new QToolButton(tab);
            add->setIcon(icon(Icon::Add));
            add->setText(type == EntityType::Ticket ? tr("New ticket…") : tr("New deal…"));
            add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            add->setAutoRaise(true);
            add->setObjectName(type == EntityType::Ticket ? QStringLiteral("newTicketHere")
                                                          : QStringLiteral("newDealHere"));
            connect(add, &QToolButton::clicked, this, [this, type] { createForCustomer(type); });
            bar->addWidget(add);
        }
        column->addLayout(bar);
    }
    auto* stack = new QStackedLayout;
    column->addLayout(stack, 1);
    auto* empty = new QLabel(emptyText, tab);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    stack->addWidget(list);
    stack->addWidget(empty);
    // The list model tells when it is empty; the tab shows a sentence instead of blank rows.
    auto update = [list, stack] { stack->setCurrentIndex(list->topLevelItemCount() == 0 ? 1 : 0); };
    connect(list->model(), &QAbstractItemModel::rowsInserted, stack, update);
    connect(list->model(), &QAbstractItemModel::rowsRemoved, stack, update);
    connect(list->model(), &QAbstractItemModel::modelReset, stack, update);
    update();
    return tab;
}

void CustomerPage::contact(const QString& channel, const QString& target)
{
    const bool phone = channel == QLatin1String("phone");
    if (m_type == EntityType::Contact &&
        !Ask::reachAnyway(this, m_record.text(u"consent"), channel, QTimeZone(m_record.text(u"time_zone").toUtf8())))
        return;
    if (const QString failed =
            DesktopLinks::open(QUrl((phone ? QStringLiteral("tel:") : QStringLiteral("mailto:")) + target));
        !failed.isEmpty())
        Q_EMIT message(failed);
    else
        Q_EMIT message(phone ? tr("Calling %1…").arg(Formatting::phone(target, target))
                             : tr("Writing to %1…").arg(target));
    if (phone && m_type == EntityType::Contact)
        logCall(); // the timer runs from the dial
}

void CustomerPage::contactByLink(const QUrl& link)
{
    contact(link.scheme() == QLatin1String("tel") ? QStringLiteral("phone") : QStringLiteral("email"), link.path());
}

void CustomerPage::logCall()
{
    auto* dialog = new LogCallDialog(m_workspace, m_undo, m_type == EntityType::Contact ? m_id : QString(), this);
    connect(dialog, &LogCallDialog::message, this, &CustomerPage::message);
    dialog->show();
}

void CustomerPage::createForCustomer(EntityType type)
{
    // What a caller or a visit leads to, filled in with the customer: the ticket for the contact at their company,
    // the deal at the company.
    Record prefill(type);
    const QString account = m_type == EntityType::Account ? m_id : m_record.text(u"account_id");
    if (!account.isEmpty())
        prefill.set(u"account_id", account);
    if (m_type == EntityType::Contact) // the ticket's contact, the deal's primary contact
        prefill.set(u"contact_id", m_id);
    Q_EMIT createRequested(type, prefill);
}

void CustomerPage::addCreateActions(QMenu* menu)
{
    const auto forCustomer = [this](EntityType type) { createForCustomer(type); };
    menu->addAction(iconFor(EntityType::Ticket), tr("New ticket…"), this,
                    [forCustomer] { forCustomer(EntityType::Ticket); })
        ->setObjectName(QStringLiteral("newTicketForCustomer"));
    menu->addAction(iconFor(EntityType::Opportunity), tr("New deal…"), this,
                    [forCustomer] { forCustomer(EntityType::Opportunity); })
        ->setObjectName(QStringLiteral("newDealForCustomer"));
    // The next step with the customer, in the calendar: with the contact at their company, or at the company.
    addPlanActions(menu, m_workspace, m_undo, [this] {
        Record links(EntityType::Activity);
        links.set(u"account_id", m_type == EntityType::Account ? m_id : m_record.text(u"account_id"));
        if (m_type == EntityType::Contact)
            links.set(u"contact_id", m_id);
        return links;
    });
    menu->addSeparator();
}

void CustomerPage::addCommonActions(QMenu* menu)
{
    menu->addAction(icon(Icon::Merge), tr("Merge with duplicates…"), this,
                    [this] { Q_EMIT mergeRequested(m_type, {m_id}); });
    menu->addSeparator();
    QAction* remove = menu->addAction(icon(Icon::Delete), tr("Delete"), this, [this] {
        const QString title = m_title->text();
        if (!DeleteCommand::confirm(this, m_workspace.store(), m_type, {m_id}, title))
            return;
        if (Status s = DeleteCommand::apply(m_undo, m_workspace.store(), m_type, {m_id}, tr("Delete %1").arg(title)); !s) {
            Q_EMIT message(s.error().message);
            return;
        }
        Q_EMIT message(tr("%1 was deleted. Edit → Undo brings it back.").arg(title));
        clear();
    });
    remove->setObjectName(QStringLiteral("deleteCustomer"));
}

void CustomerPage::unmerge(const QString& mergedId)
{
    const QString name = m_workspace.store().titleOf(m_type, mergedId);
    if (!Ask::confirm(this, tr("Unmerge %1?").arg(name),
                      tr("%1 becomes a record of its own again and takes back what was moved from it in the merge "
                         "(except what was changed since).")
                          .arg(name),
                      tr("Unmerge")))
        return;
    if (Status s = m_workspace.store().unmerge(m_type, mergedId); !s) {
        Q_EMIT message(s.error().message);
        return;
    }
    Q_EMIT message(tr("%1 is a record of its own again.").arg(name));
}

// ---------------------------------------------------------------------------------------------------------------
// ContactPage

ContactPage::ContactPage(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : CustomerPage(EntityType::Contact, workspace, undo, parent)
{
    setObjectName(QStringLiteral("contactPage"));
    m_deals = relatedList(QStringLiteral("openDeals"),
                          {tr("Deal"), tr("Stage"), tr("Amount"), tr("Close", "when a deal closes or closed")}, 0);
    m_tickets =
        relatedList(QStringLiteral("openTickets"), {tr("Opened"), tr("Ticket"), tr("Status"), tr("Priority")}, 1);
    auto* work = new QSplitter(Qt::Vertical, m_tabs);
    work->addWidget(listTab(m_deals, tr("No deals yet."), tr("Deals"), EntityType::Opportunity));
    work->addWidget(listTab(m_tickets, tr("No tickets yet."), tr("Tickets"), EntityType::Ticket));
    m_tabs->insertTab(2, work, tr("Deals and tickets"));

    auto* org = new QWidget(m_tabs);
    auto* orgLayout = new QVBoxLayout(org);
    m_manager = new QLabel(org);
    m_manager->setObjectName(QStringLiteral("manager"));
    m_manager->setTextFormat(Qt::RichText);
    connect(m_manager, &QLabel::linkActivated, this, [this](const QString& href) {
        const QStringList parts = href.mid(8).split(QLatin1Char('/'));
        if (parts.size() == 2)
            Q_EMIT openRecordRequested(EntityType::Contact, parts[1]);
    });
    orgLayout->addWidget(m_manager);
    // Where they stand: their managers up to the top, their peers and their reports as a chart, them marked;
    // a drop on it changes whom someone reports to, as on their account's chart. Their direct reports listed
    // beneath, where there are any.
    auto* split = new QSplitter(Qt::Vertical, org);
    m_circle = new OrgChartView(split);
    m_circle->setObjectName(QStringLiteral("contactCircle"));
    connect(m_circle, &OrgChartView::openRecordRequested, this, &CustomerPage::openRecordRequested);
    connect(m_circle, &OrgChartView::reportsToChangeRequested, this, &ContactPage::changeReportsTo);
    connect(m_circle, &OrgChartView::message, this, &CustomerPage::message);
    split->addWidget(m_circle);
    m_reports = relatedList(QStringLiteral("directReports"), {tr("Direct report"), tr("Job title")});
    m_reportsBox = listTab(m_reports, tr("Nobody reports to this contact."));
    split->addWidget(m_reportsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    orgLayout->addWidget(split, 1);
    m_tabs->insertTab(3, org, tr("Manager and reports")); // whom they report to, and who reports to them

    m_callMenu = new QMenu(this);
    m_emailMenu = new QMenu(this);
    m_call->setMenu(m_callMenu);
    m_email->setMenu(m_emailMenu);
    auto* more = new QMenu(this);
    addCreateActions(more);
    more->addAction(icon(Icon::Export), tr("Export personal data…"), this, [this] {
        const QString path =
            Ask::saveFile(this, tr("Export everything held on %1").arg(m_title->text()),
                          m_title->text() + QStringLiteral(".json"), tr("JSON (*.json);;vCard (*.vcf)"));
        if (path.isEmpty())
            return;
        RecordStore& store = m_workspace.store();
        Status s;
        if (path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)) {
            auto written = ContactExport::write(store.database(), path, ContactExport::Format::VCard, {m_id});
            s = written ? store.auditExport(EntityType::Contact, m_id) : Status(written.error());
        } else if (auto all = PersonalData::collect(store, m_record); !all) {
            s = all.error();
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*all).toJson()) < 0 || !file.commit())
                s = Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
        }
        Q_EMIT message(s ? tr("Everything held on %1 was written to %2.").arg(m_title->text(), path)
                         : s.error().message);
    });
    more->addAction(icon(Icon::Delete), tr("Erase personal data…"), this, [this] {
        const QString name = m_title->text();
        if (!Ask::confirm(this, tr("Erase %1?").arg(name),
                          tr("Every personal detail of %1 is blanked here and, with the next sync, on every laptop, "
                             "including the history of changes. This cannot be undone.")
                              .arg(name),
                          tr("Erase")))
            return;
        if (Status s = m_workspace.store().erase(EntityType::Contact, m_id); !s) {
            Q_EMIT message(s.error().message);
            return;
        }
        Q_EMIT message(tr("%1 was erased.").arg(name));
        clear();
    });
    more->addSeparator();
    addCommonActions(more);
    m_more->setMenu(more);
}

void ContactPage::load()
{
    const quint64 generation = nextGeneration();
    const QString id = m_id;
    auto* watcher = new QFutureWatcher<Result<ContactOverview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (!isCurrent(generation))
            return;
        const auto result = watcher->result();
        if (!result) {
            showUnavailable(tr("This contact is not available"), result.error().message);
            finishLoad();
            return;
        }
        m_tabs->setEnabled(true); // again, after an undo brought it back
        present(*result);
        finishLoad();
    });
    watcher->setFuture(m_workspace.readers().run<ContactOverview>(
        [id](Database& db) -> Result<ContactOverview> { return CustomerOverview::contact(db, id); }));
}

void ContactPage::present(const ContactOverview& o)
{
    m_record = o.contact;
    const Record& c = o.contact;
    QStringList about;
    if (!c.text(u"job_title").isEmpty())
        about << c.text(u"job_title").toHtmlEscaped();
    if (!o.accountName.isEmpty())
        about << link(EntityType::Account, c.text(u"account_id"), o.accountName);
    if (!c.text(u"department").isEmpty())
        about << c.text(u"department").toHtmlEscaped();
    QStringList lines{Formatting::facts(about)};
    QStringList more;
    if (!o.ownerName.isEmpty())
        more << Formatting::unbroken(tr("Owner: %1").arg(o.ownerName));
    const QJsonArray tags = QJsonDocument::fromJson(c.text(u"tags").toUtf8()).array();
    for (const QJsonValue& t : tags)
        more << tagChip(t.toString(), palette());
    if (!more.isEmpty())
        lines << Formatting::facts(more);
    // How the customer wants to be reached, at a glance and by purpose: "Service: Email, Phone (Mon–Fri, 9:00 AM–
    // 6:00 PM), Post · Marketing: no". The Details tab gives each channel in full, with where and when it was given.
    const Consent consent = Consent::fromJson(c.text(u"consent"));
    QStringList reach;
    for (const Consent::Purpose purpose : {Consent::Purpose::Service, Consent::Purpose::Marketing}) {
        if (consent.isEmpty())
            break;
        QStringList granted;
        bool refused = false;
        for (const QString& channel : Consent::channelKeys()) {
            const auto ch = consent.channel(channel);
            const std::optional<bool> agreed = !ch                                    ? std::nullopt
                                               : purpose == Consent::Purpose::Service ? ch->service
                                                                                      : ch->marketing;
            if (agreed && !*agreed)
                refused = true;
            if (!agreed || !*agreed)
                continue;
            QString text = Consent::channelLabel(channel).toHtmlEscaped();
            if (const QString window = Consent::windowText(*ch); !window.isEmpty()) // "(Mon–Fri, …)" on one line
                text += QLatin1Char(' ') + Formatting::unbroken(QLatin1Char('(') + window + QLatin1Char(')'));
            granted << text;
        }
        const QString said = !granted.isEmpty() ? granted.join(QStringLiteral(", "))
                             : refused          ? tr("no", "consent for a purpose")
                                                : tr("not asked", "consent for a purpose");
        reach << (purpose == Consent::Purpose::Service ? tr("Service: %1") : tr("Marketing: %1")).arg(said);
    }
    lines << (reach.isEmpty() ? tr("No communication consent recorded.") : Formatting::facts(reach));

    QString banner;
    if (!o.mergedIntoName.isEmpty())
        banner = tr("This contact was merged into %1.").arg(link(EntityType::Contact, c.text(u"merged_into"), o.mergedIntoName)) +
                 QStringLiteral(" <a href=\"unmerge:%1\">%2</a>").arg(c.id(), tr("Unmerge"));
    else if (!o.mergedFrom.isEmpty()) {
        QStringList merged;
        for (const RelatedRecord& r : o.mergedFrom)
            merged << r.title.toHtmlEscaped() + QStringLiteral(" (<a href=\"unmerge:%1\">%2</a>)").arg(r.id, tr("unmerge"));
        banner = tr("Merged from: %1").arg(merged.join(QStringLiteral(", ")));
    }
    setHeader(c.text(u"first_name").isEmpty() ? c.text(u"last_name")
                                               : c.text(u"first_name") + QLatin1Char(' ') + c.text(u"last_name"),
              lines.join(QStringLiteral("<br>")), banner);

    m_callMenu->clear();
    m_emailMenu->clear();
    for (const QJsonValue& v : QJsonDocument::fromJson(c.text(u"phones").toUtf8()).array()) {
        const QJsonObject p = v.toObject();
        const QString number = p.value(QLatin1String("number")).toString();
        const QString dial = p.value(QLatin1String("e164")).toString(number);
        m_callMenu->addAction(
            icon(Icon::Call),
            Formatting::phone(number, p.value(QLatin1String("e164")).toString()) + QStringLiteral("  (") +
                Schema::phoneTypes().label(p.value(QLatin1String("type")).toString()) + QLatin1Char(')'),
            this, [this, dial] { contact(QStringLiteral("phone"), dial); });
    }
    for (const QJsonValue& v : QJsonDocument::fromJson(c.text(u"emails").toUtf8()).array()) {
        const QJsonObject e = v.toObject();
        const QString address = e.value(QLatin1String("address")).toString();
        m_emailMenu->addAction(icon(Icon::Email),
                               Formatting::menuText(address) + QStringLiteral("  (") +
                                   Schema::emailTypes().label(e.value(QLatin1String("type")).toString()) +
                                   QLatin1Char(')'),
                               this, [this, address] { contact(QStringLiteral("email"), address); });
    }
    // A call made some other way (a desk phone, a mobile) is logged all the same.
    if (!m_callMenu->isEmpty())
        m_callMenu->addSeparator();
    QAction* log = m_callMenu->addAction(icon(Icon::Timer), tr("Log a call…"), this, [this] { logCall(); });
    log->setObjectName(QStringLiteral("logCallAction"));
    m_call->setEnabled(!m_callMenu->isEmpty());
    m_email->setEnabled(!m_emailMenu->isEmpty());

    fillOpenAndClosed(m_deals, o.openDeals, o.closedDeals, wonOrLostHeading(o.closedDeals.size()), false);
    fillOpenAndClosed(m_tickets, o.openTickets, o.closedTickets, resolvedHeading(o.closedTickets.size()), true);
    fillRelated(m_reports, o.directReports, false);
    m_reportsBox->setVisible(!o.directReports.isEmpty());
    m_circle->setPeople(o.circle, c.id());
    m_tabs->setTabText(3, o.directReports.isEmpty() ? tr("Manager and reports")
                                                    : tr("Manager and reports (%1)").arg(o.directReports.size()));
    QString manager =
        o.managerName.isEmpty()
            ? tr("Reports to nobody at %1.")
                  .arg(o.accountName.isEmpty() ? tr("this account") : o.accountName.toHtmlEscaped())
            : tr("Reports to %1.").arg(link(EntityType::Contact, c.text(u"reports_to_id"), o.managerName));
    if (manager.endsWith(QLatin1String(".."))) // "… at Carter Robotics Inc."
        manager.chop(1);
    m_manager->setText(manager);
    // The count is of what is open: what needs work.
    m_tabs->setTabText(2, o.openDeals.isEmpty() && o.openTickets.isEmpty()
                              ? tr("Deals and tickets")
                              : tr("Deals and tickets (%n open)", "", int(o.openDeals.size() + o.openTickets.size())));
}

// ---------------------------------------------------------------------------------------------------------------
// AccountPage

AccountPage::AccountPage(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : CustomerPage(EntityType::Account, workspace, undo, parent)
{
    setObjectName(QStringLiteral("accountPage"));
    // People: as a list, or as the org chart drawn from who reports to whom, with the tab's whole width (side by
    // side, a laptop left each too narrow to read). The choice is remembered.
    auto* people = new QWidget(m_tabs);
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->setSpacing(0);
    auto* bar = new QToolBar(people);
    bar->setIconSize(QSize(16, 16));
    auto* shownAs = new QButtonGroup(people);
    const struct
    {
        PeopleAs as;
        Icon which;
        QString text, name;
    } ways[] = {{PeopleAs::List, Icon::ListView, tr("List"), QStringLiteral("peopleAsList")},
                {PeopleAs::Chart, Icon::OrgChart, tr("Org chart"), QStringLiteral("peopleAsChart")}};
    for (const auto& [as, which, text, name] : ways) {
        auto* b = new QToolButton(bar);
        b->setObjectName(name);
        b->setIcon(icon(which));
        b->setText(text);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        shownAs->addButton(b, int(as));
        bar->addWidget(b);
    }
    QAction* chartTools = bar->addSeparator();
    m_orgChart = new OrgChartView(people);
    const QList<QAction*> zoom{bar->addAction(icon(Icon::ZoomIn), tr("Zoom in"), m_orgChart, &OrgChartView::zoomIn),
                               bar->addAction(icon(Icon::ZoomOut), tr("Zoom out"), m_orgChart, &OrgChartView::zoomOut),
                               bar->addAction(icon(Icon::ZoomFit), tr("Fit"), m_orgChart, &OrgChartView::fitAll)};
    auto* hint = new QLabel(tr("Drag a person onto their new manager."), bar);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(6, 0, 0, 0);
    QAction* hintAction = bar->addWidget(hint);
    peopleLayout->addWidget(bar);
    m_peopleStack = new QStackedWidget(people);
    m_people = relatedList(QStringLiteral("people"), {tr("Name"), tr("Job title")});
    m_peopleStack->addWidget(listTab(m_people, tr("Nobody at this account yet.")));
    m_peopleStack->addWidget(m_orgChart);
    peopleLayout->addWidget(m_peopleStack, 1);
    connect(shownAs, &QButtonGroup::idToggled, this, [this, chartTools, zoom, hintAction](int id, bool checked) {
        if (!checked)
            return;
        const bool chart = PeopleAs(id) == PeopleAs::Chart;
        m_peopleStack->setCurrentIndex(chart ? 1 : 0);
        for (QAction* a : zoom + QList<QAction*>{chartTools, hintAction})
            a->setVisible(chart);
        QSettings().setValue(PeopleAsKey, chart ? QStringLiteral("chart") : QStringLiteral("list"));
    });
    const bool asList = QSettings().value(PeopleAsKey).toString() == QLatin1String("list");
    shownAs->button(int(asList ? PeopleAs::List : PeopleAs::Chart))->setChecked(true);
    m_tabs->insertTab(2, people, tr("People"));
    connect(m_orgChart, &OrgChartView::openRecordRequested, this, &CustomerPage::openRecordRequested);
    connect(m_orgChart, &OrgChartView::reportsToChangeRequested, this, &AccountPage::changeReportsTo);
    connect(m_orgChart, &OrgChartView::message, this, &AccountPage::message);

    m_deals = relatedList(QStringLiteral("openDeals"),
                          {tr("Deal"), tr("Stage"), tr("Amount"), tr("Close", "when a deal closes or closed")}, 0);
    m_tabs->insertTab(3, listTab(m_deals, tr("No deals yet."), {}, EntityType::Opportunity), tr("Deals"));
    m_tickets =
        relatedList(QStringLiteral("openTickets"), {tr("Opened"), tr("Ticket"), tr("Status"), tr("Priority")}, 1);
    m_tabs->insertTab(4, listTab(m_tickets, tr("No tickets yet."), {}, EntityType::Ticket), tr("Tickets"));
    m_orders = relatedList(QStringLiteral("orders"), {tr("Ordered"), tr("Order"), tr("Total"), tr("Status")}, 1);
    m_tabs->insertTab(5, listTab(m_orders, tr("No orders yet.")), tr("Orders"));
    m_hierarchy = relatedList(QStringLiteral("hierarchy"), {tr("Company"), tr("Where")});
    m_hierarchy->setRootIsDecorated(true); // the corporate group as a tree
    m_hierarchy->setItemsExpandable(true);
    m_hierarchy->setIndentation(m_hierarchy->style()->pixelMetric(QStyle::PM_TreeViewIndentation));
    m_tabs->insertTab(6, listTab(m_hierarchy, {}), tr("Hierarchy"));

    auto* more = new QMenu(this);
    addCreateActions(more);
    addCommonActions(more);
    m_more->setMenu(more);
    m_figures->show();
}

void AccountPage::load()
{
    const quint64 generation = nextGeneration();
    const QString id = m_id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto* watcher = new QFutureWatcher<Result<AccountOverview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (!isCurrent(generation))
            return;
        const auto result = watcher->result();
        if (!result) {
            showUnavailable(tr("This account is not available"), result.error().message);
            finishLoad();
            return;
        }
        m_tabs->setEnabled(true); // again, after an undo brought it back
        present(*result);
        finishLoad();
    });
    watcher->setFuture(m_workspace.readers().run<AccountOverview>(
        [id, now](Database& db) -> Result<AccountOverview> { return CustomerOverview::account(db, id, now); }));
}

void AccountPage::present(const AccountOverview& o)
{
    m_record = o.account;
    const Record& a = o.account;
    QStringList about;
    if (!a.text(u"industry").isEmpty())
        about << Schema::industries().label(a.text(u"industry"));
    if (!a.text(u"segment").isEmpty())
        about << Schema::entity(EntityType::Account).field(u"segment")->enumeration->label(a.text(u"segment"));
    QStringList where{a.text(u"city")};
    if (!a.text(u"country").isEmpty())
        where << LocaleNames::country(a.text(u"country"));
    where.removeAll(QString());
    if (!where.isEmpty())
        about << where.join(QStringLiteral(", ")).toHtmlEscaped();
    if (!o.parentName.isEmpty())
        about << tr("part of %1").arg(link(EntityType::Account, a.text(u"parent_id"), o.parentName));
    if (!o.ownerName.isEmpty())
        about << Formatting::unbroken(tr("Owner: %1").arg(o.ownerName));
    QString banner;
    if (!o.mergedIntoName.isEmpty())
        banner = tr("This account was merged into %1.").arg(link(EntityType::Account, a.text(u"merged_into"), o.mergedIntoName)) +
                 QStringLiteral(" <a href=\"unmerge:%1\">%2</a>").arg(a.id(), tr("Unmerge"));
    else if (!o.mergedFrom.isEmpty()) {
        QStringList merged;
        for (const RelatedRecord& r : o.mergedFrom)
            merged << r.title.toHtmlEscaped() + QStringLiteral(" (<a href=\"unmerge:%1\">%2</a>)").arg(r.id, tr("unmerge"));
        banner = tr("Merged from: %1").arg(merged.join(QStringLiteral(", ")));
    }
    setHeader(a.text(u"name"), Formatting::facts(about), banner);

    const QLocale locale;
    // Captions in grey: the text colour half over the background.
    auto figure = [colour = mixed(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.55)](
                      const QString& label, const QString& value, const QString& name) {
        // At the foot of its cell: the figures of a row stay in line when a caption takes two lines. A number
        // keeps its unit on its line ("Revenue, last / 12 months", not "last 12 / months").
        static const QRegularExpression numberAndWord(QStringLiteral("(\\d) (?=\\w)"));
        QString caption = label.toHtmlEscaped();
        caption.replace(numberAndWord, QStringLiteral("\\1\u00a0"));
        return QStringLiteral("<td valign=\"bottom\" style=\"padding-right: 24px;\"><span style=\"color: %4;\">%1"
                              "</span><br><b style=\"font-size: large;\" id=\"%3\">%2</b></td>")
            .arg(caption, value.toHtmlEscaped(), name, colour);
    };
    const QString lastContact = o.lastContact ? Formatting::date(o.lastContact)
                                              : tr("never");
    // The customer's standing as the book was last scored: a row of its own, beneath the account's figures.
    QString standing;
    if (const auto& c = o.standing) {
        // Scored in the reporting currency: said so when the account's own figures are in another.
        bool inOtherCurrency = false;
        for (const QList<Money>* amounts : {&o.revenueLast12Months, &o.openPipeline})
            for (const Money& m : *amounts)
                inOtherCurrency = inOtherCurrency || m.currency != c->lifetimeValue.currency;
        standing =
            figure(tr("Customer segment"), CustomerReports::segmentLabel(c->segment), QStringLiteral("segment")) +
            figure(inOtherCurrency ? tr("Lifetime value, in %1").arg(c->lifetimeValue.currency) : tr("Lifetime value"),
                   c->lifetimeValue.formatWhole(locale), QStringLiteral("lifetimeValue")) +
            figure(tr("Churn risk"), Formatting::percent(100.0 * c->churnRisk), QStringLiteral("churnRisk")) +
            figure(tr("Buys most"), c->category.isEmpty() ? tr("none", "buys no category most") : c->category,
                   QStringLiteral("category"));
        QStringList notes{tr("Customer standing, scored on %1 among the book's %Ln customer(s): recency %2, frequency "
                             "%3 and money %4 out of 5.",
                             "", o.scoring.customers)
                              .arg(Formatting::date(o.scoring.at))
                              .arg(c->recency)
                              .arg(c->frequency)
                              .arg(c->monetary)};
        // The segment ranks the customer among all; the churn risk against their own habit. Both are said, so a
        // Champion who has gone quiet does not read as a contradiction.
        notes << tr("The segment compares the customer with the others; the churn risk compares the time since "
                    "their last order with their own pace of ordering, so a frequent buyer gone quiet rates high "
                    "even in a good segment.");
        if (c->atRisk)
            notes << tr("Likely to churn: a churn risk of one half or more, and an order in the last year.");
        if (!o.scoring.unconverted.isEmpty())
            notes << tr("Orders in %1 are not counted: there is no exchange rate into %2.")
                         .arg(o.scoring.unconverted.join(QStringLiteral(", ")), o.scoring.currency);
        m_figures->setToolTip(notes.join(QLatin1Char('\n')));
    } else {
        standing =
            figure(tr("Customer segment"), o.scoring.at ? tr("no orders when last scored") : tr("not scored yet"),
                   QStringLiteral("segment"));
        m_figures->setToolTip(o.scoring.at ? tr("Customers scored on %1.").arg(Formatting::date(o.scoring.at))
                                           : QString());
    }
    m_figures->setText(
        QStringLiteral("<table><tr>%1%2%3%4</tr><tr>%5</tr></table>")
            .arg(figure(tr("Revenue, last 12 months"),
                        o.revenueLast12Months.isEmpty() ? tr("none", "no revenue") : moneyList(o.revenueLast12Months),
                        QStringLiteral("revenue")),
                 figure(tr("Open pipeline"),
                        o.openPipeline.isEmpty() ? tr("none", "no open pipeline") : moneyList(o.openPipeline),
                        QStringLiteral("pipeline")),
                 figure(tr("Open tickets"), locale.toString(o.openTicketCount), QStringLiteral("tickets")),
                 figure(tr("Last contact"), lastContact, QStringLiteral("last")), standing));

    if (!m_call->menu())
        m_call->setMenu(new QMenu(this));
    if (!m_email->menu())
        m_email->setMenu(new QMenu(this));
    m_call->menu()->clear();
    m_email->menu()->clear();
    if (const QString phone = a.text(u"phone"); !phone.isEmpty()) {
        const QString dial = a.text(u"phone_e164").isEmpty() ? phone : a.text(u"phone_e164");
        m_call->menu()->addAction(icon(Icon::Call), Formatting::phone(phone, a.text(u"phone_e164")), this,
                                  [this, dial] { contact(QStringLiteral("phone"), dial); });
    }
    if (const QString email = a.text(u"email"); !email.isEmpty())
        m_email->menu()->addAction(icon(Icon::Email), Formatting::menuText(email), this,
                                   [this, email] { contact(QStringLiteral("email"), email); });
    m_call->setEnabled(!m_call->menu()->isEmpty());
    m_email->setEnabled(!m_email->menu()->isEmpty());

    m_people->clear();
    for (const OrgPerson& p : o.people) {
        auto* item = new QTreeWidgetItem(m_people, {p.name, p.jobTitle});
        item->setIcon(0, iconFor(EntityType::Contact));
        item->setData(0, IdRole, p.id);
        item->setData(0, TypeRole, int(EntityType::Contact));
    }
    m_people->resizeColumnToContents(0);
    m_orgChart->setPeople(o.people);
    m_tabs->setTabText(2, o.morePeople ? tr("People (first %1)").arg(o.people.size())
                                       : tr("People (%1)").arg(o.people.size()));
    fillOpenAndClosed(m_deals, o.openDeals, o.closedDeals, wonOrLostHeading(o.closedDeals.size()), false);
    // The tabs count what is open, briefly, so that all of them fit beside the details on a laptop.
    m_tabs->setTabText(3, o.openDeals.isEmpty() ? tr("Deals") : tr("Deals (%1)").arg(o.openDeals.size()));
    m_tabs->setTabToolTip(3,
                          tr("%n open deal(s); those won or lost are listed below them.", "", int(o.openDeals.size())));
    fillOpenAndClosed(m_tickets, o.openTickets, o.closedTickets, resolvedHeading(o.closedTickets.size()), true);
    m_tabs->setTabText(4, o.openTicketCount == 0 ? tr("Tickets") : tr("Tickets (%1)").arg(o.openTicketCount));
    m_tabs->setTabToolTip(4,
                          tr("%n open ticket(s); those resolved are listed below them.", "", int(o.openTicketCount)));
    fillRelated(m_orders, o.orders, true);
    showGroup(o);
}

void AccountPage::showGroup(const AccountOverview& o)
{
    m_hierarchy->clear();
    // A company on its own has no hierarchy to show: the tab is there only for a corporate group, which leaves
    // the room to the other tabs on a laptop.
    m_tabs->setTabVisible(6, o.group.size() >= 2);
    if (o.group.size() < 2)
        return;
    QHash<QString, QTreeWidgetItem*> items;
    QTreeWidgetItem* shown = nullptr;
    for (const GroupCompany& g : o.group) {
        QTreeWidgetItem* parent = items.value(g.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent, {g.company.title, g.company.detail})
                            : new QTreeWidgetItem(m_hierarchy, {g.company.title, g.company.detail});
        item->setIcon(0, iconFor(EntityType::Account));
        item->setData(0, IdRole, g.company.id);
        item->setData(0, TypeRole, int(EntityType::Account));
        items.insert(g.company.id, item);
        if (g.company.id == o.account.id()) {
            shown = item;
            QFont bold = m_hierarchy->font();
            bold.setBold(true);
            item->setFont(0, bold);
            item->setToolTip(0, tr("This account"));
        }
    }
    m_hierarchy->expandAll();
    if (shown)
        m_hierarchy->setCurrentItem(shown);
    m_hierarchy->resizeColumnToContents(0);
    m_tabs->setTabText(6, o.moreInGroup ? tr("Hierarchy (first %1)").arg(o.group.size())
                                        : tr("Hierarchy (%1)").arg(o.group.size()));
}

void CustomerPage::changeReportsTo(const QString& personId, const QString& managerId)
{
    const QString name = m_workspace.store().titleOf(EntityType::Contact, personId);
    const Record change = Record(EntityType::Contact, personId)
                              .set(u"reports_to_id", managerId.isEmpty() ? QVariant() : QVariant(managerId));
    const QString text = managerId.isEmpty()
                             ? tr("%1 reports to nobody").arg(name)
                             : tr("%1 reports to %2").arg(name, m_workspace.store().titleOf(EntityType::Contact, managerId));
    if (Status s = EditRecordCommand::apply(m_undo, m_workspace.store(), change, text); !s) {
        Q_EMIT message(s.error().text(u" "));
        return;
    }
    Q_EMIT message(text + QLatin1Char('.'));
}

} // namespace rapport
