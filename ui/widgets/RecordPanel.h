// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QUndoStack;

namespace rapport {

class RecordStore;
class SearchService;

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
    /// A form for a new record (with `prefill`'s fields filled in); Save creates it.
    void createNew(EntityType type, const Record& prefill = Record());
    bool isCreating() const { return m_creating; }
    /// What the person has typed so far into a text field being edited (empty when it is not being edited).
    QString editedText(const QString& field) const;
    /// The value a field's editor holds now, as saving would read it (null when the field is not being edited).
    QVariant editedValue(const QString& field) const;
    /// Lets reference fields be chosen by searching (without it they are shown, not edited).
    void setSearchService(SearchService* search) { m_search = search; }
    /// The header's title and subtitle can be left to a page that shows its own.
    void setHeaderVisible(bool visible);
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
    /// A phone number's or email address's link (tel:, mailto:) was clicked. When something listens (the
    /// customer page, which checks consent and hours first), it dials or writes; else the panel opens the
    /// link itself.
    void contactLinkActivated(const QUrl& link);
    /// Editing a record ended: its changes were saved, or the person cancelled.
    void editingFinished();
    void recordCreated(rapport::EntityType type, const QString& id);
    void creationCancelled();
    /// A text field being edited changed, keystroke by keystroke (the help desk suggests articles as agents type).
    void textEdited(const QString& field);

private:
    void rebuild();
    QWidget* editorFor(const FieldDef& field, const QVariant& value);
    QVariant editorValue(const FieldDef& field, QWidget* editor) const;
    void onLinkActivated(const QString& link);
    /// What is wrong with a field's value as typed (empty: nothing), and showing it under the field.
    QString problemOf(const QString& name) const;
    void checkField(const QString& name);
    /// The country the numbers being typed belong to, from the address (a lead's country) as typed so far.
    QString phoneRegion() const;
    /// Tells the number editors that country, and judges their numbers again.
    void updatePhoneRegion();
    /// A deal's stage chosen in the form: its probability and forecast category follow, as saving would set them,
    /// unless typed or chosen by hand since the form opened or the stage was last chosen.
    void followStage();
    void followContact();
    QString firstEditable() const;
    void showErrors(const Error& error);
    /// False (and the likely duplicates shown) when the record may be someone already in the book.
    bool confirmNoDuplicates(const Record& changes);

    RecordStore& m_store;
    QString m_stageProbability; ///< the probability the form showed when it opened or the stage was last chosen
    QVariant m_stageForecast;   ///< the forecast category likewise
    QUndoStack& m_undo;
    std::optional<EntityType> m_type;
    QString m_id;
    std::optional<Record> m_record;
    bool m_editing = false;
    bool m_creating = false;
    QString m_duplicatesAccepted; ///< the details the person was warned about and saved anyway

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_errors;
    QLabel* m_duplicates;
    QPushButton* m_editButton;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    QScrollArea* m_scroll;
    QWidget* m_form = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_problems;
    SearchService* m_search = nullptr;
};

} // namespace rapport
