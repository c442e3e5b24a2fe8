// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PipelineBoard.h"

#include "Formatting.h"
#include "Icons.h"
#include "Settings.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "commands/EditRecordCommand.h"
#include "dialogs/Ask.h"
#include "storage/ListQueries.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"
#include "widgets/TimeGrid.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

namespace {
/// An open stage's column: at least this wide (the board scrolls sideways below), at most the other. The five
/// usual stages fit a 1,024-pixel window beside the sidebar's icons: a manager sees the whole pipeline at once.
constexpr int ColumnMinWidth = 176;
constexpr int ColumnMaxWidth = 360;
/// A card in the row of closed deals.
constexpr int ClosedCardWidth = 230;
/// Closed deals stay on the board this long after they closed.
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr qint64 ClosedShownMs = 90 * DayMs;

} // namespace

// ---- the filters

void addPeopleAndTeams(Workspace& workspace, QComboBox* people, QComboBox* teams, const QString& except)
{
    const auto spec = ListQueries::forType(EntityType::Opportunity);
    if (!spec)
        return;
    const auto owners = Pipeline::dealOwners(workspace.database()); // unread: everyone is offered
    for (ListFilter::Kind kind : {ListFilter::Kind::User, ListFilter::Kind::Team}) {
        ListFilter choice;
        choice.kind = kind;
        auto values = ListQueries::choices(workspace.database(), *spec, choice);
        if (!values)
            continue;
        for (const ListQueries::Choice& c : *values) {
            if (kind == ListFilter::Kind::Team)
                teams->addItem(c.label, c.value);
            else if (c.value.toString() != except && (!owners || owners->contains(c.value.toString())))
                people->addItem(c.label, c.value);
        }
    }
}

QDialog* PipelineBoard::editStageProbabilities()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("stageProbabilitiesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Stages"));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(tr("What your company calls each stage, and the probability a deal gets when it enters "
                                "it (it can still be changed per deal). Everyone gets these with the next sync."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Stage"), dialog), 0, 0);
    grid->addWidget(new QLabel(tr("Your name for it"), dialog), 0, 1);
    grid->addWidget(new QLabel(tr("Probability"), dialog), 0, 2);
    struct Row
    {
        QLineEdit* name;
        QSpinBox* odds;
        QString usualName;
    };
    QHash<QString, Row> rows;
    int line = 1;
    for (const QString& stage : Schema::stages().keys) {
        // The stage's usual (translated) name, whatever the company calls it now.
        const int index = Schema::stages().indexOf(stage);
        const QString usual = QCoreApplication::translate("Enum", Schema::stages().labels[index]);
        auto* name = new QLineEdit(dialog);
        name->setObjectName(stage + QStringLiteral("Name"));
        name->setPlaceholderText(usual);
        name->setMaxLength(60);
        if (Schema::stages().label(stage) != usual)
            name->setText(Schema::stages().label(stage));
        auto* odds = new QSpinBox(dialog);
        odds->setObjectName(stage);
        odds->setRange(0, 100);
        Formatting::percentField(odds);
        odds->setValue(m_workspace.store().stageProbability(stage));
        odds->setEnabled(!Schema::isClosedStage(stage)); // won is won, lost is lost
        grid->addWidget(new QLabel(usual, dialog), line, 0);
        grid->addWidget(name, line, 1);
        grid->addWidget(odds, line, 2);
        rows.insert(stage, Row{name, odds, usual});
        ++line;
    }
    layout->addLayout(grid);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, rows] {
        // A changed stage gets a new setting with both its name and its probability (the latest one counts).
        QList<Mutation> writes;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const QString name = it->name->text().trimmed();
            const QString current = Schema::stages().label(it.key());
            const bool renamed = (name.isEmpty() ? it->usualName : name) != current;
            const bool odds = it->odds->value() != m_workspace.store().stageProbability(it.key());
            if (!renamed && !odds)
                continue;
            Record setting(EntityType::StageSetting);
            setting.set(u"stage", it.key()).set(u"probability", qint64(it->odds->value()));
            if (!name.isEmpty() && name != it->usualName)
                setting.set(u"label", name);
            writes << Mutation::create(setting);
        }
        if (!writes.isEmpty()) {
            auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), writes, tr("Change the stages"));
            if (!applied) {
                Q_EMIT message(applied.error().message);
                return;
            }
            reload();
        }
        dialog->accept();
    });
    dialog->show();
    return dialog;
}

