// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "OrgChartView.h"

#include "Icons.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

namespace rapport {

namespace {
constexpr qreal NodeWidth = 190;
constexpr qreal NodeHeight = 50;
constexpr qreal GapX = 18;
constexpr qreal GapY = 46;
// Two or more reports who manage nobody hang in columns of up to eight under their manager, as org charts draw
// a team, instead of a row as wide as the team (the chart sits in a pane taller than it is wide); those who
// manage others stand beside the columns, as before.
constexpr int StackFrom = 2;
constexpr int StackRows = 8;
constexpr qreal Indent = 24;   ///< a column's gutter, where its connector runs
constexpr qreal StackGap = 12; ///< between two boxes of a column
} // namespace

/// One person's box: name and job title. Can be dragged onto another person.
class PersonNode : public QGraphicsRectItem
{
public:
    PersonNode(OrgChartView* view, const OrgPerson& person, bool focus)
        : QGraphicsRectItem(0, 0, NodeWidth, NodeHeight)
        , m_view(view)
        , m_person(person)
        , m_focus(focus)
    {
        setFlags(ItemIsMovable | ItemIsSelectable);
        setCursor(Qt::OpenHandCursor);
        setToolTip(person.jobTitle.isEmpty() ? person.name : person.name + QStringLiteral("\n") + person.jobTitle);
        setZValue(1);
    }

    const OrgPerson& person() const { return m_person; }
    void setHome(const QPointF& p)
    {
        m_home = p;
        setPos(p);
    }

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override
    {
        Q_UNUSED(widget)
        const QPalette pal = m_view->palette();
        const bool selected = option->state & QStyle::State_Selected;
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(m_focus ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), m_focus ? 2.5 : 1));
        p->setBrush(selected ? pal.color(QPalette::Highlight).lighter(170) : pal.color(QPalette::Base));
        p->drawRoundedRect(rect().adjusted(1, 1, -1, -1), 6, 6);
        const QRectF text = rect().adjusted(10, 6, -10, -6);
        QFont bold = m_view->font();
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        const QFontMetricsF fm(bold);
        p->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(m_person.name, Qt::ElideRight, text.width()));
        p->setFont(m_view->font());
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(m_view->font()).elidedText(m_person.jobTitle, Qt::ElideRight, text.width()));
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override
    {
        setCursor(Qt::ClosedHandCursor);
        setZValue(2);
        QGraphicsRectItem::mousePressEvent(event);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override
    {
        QGraphicsRectItem::mouseReleaseEvent(event);
        setCursor(Qt::OpenHandCursor);
        setZValue(1);
        const bool moved = (pos() - m_home).manhattanLength() > 8;
        const QPointF drop = event->scenePos();
        setPos(m_home); // the chart is redrawn from the data once the change is saved
        if (moved)
            m_view->dropped(m_person.id, drop);
    }
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override
    {
        Q_UNUSED(event)
        Q_EMIT m_view->openRecordRequested(EntityType::Contact, m_person.id);
    }
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override
    {
        m_view->contextMenu(m_person.id, event->screenPos());
    }

private:
    OrgChartView* m_view;
    OrgPerson m_person;
    bool m_focus;
    QPointF m_home;
};

OrgChartView::OrgChartView(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("orgChart"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop); // a tree hangs from its top
    setBackgroundBrush(palette().color(QPalette::Window));
}

