// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SyncReviewDialog.h"

#include "Formatting.h"
#include "ScreenFit.h"
#include "domain/RecordJson.h"
#include "storage/RecordStore.h"
#include "storage/Tickets.h"
#include "sync/SyncReview.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

/// On a conflict's first cell: true when the conflict can only be dismissed.
constexpr int OnlyDismissRole = Qt::UserRole + 1;

QString when(qint64 millis)
{
    return Formatting::dateTime(millis);
}

} // namespace

SyncReviewDialog::SyncReviewDialog(RecordStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("syncReviewDialog"));
    setWindowTitle(tr("Conflicts and waiting changes"));
    fitToScreen(this, {1040, 480});
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto* conflictsPage = new QWidget(m_tabs);
    auto* conflictsLayout = new QVBoxLayout(conflictsPage);
    auto* explain = new QLabel(tr("Two people changed the same field at the same time. The value shown now is the "
                                  "one that won; the other is kept here until someone decides. A new ticket whose "
                                  "number another ticket already had was given the next free number."),
                               conflictsPage);
    explain->setWordWrap(true);
    conflictsLayout->addWidget(explain);
    m_conflicts = makeTable({tr("Record"), tr("Field"), tr("Yours"), tr("Theirs"), tr("Before"), tr("Now shown"),
                             tr("When")},
                            conflictsPage);
    m_conflicts->setObjectName(QStringLiteral("conflictsTable"));
    conflictsLayout->addWidget(m_conflicts);
    auto* buttons = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep &mine"), conflictsPage);
    m_keepTheirs = new QPushButton(tr("Keep &theirs"), conflictsPage);
    m_dismiss = new QPushButton(tr("&Dismiss"), conflictsPage);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    buttons->addStretch();
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_dismiss);
    conflictsLayout->addLayout(buttons);
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolveSelected(static_cast<int>(SyncReview::Keep::Mine)); });
    connect(m_keepTheirs, &QPushButton::clicked, this,
            [this] { resolveSelected(static_cast<int>(SyncReview::Keep::Theirs)); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { resolveSelected(static_cast<int>(SyncReview::Keep::Dismiss)); });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncReviewDialog::updateButtons);
    m_tabs->addTab(conflictsPage, tr("Conflicts"));

    m_pending = makeTable({tr("Change"), tr("Record"), tr("Fields"), tr("Made"), tr("State")}, m_tabs);
    m_pending->setObjectName(QStringLiteral("pendingTable"));
    m_tabs->addTab(m_pending, tr("Waiting changes"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    reload();
}

QString SyncReviewDialog::describe(const QString& entity, const QString& field, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    const EntityDef* def = Schema::byName(entity);
    const FieldDef* f = def ? def->field(field) : nullptr;
    if (f && f->type == FieldType::Ref) {
        const QString title = m_store.titleOf(f->ref, value.toString());
        return title.isEmpty() ? value.toString() : title;
    }
    if (f && f->enumeration)
        return f->enumeration->label(value.toString());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

void SyncReviewDialog::updateButtons()
{
    const int row = m_conflicts->currentRow();
    const QTableWidgetItem* first = row >= 0 ? m_conflicts->item(row, 0) : nullptr;
    // A ticket renumbered by the server cannot have its old number back: that one is another ticket's.
    const bool choice = first && !first->data(OnlyDismissRole).toBool();
    m_keepMine->setEnabled(choice);
    m_keepTheirs->setEnabled(choice);
    m_dismiss->setEnabled(first != nullptr);
}

void SyncReviewDialog::reload()
{
    const QString me = m_store.currentUserId();
    const QList<sync::Conflict> conflicts = SyncReview::conflicts(m_store.database());
    m_conflicts->setRowCount(static_cast<int>(conflicts.size()));
    int row = 0;
    for (const sync::Conflict& c : conflicts) {
        const EntityDef* def = Schema::byName(c.entity);
        const FieldDef* f = def ? def->field(c.field) : nullptr;
        const QString title = def ? m_store.titleOf(def->type, c.recordId) : QString();
        const bool mineKept = c.keptBy == me;
        const bool numberTaken = c.reason == QLatin1String(Tickets::NumberTakenReason);
        const QString mine = describe(c.entity, c.field, mineKept ? c.keptValue : c.lostValue);
        const QString theirs = describe(c.entity, c.field, mineKept ? c.lostValue : c.keptValue);
        const QString otherUser = m_store.titleOf(EntityType::User, mineKept ? c.lostBy : c.keptBy);
        const QStringList cells{def ? QStringLiteral("%1 · %2").arg(
                                          def->displayLabel(), title.isEmpty() ? tr("(not on this device)") : title)
                                    : c.entity,
                                f ? f->displayLabel() : c.field,
                                mine,
                                otherUser.isEmpty() ? theirs : tr("%1 (%2)").arg(theirs, otherUser),
                                c.beforeValue.isUndefined() ? QString() : describe(c.entity, c.field, c.beforeValue),
                                numberTaken                            ? tr("a new number")
                                : c.reason == QLatin1String("deleted") ? tr("deleted")
                                                                       : (mineKept ? tr("yours") : tr("theirs")),
                                when(c.detectedAt)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (col == 0) {
                item->setData(Qt::UserRole, c.id);
                item->setData(OnlyDismissRole, numberTaken);
            }
            if (numberTaken && col == 5)
                item->setToolTip(tr("%1 was already another ticket's number; the server gave this ticket the next "
                                    "free one.")
                                     .arg(mine));
            m_conflicts->setItem(row, col, item);
        }
        ++row;
    }
    m_conflicts->resizeColumnsToContents();
    // A long title or value is elided (its cell's tooltip has it whole), so that every column stays in view.
    for (const auto& [column, widest] : {std::pair{0, 280}, std::pair{2, 200}, std::pair{3, 200}, std::pair{4, 160}})
        m_conflicts->setColumnWidth(column, std::min(m_conflicts->columnWidth(column), widest));
    if (!conflicts.isEmpty())
        m_conflicts->selectRow(0);
    updateButtons();
    m_tabs->setTabText(0, tr("Conflicts (%1)").arg(conflicts.size()));

    static const QHash<QString, const char*> ops{{QStringLiteral("create"), QT_TR_NOOP("New")},
                                                 {QStringLiteral("update"), QT_TR_NOOP("Changed")},
                                                 {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
                                                 {QStringLiteral("restore"), QT_TR_NOOP("Restored")}};
    const QList<SyncReview::PendingChange> pending = SyncReview::pendingChanges(m_store.database());
    m_pending->setRowCount(static_cast<int>(pending.size()));
    row = 0;
    for (const SyncReview::PendingChange& p : pending) {
        const EntityDef* def = Schema::byName(p.entity);
        QStringList labels;
        for (const QString& name : p.fields) {
            const FieldDef* f = def ? def->field(name) : nullptr;
            if (f && !f->is(System))
                labels << f->displayLabel();
        }
        const QString title = def ? m_store.titleOf(def->type, p.recordId) : QString();
        const QStringList cells{
            tr(ops.value(p.op, "")),
            def ? QStringLiteral("%1 · %2").arg(def->displayLabel(), title.isEmpty() ? p.recordId : title)
                : tr("Conflict resolution"),
            labels.join(QStringLiteral(", ")),
            when(p.createdAt),
            p.rejected ? tr("Refused by the server: %1").arg(p.reason) : tr("Waiting")};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_pending->setItem(row, col, item);
        }
        ++row;
    }
    m_pending->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("Waiting changes (%1)").arg(pending.size()));
}

void SyncReviewDialog::resolveSelected(int keep)
{
    const int row = m_conflicts->currentRow();
    if (row < 0)
        return;
    const QString id = m_conflicts->item(row, 0)->data(Qt::UserRole).toString();
    if (Status s = SyncReview::resolve(m_store, id, static_cast<SyncReview::Keep>(keep)); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().text());
        return;
    }
    Q_EMIT resolved();
    reload();
}

} // namespace rapport
