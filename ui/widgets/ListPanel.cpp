// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ListPanel.h"

#include "ElidedLabel.h"
#include "Formatting.h"
#include "Icons.h"
#include "Settings.h"
#include "Workspace.h"
#include "commands/DeleteCommand.h"
#include "commands/EditRecordCommand.h"
#include "dialogs/Ask.h"
#include "io/ContactExport.h"
#include "models/RecordListModel.h"
#include "search/SearchService.h"
#include "storage/ListQueries.h"
#include "storage/ReaderPool.h"
#include "views/CampaignPage.h"
#include "views/CustomerPage.h"
#include "views/OpportunityPage.h"
#include "views/TicketPage.h"
#include "widgets/RecordPanel.h"
#include "widgets/StackedRows.h"
#include "widgets/ToolRow.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

/// A list's or a selection's amounts per currency said as one figure: in one currency as they are; in several,
/// converted to the reporting currency at today's rates, or one currency after another when a rate is missing
/// (never a sum that leaves some out).
struct SaidTotal
{
    QString whole, brief;
    QString detail; ///< how the figure was added up, for the tooltip: empty when it is the amounts' own
};

SaidTotal sayTotal(const QMap<QString, qint64>& sums, const std::optional<Rates>& rates)
{
    if (sums.isEmpty())
        return {};
    if (sums.size() == 1) {
        const Money sum{sums.first(), sums.firstKey()};
        return {sum.formatWhole(), sum.formatBrief(), {}};
    }
    QStringList wholes, briefs;
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        wholes << Money{it.value(), it.key()}.formatWhole();
        briefs << Money{it.value(), it.key()}.formatBrief();
    }
    const QString plus = QStringLiteral(" + ");
    if (!rates)
        return {wholes.join(plus), briefs.join(plus), {}};
    QStringList unconverted;
    qint64 converted = 0;
    const RateConverter convert(*rates, QDate::currentDate(), unconverted);
    for (auto it = sums.begin(); it != sums.end(); ++it)
        converted += convert(it.value(), it.key());
    if (!unconverted.isEmpty())
        return {wholes.join(plus), briefs.join(plus),
                ListPanel::tr("Added up per currency: there is no exchange rate from %1 to %2.")
                    .arg(unconverted.join(QStringLiteral(", ")), rates->reporting())};
    const Money total{converted, rates->reporting()};
    return {total.formatWhole(), total.formatBrief(),
            ListPanel::tr("%1, in %2 at today's exchange rates").arg(wholes.join(plus), rates->reporting())};
}

} // namespace

QString ListPanel::filterPrompt(EntityType type)
{
    // One sentence each: a list's name within a sentence is lowercase in some languages and not in others.
    switch (type) {
    case EntityType::Contact:
        return tr("Filter contacts…");
    case EntityType::Account:
        return tr("Filter accounts…");
    case EntityType::Lead:
        return tr("Filter leads…");
    case EntityType::Opportunity:
        return tr("Filter opportunities…");
    case EntityType::Ticket:
        return tr("Filter tickets…");
    case EntityType::Campaign:
        return tr("Filter campaigns…");
    case EntityType::KnowledgeArticle:
        return tr("Filter articles…");
    default:
        return tr("Filter the list…");
    }
}