void OrgChartView::setPeople(const QList<OrgPerson>& people, const QString& focus)
{
    scene()->clear();
    m_nodes.clear();
    m_managers.clear();
    QHash<QString, QList<QString>> reports;
    QHash<QString, const OrgPerson*> byId;
    for (const OrgPerson& p : people)
        byId.insert(p.id, &p);
    QStringList roots;
    for (const OrgPerson& p : people) {
        m_managers.insert(p.id, p.reportsTo);
        if (!p.reportsTo.isEmpty() && byId.contains(p.reportsTo) && p.reportsTo != p.id)
            reports[p.reportsTo] << p.id;
        else
            roots << p.id;
    }
    // A tidy tree: leaves side by side in order, each manager centred over their reports; a team of people
    // who manage nobody in columns under its manager.
    qreal nextX = 0;
    QSet<QString> placed;
    QSet<QString> inColumns;
    const auto addNode = [&](const QString& id) {
        placed.insert(id);
        auto* node = new PersonNode(this, *byId.value(id), id == focus);
        scene()->addItem(node);
        m_nodes.insert(id, node);
        return node;
    };
    std::function<qreal(const QString&, int)> place = [&](const QString& id, int depth) -> qreal {
        PersonNode* node = addNode(id);
        // Those who manage nobody, when there are enough of them, in columns first; then each sub-team.
        QStringList team, alone;
        for (const QString& child : reports.value(id))
            if (!placed.contains(child)) {
                team << child;
                if (reports.value(child).isEmpty())
                    alone << child;
            }
        QList<qreal> centres;
        if (alone.size() >= StackFrom) {
            const qsizetype columns = (alone.size() + StackRows - 1) / StackRows;
            const qsizetype rows = (alone.size() + columns - 1) / columns;
            const qreal left = nextX;
            for (qsizetype k = 0; k < alone.size(); ++k) {
                addNode(alone[k])->setHome(
                    QPointF(left + Indent + qreal(k / rows) * (NodeWidth + Indent),
                            (depth + 1) * (NodeHeight + GapY) + qreal(k % rows) * (NodeHeight + StackGap)));
                inColumns.insert(alone[k]);
            }
            nextX += std::max(NodeWidth, qreal(columns) * (NodeWidth + Indent)) + GapX;
            centres << left + NodeWidth / 2;
        }
        for (const QString& child : std::as_const(team))
            if (!placed.contains(child))
                centres << place(child, depth + 1);
        qreal x;
        if (centres.isEmpty()) {
            x = nextX;
            nextX += NodeWidth + GapX;
        } else {
            x = (centres.first() + centres.last()) / 2 - NodeWidth / 2;
        }
        node->setHome(QPointF(x, depth * (NodeHeight + GapY)));
        return x + NodeWidth / 2;
    };
    m_top.clear();
    qsizetype largest = 0;
    for (const QString& root : std::as_const(roots)) {
        const qsizetype before = placed.size();
        place(root, 0);
        if (placed.size() - before > largest) {
            largest = placed.size() - before;
            m_top = root;
        }
    }
    // Anyone left is in a loop of reports-to (only sync of concurrent edits can make one): shown as roots.
    for (const OrgPerson& p : people)
        if (!placed.contains(p.id))
            place(p.id, 0);

    const QPen pen(palette().color(QPalette::Mid), 1.2);
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        const PersonNode* manager = m_nodes.value(it.key());
        for (const QString& child : it.value()) {
            const PersonNode* report = m_nodes.value(child);
            if (!manager || !report)
                continue;
            const QPointF from = manager->pos() + QPointF(NodeWidth / 2, NodeHeight);
            const QPointF to = report->pos() + QPointF(NodeWidth / 2, 0);
            QPainterPath path(from);
            const qreal midY = from.y() + GapY / 2;
            path.lineTo(from.x(), midY);
            if (inColumns.contains(child)) { // down the column's gutter, then into the box's side
                const QPointF side = report->pos() + QPointF(0, NodeHeight / 2);
                path.lineTo(side.x() - Indent / 2, midY);
                path.lineTo(side.x() - Indent / 2, side.y());
                path.lineTo(side);
            } else {
                path.lineTo(to.x(), midY);
                path.lineTo(to);
            }
            scene()->addPath(path, pen)->setZValue(0);
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    resetTransform();
    m_zoom = Zoom::Readable;
    if (PersonNode* n = m_nodes.value(focus))
        centerOn(n);
    else if (isVisible())
        showReadable();
    else
        m_fitPending = true;
}

void OrgChartView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    // The view settles into its size after it is shown (the page's layout, the window's, scroll bars coming and
    // going): the chart is shown again for the size it has, until the person zooms.
    if (m_zoom != Zoom::ByHand && isVisible() && !scene()->sceneRect().isEmpty())
        m_fitPending = true;
    fitIfPending();
}

