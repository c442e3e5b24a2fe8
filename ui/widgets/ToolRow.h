// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QToolButton;

namespace rapport {

/// A row of buttons and choices above a list, a calendar or a report that gives way when the window is
/// narrow: its tool buttons that show a label beside their icon show the icon alone (their tooltips say what
/// they do; or the label alone, if so asked), the last ones first and only as many as the width needs, until the
/// row is wide enough again for the labels and everything else at its preferred width; its combo boxes shorten
/// to about ten characters, their text ending in "…". A view's bars
/// thus never make the window wider than a laptop's screen.
///
/// Put widgets in `row()` (or layouts nested in it); the buttons are found there, in the order they stand.
class ToolRow : public QWidget
{
    Q_OBJECT

public:
    explicit ToolRow(QWidget* parent = nullptr);

    QHBoxLayout* row() const { return m_row; }
    /// Whether some buttons show their icons alone now; how many (the last ones in the row).
    bool isCompact() const { return m_compacted > 0; }
    int compactedButtons() const { return m_compacted; }
    /// Keeps this button's label in every width (a filter chip: its label is what it says).
    static void keepLabel(QToolButton* button);
    /// Shows this button's label alone when narrow (buttons whose icons look alike).
    static void keepLabelOnly(QToolButton* button);
    /// What a choice in a row shows at its width now: its text, ending in "…" where the box is too narrow.
    static QString shownText(const QComboBox* choice);
    /// Measures again after a text in the row changed (a heading), and shows or hides the labels to suit.
    void textChanged();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QList<QToolButton*> labelledButtons() const;
    void setCompacted(int count);
    /// The row's width with each number of buttons without labels, measured by switching the buttons (not
    /// painted meanwhile).
    void measure() const;
    /// Measures again soon (once however often asked).
    void remeasure();
    /// Labels or not, for the width the row has.
    void fit();
    /// Paints a choice narrower than its text with the text ending in "…"; true (painted).
    static bool paintShortened(QComboBox* choice);

    QHBoxLayout* m_row = nullptr;
    int m_compacted = 0;
    bool m_fitPending = false;
    mutable QList<int> m_widths; ///< preferred width with 0, 1, 2, … of the last buttons compact; empty: unmeasured
    mutable int m_compactWidth = -1;
};

} // namespace rapport
