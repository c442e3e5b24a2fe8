// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "HistoryView.h"

#include "Formatting.h"
#include "Icons.h"
#include "models/HistoryModel.h"
#include "widgets/ToolRow.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {

/// An entry in two lines: when and what on the first, the detail (and who, on an account) on the second.
class HistoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {0, option.fontMetrics.height() * 2 + 14}; // as wide as the list: the text is elided to fit
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole text = selected ? QPalette::HighlightedText : QPalette::Text;
        const QFontMetrics fm = option.fontMetrics;
        const QRect r = option.rect.adjusted(6, 5, -6, -5);
        const int line = fm.height();
        const qint64 at = index.data(HistoryModel::AtRole).toLongLong();
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(at).toLocalTime();
        const QLocale locale;
        const int dateWidth = fm.horizontalAdvance(Formatting::date(QDate(2000, 12, 28))) + 12;

        // What is planned (a meeting next week, a task due) is newest of all, so it comes first: its date in the
        // link colour, and a line under the last of it, where now is.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool planned = at > now;
        p->save();
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText
                                       : planned ? QPalette::Link
                                                 : QPalette::PlaceholderText));
        p->drawText(QRect(r.left(), r.top(), dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                    Formatting::date(when.date()));
        p->drawText(QRect(r.left(), r.top() + line, dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                    locale.toString(when.time(), QLocale::ShortFormat));
        if (const QModelIndex next = index.siblingAtRow(index.row() + 1);
            planned && next.isValid() && next.data(HistoryModel::AtRole).toLongLong() <= now)
            p->fillRect(QRect(option.rect.left(), option.rect.bottom() - 1, option.rect.width(), 2),
                        option.palette.color(QPalette::Link));
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const int iconSize = line;
        icon.paint(p, QRect(r.left() + dateWidth, r.top(), iconSize, iconSize));

        const int x = r.left() + dateWidth + iconSize + 8;
        const QString person = index.data(HistoryModel::PersonRole).toString();
        const int personWidth = person.isEmpty() ? 0 : std::min(fm.horizontalAdvance(person) + 8, r.width() / 4);
        QFont bold = option.font;
        bold.setBold(true);
        const bool doneTask = index.data(HistoryModel::SubtypeRole).toString() == QLatin1String("task") &&
                              index.data(HistoryModel::DoneRole).toBool();
        bold.setStrikeOut(doneTask);
        p->setFont(bold);
        p->setPen(option.palette.color(text));
        const QRect titleRect(x, r.top(), r.right() - x - personWidth, line);
        p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                  titleRect.width()));
        p->setFont(option.font);
        if (!person.isEmpty())
            p->drawText(QRect(r.right() - personWidth, r.top(), personWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                        fm.elidedText(person, Qt::ElideRight, personWidth));
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect detailRect(x, r.top() + line, r.right() - x, line);
        p->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(index.data(HistoryModel::DetailRole).toString(), Qt::ElideRight, detailRect.width()));
        p->restore();
    }
};

} // namespace

HistoryView::HistoryView(ReaderPool& readers, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(readers, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    // One toggle per kind of contact, as people look for them: calls, meetings, e-mails, tasks and notes,
    // tickets with their conversation, deals with their stages and quotes, orders. Labels alone when narrow.
    auto* bar = m_bar = new ToolRow(this);
    QHBoxLayout* filters = bar->row();
    filters->setSpacing(4);
    auto* show = new QLabel(tr("Show:"), bar);
    show->setForegroundRole(QPalette::PlaceholderText);
    filters->addWidget(show);
    const struct
    {
        const char* name;
        QString label;
        QIcon icon;
    } kinds[] = {{"filterCalls", tr("Calls"), icon(Icon::Call)},
                 {"filterMeetings", tr("Meetings"), icon(Icon::Meeting)},
                 {"filterEmails", tr("Emails"), icon(Icon::Email)},
                 {"filterTasks", tr("Tasks and notes"), icon(Icon::Task)},
                 {"filterTickets", tr("Tickets"), iconFor(EntityType::Ticket)},
                 {"filterDeals", tr("Deals"), iconFor(EntityType::Opportunity)},
                 {"filterOrders", tr("Orders"), icon(Icon::Export)}};
    for (const auto& k : kinds) {
        auto* b = new QToolButton(bar);
        b->setObjectName(QLatin1String(k.name));
        b->setText(k.label);
        b->setToolTip(tr("Show or hide %1").arg(k.label));
        b->setIcon(k.icon);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        ToolRow::keepLabelOnly(b); // a filter says what it filters: when narrow, its label without the icon
        b->setCheckable(true);
        b->setChecked(true);
        connect(b, &QToolButton::toggled, this, &HistoryView::applyFilter);
        m_filters << b;
        filters->addWidget(b);
    }
    filters->addStretch(1);
    layout->addWidget(bar);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("history"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HistoryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    layout->addWidget(m_empty);

    auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openRecordRequested(static_cast<EntityType>(index.data(HistoryModel::TypeRole).toInt()),
                                       index.data(HistoryModel::IdRole).toString());
    };
    connect(m_list, &QListView::activated, this, open);
    connect(m_model, &HistoryModel::loaded, this, [this](bool empty) {
        m_empty->setText(tr("Nothing of these kinds yet."));
        m_empty->setVisible(empty);
        m_list->setVisible(!empty);
    });
    connect(m_model, &HistoryModel::loadFailed, this, [this](const QString& message) {
        m_empty->setText(message);
        m_empty->show();
    });
}

void HistoryView::setSubject(EntityType type, const QString& id)
{
    m_type = type;
    m_id = id;
    // A deal's own timeline has no tickets, and its deal entries are what became of it.
    const bool deal = type == EntityType::Opportunity;
    m_filters[4]->setVisible(!deal);
    m_filters[5]->setText(deal ? tr("Stages and quotes") : tr("Deals"));
    m_filters[5]->setToolTip(tr("Show or hide %1").arg(m_filters[5]->text()));
    m_bar->textChanged();
    applyFilter();
}

void HistoryView::applyFilter()
{
    QList<HistoryKind> kinds;
    QStringList activityTypes;
    const QStringList types[] = {{QStringLiteral("call")},
                                 {QStringLiteral("meeting")},
                                 {QStringLiteral("email")},
                                 {QStringLiteral("task"), QStringLiteral("note")}};
    for (int i = 0; i < 4; ++i)
        if (m_filters[i]->isChecked())
            activityTypes << types[i];
    if (!activityTypes.isEmpty())
        kinds << HistoryKind::Activity;
    if (activityTypes.size() == 5)
        activityTypes.clear(); // every type
    if (m_filters[4]->isChecked())
        kinds << HistoryKind::Ticket << HistoryKind::TicketEntry;
    if (m_filters[5]->isChecked())
        kinds << HistoryKind::Deal << HistoryKind::StageChange << HistoryKind::Quote;
    if (m_filters[6]->isChecked())
        kinds << HistoryKind::Order;
    if (kinds.isEmpty()) {
        // Nothing chosen shows nothing, honestly, rather than everything.
        m_model->show(m_type, QString(), {});
        m_empty->setText(tr("Choose what to show above."));
        m_empty->show();
        m_list->hide();
        return;
    }
    m_empty->hide();
    m_list->show();
    m_model->show(m_type, m_id, kinds.size() == 7 ? QList<HistoryKind>() : kinds, activityTypes);
}

} // namespace rapport