ListPanel::ListPanel(Workspace& workspace, QUndoStack& undo, ListSpec spec, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    const EntityType type = spec.type;
    m_model = new RecordListModel(workspace.database(), workspace.store(), std::move(spec), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // While a record has the whole width, the way back to the list is on screen, not only behind Esc.
    m_backToList = new QToolButton(this);
    m_backToList->setObjectName(QStringLiteral("backToList"));
    m_backToList->setIcon(icon(Icon::Back));
    m_backToList->setText(tr("Back to the list (Esc)"));
    m_backToList->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backToList->setAutoRaise(true);
    m_backToList->hide();
    connect(m_backToList, &QToolButton::clicked, this, [this] {
        if (m_panel->isEditing())
            Q_EMIT message(tr("Save or cancel the changes first."));
        setRecordOnly(false);
    });
    layout->addWidget(m_backToList, 0, Qt::AlignLeft);
    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* left = m_left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // First row: the search box and New; second row: the view's own choices, the filters and the filters in force.
    auto* searchRow = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("listFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icon(Icon::Search), QLineEdit::LeadingPosition);
    m_filter->setPlaceholderText(filterPrompt(type));
    searchRow->addWidget(m_filter, 1);
    auto* create = new QToolButton(left);
    create->setObjectName(QStringLiteral("newRecord"));
    create->setIcon(icon(Icon::Add));
    create->setText(tr("New"));
    create->setToolTip(tr("New %1 (Ctrl+N)").arg(Schema::entity(type).displayLabel()));
    create->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    create->setAutoRaise(true);
    connect(create, &QToolButton::clicked, this, [this] { createNew(); });
    searchRow->addWidget(create);
    leftLayout->addLayout(searchRow);

    auto* tools = new ToolRow(left);
    QHBoxLayout* toolsRow = tools->row();
    toolsRow->setSpacing(4);
    m_filterBar = new QHBoxLayout;
    toolsRow->addLayout(m_filterBar);
    if (!m_model->list().spec().filters.isEmpty()) {
        m_filterButton = new QToolButton(left);
        m_filterButton->setObjectName(QStringLiteral("filterButton"));
        m_filterButton->setIcon(icon(Icon::Filter));
        m_filterButton->setText(tr("Filter"));
        m_filterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_filterButton->setToolTip(tr("Narrow the list by owner, team, tag, country…"));
        m_filterButton->setPopupMode(QToolButton::InstantPopup);
        m_filterButton->setAutoRaise(true);
        m_filterButton->setMenu(new QMenu(m_filterButton));
        connect(m_filterButton->menu(), &QMenu::aboutToShow, this, &ListPanel::fillFilterMenu);
        toolsRow->addWidget(m_filterButton);
    }
    // The filters in force, each a button that removes it.
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    toolsRow->addLayout(m_chips);
    // How many records the list holds, filters and search applied: counted off the GUI thread after the
    // list settles, never on the way to the first rows.
    m_count = new ElidedLabel(left);
    m_count->setObjectName(QStringLiteral("listCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // The count takes the room the row has left, at its right end. It asks for its words ("3 tickets", not a
    // bare "3" that reads as the filters' number): the buttons beside it show their icons alone first, then it
    // says the number alone (its tooltip says it all), and only then do the choices shorten.
    m_count->setAlignment(Qt::AlignRight);
    toolsRow->addWidget(m_count, 1);
    m_tools = tools;
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &ListPanel::countRecords);
    connect(m_model, &QAbstractItemModel::modelReset, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_countTimer, qOverload<>(&QTimer::start));
    leftLayout->addWidget(tools);

    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("recordList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // The indicator first: enabling sorting sorts by whatever the indicator says.
    m_view->horizontalHeader()->setSortIndicator(m_model->list().sortColumn(), m_model->list().sortOrder());
    m_view->setSortingEnabled(true);
    // A list that starts near a record far down (see RecordListModel::locate) reads the rows above it as
    // the view scrolls to its top, and keeps the same rows in view. The scroll bar's thumb dragged to the top,
    // or its "Scroll to top", means the top of the whole list: it starts over there.
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPanel::showCount);
    QScrollBar* bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (value != bar->minimum() || bar->isSliderDown() || !m_model->canFetchEarlier())
            return;
        const int top = m_view->rowAt(0);
        if (const int added = m_model->fetchEarlier(); added > 0) {
            m_view->doItemsLayout(); // the scroll range must include the new rows before scrolling
            m_view->scrollTo(m_model->index(std::max(top, 0) + added, 0), QAbstractItemView::PositionAtTop);
        }
    });
    connect(bar, &QScrollBar::sliderReleased, this, [this, bar] {
        if (bar->value() == bar->minimum() && m_model->canFetchEarlier())
            startAtListTop();
    });
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar](int action) {
        if (action != QAbstractSlider::SliderToMinimum || !m_model->canFetchEarlier())
            return;
        bar->setSliderPosition(bar->value()); // not to the top of the rows read: to the list's
        QMetaObject::invokeMethod(this, &ListPanel::startAtListTop, Qt::QueuedConnection);
    });
    m_view->verticalHeader()->hide();
    m_rows = new StackedRows(m_view);
    m_view->setItemDelegate(m_rows); // sets the rows' height too
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ListPanel::showColumnMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    leftLayout->addWidget(m_view, 1);

    // Contacts and accounts get their whole page (the 360) beside the list, deals, tickets and campaigns theirs;
    // other records their form.
    if (type == EntityType::Contact)
        m_page = new ContactPage(workspace, undo, splitter);
    else if (type == EntityType::Account)
        m_page = new AccountPage(workspace, undo, splitter);
    else if (type == EntityType::Opportunity)
        m_page = new OpportunityPage(workspace, undo, splitter);
    else if (type == EntityType::Ticket)
        m_page = new TicketPage(workspace, undo, splitter);
    else if (type == EntityType::Campaign)
        m_page = new CampaignPage(workspace, undo, splitter);
    if (m_page) {
        m_panel = m_page->details();
        connect(m_page, &RecordPage::openRecordRequested, this, &ListPanel::openRecordRequested);
        connect(m_page, &RecordPage::createRequested, this, &ListPanel::createRequested);
        connect(m_page, &RecordPage::message, this, &ListPanel::message);
        if (CustomerPage* customer = customerPage())
            connect(customer, &CustomerPage::mergeRequested, this, &ListPanel::mergeRequested);
    } else {
        m_panel = new RecordPanel(workspace.store(), undo, splitter);
        m_panel->setSearchService(&workspace.search());
        connect(m_panel, &RecordPanel::openRecordRequested, this, &ListPanel::openRecordRequested);
        connect(m_panel, &RecordPanel::message, this, &ListPanel::message);
    }
    m_panel->setObjectName(QStringLiteral("recordPanel"));
    connect(m_panel, &RecordPanel::recordCreated, this, [this](EntityType, const QString& id) {
        m_model->reload();
        showRecord(id);
    });
    splitter->addWidget(left);
    splitter->addWidget(m_page ? static_cast<QWidget*>(m_page) : m_panel);
    if (!m_page) { // a form beside the list needs less room than a whole page, unless it holds a consent editor
        const auto& fields = Schema::entity(m_model->entityType()).fields;
        const bool consent = std::any_of(fields.cbegin(), fields.cend(), [](const FieldDef& f) {
            return f.type == FieldType::Json && f.json == JsonShape::Consent; // a week's days and hours per channel
        });
        m_listShare = consent ? 1 : 3;
        m_recordShare = consent ? 1 : 2;
    }
    splitter->setStretchFactor(0, m_listShare);
    splitter->setStretchFactor(1, m_recordShare);
    connect(splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(settingsKey("divider"), m_splitter->saveState()); });
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &ListPanel::deleteSelected);
    m_view->addAction(deleteKey);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ListPanel::showContextMenu);
    // Enter (or a double-click) gives the record the whole width; Esc brings the list back.
    connect(m_view, &QTableView::activated, this, [this] { setRecordOnly(true); });
    auto* back = new QAction(tr("Back to the list"), this);
    back->setShortcut(Qt::Key_Escape);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, [this] { setRecordOnly(false); });
    addAction(back);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    // What is typed is searched off the GUI thread, a newer keystroke superseding the older search; the
    // list then shows the best matches in its own order.
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        const QString text = m_filter->text().trimmed();
        if (text.isEmpty()) {
            m_searchTicket = 0;
            m_searchCapped = false;
            m_model->setSearchResult(QString(), {});
            return;
        }
        m_searchTicket = m_workspace.search().matchList(text, m_model->entityType(), ListSearchLimit);
    });
    connect(&m_workspace.search(), &SearchService::listMatchesReady, this,
            [this](quint64 ticket, const QString& text, const QList<qint64>& rids) {
                if (ticket != m_searchTicket)
                    return;
                m_searchCapped = rids.size() >= ListSearchLimit;
                m_model->setSearchResult(text, rids);
                if (m_searchCapped)
                    Q_EMIT message(
                        tr("Showing the best %1 matches; type more to narrow them down.").arg(ListSearchLimit));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPanel::onCurrentChanged);
    // The indicator shows the order the list has: a column it could not sort by keeps it where it was.
    const auto showSort = [this] {
        QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_model->list().sortColumn(), m_model->list().sortOrder());
    };
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, showSort);
    connect(m_model, &RecordListModel::sortRefused, this, [this](int column) {
        const int limit = int(m_model->list().scanSortLimit());
        const QString others = indexedSortColumns();
        Q_EMIT message(
            others.isEmpty()
                ? tr("The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.",
                     nullptr, limit)
                      .arg(columnLabel(column))
                : tr("The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, "
                     "or sort by %2.",
                     nullptr, limit)
                      .arg(columnLabel(column), others));
    });
    connect(m_model, &RecordListModel::sortAbandoned, this, [this, showSort](int column) {
        showSort();
        Q_EMIT message(tr("The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 "
                          "again.",
                          nullptr, int(m_model->list().scanSortLimit()))
                           .arg(columnLabel(column), columnLabel(m_model->list().sortColumn())));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // The record after the chosen one (before it, for the last): it takes the chosen one's place if that
        // is deleted or merged away.
        const int row = m_model->rowOf(m_selectedId);
        m_nextToSelected = row < 0 ? QString() : m_model->idAt(row + 1 < m_model->rowCount() ? row + 1 : row - 1);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Put the selection back on the same record after a reload; a list that opens with nothing chosen shows
        // its first record rather than an empty page.
        const int row = m_model->rowOf(m_selectedId);
        const bool creating = m_page ? m_page->details()->isCreating() : m_panel->isCreating();
        if (row >= 0)
            m_view->selectRow(row);
        else if (!m_selectedId.isEmpty() && m_model->isRefreshing())
            // An edit elsewhere made the list start over, and the record is further down than the first rows:
            // they start near it instead (once the reset is over), or the record next to it when it left.
            QMetaObject::invokeMethod(
                this,
                [this, id = m_selectedId, next = m_nextToSelected] {
                    if (id != m_selectedId || selectInList(id) || next.isEmpty())
                        return;
                    // Still there, only no longer in this list (edited out of its filter): it stays in view.
                    if (const auto r = m_workspace.store().fetch(m_model->entityType(), id);
                        r && r->text(u"merged_into").isEmpty())
                        return;
                    m_selectedId.clear();
                    if (!selectInList(next))
                        showSelected(); // nothing left to show
                },
                Qt::QueuedConnection);
        else if (creating || m_keepShown)
            return;
        else if (m_model->rowCount() > 0)
            // A new filter, search or sort: the page shows its first record, never one the list left out.
            m_view->selectRow(0);
        else if (!m_selectedId.isEmpty()) {
            m_selectedId.clear();
            showSelected();
        }
    });
    connect(m_model, &RecordListModel::loadFailed, this, &ListPanel::message);

    // Column widths from the first rows only: measuring every loaded cell would cost start-up time.
    m_view->horizontalHeader()->setResizeContentsPrecision(25);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPanel::fitColumns);
    // The columns are fitted again when the list's width changes (the window or the divider moved), until the
    // person sizes a column by hand.
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns && QGuiApplication::mouseButtons() != Qt::NoButton &&
            m_view->horizontalHeader()->underMouse())
            m_columnsSizedByHand = true;
    });
    restoreColumns();
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, &ListPanel::saveColumns);
}

