// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/CustomerOverview.h"

#include <QGraphicsView>

namespace rapport {

/// The people at an account as a tree drawn from who reports to whom. Drag to pan, Ctrl+wheel or the
/// zoom keys to zoom; drag a person onto another to make that one their manager; double-click to open.
class OrgChartView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OrgChartView(QWidget* parent = nullptr);

    /// Lays the chart out anew; `focus` (a person's id) is marked and scrolled into view.
    void setPeople(const QList<OrgPerson>& people, const QString& focus = {});
    int personCount() const { return static_cast<int>(m_nodes.size()); }
    /// Where a person's box is, in scene coordinates (for tests and for scrolling to them).
    QRectF nodeRect(const QString& id) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// How a chart opens: whole if it can be read whole, else its top (the head of the largest tree) at a
    /// readable size, to be panned.
    void showReadable();
    /// The whole chart in view, however small that makes it (never larger than life): what Fit asks for.
    void fitAll();

Q_SIGNALS:
    /// The user dropped `personId` onto `managerId` (empty: asked for them to report to nobody).
    void reportsToChangeRequested(const QString& personId, const QString& managerId);
    void openRecordRequested(rapport::EntityType type, const QString& id);
    /// A drop that cannot be done, and why.
    void message(const QString& text);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    friend class PersonNode;
    void dropped(const QString& personId, const QPointF& scenePos);
    void contextMenu(const QString& personId, const QPoint& screenPos);
    /// Shows the chart as m_zoom says for a chart laid out while hidden or a view that changed size, once the view
    /// is seen at its size.
    void fitIfPending();
    /// The whole chart in view, never larger than life.
    void fitWhole();
    /// The zoom at which the whole chart fills the view.
    qreal fittingZoom() const;

    static constexpr qreal MaxZoom = 3.0;
    static constexpr qreal MinZoom = 0.1;

    QHash<QString, class PersonNode*> m_nodes;
    QHash<QString, QString> m_managers;
    QString m_top;             ///< the head of the largest tree: where a chart too large to read whole opens
    bool m_fitPending = false; ///< fit the new chart once the view has its size
    /// How the chart is shown, kept as the view changes size (the page settling, scroll bars coming and going):
    /// as it opens, whole (Fit), or as the person zoomed it (kept as it is).
    enum class Zoom { Readable, Whole, ByHand } m_zoom = Zoom::Readable;
};

} // namespace rapport
