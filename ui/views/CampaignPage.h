// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Campaigns.h"
#include "views/RecordPage.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace rapport {

class Workspace;

/// A campaign's page: its fields; its members, each with where the campaign reaches them, whether it went out,
/// their response, and for those left out why, as their consent says now; what it achieved (reached,
/// responses, leads, deals won, cost per response). People are added by tag here or from the contacts list
/// (Add to campaign…), by their consent; Send writes whom it goes out to for the mail tool and marks the planned
/// members sent, checking consent again; a
/// response is recorded on a member, and an unsubscribe withdraws their consent. Each is one undo step.
class CampaignPage : public RecordPage
{
    Q_OBJECT

public:
    CampaignPage(Workspace& workspace, QUndoStack& undo, QWidget* parent = nullptr);

    void showRecord(const QString& id) override;
    void createNew(const Record& prefill) override;
    RecordPanel* details() const override { return m_details; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* members() const { return m_members; }
    QLabel* results() const { return m_results; }
    bool isLoaded() const { return m_loaded; }

    /// Adds every contact with `tag`; says what happened through `message`.
    Status addTagged(const QString& tag);
    /// Adds the people at the customers of an RFM segment (Schema::customerSegments), as last scored.
    Status addAtCustomers(const QString& segment);
    /// Adds the leads with `status` (a lead status key); converted leads are contacts now and are not among them.
    Status addLeads(const QString& status);
    /// Writes the planned members who may still receive it to `recipientsPath` (CSV for the mail tool), then marks
    /// them sent; nobody is marked unless the file was written.
    Status send(const QString& recipientsPath);
    /// Records the member in `row`'s response of `kind` now.
    Status respond(int row, const QString& kind);

Q_SIGNALS:
    void loaded();

private:
    void reload();
    /// The campaign's name and facts above the tabs.
    void showHeader(const Record& campaign);
    void clear(); ///< nothing shown: no campaign, or a new one being made
    Status respond(const Campaigns::Member& member, const QString& kind);
    Status apply(const QList<Mutation>& mutations, const QString& text);
    /// Adds the people `ids` (contacts or leads) as one undoable step named `undoText`; `none` is the message when
    /// there is nobody to add.
    Status enrol(const Result<QStringList>& ids, const QString& none, const QString& undoText);

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QString m_id;
    QTabWidget* m_tabs;
    QLabel* m_title;
    QLabel* m_subtitle;
    RecordPanel* m_details;
    QTreeWidget* m_members;
    QLabel* m_results;
    QPushButton* m_send;
    QPushButton* m_add; ///< people join while it is planned or running
    QList<Campaigns::Member> m_list;
    quint64 m_ticket = 0;
    bool m_loaded = false;
};

} // namespace rapport
