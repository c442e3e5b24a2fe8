// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CampaignPage.h"

#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "dialogs/Ask.h"
#include "domain/Money.h"
#include "domain/Schema.h"
#include "io/ContactExport.h"
#include "storage/ReaderPool.h"
#include "widgets/PageTabs.h"
#include "widgets/RecordPanel.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

namespace rapport {

namespace {
const Enumeration& memberStatuses()
{
    return *Schema::entity(EntityType::CampaignMember).field(u"status")->enumeration;
}
const Enumeration& responseKinds()
{
    return *Schema::entity(EntityType::CampaignResponse).field(u"kind")->enumeration;
}
} // namespace

CampaignPage::CampaignPage(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : RecordPage(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("campaignPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    // The campaign's name and facts above its tabs, as every record's page has them: in view on its members too.
    auto* headerRow = new QHBoxLayout;
    const Header heading = addHeader(headerRow, iconFor(EntityType::Campaign), QStringLiteral("campaign"));
    m_title = heading.title;
    m_subtitle = heading.subtitle;
    layout->addLayout(headerRow);
    m_tabs = new PageTabs(this);
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_tabs->setDocumentMode(true);
    m_details = new RecordPanel(workspace.store(), undo, m_tabs);
    m_details->setHeaderVisible(false);
    m_details->setSearchService(&workspace.search());
    connect(m_details, &RecordPanel::openRecordRequested, this, &RecordPage::openRecordRequested);
    connect(m_details, &RecordPanel::message, this, &RecordPage::message);
    m_tabs->addTab(m_details, tr("Details"));

    // Members: who it reaches, by their consent.
    auto* membersPage = new QWidget(m_tabs);
    auto* membersLayout = new QVBoxLayout(membersPage);
    auto* bar = new QHBoxLayout;
    auto* add = m_add = new QPushButton(icon(Icon::Add), tr("Add people"), membersPage);
    add->setObjectName(QStringLiteral("addPeople"));
    add->setToolTip(tr("Add every contact with a tag, the people at the customers of a segment, or the leads of a "
                       "status; those without marketing consent on the campaign's channel are left out, with the "
                       "reason. The contacts and leads lists add the people you select."));
    auto* addMenu = new QMenu(add);
    QAction* addTag = addMenu->addAction(tr("With a tag…"));
    addTag->setObjectName(QStringLiteral("addTagged"));
    QAction* addSegment = addMenu->addAction(tr("At the customers of a segment…"));
    addSegment->setObjectName(QStringLiteral("addBySegment"));
    QAction* addLeadsAction = addMenu->addAction(tr("Leads of a status…"));
    addLeadsAction->setObjectName(QStringLiteral("addLeads"));
    add->setMenu(addMenu);
    m_send = new QPushButton(icon(Icon::Email), tr("Send to the planned…"), membersPage);
    m_send->setObjectName(QStringLiteral("sendCampaign"));
    m_send->setToolTip(tr("Write the recipients as CSV for your mail tool and mark them sent, checking each one's "
                          "consent again"));
    auto* respondButton = new QPushButton(tr("Record response…"), membersPage);
    respondButton->setObjectName(QStringLiteral("recordResponse"));
    bar->addWidget(add);
    bar->addWidget(m_send);
    bar->addWidget(respondButton);
    bar->addStretch(1);
    membersLayout->addLayout(bar);
    m_members = new QTreeWidget(membersPage);
    m_members->setObjectName(QStringLiteral("campaignMembers"));
    m_members->setRootIsDecorated(false);
    m_members->setAlternatingRowColors(true);
    m_members->setHeaderLabels(
        {tr("Name"), tr("Status"), tr("Response"), tr("Why left out"), tr("Account"), tr("Address")});
    m_members->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    membersLayout->addWidget(m_members, 1);
    m_tabs->addTab(membersPage, tr("Members"));
    connect(m_members, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int row = m_members->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_list.size())
            return;
        if (const Campaigns::Member& m = m_list[row]; !m.contactId.isEmpty())
            Q_EMIT openRecordRequested(EntityType::Contact, m.contactId);
        else if (!m.leadId.isEmpty())
            Q_EMIT openRecordRequested(EntityType::Lead, m.leadId);
    });
    connect(addLeadsAction, &QAction::triggered, this, [this] {
        m_workspace.readers().run<QList<std::pair<QString, int>>>(
            this, [](Database& db) { return Campaigns::leadsByStatus(db); },
            [this](const Result<QList<std::pair<QString, int>>>& statuses) {
                if (!statuses || statuses->isEmpty()) {
                    Q_EMIT message(statuses ? tr("There are no leads to add.") : statuses.error().message);
                    return;
                }
                const Enumeration& labels = *Schema::entity(EntityType::Lead).field(u"status")->enumeration;
                QStringList choices;
                for (const auto& [key, leads] : *statuses)
                    choices << tr("%1 (%Ln lead(s))", "", leads).arg(labels.label(key));
                if (const auto chosen = Ask::choice(this, tr("Add the leads of a status"), tr("Lead status:"), choices))
                    if (const Status s = addLeads(statuses->at(*chosen).first); !s)
                        Q_EMIT message(s.error().message);
            });
    });
    connect(addSegment, &QAction::triggered, this, [this] {
        m_workspace.readers().run<QList<std::pair<QString, int>>>(
            this, [](Database& db) { return Campaigns::peopleBySegment(db); },
            [this](const Result<QList<std::pair<QString, int>>>& segments) {
                if (!segments || segments->isEmpty()) {
                    Q_EMIT message(segments ? tr("No customer with people on record has been scored yet.")
                                            : segments.error().message);
                    return;
                }
                QStringList choices;
                for (const auto& [key, people] : *segments)
                    choices << tr("%1 (%Ln people)", "", people).arg(Schema::customerSegments().label(key));
                if (const auto chosen = Ask::choice(this, tr("Add the people at customers of a segment"),
                                                    tr("Customer segment:"), choices))
                    if (const Status s = addAtCustomers(segments->at(*chosen).first); !s)
                        Q_EMIT message(s.error().message);
            });
    });
    connect(addTag, &QAction::triggered, this, [this] {
        m_workspace.readers().run<QStringList>(
            this,
            [](Database& db) { return Campaigns::contactTags(db); },
            [this](const Result<QStringList>& tags) {
                if (!tags || tags->isEmpty()) {
                    Q_EMIT message(tags ? tr("No contact has a tag yet.") : tags.error().message);
                    return;
                }
                if (const auto tag = Ask::choice(this, tr("Add people with a tag"), tr("Tag:"), *tags))
                    if (const Status s = addTagged(tags->at(*tag)); !s)
                        Q_EMIT message(s.error().message);
            });
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        const QString path = Ask::saveFile(this, tr("Save the recipients for your mail tool"), tr("recipients.csv"),
                                           tr("Spreadsheet (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status s = send(path); !s)
            Q_EMIT message(s.error().message);
    });
    connect(respondButton, &QPushButton::clicked, this, [this] {
        const int row = m_members->indexOfTopLevelItem(m_members->currentItem());
        if (row < 0 || row >= m_list.size()) {
            Q_EMIT message(tr("Select the member who responded."));
            return;
        }
        // The list may be read again while the person chooses: the member is kept by id, not by row.
        const Campaigns::Member member = m_list[row];
        QStringList labels;
        for (const QString& key : responseKinds().keys)
            labels << responseKinds().label(key);
        const auto kind = Ask::choice(this, tr("Record response"), tr("%1 responded:").arg(member.name), labels);
        if (!kind)
            return;
        if (const Status s = respond(member, responseKinds().keys.value(*kind)); !s)
            Q_EMIT message(s.error().message);
    });

    // Results: what it achieved.
    m_results = new QLabel(m_tabs);
    m_results->setObjectName(QStringLiteral("campaignResults"));
    m_results->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_results->setTextFormat(Qt::RichText);
    m_results->setWordWrap(true);
    m_results->setMargin(12);
    m_tabs->addTab(m_results, tr("Results"));
    layout->addWidget(m_tabs, 1);

    // Members, responses, the people they are (consent, addresses) and what came of the campaign.
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        for (const Change& c : changes)
            if (!m_id.isEmpty() &&
                (c.type == EntityType::Campaign || c.type == EntityType::CampaignMember ||
                 c.type == EntityType::CampaignResponse || c.type == EntityType::Contact ||
                 c.type == EntityType::Lead || c.type == EntityType::Opportunity)) {
                reload();
                return;
            }
    });
}

void CampaignPage::showRecord(const QString& id)
{
    if (id.isEmpty()) { // the list has nothing to show
        clear();
        m_details->clear();
        return;
    }
    m_id = id;
    m_details->showRecord(EntityType::Campaign, id);
    m_tabs->setTabEnabled(1, true);
    m_tabs->setTabEnabled(2, true);
    reload();
}

void CampaignPage::showHeader(const Record& c)
{
    const EntityDef& def = Schema::entity(EntityType::Campaign);
    m_title->setText(c.text(u"name"));
    QStringList facts{def.field(u"channel")->enumeration->label(c.text(u"channel")).toHtmlEscaped(),
                      def.field(u"status")->enumeration->label(c.text(u"status")).toHtmlEscaped()};
    const QDate start = QDate::fromString(c.text(u"start_date"), Qt::ISODate);
    const QDate end = QDate::fromString(c.text(u"end_date"), Qt::ISODate);
    if (start.isValid() && end.isValid())
        facts << Formatting::unbroken(Formatting::dateRange(start, end));
    else if (start.isValid())
        facts << Formatting::unbroken(tr("from %1").arg(Formatting::date(start)));
    if (!c.value(u"budget").isNull())
        facts << Formatting::unbroken(
            tr("budget %1").arg(Formatting::money(c.value(u"budget").toLongLong(), c.text(u"currency"))));
    m_subtitle->setText(Formatting::facts(facts));
}

void CampaignPage::createNew(const Record& prefill)
{
    clear();
    m_title->setText(tr("New campaign"));
    m_tabs->setCurrentIndex(0);
    m_details->createNew(EntityType::Campaign, prefill.type() == EntityType::Campaign ? prefill : Record());
}

void CampaignPage::clear()
{
    ++m_ticket; // a read still on its way is for the campaign shown before
    m_id.clear();
    m_list.clear();
    m_members->clear();
    m_results->clear();
    m_loaded = false;
    m_title->clear();
    m_subtitle->clear();
    m_tabs->setTabText(1, tr("Members"));
    m_tabs->setTabEnabled(1, false); // a campaign has members once it exists
    m_tabs->setTabEnabled(2, false);
}

void CampaignPage::reload()
{
    const QString id = m_id;
    const quint64 ticket = ++m_ticket;
    struct Read
    {
        QList<Campaigns::Member> members;
        Campaigns::Results results;
    };
    m_workspace.readers().run<Read>(
        this,
        [id](Database& db) -> Result<Read> {
            auto members = Campaigns::members(db, id);
            if (!members)
                return members.error();
            auto results = Campaigns::results(db, id);
            if (!results)
                return results.error();
            return Read{*members, *results};
        },
        [this, ticket](const Result<Read>& read) {
            if (ticket != m_ticket)
                return;
            if (!read) {
                // Deleted (here or by sync) while shown: nothing to list.
                if (!m_workspace.store().fetch(EntityType::Campaign, m_id))
                    clear();
                else
                    Q_EMIT message(read.error().message);
                return;
            }
            m_list = read->members;
            m_members->clear();
            for (const Campaigns::Member& m : std::as_const(m_list)) {
                auto* item = new QTreeWidgetItem(
                    m_members, {m.name, memberStatuses().label(m.status),
                                m.response.isEmpty() ? QString()
                                                     : tr("%1, %2").arg(responseKinds().label(m.response),
                                                                        Formatting::date(m.respondedAt)),
                                m.reason, m.account, m.address});
                // A lead is told from a customer's contact by its mark, as in global search.
                const bool lead = m.contactId.isEmpty();
                item->setIcon(0, iconFor(lead ? EntityType::Lead : EntityType::Contact));
                item->setToolTip(0, lead ? tr("Lead") : tr("Contact"));
                if (!m.reason.isEmpty())
                    item->setForeground(3, palette().color(QPalette::PlaceholderText));
            }
            const Campaigns::Results& r = read->results;
            // People join a campaign while it is planned or running, not once it is over.
            const auto campaign = m_workspace.store().fetch(EntityType::Campaign, m_id);
            if (campaign)
                showHeader(*campaign); // its name or facts may be what changed
            const QString status = campaign ? campaign->text(u"status") : QString();
            m_add->setEnabled(status == QLatin1String("planned") || status == QLatin1String("active"));
            const int planned = r.members.value(QStringLiteral("planned"));
            m_send->setEnabled(planned > 0);
            m_send->setText(planned > 0 ? tr("Send to the %n planned…", "", planned) : tr("Send to the planned…"));
            int all = 0;
            for (int n : r.members)
                all += n;
            m_tabs->setTabText(1, all > 0 ? tr("Members (%1)").arg(QLocale().toString(all)) : tr("Members"));

            const QLocale locale;
            QStringList rows;
            // A figure, indented under the one it is part of.
            auto line = [&](const QString& what, const QString& figure, int level = 0) {
                rows << QStringLiteral("<tr><td style=\"padding-left: %3px\">%1</td><td align=\"right\" "
                                       "style=\"padding-left: 24px\"><b>%2</b></td></tr>")
                            .arg(what.toHtmlEscaped(), figure.toHtmlEscaped())
                            .arg(16 * level);
            };
            // Who the campaign counts, then who of them it reached and how they answered; those it has not reached
            // (planned, left out) under the members.
            line(tr("Members"), locale.toString(all));
            for (const QString& key : memberStatuses().keys)
                if (r.members.value(key) > 0 && key != QLatin1String("sent") && key != QLatin1String("responded") &&
                    key != QLatin1String("opted_out"))
                    line(memberStatuses().label(key), locale.toString(r.members.value(key)), 1);
            line(tr("Reached"), locale.toString(r.reached));
            line(tr("Responded"),
                 r.reached > 0 ? tr("%1 (%2)").arg(locale.toString(r.responded),
                                                   Formatting::percent(100.0 * r.responded / r.reached, 1))
                               : locale.toString(r.responded),
                 1);
            for (const QString& key : responseKinds().keys)
                if (r.responses.value(key) > 0)
                    line(responseKinds().label(key), locale.toString(r.responses.value(key)), 2);
            if (const int optedOut = r.members.value(QStringLiteral("opted_out")); optedOut > 0)
                line(memberStatuses().label(QStringLiteral("opted_out")), locale.toString(optedOut), 1);
            if (const int waiting = r.members.value(QStringLiteral("sent")); waiting > 0)
                line(tr("No answer yet"), locale.toString(waiting), 1);
            line(tr("Leads from it"), locale.toString(r.leads));
            line(tr("Deals from it"), locale.toString(r.deals));
            // What was won, in the campaign's currency beside its budget; each currency under it when there are
            // others, converted at today's rates.
            line(tr("Won"),
                 r.wonAmounts.isEmpty()
                     ? locale.toString(r.won)
                     : tr("%1: %2").arg(locale.toString(r.won), Money{r.wonTotal, r.currency}.formatWhole(locale)));
            if (r.wonAmounts.size() > 1 || (!r.wonAmounts.isEmpty() && !r.wonAmounts.contains(r.currency))) {
                QStringList each;
                for (auto it = r.wonAmounts.cbegin(); it != r.wonAmounts.cend(); ++it)
                    each << Money{it.value(), it.key()}.formatWhole(locale);
                line(tr("by currency, at today's rates"), each.join(QStringLiteral(" + ")), 1);
            }
            if (!r.unconverted.isEmpty())
                line(tr("not counted, without a rate to %1").arg(r.currency), r.unconverted.join(QStringLiteral(", ")),
                     1);
            if (r.budget > 0) {
                line(tr("Budget"), Money{r.budget, r.currency}.formatWhole(locale));
                if (r.responded > 0)
                    line(tr("Cost per response"), Money{r.budget / r.responded, r.currency}.formatWhole(locale));
            }
            m_results->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
            m_loaded = true;
            Q_EMIT loaded();
        });
}

Status CampaignPage::apply(const QList<Mutation>& mutations, const QString& text)
{
    if (mutations.isEmpty())
        return {};
    auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), mutations, text);
    if (!applied)
        return applied.error();
    return {};
}