void OrgChartView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    fitIfPending();
}

void OrgChartView::fitIfPending()
{
    // Laid out while hidden (another tab, or the list shown instead) at the size it had then: fitted when seen.
    if (m_fitPending && isVisible()) {
        m_fitPending = false;
        if (m_zoom == Zoom::Whole)
            fitWhole();
        else
            showReadable();
    }
}

QRectF OrgChartView::nodeRect(const QString& id) const
{
    const PersonNode* n = m_nodes.value(id);
    return n ? n->sceneBoundingRect() : QRectF();
}

void OrgChartView::dropped(const QString& personId, const QPointF& scenePos)
{
    for (QGraphicsItem* item : scene()->items(scenePos)) {
        auto* target = dynamic_cast<PersonNode*>(item);
        if (!target || target->person().id == personId)
            continue;
        // Onto someone who reports to them, directly or further down: that would be a circle.
        QSet<QString> seen;
        for (QString up = m_managers.value(target->person().id); !up.isEmpty() && !seen.contains(up);
             up = m_managers.value(up)) {
            if (up == personId) {
                Q_EMIT message(tr("%1 cannot report to %2, who reports to them.")
                                   .arg(m_nodes.value(personId)->person().name, target->person().name));
                return;
            }
            seen.insert(up);
        }
        if (m_managers.value(personId) != target->person().id)
            Q_EMIT reportsToChangeRequested(personId, target->person().id);
        return;
    }
}

void OrgChartView::contextMenu(const QString& personId, const QPoint& screenPos)
{
    QMenu menu(this);
    menu.addAction(iconFor(EntityType::Contact), tr("Open"),
                   [this, personId] { Q_EMIT openRecordRequested(EntityType::Contact, personId); });
    QAction* none = menu.addAction(tr("Reports to nobody"),
                                   [this, personId] { Q_EMIT reportsToChangeRequested(personId, QString()); });
    none->setEnabled(!m_managers.value(personId).isEmpty());
    menu.exec(screenPos);
}

void OrgChartView::zoomIn()
{
    m_zoom = Zoom::ByHand;
    // Up to three times life size: a name to read from across the desk, not a box bigger than the view.
    if (transform().m11() * 1.25 <= MaxZoom)
        scale(1.25, 1.25);
}

void OrgChartView::zoomOut()
{
    m_zoom = Zoom::ByHand;
    // Down to where the whole chart fits (life size for one that fits as it is), never below a tenth of life
    // size, where a company too large for that is only lines.
    const qreal floor = std::max(MinZoom, std::min(fittingZoom(), 1.0));
    if (transform().m11() * 0.8 >= floor)
        scale(0.8, 0.8);
}

qreal OrgChartView::fittingZoom() const
{
    const QRectF chart = scene()->sceneRect();
    if (chart.isEmpty())
        return 1;
    return std::min(viewport()->width() / chart.width(), viewport()->height() / chart.height());
}

void OrgChartView::fitAll()
{
    m_zoom = Zoom::Whole;
    fitWhole();
}

void OrgChartView::fitWhole()
{
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > 1)
        resetTransform();
}

void OrgChartView::showReadable()
{
    // Never larger than life, and never too small to read: a large company opens at its top, to be panned.
    constexpr qreal Readable = 0.75;
    const QRectF chart = scene()->sceneRect();
    m_zoom = Zoom::Readable;
    fitWhole();
    if (transform().m11() >= Readable)
        return;
    setTransform(QTransform::fromScale(Readable, Readable));
    const PersonNode* top = m_nodes.value(m_top);
    const qreal x = top ? top->sceneBoundingRect().center().x() : chart.center().x();
    centerOn(x, chart.top() + viewport()->height() / 2.0 / Readable);
}

void OrgChartView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void OrgChartView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace rapport