void addClosePeriods(QComboBox* combo, bool withMonth)
{
    combo->addItem(PipelineBoard::tr("Any close date"), int(ClosePeriod::Any));
    if (withMonth)
        combo->addItem(PipelineBoard::tr("Closing this month"), int(ClosePeriod::ThisMonth));
    combo->addItem(PipelineBoard::tr("Closing this quarter"), int(ClosePeriod::ThisQuarter));
    combo->addItem(PipelineBoard::tr("Closing next quarter"), int(ClosePeriod::NextQuarter));
    combo->addItem(PipelineBoard::tr("Closing this year"), int(ClosePeriod::ThisYear));
}

// ---- a card

PipelineCardDelegate::PipelineCardDelegate(QObject* parent, int width)
    : QStyledItemDelegate(parent)
    , m_width(width)
{}

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // As wide as the list shows, whether or not its scroll bar takes a part of it.
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = m_width > 0 ? m_width : view ? view->viewport()->width() : option.rect.width();
    return {width, option.fontMetrics.height() * 4 + 18};
}

void PipelineCardDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const PipelineCard card = index.data(PipelineColumnModel::CardRole).value<PipelineCard>();
    const QPalette& pal = option.palette;
    const QRectF r = QRectF(option.rect).adjusted(4, 3, -4, -3);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(r, 4, 4);
    const bool selected = option.state & QStyle::State_Selected;
    p->fillPath(path, selected ? CalendarColours::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.18)
                               : pal.color(QPalette::Base));
    p->setPen(QPen(CalendarColours::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2), 1));
    p->drawPath(path);
    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    QRectF text = r.adjusted(8, 5, -8, -5);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(card.name, Qt::ElideRight, int(text.width())));
    p->setFont(option.font);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRectF(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(card.account, Qt::ElideRight, int(text.width())));
    p->setPen(pal.color(QPalette::Text));
    const QString amount = Formatting::money(card.amount, card.currency);
    p->drawText(QRectF(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                amount);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRectF(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                Formatting::percent(card.probability));
    const QString close = card.expectedClose.isEmpty() ? PipelineBoard::tr("no close date")
                                                       : Formatting::date(card.expectedClose);
    const bool late = !card.expectedClose.isEmpty() &&
                      QDate::fromString(card.expectedClose, Qt::ISODate) < QDate::currentDate() &&
                      !Schema::isClosedStage(card.stage);
    p->setPen(late ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::PlaceholderText));
    // The date whole; the owner in what is left of the line.
    const qreal dateWidth = std::min<qreal>(fm.horizontalAdvance(close), text.width());
    p->drawText(QRectF(text.left(), text.top() + 3 * line, dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter, close);
    p->setPen(pal.color(QPalette::PlaceholderText));
    const qreal ownerWidth = text.width() - dateWidth - fm.averageCharWidth();
    if (ownerWidth > 0 && m_ownerShown)
        p->drawText(QRectF(text.right() - ownerWidth, text.top() + 3 * line, ownerWidth, line),
                    Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(card.owner, Qt::ElideRight, int(ownerWidth)));
    p->restore();
}

// ---- one column

