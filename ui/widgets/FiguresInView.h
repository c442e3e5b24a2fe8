// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QObject>

class QTreeView;

namespace rapport {

/// Keeps a report table's figures in view. Its columns are as wide as what they hold, the first taking up the
/// room the others leave; where together they are
/// wider than the table, the first column (what a row is about: a customer, a rep, a stage) gives way, its
/// text ending in "…", down to a readable width, and then the other columns of words, before any figure goes
/// behind the scroll bar; headings wider
/// than their figures ("Average first response") go on two lines first, and so does the first column's heading
/// where it is wider than the column ("Customers who buy → also buy"). Fitted again as
/// the table is filled and resized, until the person sizes the first column by hand.
class FiguresInView : public QObject
{
public:
    /// Fits `table`'s columns from now on; the fitting lives as long as the table.
    static void keep(QTreeView* table);

    /// Narrowest the first column gets by giving way (pixels), unless its text is narrower still.
    static constexpr int Readable = 160;
    /// Narrowest another column of words (an owner, a segment) gets by giving way.
    static constexpr int WordsReadable = 90;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FiguresInView(QTreeView* table);
    void refitSoon();
    void fit();
    /// Puts headings wider than their figures on two lines; whether any was.
    bool wrapHeadings();
    /// Puts column `c`'s heading on two lines, split at the space nearest its middle; whether it was.
    bool wrapHeading(int c);

    QTreeView* m_table;
    bool m_pending = false;
    bool m_fitting = false;
    bool m_byHand = false;
};

} // namespace rapport
