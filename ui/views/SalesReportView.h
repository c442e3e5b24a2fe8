// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/SalesReports.h"
#include "domain/Schema.h"

#include <QWidget>

#include <functional>

class QBoxLayout;
class QAbstractBarSeries;
class QChart;
class QChartView;
class QComboBox;
class QDialog;
class QLabel;
class QSplitter;
class QTreeWidget;

namespace rapport {

class FoldedNote;
class ReportScope;
class Workspace;

/// One of the manager's reports (forecast, sales team, sales cycle, win/loss, slipped deals): filters for
/// the person, team, period and reporting currency, a Qt Charts chart and a table of the same figures, a
/// click on a bar or a cell lists the deals behind it, and the report exports to CSV, Excel and PDF.
/// Computed on a reader thread; a newer request makes an older answer stale.
class SalesReportView : public QWidget
{
    Q_OBJECT

public:
    enum Period { ThisQuarter, LastQuarter, NextQuarter, ThisYear, NextYear, LastYear, Last12Months, Custom };

    SalesReportView(Workspace& workspace, ReportKind kind, QWidget* parent = nullptr);

    ReportKind kind() const { return m_kind; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    const SalesReport& report() const { return m_report; }
    QTreeWidget* table() const { return m_table; }
    QChartView* chart() const { return m_chart; }
    /// The request the filters make.
    ReportRequest request() const;
    /// Whose figures (kept the same in every report by the Reports view).
    ReportScope* scope() const { return m_scope; }
    /// The period, if the report offers it.
    void setPeriod(Period period);
    /// Days of one's own choosing, `from` to `to` inclusive (the period's "Custom…" asks for them).
    void setCustomPeriod(const QDate& from, const QDate& to);
    /// Lists the deals (the help desk's reports: the tickets; the customers': the customers) behind the figure in
    /// `row`, `column` (the drill-down); returns the dialog, or null when the figure has nothing behind it. A row
    /// that is one customer opens its account instead.
    QWidget* drillDown(int row, int column);

    Status exportCsv(const QString& path) const;
    Status exportXlsx(const QString& path) const;
    Status exportPdf(const QString& path) const;

Q_SIGNALS:
    void loaded();
    void openRecordRequested(rapport::EntityType type, const QString& id);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* ticketDrillDown(int row, int column);
    QWidget* customerDrillDown(int row, int column);
    /// The title of the figures in `column`; empty for the rows' labels.
    QString figureTitle(int column) const;
    /// A drill-down's window: its list under a line that says what it lists (loading until then); activating an
    /// item asks to open the record of type `opens` whose id the item holds.
    QDialog* drillDialog(const QString& title, const QStringList& headers, EntityType opens, QTreeWidget*& list,
                         QLabel*& count);
    void display(const SalesReport& report);
    void buildChart();
    /// How many bars the chart shows: ten at most, and across (customers' names one above the other) no more
    /// than its height has room to name, so that every bar keeps its label.
    int barsThatFit() const;
    /// Divides the height between the chart and the table: the table's rows whole where the chart keeps
    /// ChartLeast, else (a long table, which scrolls anyway) two fifths of it. Until the person moves the
    /// divider.
    void fitTable();
    static constexpr int ChartLeast = 200;
    /// "Custom…": asks for the days; Cancel goes back to the period before.
    void askForPeriod();
    /// The filters in words, for the PDF's heading.
    QString describe() const;

    Workspace& m_workspace;
    const ReportKind m_kind;
    SalesReport m_report;
    ReportScope* m_scope;
    QComboBox* m_period;
    int m_chosenPeriod = 0; ///< the period's index before "Custom…" was picked, to go back to on Cancel
    QDate m_customFrom, m_customTo;
    QComboBox* m_by = nullptr;
    QComboBox* m_currency;
    FoldedNote* m_note;
    QStringList m_notes;   ///< what the report says beside its figures (on screen and in the PDF)
    QString m_describedAs; ///< the filters in words, as they were when the shown figures were asked for
    QChartView* m_chart;
    QTreeWidget* m_table;
    QSplitter* m_split;
    bool m_splitByHand = false; ///< the divider moved by the person: theirs from then on
    int m_bars = 0; ///< bars the chart was built with
    quint64 m_ticket = 0;
    bool m_loaded = false;
};

/// An Export button whose menu offers CSV, XLSX and PDF, asks for a file and reports the outcome through
/// `message`.
void addExportButton(QWidget* owner, QBoxLayout* bar, const QString& baseName,
                     const std::function<Status(const QString&)>& csv,
                     const std::function<Status(const QString&)>& xlsx,
                     const std::function<Status(const QString&)>& pdf,
                     const std::function<void(const QString&)>& message);

/// A report as a PDF: its title, the filters in words, the chart as shown, the table and the notes.
Status writeReportPdf(const QString& path, const SalesReport& report, QChartView* chart, const QString& description,
                      const QStringList& notes);

/// The unit a money chart counts in: thousands, or millions where thousands would need four digits and the axis
/// labels of a narrow chart would run into each other. Every report chart counts money this way.
struct MoneyScale
{
    /// For a chart whose largest figure is `largest` major units (euros, not cents) of `currency`.
    MoneyScale(const QString& currency, double largest);

    /// `minor` units of the currency in the chart's unit.
    double operator()(qint64 minor) const;
    /// The value axis's title: "thousand EUR", "million EUR".
    QString title() const;

    QString currency;
    double divisor = 1000;
};

/// A chart of horizontal bars in `view`, replacing its chart: `series` over `categories` (the last at the top),
/// the value axis from 0 past `most`, titled `axisTitle`; a legend below when there is more than one set.
QChart* horizontalBars(QChartView* view, const QString& title, QAbstractBarSeries* series,
                       const QStringList& categories, double most, const QString& axisTitle);

/// The manager's choice of reporting currency: EUR, USD, GBP, CHF and whatever was chosen before.
void addReportingCurrencies(QComboBox* combo);

} // namespace rapport