PipelineColumnModel::PipelineColumnModel(Workspace& workspace, QString stage, QObject* parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
    , m_stage(std::move(stage))
{}

void PipelineColumnModel::setFilter(const PipelineFilter& filter)
{
    m_filter = filter;
}

void PipelineColumnModel::reload()
{
    beginResetModel();
    m_cards.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

int PipelineColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant PipelineColumnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const PipelineCard& c = m_cards[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole:
        return PipelineBoard::tr("%1\n%2\n%3 at %4\nExpected close: %5\nOwner: %6")
            .arg(c.name, c.account, Formatting::money(c.amount, c.currency), Formatting::percent(c.probability))
            .arg(c.expectedClose.isEmpty() ? PipelineBoard::tr("none") : Formatting::date(c.expectedClose), c.owner);
    case CardRole:
        return QVariant::fromValue(c);
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

Qt::ItemFlags PipelineColumnModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool PipelineColumnModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PipelineColumnModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // A page is one index range: read where the view is, on the GUI's connection.
    auto page = Pipeline::cards(m_workspace.database(), m_filter, m_stage, m_cards.isEmpty() ? nullptr : &m_cards.last(),
                                PageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT failed(page.error().message);
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + page->size() - 1));
    m_cards << *page;
    endInsertRows();
}

QStringList PipelineColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* PipelineColumnModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.row() < m_cards.size())
            ids << m_cards[i.row()].id;
    auto* data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions PipelineColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool PipelineColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return data && data->hasFormat(mimeType());
}

bool PipelineColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&)
{
    if (!data || !data->hasFormat(mimeType()) || action == Qt::IgnoreAction)
        return false;
    QStringList ids = QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Cards dropped on their own column stay where they are.
    ids.removeIf([this](const QString& id) {
        return std::any_of(m_cards.cbegin(), m_cards.cend(), [&](const PipelineCard& c) { return c.id == id; });
    });
    if (!ids.isEmpty())
        Q_EMIT dropped(ids, m_stage);
    // The board reloads the columns from the database; the drag's source removes nothing itself.
    return false;
}

// ---- the board

