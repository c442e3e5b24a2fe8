// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "analytics/Pipeline.h"
#include "domain/Schema.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QSpinBox;
class QTimer;
class QUndoStack;

namespace rapport {

class Workspace;

/// One stage's cards, a page at a time as the column scrolls (Pipeline::cards). Cards are dragged out as
/// opportunity ids; a drop asks the board to move them here.
class PipelineColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CardRole = Qt::UserRole + 1, IdRole };
    static constexpr int PageSize = 50;
    static QString mimeType() { return QStringLiteral("application/x-rapport-opportunities"); }

    PipelineColumnModel(Workspace& workspace, QString stage, QObject* parent = nullptr);

    QString stage() const { return m_stage; }
    void setFilter(const PipelineFilter& filter);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    /// Deals dropped on this stage.
    void dropped(const QStringList& ids, const QString& stage);
    void failed(const QString& message);

private:
    Workspace& m_workspace;
    QString m_stage;
    PipelineFilter m_filter;
    QList<PipelineCard> m_cards;
    bool m_atEnd = false;
};

/// Fills the people and team choices of a pipeline filter (everyone but `except`, who has an entry of their own).
void addPeopleAndTeams(Workspace& workspace, QComboBox* people, QComboBox* teams, const QString& except = {});
/// Fills a close period choice (ClosePeriod values as item data).
void addClosePeriods(QComboBox* combo, bool withMonth);

/// A deal drawn as a card: name, account, amount and probability, close date (red when late) and owner.
class PipelineCardDelegate : public QStyledItemDelegate
{
public:
    /// Cards as wide as their list, or `width` wide (for a list that lays them side by side).
    explicit PipelineCardDelegate(QObject* parent = nullptr, int width = 0);
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Whether a card names its owner (not where the board shows one person's deals: "Lena Hoff…" on each
    /// of them said nothing).
    void setOwnerShown(bool shown) { m_ownerShown = shown; }
    bool ownerShown() const { return m_ownerShown; }

private:
    int m_width;
    bool m_ownerShown = true;
};

/// The pipeline board: a column per open stage with its deals as cards (name, account, amount, close date,
/// owner), the column's count, total and weighted total, filters (owner, team, close period, amount), and
/// dragging a card to another column to move the deal there (stage history is written by the store; a
/// drop on Closed lost asks why). The open columns share the width; the deals won and lost lately lie in a
/// row of cards below them, each a place to drop a deal that closes. Each list pages its cards as it
/// scrolls, so 200,000 open deals cost what 200 do.
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    PipelineBoard(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    void reload();
    /// Opens the company's stage names and probabilities for editing (one undoable step); returns the dialog.
    class QDialog* editStageProbabilities();
    void setFilter(const PipelineFilter& filter);
    PipelineFilter filter() const { return m_filter; }
    PipelineColumnModel* column(const QString& stage) const;
    QListView* columnView(const QString& stage) const;
    /// Moves deals to `stage` as a drop does (asking for the loss reason on Closed lost).
    void moveTo(const QStringList& ids, const QString& stage);
    /// The totals line of a column, as shown (tests).
    QString totalsText(const QString& stage) const;

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);
    void message(const QString& text);
    /// The columns' totals are on screen (tests and benchmarks wait for it).
    void loaded();

private:
    void readFilters();
    void showTotals(const PipelineReport& report);

    Workspace& m_workspace;
    QUndoStack& m_undo;
    PipelineFilter m_filter;
    QList<PipelineColumnModel*> m_models;
    QList<QListView*> m_views;
    QList<QLabel*> m_headers;
    QList<QLabel*> m_totals;
    QComboBox* m_owner;
    QComboBox* m_team;
    QComboBox* m_period;
    QSpinBox* m_minAmount;
    QTimer* m_reloadTimer;
    quint64 m_ticket = 0;
};

} // namespace rapport
