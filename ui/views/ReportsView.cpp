// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ReportsView.h"

#include "Formatting.h"
#include "Icons.h"
#include "Workspace.h"
#include "analytics/CustomerReports.h"
#include "analytics/HelpDeskReports.h"
#include "analytics/Overview.h"
#include "domain/Money.h"
#include "storage/ReaderPool.h"
#include "views/PipelineReport.h"
#include "views/SalesReportView.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ReportScope.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextLayout>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace rapport {

namespace {

/// Words in the whole and, where they would not fit, in brief: "€24,127,345" or "€24.1M".
struct Said
{
    QString whole;
    QString brief;
    Said(const QString& whole, const QString& brief = {})
        : whole(whole)
        , brief(brief)
    {}
};

/// Two lines of wrapped text that say it briefly when the whole would need a third, and end the second line in
/// "…" when even the brief would.
class TwoLines : public QLabel
{
public:
    explicit TwoLines(QWidget* parent)
        : QLabel(parent)
        , m_said(QString())
    {
        setWordWrap(true);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setFixedHeight(fontMetrics().lineSpacing() * 2);
    }
    void say(const Said& said)
    {
        m_said = said;
        choose();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        choose();
    }

private:
    void choose()
    {
        const QRect room = contentsRect();
        const auto fits = [&](const QString& text) {
            return fontMetrics().boundingRect(QRect(0, 0, room.width(), 10'000), Qt::TextWordWrap, text).height() <=
                   room.height();
        };
        if (fits(m_said.whole)) {
            setText(m_said.whole);
            return;
        }
        const QString text = m_said.brief.isEmpty() ? m_said.whole : m_said.brief;
        if (fits(text)) {
            setText(text);
            return;
        }
        // The first line as it wraps, the rest on the second, cut short.
        QTextLayout layout(text, font());
        layout.beginLayout();
        QTextLine first = layout.createLine();
        first.setLineWidth(room.width());
        layout.endLayout();
        const qsizetype split = first.isValid() ? first.textLength() : 0;
        setText(text.left(split).trimmed() + QLatin1Char('\n') +
                fontMetrics().elidedText(text.mid(split).trimmed(), Qt::ElideRight, room.width()));
    }
    Said m_said;
};

/// A headline figure: what it is, the figure, a line about it. A click, Return or Space opens its report.
class Tile : public QFrame
{
public:
    Tile(const QString& key, const Said& caption, QWidget* parent)
        : QFrame(parent)
    {
        setObjectName(QStringLiteral("tile_") + key);
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setSpacing(2);
        auto* title = new ElidedLabel(this);
        title->setObjectName(QStringLiteral("caption"));
        title->setText(caption.whole, caption.brief);
        setAccessibleName(caption.whole); // a screen reader reads the figure and its line as the description
        QPalette quiet = title->palette();
        quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
        title->setPalette(quiet);
        m_value = new ElidedLabel(this);
        m_value->setObjectName(QStringLiteral("value"));
        m_fontSize = m_value->font().pointSizeF();
        fitValue();
        // A row of five on a laptop: the caption and figure say it briefly, then give way ("…") before the
        // window must grow; the line about the figure has two lines to wrap into, then says it briefly too.
        for (ElidedLabel* line : {title, m_value}) {
            line->setMinimumWidth(line->fontMetrics().averageCharWidth() * 6);
            layout->addWidget(line);
        }
        m_detail = new TwoLines(this);
        m_detail->setObjectName(QStringLiteral("detail"));
        layout->addWidget(m_detail);
        // Five of a width, whatever each says: a longer figure ends in "…" rather than widening its tile.
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    }

    /// The caption in brief, where it depends on the figures ("Won in Q4").
    void setCaptionBrief(const QString& brief)
    {
        auto* caption = findChild<ElidedLabel*>(QStringLiteral("caption"));
        caption->setText(caption->text(), brief);
    }

    /// `alarming`: the detail is something to act on (drawn in red).
    void set(const Said& value, const Said& detail, const QString& toolTip, bool alarming = false)
    {
        m_value->setText(value.whole, value.brief);
        fitValue();
        m_detail->say(detail);
        QPalette pal = palette();
        if (alarming)
            for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text}) // the label's, on Base
                pal.setColor(role, QColor(0xc0, 0x1c, 0x28));
        m_detail->setPalette(pal);
        // Whatever is shown in brief, the tip has in full.
        setToolTip(value.brief.isEmpty() && detail.brief.isEmpty()
                       ? toolTip
                       : QStringLiteral("%1 · %2\n%3").arg(value.whole, detail.whole, toolTip));
        setAccessibleDescription(detail.whole.isEmpty() ? value.whole
                                                        : value.whole + QStringLiteral(", ") + detail.whole);
    }

