// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "views/View.h"

#include <QMap>

class QComboBox;
class QTabWidget;
class QUndoStack;

namespace rapport {

class CustomerScoring;
class ListPanel;
class Workspace;

/// A view made of lists in tabs (Contacts | Accounts | Campaigns, …), each with a filter of its own.
class RecordsView : public View
{
    Q_OBJECT

public:
    /// A choice in a list's filter menu: a label and the SQL condition it applies.
    struct Filter
    {
        QString label;
        QString condition;
        QVariantList values;
    };

    RecordsView(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    bool showRecord(EntityType type, const QString& id) override;
    bool createNew() override;
    ListPanel* panel(EntityType type) const { return m_panels.value(type); }
    /// Opens the merge dialog for these duplicates (the list's selection, a page's "Merge with…").
    void merge(EntityType type, const QStringList& ids);
    /// Opens "Find duplicates" over the whole book.
    void findDuplicates();
    /// Adds the people `ids` (contacts or leads, as `type` says) to a planned or running campaign the person picks,
    /// by their consent (one undo step); says who was left out and why.
    void addToCampaign(EntityType type, const QStringList& ids);
    QTabWidget* tabs() const { return m_tabs; }

protected:
    ListPanel* addList(EntityType type, const QString& tabLabel, const QList<Filter>& filters = {});
    /// A button in the list's bar that adds the selected people to a campaign, and the same in its menu.
    void offerCampaigns(ListPanel* people);

    Workspace& m_workspace;

private:
    QUndoStack& m_undo;
    QTabWidget* m_tabs;
    QMap<EntityType, ListPanel*> m_panels;
};

/// Contacts, accounts and campaigns.
class ContactsView : public RecordsView
{
    Q_OBJECT
public:
    /// `scoring` (may be null) says when the customers' standing the accounts show was scored again.
    ContactsView(Workspace& workspace, QUndoStack& undo, CustomerScoring* scoring, QWidget* parent = nullptr);
};

/// Opportunities and leads.
class OpportunitiesView : public RecordsView
{
    Q_OBJECT
public:
    OpportunitiesView(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);
    class PipelineBoard* board() const { return m_board; }

private:
    class PipelineBoard* m_board = nullptr;
};

} // namespace rapport
