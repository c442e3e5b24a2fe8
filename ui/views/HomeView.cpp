// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "HomeView.h"

#include "CustomerScoring.h"
#include "Formatting.h"
#include "Icons.h"
#include "Settings.h"
#include "Workspace.h"
#include "analytics/Overview.h"
#include "storage/ReaderPool.h"
#include "storage/RecordStore.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum ItemRole { TypeRole = Qt::UserRole + 1, IdRole };

QTreeWidget* makeList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return tree;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

/// Each column but the stretching main one (1) as wide as its contents: the first (a date, a time, a share) and
/// the figures (aligned right) whole, the other words (an owner, a stage) giving way to keep the main one at least
/// a third of the list. Where the main one would still be narrower than its names (a French laptop read
/// "Baumgartn…" beside "Risque d'attrition" over "68 %"), headings wider than what they head go on two lines.
/// Measured once per load and again when the list is resized (a ResizeToContents header would measure on every
/// change).
void fitColumns(QTreeWidget* tree)
{
    const QTreeWidgetItem* first = tree->topLevelItem(0);
    const auto fit = [tree, first] {
        int room = tree->viewport()->width() * 2 / 3;
        int taken = 0;
        QList<int> words;
        for (int c = 0; c < tree->columnCount(); ++c) {
            if (c == 1)
                continue;
            tree->resizeColumnToContents(c);
            if (c == 0 || (first && first->textAlignment(c) & Qt::AlignRight))
                room -= tree->columnWidth(c);
            else
                words << c;
        }
        for (int c : std::as_const(words))
            tree->setColumnWidth(c, std::min(tree->columnWidth(c), std::max(room, 0) / int(words.size())));
        for (int c = 0; c < tree->columnCount(); ++c)
            if (c != 1)
                taken += tree->columnWidth(c);
        return tree->viewport()->width() - taken; // the main column's
    };
    const QAbstractItemView* view = tree; // where sizeHintForColumn is public
    const int main = fit();
    if (!first || main >= std::min(view->sizeHintForColumn(1), tree->viewport()->width() * 2 / 5))
        return;
    QTreeWidgetItem* header = tree->headerItem();
    const QFontMetrics metrics(tree->header()->font());
    bool wrapped = false;
    for (int c = 0; c < tree->columnCount(); ++c) {
        const QString heading = header->text(c);
        const qsizetype split = Formatting::middleSpace(heading);
        if (c == 1 || split < 0 || heading.contains(QLatin1Char('\n')) ||
            metrics.horizontalAdvance(heading) <= view->sizeHintForColumn(c))
            continue;
        if (header->toolTip(c).isEmpty())
            header->setToolTip(c, heading); // on one line
        header->setText(c, heading.left(split) + QLatin1Char('\n') + heading.mid(split + 1));
        wrapped = true;
    }
    if (wrapped)
        fit();
}

void placeholder(QTreeWidget* tree, const QString& text)
{
    // Across the columns: a narrow window would cut it at the first column's width.
    auto* item = new QTreeWidgetItem(tree);
    item->setText(0, text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, tree->palette().brush(QPalette::PlaceholderText));
    item->setFirstColumnSpanned(true);
}

QString with(const Occurrence& a)
{
    if (a.contactName.isEmpty())
        return a.accountName;
    return a.accountName.isEmpty() ? a.contactName : a.contactName + QStringLiteral(" · ") + a.accountName;
}
} // namespace