    /// What a click does: opens the figure's report.
    void setOpens(std::function<void()> opens)
    {
        m_opens = std::move(opens);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
    }
    void open() const
    {
        if (m_opens)
            m_opens();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QFrame::resizeEvent(event);
        fitValue();
    }
    void paintEvent(QPaintEvent* event) override
    {
        QFrame::paintEvent(event);
        if (!hasFocus())
            return;
        // Reached with Tab: framed in the highlight colour, as a focused button would be.
        QPainter p(this);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            open();
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
            open();
        else
            QFrame::keyPressEvent(event);
    }

private:
    /// The figure large, or a little smaller where even in brief it would end in "…".
    void fitValue()
    {
        QFont font = m_value->font();
        font.setBold(true);
        font.setPointSizeF(m_fontSize * 1.6);
        const QString& shortest = m_value->brief().isEmpty() ? m_value->text() : m_value->brief();
        if (QFontMetrics(font).horizontalAdvance(shortest) > m_value->width() && m_value->width() > 0)
            font.setPointSizeF(m_fontSize * 1.3);
        if (font != m_value->font())
            m_value->setFont(font);
    }

    std::function<void()> m_opens;
    qreal m_fontSize = 0;
    ElidedLabel* m_value;
    TwoLines* m_detail;
};

QChartView* makeChart(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(180, 240);
    return view;
}

/// A third of the page each: the charts keep their room for bars.
constexpr QMargins Compact(4, 4, 4, 4);

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

