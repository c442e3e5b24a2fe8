// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordsView.h"

#include "CustomerScoring.h"
#include "Icons.h"
#include "Workspace.h"
#include "analytics/LeadScoring.h"
#include "commands/ApplyCommand.h"
#include "dialogs/Ask.h"
#include "dialogs/DuplicatesDialog.h"
#include "dialogs/LeadConvertDialog.h"
#include "dialogs/MergeDialog.h"
#include "models/RecordListModel.h"
#include "storage/Campaigns.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "views/CustomerPage.h"
#include "views/PipelineBoard.h"
#include "widgets/ListPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
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
        // Each view known by what it shows (its condition and values), whatever the language: the one chosen
        // last is where the list opens next time.
        QStringList keys;
        for (const Filter& f : filters) {
            combo->addItem(f.label);
            QStringList values;
            for (const QVariant& v : f.values)
                values << v.toString();
            keys << f.condition + QLatin1Char('|') + values.join(QLatin1Char(','));
        }
        panel->filterBar()->addWidget(combo);
        const QString setting = QStringLiteral("lists/%1/view").arg(Schema::entity(type).table);
        combo->setCurrentIndex(std::max<int>(0, keys.indexOf(QSettings().value(setting).toString())));
        auto apply = [panel, filters, keys, setting](int i) {
            panel->model()->setCondition(filters[i].condition, filters[i].values);
            QSettings().setValue(setting, keys[i]);
        };
        connect(combo, &QComboBox::currentIndexChanged, panel, apply);
        panel->model()->setCondition(filters[combo->currentIndex()].condition, filters[combo->currentIndex()].values);
    }
    connect(panel, &ListPanel::openRecordRequested, this, &View::openRecordRequested);
    connect(panel, &ListPanel::createRequested, this, &View::createRequested);
    connect(panel, &ListPanel::mergeRequested, this, &RecordsView::merge);
    connect(panel, &ListPanel::message, this, &View::message);
    m_tabs->addTab(panel, iconFor(type), tabLabel);
    m_panels.insert(type, panel);
    return panel;
}

void RecordsView::merge(EntityType type, const QStringList& ids)
{
    auto* dialog = new MergeDialog(m_workspace, m_undo, type, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this](EntityType t, const QString& survivor) {
        Q_EMIT message(tr("Merged into %1.").arg(m_workspace.store().titleOf(t, survivor)));
        showRecord(t, survivor);
    });
    dialog->open();
}

void RecordsView::findDuplicates()
{
    auto* dialog = new DuplicatesDialog(m_workspace, m_undo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::openRecordRequested, this, &View::openRecordRequested);
    dialog->open();
}

bool RecordsView::createNew()
{
    auto* panel = qobject_cast<ListPanel*>(m_tabs->currentWidget());
    if (!panel)
        return false;
    panel->createNew();
    return true;
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

void RecordsView::addToCampaign(EntityType type, const QStringList& ids)
{
    if (ids.isEmpty()) {
        Q_EMIT message(type == EntityType::Lead ? tr("Select the leads to add to a campaign.")
                                                : tr("Select the contacts to add to a campaign."));
        return;
    }
    // The campaigns that can still take people: planned and running ones, the latest first.
    auto accepting = Campaigns::accepting(m_workspace.database());
    if (!accepting) {
        Q_EMIT message(accepting.error().message);
        return;
    }
    QStringList names, campaignIds;
    for (const auto& [id, campaignName] : std::as_const(*accepting)) {
        campaignIds << id;
        // Two campaigns of one name are told apart by their place in the list.
        QString name = campaignName;
        for (int n = 2; names.contains(name); ++n)
            name = tr("%1 (%2)").arg(campaignName).arg(n);
        names << name;
    }
    if (names.isEmpty()) {
        Q_EMIT message(tr("There is no planned or running campaign to add them to."));
        return;
    }
    const int n = int(ids.size());
    const auto chosen = Ask::choice(
        this, tr("Add to campaign"),
        type == EntityType::Lead ? tr("Add %n lead(s) to:", "", n) : tr("Add %n contact(s) to:", "", n), names);
    if (!chosen)
        return;
    const QString name = names[*chosen];
    const QString campaignId = campaignIds[*chosen];
    auto plan = Campaigns::enrol(m_workspace.store(), campaignId, ids);
    if (!plan) {
        Q_EMIT message(plan.error().message);
        return;
    }
    if (!plan->mutations.isEmpty()) {
        // Named by those who will receive it, not by the members written (the left-out ones are members too).
        const QString undoText = plan->added == 0 ? tr("Note %n left out of %1", "", int(plan->excluded.size()))
                                 : type == EntityType::Lead ? tr("Add %n lead(s) to %1", "", plan->added)
                                                            : tr("Add %n contact(s) to %1", "", plan->added);
        auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), plan->mutations, undoText.arg(name));
        if (!applied) {
            Q_EMIT message(applied.error().message);
            return;
        }
    }
    QString text = tr("%1: %2.").arg(name, plan->summary());
    if (plan->excluded.size() == 1)
        text += QLatin1Char(' ') + tr("%1: %2.").arg(plan->excluded.first().first, plan->excluded.first().second);
    Q_EMIT message(text);
}

