// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "DuplicatesDialog.h"

#include "Formatting.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "dialogs/MergeDialog.h"
#include "search/Duplicates.h"
#include "storage/ReaderPool.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {

struct Found
{
    DuplicateGroup group;
    QList<ContactSummary> members;
};

enum { IdRole = Qt::UserRole + 1 };

} // namespace

DuplicatesDialog::DuplicatesDialog(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicate contacts"));
    fitToScreen(this, {1040, 600}); // name, account, email and phone side by side
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Looking through the whole book…"), this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setHeaderLabels({tr("Likely the same person"), tr("Account"), tr("Email"), tr("Phone")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeGroup"));
    m_merge->setIcon(icon(Icon::Merge));
    m_merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_merge->setEnabled(item != nullptr); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            Q_EMIT openRecordRequested(EntityType::Contact, item->data(0, IdRole).toString());
        else
            mergeCurrent();
    });
    layout->addWidget(buttons);
    load();
}

void DuplicatesDialog::load()
{
    auto* watcher = new QFutureWatcher<Result<QList<Found>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        m_loaded = true;
        if (!result) {
            m_status->setText(result.error().message);
            return;
        }
        m_tree->clear();
        for (const Found& f : *result) {
            auto* group = new QTreeWidgetItem(m_tree, {tr("%1 — %2").arg(Formatting::percent(f.group.score),
                                                                         f.group.reasons.join(QStringLiteral(", ")))});
            group->setIcon(0, icon(Icon::Duplicates));
            group->setFirstColumnSpanned(true);
            for (const ContactSummary& c : f.members) {
                auto* item = new QTreeWidgetItem(group, {c.name, c.account, c.email, c.phone});
                item->setIcon(0, iconFor(EntityType::Contact));
                item->setData(0, IdRole, c.id);
            }
        }
        m_tree->expandAll();
        for (int c = 0; c < 3; ++c)
            m_tree->resizeColumnToContents(c);
        showCount();
    });
    watcher->setFuture(m_workspace.readers().run<QList<Found>>([](Database& db) -> Result<QList<Found>> {
        auto groups = Duplicates::findContacts(db, 1000);
        if (!groups)
            return groups.error();
        QList<Found> out;
        for (const DuplicateGroup& g : *groups)
            out << Found{g, Duplicates::summaries(db, g.ids)};
        return out;
    }));
}

void DuplicatesDialog::mergeCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem* group = item->parent() ? item->parent() : item;
    QStringList ids;
    for (int i = 0; i < group->childCount() && ids.size() < 3; ++i)
        ids << group->child(i)->data(0, IdRole).toString();
    auto* dialog = new MergeDialog(m_workspace, m_undo, EntityType::Contact, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this, group] {
        delete group;
        showCount();
    });
    dialog->open();
}

void DuplicatesDialog::showCount()
{
    const int groups = m_tree->topLevelItemCount();
    m_status->setText(groups == 0 ? tr("No likely duplicates: every contact looks like a person of their own.")
                                  : tr("%n group(s) of contacts that are probably one person. Select a group "
                                       "and choose Merge.",
                                       nullptr, groups));
}

} // namespace rapport
