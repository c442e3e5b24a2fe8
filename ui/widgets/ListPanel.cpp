// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ListPanel.h"

#include "Icons.h"
#include "Workspace.h"
#include "models/RecordListModel.h"
#include "views/CustomerPage.h"
#include "widgets/RecordPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

ListPanel::ListPanel(Workspace& workspace, QUndoStack& undo, ListSpec spec, QWidget* parent)
    : QWidget(parent)
{
    const EntityType type = spec.type;
    m_model = new RecordListModel(workspace.database(), workspace.store(), std::move(spec), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* left = m_left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("listFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icon(Icon::Search), QLineEdit::LeadingPosition);
    m_filter->setPlaceholderText(tr("Filter %1…").arg(Schema::entity(type).displayPluralLabel()));
    m_filterBar->addWidget(m_filter, 1);
    auto* create = new QToolButton(left);
    create->setObjectName(QStringLiteral("newRecord"));
    create->setIcon(icon(Icon::Add));
    create->setText(tr("New"));
    create->setToolTip(tr("New %1 (Ctrl+N)").arg(Schema::entity(type).displayLabel()));
    create->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    create->setAutoRaise(true);
    connect(create, &QToolButton::clicked, this, &ListPanel::createNew);
    m_filterBar->addWidget(create);
    leftLayout->addLayout(m_filterBar);

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
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    leftLayout->addWidget(m_view, 1);

    // Contacts and accounts get their whole page (the 360) beside the list; other records their form.
    if (type == EntityType::Contact)
        m_page = new ContactPage(workspace, undo, splitter);
    else if (type == EntityType::Account)
        m_page = new AccountPage(workspace, undo, splitter);
    if (m_page) {
        m_panel = m_page->details();
        connect(m_page, &CustomerPage::openRecordRequested, this, &ListPanel::openRecordRequested);
        connect(m_page, &CustomerPage::message, this, &ListPanel::message);
        connect(m_page, &CustomerPage::mergeRequested, this, &ListPanel::mergeRequested);
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
    splitter->setStretchFactor(0, m_page ? 2 : 3);
    splitter->setStretchFactor(1, m_page ? 3 : 2);
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
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_filter->text()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPanel::onCurrentChanged);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // Unsortable columns keep the indicator where it was.
        QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_model->list().sortColumn(), m_model->list().sortOrder());
        if (!m_model->list().isSortable(column))
            Q_EMIT message(tr("This column cannot be sorted; sort by a column with an arrow instead."));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Put the selection back on the same record after a reload.
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            m_view->selectRow(row);
    });
    connect(m_model, &RecordListModel::loadFailed, this, &ListPanel::message);

    // Column widths from the first rows only: measuring every loaded cell would cost start-up time.
    m_view->horizontalHeader()->setResizeContentsPrecision(25);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPanel::fitColumnsOnce);
}

void ListPanel::fitColumnsOnce()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, 260));
}

void ListPanel::showEvent(QShowEvent* event)
{
    // Lists load when first shown: a tab nobody opens costs nothing.
    ensureLoaded();
    QWidget::showEvent(event);
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

void ListPanel::showSelected()
{
    if (m_page)
        m_page->showRecord(m_selectedId);
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
    if (Schema::entity(type).mergeable) {
        QAction* merge = menu.addAction(icon(Icon::Merge), tr("Merge %n selected…", nullptr, int(ids.size())), this,
                                        [this, type, ids] { Q_EMIT mergeRequested(type, ids); });
        merge->setObjectName(QStringLiteral("mergeSelected"));
        merge->setEnabled(ids.size() >= 2 && ids.size() <= 3);
        if (ids.size() > 3)
            merge->setToolTip(tr("Select two or three records to merge."));
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ListPanel::createNew()
{
    setRecordOnly(false);
    m_view->clearSelection();
    m_selectedId.clear();
    if (m_page)
        m_page->createNew();
    else
        m_panel->createNew(m_model->entityType());
}

void ListPanel::showRecord(const QString& id)
{
    ensureLoaded();
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->clearSelection();
    }
    showSelected();
}

} // namespace rapport
