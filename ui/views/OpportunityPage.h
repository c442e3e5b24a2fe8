// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/OpportunityDetails.h"
#include "views/RecordPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTableWidget;
class QTreeWidget;
class QUndoStack;

namespace rapport {

class HistoryView;
class RecordPicker;
class Workspace;

/// A deal's page: its fields (stage, amount and currency, probability, expected close, forecast category,
/// competitors, budget, next step, source and campaign), its timeline (activities done and planned, stages,
/// quotes, orders) with a call to log and the next meeting, call or task to plan, its line items from the catalogue
/// (quantity, price and discount edited in place; the amount follows the items), the buying roles of the customer's
/// people, the whole stage history, and its quotes (create the next version, open or print any). Every
/// change is one undo step; reads happen on a reader thread.
class OpportunityPage : public RecordPage
{
    Q_OBJECT

public:
    OpportunityPage(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    void createNew(const Record& prefill) override;
    RecordPanel* details() const override { return m_details; }
    QString recordId() const { return m_id; }
    const OpportunityDetails& current() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* items() const { return m_items; }
    QTreeWidget* roles() const { return m_roles; }
    QTreeWidget* history() const { return m_history; }
    HistoryView* timeline() const { return m_timeline; }
    QTreeWidget* quotes() const { return m_quotes; }

    /// Adds `quantity` of a catalogue product at its price in the deal's currency.
    Status addProduct(const QString& productId, qint64 quantity);
    /// Changes an item's quantity, unit price (minor units) or discount (basis points).
    Status changeItem(int row, qint64 quantity, qint64 unitPrice, qint64 discountBp);
    Status removeItem(int row);
    Status addRole(const QString& contactId, const QString& role);
    Status removeRole(int row);
    /// Opens the dialog that drafts the next version of the quote; returns it.
    class QuoteDialog* createQuote();
    /// Writes an issued quote's PDF to `path`.
    Status writeQuotePdf(const Record& quote, const QString& path) const;

Q_SIGNALS:
    void loaded();

private:
    void reload();
    /// Clears what the page knew of the previous deal.
    void forget();
    /// True when the page shows `m_id` as read (edits build on it); else `refusal` says to wait.
    bool current(Status& refusal) const;
    void display(const OpportunityDetails& data);
    void openQuote(int row);
    void printQuote(int row);
    Status apply(QList<Mutation> mutations, const QString& text);
    QList<qint64> lineTotalsWith(int changedRow, qint64 changedTotal, bool removed) const;

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QString m_id;
    OpportunityDetails m_data;
    QList<CatalogueItem> m_catalogue;
    QString m_catalogueCurrency;
    bool m_loaded = false;
    bool m_filling = false;
    quint64 m_ticket = 0;

    QLabel* m_title;
    QLabel* m_subtitle;
    QList<QToolButton*> m_actions; ///< log a call, plan, quote: once the deal is read
    QTabWidget* m_tabs;
    RecordPanel* m_details;
    HistoryView* m_timeline;
    QTableWidget* m_items;
    QComboBox* m_product;
    QSpinBox* m_quantity;
    QLabel* m_itemsTotal;
    QTreeWidget* m_roles;
    RecordPicker* m_roleContact;
    QComboBox* m_role;
    QTreeWidget* m_history;
    QPushButton* m_openQuote = nullptr;
    QPushButton* m_printQuote = nullptr;
    QTreeWidget* m_quotes;
};

} // namespace rapport