QString ListPanel::columnLabel(int column) const
{
    return m_model->headerData(column, Qt::Horizontal).toString();
}

QString ListPanel::indexedSortColumns() const
{
    // The columns that sort a list of any size (by an index), among those shown.
    QStringList columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_model->list().sortsByIndex(c) && !m_view->isColumnHidden(c))
            columns << columnLabel(c);
    return QLocale().createSeparatedList(columns);
}

void ListPanel::countRecords()
{
    struct Counted
    {
        ListTally tally;
        std::optional<Rates> rates; ///< lists with a total column: to add up amounts in several currencies
    };
    const quint64 ticket = ++m_countTicket;
    m_workspace.readers().run<Counted>(
        this,
        [list = m_model->list(), currency = Settings().reportingCurrency()](Database& db) -> Result<Counted> {
            auto tally = list.tally(db, CountCap);
            if (!tally)
                return tally.error();
            Counted counted{*tally, std::nullopt};
            if (list.spec().totalColumn >= 0) {
                auto rates = Rates::load(db, currency);
                if (!rates)
                    return rates.error();
                counted.rates = *rates;
            }
            return counted;
        },
        [this, ticket](const Result<Counted>& counted) {
            if (ticket != m_countTicket)
                return;
            const qint64 n = counted ? counted->tally.count : 0;
            m_counted = counted ? countText(n) : QString();
            m_countedNumber = !counted       ? QString()
                              : n > CountCap ? QLocale().toString(CountCap) + QLatin1Char('+')
                                             : QLocale().toString(n);
            m_countedSums = counted ? counted->tally.sums : QMap<QString, qint64>();
            m_rates = counted ? counted->rates : std::nullopt;
            showCount();
        });
}

