// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "PipelineReport.h"

#include "Formatting.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "domain/Money.h"
#include "storage/ReaderPool.h"
#include "views/PipelineBoard.h"
#include "views/SalesReportView.h"
#include "widgets/FiguresInView.h"
#include "widgets/ReportScope.h"
#include "widgets/ToolRow.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum { StageRole = Qt::UserRole + 1 };

} // namespace

PipelineReportView::PipelineReportView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("pipelineReport"));
    auto* layout = new QVBoxLayout(this);
    auto* barRow = new ToolRow(this);
    QHBoxLayout* bar = barRow->row();
    m_scope = new ReportScope(workspace, this);
    m_period = new QComboBox(this);
    addClosePeriods(m_period, false);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("reportCurrency"));
    addReportingCurrencies(m_currency);
    bar->addWidget(m_scope->ownerBox());
    bar->addWidget(m_scope->teamBox());
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("in"), this));
    bar->addWidget(m_currency);
    bar->addStretch(1);
    addExportButton(
        this, bar, QStringLiteral("pipeline"), [this](const QString& p) { return exportCsv(p); },
        [this](const QString& p) { return SalesReports::writeXlsx(SalesReports::fromPipeline(m_report), p); },
        [this](const QString& p) { return exportPdf(p); }, [this](const QString& text) { Q_EMIT message(text); });
    layout->addWidget(barRow);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_chart = new QChartView(split);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_table = new QTreeWidget(split);
    m_table->setObjectName(QStringLiteral("pipelineReportTable"));
    m_table->setHeaderLabels({tr("Stage"), tr("Deals"), tr("Amount"), tr("Weighted")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    FiguresInView::keep(m_table);
    m_table->setMinimumWidth(480);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    for (QComboBox* combo : {m_period, m_currency})
        connect(combo, &QComboBox::currentIndexChanged, this, &PipelineReportView::reload);
    connect(m_scope, &ReportScope::changed, this, [this] {
        m_loaded = false; // computed again now if shown, else when next shown
        if (isVisible())
            reload();
    });
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const QString stage = item->data(0, StageRole).toString(); !stage.isEmpty()) // not the sum
            drillDown(stage);
    });
}

PipelineFilter PipelineReportView::filter() const
{
    PipelineFilter f;
    if (const QString owner = m_scope->owner(); !owner.isEmpty())
        f.owners = {owner};
    f.teamId = m_scope->teamId();
    f.closingIn(static_cast<ClosePeriod>(m_period->currentData().toInt()), QDate::currentDate());
    return f;
}

