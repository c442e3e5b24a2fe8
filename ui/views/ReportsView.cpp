// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ReportsView.h"

#include "views/PipelineReport.h"
#include "views/SalesReportView.h"

#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "analytics/Overview.h"
#include "storage/ReaderPool.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
QTreeWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString amounts(const QMap<QString, qint64>& byCurrency)
{
    QStringList parts;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        parts << Formatting::money(it.value(), it.key());
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ReportsView::ReportsView(Workspace& workspace, QWidget* parent)
    : View(parent)
    , m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("Reports"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto* refresh = new QPushButton(icon(Icon::Refresh), tr("&Refresh"), this);
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    m_pipeline =
        makeTable(QStringLiteral("pipelineByStage"), {tr("Stage"), tr("Deals"), tr("Amount"), tr("Weighted")}, this);
    m_tickets =
        makeTable(QStringLiteral("openTickets"),
                  {tr("Priority"), Schema::ticketStatuses().label(u"new"), Schema::ticketStatuses().label(u"open"),
                   Schema::ticketStatuses().label(u"pending"), tr("Total")},
                  this);
    m_revenue = makeTable(QStringLiteral("revenueByCategory"), {tr("Category"), tr("Orders"), tr("Revenue")}, this);

    auto* grid = new QGridLayout;
    auto* pipelineBox = new QGroupBox(tr("Open pipeline by stage"), this);
    (new QVBoxLayout(pipelineBox))->addWidget(m_pipeline);
    auto* ticketsBox = new QGroupBox(tr("Open tickets by priority"), this);
    (new QVBoxLayout(ticketsBox))->addWidget(m_tickets);
    auto* revenueBox = new QGroupBox(tr("Revenue by product category, last 12 months"), this);
    (new QVBoxLayout(revenueBox))->addWidget(m_revenue);
    grid->addWidget(pipelineBox, 0, 0, 1, 2);
    grid->addWidget(ticketsBox, 1, 0);
    grid->addWidget(revenueBox, 1, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    auto* overview = new QWidget(m_tabs);
    overview->setLayout(grid);
    m_tabs->addTab(overview, icon(Icon::Reports), tr("Overview"));
    m_pipelineReport = new PipelineReportView(workspace, m_tabs);
    m_tabs->addTab(m_pipelineReport, icon(Icon::Opportunities), tr("Pipeline"));
    for (ReportKind kind : SalesReports::kinds()) {
        if (kind == ReportKind::Pipeline)
            continue;
        auto* view = new SalesReportView(workspace, kind, m_tabs);
        m_tabs->addTab(view, SalesReports::title(kind));
        m_salesReports << view;
        connect(view, &SalesReportView::openRecordRequested, this, &View::openRecordRequested);
        connect(view, &SalesReportView::message, this, &View::message);
    }
    layout->addWidget(m_tabs, 1);
    connect(m_pipelineReport, &PipelineReportView::openRecordRequested, this, &View::openRecordRequested);
    connect(m_pipelineReport, &PipelineReportView::message, this, &View::message);
    // A report is computed when its tab is first shown, and again on Refresh.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_pipelineReport && m_pipelineReport->report().stages.isEmpty())
            m_pipelineReport->reload();
        if (auto* view = qobject_cast<SalesReportView*>(m_tabs->currentWidget()); view && !view->isLoaded())
            view->reload();
    });

    connect(refresh, &QPushButton::clicked, this, [this] {
        reload();
        if (m_tabs->currentWidget() == m_pipelineReport)
            m_pipelineReport->reload();
        if (auto* view = qobject_cast<SalesReportView*>(m_tabs->currentWidget()))
            view->reload();
    });
}

void ReportsView::activate()
{
    if (!m_loaded)
        reload();
}

void ReportsView::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_status->setText(tr("Calculating…"));
    const qint64 since = QDateTime::currentDateTime().addMonths(-12).toMSecsSinceEpoch();
    m_workspace.readers().run<ReportOverview>(
        this, [since](Database& db) { return Overview::reports(db, since); },
        [this](const Result<ReportOverview>& result) {
            m_loading = false;
            if (!result) {
                m_status->setText(result.error().message);
                return;
            }
            show(result.value());
            m_status->setText(tr("As of %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        });
}

void ReportsView::show(const ReportOverview& r)
{
    m_pipeline->clear();
    for (const StageSummary& s : r.pipeline) {
        auto* item = new QTreeWidgetItem(m_pipeline);
        item->setText(0, Schema::stages().label(s.stage));
        item->setText(1, QLocale().toString(s.count));
        item->setText(2, amounts(s.amount));
        item->setText(3, amounts(s.weighted));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tickets->clear();
    for (const TicketLoad& t : r.tickets) {
        auto* item = new QTreeWidgetItem(m_tickets);
        item->setText(0, Schema::ticketPriorities().label(t.priority));
        qint64 total = 0;
        int column = 1;
        for (const char* status : {"new", "open", "pending"}) {
            const qint64 n = t.byStatus.value(QLatin1String(status));
            total += n;
            item->setText(column, QLocale().toString(n));
            item->setTextAlignment(column++, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(column, QLocale().toString(total));
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_revenue->clear();
    for (const CategoryRevenue& c : r.revenue) {
        auto* item = new QTreeWidgetItem(m_revenue);
        item->setText(0, c.category);
        item->setText(1, QLocale().toString(c.orders));
        item->setText(2, amounts(c.revenue));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_loaded = true;
}

} // namespace rapport