void RecordsView::offerCampaigns(ListPanel* people)
{
    const EntityType type = people->model()->entityType();
    auto* campaign = new QToolButton(people);
    campaign->setObjectName(QStringLiteral("addToCampaign"));
    campaign->setIcon(icon(Icon::Email));
    campaign->setToolTip(type == EntityType::Lead
                             ? tr("Add the selected leads to a campaign (those without marketing consent are left "
                                  "out, with the reason)…")
                             : tr("Add the selected contacts to a campaign (those without marketing consent are left "
                                  "out, with the reason)…"));
    campaign->setAutoRaise(true);
    connect(campaign, &QToolButton::clicked, this,
            [this, people, type] { addToCampaign(type, people->selectedIds()); });
    people->filterBar()->addWidget(campaign);
    connect(people, &ListPanel::campaignRequested, this,
            [this, type](const QStringList& ids) { addToCampaign(type, ids); });
}

ContactsView::ContactsView(Workspace& workspace, QUndoStack& undo, CustomerScoring* scoring, QWidget* parent)
    : RecordsView(workspace, undo, parent)
{
    const QString me = workspace.currentUserId();
    const QString team = workspace.store().currentUserTeam();
    const QString ofTeam = QStringLiteral("t.team_id = ?");
    QList<Filter> contactViews{{tr("All contacts"), {}, {}},
                               {tr("My contacts"), QStringLiteral("t.owner_id = ?"), {me}}};
    if (!team.isEmpty())
        contactViews << Filter{tr("My team's contacts"), ofTeam, {team}};
    ListPanel* contacts = addList(EntityType::Contact, tr("Contacts"), contactViews);
    auto* duplicates = new QToolButton(contacts);
    duplicates->setObjectName(QStringLiteral("findDuplicates"));
    duplicates->setIcon(icon(Icon::Duplicates));
    duplicates->setToolTip(tr("Find duplicate contacts…"));
    duplicates->setAutoRaise(true);
    connect(duplicates, &QToolButton::clicked, this, &RecordsView::findDuplicates);
    contacts->filterBar()->addWidget(duplicates);
    offerCampaigns(contacts);
    const QString likelyToChurn = ListQueries::accountsLikelyToChurn();
    QList<Filter> accountViews{{tr("All accounts"), {}, {}},
                               {tr("My accounts"), QStringLiteral("t.owner_id = ?"), {me}}};
    if (!team.isEmpty())
        accountViews << Filter{tr("My team's accounts"), ofTeam, {team}};
    accountViews << Filter{tr("Customers likely to churn"), likelyToChurn, {}}
                 << Filter{tr("My customers likely to churn"),
                           QStringLiteral("t.owner_id = ? AND ") + likelyToChurn,
                           {me}};
    if (!team.isEmpty())
        accountViews << Filter{
            tr("My team's customers likely to churn"), ofTeam + QStringLiteral(" AND ") + likelyToChurn, {team}};
    ListPanel* accounts = addList(EntityType::Account, tr("Accounts"), accountViews);
    addList(EntityType::Campaign, tr("Campaigns"));
    if (scoring)
        connect(scoring, &CustomerScoring::scored, this, [accounts] {
            if (accounts->model()->hasLoaded())
                accounts->model()->refresh();
            if (auto* page = qobject_cast<CustomerPage*>(accounts->page()))
                page->readAgain();
        });
}