HomeView::HomeView(Workspace& workspace, CustomerScoring* scoring, QWidget* parent)
    : View(parent)
    , m_workspace(workspace)
    , m_reloadTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    QFont f = m_greeting->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_greeting->setFont(f);
    m_date = new QLabel(this);
    m_date->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_greeting);
    layout->addWidget(m_date);
    layout->addSpacing(8);

    m_reminders = makeList(QStringLiteral("dueReminders"), {tr("Alarm"), tr("Reminder"), tr("With")}, this);
    m_remindersBox = box(tr("Reminders"), m_reminders, this);
    m_remindersBox->setVisible(false);
    layout->addWidget(m_remindersBox);

    auto* grid = m_grid = new QGridLayout;
    m_agenda = makeList(QStringLiteral("todayAgenda"), {tr("Time"), tr("Subject"), tr("With")}, this);
    m_overdue = makeList(QStringLiteral("overdueTasks"), {tr("Due"), tr("Task"), tr("For")}, this);
    m_closing = makeList(QStringLiteral("closingDeals"), {tr("Close"), tr("Deal"), tr("Stage"), tr("Amount")}, this);
    m_recent = makeList(QStringLiteral("recentCustomers"), {tr("Last contact"), tr("Customer"), tr("Account")}, this);
    m_atRisk = makeList(QStringLiteral("customersAtRisk"),
                        {tr("Last order"), tr("Customer"), tr("Churn risk"), tr("At stake")}, this);
    m_team = makeList(QStringLiteral("teamQuarter"),
                      {tr("Won of quota"), tr("Salesperson"), tr("Won"), tr("Open pipeline")}, this);
    m_team->headerItem()->setToolTip(2, tr("Deals won this quarter."));
    m_team->headerItem()->setToolTip(3, tr("Every open deal, whatever its close date."));
    // The day's work on the left, the agenda taking most of the height; on the right, who to look after (a
    // manager: the team's deals, customers and quarter).
    m_closingBox = box(tr("My deals closing this month"), m_closing, this);
    m_atRiskBox = box(tr("My customers likely to churn"), m_atRisk, this);
    m_recentBox = box(tr("Recently in touch"), m_recent, this);
    m_teamBox = box(tr("My team this quarter"), m_team, this);
    // The team's sums beneath the list, where a laptop's height does not scroll them away.
    m_teamTotal = new QLabel(m_teamBox);
    m_teamTotal->setObjectName(QStringLiteral("teamTotal"));
    m_teamTotal->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_teamBox->layout()->addWidget(m_teamTotal);
    connect(m_teamTotal, &QLabel::linkActivated, this, [this] { Q_EMIT teamReportRequested(m_teamId); });
    m_teamBox->hide();
    grid->addWidget(box(tr("Today's agenda"), m_agenda, this), 0, 0, 2, 1);
    grid->addWidget(box(tr("Overdue tasks"), m_overdue, this), 2, 0);
    grid->addWidget(m_closingBox, 0, 1);
    grid->addWidget(m_atRiskBox, 1, 1);
    grid->addWidget(m_recentBox, 2, 1);
    grid->addWidget(m_teamBox, 2, 1);
    for (QTreeWidget* tree : {m_reminders, m_agenda, m_overdue, m_closing, m_recent, m_atRisk, m_team})
        tree->viewport()->installEventFilter(this);
    for (int row = 0; row < 3; ++row)
        grid->setRowStretch(row, 1);
    layout->addLayout(grid, 1);

    connect(m_team, &QTreeWidget::itemActivated, this, [this] { Q_EMIT teamReportRequested(m_teamId); });
    for (QTreeWidget* tree : {m_reminders, m_agenda, m_overdue, m_closing, m_recent, m_atRisk})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            if (item->data(0, IdRole).isValid())
                Q_EMIT openRecordRequested(static_cast<EntityType>(item->data(0, TypeRole).toInt()),
                                           item->data(0, IdRole).toString());
        });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &HomeView::reload);
    connect(&workspace.store(), &RecordStore::changed, this, [this](const QList<Change>& changes) {
        for (const Change& c : changes)
            if (c.type == EntityType::Activity || c.type == EntityType::Opportunity) {
                m_reloadTimer->start();
                return;
            }
    });
    if (scoring)
        connect(scoring, &CustomerScoring::scored, m_reloadTimer, qOverload<>(&QTimer::start));
}

void HomeView::activate()
{
    // From the event loop: the window paints first, the overview fills in when its query is back.
    QTimer::singleShot(0, this, &HomeView::reload);
}

void HomeView::reload()
{
    if (m_loading) {
        m_reloadTimer->start();
        return;
    }
    m_loading = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime here = Formatting::local(now);
    const QDate today = here.date();
    const QString name = m_workspace.currentUserName();
    const int hour = here.time().hour();
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    m_greeting->setText(hour < 12   ? tr("Good morning, %1").arg(first)
                        : hour < 18 ? tr("Good afternoon, %1").arg(first)
                                    : tr("Good evening, %1").arg(first));
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));

    TodayRequest request;
    request.userId = m_workspace.currentUserId();
    // A manager owns few deals and customers: theirs are the team's.
    if (m_workspace.currentUserIsManager())
        request.teamId = m_workspace.store().currentUserTeam();
    request.currency = Settings().reportingCurrency();
    request.dayStart = QDateTime(today, QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    request.dayEnd = QDateTime(today.addDays(1), QTime(0, 0), Formatting::displayZone()).toMSecsSinceEpoch();
    request.now = now;
    request.today = today;
    m_workspace.readers().run<TodayOverview>(
        this, [request](Database& db) { return Overview::today(db, request); },
        [this, teamId = request.teamId](const Result<TodayOverview>& result) {
            m_loading = false;
            if (!result) {
                Q_EMIT message(result.error().message);
                return;
            }
            m_teamId = teamId;
            show(result.value());
        });
}

