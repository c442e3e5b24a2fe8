// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "OpportunityPage.h"

#include "Formatting.h"
#include "Icons.h"
#include "PdfDocument.h"
#include "Settings.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "dialogs/LogCallDialog.h"
#include "dialogs/QuoteDialog.h"
#include "domain/Money.h"
#include "models/HistoryModel.h"
#include "storage/Quotes.h"
#include "storage/ReaderPool.h"
#include "widgets/FieldEditors.h"
#include "widgets/HistoryView.h"
#include "widgets/PageTabs.h"
#include "widgets/RecordPanel.h"
#include "widgets/ToolRow.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {

namespace {

enum ItemColumn { Description, Sku, Quantity, UnitPrice, Discount, Amount };
enum { IdRole = Qt::UserRole + 1 };

QTreeWidget* tree(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

/// "12.5" for 1,250 basis points, as typed and shown in the items table.
/// A discount in percent with `decimals` places: as many as the column's most precise one needs, so that the
/// figures line up ("0,00" above "12,50", not "0").
QString percentText(qint64 bp, int decimals)
{
    return QLocale().toString(double(bp) / 100.0, 'f', decimals);
}

} // namespace

OpportunityPage::OpportunityPage(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordPage(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("opportunityPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    auto* header = new QHBoxLayout;
    const Header heading = addHeader(header, iconFor(EntityType::Opportunity), QStringLiteral("deal"));
    m_title = heading.title;
    m_subtitle = heading.subtitle;
    connect(m_subtitle, &QLabel::linkActivated, this, [this](const QString&) {
        Q_EMIT openRecordRequested(EntityType::Account, m_data.deal.text(u"account_id"));
    });
    // The deal's name and facts keep about forty letters' width; the buttons beside them show their icons alone
    // first (a French laptop put "Self-service Kiosk K10 renewal" on three lines beside three long labels).
    heading.box->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto* actions = new ToolRow(this);
    actions->setObjectName(QStringLiteral("dealActions"));
    // What a rep does about a deal: log the call just made, plan the next step, send the quote.
    auto* logCall = new QToolButton(this);
    logCall->setObjectName(QStringLiteral("dealLogCall"));
    logCall->setIcon(icon(Icon::Timer));
    logCall->setText(tr("Log call…"));
    logCall->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(logCall, &QToolButton::clicked, this, [this] {
        auto* dialog = new LogCallDialog(m_workspace, m_undo, m_data.deal.text(u"contact_id"), this);
        dialog->setDeal(m_id);
        connect(dialog, &LogCallDialog::message, this, &RecordPage::message);
        dialog->show();
    });
    auto* plan = new QToolButton(this);
    plan->setObjectName(QStringLiteral("dealPlan"));
    plan->setIcon(icon(Icon::Meeting));
    plan->setText(tr("Plan"));
    plan->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    plan->setPopupMode(QToolButton::InstantPopup);
    auto* planMenu = new QMenu(plan);
    addPlanActions(planMenu, workspace, undo, [this] {
        Record links(EntityType::Activity);
        links.set(u"opportunity_id", m_id);
        for (const char16_t* field : {u"account_id", u"contact_id"})
            links.set(field, m_data.deal.value(field));
        return links;
    });
    plan->setMenu(planMenu);
    auto* quote = new QToolButton(this);
    quote->setObjectName(QStringLiteral("createQuote"));
    quote->setIcon(icon(Icon::Export));
    quote->setText(tr("Create quote…"));
    quote->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(quote, &QToolButton::clicked, this, [this] { createQuote(); });
    for (QToolButton* b : {logCall, plan, quote}) {
        m_actions << b;
        actions->row()->addWidget(b);
    }
    header->addWidget(actions, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_tabs = new PageTabs(this);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_tabs->setDocumentMode(true);
    m_details = new RecordPanel(workspace.store(), undo, m_tabs);
    m_details->setHeaderVisible(false);
    m_details->setSearchService(&workspace.search());
    connect(m_details, &RecordPanel::openRecordRequested, this, &RecordPage::openRecordRequested);
    connect(m_details, &RecordPanel::message, this, &RecordPage::message);
    m_tabs->addTab(m_details, tr("Details"));

    // Everything that happened to the deal and what is planned, newest first.
    m_timeline = new HistoryView(workspace.readers(), m_tabs);
    m_timeline->setObjectName(QStringLiteral("dealTimeline"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    connect(m_timeline, &HistoryView::openRecordRequested, this, &RecordPage::openRecordRequested);

    // Items: add from the catalogue, edit quantity, price and discount in place.
    auto* itemsPage = new QWidget(m_tabs);
    auto* itemsLayout = new QVBoxLayout(itemsPage);
    auto* add = new QHBoxLayout;
    m_product = new QComboBox(itemsPage);
    m_product->setObjectName(QStringLiteral("catalogue"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->setMinimumContentsLength(30);
    m_quantity = new QSpinBox(itemsPage);
    m_quantity->setRange(1, 1'000'000);
    m_quantity->setPrefix(tr("× "));
    auto* addItem = new QPushButton(icon(Icon::Add), tr("Add"), itemsPage);
    auto* removeItemButton = new QPushButton(icon(Icon::Remove), tr("Remove"), itemsPage);
    add->addWidget(new QLabel(tr("Product:"), itemsPage));
    add->addWidget(m_product, 1);
    add->addWidget(m_quantity);
    add->addWidget(addItem);
    add->addStretch(0);
    add->addWidget(removeItemButton);
    itemsLayout->addLayout(add);
    m_items = new QTableWidget(0, 6, itemsPage);
    m_items->setObjectName(QStringLiteral("dealItems"));
    m_items->setHorizontalHeaderLabels(
        {tr("Description"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Discount %"), tr("Amount")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    itemsLayout->addWidget(m_items, 1);
    m_itemsTotal = new QLabel(itemsPage);
    m_itemsTotal->setAlignment(Qt::AlignRight);
    itemsLayout->addWidget(m_itemsTotal);
    m_tabs->addTab(itemsPage, tr("Items"));
    connect(addItem, &QPushButton::clicked, this, [this] {
        const QString product = m_product->currentData().toString();
        if (product.isEmpty()) {
            Q_EMIT message(tr("Choose a product from the catalogue first."));
            return;
        }
        if (Status s = addProduct(product, m_quantity->value()); !s)
            Q_EMIT message(s.error().message);
    });
    connect(removeItemButton, &QPushButton::clicked, this, [this] {
        if (Status s = removeItem(m_items->currentRow()); !s)
            Q_EMIT message(s.error().message);
    });
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int row = item->row();
        if (row < 0 || row >= m_data.lines.size())
            return;
        const OpportunityDetails::Line& line = m_data.lines[row];
        qint64 quantity = line.quantity, price = line.unitPrice, discount = line.discountBp;
        bool ok = true;
        const QString text = item->text().trimmed();
        if (item->column() == Quantity) {
            quantity = QLocale().toLongLong(text, &ok);
            ok = ok && quantity > 0;
        } else if (item->column() == UnitPrice) {
            const auto money = Money::parse(text, line.currency);
            ok = money.has_value();
            price = money ? money->minor : 0;
        } else if (item->column() == Discount) {
            const double percent = QLocale().toDouble(text, &ok);
            ok = ok && percent >= 0 && percent <= 100;
            discount = std::llround(percent * 100);
        } else {
            return;
        }
        const Status s =
            ok ? changeItem(row, quantity, price, discount)
               : Status(Error{
                     tr("\"%1\" is not a valid %2.").arg(text, m_items->horizontalHeaderItem(item->column())->text()),
                     {}});
        if (!s) {
            Q_EMIT message(s.error().message);
            display(m_data); // back to what is stored
        }
    });

    // Buying roles.
    auto* rolesPage = new QWidget(m_tabs);
    auto* rolesLayout = new QVBoxLayout(rolesPage);
    auto* addRoleBar = new QHBoxLayout;
    m_roleContact = new RecordPicker(EntityType::Contact, &workspace.search(), rolesPage);
    m_roleContact->setObjectName(QStringLiteral("roleContact"));
    m_role = new QComboBox(rolesPage);
    m_role->setObjectName(QStringLiteral("roleKind"));
    const Enumeration& kinds = Schema::buyingRoles();
    for (const QString& key : kinds.keys)
        m_role->addItem(kinds.label(key), key);
    auto* addRoleButton = new QPushButton(icon(Icon::Add), tr("Add"), rolesPage);
    auto* removeRoleButton = new QPushButton(icon(Icon::Remove), tr("Remove"), rolesPage);
    addRoleBar->addWidget(new QLabel(tr("Person:"), rolesPage));
    addRoleBar->addWidget(m_roleContact, 1);
    addRoleBar->addWidget(m_role);
    addRoleBar->addWidget(addRoleButton);
    addRoleBar->addWidget(removeRoleButton);
    rolesLayout->addLayout(addRoleBar);
    m_roles = tree(rolesPage, QStringLiteral("dealRoles"), {tr("Person"), tr("Job title"), tr("Role"), tr("Notes")});
    rolesLayout->addWidget(m_roles, 1);
    m_tabs->addTab(rolesPage, tr("Buying roles"));
    connect(addRoleButton, &QPushButton::clicked, this, [this] {
        const QString contact = m_roleContact->value().toString();
        if (contact.isEmpty()) {
            Q_EMIT message(tr("Choose a person first (type a name)."));
            return;
        }
        if (Status s = addRole(contact, m_role->currentData().toString()); !s)
            Q_EMIT message(s.error().message);
        else
            m_roleContact->setValue(QVariant());
    });
    connect(removeRoleButton, &QPushButton::clicked, this, [this] {
        if (Status s = removeRole(m_roles->indexOfTopLevelItem(m_roles->currentItem())); !s)
            Q_EMIT message(s.error().message);
    });
    connect(m_roles, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const QString id = item->data(0, IdRole).toString(); !id.isEmpty()) // not the line saying there is none
            Q_EMIT openRecordRequested(EntityType::Contact, id);
    });

    m_history = tree(m_tabs, QStringLiteral("dealHistory"),
                     {tr("When"), tr("Change"), tr("Amount"), tr("Probability"), tr("Expected close"), tr("By")});
    // The change gives way (ends in "…") so that who made it stays in view.
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tabs->addTab(m_history, tr("Stage history"));

    auto* quotesPage = new QWidget(m_tabs);
    auto* quotesLayout = new QVBoxLayout(quotesPage);
    auto* quoteBar = new QHBoxLayout;
    auto* newQuote = new QPushButton(icon(Icon::Add), tr("Create quote…"), quotesPage);
    m_openQuote = new QPushButton(icon(Icon::Open), tr("Open PDF"), quotesPage);
    m_openQuote->setObjectName(QStringLiteral("openQuote"));
    m_printQuote = new QPushButton(tr("Print…"), quotesPage);
    m_printQuote->setObjectName(QStringLiteral("printQuote"));
    quoteBar->addWidget(newQuote);
    quoteBar->addStretch(1);
    quoteBar->addWidget(m_openQuote);
    quoteBar->addWidget(m_printQuote);
    quotesLayout->addLayout(quoteBar);
    m_quotes = tree(quotesPage, QStringLiteral("dealQuotes"),
                    {tr("Quote"), tr("Status"), tr("Issued"), tr("Valid until"), tr("Total")});
    quotesLayout->addWidget(m_quotes, 1);
    m_tabs->addTab(quotesPage, tr("Quotes"));
    connect(newQuote, &QPushButton::clicked, this, [this] { createQuote(); });
    connect(m_openQuote, &QPushButton::clicked, this,
            [this] { openQuote(m_quotes->indexOfTopLevelItem(m_quotes->currentItem())); });
    connect(m_printQuote, &QPushButton::clicked, this,
            [this] { printQuote(m_quotes->indexOfTopLevelItem(m_quotes->currentItem())); });
    connect(m_quotes, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openQuote(m_quotes->indexOfTopLevelItem(item)); });
    // A quote to open or print is one chosen: the latest is, once there is one.
    connect(m_quotes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int row = m_quotes->indexOfTopLevelItem(item);
        const bool chosen = row >= 0 && row < m_data.quotes.size();
        m_openQuote->setEnabled(chosen);
        m_printQuote->setEnabled(chosen);
    });
    layout->addWidget(m_tabs, 1);

    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        if (m_id.isEmpty())
            return;
        bool deal = false, timeline = false;
        for (const Change& c : changes) {
            const bool ofDeal = c.type == EntityType::Opportunity || c.type == EntityType::OpportunityLine ||
                                c.type == EntityType::OpportunityContact || c.type == EntityType::StageChange ||
                                c.type == EntityType::Quote;
            deal = deal || ofDeal;
            timeline = timeline || ofDeal || c.type == EntityType::Activity || c.type == EntityType::Order;
        }
        if (deal)
            reload();
        if (timeline)
            m_timeline->model()->reload();
    });
    setEnabled(false);
}

void OpportunityPage::showRecord(const QString& id)
{
    if (id != m_id)
        forget();
    m_id = id;
    m_loaded = false;
    setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_details->clear();
        return;
    }
    m_details->showRecord(EntityType::Opportunity, id);
    m_timeline->setSubject(EntityType::Opportunity, id);
    reload();
}

void OpportunityPage::createNew(const Record& prefill)
{
    forget();
    m_id.clear();
    setEnabled(true);
    m_tabs->setCurrentWidget(m_details);
    m_title->setText(tr("New opportunity"));
    m_details->createNew(EntityType::Opportunity, prefill);
}

void OpportunityPage::forget()
{
    // Nothing of the previous deal stays on screen or in what the next edit builds on; the deal's own tabs wait
    // for its read.
    ++m_ticket;
    m_data = OpportunityDetails{};
    display(m_data);
    m_title->clear();
    m_subtitle->clear();
    m_timeline->setSubject(EntityType::Opportunity, QString());
    for (int tab = 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, false);
    for (QToolButton* b : std::as_const(m_actions))
        b->setEnabled(false);
}

bool OpportunityPage::current(Status& refusal) const
{
    if (!m_id.isEmpty() && m_loaded && m_data.deal.id() == m_id)
        return true;
    refusal = Error{tr("The deal is still being read; try again in a moment."), {}};
    return false;
}

void OpportunityPage::reload()
{
    const QString id = m_id;
    const quint64 ticket = ++m_ticket;
    const QString currency = m_catalogueCurrency;
    struct Read
    {
        OpportunityDetails details;
        QList<CatalogueItem> catalogue;
        bool catalogueRead = false;
    };
    m_workspace.readers().run<Read>(
        this,
        [id, currency](Database& db) -> Result<Read> {
            auto details = OpportunityDetailsReader::read(db, id);
            if (!details)
                return details.error();
            Read r{*details, {}, false};
            // The catalogue is read again only when the deal's currency is new to the page.
            if (const QString dealCurrency = details->deal.text(u"currency"); dealCurrency != currency) {
                auto items = OpportunityDetailsReader::catalogue(db, dealCurrency);
                if (!items)
                    return items.error();
                r.catalogue = *items;
                r.catalogueRead = true;
            }
            return r;
        },
        [this, ticket](const Result<Read>& result) {
            if (ticket != m_ticket)
                return;
            if (!result) {
                Q_EMIT message(result.error().message);
                return;
            }
            if (result->catalogueRead) {
                m_catalogue = result->catalogue;
                m_catalogueCurrency = result->details.deal.text(u"currency");
                m_product->clear();
                for (const CatalogueItem& c : std::as_const(m_catalogue))
                    m_product->addItem(QStringLiteral("%1 — %2 (%3)")
                                           .arg(c.name, Formatting::money(c.unitPrice, m_catalogueCurrency), c.sku),
                                       c.productId);
                m_product->setCurrentIndex(-1);
            }
            display(result->details);
            m_loaded = true;
            for (int tab = 1; tab < m_tabs->count(); ++tab)
                m_tabs->setTabEnabled(tab, true);
            for (QToolButton* b : std::as_const(m_actions))
                b->setEnabled(true);
            Q_EMIT loaded();
        });
}

void OpportunityPage::display(const OpportunityDetails& data)
{
    const QList<Record> previousQuotes = m_data.quotes; // which one was chosen, below
    m_data = data;
    const Record& deal = data.deal;
    const QString currency = deal.text(u"currency");
    m_title->setText(deal.text(u"name"));
    QStringList facts{QStringLiteral("<a href=\"account\">%1</a>").arg(data.account.toHtmlEscaped()),
                      Schema::stages().label(deal.text(u"stage")).toHtmlEscaped()};
    if (!deal.value(u"amount").isNull())
        facts << Formatting::unbroken(Formatting::money(deal.value(u"amount").toLongLong(), currency));
    // When it closes; a close date gone by on an open deal in red (as on the board), a closed deal's own day. On
    // one line each ("Abschluss" stood at a line's end above its date).
    const QString close = deal.text(u"expected_close");
    if (Schema::isClosedStage(deal.text(u"stage"))) {
        if (!deal.value(u"closed_at").isNull())
            facts << Formatting::unbroken(tr("closed %1").arg(Formatting::date(deal.value(u"closed_at").toLongLong())));
    } else if (!close.isEmpty() && QDate::fromString(close, Qt::ISODate) < QDate::currentDate()) {
        facts << QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                     .arg(Formatting::unbroken(tr("was to close %1").arg(Formatting::date(close))));
    } else if (!close.isEmpty()) {
        facts << Formatting::unbroken(tr("closes %1").arg(Formatting::date(close)));
    }
    m_subtitle->setText(Formatting::facts(facts));

    m_filling = true;
    m_items->horizontalHeaderItem(UnitPrice)->setText(currency.isEmpty() ? tr("Unit price")
                                                                         : tr("Unit price (%1)").arg(currency));
    m_items->setRowCount(int(data.lines.size()));
    qint64 sum = 0;
    const bool fractions = std::any_of(data.lines.cbegin(), data.lines.cend(),
                                       [](const OpportunityDetails::Line& l) { return l.discountBp % 100 != 0; });
    for (int r = 0; r < data.lines.size(); ++r) {
        const OpportunityDetails::Line& l = data.lines[r];
        // The price as a plain number (typed back the same way); the column's title names the currency.
        const QStringList cells{
            l.description,
            l.sku,
            QLocale().toString(l.quantity),
            QLocale().toString(Money{l.unitPrice, l.currency}.major(), 'f', Money::minorDigits(l.currency)),
            percentText(l.discountBp, fractions ? 2 : 0),
            Formatting::money(l.total, l.currency)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            const bool editable = c == Quantity || c == UnitPrice || c == Discount;
            item->setFlags(editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
            if (c >= Quantity)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (editable)
                item->setToolTip(tr("Double-click to change"));
            m_items->setItem(r, c, item);
        }
        sum += l.total;
    }
    m_filling = false;
    m_itemsTotal->setText(
        data.lines.isEmpty()
            ? tr("No items yet: add products from the catalogue to quote them.")
            : tr("%n item(s), together %1", "", int(data.lines.size())).arg(Formatting::money(sum, currency)));

    m_roles->clear();
    for (const OpportunityDetails::Role& role : data.roles) {
        auto* item = new QTreeWidgetItem(
            m_roles, {role.contact, role.jobTitle, Schema::buyingRoles().label(role.role), role.notes});
        item->setData(0, IdRole, role.contactId);
    }
    if (data.roles.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_roles, {tr("No one yet: name who decides, who signs and who champions "
                                                      "the deal (a person above, then Add).")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(0, m_roles->palette().brush(QPalette::PlaceholderText));
        none->setFirstColumnSpanned(true);
        none->setToolTip(0, none->text(0)); // whole, where a narrow page ends it in "…"
    }

    m_history->clear();
    for (const OpportunityDetails::Step& s : data.history) {
        QString change;
        if (s.fromStage.isEmpty())
            change = tr("Opened in %1").arg(Schema::stages().label(s.toStage));
        else if (s.fromStage != s.toStage)
            change = tr("%1 → %2").arg(Schema::stages().label(s.fromStage), Schema::stages().label(s.toStage));
        else
            change = tr("%1 (amount, probability or close date changed)").arg(Schema::stages().label(s.toStage));
        new QTreeWidgetItem(m_history,
                            {Formatting::dateTime(s.changedAt), change,
                             s.hasAmount ? Formatting::money(s.amount, s.currency) : QString(),
                             Formatting::percent(s.probability), Formatting::date(s.expectedClose), s.changedBy});
    }

    // An earlier version chosen stays chosen when the page is read again (any change to the deal, here or by
    // sync); otherwise the latest is, a new one included.
    const int chosenRow = m_quotes->indexOfTopLevelItem(m_quotes->currentItem());
    const QString chosen =
        chosenRow > 0 && chosenRow < previousQuotes.size() ? previousQuotes[chosenRow].id() : QString();
    m_quotes->clear();
    for (const Record& q : data.quotes) {
        auto* item = new QTreeWidgetItem(
            m_quotes, {tr("%1, version %2").arg(q.text(u"number")).arg(q.value(u"version").toLongLong()),
                       Schema::quoteStatuses().label(q.text(u"status")),
                       Formatting::date(q.value(u"issued_at").toLongLong()), Formatting::date(q.text(u"valid_until")),
                       Formatting::money(q.value(u"total").toLongLong(), q.text(u"currency"))});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (data.quotes.isEmpty()) {
        auto* none =
            new QTreeWidgetItem(m_quotes, {tr("No quote yet: \"Create quote…\" issues one from the deal's items.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    int current = data.quotes.isEmpty() ? -1 : 0; // else the latest
    for (int row = 0; row < data.quotes.size(); ++row)
        if (data.quotes[row].id() == chosen)
            current = row;
    m_quotes->setCurrentItem(current < 0 ? nullptr : m_quotes->topLevelItem(current));
    m_openQuote->setEnabled(!data.quotes.isEmpty());
    m_printQuote->setEnabled(!data.quotes.isEmpty());
    const auto tab = [this](QWidget* inIt) { return m_tabs->indexOf(inIt->parentWidget()); };
    m_tabs->setTabText(tab(m_items), data.lines.isEmpty() ? tr("Items") : tr("Items (%1)").arg(data.lines.size()));
    m_tabs->setTabText(tab(m_roles),
                       data.roles.isEmpty() ? tr("Buying roles") : tr("Buying roles (%1)").arg(data.roles.size()));
    m_tabs->setTabText(tab(m_quotes), data.quotes.isEmpty() ? tr("Quotes") : tr("Quotes (%1)").arg(data.quotes.size()));
}

Status OpportunityPage::apply(QList<Mutation> mutations, const QString& text)
{
    auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), std::move(mutations), text);
    if (!applied)
        return applied.error();
    return {};
}

QList<qint64> OpportunityPage::lineTotalsWith(int changedRow, qint64 changedTotal, bool removed) const
{
    // Items in another currency than the deal's (its currency changed since) cannot be added up: the amount
    // is then left as it is.
    const QString currency = m_data.deal.text(u"currency");
    for (const OpportunityDetails::Line& l : m_data.lines)
        if (l.currency != currency)
            return {};
    QList<qint64> totals;
    for (int r = 0; r < m_data.lines.size(); ++r) {
        if (r != changedRow)
            totals << m_data.lines[r].total;
        else if (!removed)
            totals << changedTotal;
    }
    if (changedRow < 0)
        totals << changedTotal;
    return totals;
}

Status OpportunityPage::addProduct(const QString& productId, qint64 quantity)
{
    if (Status refusal; !current(refusal))
        return refusal;
    const auto it = std::find_if(m_catalogue.cbegin(), m_catalogue.cend(),
                                 [&](const CatalogueItem& c) { return c.productId == productId; });
    if (m_id.isEmpty() || it == m_catalogue.cend())
        return Error{tr("The product has no price in %1.").arg(m_catalogueCurrency), {}};
    const qint64 total = Quotes::lineNet(quantity, it->unitPrice, 0);
    const QString lineId = m_workspace.store().newId();
    QList<Mutation> writes{Mutation::create(Record(EntityType::OpportunityLine, lineId)
                                                .set(u"opportunity_id", m_id)
                                                .set(u"product_id", productId)
                                                .set(u"description", it->name)
                                                .set(u"quantity", quantity)
                                                .set(u"unit_price", it->unitPrice)
                                                .set(u"discount_bp", qint64(0))
                                                .set(u"total", total)
                                                .set(u"currency", m_catalogueCurrency))};
    writes += OpportunityDetailsReader::amountFollowsLines(m_id, lineTotalsWith(-1, total, false));
    if (Status s = apply(writes, tr("Add %1").arg(it->name)); !s)
        return s;
    // What the page knows follows the write at once (the reread comes later): the next edit builds on it.
    m_data.lines << OpportunityDetails::Line{lineId,   productId,     it->name, it->sku, it->unit, m_catalogueCurrency,
                                             quantity, it->unitPrice, 0,        total};
    return {};
}

Status OpportunityPage::changeItem(int row, qint64 quantity, qint64 unitPrice, qint64 discountBp)
{
    if (Status refusal; !current(refusal))
        return refusal;
    if (row < 0 || row >= m_data.lines.size())
        return Error{tr("Choose an item first."), {}};
    const OpportunityDetails::Line& line = m_data.lines[row];
    const qint64 total = Quotes::lineNet(quantity, unitPrice, discountBp);
    QList<Mutation> writes{Mutation::update(Record(EntityType::OpportunityLine, line.id)
                                                .set(u"quantity", quantity)
                                                .set(u"unit_price", unitPrice)
                                                .set(u"discount_bp", discountBp)
                                                .set(u"total", total))};
    writes += OpportunityDetailsReader::amountFollowsLines(m_id, lineTotalsWith(row, total, false));
    if (Status s = apply(writes, tr("Change %1").arg(line.description)); !s)
        return s;
    OpportunityDetails::Line& known = m_data.lines[row];
    known.quantity = quantity;
    known.unitPrice = unitPrice;
    known.discountBp = discountBp;
    known.total = total;
    return {};
}

Status OpportunityPage::removeItem(int row)
{
    if (Status refusal; !current(refusal))
        return refusal;
    if (row < 0 || row >= m_data.lines.size())
        return Error{tr("Choose an item first."), {}};
    QList<Mutation> writes{Mutation::remove(EntityType::OpportunityLine, m_data.lines[row].id)};
    writes += OpportunityDetailsReader::amountFollowsLines(m_id, lineTotalsWith(row, 0, true));
    if (Status s = apply(writes, tr("Remove %1").arg(m_data.lines[row].description)); !s)
        return s;
    m_data.lines.removeAt(row);
    return {};
}

Status OpportunityPage::addRole(const QString& contactId, const QString& role)
{
    if (Status refusal; !current(refusal))
        return refusal;
    for (const OpportunityDetails::Role& r : std::as_const(m_data.roles))
        if (r.contactId == contactId && r.role == role)
            return Error{tr("%1 is already %2 in this deal.").arg(r.contact, Schema::buyingRoles().label(role)), {}};
    return apply({Mutation::create(Record(EntityType::OpportunityContact)
                                       .set(u"opportunity_id", m_id)
                                       .set(u"contact_id", contactId)
                                       .set(u"role", role))},
                 tr("Add a buying role"));
}

Status OpportunityPage::removeRole(int row)
{
    if (Status refusal; !current(refusal))
        return refusal;
    if (row < 0 || row >= m_data.roles.size())
        return Error{tr("Choose a person first."), {}};
    return apply({Mutation::remove(EntityType::OpportunityContact, m_data.roles[row].id)}, tr("Remove a buying role"));
}

QuoteDialog* OpportunityPage::createQuote()
{
    if (m_id.isEmpty())
        return nullptr;
    auto* dialog = new QuoteDialog(m_workspace, m_undo, m_id, this);
    connect(dialog, &QuoteDialog::message, this, &RecordPage::message);
    if (!dialog->isReady()) {
        Q_EMIT message(dialog->problem());
        dialog->deleteLater();
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // one quote at a time, and the items stay as drafted
    dialog->show();
    return dialog;
}

Status OpportunityPage::writeQuotePdf(const Record& quote, const QString& path) const
{
    return QuoteDialog::writePdf(m_workspace.database(), quote, Settings().quotes(), path);
}

void OpportunityPage::openQuote(int row)
{
    if (row < 0 || row >= m_data.quotes.size())
        return;
    // The document is the frozen record: printed again whenever it is opened, kept with the app's files.
    const Record& quote = m_data.quotes[row];
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/quotes");
    QDir().mkpath(folder);
    QString name = quote.text(u"number");
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_")); // a synced value
    const QString path = QStringLiteral("%1/%2-v%3.pdf").arg(folder, name).arg(quote.value(u"version").toLongLong());
    if (Status s = writeQuotePdf(quote, path); !s) {
        Q_EMIT message(s.error().message);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void OpportunityPage::printQuote(int row)
{
    if (row < 0 || row >= m_data.quotes.size())
        return;
    QPrinter printer;
    QPrintDialog ask(&printer, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (Status s = QuoteDialog::print(m_workspace.database(), m_data.quotes[row], Settings().quotes(), printer); !s)
        Q_EMIT message(s.error().message);
}

} // namespace rapport
