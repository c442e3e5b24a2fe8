// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Schema.h"

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace rapport {

class HistoryModel;
class ReaderPool;
class ToolRow;

/// A customer's or a deal's timeline with buttons that show or hide each kind of interaction. Double-click or Enter
/// opens the record behind an entry.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(ReaderPool& readers, QWidget* parent = nullptr);

    /// Shows the timeline of a contact, an account or a deal (an empty id: nothing).
    void setSubject(EntityType type, const QString& id);
    HistoryModel* model() const { return m_model; }
    QListView* list() const { return m_list; }

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);

private:
    void applyFilter();

    HistoryModel* m_model;
    ToolRow* m_bar;
    QListView* m_list;
    QLabel* m_empty;
    QList<QToolButton*> m_filters;
    EntityType m_type = EntityType::Contact;
    QString m_id;
};

} // namespace rapport
