// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "FiguresInView.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
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
    int others = 0;
    for (int c = 1; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            others += wanted(c);
    const int own = wanted(0);
    const int room = m_table->viewport()->width() - others;
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, std::max(std::min(own, Readable), std::min(own, room)));
}

} // namespace rapport