OpportunitiesView::OpportunitiesView(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordsView(workspace, undo, parent)
{
    const QString me = workspace.currentUserId();
    const QString open = QStringLiteral("t.stage NOT IN ('closed_won', 'closed_lost')");
    QList<Filter> filters{{tr("My open deals"), open + QStringLiteral(" AND t.owner_id = ?"), {me}}};
    if (const QString team = workspace.store().currentUserTeam(); !team.isEmpty()) {
        const Filter teams{tr("My team's open deals"), open + QStringLiteral(" AND t.team_id = ?"), {team}};
        // A manager owns few deals: the team's come first, as on the board and the Home.
        if (workspace.currentUserIsManager())
            filters.prepend(teams);
        else
            filters << teams;
    }
    filters << Filter{tr("All open deals"), open, {}};
    for (const QString& stage : Schema::stages().keys)
        filters << Filter{Schema::stages().label(stage), QStringLiteral("t.stage = ?"), {stage}};
    filters << Filter{tr("All deals"), {}, {}};
    addList(EntityType::Opportunity, tr("Opportunities"), filters);
    ListPanel* leads = addList(EntityType::Lead, tr("Leads"),
                               {{tr("Open leads"), QStringLiteral("t.status IN ('new', 'working', 'qualified')"), {}},
                                {tr("My leads"), QStringLiteral("t.owner_id = ?"), {me}},
                                {tr("All leads"), {}, {}}});
    auto* convert = new QToolButton(leads);
    convert->setObjectName(QStringLiteral("convertLead"));
    convert->setIcon(icon(Icon::Opportunities));
    convert->setText(tr("Convert…"));
    convert->setToolTip(tr("Turn the selected lead into an account, a contact and an opportunity"));
    convert->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    leads->filterBar()->addWidget(convert);
    connect(convert, &QToolButton::clicked, this, [this, leads, &undo] {
        const QStringList ids = leads->selectedIds();
        if (ids.size() != 1) {
            Q_EMIT message(tr("Select one lead to convert."));
            return;
        }
        auto plan = LeadConversion::plan(m_workspace.store(), ids.first(), m_workspace.store().defaultRegion());
        if (!plan) {
            Q_EMIT message(plan.error().message);
            return;
        }
        auto* dialog = new LeadConvertDialog(m_workspace, undo, *plan, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LeadConvertDialog::message, this, &View::message);
        connect(dialog, &LeadConvertDialog::converted, this, [this](const ConvertedLead& made) {
            if (!made.opportunityId.isEmpty())
                Q_EMIT openRecordRequested(EntityType::Opportunity, made.opportunityId);
        });
        dialog->open();
    });
    // Scoring: the selected leads' scores from fit and engagement, one undoable step; the reasons are shown.
    auto* score = new QToolButton(leads);
    score->setObjectName(QStringLiteral("scoreLeads"));
    score->setIcon(icon(Icon::Refresh));
    score->setText(tr("Score"));
    score->setToolTip(tr("Score the selected leads from who they are (fit) and what they did (engagement)"));
    score->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    leads->filterBar()->addWidget(score);
    connect(score, &QToolButton::clicked, this, [this, leads, &undo] {
        const QStringList ids = leads->selectedIds();
        if (ids.isEmpty()) {
            Q_EMIT message(tr("Select the leads to score."));
            return;
        }
        auto updates = LeadScoring::rescore(m_workspace.store(), ids, QDate::currentDate());
        if (!updates) {
            Q_EMIT message(updates.error().message);
            return;
        }
        if (!updates->isEmpty()) {
            auto applied = ApplyCommand::apply(undo, m_workspace.store(), *updates,
                                               tr("Score %n lead(s)", "", int(updates->size())));
            if (!applied) {
                Q_EMIT message(applied.error().message);
                return;
            }
        }
        // One lead: say why; several: how many changed.
        if (ids.size() == 1) {
            const auto lead = m_workspace.store().fetch(EntityType::Lead, ids.first());
            const auto engagement = LeadScoring::engagement(m_workspace.database(), ids.first());
            if (lead && engagement) {
                const LeadScore s = LeadScoring::score(*lead, *engagement, QDate::currentDate());
                Q_EMIT message(tr("Score %1 (fit %2, engagement %3): %4")
                                   .arg(s.score)
                                   .arg(s.fit)
                                   .arg(s.engagement)
                                   .arg(s.reasons.join(QStringLiteral("; "))));
            }
        } else {
            Q_EMIT message(tr("%n lead(s) scored; %1 changed.", "", int(ids.size())).arg(updates->size()));
        }
    });
    offerCampaigns(leads);
    // The board first: where a rep moves deals.
    m_board = new PipelineBoard(workspace, undo, this);
    tabs()->insertTab(0, m_board, icon(Icon::Opportunities), tr("Pipeline"));
    tabs()->setCurrentIndex(0);
    connect(m_board, &PipelineBoard::openRecordRequested, this, &View::openRecordRequested);
    connect(m_board, &PipelineBoard::message, this, &View::message);
}

} // namespace rapport