std::optional<QMap<QString, qint64>> ListPanel::selectedSums() const
{
    const int amount = m_model->list().spec().totalColumn;
    if (amount < 0)
        return std::nullopt;
    const int currency = m_model->list().spec().columns[amount].companionColumn;
    QMap<QString, qint64> sums;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        if (m_model->idAt(row.row()).isEmpty())
            return std::nullopt; // not in memory: a part would read as the whole
        const QVariant value = m_model->index(row.row(), amount).data(RecordListModel::RawValueRole);
        if (!value.isNull())
            sums[m_model->index(row.row(), currency).data(RecordListModel::RawValueRole).toString()] +=
                value.toLongLong();
    }
    return sums;
}

void ListPanel::showCount()
{
    qsizetype selected = 0;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection())
        selected += range.height();
    // The list's amounts beside its count, or the selection's when several records are chosen.
    const auto sums = selected > 1 ? selectedSums() : std::optional(m_countedSums);
    const SaidTotal total = sums ? sayTotal(*sums, m_rates) : SaidTotal();
    QString whole = m_counted, brief = m_countedNumber;
    if (selected > 1 && !m_counted.isEmpty()) {
        whole = tr("%1 · %Ln selected", nullptr, int(selected)).arg(m_counted);
        brief = QStringLiteral("%1 · %2").arg(m_countedNumber, QLocale().toString(selected));
    }
    if (!total.whole.isEmpty() && !m_counted.isEmpty()) {
        whole = tr("%1 · %2", "a list's count, and its amounts' sum").arg(whole, total.whole);
        brief = selected > 1 ? tr("%Ln selected · %1", nullptr, int(selected)).arg(total.brief)
                             : tr("%1 · %2", "a list's count, and its amounts' sum").arg(brief, total.brief);
    }
    const int wasWide = m_count->sizeHint().width();
    m_count->setText(whole, brief);
    if (m_count->sizeHint().width() != wasWide)
        m_tools->textChanged(); // the buttons' labels may fit now, or no longer
    // All of it, when the list is too narrow to show it, and how the amounts were added up.
    m_count->setToolTip(total.detail.isEmpty() ? whole : whole + QLatin1Char('\n') + total.detail);
}

QString ListPanel::countText(qint64 n) const
{
    if (m_searchCapped && !m_model->list().searchText().isEmpty())
        return tr("The best %L1 matches").arg(n);
    const QString text = Formatting::count(m_model->entityType(), std::min(n, CountCap));
    return n > CountCap ? tr("More than %1").arg(text) : text;
}

QString ListPanel::settingsKey(const char* what) const
{
    return QStringLiteral("lists/%1/%2").arg(Schema::entity(m_model->entityType()).table, QLatin1String(what));
}

void ListPanel::restoreColumns()
{
    // The columns the person chose (by key, so a new release's columns do not shuffle them), else the defaults.
    const ListSpec& spec = m_model->list().spec();
    QStringList shown = QSettings().value(settingsKey()).toStringList();
    if (shown.isEmpty())
        shown = spec.defaultColumns;
    for (int c = 0; c < spec.columns.size(); ++c)
        m_view->setColumnHidden(c,
                                spec.columns[c].helper || (!shown.isEmpty() && !shown.contains(spec.columns[c].key)));
    QHeaderView* header = m_view->horizontalHeader();
    for (int i = 0; i < shown.size(); ++i)
        for (int c = 0; c < spec.columns.size(); ++c)
            if (spec.columns[c].key == shown[i] && header->visualIndex(c) != i)
                header->moveSection(header->visualIndex(c), i);
}

