// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Consent.h"
#include "domain/Schema.h"
#include "search/PhoneNumbers.h"

#include <QDateTimeEdit>
#include <QJsonObject>
#include <QVariant>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QStandardItemModel;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTextEdit;
class QTimeEdit;
class QToolButton;
class QVBoxLayout;

namespace rapport {

class SearchService;

/// Every country Qt knows, by (English) name, keyed by ISO 3166 code; `current` chosen, or none.
QComboBox* countryCombo(const QString& current, QWidget* parent);

/// Keeps the mouse wheel from changing choices and numbers in a form it is scrolling through: a combo box
/// or spin box takes the wheel only once clicked or tabbed into; before, the wheel scrolls the form.
class WheelGuard : public QObject
{
public:
    /// Guards every combo box and spin box under `root` (again after more were added: each once).
    static void install(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

/// A date, or a date and time, that may be left empty, shown then by its special value text ("none"): Tab moves
/// on from it even then. Qt's kept the focus on the empty text, so whoever tabbed through a contact's form stayed
/// on "Birthday: none" however often they pressed Tab.
template <class Edit> class OptionalDate : public Edit
{
public:
    using Edit::Edit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (!this->specialValueText().isEmpty() && this->dateTime() == this->minimumDateTime())
            return QWidget::focusNextPrevChild(next);
        return Edit::focusNextPrevChild(next);
    }
};

/// An editor for one field whose value is more than a line of text (a list of email addresses, the
/// consent, rich-text notes, a reference to another record). The record form asks it for the value in
/// the field's stored form and for what is wrong with it, as the user types.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant& value) = 0;
    /// What is wrong with the value as typed, translated; empty when nothing is.
    virtual QString problem() const { return {}; }

Q_SIGNALS:
    void edited();
};

/// Email addresses, phone numbers or postal addresses, each with its kind (work, home, mobile, …): rows
/// that can be added and removed. Phone numbers are read with libphonenumber as they are typed, in the
/// user's region, and shown in international form; an email address is checked as it is typed.
class ContactPointsEditor : public FieldEditor
{
    Q_OBJECT

public:
    ContactPointsEditor(const FieldDef& field, QString phoneRegion, QWidget* parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant& value) override;
    /// What is wrong, one line per entry that is wrong.
    QString problem() const override;
    /// Why `typed` is no phone number the record can keep: letters in it, or not a number of the country.
    static QString numberProblem(const QString& typed);
    /// The country numbers typed without a country code belong to (the record's, see Normaliser::regionOf);
    /// the numbers are judged again.
    void setPhoneRegion(const QString& region);
    /// Adds an empty row and puts the cursor in it.
    void addRow();
    int rowCount() const { return static_cast<int>(m_rows.size()); }

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QComboBox* type = nullptr;
        QLineEdit* main = nullptr; ///< address, number, or street
        QLineEdit* postalCode = nullptr;
        QLineEdit* city = nullptr;
        QLineEdit* region = nullptr;
        QComboBox* country = nullptr;
        QLabel* hint = nullptr; ///< the number as understood, or what is wrong
        QString storedNumber, storedE164; ///< a number as it was stored, and its E.164 form
    };
    std::optional<ParsedPhone> readNumber(const Row& row) const;
    Row& appendRow(const QJsonObject& item);
    void removeRow(QWidget* rowWidget);
    void check(Row& row);
    QString rowProblem(const Row& row) const;

    const FieldDef& m_field;
    QString m_region;
    QVBoxLayout* m_rowsLayout;
    QList<Row> m_rows;
};

/// Tags as comma-separated words.
class TagsEditor : public FieldEditor
{
    Q_OBJECT

public:
    /// A list of words for `field` (tags, competitors), typed separated by commas.
    explicit TagsEditor(const QString& field, QWidget* parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant& value) override;

private:
    QLineEdit* m_edit;
};

/// Communication consent per channel (email, phone, SMS, post): service and marketing, where and when it
/// was given, and the days and hours the customer agreed to be contacted.
class ConsentEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ConsentEditor(QWidget* parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant& value) override;

private:
    struct Channel
    {
        QString key;
        QComboBox* service = nullptr;   ///< not asked / yes / no
        QComboBox* marketing = nullptr; ///< not asked / yes / no
        QComboBox* source = nullptr;    ///< the usual sources in the user's language, or any text
        ChannelConsent shown;           ///< as set, to keep an unsubscribe's campaign while its label stands
        QDateEdit* date = nullptr;
        QList<QToolButton*> days;
        QCheckBox* limitHours = nullptr;
        QTimeEdit* from = nullptr;
        QTimeEdit* to = nullptr;
    };
    QList<Channel> m_channels;
};

/// Notes with simple formatting (bold, italic, lists), kept as HTML.
class RichTextEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit RichTextEditor(QWidget* parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QTextEdit* textEdit() const { return m_edit; }

private:
    QTextEdit* m_edit;
};

/// A reference to another record, chosen by typing part of its name: matches appear as the user types
/// (global search restricted to the referenced type, off the GUI thread).
class RecordPicker : public FieldEditor
{
    Q_OBJECT

public:
    RecordPicker(EntityType type, SearchService* search, QWidget* parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant& value) override;
    /// Shows `title` for the current id (the form knows it; the picker does not read the database).
    void setTitle(const QString& title);
    QString problem() const override;
    QLineEdit* lineEdit() const { return m_edit; }

    /// A record to choose from, with what tells it apart ("Negotiation · €80,010.00").
    struct Choice
    {
        QString id;
        QString title;
        QString detail;
    };
    /// Offers these records alone, all of them when the field is entered, those whose title has the typed text
    /// as it is typed, instead of searching the whole book (a company's deals, say); no list: the whole book.
    void setChoices(std::optional<QList<Choice>> choices);
    /// What is offered now (the choices that match, or the search's hits).
    QStandardItemModel* matches() const { return m_matches; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void offer(const QList<Choice>& choices);
    /// Opens the list of matches, wide enough for them.
    void showMatches();

    EntityType m_type;
    SearchService* m_search;
    std::optional<QList<Choice>> m_choices;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QString m_id;
    QString m_title;
    quint64 m_ticket = 0;
};

} // namespace rapport