    // The overview: the headline figures, each opening its report, over three charts.
    auto* overview = new QWidget(this);
    auto* page = new QVBoxLayout(overview);
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    const struct
    {
        const char* key;
        Said caption;
    } headlines[] = {{"pipeline", tr("Open pipeline")},
                     {"quarter", tr("Won this quarter")},
                     {"winRate", {tr("Win rate, last 12 months"), tr("12-month win rate")}},
                     {"tickets", tr("Open tickets")},
                     {"revenue", {tr("Revenue, last 12 months"), tr("12-month revenue")}}};
    for (const auto& h : headlines) {
        auto* tile = new Tile(QLatin1String(h.key), h.caption, overview);
        tile->set(QStringLiteral("…"), tr("Calculating…"), QString()); // until its figures are in
        tiles->addWidget(tile, 1);
        m_tiles << tile;
    }
    page->addLayout(tiles);
    auto* charts = new QHBoxLayout;
    m_pipeline = makeChart(QStringLiteral("pipelineByStage"), overview);
    m_tickets = makeChart(QStringLiteral("openTickets"), overview);
    m_revenue = makeChart(QStringLiteral("revenueByCategory"), overview);
    charts->addWidget(m_pipeline, 1);
    charts->addWidget(m_tickets, 1);
    charts->addWidget(m_revenue, 1);
    page->addLayout(charts, 1);
    auto* foot = new QHBoxLayout;
    m_note = new QLabel(overview);
    m_note->setObjectName(QStringLiteral("overviewNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_currency = new QComboBox(overview);
    m_currency->setObjectName(QStringLiteral("overviewCurrency"));
    addReportingCurrencies(m_currency);
    foot->addWidget(m_note, 1);
    foot->addWidget(new QLabel(tr("Amounts in"), overview));
    foot->addWidget(m_currency);
    page->addLayout(foot);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ReportsView::reload);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    // Fourteen reports do not fit a tab bar: they are chosen from a list beside them, by whom they are for.
    m_tabs->tabBar()->hide();
    m_tabs->setDocumentMode(true);
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
    // A person or team chosen in one report is chosen in all: going from the forecast to win/loss keeps looking
    // at the same people.
    QList<ReportScope*> scopes{m_pipelineReport->scope()};
    for (SalesReportView* report : std::as_const(m_salesReports))
        scopes << report->scope();
    for (ReportScope* scope : std::as_const(scopes))
        connect(scope, &ReportScope::chosen, this, [scope, scopes](const QString& owner, const QString& team) {
            for (ReportScope* other : scopes)
                if (other != scope)
                    other->set(owner, team);
        });
    auto* body = new QHBoxLayout;
    body->addWidget(makeNavigator());
    body->addWidget(m_tabs, 1);
    layout->addLayout(body, 1);
    auto opens = [this](int tile, QWidget* report) {
        static_cast<Tile*>(m_tiles[tile])->setOpens([this, report] { m_tabs->setCurrentWidget(report); });
    };
    opens(0, m_pipelineReport);
    for (SalesReportView* report : std::as_const(m_salesReports)) {
        if (report->kind() == ReportKind::Forecast)
            opens(1, report);
        else if (report->kind() == ReportKind::Reps)
            opens(2, report);
        else if (report->kind() == ReportKind::Tickets)
            opens(3, report);
    }
    connect(m_pipelineReport, &PipelineReportView::openRecordRequested, this, &View::openRecordRequested);
    connect(m_pipelineReport, &PipelineReportView::message, this, &View::message);
    // A report is computed when its tab is first shown, and again on Refresh.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_pipelineReport && !m_pipelineReport->isLoaded())
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

QTreeWidget* ReportsView::makeNavigator()
{
    m_navigator = new QTreeWidget(this);
    m_navigator->setObjectName(QStringLiteral("reportList"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setRootIsDecorated(false);
    m_navigator->setIndentation(12);
    m_navigator->setAccessibleName(tr("Reports"));
    m_navigator->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Rows a little apart, groups more: a list to pick from, not a dense tree.
    const QFontMetrics metrics = m_navigator->fontMetrics();
    int widest = 0;
    auto add = [&](QTreeWidgetItem* parent, int index) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_navigator);
        item->setText(0, m_tabs->tabText(index));
        item->setData(0, Qt::UserRole, index);
        const int width = metrics.horizontalAdvance(item->text(0)) + (parent ? m_navigator->indentation() : 0) + 16;
        widest = std::max(widest, width);
        item->setSizeHint(0, QSize(width, metrics.height() + 10));
    };
    add(nullptr, 0);
    const QList<std::pair<QString, std::function<bool(ReportKind)>>> groups{
        {tr("Sales"),
         [](ReportKind k) { return !HelpDeskReports::covers(k) && !CustomerReports::covers(k); }},
        {tr("Help desk"), &HelpDeskReports::covers},
        {tr("Customers"), &CustomerReports::covers}};
    for (const auto& [name, covers] : groups) {
        auto* group = new QTreeWidgetItem(m_navigator, {name});
        group->setFlags(Qt::ItemIsEnabled); // a heading, not a report
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setData(0, Qt::UserRole, -1);
        const int width = QFontMetrics(bold).horizontalAdvance(name) + 16;
        widest = std::max(widest, width);
        group->setSizeHint(0, QSize(width, metrics.height() + 18));
        group->setTextAlignment(0, Qt::AlignLeft | Qt::AlignBottom);
        for (int i = 1; i < m_tabs->count(); ++i) {
            auto* report = qobject_cast<SalesReportView*>(m_tabs->widget(i));
            if (covers(report ? report->kind() : ReportKind::Pipeline))
                add(group, i);
        }
    }
    m_navigator->expandAll();
    m_navigator->setItemsExpandable(false);
    m_navigator->setFixedWidth(widest + 2 * m_navigator->frameWidth() + 16);
    auto itemOf = [this](int index) -> QTreeWidgetItem* {
        for (QTreeWidgetItemIterator it(m_navigator); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toInt() == index)
                return *it;
        return nullptr;
    };
    m_navigator->setCurrentItem(itemOf(0));
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, [this, itemOf](QTreeWidgetItem* item) {
        if (!item)
            return;
        if (const int index = item->data(0, Qt::UserRole).toInt(); index >= 0) {
            m_tabs->setCurrentIndex(index);
            return;
        }
        // A heading is no report: its first one is, and the list shows what is shown.
        QTreeWidgetItem* first = item->childCount() > 0 ? item->child(0) : itemOf(m_tabs->currentIndex());
        QMetaObject::invokeMethod(m_navigator, [this, first] { m_navigator->setCurrentItem(first); },
                                  Qt::QueuedConnection);
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_navigator,
            [this, itemOf](int index) { m_navigator->setCurrentItem(itemOf(index)); });
    return m_navigator;
}

void ReportsView::showTeamReport(const QString& teamId)
{
    for (SalesReportView* report : std::as_const(m_salesReports))
        if (report->kind() == ReportKind::Reps) {
            report->setPeriod(SalesReportView::ThisQuarter);
            // As if chosen there: the other reports follow.
            report->scope()->ownerBox()->setCurrentIndex(0);
            report->scope()->teamBox()->setCurrentIndex(std::max(0, report->scope()->teamBox()->findData(teamId)));
            m_tabs->setCurrentWidget(report);
        }
}

void ReportsView::activate()
{
    if (!m_loaded && m_pending == 0) // coming back while it calculates needs no second round
        reload();
}

QWidget* ReportsView::tile(const QString& key) const
{
    return findChild<QWidget*>(QStringLiteral("tile_") + key);
}

void ReportsView::reload()
{
    if (m_pending > 0) {
        m_again = true; // once these are in, in the currency asked for now
        return;
    }
    m_again = false;
    m_failure.clear();
    m_status->setText(tr("Calculating…"));
    ReportRequest request;
    request.currency = m_currency->currentText();
    // The figures and the revenue side by side on two readers: the revenue reads a year of order lines and
    // takes longest, so the figures need not wait for it.
    for (OverviewPart part : {OverviewPart::Figures, OverviewPart::Revenue}) {
        ++m_pending;
        m_workspace.readers().run<ReportOverview>(
            this, [request, part](Database& db) { return Overview::reports(db, request, part); },
            [this, part](const Result<ReportOverview>& result) {
                if (!result)
                    m_failure = result.error().message;
                else if (part == OverviewPart::Figures)
                    showFigures(*result);
                else
                    showRevenue(*result);
                if (--m_pending > 0)
                    return;
                if (m_again) {
                    reload();
                    return;
                }
                m_status->setText(
                    m_failure.isEmpty()
                        ? tr("As of %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                        : m_failure);
                m_loaded = m_failure.isEmpty();
            });
    }
}

namespace {
/// Headline figures in whole units, the cents of a pipeline being noise; in brief, in millions or thousands.
Said whole(qint64 minor, const QString& currency)
{
    const Money money{minor, currency};
    return {money.formatWhole(), money.formatBrief()};
}
} // namespace

void ReportsView::showFigures(const ReportOverview& r)
{
    const QString& cur = r.currency;
    const QLocale locale;
    auto tileAt = [this](int i) { return static_cast<Tile*>(m_tiles[i]); };
    auto percent = [](double ratio) { return Formatting::percent(ratio * 100, 1); };

    qint64 openDeals = 0, openAmount = 0, weighted = 0;
    for (const PipelineStageFigures& s : r.pipeline) {
        openDeals += s.count;
        openAmount += s.amount;
        weighted += s.weighted;
    }
    const QString deals = Formatting::count(EntityType::Opportunity, openDeals);
    const Said weightedAmount = whole(weighted, cur);
    tileAt(0)->set(whole(openAmount, cur),
                   {tr("%1 · weighted %2").arg(deals, weightedAmount.whole),
                    tr("%n deal(s) · weighted %1", "in brief", int(openDeals)).arg(weightedAmount.brief)},
                   tr("Every open deal, whatever its close date; weighted by each deal's probability."));

    const QString quarter = Formatting::dateRange(r.quarterFrom, r.quarterTo);
    Said quota(tr("No quota for this quarter"));
    if (r.quotaThisQuarter > 0) {
        const QString share = percent(double(r.wonThisQuarter) / r.quotaThisQuarter);
        const Said of = whole(r.quotaThisQuarter, cur);
        quota = {tr("%1 of the quota of %2").arg(share, of.whole), tr("%1 of the quota", "in brief").arg(share)};
    }
    tileAt(1)->setCaptionBrief(
        tr("Won in Q%1", "in brief: the quarter of the year").arg((r.quarterFrom.month() + 2) / 3));
    tileAt(1)->set(whole(r.wonThisQuarter, cur), quota,
                   tr("Deals won %1; committed besides: %2.").arg(quarter, whole(r.commitThisQuarter, cur).whole));

    const qint64 closed = r.won + r.lost;
    QStringList record, brief;
    if (closed > 0) {
        record << tr("%1 of %2 won").arg(locale.toString(r.won), locale.toString(closed));
        brief << tr("%1 of %2 won", "in brief").arg(locale.toString(r.won), locale.toString(closed));
    }
    if (r.cycleDays) {
        record << tr("cycle %1 days").arg(locale.toString(*r.cycleDays, 'f', 0));
        brief << tr("cycle %1 days", "in brief").arg(locale.toString(*r.cycleDays, 'f', 0));
    }
    tileAt(2)->set(closed > 0 ? percent(double(r.won) / closed) : tr("None closed"),
                   {record.join(QStringLiteral(" · ")), brief.join(QStringLiteral(" · "))},
                   tr("Deals won and lost %1, and the average won deal's time from its first stage to its close.")
                       .arg(Formatting::dateRange(r.yearFrom, r.yearTo)));

    qint64 openTickets = 0;
    for (const TicketLoad& t : r.tickets)
        for (qint64 n : t.byStatus)
            openTickets += n;
    tileAt(3)->set(Said(locale.toString(openTickets)),
                   r.breachedTickets > 0
                       ? Said(tr("%n past their service level", "", int(r.breachedTickets)),
                              tr("%n overdue", "in brief: tickets", int(r.breachedTickets)))
                       : Said(tr("All within their service levels"), tr("All on time", "in brief: tickets")),
                   tr("New, open and waiting on the customer."), r.breachedTickets > 0);

    // The open pipeline by stage: amount and weighted amount.
    {
        auto* amount = new QBarSet(tr("Amount"));
        auto* weightedSet = new QBarSet(tr("Weighted"));
        QStringList stages;
        qint64 most = 0;
        for (const PipelineStageFigures& s : r.pipeline)
            most = std::max(most, s.amount);
        const MoneyScale scale(cur, Money{most, cur}.major());
        for (auto it = r.pipeline.crbegin(); it != r.pipeline.crend(); ++it) {
            *amount << scale(it->amount);
            *weightedSet << scale(it->weighted);
            stages << Schema::stages().label(it->stage);
        }
        auto* series = new QHorizontalBarSeries;
        series->append(amount);
        series->append(weightedSet);
        horizontalBars(m_pipeline, tr("Open pipeline by stage"), series, stages, scale(most), scale.title())
            ->setMargins(Compact);
        connect(series, &QHorizontalBarSeries::clicked, this, [this] { m_tabs->setCurrentWidget(m_pipelineReport); });
    }
    // Open tickets by priority, the most urgent at the top, each bar by status.
    {
        auto* series = new QHorizontalStackedBarSeries;
        QStringList priorities;
        double most = 0;
        for (const char* status : {"new", "open", "pending"}) {
            // "Waiting on customer" would be cut in a third of a laptop's window.
            auto* set = new QBarSet(qstrcmp(status, "pending") == 0
                                        ? tr("Waiting", "tickets waiting on the customer, in a chart's legend")
                                        : Schema::ticketStatuses().label(QString::fromLatin1(status)));
            for (auto it = r.tickets.crbegin(); it != r.tickets.crend(); ++it)
                *set << double(it->byStatus.value(QLatin1String(status)));
            series->append(set);
        }
        for (auto it = r.tickets.crbegin(); it != r.tickets.crend(); ++it) {
            priorities << Schema::ticketPriorities().label(it->priority);
            qint64 n = 0;
            for (qint64 v : it->byStatus)
                n += v;
            most = std::max(most, double(n));
        }
        horizontalBars(m_tickets, tr("Open tickets by priority"), series, priorities, most, tr("tickets"))
            ->setMargins(Compact);
        connect(series, &QHorizontalStackedBarSeries::clicked, this,
                [this] { static_cast<Tile*>(m_tiles[3])->open(); });
    }
    m_unconverted[0] = r.unconverted;
    showNote(r);
}

void ReportsView::showRevenue(const ReportOverview& r)
{
    const QString& cur = r.currency;
    qint64 revenue = 0;
    for (const CategoryRevenue& c : r.revenue)
        revenue += c.revenue;
    static_cast<Tile*>(m_tiles[4])
        ->set(whole(revenue, cur),
              r.revenue.isEmpty() || r.revenue.first().revenue <= 0
                  ? tr("No orders")
                  : tr("Most from %1").arg(r.revenue.first().category),
              tr("Orders placed %1, not cancelled.").arg(Formatting::dateRange(r.yearFrom, r.yearTo)));
    // Revenue by product category, the largest at the top.
    {
        auto* set = new QBarSet(tr("Revenue"));
        QStringList categories;
        const MoneyScale scale(
            cur, r.revenue.isEmpty() ? 0 : Money{r.revenue.first().revenue, cur}.major()); // the largest first
        for (auto it = r.revenue.crbegin(); it != r.revenue.crend(); ++it) {
            *set << scale(it->revenue);
            categories << it->category;
        }
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        horizontalBars(m_revenue, tr("Revenue by product category"), series, categories,
                       scale(r.revenue.isEmpty() ? 0 : r.revenue.first().revenue), scale.title())
            ->setMargins(Compact);
    }

    m_unconverted[1] = r.unconverted;
    showNote(r);
}

void ReportsView::showNote(const ReportOverview& r)
{
    QStringList unconverted = m_unconverted[0];
    for (const QString& c : std::as_const(m_unconverted[1]))
        if (!unconverted.contains(c))
            unconverted << c;
    const QString day = Formatting::date(r.ratesOf);
    m_note->setText(unconverted.isEmpty()
                        ? tr("Amounts converted to %1 at the exchange rates of %2.").arg(r.currency, day)
                        : tr("Amounts converted to %1 at the exchange rates of %2; without a rate, amounts in %3 "
                             "are counted but not summed.")
                              .arg(r.currency, day, unconverted.join(QStringLiteral(", "))));
}

} // namespace rapport
