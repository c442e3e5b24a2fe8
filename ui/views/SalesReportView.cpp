// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SalesReportView.h"

#include "Formatting.h"
#include "Icons.h"
#include "PdfDocument.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "Workspace.h"
#include "analytics/CustomerReports.h"
#include "analytics/HelpDeskReports.h"
#include "dialogs/Ask.h"
#include "domain/Money.h"
#include "domain/Periods.h"
#include "storage/ReaderPool.h"
#include "widgets/FiguresInView.h"
#include "widgets/FoldedNote.h"
#include "widgets/ReportScope.h"
#include "widgets/ToolRow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>

namespace rapport {

namespace {

using Period = SalesReportView::Period;
enum { RowRole = Qt::UserRole + 1, IdRole };

Periods::Days periodRange(int period, const QDate& today)
{
    switch (period) {
    case Period::ThisQuarter:
        return Periods::quarter(today);
    case Period::LastQuarter:
        return Periods::quarter(today, -1);
    case Period::NextQuarter:
        return Periods::quarter(today, 1);
    case Period::ThisYear:
        return Periods::year(today);
    case Period::LastYear:
        return Periods::year(today, -1);
    case Period::NextYear:
        return Periods::year(today, 1);
    default:
        return {today.addYears(-1).addDays(1), today};
    }
}

Status writeText(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error{SalesReportView::tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace

MoneyScale::MoneyScale(const QString& currency, double largest)
    : currency(currency)
{
    if (largest >= 1'000'000)
        divisor = 1'000'000;
}

double MoneyScale::operator()(qint64 minor) const
{
    return Money{minor, currency}.major() / divisor;
}

QString MoneyScale::title() const
{
    return divisor > 1000 ? SalesReportView::tr("million %1").arg(currency)
                          : SalesReportView::tr("thousand %1").arg(currency);
}

/// A category's name as the axis's rich text, on two lines when long ("Análisis de<br>necesidades"): the axis
/// leaves a label no more room than the chart's margin, however long it is.
static QString axisLabel(const QString& category)
{
    constexpr int Long = 16;
    if (category.size() <= Long)
        return category.toHtmlEscaped();
    const qsizetype best = Formatting::middleSpace(category);
    if (best < 0)
        return category.toHtmlEscaped();
    return category.left(best).toHtmlEscaped() + QStringLiteral("<br>") + category.mid(best + 1).toHtmlEscaped();
}

QChart* horizontalBars(QChartView* view, const QString& title, QAbstractBarSeries* series,
                       const QStringList& categories, double most, const QString& axisTitle)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    for (const QString& category : categories)
        axisY->append(axisLabel(category)); // the axis reads its labels as rich text ("Parts & service")
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, most > 0 ? most * 1.05 : 1);
    axisX->setTickCount(5);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(most > 0 && most < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisX->setTitleText(axisTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setShowToolTips(true); // a name cut short is whole on hover
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

void addReportingCurrencies(QComboBox* combo)
{
    for (const char* c : {"EUR", "USD", "GBP", "CHF"})
        combo->addItem(QString::fromLatin1(c));
    const QString currency = Settings().reportingCurrency();
    if (combo->findText(currency) < 0)
        combo->addItem(currency);
    combo->setCurrentText(currency);
    QObject::connect(combo, &QComboBox::currentTextChanged, combo,
                     [](const QString& chosen) { Settings().setReportingCurrency(chosen); });
}

void addExportButton(QWidget* owner, QBoxLayout* bar, const QString& baseName,
                     const std::function<Status(const QString&)>& csv,
                     const std::function<Status(const QString&)>& xlsx,
                     const std::function<Status(const QString&)>& pdf,
                     const std::function<void(const QString&)>& message)
{
    struct Format
    {
        QString action, suffix, filter, name;
        std::function<Status(const QString&)> write;
    };
    const QList<Format> formats{{SalesReportView::tr("CSV for a spreadsheet…"), QStringLiteral("csv"),
                                 SalesReportView::tr("Spreadsheet (*.csv)"), QStringLiteral("exportCsv"), csv},
                                {SalesReportView::tr("Excel workbook (XLSX)…"), QStringLiteral("xlsx"),
                                 SalesReportView::tr("Excel workbook (*.xlsx)"), QStringLiteral("exportXlsx"), xlsx},
                                {SalesReportView::tr("PDF document…"), QStringLiteral("pdf"),
                                 SalesReportView::tr("PDF document (*.pdf)"), QStringLiteral("exportPdf"), pdf}};
    auto* button = new QToolButton(owner);
    button->setObjectName(QStringLiteral("exportReport"));
    button->setIcon(icon(Icon::Export));
    button->setText(SalesReportView::tr("Export"));
    button->setToolTip(SalesReportView::tr("Write the report to a file: CSV, XLSX or PDF"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    for (const Format& f : formats) {
        QAction* action = menu->addAction(f.action);
        action->setObjectName(f.name);
        QObject::connect(action, &QAction::triggered, owner, [owner, f, baseName, message] {
            const QString path = Ask::saveFile(owner, SalesReportView::tr("Export the report"),
                                               baseName + QLatin1Char('.') + f.suffix, f.filter);
            if (path.isEmpty())
                return;
            const Status s = f.write(path);
            message(s ? SalesReportView::tr("The report was written to %1.").arg(path) : s.error().message);
        });
    }
    button->setMenu(menu);
    bar->addWidget(button);
}

SalesReportView::SalesReportView(Workspace& workspace, ReportKind kind, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
{
    setObjectName(SalesReports::name(kind) + QStringLiteral("Report"));
    auto* layout = new QVBoxLayout(this);
    auto* barRow = new ToolRow(this);
    QHBoxLayout* bar = barRow->row();
    m_scope = new ReportScope(workspace, this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("Last quarter"), LastQuarter);
    if (kind == ReportKind::Forecast)
        m_period->addItem(tr("Next quarter"), NextQuarter);
    m_period->addItem(tr("This year"), ThisYear);
    if (kind == ReportKind::Forecast)
        m_period->addItem(tr("Next year"), NextYear);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("Last 12 months"), Last12Months);
    m_period->addItem(tr("Custom…"), Custom);
    // The period a report opens on is the one it has without being asked (the CLI's too).
    const QDate today = QDate::currentDate();
    const auto [defaultFrom, defaultTo] = SalesReports::defaultPeriod(kind, today);
    int opening = m_period->findData(Last12Months);
    for (int i = 0; i < m_period->count(); ++i)
        if (const int p = m_period->itemData(i).toInt();
            p != Custom && periodRange(p, today) == Periods::Days{defaultFrom, defaultTo})
            opening = i;
    m_period->setCurrentIndex(opening);
    // Open tickets are counted now, whatever the period.
    m_period->setVisible(kind != ReportKind::Tickets);
    bar->addWidget(m_scope->ownerBox());
    bar->addWidget(m_scope->teamBox());
    bar->addWidget(m_period);
    if (kind == ReportKind::Forecast || kind == ReportKind::WinLoss) {
        m_by = new QComboBox(this);
        m_by->setObjectName(QStringLiteral("reportBy"));
        if (kind == ReportKind::Forecast) {
            m_by->addItem(tr("By quarter"), false);
            m_by->addItem(tr("By month"), true);
        } else {
            m_by->addItem(tr("By loss reason"), false);
            m_by->addItem(tr("By competitor"), true);
        }
        bar->addWidget(m_by);
    }
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("reportCurrency"));
    addReportingCurrencies(m_currency);
    // The help desk's figures are counts and times, not money; nor are the sales cycle's.
    if (!HelpDeskReports::covers(kind) && kind != ReportKind::Cycle) {
        bar->addWidget(new QLabel(tr("in"), this));
        bar->addWidget(m_currency);
    } else {
        m_currency->hide();
    }
    bar->addStretch(1);
    addExportButton(
        this, bar, SalesReports::name(kind), [this](const QString& p) { return exportCsv(p); },
        [this](const QString& p) { return exportXlsx(p); }, [this](const QString& p) { return exportPdf(p); },
        [this](const QString& text) { Q_EMIT message(text); });
    layout->addWidget(barRow);

    auto* split = m_split = new QSplitter(Qt::Vertical, this);
    m_chart = new QChartView(split);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(ChartLeast);
    m_chart->installEventFilter(this);
    m_table = new QTreeWidget(split);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    FiguresInView::keep(m_table);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({460, 300});
    split->installEventFilter(this);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitByHand = true; });
    // Headings put on two lines, a scroll bar across shown or gone: the table needs another height.
    const auto refit = [this] { QMetaObject::invokeMethod(this, &SalesReportView::fitTable, Qt::QueuedConnection); };
    connect(m_table->header(), &QHeaderView::geometriesChanged, this, refit);
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this, refit);
    layout->addWidget(split, 1);
    m_note = new FoldedNote(this);
    m_note->setObjectName(QStringLiteral("reportNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    for (QComboBox* combo : {m_by, m_currency})
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &SalesReportView::reload);
    m_chosenPeriod = m_period->currentIndex();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_period->itemData(index).toInt() != Custom || m_customFrom.isValid()) {
            m_chosenPeriod = index;
            reload();
        }
    });
    // "Custom…" asks for the days each time it is picked, a second time too (to change them).
    connect(m_period, &QComboBox::activated, this, [this](int index) {
        if (m_period->itemData(index).toInt() == Custom)
            askForPeriod();
    });
    connect(m_scope, &ReportScope::changed, this, [this] {
        m_loaded = false; // computed again now if shown, else when next shown
        if (isVisible())
            reload();
    });
    connect(m_table, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int column) { drillDown(item->data(0, RowRole).toInt(), column); });
}