PipelineBoard::PipelineBoard(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto* filters = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("pipelineOwner"));
    m_owner->addItem(tr("My deals"), workspace.currentUserId());
    m_owner->addItem(tr("Everyone's deals"), QString());
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("pipelineTeam"));
    m_team->addItem(tr("All teams"), QString());
    addPeopleAndTeams(workspace, m_owner, m_team, workspace.currentUserId());
    // A manager starts on the team's pipeline (a manager owns few deals), everyone else on their own deals.
    if (workspace.currentUserIsManager()) {
        m_owner->setCurrentIndex(1);
        m_team->setCurrentIndex(std::max(0, m_team->findData(workspace.store().currentUserTeam())));
    }
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("pipelinePeriod"));
    addClosePeriods(m_period, true);
    m_minAmount = new QSpinBox(this);
    m_minAmount->setObjectName(QStringLiteral("pipelineMinAmount"));
    m_minAmount->setRange(0, 100'000'000);
    m_minAmount->setSingleStep(10'000);
    m_minAmount->setPrefix(tr("from "));
    m_minAmount->setSpecialValueText(tr("any amount"));
    m_minAmount->setGroupSeparatorShown(true);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_owner);
    filters->addWidget(m_team);
    filters->addWidget(m_period);
    filters->addWidget(m_minAmount);
    filters->addStretch(1);
    auto* odds = new QPushButton(tr("Stages…"), this);
    odds->setObjectName(QStringLiteral("stageProbabilities"));
    odds->setToolTip(tr("What your company calls each stage, and the probability a deal gets when it enters it"));
    filters->addWidget(odds);
    connect(odds, &QPushButton::clicked, this, [this] { editStageProbabilities(); });
    layout->addLayout(filters);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* strip = new QWidget(scroll);
    auto* columns = new QHBoxLayout(strip);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(8);
    // Below the open stages, the deals closed lately, won and lost side by side, their cards in a row.
    auto* closedRow = new QHBoxLayout;
    closedRow->setSpacing(8);
    auto* delegate = new PipelineCardDelegate(this);
    auto* closedDelegate = new PipelineCardDelegate(this, ClosedCardWidth);
    for (const QString& stage : Schema::stages().keys) {
        const bool closed = Schema::isClosedStage(stage);
        auto* column = new QFrame(closed ? static_cast<QWidget*>(this) : strip);
        column->setObjectName(QStringLiteral("stage_") + stage);
        if (!closed) {
            column->setMinimumWidth(ColumnMinWidth);
            column->setMaximumWidth(ColumnMaxWidth);
        }
        column->setFrameShape(QFrame::StyledPanel);
        auto* c = new QVBoxLayout(column);
        c->setContentsMargins(4, closed ? 4 : 6, 4, 4);
        c->setSpacing(closed ? 2 : c->spacing());
        auto* header = new QLabel(column);
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        auto* totals = new QLabel(column);
        totals->setObjectName(QStringLiteral("totals_") + stage);
        totals->setWordWrap(true);
        totals->setForegroundRole(QPalette::PlaceholderText);
        auto* model = new PipelineColumnModel(workspace, stage, this);
        auto* view = new QListView(column);
        view->setObjectName(QStringLiteral("cards_") + stage);
        view->setModel(model);
        view->setItemDelegate(closed ? closedDelegate : delegate);
        view->setUniformItemSizes(true);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(false);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setFrameShape(QFrame::NoFrame);
        view->viewport()->setAutoFillBackground(false);
        if (closed) {
            // One row of cards, scrolled sideways; the header and its total on one line above.
            view->setFlow(QListView::LeftToRight);
            view->setWrapping(false);
            view->setSpacing(2);
            view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
            view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view->setFixedHeight(closedDelegate->sizeHint(QStyleOptionViewItem(), {}).height() + 8 +
                                 view->horizontalScrollBar()->sizeHint().height());
            totals->setWordWrap(false);
            auto* line = new QHBoxLayout;
            line->setSpacing(12);
            line->addWidget(header);
            line->addWidget(totals, 1);
            c->addLayout(line);
            c->addWidget(view);
            closedRow->addWidget(column, 1);
        } else {
            view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view->setResizeMode(QListView::Adjust); // the cards follow the column's width
            c->addWidget(header);
            c->addWidget(totals);
            c->addWidget(view, 1);
            columns->addWidget(column, 1);
        }
        m_models << model;
        m_views << view;
        m_headers << header;
        m_totals << totals;
        connect(model, &PipelineColumnModel::dropped, this, &PipelineBoard::moveTo);
        connect(model, &PipelineColumnModel::failed, this, &PipelineBoard::message);
        connect(view, &QListView::activated, this, [this](const QModelIndex& index) {
            Q_EMIT openRecordRequested(EntityType::Opportunity, index.data(PipelineColumnModel::IdRole).toString());
        });
    }
    columns->addStretch(0); // what the columns leave at their widest
    scroll->setWidget(strip);
    layout->addWidget(scroll, 1);
    layout->addLayout(closedRow);

    for (QComboBox* combo : {m_owner, m_team, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &PipelineBoard::readFilters);
    connect(m_minAmount, &QSpinBox::valueChanged, this, [this] { m_reloadTimer->start(); });
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &PipelineBoard::readFilters);
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        for (const Change& c : changes)
            if (c.type == EntityType::Opportunity) {
                QTimer::singleShot(0, this, &PipelineBoard::reload);
                return;
            }
    });
    readFilters();
}

void PipelineBoard::readFilters()
{
    PipelineFilter f;
    if (const QString owner = m_owner->currentData().toString(); !owner.isEmpty())
        f.owners = {owner};
    f.teamId = m_team->currentData().toString();
    f.closingIn(static_cast<ClosePeriod>(m_period->currentData().toInt()), QDate::currentDate());
    // The amount is typed in whole units; deals keep minor units.
    f.minAmount = qint64(m_minAmount->value()) * 100;
    f.closedSince = QDateTime::currentMSecsSinceEpoch() - ClosedShownMs;
    setFilter(f);
}

void PipelineBoard::setFilter(const PipelineFilter& filter)
{
    m_filter = filter;
    for (QListView* view : std::as_const(m_views))
        if (auto* cards = dynamic_cast<PipelineCardDelegate*>(view->itemDelegate()))
            cards->setOwnerShown(filter.owners.size() != 1);
    reload();
}