void ListPanel::saveColumns()
{
    const ListSpec& spec = m_model->list().spec();
    QHeaderView* header = m_view->horizontalHeader();
    QStringList shown;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (!header->isSectionHidden(c))
            shown << spec.columns[c].key;
    }
    QSettings().setValue(settingsKey(), shown);
}

void ListPanel::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    const ListSpec& spec = m_model->list().spec();
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns[c].helper)
            continue;
        QAction* a = menu.addAction(spec.columns[c].displayLabel());
        a->setObjectName(QStringLiteral("column_") + spec.columns[c].key);
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        a->setEnabled(c != 0); // the name always shows
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            if (on && m_view->columnWidth(c) < 40)
                m_view->resizeColumnToContents(c);
            saveColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, [this] {
        QSettings().remove(settingsKey());
        restoreColumns();
    });
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

void ListPanel::fillFilterMenu()
{
    QMenu* menu = m_filterButton->menu();
    menu->clear();
    const ListSpec& spec = m_model->list().spec();
    const QMap<QString, QVariant> active = m_model->list().filters();
    for (const ListFilter& f : spec.filters) {
        if (f.kind == ListFilter::Kind::Tag) {
            QAction* byTag =
                menu->addAction(icon(Icon::Tag), tr("%1…").arg(f.displayLabel()), this, [this, key = f.key] {
                    if (const auto tag = askForTags(tr("Filter by tag"), tr("Show records tagged:"),
                                                    m_model->list().filters().value(key).toString()))
                        setFilter(key, tag->isEmpty() ? QVariant() : QVariant(*tag), *tag);
                });
            byTag->setObjectName(QStringLiteral("filter_") + f.key);
            continue;
        }
        QMenu* sub = menu->addMenu(f.displayLabel());
        sub->setObjectName(QStringLiteral("filter_") + f.key);
        QAction* any = sub->addAction(tr("Any"), this, [this, key = f.key] { setFilter(key, QVariant(), QString()); });
        any->setCheckable(true);
        any->setChecked(!active.contains(f.key));
        sub->addSeparator();
        auto values = ListQueries::choices(m_workspace.database(), spec, f);
        if (!values) {
            Q_EMIT message(values.error().message);
            continue;
        }
        for (const ListQueries::Choice& choice : *values) {
            QAction* a = sub->addAction(Formatting::menuText(choice.label), this,
                                        [this, key = f.key, choice] { setFilter(key, choice.value, choice.label); });
            a->setCheckable(true);
            a->setChecked(active.value(f.key) == choice.value);
        }
    }
}

void ListPanel::setFilter(const QString& key, const QVariant& value, const QString& label)
{
    m_model->setFilter(key, value);
    // One chip per filter in force: "Country: Germany ×".
    if (QToolButton* old = m_chipButtons.take(key))
        old->deleteLater();
    if (value.isNull())
        return;
    QString name = key;
    for (const ListFilter& f : m_model->list().spec().filters)
        if (f.key == key)
            name = f.displayLabel();
    auto* chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("chip_") + key);
    chip->setText(tr("%1: %2").arg(name, label));
    chip->setIcon(icon(Icon::Cancel));
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ToolRow::keepLabel(chip);
    chip->setToolTip(tr("Remove this filter"));
    connect(chip, &QToolButton::clicked, this, [this, key] { setFilter(key, QVariant(), QString()); });
    m_chips->addWidget(chip);
    m_chipButtons.insert(key, chip);
}

void ListPanel::setShares(int list, int record)
{
    m_listShare = list;
    m_recordShare = record;
    m_splitter->setStretchFactor(0, list);
    m_splitter->setStretchFactor(1, record);
}

void ListPanel::restoreDivider()
{
    // Where the person left the divider, else the shares of the width: the stretch factors alone share only
    // what is left beyond each side's preferred width, and a record page prefers most of it.
    const QByteArray state = QSettings().value(settingsKey("divider")).toByteArray();
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({m_listShare * 1000, m_recordShare * 1000}); // scaled to the width by QSplitter
}