void SalesReportView::setPeriod(Period period)
{
    if (const int index = m_period->findData(period); index >= 0)
        m_period->setCurrentIndex(index); // reloads if it changed
}

void SalesReportView::setCustomPeriod(const QDate& from, const QDate& to)
{
    m_customFrom = std::min(from, to);
    m_customTo = std::max(from, to);
    const int custom = m_period->findData(Custom);
    m_period->setItemText(custom, Formatting::dateRange(m_customFrom, m_customTo));
    m_period->setItemData(custom, tr("Days of your own choosing; pick again to change them."), Qt::ToolTipRole);
    if (m_period->currentIndex() == custom) {
        m_chosenPeriod = custom;
        reload();
    } else {
        m_period->setCurrentIndex(custom); // reloads
    }
}

void SalesReportView::askForPeriod()
{
    const auto [from, to] = m_customFrom.isValid()     ? Periods::Days{m_customFrom, m_customTo}
                            : request().from.isValid() ? Periods::Days{request().from, request().to}
                                                       : periodRange(Last12Months, QDate::currentDate());
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("customPeriod"));
    ask.setWindowTitle(tr("Period"));
    auto* form = new QFormLayout(&ask);
    auto* fromEdit = new QDateEdit(from, &ask);
    auto* toEdit = new QDateEdit(to, &ask);
    for (QDateEdit* edit : {fromEdit, toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Formatting::dateFormat()); // the whole year, as everywhere
    }
    form->addRow(tr("&From"), fromEdit);
    form->addRow(tr("&To"), toEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() == QDialog::Accepted) {
        setCustomPeriod(fromEdit->date(), toEdit->date());
        return;
    }
    // Not now: the period as it was.
    const QSignalBlocker quiet(m_period);
    m_period->setCurrentIndex(m_chosenPeriod);
}