void HomeView::show(const TodayOverview& o)
{
    for (QTreeWidget* tree : {m_reminders, m_agenda, m_overdue, m_closing, m_recent, m_atRisk, m_team})
        tree->clear();
    // A manager's deals and customers are the team's, each with its owner.
    const bool team = o.team.has_value();
    m_closingBox->setTitle(team ? tr("My team's deals closing this month") : tr("My deals closing this month"));
    m_atRiskBox->setTitle(team ? tr("My team's customers likely to churn") : tr("My customers likely to churn"));
    m_closing->setHeaderLabels(team ? QStringList{tr("Close"), tr("Deal"), tr("Owner"), tr("Stage"), tr("Amount")}
                                    : QStringList{tr("Close"), tr("Deal"), tr("Stage"), tr("Amount")});
    m_atRisk->setHeaderLabels(
        team ? QStringList{tr("Last order"), tr("Customer"), tr("Owner"), tr("Churn risk"), tr("At stake")}
             : QStringList{tr("Last order"), tr("Customer"), tr("Churn risk"), tr("At stake")});
    const int owned = team ? 1 : 0; // the columns after the owner's move one along
    m_atRisk->headerItem()->setToolTip(2 + owned, tr("How likely the customer has stopped buying."));
    m_atRisk->headerItem()->setToolTip(3 + owned, tr("A year's revenue times the churn risk."));
    m_recentBox->setVisible(!team);
    m_teamBox->setVisible(team);
    // The team's lists have an owner's column more: they take more of the width.
    m_grid->setColumnStretch(0, team ? 2 : 1);
    m_grid->setColumnStretch(1, team ? 3 : 1);
    for (const DueReminder& r : o.reminders) {
        const Occurrence& a = r.occurrence;
        auto* item = new QTreeWidgetItem(m_reminders);
        item->setIcon(0, icon(Icon::Reminder));
        item->setText(0, Formatting::dateTime(r.alarm.at));
        item->setText(
            1, tr("%1 — %2").arg(a.subject, a.allDay ? Formatting::date(Formatting::allDayDate(a.start, a.timeZone))
                                                     : Formatting::dateTime(a.start)));
        item->setText(2, with(a));
        item->setData(0, TypeRole, static_cast<int>(EntityType::Activity));
        item->setData(0, IdRole, a.id);
    }
    m_remindersBox->setVisible(!o.reminders.isEmpty());
    m_reminders->setFixedHeight(std::min<int>(int(o.reminders.size()), 4) * m_reminders->sizeHintForRow(0) +
                                m_reminders->header()->height() + 2 * m_reminders->frameWidth());
    for (const Occurrence& a : o.agenda) {
        auto* item = new QTreeWidgetItem(m_agenda);
        item->setIcon(0, iconForActivity(a.type));
        item->setText(0, a.allDay   ? tr("All day")
                         : a.isTask ? tr("by %1").arg(Formatting::time(a.start))
                                    : Formatting::time(a.start));
        item->setText(1, a.subject);
        item->setText(2, with(a));
        item->setToolTip(1, a.location.isEmpty() ? a.subject : a.subject + QStringLiteral(" — ") + a.location);
        if (a.done) {
            QFont struck = item->font(1);
            struck.setStrikeOut(true);
            item->setFont(1, struck);
        }
        item->setData(0, TypeRole, static_cast<int>(EntityType::Activity));
        item->setData(0, IdRole, a.id);
    }
    if (o.agenda.isEmpty())
        placeholder(m_agenda, tr("Nothing planned today."));
    for (const Occurrence& a : o.overdue) {
        auto* item = new QTreeWidgetItem(m_overdue);
        item->setIcon(0, icon(Icon::Warning));
        item->setText(0, Formatting::date(a.start));
        item->setText(1, a.subject);
        item->setText(2, with(a));
        item->setData(0, TypeRole, static_cast<int>(EntityType::Activity));
        item->setData(0, IdRole, a.id);
    }
    if (o.overdue.isEmpty())
        placeholder(m_overdue, tr("No overdue tasks."));
    for (const DealItem& d : o.closingThisMonth) {
        auto* item = new QTreeWidgetItem(m_closing);
        item->setIcon(0, icon(Icon::Opportunity));
        item->setText(0, Formatting::date(d.expectedClose));
        // Its close date gone by while it is still open: in red, as on the board.
        if (QDate::fromString(d.expectedClose, Qt::ISODate) <
            Formatting::local(QDateTime::currentMSecsSinceEpoch()).date()) {
            item->setForeground(0, QColor(0xc6, 0x28, 0x28));
            item->setToolTip(0, tr("The close date has passed and the deal is still open."));
        }
        item->setText(1, d.account.isEmpty() ? d.name : d.name + QStringLiteral(" · ") + d.account);
        if (team)
            item->setText(2, d.owner);
        item->setText(2 + owned, Schema::stages().label(d.stage));
        item->setText(3 + owned, Formatting::money(d.amount, d.currency));
        item->setTextAlignment(3 + owned, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, TypeRole, static_cast<int>(EntityType::Opportunity));
        item->setData(0, IdRole, d.id);
    }
    if (o.closingThisMonth.isEmpty())
        placeholder(m_closing, tr("No open deals close this month."));
    for (const RecentCustomer& c : o.recent) {
        auto* item = new QTreeWidgetItem(m_recent);
        item->setIcon(0, icon(Icon::Contact));
        item->setText(0, c.allDay ? Formatting::date(Formatting::allDayDate(c.lastContact, c.timeZone))
                                  : Formatting::dateTime(c.lastContact));
        item->setText(1, c.name);
        item->setText(2, c.account);
        item->setData(0, TypeRole, static_cast<int>(EntityType::Contact));
        item->setData(0, IdRole, c.contactId);
    }
    if (o.recent.isEmpty())
        placeholder(m_recent, tr("No customer contact in the last two weeks."));
    const QLocale locale;
    for (const AtRiskCustomer& c : o.atRisk) {
        auto* item = new QTreeWidgetItem(m_atRisk);
        item->setIcon(0, icon(Icon::Account));
        item->setText(0, Formatting::date(c.lastOrder));
        item->setText(1, c.name);
        if (team)
            item->setText(2, c.owner);
        item->setText(2 + owned, Formatting::percent(100.0 * c.churnRisk));
        item->setText(3 + owned, c.atStake.formatWhole(locale));
        for (int column : {2 + owned, 3 + owned})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, TypeRole, static_cast<int>(EntityType::Account));
        item->setData(0, IdRole, c.accountId);
    }
    if (o.atRisk.isEmpty())
        placeholder(m_atRisk, !o.scoredAt ? tr("The customers have not been scored yet.")
                              : team      ? tr("None of your team's customers is likely to churn.")
                                          : tr("None of your customers is likely to churn."));
    if (team)
        showTeam(*o.team);
    for (QTreeWidget* tree : {m_reminders, m_agenda, m_overdue, m_closing, m_recent, m_atRisk, m_team})
        fitColumns(tree);
    m_loaded = true;
}