Status CampaignPage::enrol(const Result<QStringList>& ids, const QString& none, const QString& undoText)
{
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error{none, {}};
    auto plan = Campaigns::enrol(m_workspace.store(), m_id, *ids);
    if (!plan)
        return plan.error();
    if (const Status s = apply(plan->mutations, undoText); !s)
        return s;
    Q_EMIT message(plan->summary());
    return {};
}

Status CampaignPage::addTagged(const QString& tag)
{
    return enrol(Campaigns::contactsTagged(m_workspace.database(), tag), tr("No contact has the tag %1.").arg(tag),
                 tr("Add the contacts tagged %1 to the campaign").arg(tag));
}

Status CampaignPage::addAtCustomers(const QString& segment)
{
    const QString label = Schema::customerSegments().label(segment);
    return enrol(Campaigns::contactsAtCustomers(m_workspace.database(), segment),
                 tr("Nobody is on record at the customers in %1.").arg(label),
                 tr("Add the people at the customers in %1 to the campaign").arg(label));
}

Status CampaignPage::addLeads(const QString& status)
{
    const QString label = Schema::entity(EntityType::Lead).field(u"status")->enumeration->label(status);
    return enrol(Campaigns::leadsWithStatus(m_workspace.database(), status),
                 tr("There are no leads with the status %1.").arg(label),
                 tr("Add the leads with the status %1 to the campaign").arg(label));
}

Status CampaignPage::send(const QString& recipientsPath)
{
    auto plan = Campaigns::send(m_workspace.store(), m_id);
    if (!plan)
        return plan.error();
    // The list first: nobody is marked sent unless the mail tool has them.
    if (const Status written = ContactExport::writeRecipients(*plan, recipientsPath); !written)
        return written;
    if (const Status s = apply(plan->mutations, tr("Send the campaign")); !s)
        return s;
    Q_EMIT message(tr("%1. The recipients are in %2.").arg(plan->summary(), recipientsPath));
    return {};
}

Status CampaignPage::respond(int row, const QString& kind)
{
    if (row < 0 || row >= m_list.size())
        return Error{tr("Select the member who responded."), {}};
    return respond(m_list[row], kind);
}

Status CampaignPage::respond(const Campaigns::Member& member, const QString& kind)
{
    auto writes = Campaigns::respond(m_workspace.store(), member.id, kind, m_workspace.store().wallTime());
    if (!writes)
        return writes.error();
    return apply(*writes, tr("Record %1's response").arg(member.name));
}

} // namespace rapport
