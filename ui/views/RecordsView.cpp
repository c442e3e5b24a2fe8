// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordsView.h"

#include "Icons.h"
#include "Workspace.h"
#include "models/RecordListModel.h"
#include "storage/ListQueries.h"
#include "widgets/ListPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {

RecordsView::RecordsView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : View(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
}

ListPanel* RecordsView::addList(EntityType type, const QString& tabLabel, const QList<Filter>& filters)
{
    auto* panel = new ListPanel(m_workspace, m_undo, *ListQueries::forType(type), m_tabs);
    panel->setObjectName(Schema::entity(type).table + QStringLiteral("Panel"));
    if (!filters.isEmpty()) {
        auto* combo = new QComboBox(panel);
        combo->setObjectName(Schema::entity(type).table + QStringLiteral("Filter"));
        for (const Filter& f : filters)
            combo->addItem(f.label);
        panel->filterBar()->addWidget(combo);
        auto apply = [panel, filters](int i) { panel->model()->setCondition(filters[i].condition, filters[i].values); };
        connect(combo, &QComboBox::currentIndexChanged, panel, apply);
        apply(0);
    }
    connect(panel, &ListPanel::openRecordRequested, this, &View::openRecordRequested);
    connect(panel, &ListPanel::message, this, &View::message);
    m_tabs->addTab(panel, iconFor(type), tabLabel);
    m_panels.insert(type, panel);
    return panel;
}

bool RecordsView::showRecord(EntityType type, const QString& id)
{
    ListPanel* panel = m_panels.value(type);
    if (!panel)
        return false;
    m_tabs->setCurrentWidget(panel);
    panel->showRecord(id);
    return true;
}

ContactsView::ContactsView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordsView(workspace, undo, parent)
{
    const QString me = workspace.currentUserId();
    addList(EntityType::Contact, tr("Contacts"),
            {{tr("All contacts"), {}, {}}, {tr("My contacts"), QStringLiteral("t.owner_id = ?"), {me}}});
    addList(EntityType::Account, tr("Accounts"),
            {{tr("All accounts"), {}, {}}, {tr("My accounts"), QStringLiteral("t.owner_id = ?"), {me}}});
    addList(EntityType::Campaign, tr("Campaigns"));
}

OpportunitiesView::OpportunitiesView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordsView(workspace, undo, parent)
{
    const QString me = workspace.currentUserId();
    const QString open = QStringLiteral("t.stage NOT IN ('closed_won', 'closed_lost')");
    QList<Filter> filters{{tr("My open deals"), open + QStringLiteral(" AND t.owner_id = ?"), {me}},
                          {tr("All open deals"), open, {}}};
    for (const QString& stage : Schema::stages().keys)
        filters << Filter{Schema::stages().label(stage), QStringLiteral("t.stage = ?"), {stage}};
    filters << Filter{tr("All deals"), {}, {}};
    addList(EntityType::Opportunity, tr("Opportunities"), filters);
    addList(EntityType::Lead, tr("Leads"),
            {{tr("Open leads"), QStringLiteral("t.status IN ('new', 'working', 'qualified')"), {}},
             {tr("My leads"), QStringLiteral("t.owner_id = ?"), {me}},
             {tr("All leads"), {}, {}}});
}

HelpDeskView::HelpDeskView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordsView(workspace, undo, parent)
{
    const QString me = workspace.currentUserId();
    const QString open = QStringLiteral("t.status IN ('new', 'open', 'pending')");
    addList(EntityType::Ticket, tr("Tickets"),
            {{tr("All open tickets"), open, {}},
             {tr("My open tickets"), open + QStringLiteral(" AND t.assignee_id = ?"), {me}},
             {tr("Unassigned"), open + QStringLiteral(" AND t.assignee_id IS NULL"), {}},
             {tr("Waiting on customer"), QStringLiteral("t.status = 'pending'"), {}},
             {tr("All tickets"), {}, {}}});
    addList(EntityType::KnowledgeArticle, tr("Knowledge base"),
            {{tr("Published"), QStringLiteral("t.status = 'published'"), {}}, {tr("All articles"), {}, {}}});
}

} // namespace rapport