void ListPanel::fitColumns()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const QScopedValueRollback fitting(m_fittingColumns, true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false); // to learn the last column's own width
    m_view->resizeColumnsToContents();
    QList<int> shown; // in the order on screen
    int total = 0;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (header->isSectionHidden(c))
            continue;
        const int width = std::min(m_view->columnWidth(c) + 12, 260);
        m_view->setColumnWidth(c, width);
        total += width;
        shown << c;
    }
    // The last column stretches to the edge of the list when all fit. When they do not, the list's edge falls
    // between two columns, never through one (a date cut to "12/15/202"): as many whole columns as fit are shown,
    // the widest of them taking up the rest, and the others are a scroll away. Where the next column is words (a
    // ticket's subject beside its number, clock and priority), it takes up the rest instead, its text ending in
    // "…", if that leaves it room to say something.
    constexpr int SaysSomething = 100;
    const int room = m_view->viewport()->width();
    if (total <= room || shown.isEmpty()) {
        header->setStretchLastSection(true);
        m_rows->stack(0, {});
        return;
    }
    int widest = shown.first(), sum = 0, whole = 0;
    for (int c : std::as_const(shown)) {
        const int w = m_view->columnWidth(c);
        if (sum + w > room)
            break;
        if (w > m_view->columnWidth(widest))
            widest = c;
        sum += w;
        ++whole;
    }
    const ListSpec& spec = m_model->list().spec();
    const auto isWords = [&spec](int column) {
        const ColumnFormat format = spec.columns[column].format;
        return format == ColumnFormat::Text || format == ColumnFormat::Enum;
    };
    const bool wordsBeside = whole > 0 && whole < shown.size() && isWords(shown[whole]) && room - sum >= SaysSomething;
    // Where only the first column fits, each row says in a second line what the columns beside its name hold; and
    // where what tells two rows apart or says where a row stands is a scroll away (a deal's account; a ticket's
    // customer, status and assignee), the second line says that, first, under the columns in view. The name is
    // never cut for a column that fits beside it, three deals named "Cloud Backup renewal" beside a deal's page on
    // a laptop tell themselves apart, and an agent sees whose each ticket is beside its number, clock and subject.
    const qsizetype inView = std::min<qsizetype>(wordsBeside ? whole + 1 : whole, shown.size());
    const auto telling = [&spec](int c) { return spec.telling.contains(spec.columns[c].key); };
    const bool tellingAway = std::any_of(shown.cbegin() + inView, shown.cend(), telling);
    const bool measured = m_view->isVisible(); // a hidden list's width says nothing yet: it is fitted again when shown
    QList<int> below;
    if (measured && !wordsBeside && whole <= 1) {
        m_view->setColumnWidth(shown.first(), room);
        below = shown.mid(1);
    } else {
        if (wordsBeside)
            m_view->setColumnWidth(shown[whole], room - sum);
        else
            m_view->setColumnWidth(widest, m_view->columnWidth(widest) + room - sum);
        if (measured && tellingAway)
            below = shown.mid(inView);
    }
    std::stable_partition(below.begin(), below.end(), telling);
    m_rows->stack(shown.first(), below);
}

void ListPanel::showEvent(QShowEvent* event)
{
    // Lists load when first shown: a tab nobody opens costs nothing.
    ensureLoaded();
    if (!m_dividerRestored) {
        m_dividerRestored = true;
        restoreDivider();
    }
    QWidget::showEvent(event);
}

void ListPanel::startAtListTop()
{
    // The chosen record stays chosen, in the list too if it is among the first rows.
    const QScopedValueRollback<bool> keep(m_keepShown, true);
    m_model->reload();
    m_view->scrollToTop();
}

bool ListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_columnsFitted && !m_columnsSizedByHand &&
        !m_refitPending) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width()) {
            m_refitPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_refitPending = false;
                    if (m_columnsSizedByHand)
                        return;
                    m_columnsFitted = false;
                    fitColumns();
                },
                Qt::QueuedConnection); // once the resize is done
        }
    }
    if (watched == m_view && event->type() == QEvent::Show && std::exchange(m_scrollWhenShown, false))
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_view->doItemsLayout();
                m_view->scrollTo(m_view->currentIndex());
            },
            Qt::QueuedConnection); // once laid out at its size
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Home && key->modifiers().testFlag(Qt::ControlModifier) &&
            m_model->canFetchEarlier()) {
            m_selectedId.clear(); // the first record is the one wanted now, not the one the rows started at
            startAtListTop();
            if (m_model->rowCount() > 0)
                // Not selectRow: with Ctrl held that toggles the row.
                m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                    QItemSelectionModel::Rows);
            return true;
        }
        if (key->matches(QKeySequence::SelectAll)) {
            selectAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListPanel::selectAll()
{
    ensureLoaded();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_model->canFetchEarlier()) // the rows start near a record: from the top instead
        startAtListTop();
    const bool complete = m_model->fetchAll(MostSelected);
    QApplication::restoreOverrideCursor();
    const int rows = std::min(m_model->rowCount(), MostSelected);
    if (rows == 0)
        return;
    // One range, current row kept: selecting it row by row would cost a selection change per row.
    const QModelIndex current = m_view->currentIndex();
    m_view->selectionModel()->select(
        QItemSelection(m_model->index(0, 0), m_model->index(rows - 1, m_model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!complete)
        Q_EMIT message(tr("The first %L1 records are selected: a bulk action takes at most that many at once. "
                          "Narrow the list with a filter or a search to reach the others.")
                           .arg(MostSelected));
}

void ListPanel::ensureLoaded()
{
    if (!m_model->hasLoaded())
        m_model->reload();
}

void ListPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? m_model->idAt(current.row()) : QString();
    if (id.isEmpty() || id == m_selectedId)
        return;
    m_selectedId = id;
    showSelected();
}

CustomerPage* ListPanel::customerPage() const
{
    return qobject_cast<CustomerPage*>(m_page);
}

void ListPanel::showSelected()
{
    if (m_page)
        m_page->showRecord(m_selectedId); // nothing: the page says to choose one
    else if (m_selectedId.isEmpty())
        m_panel->clear();
    else
        m_panel->showRecord(m_model->entityType(), m_selectedId);
}

void ListPanel::setRecordOnly(bool on)
{
    if (on == m_recordOnly || (on && m_selectedId.isEmpty()))
        return;
    if (!on && m_panel->isEditing())
        return; // Esc in a form being edited belongs to the form
    m_recordOnly = on;
    m_left->setVisible(!on);
    m_backToList->setVisible(on);
    if (!on)
        m_view->setFocus();
    else if (m_page)
        m_page->setFocus();
}

QStringList ListPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    ids.removeAll(QString());
    return ids;
}