ReportRequest SalesReportView::request() const
{
    ReportRequest r;
    r.kind = m_kind;
    if (const QString owner = m_scope->owner(); !owner.isEmpty())
        r.owners = {owner};
    r.teamId = m_scope->teamId();
    r.today = QDate::currentDate();
    const Periods::Days days = m_period->currentData().toInt() == Custom && m_customFrom.isValid()
                                   ? Periods::Days{m_customFrom, m_customTo}
                                   : periodRange(m_period->itemData(m_chosenPeriod).toInt(), r.today);
    r.from = days.from;
    r.to = days.to;
    r.currency = m_currency->currentText();
    if (m_by) {
        r.byMonth = m_kind == ReportKind::Forecast && m_by->currentData().toBool();
        r.byCompetitor = m_kind == ReportKind::WinLoss && m_by->currentData().toBool();
    }
    return r;
}

void SalesReportView::reload()
{
    const ReportRequest r = request();
    const quint64 ticket = ++m_ticket;
    const QString described = describe();
    m_note->setNote(tr("Calculating…"));
    m_workspace.readers().run<SalesReport>(
        this, [r](Database& db) { return SalesReports::run(db, r); },
        [this, ticket, described](const Result<SalesReport>& result) {
            if (ticket != m_ticket)
                return;
            if (!result) {
                m_note->setNote(result.error().message);
                Q_EMIT message(result.error().message);
                return;
            }
            m_describedAs = described; // the filters these figures are for (the PDF's heading)
            display(*result);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void SalesReportView::display(const SalesReport& report)
{
    m_report = report;
    m_table->clear();
    QStringList headers;
    for (const ReportColumn& c : report.columns)
        headers << c.title;
    m_table->setHeaderLabels(headers);
    for (int r = 0; r < report.rows.size(); ++r) {
        const ReportRow& row = report.rows[r];
        auto* item = new QTreeWidgetItem(m_table);
        item->setData(0, RowRole, r);
        for (int c = 0; c < report.columns.size(); ++c) {
            item->setText(c, SalesReports::display(report, c, row.values.value(c)));
            if (report.columns[c].kind != ReportColumn::Kind::Text)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (row.drill.value(c))
                item->setToolTip(c, tr("Double-click to see the deals behind this figure."));
            else if (row.tickets.value(c))
                item->setToolTip(c, tr("Double-click to see the tickets behind this figure."));
            else if (row.customers.value(c))
                item->setToolTip(c, tr("Double-click to see the customers behind this figure."));
            else if (!row.accountId.isEmpty())
                item->setToolTip(c, tr("Double-click to open %1.").arg(row.label));
        }
        if (row.total) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < report.columns.size(); ++c)
                item->setFont(c, bold);
        }
    }
    buildChart();
    // Once the table is laid out (its headings wrapped, its scroll bar shown or not): the room it needs.
    QMetaObject::invokeMethod(this, &SalesReportView::fitTable, Qt::QueuedConnection);

    QStringList notes = report.notes;
    const bool money = std::any_of(report.columns.cbegin(), report.columns.cend(),
                                   [](const ReportColumn& c) { return c.kind == ReportColumn::Kind::Money; });
    if (money)
        notes << (report.unconverted.isEmpty()
                      ? tr("Amounts converted to %1 at the exchange rates of %2.")
                            .arg(report.currency, Formatting::date(report.ratesOf))
                      : tr("Deals in %1 are counted but not in the amounts: there is no exchange rate to %2.")
                            .arg(report.unconverted.join(QStringLiteral(", ")), report.currency));
    m_notes = notes;
    QString hint = tr("Click a bar or double-click a figure to see the deals behind it.");
    if (HelpDeskReports::covers(report.kind))
        hint = tr("Click a bar or double-click a figure to see the tickets behind it.");
    else if (report.kind == ReportKind::Churn)
        hint = tr("Click a bar or double-click a customer to open it; double-click the total to list them all.");
    else if (CustomerReports::covers(report.kind))
        hint = tr("Click a bar or double-click a figure to see the customers behind it.");
    m_note->setNote(notes.join(QLatin1Char(' ')) + QLatin1Char(' ') + hint);
}

int SalesReportView::barsThatFit() const
{
    constexpr int Most = 10, Fewest = 3;
    if (!m_report.horizontal)
        return Most;
    // Besides the bars: the title, the axis's figures and title, the legend and the margins, about eight lines;
    // the axis names a bar where its label has a line and three fifths.
    const int line = QFontMetrics(QBarCategoryAxis().labelsFont()).lineSpacing();
    return std::clamp((m_chart->height() - 8 * line) * 5 / (8 * line), Fewest, Most);
}

bool SalesReportView::eventFilter(QObject* watched, QEvent* event)
{
    // Taller or shorter (the window, the divider above the table): as many bars as can be named.
    if (watched == m_chart && event->type() == QEvent::Resize && m_loaded && m_bars != barsThatFit())
        buildChart();
    if (watched == m_split && event->type() == QEvent::Resize)
        fitTable();
    return QWidget::eventFilter(watched, event);
}

void SalesReportView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A laptop's screen keeps the notes to three lines (the rest a click away), a tall one to six.
    m_note->setFoldedLines(height() >= 760 ? 6 : 3);
}

