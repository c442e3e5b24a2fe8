// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "GlobalSearch.h"

#include "Formatting.h"
#include "Icons.h"
#include "search/SearchService.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QKeySequence>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTimer>

namespace rapport {

namespace {

/// Draws a hit as: icon, title in bold, subtitle dimmed, kind of record at the right.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect textRect =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(4, 0, -6, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        const QString kind =
            index.data(GlobalSearch::TypeRole).isValid()
                ? Schema::entity(static_cast<EntityType>(index.data(GlobalSearch::TypeRole).toInt())).displayLabel()
                : QString();
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const int kindWidth = QFontMetrics(small).horizontalAdvance(kind) + 8;
        painter->setFont(small);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, kind);

        QRect left = textRect.adjusted(0, 0, -kindWidth, 0);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(opt.palette.color(textRole));
        const QFontMetrics bm(bold);
        const QString elidedTitle = bm.elidedText(title, Qt::ElideRight, left.width());
        painter->drawText(left, Qt::AlignLeft | Qt::AlignVCenter, elidedTitle);
        left.setLeft(left.left() + bm.horizontalAdvance(elidedTitle) + 10);
        const QString subtitle = index.data(GlobalSearch::SubtitleRole).toString();
        if (!subtitle.isEmpty() && left.width() > 20) {
            painter->setFont(opt.font);
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(opt.font).elidedText(subtitle, Qt::ElideRight, left.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
        return s;
    }
};

} // namespace

GlobalSearch::GlobalSearch(SearchService& search, QWidget* parent)
    : QLineEdit(parent)
    , m_search(search)
    , m_results(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search customers, deals, tickets… (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    setClearButtonEnabled(true);
    addAction(icon(Icon::Search), QLineEdit::LeadingPosition);
    setMinimumWidth(320);

    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    // Choosing a hit must not overwrite what was typed: complete with the typed text itself.
    m_completer->setCompletionRole(TypedTextRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("globalSearchResults"));
    m_completer->popup()->setItemDelegate(new HitDelegate(m_completer->popup()));
    m_completer->popup()->setMinimumWidth(520);

    // Searching is cheap, but not every keystroke of a fast typist needs its own query.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(this, &QLineEdit::textEdited, this, [this](const QString&) { m_debounce->start(); });
    connect(m_debounce, &QTimer::timeout, this, [this] { onTextEdited(text()); });
    connect(&m_search, &SearchService::resultsReady, this, &GlobalSearch::onResults);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &GlobalSearch::activate);
}

void GlobalSearch::onTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_search.cancel();
        m_results->clear();
        m_completer->popup()->hide();
        return;
    }
    m_ticket = m_search.search(text, 20,
                               {EntityType::Account, EntityType::Contact, EntityType::Lead, EntityType::Opportunity,
                                EntityType::Ticket, EntityType::KnowledgeArticle, EntityType::Campaign});
}

QString GlobalSearch::subtitleOf(const SearchHit& hit)
{
    if (hit.number.isEmpty())
        return hit.subtitle;
    const QString number = Formatting::phone(QString(), hit.number);
    return hit.subtitle.isEmpty() ? number : number + QStringLiteral(" · ") + hit.subtitle;
}

void GlobalSearch::onResults(quint64 ticket, const QString& text, const QList<SearchHit>& hits)
{
    if (ticket != m_ticket || text != this->text())
        return;
    m_results->clear();
    if (hits.isEmpty()) {
        auto* none = new QStandardItem(tr("Nothing found for \"%1\"").arg(text));
        none->setFlags(Qt::ItemIsEnabled);
        none->setData(text, TypedTextRole);
        m_results->appendRow(none);
    }
    for (const SearchHit& hit : hits) {
        auto* item = new QStandardItem(iconFor(hit.type), hit.title);
        item->setData(static_cast<int>(hit.type), TypeRole);
        item->setData(hit.id, IdRole);
        item->setData(subtitleOf(hit), SubtitleRole);
        item->setData(text, TypedTextRole);
        item->setToolTip(subtitleOf(hit));
        m_results->appendRow(item);
    }
    if (hasFocus()) {
        m_completer->complete();
        if (!hits.isEmpty())
            m_completer->popup()->setCurrentIndex(m_results->index(0, 0));
    }
}

void GlobalSearch::activate(const QModelIndex& index)
{
    if (!index.data(IdRole).isValid())
        return;
    const auto type = static_cast<EntityType>(index.data(TypeRole).toInt());
    const QString id = index.data(IdRole).toString();
    m_completer->popup()->hide();
    clear();
    m_results->clear();
    Q_EMIT openRecordRequested(type, id);
}

void GlobalSearch::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        clear();
        m_results->clear();
        m_search.cancel();
        clearFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_results->rowCount() > 0) {
        m_debounce->stop();
        activate(m_results->index(0, 0));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace rapport