void PipelineBoard::reload()
{
    // Cards first (each column's first page is an index range), totals when the reader has them.
    for (PipelineColumnModel* model : std::as_const(m_models)) {
        model->setFilter(m_filter);
        model->reload();
    }
    const PipelineFilter filter = m_filter;
    const QString currency = Settings().reportingCurrency();
    const quint64 ticket = ++m_ticket;
    m_workspace.readers().run<PipelineReport>(
        this, [filter, currency](Database& db) { return Pipeline::report(db, filter, currency, QDate::currentDate()); },
        [this, ticket](const Result<PipelineReport>& result) {
            if (ticket != m_ticket)
                return;
            if (!result) {
                Q_EMIT message(result.error().message);
                return;
            }
            showTotals(*result);
            Q_EMIT loaded();
        });
}

void PipelineBoard::showTotals(const PipelineReport& report)
{
    // One currency for the whole board (the reports' choice), converted at today's rates; deals in a
    // currency without a rate are counted and named, not guessed.
    const QString missing = report.unconverted.isEmpty()
                                ? QString()
                                : QLatin1Char('\n') + tr("%1 not converted").arg(report.unconverted.join(QStringLiteral(", ")));
    for (int i = 0; i < report.stages.size() && i < m_headers.size(); ++i) {
        const PipelineStageFigures& f = report.stages[i];
        m_headers[i]->setText(tr("%1 (%2)").arg(Schema::stages().label(f.stage), QLocale().toString(f.count)));
        const QString amount = Formatting::money(f.amount, report.currency);
        // The closed rows hold what closed lately, whatever the close dates chosen: said beside their total.
        m_totals[i]->setText(
            (Schema::isClosedStage(f.stage)
                 ? tr("%1, closed in the last %n day(s)", nullptr, int(ClosedShownMs / DayMs)).arg(amount)
                 : tr("%1\nweighted %2").arg(amount, Formatting::money(f.weighted, report.currency))) +
            missing);
        m_totals[i]->setToolTip(report.unconverted.isEmpty()
                                    ? tr("In %1 at today's exchange rates.").arg(report.currency)
                                    : tr("In %1 at today's exchange rates; deals in %2 have no rate to %1 "
                                         "(rapport-cli rates set …).")
                                          .arg(report.currency, report.unconverted.join(QStringLiteral(", "))));
    }
}

PipelineColumnModel* PipelineBoard::column(const QString& stage) const
{
    for (PipelineColumnModel* m : m_models)
        if (m->stage() == stage)
            return m;
    return nullptr;
}

QListView* PipelineBoard::columnView(const QString& stage) const
{
    const int i = int(Schema::stages().keys.indexOf(stage));
    return i >= 0 && i < m_views.size() ? m_views[i] : nullptr;
}

QString PipelineBoard::totalsText(const QString& stage) const
{
    const int i = int(Schema::stages().keys.indexOf(stage));
    return i >= 0 && i < m_totals.size() ? m_totals[i]->text() : QString();
}

void PipelineBoard::moveTo(const QStringList& ids, const QString& stage)
{
    QList<Record> changes;
    QString reason;
    if (stage == u"closed_lost") {
        QStringList suggestions;
        for (const QString& key : Schema::lossReasons().keys)
            suggestions << Schema::lossReasons().label(key);
        const auto answer = Ask::text(this, tr("Closed lost"), tr("Why was the deal lost?"),
                                      suggestions);
        if (!answer) {
            Q_EMIT message(tr("Not moved: a lost deal needs a reason."));
            return;
        }
        reason = *answer;
    }
    for (const QString& id : ids) {
        Record r(EntityType::Opportunity, id);
        r.set(u"stage", stage);
        if (!reason.isEmpty())
            r.set(u"loss_reason", reason);
        changes << r;
    }
    const QString label = Schema::stages().label(stage);
    const QString text = ids.size() == 1
                             ? tr("Move %1 to %2").arg(m_workspace.store().titleOf(EntityType::Opportunity, ids.first()), label)
                             : tr("Move %n deals to %1", nullptr, int(ids.size())).arg(label);
    if (Status s = EditRecordCommand::apply(m_undo, m_workspace.store(), changes, text); !s) {
        Q_EMIT message(s.error().message);
        return;
    }
    Q_EMIT message(text);
}

} // namespace rapport