void SalesReportView::fitTable()
{
    const int rows = m_table->topLevelItemCount();
    const int total = m_split->height() - m_split->handleWidth();
    if (m_splitByHand || rows == 0 || !m_split->isVisible() || total <= ChartLeast)
        return; // fitted as it is shown (the divider's resize)
    const QRect first = m_table->visualItemRect(m_table->topLevelItem(0));
    const int row = first.isValid() ? first.height() : m_table->fontMetrics().height() + 4;
    // Besides the rows: the headings, the frame and a scroll bar across, as they are now.
    const int wanted = m_table->height() - m_table->viewport()->height() + rows * row;
    const int table = wanted <= total - ChartLeast ? wanted : total * 2 / 5; // a long table scrolls anyway
    if (m_split->sizes().value(1) != table)
        m_split->setSizes({total - table, table});
}

void SalesReportView::buildChart()
{
    const SalesReport& report = m_report;
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // thousands grouped as the language groups them, as in the table
    if (!report.from.isValid())
        chart->setTitle(report.title);
    else if (!report.usesMoney)
        chart->setTitle(tr("%1, %2 – %3")
                            .arg(report.title, Formatting::date(report.from),
                                 Formatting::date(report.to)));
    else
        chart->setTitle(tr("%1, %2 – %3 (%4)")
                            .arg(report.title, Formatting::date(report.from),
                                 Formatting::date(report.to), report.currency));
    QStringList categories;
    QList<int> rows;
    for (int r = 0; r < report.rows.size(); ++r) {
        if (report.rows[r].total)
            continue;
        // The axis keeps one bar per distinct label: two customers of one name are told apart.
        QString label = report.rows[r].label;
        for (int n = 2; categories.contains(label); ++n)
            label = tr("%1 (%2)").arg(report.rows[r].label).arg(n);
        categories << label;
        rows << r;
    }
    // A team of thirty would make thirty unreadable names: the chart shows the first ten (the table's order,
    // best first), or as many as it has room to name, and the table shows everyone.
    const int MaxBars = m_bars = barsThatFit();
    if (categories.size() > MaxBars && !report.timeSeries) {
        chart->setTitle(tr("%1 — the first %2 of %3")
                            .arg(chart->title())
                            .arg(MaxBars)
                            .arg(QLocale().toString(std::max(qsizetype(categories.size()), report.listedOf))));
        categories = categories.mid(0, MaxBars);
        rows = rows.mid(0, MaxBars);
    }
    // Long labels (customers' names, pairs of categories) read across, the first at the top; they take up to
    // a third of the chart's width, and a longer one ends in "…" (the table has it whole).
    if (report.horizontal) {
        std::reverse(categories.begin(), categories.end());
        std::reverse(rows.begin(), rows.end());
        const QFontMetrics metrics(QBarCategoryAxis().labelsFont());
        const int room = std::max(m_chart->width() / 3, metrics.averageCharWidth() * 16);
        QStringList shown;
        for (const QString& label : std::as_const(categories)) {
            QString brief = metrics.elidedText(label, Qt::ElideRight, room);
            for (int n = 2; shown.contains(brief); ++n) // the axis needs each label once
                brief = metrics.elidedText(label, Qt::ElideRight,
                                           room - metrics.horizontalAdvance(QStringLiteral(" (%1)").arg(n))) +
                        QStringLiteral(" (%1)").arg(n);
            shown << brief;
        }
        categories.clear();
        for (const QString& label : std::as_const(shown))
            categories << label.toHtmlEscaped(); // the axis reads its labels as rich text
    } else {
        // Across, a label has its bar's width: a name wider than that goes on two lines, then ends in "…".
        const QFontMetrics metrics(QBarCategoryAxis().labelsFont());
        const int room =
            std::max(m_chart->width() * 17 / 20 / std::max(int(categories.size()), 1), metrics.averageCharWidth() * 6);
        QStringList shown;
        for (const QString& label : std::as_const(categories)) {
            if (metrics.horizontalAdvance(label) <= room) {
                shown << label.toHtmlEscaped();
                continue;
            }
            const qsizetype space = label.indexOf(QLatin1Char(' '), label.size() / 3);
            const QString first = space > 0 ? label.left(space) : label;
            const QString second = space > 0 ? label.mid(space + 1) : QString();
            QString two = metrics.elidedText(first, Qt::ElideRight, room).toHtmlEscaped();
            if (!second.isEmpty())
                two += QStringLiteral("<br>") + metrics.elidedText(second, Qt::ElideRight, room).toHtmlEscaped();
            for (int n = 2; shown.contains(two); ++n)
                two = QStringLiteral("%1 (%2)").arg(two).arg(n);
            shown << two;
        }
        categories = shown;
    }
    // The figures as the chart plots them: money in the unit of its scale, everything else as it is. The scale
    // fits the highest bar (a stack's sum) or point.
    const auto raw = [&](int c, int r) {
        const QVariant v = report.rows[r].values.value(c);
        return report.columns[c].kind == ReportColumn::Kind::Money ? Money{v.toLongLong(), report.currency}.major()
                                                                   : v.toDouble();
    };
    double largest = 0;
    for (int r : std::as_const(rows)) {
        double stack = 0;
        for (int c = 0; c < report.columns.size(); ++c) {
            if (report.columns[c].kind != ReportColumn::Kind::Money)
                continue;
            if (report.columns[c].chart == ReportColumn::Chart::Bar)
                stack = report.stacked ? stack + raw(c, r) : std::max(stack, raw(c, r));
            else if (report.columns[c].chart == ReportColumn::Chart::Line)
                largest = std::max(largest, raw(c, r));
        }
        largest = std::max(largest, stack);
    }
    const MoneyScale scale(report.currency, largest);
    const auto plotted = [&](int c, int r) {
        return report.columns[c].kind == ReportColumn::Kind::Money ? scale(report.rows[r].values.value(c).toLongLong())
                                                                   : raw(c, r);
    };
    QAbstractBarSeries* bars = nullptr;
    if (report.horizontal)
        bars = report.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    else
        bars = report.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QBarSeries);
    QList<int> barColumns;
    double most = 0;
    QList<QLineSeries*> lines;
    for (int c = 0; c < report.columns.size(); ++c) {
        const ReportColumn& col = report.columns[c];
        if (col.chart == ReportColumn::Chart::Bar) {
            auto* set = new QBarSet(col.title);
            // Won and lost in the same colours wherever they are charted.
            if (col.key == QLatin1String("won"))
                set->setColor(QColor(0x2e, 0x7d, 0x32));
            else if (col.key == QLatin1String("lost"))
                set->setColor(QColor(0xc6, 0x28, 0x28));
            for (int r : std::as_const(rows))
                *set << plotted(c, r);
            bars->append(set);
            barColumns << c;
        } else if (col.chart == ReportColumn::Chart::Line) {
            auto* line = new QLineSeries;
            line->setName(col.title);
            QPen pen(QColor(0xc0, 0x39, 0x2b));
            pen.setWidth(2);
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            for (int i = 0; i < rows.size(); ++i) {
                const double v = plotted(c, rows[i]);
                if (report.horizontal)
                    line->append(v, i); // values across, categories down
                else
                    line->append(i, v);
                most = std::max(most, v);
            }
            lines << line;
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        double stack = 0;
        for (int c : std::as_const(barColumns)) {
            const double v = plotted(c, rows[i]);
            stack = report.stacked ? stack + v : std::max(stack, v);
        }
        most = std::max(most, stack);
    }
    chart->addSeries(bars);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTruncateLabels(false); // cut above, where needed, to a third of the width
    chart->addAxis(axisX, report.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    bars->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, most > 0 ? most * 1.08 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    for (int c : std::as_const(barColumns))
        if (report.columns[c].kind == ReportColumn::Kind::Money) {
            axisY->setTitleText(scale.title());
            break;
        } else if (report.columns[c].kind == ReportColumn::Kind::Days) {
            axisY->setTitleText(tr("days"));
        } else if (report.columns[c].kind == ReportColumn::Kind::Hours) {
            axisY->setTitleText(tr("hours"));
        } else if (report.columns[c].kind == ReportColumn::Kind::Percent) {
            axisY->setTitleText(tr("%"));
            axisY->setRange(0, 100);
            axisY->setTickCount(5); // 0, 25, 50, 75, 100
        } else if (report.columns[c].kind == ReportColumn::Kind::Count) {
            axisY->setTitleText(HelpDeskReports::covers(report.kind)   ? tr("tickets")
                                : CustomerReports::covers(report.kind) ? tr("customers")
                                                                       : tr("deals"));
        }
    chart->addAxis(axisY, report.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(axisY);
    for (QLineSeries* line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    // A laptop's window leaves the chart little height: the bars have it, not an empty frame around them.
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    connect(bars, &QAbstractBarSeries::clicked, this, [this, rows, barColumns, bars](int index, QBarSet* set) {
        const int which = int(bars->barSets().indexOf(set));
        if (index >= 0 && index < rows.size() && which >= 0)
            drillDown(rows[index], barColumns[which]);
    });
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

namespace {
/// What is behind the figure in `column` (deals or tickets); for a figure without its own (the row's label, a
/// rate), the row's first that has some.
template <typename Selection>
std::optional<Selection> behind(const QList<std::optional<Selection>>& selections, int column)
{
    std::optional<Selection> selection = selections.value(column);
    for (int c = 0; !selection && c < selections.size(); ++c)
        selection = selections[c];
    return selection;
}
} // namespace

QString SalesReportView::figureTitle(int column) const
{
    return column > 0 && column < m_report.columns.size() ? m_report.columns[column].title : QString();
}

QDialog* SalesReportView::drillDialog(const QString& title, const QStringList& headers, EntityType opens,
                                      QTreeWidget*& list, QLabel*& count)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("reportDrillDown"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("drillDownList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    FiguresInView::keep(list);
    count = new QLabel(tr("Loading…"), dialog);
    layout->addWidget(count);
    layout->addWidget(list, 1);
    connect(list, &QTreeWidget::itemActivated, this, [this, opens](QTreeWidgetItem* item) {
        Q_EMIT openRecordRequested(opens, item->data(0, IdRole).toString());
    });
    fitToScreen(dialog, {760, 520});
    return dialog;
}

QWidget* SalesReportView::drillDown(int row, int column)
{
    if (row < 0 || row >= m_report.rows.size())
        return nullptr;
    if (HelpDeskReports::covers(m_report.kind))
        return ticketDrillDown(row, column);
    if (CustomerReports::covers(m_report.kind))
        return customerDrillDown(row, column);
    const ReportRow& r = m_report.rows[row];
    const std::optional<DealSelection> selection = behind(r.drill, column);
    if (!selection)
        return nullptr;

    QTreeWidget* list = nullptr;
    QLabel* count = nullptr;
    const QString figure = figureTitle(column);
    QDialog* dialog =
        drillDialog(figure.isEmpty() ? tr("%1: the deals").arg(r.label) : tr("%1, %2: the deals").arg(r.label, figure),
                    {tr("Opportunity"), tr("Account"), tr("Amount"), tr("Expected close"), tr("Stage"), tr("Owner")},
                    EntityType::Opportunity, list, count);
    fitToScreen(dialog, {960, 520}); // six columns, the amount beside the deal
    constexpr int Limit = 500;
    const DealSelection d = *selection;
    const SalesReport& report = m_report;
    m_workspace.readers().run<DealsBehind>(
        dialog, [d, report](Database& db) { return SalesReports::dealsBehind(db, d, Limit, report); },
        [list, count, currency = report.currency](const Result<DealsBehind>& behind) {
            if (!behind) {
                count->setText(behind.error().message);
                return;
            }
            for (const PipelineCard& c : behind->deals) {
                auto* item = new QTreeWidgetItem(list);
                item->setData(0, IdRole, c.id);
                item->setText(0, c.name);
                item->setText(1, c.account);
                item->setText(2, Formatting::money(c.amount, c.currency));
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(3, Formatting::date(c.expectedClose));
                item->setText(4, Schema::stages().label(c.stage));
                item->setText(5, c.owner);
            }
            // What they add up to, in the report's currency: the figure clicked, when every deal is listed.
            const QString total = Money{behind->total, currency}.formatWhole();
            QString said =
                behind->more
                    ? tr("The %n largest deals, %1 in all (double-click one to open it).", "", Limit).arg(total)
                    : tr("%n deal(s), %1 in all, largest first (double-click one to open it).", "",
                         int(behind->deals.size()))
                          .arg(total);
            if (!behind->unconverted.isEmpty())
                said += QLatin1Char(' ') + tr("Without an exchange rate, amounts in %1 are not summed.")
                                               .arg(behind->unconverted.join(QStringLiteral(", ")));
            count->setText(said);
        });
    dialog->show();
    return dialog;
}

QWidget* SalesReportView::ticketDrillDown(int row, int column)
{
    const ReportRow& r = m_report.rows[row];
    const std::optional<TicketSelection> selection = behind(r.tickets, column);
    if (!selection)
        return nullptr;

    QTreeWidget* list = nullptr;
    QLabel* count = nullptr;
    const QString figure = figureTitle(column);
    QDialog* dialog = drillDialog(
        figure.isEmpty() ? tr("%1: the tickets").arg(r.label) : tr("%1, %2: the tickets").arg(r.label, figure),
        {tr("Number"), tr("Subject"), tr("Customer"), tr("Assignee"), tr("Priority"), tr("Status"), tr("Opened")},
        EntityType::Ticket, list, count);
    fitToScreen(dialog, {900, 520}); // seven columns
    constexpr int Limit = 500;
    const TicketSelection s = *selection;
    m_workspace.readers().run<QList<HelpDeskReports::TicketLine>>(
        dialog, [s](Database& db) { return HelpDeskReports::tickets(db, s, Limit + 1); },
        [list, count](const Result<QList<HelpDeskReports::TicketLine>>& lines) {
            if (!lines) {
                count->setText(lines.error().message);
                return;
            }
            for (qsizetype i = 0; i < std::min<qsizetype>(lines->size(), Limit); ++i) {
                const HelpDeskReports::TicketLine& t = lines->at(i);
                auto* item = new QTreeWidgetItem(list);
                item->setData(0, IdRole, t.id);
                item->setText(0, t.number);
                item->setText(1, t.subject);
                item->setText(2, t.customer);
                item->setText(3, t.assignee.isEmpty() ? tr("Unassigned") : t.assignee);
                item->setText(4, Schema::ticketPriorities().label(t.priority));
                item->setText(5, Schema::ticketStatuses().label(t.status));
                item->setText(6, Formatting::dateTime(t.openedAt));
            }
            count->setText(lines->size() > Limit
                               ? tr("The %n earliest opened tickets (double-click one to open it).", "", Limit)
                               : tr("%n ticket(s), the earliest opened first (double-click one to open it).", "",
                                    int(lines->size())));
        });
    dialog->show();
    return dialog;
}

QWidget* SalesReportView::customerDrillDown(int row, int column)
{
    const ReportRow& r = m_report.rows[row];
    if (!r.accountId.isEmpty()) {
        Q_EMIT openRecordRequested(EntityType::Account, r.accountId);
        return nullptr;
    }
    const std::optional<CustomerSelection> selection = behind(r.customers, column);
    if (!selection)
        return nullptr;

    QTreeWidget* list = nullptr;
    QLabel* count = nullptr;
    const QString figure = figureTitle(column);
    QDialog* dialog = drillDialog(
        figure.isEmpty() ? tr("%1: the customers").arg(r.label) : tr("%1, %2: the customers").arg(r.label, figure),
        {tr("Customer"), tr("Owner"), tr("Segment"), tr("Buys most"), tr("Last order"), tr("Orders"), tr("Revenue"),
         tr("Lifetime value"), tr("Churn risk")},
        EntityType::Account, list, count);
    fitToScreen(dialog, {1100, 560}); // nine columns
    constexpr int Limit = 500;
    const CustomerSelection s = *selection;
    const QString currency = m_report.currency;
    m_workspace.readers().run<QList<CustomerReports::CustomerLine>>(
        dialog, [s](Database& db) { return CustomerReports::customers(db, s, Limit + 1); },
        [list, count, currency](const Result<QList<CustomerReports::CustomerLine>>& lines) {
            if (!lines) {
                count->setText(lines.error().message);
                return;
            }
            const QLocale locale;
            for (qsizetype i = 0; i < std::min<qsizetype>(lines->size(), Limit); ++i) {
                const CustomerReports::CustomerLine& c = lines->at(i);
                auto* item = new QTreeWidgetItem(list);
                item->setData(0, IdRole, c.id);
                item->setText(0, c.name);
                item->setText(1, c.owner);
                item->setText(2, c.segment);
                item->setText(3, c.category);
                item->setText(4, Formatting::date(c.lastOrder));
                item->setText(5, locale.toString(c.orders));
                item->setText(6, Money{c.revenue, currency}.formatWhole(locale));
                item->setText(7, Money{c.lifetimeValue, currency}.formatWhole(locale));
                item->setText(8, Formatting::percent(100.0 * c.churnRisk));
                for (int number : {5, 6, 7, 8})
                    item->setTextAlignment(number, Qt::AlignRight | Qt::AlignVCenter);
            }
            count->setText(lines->size() > Limit
                               ? tr("The %n most valuable customers (double-click one to open it).", "", Limit)
                               : tr("%n customer(s), the most valuable first (double-click one to open it).", "",
                                    int(lines->size())));
        });
    dialog->show();
    return dialog;
}

Status SalesReportView::exportCsv(const QString& path) const
{
    return writeText(path, SalesReports::csv(m_report, SalesReports::CsvHeader::Titles));
}

Status SalesReportView::exportXlsx(const QString& path) const
{
    return SalesReports::writeXlsx(m_report, path);
}

QString SalesReportView::describe() const
{
    QStringList parts = m_scope->described() << m_period->currentText();
    if (m_by)
        parts << m_by->currentText();
    return parts.join(QStringLiteral(" · "));
}

Status SalesReportView::exportPdf(const QString& path) const
{
    return writeReportPdf(path, m_report, m_chart, m_describedAs, m_notes);
}

Status writeReportPdf(const QString& path, const SalesReport& report, QChartView* chartView, const QString& description,
                      const QStringList& notes)
{
    // The chart as it is on screen, drawn at print resolution, then the table and the notes.
    QImage chart(1300, 650, QImage::Format_ARGB32);
    chart.fill(Qt::white);
    {
        QPainter p(&chart);
        p.setRenderHint(QPainter::Antialiasing);
        chartView->render(&p, QRectF(chart.rect()));
    }
    QString period = report.usesMoney ? report.currency : QString();
    if (report.from.isValid())
        period = report.usesMoney ? QStringLiteral("%1 – %2, %3")
                                        .arg(Formatting::date(report.from),
                                             Formatting::date(report.to), report.currency)
                                  : QStringLiteral("%1 – %2").arg(Formatting::date(report.from),
                                                                  Formatting::date(report.to));
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2<br/>%3</p><p><img src=\"chart\" width=\"620\"/></p>")
            .arg(PdfDocument::escape(report.title), PdfDocument::escape(description), PdfDocument::escape(period));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"font-size: 8pt; border-collapse: collapse\"><tr>");
    for (const ReportColumn& c : report.columns)
        html += QStringLiteral("<th>%1</th>").arg(PdfDocument::escape(c.title));
    html += QStringLiteral("</tr>");
    for (const ReportRow& row : report.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < report.columns.size(); ++c) {
            const bool number = report.columns[c].kind != ReportColumn::Kind::Text;
            QString text = PdfDocument::escape(SalesReports::display(report, c, row.values.value(c)));
            if (row.total)
                text = QStringLiteral("<b>%1</b>").arg(text);
            // A figure is never broken across lines.
            html +=
                QStringLiteral("<td%1>%2</td>")
                    .arg(number ? QStringLiteral(" align=\"right\" style=\"white-space: nowrap\"") : QString(), text);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    for (const QString& note : notes)
        html += QStringLiteral("<p>%1</p>").arg(PdfDocument::escape(note));
    html +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(PdfDocument::escape(SalesReportView::tr("Printed by Rapport on %1.")
                                         .arg(Formatting::dateTime(QDateTime::currentDateTime()))));
    PdfDocument pdf(html, report.title);
    pdf.addImage(QStringLiteral("chart"), chart);
    // Many columns (the sales team's ten) need the page's length for their width: names and figures whole.
    pdf.setLandscape(report.columns.size() > 6);
    return pdf.write(path);
}

} // namespace rapport
