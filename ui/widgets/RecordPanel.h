// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QUndoStack;

namespace rapport {

class RecordStore;

/// Shows one record's fields, any type, laid out from the schema: links for email, phone and web
/// addresses, referenced records by name (click to open), money, dates and times in the user's
/// format. Edit turns the simple fields into editors; Save goes through the write path on the undo
/// stack, and field errors are shown beside their fields.
class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    RecordPanel(RecordStore& store, QUndoStack& undo, QWidget* parent = nullptr);

    void showRecord(EntityType type, const QString& id);
    void clear();
    std::optional<EntityType> type() const { return m_type; }
    QString recordId() const { return m_id; }
    bool isEditing() const { return m_editing; }

public Q_SLOTS:
    void edit();
    void save();
    void cancel();

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);
    void message(const QString& text);

private:
    void rebuild();
    QWidget* editorFor(const FieldDef& field, const QVariant& value);
    QVariant editorValue(const FieldDef& field, QWidget* editor) const;
    void onLinkActivated(const QString& link);

    RecordStore& m_store;
    QUndoStack& m_undo;
    std::optional<EntityType> m_type;
    QString m_id;
    std::optional<Record> m_record;
    bool m_editing = false;

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_errors;
    QPushButton* m_editButton;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    QScrollArea* m_scroll;
    QWidget* m_form = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_labels;
};

} // namespace rapport
