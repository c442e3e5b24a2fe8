// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "FiguresInView.h"

#include "Formatting.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace rapport {

void FiguresInView::keep(QTreeView* table)
{
    new FiguresInView(table);
}

FiguresInView::FiguresInView(QTreeView* table)
    : QObject(table)
    , m_table(table)
{
    QHeaderView* header = table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->viewport()->installEventFilter(this);
    QAbstractItemModel* model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &FiguresInView::refitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FiguresInView::refitSoon);
    for (auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                         &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(model, changed, this, &FiguresInView::refitSoon);
    connect(model, &QAbstractItemModel::dataChanged, this, &FiguresInView::refitSoon);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == 0 && !m_fitting && m_table->header()->sectionResizeMode(0) == QHeaderView::Interactive)
            m_byHand = true;
    });
}

bool FiguresInView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        refitSoon();
    return QObject::eventFilter(watched, event);
}

void FiguresInView::refitSoon()
{
    if (m_pending || m_byHand)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void FiguresInView::fit()
{
    QHeaderView* header = m_table->header();
    if (m_byHand || header->count() < 2)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    const QAbstractItemView* view = m_table; // where sizeHintForColumn() is public
    const auto wanted = [&](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    const auto sumOfOthers = [&] {
        int sum = 0;
        for (int c = 1; c < header->count(); ++c)
            if (!header->isSectionHidden(c))
                sum += wanted(c);
        return sum;
    };
    for (int c = 1; c < header->count(); ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    int others = sumOfOthers();
    const int own = wanted(0);
    if (others + own > m_table->viewport()->width() && wrapHeadings())
        others = sumOfOthers();
    int room = m_table->viewport()->width() - others;
    // Where that is not enough, the other columns of words (an owner, a segment) give way too, down to a few
    // words each, before a figure goes behind the scroll bar.
    const QAbstractItemModel* model = m_table->model();
    for (int c = header->count() - 1; c >= 1 && room < std::min(own, Readable); --c) {
        const Qt::Alignment align = model->rowCount() > 0
                                        ? Qt::Alignment(model->index(0, c).data(Qt::TextAlignmentRole).toInt())
                                        : Qt::Alignment();
        if (header->isSectionHidden(c) || (align & Qt::AlignRight))
            continue;
        const int w = wanted(c);
        const int give = std::min(std::min(own, Readable) - room, w - std::min(w, WordsReadable));
        if (give <= 0)
            continue;
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_table->setColumnWidth(c, w - give);
        room += give;
    }
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    // The room the figures leave, however much: a table that ends short of its pane looked unfinished.
    const int width = std::max(std::min(own, Readable), room);
    m_table->setColumnWidth(0, width);
    // Its heading cut mid-letter where the column gives way ("Customers who buy → also b"): on two lines.
    const QString heading = m_table->model()->headerData(0, Qt::Horizontal).toString();
    if (!heading.contains(QLatin1Char('\n')) && QFontMetrics(header->font()).horizontalAdvance(heading) +
                                                        2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) >
                                                    width)
        wrapHeading(0);
}

bool FiguresInView::wrapHeadings()
{
    // A heading wider than its figures ("Average first response" over "8.4 h") goes on two lines, split at the
    // space nearest its middle; its tooltip has it on one.
    QAbstractItemModel* model = m_table->model();
    const QAbstractItemView* view = m_table;
    const QFontMetrics metrics(m_table->header()->font());
    bool wrapped = false;
    for (int c = 1; c < model->columnCount(); ++c) {
        const QString heading = model->headerData(c, Qt::Horizontal).toString();
        if (m_table->header()->isSectionHidden(c) || heading.contains(QLatin1Char('\n')) ||
            metrics.horizontalAdvance(heading) <= view->sizeHintForColumn(c))
            continue;
        wrapped = wrapHeading(c) || wrapped;
    }
    return wrapped;
}

bool FiguresInView::wrapHeading(int c)
{
    QAbstractItemModel* model = m_table->model();
    const QString heading = model->headerData(c, Qt::Horizontal).toString();
    const qsizetype split = Formatting::middleSpace(heading);
    if (split < 0)
        return false;
    model->setHeaderData(c, Qt::Horizontal, heading, Qt::ToolTipRole); // on one line
    model->setHeaderData(c, Qt::Horizontal, heading.left(split) + QLatin1Char('\n') + heading.mid(split + 1));
    return true;
}

} // namespace rapport