void HomeView::showTeam(const SalesReport& quarter)
{
    auto column = [&quarter](const char* key) {
        for (int c = 0; c < quarter.columns.size(); ++c)
            if (quarter.columns[c].key == QLatin1String(key))
                return c;
        return -1;
    };
    const int attainment = column("attainment"), won = column("won_amount"), open = column("open_pipeline");
    // The salespeople as the report ranks them (the most won first); the team's sums beneath the list.
    m_teamTotal->clear();
    for (const ReportRow& row : quarter.rows) {
        if (row.total) {
            m_teamTotal->setText(tr("<b><a href=\"report\">The team</a>: %1 of quota · %2 won · %3 open</b>")
                                     .arg(SalesReports::display(quarter, attainment, row.values.value(attainment)),
                                          SalesReports::display(quarter, won, row.values.value(won)),
                                          SalesReports::display(quarter, open, row.values.value(open))));
            continue;
        }
        auto* item = new QTreeWidgetItem(m_team);
        item->setText(0, SalesReports::display(quarter, attainment, row.values.value(attainment)));
        item->setText(1, row.label);
        item->setText(2, SalesReports::display(quarter, won, row.values.value(won)));
        item->setText(3, SalesReports::display(quarter, open, row.values.value(open)));
        for (int c : {0, 2, 3})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_teamTotal->setVisible(!m_teamTotal->text().isEmpty());
    if (quarter.rows.isEmpty())
        placeholder(m_team, tr("No one in your team has deals this quarter."));
}

bool HomeView::eventFilter(QObject* watched, QEvent* event)
{
    // A narrower window: the side columns give back their room, so the main one stays readable.
    if (event->type() == QEvent::Resize)
        if (auto* tree = qobject_cast<QTreeWidget*>(watched ? watched->parent() : nullptr)) // its viewport's
            fitColumns(tree);
    return View::eventFilter(watched, event);
}

} // namespace rapport
