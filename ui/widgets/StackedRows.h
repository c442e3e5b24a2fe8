// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QList>
#include <QStyledItemDelegate>

class QTableView;

namespace rapport {

/// A list too narrow for its columns shows each row in two lines: the columns in view as usual and, below them
/// across the row, the values of the columns a scroll away ("Baumgartner Energie GmbH · Qualification ·
/// €242,550.00"), so that three deals named "Cloud Backup renewal" still tell themselves apart, and a ticket
/// beside its number, clock, priority and subject says whose it is and where it stands. While the list has room,
/// every cell is drawn as usual.
class StackedRows : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StackedRows(QTableView* view);

    /// Shows the rows in two lines, the values of `below` across the row under the columns in view, starting
    /// where the text of `first` (the first logical column in view) does; or in one line as usual (`below`
    /// empty). The rows grow or shrink to match, the current row staying in view.
    void stack(int first, const QList<int>& below);
    bool isStacked() const { return !m_below.isEmpty(); }
    /// The second line of the row of `index`, whole: its other columns' values that say something, in order.
    QString secondLine(const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int lineHeight() const;

    QTableView* m_view;
    int m_first = 0;
    int m_oneLine = 0; ///< a row's height in one line
    QList<int> m_below;
};

} // namespace rapport