void ListPanel::showContextMenu(const QPoint& pos)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    const EntityType type = m_model->entityType();
    menu.addAction(iconFor(type), tr("Open"), this, [this] { setRecordOnly(true); })->setEnabled(ids.size() == 1);
    QAction* all = menu.addAction(tr("Select all"), this, &ListPanel::selectAll);
    all->setObjectName(QStringLiteral("selectAll"));
    all->setShortcut(QKeySequence::SelectAll);
    if (Schema::entity(type).mergeable) {
        QAction* merge = menu.addAction(icon(Icon::Merge), tr("Merge %Ln selected…", nullptr, int(ids.size())), this,
                                        [this, type, ids] { Q_EMIT mergeRequested(type, ids); });
        merge->setObjectName(QStringLiteral("mergeSelected"));
        merge->setEnabled(ids.size() >= 2 && ids.size() <= 3);
        if (ids.size() > 3)
            merge->setToolTip(tr("Select two or three records to merge."));
    }
    addBulkActions(menu, ids);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ListPanel::addBulkActions(QMenu& menu, const QStringList& ids)
{
    const EntityType type = m_model->entityType();
    const EntityDef& def = Schema::entity(type);
    menu.addSeparator();
    if (!ownerField().isEmpty()) {
        QMenu* assign = menu.addMenu(icon(Icon::User), tr("Assign %Ln to", nullptr, int(ids.size())));
        assign->setObjectName(QStringLiteral("bulkAssign"));
        ListFilter users;
        users.kind = ListFilter::Kind::User;
        if (auto people = ListQueries::choices(m_workspace.database(), m_model->list().spec(), users))
            for (const ListQueries::Choice& user : *people)
                assign->addAction(Formatting::menuText(user.label), this,
                                  [this, user] { assignSelectedTo(user.value.toString(), user.label); });
    }
    if (def.field(u"tags")) {
        QAction* tagAction =
            menu.addAction(icon(Icon::Tag), tr("Add a tag to %Ln…", nullptr, int(ids.size())), this, [this] {
                if (const auto tags = askForTags(tr("Add tags"), tr("Tags (separated by commas):"), QString());
                    tags && !tags->isEmpty())
                    tagSelected(*tags);
            });
        tagAction->setObjectName(QStringLiteral("bulkTag"));
    }
    QAction* remove = menu.addAction(icon(Icon::Delete), tr("Delete %Ln", nullptr, int(ids.size())), this,
                                     &ListPanel::deleteSelected);
    remove->setObjectName(QStringLiteral("bulkDelete"));
    remove->setShortcut(QKeySequence::Delete);
    if (type == EntityType::Contact) {
        QAction* exportAction =
            menu.addAction(icon(Icon::Export), tr("Export %Ln…", nullptr, int(ids.size())), this, [this] {
                const QString path = Ask::saveFile(this, tr("Export contacts"), tr("contacts.csv"),
                                                   tr("Spreadsheet (*.csv);;Address book (*.vcf)"));
                if (!path.isEmpty())
                    exportSelected(path);
            });
        exportAction->setObjectName(QStringLiteral("bulkExport"));
    }
    if (type == EntityType::Contact || type == EntityType::Lead) {
        QAction* campaign = menu.addAction(icon(Icon::Email), tr("Add %Ln to a campaign…", nullptr, int(ids.size())),
                                           this, [this, ids] { Q_EMIT campaignRequested(ids); });
        campaign->setObjectName(QStringLiteral("bulkCampaign"));
    }
}

QString ListPanel::ownerField() const
{
    const EntityDef& def = Schema::entity(m_model->entityType());
    if (def.field(u"owner_id"))
        return QStringLiteral("owner_id");
    if (def.field(u"assignee_id"))
        return QStringLiteral("assignee_id");
    return {};
}