void PipelineReportView::reload()
{
    const PipelineFilter f = filter();
    const QString currency = m_currency->currentText();
    const quint64 ticket = ++m_ticket;
    const QString described = (m_scope->described() << m_period->currentText()).join(QStringLiteral(" · "));
    m_workspace.readers().run<PipelineReport>(
        this, [f, currency](Database& db) { return Pipeline::report(db, f, currency, QDate::currentDate()); },
        [this, ticket, f, described](const Result<PipelineReport>& result) {
            if (ticket != m_ticket)
                return;
            if (!result) {
                Q_EMIT message(result.error().message);
                return;
            }
            // What the figures are for, kept with them: an export names these filters, not the ones chosen since.
            m_shownFilter = f;
            m_describedAs = described;
            display(*result);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void PipelineReportView::display(const PipelineReport& report)
{
    m_report = report;
    const QString cur = report.currency;
    m_table->clear();
    // The open stages, their sum (the open pipeline, as Home and the overview give it), then what closed: the
    // rows of the report as exported.
    const SalesReport rows = SalesReports::fromPipeline(report);
    for (const ReportRow& row : rows.rows) {
        auto* item = new QTreeWidgetItem(m_table);
        for (int c = 0; c < 4; ++c)
            item->setText(c, c == 0 ? row.label : SalesReports::display(rows, c, row.values.value(c)));
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (row.total) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        } else {
            item->setData(0, StageRole, row.key);
        }
    }

    // The funnel: open stages from the first down, the amount and its weighted part side by side.
    auto* amount = new QBarSet(tr("Amount"));
    auto* weighted = new QBarSet(tr("Weighted"));
    QStringList categories;
    QStringList stages;
    qint64 most = 0;
    for (const PipelineStageFigures& f : report.stages)
        if (!Schema::isClosedStage(f.stage))
            most = std::max(most, f.amount);
    const MoneyScale scale(cur, Money{most, cur}.major());
    for (auto it = report.stages.crbegin(); it != report.stages.crend(); ++it) {
        if (Schema::isClosedStage(it->stage))
            continue;
        *amount << scale(it->amount);
        *weighted << scale(it->weighted);
        categories << Schema::stages().label(it->stage);
        stages << it->stage;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(amount);
    series->append(weighted);
    horizontalBars(m_chart, tr("Open pipeline by stage"), series, categories, scale(most), scale.title());
    connect(series, &QHorizontalBarSeries::clicked, this, [this, stages](int index, QBarSet*) {
        if (index >= 0 && index < stages.size())
            drillDown(stages[index]);
    });

    m_note->setText(report.unconverted.isEmpty()
                        ? tr("Amounts converted to %1 at the exchange rates of %2.")
                              .arg(cur, Formatting::date(report.ratesOf))
                        : tr("Deals in %1 are counted but not in the amounts: there is no exchange rate to %2 "
                             "(rapport-cli rates set …).")
                              .arg(report.unconverted.join(QStringLiteral(", ")), cur));
}

QWidget* PipelineReportView::drillDown(const QString& stage)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("pipelineDrillDown"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1: the deals behind the figures").arg(Schema::stages().label(stage)));
    auto* layout = new QVBoxLayout(dialog);
    // What the cards add up to: the figures of the report's line, so the list and the figure clicked agree.
    for (const PipelineStageFigures& figures : std::as_const(m_report.stages)) {
        if (figures.stage != stage)
            continue;
        QString said = tr("%n deal(s), %1 in all, %2 weighted (double-click one to open it).", "", int(figures.count))
                           .arg(Money{figures.amount, m_report.currency}.formatWhole(),
                                Money{figures.weighted, m_report.currency}.formatWhole());
        if (!m_report.unconverted.isEmpty())
            said += QLatin1Char(' ') + tr("Without an exchange rate, amounts in %1 are not summed.")
                                           .arg(m_report.unconverted.join(QStringLiteral(", ")));
        auto* total = new QLabel(said, dialog);
        total->setObjectName(QStringLiteral("drillDownTotal"));
        total->setWordWrap(true);
        layout->addWidget(total);
    }
    auto* model = new PipelineColumnModel(m_workspace, stage, dialog);
    model->setFilter(filter());
    auto* list = new QListView(dialog);
    list->setObjectName(QStringLiteral("drillDownList"));
    list->setModel(model);
    list->setItemDelegate(new PipelineCardDelegate(list));
    list->setUniformItemSizes(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust); // the cards as wide as the list, as on the board
    layout->addWidget(list);
    connect(list, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRecordRequested(EntityType::Opportunity, index.data(PipelineColumnModel::IdRole).toString());
    });
    model->reload();
    fitToScreen(dialog, {460, 600});
    dialog->show();
    return dialog;
}

Status PipelineReportView::exportCsv(const QString& path) const
{
    const QString text = SalesReports::csv(SalesReports::fromPipeline(m_report), SalesReports::CsvHeader::Titles);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

Status PipelineReportView::exportPdf(const QString& path) const
{
    SalesReport report = SalesReports::fromPipeline(m_report);
    report.from = m_shownFilter.closeFrom;
    report.to = m_shownFilter.closeTo;
    return writeReportPdf(path, report, m_chart, m_describedAs, {m_note->text()});
}

} // namespace rapport