void ListPanel::assignSelectedTo(const QString& userId, const QString& name)
{
    const QStringList ids = selectedIds();
    // Shared with the new owner's team, as a record they create is: the team sees what its people own. A ticket's
    // team is the queue it is worked in, whoever takes it (an agent helping out, a rep answering their customer).
    QString team;
    if (Schema::entity(m_model->entityType()).field(u"team_id") && ownerField() == QLatin1String("owner_id"))
        if (const auto user = m_workspace.store().fetch(EntityType::User, userId))
            team = user->text(u"team_id");
    QList<Record> changes;
    for (const QString& id : ids) {
        Record change(m_model->entityType(), id);
        change.set(ownerField(), userId);
        if (!team.isEmpty())
            change.set(u"team_id", team);
        changes << change;
    }
    bulkEdit(
        changes, tr("Assign %Ln to %1", nullptr, int(ids.size())).arg(name),
        ids.size() == 1
            ? tr("%1 is now assigned to %2.").arg(m_workspace.store().titleOf(m_model->entityType(), ids.first()), name)
            : tr("%Ln records are now assigned to %1.", nullptr, int(ids.size())).arg(name));
}

std::optional<QString> ListPanel::askForTags(const QString& title, const QString& label, const QString& current)
{
    QStringList inUse;
    ListFilter tags;
    tags.kind = ListFilter::Kind::Tag;
    if (auto choices = ListQueries::choices(m_workspace.database(), m_model->list().spec(), tags))
        for (const ListQueries::Choice& c : std::as_const(*choices))
            inUse << c.label;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("askForTags"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(inUse); // typing completes from them; a new tag is typed as it is
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(current);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

void ListPanel::tagSelected(const QString& typed)
{
    // Several tags separated by commas, as the record's own tag field takes them.
    QStringList wanted;
    for (const QString& t : typed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString tag = t.trimmed(); !tag.isEmpty())
            wanted << tag;
    if (wanted.isEmpty())
        return;
    QList<Record> changes;
    for (const QString& id : selectedIds()) {
        const auto r = m_workspace.store().fetch(m_model->entityType(), id);
        if (!r)
            continue;
        QJsonArray tags = QJsonDocument::fromJson(r->text(u"tags").toUtf8()).array();
        const qsizetype before = tags.size();
        for (const QString& tag : std::as_const(wanted)) {
            bool has = false;
            for (const QJsonValue& t : std::as_const(tags))
                has = has || t.toString().compare(tag, Qt::CaseInsensitive) == 0;
            if (!has)
                tags.append(tag);
        }
        if (tags.size() != before)
            changes << Record(m_model->entityType(), id)
                           .set(u"tags", QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
    }
    const QString tags = QLocale().createSeparatedList(wanted);
    if (changes.isEmpty())
        Q_EMIT message(tr("Every record chosen is already tagged %1.").arg(tags));
    else
        bulkEdit(changes, tr("Tag %Ln with %1", nullptr, int(changes.size())).arg(tags),
                 tr("%Ln record(s) tagged %1.", nullptr, int(changes.size())).arg(tags));
}

void ListPanel::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString label = ids.size() == 1 ? m_workspace.store().titleOf(m_model->entityType(), ids.first())
                                          : tr("%Ln records", nullptr, int(ids.size()));
    if (!DeleteCommand::confirm(this, m_workspace.store(), m_model->entityType(), ids, label))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s =
        DeleteCommand::apply(m_undo, m_workspace.store(), m_model->entityType(), ids, tr("Delete %1").arg(label));
    QApplication::restoreOverrideCursor();
    if (!s) {
        Q_EMIT message(s.error().text(u" "));
        return;
    }
    Q_EMIT message(tr("%1 deleted. Edit → Undo brings it back.").arg(label));
}

void ListPanel::exportSelected(const QString& path)
{
    const auto format = ContactExport::formatFor(path);
    if (!format) {
        Q_EMIT message(tr("\"%1\": the file name must end in .csv or .vcf.").arg(path));
        return;
    }
    auto written = ContactExport::write(m_workspace.database(), path, *format, selectedIds());
    Q_EMIT message(written ? tr("%Ln contact(s) written to %1.", nullptr, int(*written)).arg(path)
                           : written.error().message);
}

void ListPanel::bulkEdit(const QList<Record>& changes, const QString& undoText, const QString& doneText)
{
    if (changes.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // thousands of records take a few seconds
    const Status s = EditRecordCommand::apply(m_undo, m_workspace.store(), changes, undoText);
    QApplication::restoreOverrideCursor();
    if (!s) {
        Q_EMIT message(s.error().text(u" "));
        return;
    }
    Q_EMIT message(doneText);
}

void ListPanel::createNew(const Record& prefill)
{
    setRecordOnly(false);
    m_view->clearSelection();
    m_selectedId.clear();
    if (m_page)
        m_page->createNew(prefill);
    else
        m_panel->createNew(m_model->entityType(), prefill);
}

void ListPanel::showRecord(const QString& id)
{
    ensureLoaded();
    m_selectedId = id;
    selectInList(id);
    showSelected();
}

bool ListPanel::selectInList(const QString& id)
{
    const int row = m_model->locate(id); // however far down the list it is
    if (row < 0) {
        m_view->clearSelection();
        return false;
    }
    m_view->selectRow(row);
    // A hidden list has no height yet: scrolled now, it would bring the record to its top and hide the rows
    // above it (the most urgent ticket, above one just made from a call).
    m_scrollWhenShown = !m_view->isVisible();
    if (!m_scrollWhenShown) {
        m_view->doItemsLayout(); // the scroll range must include the rows just read
        m_view->scrollTo(m_model->index(row, 0));
    }
    return true;
}

} // namespace rapport
