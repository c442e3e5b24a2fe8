// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "RecordPanel.h"

#include "DesktopLinks.h"
#include "Formatting.h"
#include "Icons.h"
#include "commands/EditRecordCommand.h"
#include "dialogs/Ask.h"
#include "domain/LocaleNames.h"
#include "domain/Money.h"
#include "domain/Validator.h"
#include "search/Duplicates.h"
#include "search/PhoneNumbers.h"
#include "storage/Normaliser.h"
#include "storage/RecordStore.h"
#include "widgets/FieldEditors.h"
#include "widgets/ZoneBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QDate NoDate(1900, 1, 1);

bool editable(const FieldDef& f)
{
    if (f.is(Derived) || f.is(System) || f.is(Hidden) || f.is(ReadOnly))
        return false;
    // References are chosen by searching for the record, or from the whole of a short list (teams, products).
    return f.type != FieldType::Ref || Schema::entity(f.ref).searchable || Schema::entity(f.ref).listedByName;
}
} // namespace

RecordPanel::RecordPanel(RecordStore& store, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);

    m_editButton = new QPushButton(icon(Icon::Edit), tr("&Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editRecord"));
    m_saveButton = new QPushButton(icon(Icon::Save), tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveRecord"));
    m_saveButton->setDefault(true);
    m_cancelButton = new QPushButton(icon(Icon::Cancel), tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelEdit"));
    header->addWidget(m_editButton, 0, Qt::AlignTop);
    header->addWidget(m_saveButton, 0, Qt::AlignTop);
    header->addWidget(m_cancelButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("recordErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px; border-radius: 3px;"));
    m_errors->hide();
    layout->addWidget(m_errors);

    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("recordDuplicates"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_duplicates->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); border: 1px solid #c77700; padding: 6px; border-radius: 3px;"));
    m_duplicates->hide();
    connect(m_duplicates, &QLabel::linkActivated, this, &RecordPanel::onLinkActivated);
    layout->addWidget(m_duplicates);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_editButton, &QPushButton::clicked, this, &RecordPanel::edit);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordPanel::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &RecordPanel::cancel);
    connect(&m_store, &RecordStore::changed, this, [this](const QList<Change>& changes) {
        if (m_editing || !m_type)
            return;
        for (const Change& c : changes)
            if (c.type == *m_type && (c.id == m_id || c.id.isEmpty())) {
                showRecord(*m_type, m_id);
                return;
            }
    });
    clear();
}

void RecordPanel::setHeaderVisible(bool visible)
{
    m_title->setVisible(visible);
    m_subtitle->setVisible(visible);
}

void RecordPanel::clear()
{
    m_type.reset();
    m_id.clear();
    m_record.reset();
    m_editing = false;
    m_creating = false;
    rebuild();
}

void RecordPanel::showRecord(EntityType type, const QString& id)
{
    m_type = type;
    m_id = id;
    m_record = m_store.fetch(type, id);
    m_editing = false;
    m_creating = false;
    m_errors->hide();
    rebuild();
}

void RecordPanel::createNew(EntityType type, const Record& prefill)
{
    m_type = type;
    m_id.clear();
    m_record = prefill.type() == type ? prefill : Record(type);
    m_editing = true;
    m_creating = true;
    m_duplicatesAccepted.clear();
    m_errors->hide();
    rebuild();
    if (!m_editors.isEmpty())
        m_editors.value(firstEditable())->setFocus();
}

QString RecordPanel::firstEditable() const
{
    for (const FieldDef& f : m_record->def().fields)
        if (m_editors.contains(f.name))
            return f.name;
    return {};
}

void RecordPanel::rebuild()
{
    m_duplicates->hide();
    m_saveButton->setText(tr("&Save"));
    m_editors.clear();
    m_labels.clear();
    m_problems.clear();
    if (m_form)
        m_form->deleteLater();
    m_form = new QWidget;
    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_scroll->setWidget(m_form);

    m_editButton->setVisible(m_record && !m_editing);
    m_saveButton->setVisible(m_editing);
    m_cancelButton->setVisible(m_editing);
    if (!m_record) {
        m_title->setText(m_type ? tr("This record no longer exists.") : tr("Nothing selected"));
        m_subtitle->setText(m_type ? QString() : tr("Choose an entry in the list to see its details."));
        return;
    }
    const Record& r = *m_record;
    const EntityDef& def = r.def();
    const QString title = m_creating ? tr("New %1").arg(def.displayLabel()) : m_store.titleOf(def.type, r.id());
    m_title->setText(title.isEmpty() ? def.displayLabel() : title);
    m_subtitle->setText(def.displayLabel());

    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (f.is(Hidden) || f.is(System) || f.is(Derived))
            continue;
        const QVariant value = r.value(i);
        const bool editing = m_editing && editable(f) && !(m_creating && f.is(NotOnCreate));
        if (!editing && value.isNull())
            continue; // shown only when it has a value (a label made for nothing would sit in the form's corner)
        auto* label = new QLabel(Formatting::fieldLabel(f.displayLabel()), m_form);
        label->setForegroundRole(QPalette::PlaceholderText);
        if (editing) {
            QWidget* editor = editorFor(f, value);
            editor->setObjectName(QStringLiteral("field_") + f.name);
            m_editors.insert(f.name, editor);
            m_labels.insert(f.name, label);
            label->setBuddy(editor);
            form->addRow(label, editor);
            // What is wrong with the value is said under the field as soon as the person leaves it.
            auto* problem = new QLabel(m_form);
            problem->setObjectName(QStringLiteral("problem_") + f.name);
            problem->setWordWrap(true);
            problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
            problem->hide();
            m_problems.insert(f.name, problem);
            form->addRow(QString(), problem);
            if (auto* line = qobject_cast<QLineEdit*>(editor))
                connect(line, &QLineEdit::textEdited, this, [this, name = f.name] { Q_EMIT textEdited(name); });
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
                connect(plain, &QPlainTextEdit::textChanged, this, [this, name = f.name] { Q_EMIT textEdited(name); });
            if (auto* line = qobject_cast<QLineEdit*>(editor))
                connect(line, &QLineEdit::editingFinished, this, [this, name = f.name] { checkField(name); });
            else if (auto* combo = qobject_cast<QComboBox*>(editor))
                connect(combo, &QComboBox::currentIndexChanged, this, [this, name = f.name] { checkField(name); });
            continue;
        }
        QString text;
        if (f.type == FieldType::Ref) {
            const QString target = m_store.titleOf(f.ref, value.toString());
            text = QStringLiteral("<a href=\"rapport:%1/%2\">%3</a>")
                       .arg(Schema::entity(f.ref).name, value.toString(),
                            (target.isEmpty() ? tr("(not available)") : target).toHtmlEscaped());
        } else {
            const QVariant companion = f.companion.isEmpty() ? QVariant() : r.value(f.companion);
            text = Formatting::field(f, value, companion, true);
        }
        auto* shown = new QLabel(text, m_form);
        shown->setObjectName(QStringLiteral("value_") + f.name);
        shown->setWordWrap(true);
        shown->setTextFormat(Qt::RichText);
        shown->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(shown, &QLabel::linkActivated, this, &RecordPanel::onLinkActivated);
        m_labels.insert(f.name, label);
        form->addRow(label, shown);
    }
    if (m_editing)
        WheelGuard::install(m_form);
    // Numbers typed without a country code belong to the country of the address being typed.
    if (auto* addresses = qobject_cast<FieldEditor*>(m_editors.value(QStringLiteral("addresses"))))
        connect(addresses, &FieldEditor::edited, this, &RecordPanel::updatePhoneRegion);
    if (auto* country = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("country"))))
        connect(country, &QComboBox::currentIndexChanged, this, &RecordPanel::updatePhoneRegion);
    // A contact chosen brings their company, where the record has one and none is chosen yet.
    if (auto* person = qobject_cast<RecordPicker*>(m_editors.value(QStringLiteral("contact_id"))))
        if (m_editors.contains(QStringLiteral("account_id")))
            connect(person, &FieldEditor::edited, this, &RecordPanel::followContact);
    if (m_record->type() == EntityType::Opportunity)
        if (auto* stage = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("stage")))) {
            if (auto* probability = qobject_cast<QLineEdit*>(m_editors.value(QStringLiteral("probability"))))
                m_stageProbability = probability->text();
            if (auto* forecast = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("forecast_category"))))
                m_stageForecast = forecast->currentData();
            connect(stage, &QComboBox::currentIndexChanged, this, &RecordPanel::followStage);
        }
}

void RecordPanel::followContact()
{
    auto* person = qobject_cast<RecordPicker*>(m_editors.value(QStringLiteral("contact_id")));
    auto* company = qobject_cast<RecordPicker*>(m_editors.value(QStringLiteral("account_id")));
    if (!person || !company || !company->value().toString().isEmpty() || person->value().toString().isEmpty())
        return;
    const auto contact = m_store.fetch(EntityType::Contact, person->value().toString());
    const QString account = contact ? contact->text(u"account_id") : QString();
    if (account.isEmpty())
        return;
    company->setValue(account);
    company->setTitle(m_store.titleOf(EntityType::Account, account));
}

void RecordPanel::followStage()
{
    const QString stage = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("stage")))->currentData().toString();
    if (stage.isEmpty())
        return;
    if (auto* probability = qobject_cast<QLineEdit*>(m_editors.value(QStringLiteral("probability")));
        probability && probability->text() == m_stageProbability) {
        m_stageProbability = QLocale().toString(m_store.stageProbability(stage));
        probability->setText(m_stageProbability);
    }
    if (auto* forecast = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("forecast_category")));
        forecast && forecast->currentData() == m_stageForecast) {
        m_stageForecast = RecordStore::stageForecastCategory(stage);
        forecast->setCurrentIndex(std::max(0, forecast->findData(m_stageForecast)));
    }
}

QWidget* RecordPanel::editorFor(const FieldDef& f, const QVariant& value)
{
    FieldEditor* special = nullptr;
    if (f.type == FieldType::Json) {
        switch (f.json) {
        case JsonShape::EmailList:
        case JsonShape::PhoneList:
        case JsonShape::AddressList:
            special = new ContactPointsEditor(f, Normaliser::regionOf(*m_record, m_store.defaultRegion()), m_form);
            break;
        case JsonShape::StringList:
            special = new TagsEditor(f.name, m_form);
            break;
        case JsonShape::Consent:
            special = new ConsentEditor(m_form);
            break;
        case JsonShape::IntList:
        case JsonShape::QuoteLines:
        case JsonShape::BusinessHours:
        case JsonShape::None:
            break;
        }
    } else if (f.type == FieldType::Ref) {
        auto* picker = new RecordPicker(f.ref, m_search, m_form);
        picker->setTitle(m_store.titleOf(f.ref, value.toString()));
        if (!Schema::entity(f.ref).searchable) {
            QList<RecordPicker::Choice> choices;
            for (const auto& [id, title] : m_store.titles(f.ref))
                choices << RecordPicker::Choice{id, title, {}};
            picker->setChoices(choices);
        }
        special = picker;
    } else if (f.type == FieldType::LongText && f.is(Rich)) {
        special = new RichTextEditor(m_form);
    }
    if (special) {
        special->setValue(value);
        if (auto* picker = qobject_cast<RecordPicker*>(special)) {
            // While the person types, the matches show; what is wrong is said once they leave the field (a
            // message under it at every keystroke would push the form about under the list of matches).
            connect(picker->lineEdit(), &QLineEdit::editingFinished, this, [this, name = f.name] { checkField(name); });
            connect(picker, &FieldEditor::edited, this, [this, picker, name = f.name] {
                if (picker->problem().isEmpty())
                    checkField(name);
            });
        } else {
            connect(special, &FieldEditor::edited, this, [this, name = f.name] { checkField(name); });
        }
        return special;
    }
    switch (f.type) {
    case FieldType::LongText: {
        auto* e = new QPlainTextEdit(value.toString(), m_form);
        e->setTabChangesFocus(true);
        e->setMinimumHeight(80);
        return e;
    }
    case FieldType::Text:
        if (f.enumeration) {
            // Its suggestions in the user's language, or words of one's own.
            auto* e = new QComboBox(m_form);
            e->setEditable(true);
            e->setInsertPolicy(QComboBox::NoInsert);
            e->addItem(QString());
            for (const QString& key : f.enumeration->keys)
                e->addItem(f.enumeration->label(key));
            e->setCurrentText(f.enumeration->label(value.toString()));
            return e;
        }
        return new QLineEdit(value.toString(), m_form);
    case FieldType::Bool: {
        auto* e = new QCheckBox(m_form);
        e->setChecked(value.toBool());
        return e;
    }
    case FieldType::Enum: {
        auto* e = new QComboBox(m_form);
        if (!f.is(Required))
            e->addItem(QString(), QString());
        for (const QString& key : f.enumeration->keys)
            e->addItem(f.enumeration->label(key), key);
        e->setCurrentIndex(std::max(0, e->findData(value.toString())));
        return e;
    }
    case FieldType::Date: {
        auto* e = new OptionalDate<QDateEdit>(m_form);
        e->setDisplayFormat(Formatting::dateFormat());
        e->setCalendarPopup(true);
        e->setMinimumDate(NoDate);
        e->setSpecialValueText(tr("none"));
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        e->setDate(d.isValid() ? d : NoDate);
        return e;
    }
    case FieldType::Timestamp: {
        auto* e = new OptionalDate<QDateTimeEdit>(m_form);
        e->setDisplayFormat(Formatting::dateTimeFormat());
        e->setCalendarPopup(true);
        e->setMinimumDateTime(QDateTime(NoDate, QTime(0, 0)));
        e->setSpecialValueText(tr("none"));
        e->setDateTime(value.isNull() ? QDateTime(NoDate, QTime(0, 0))
                                      : QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime());
        return e;
    }
    case FieldType::TimeZone: {
        auto* e = new ZoneBox(m_form);
        e->addNone(QString());
        e->setZoneId(value.toString());
        return e;
    }
    case FieldType::Country:
        return countryCombo(value.toString(), m_form);
    case FieldType::Language: {
        // Every language with a two- or three-letter code, by name; a value from before (a tag with a region,
        // text that is no language) stays a choice of its own.
        auto* e = new QComboBox(m_form);
        e->addItem(QString(), QString());
        for (const auto& [code, name] : LocaleNames::languages())
            e->addItem(name, code);
        const QString current = value.toString();
        if (!current.isEmpty() && e->findData(current) < 0)
            e->insertItem(1, Formatting::language(current), current);
        e->setCurrentIndex(std::max(0, e->findData(current)));
        return e;
    }
    case FieldType::Money: {
        const QString currency = m_record ? m_record->text(f.companion) : QString();
        const QString text =
            value.isNull()
                ? QString()
                : QLocale().toString(double(value.toLongLong()) / std::pow(10.0, Money::minorDigits(currency)), 'f',
                                     Money::minorDigits(currency));
        auto* e = new QLineEdit(text, m_form);
        e->setPlaceholderText(currency);
        e->setAlignment(Qt::AlignRight);
        return e;
    }
    case FieldType::Integer:
    case FieldType::Percent:
        return new QLineEdit(value.isNull() ? QString() : QLocale().toString(value.toLongLong()), m_form);
    default:
        return new QLineEdit(value.toString(), m_form);
    }
}

QVariant RecordPanel::editorValue(const FieldDef& f, QWidget* editor) const
{
    if (auto* e = qobject_cast<FieldEditor*>(editor))
        return e->value();
    if (auto* e = qobject_cast<QPlainTextEdit*>(editor))
        return e->toPlainText();
    if (auto* e = qobject_cast<QCheckBox*>(editor))
        return e->isChecked();
    if (auto* e = qobject_cast<QDateEdit*>(editor); e && f.type == FieldType::Date)
        return e->date() == NoDate ? QVariant() : QVariant(e->date().toString(Qt::ISODate));
    if (auto* e = qobject_cast<QDateTimeEdit*>(editor))
        return e->dateTime().date() == NoDate ? QVariant() : QVariant(e->dateTime().toMSecsSinceEpoch());
    if (auto* e = qobject_cast<ZoneBox*>(editor)) {
        const QString id = e->zoneId();
        return id.isEmpty() ? QVariant() : QVariant(id);
    }
    if (auto* e = qobject_cast<QComboBox*>(editor)) {
        if (f.type == FieldType::Enum || f.type == FieldType::Language || f.type == FieldType::Country)
            return e->currentData();
        const QString text = e->currentText().trimmed();
        if (text.isEmpty())
            return QVariant();
        return f.enumeration ? f.enumeration->keyOf(text) : text;
    }
    if (auto* e = qobject_cast<QLineEdit*>(editor)) {
        const QString text = e->text().trimmed();
        if (text.isEmpty())
            return QVariant();
        if (f.type == FieldType::Money) {
            const auto money = Money::parse(text, m_record->text(f.companion), QLocale());
            return money ? QVariant(money->minor) : QVariant(text); // let validation name the problem
        }
        if (f.type == FieldType::Integer || f.type == FieldType::Percent) {
            bool ok = false;
            const qint64 n = QLocale().toLongLong(text, &ok);
            return ok ? QVariant(n) : QVariant(text);
        }
        return text;
    }
    return {};
}

QString RecordPanel::editedText(const QString& field) const
{
    QWidget* editor = m_editors.value(field);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        return plain->toPlainText();
    return {};
}

QVariant RecordPanel::editedValue(const QString& field) const
{
    const FieldDef* f = m_record ? m_record->def().field(field) : nullptr;
    QWidget* editor = m_editors.value(field);
    return f && editor ? editorValue(*f, editor) : QVariant();
}

QString RecordPanel::problemOf(const QString& name) const
{
    const FieldDef* f = m_record->def().field(name);
    QWidget* editor = m_editors.value(name);
    if (!f || !editor)
        return {};
    if (auto* special = qobject_cast<FieldEditor*>(editor); special && !special->problem().isEmpty())
        return special->problem();
    QVariant value = editorValue(*f, editor);
    if (value.isNull())
        return f->is(Required) ? tr("%1 is required.").arg(f->displayLabel()) : QString();
    if (f->type == FieldType::Phone &&
        !Normaliser::readNumber(
            value.toString(), phoneRegion(),
            value.toString().trimmed() == m_record->text(f->name).trimmed() ? m_record->text(f->companion) : QString()))
        return ContactPointsEditor::numberProblem(value.toString());
    return Validator::checkField(*f, value);
}

void RecordPanel::checkField(const QString& name)
{
    QLabel* problem = m_problems.value(name);
    QLabel* label = m_labels.value(name);
    if (!problem || !m_record)
        return;
    const QString text = problemOf(name);
    // A list of addresses or numbers says what is wrong beside the entry itself, not once more below it.
    const bool saidBesideTheEntry = qobject_cast<ContactPointsEditor*>(m_editors.value(name)) != nullptr;
    problem->setText(text);
    problem->setVisible(!text.isEmpty() && !saidBesideTheEntry);
    if (label)
        label->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b3261e;")); // not bold: nothing moves
}

QString RecordPanel::phoneRegion() const
{
    Record typed(m_record->def().type);
    for (const QString& name : {QStringLiteral("country"), QStringLiteral("addresses")})
        if (const FieldDef* f = m_record->def().field(name); f && m_editors.contains(name))
            typed.set(name, editorValue(*f, m_editors.value(name)));
        else if (f)
            typed.set(name, m_record->value(name));
    return Normaliser::regionOf(typed, m_store.defaultRegion());
}

void RecordPanel::updatePhoneRegion()
{
    const QString region = phoneRegion();
    for (const FieldDef& f : m_record->def().fields) {
        if (!m_editors.contains(f.name))
            continue;
        if (auto* numbers = qobject_cast<ContactPointsEditor*>(m_editors.value(f.name));
            numbers && f.json == JsonShape::PhoneList)
            numbers->setPhoneRegion(region);
        if ((f.type == FieldType::Phone || f.json == JsonShape::PhoneList) && m_problems.value(f.name))
            checkField(f.name);
    }
}

void RecordPanel::edit()
{
    if (!m_record)
        return;
    m_editing = true;
    m_errors->hide();
    rebuild();
    if (!m_editors.isEmpty())
        m_editors.value(firstEditable())->setFocus();
}

void RecordPanel::cancel()
{
    m_errors->hide();
    if (m_creating) {
        clear();
        Q_EMIT creationCancelled();
        return;
    }
    m_editing = false;
    rebuild();
    Q_EMIT editingFinished();
}

void RecordPanel::save()
{
    if (!m_record || !m_editing)
        return;
    const EntityDef& def = m_record->def();
    Record changes(def.type, m_record->id());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const FieldDef* f = def.field(it.key());
        const QVariant now = editorValue(*f, it.value());
        const QVariant was = m_record->value(it.key());
        const bool same =
            (now.isNull() && was.isNull()) || (!now.isNull() && !was.isNull() && now.toString() == was.toString());
        if (!same || (m_creating && !now.isNull()))
            changes.set(it.key(), now);
    }
    if (changes.isEmpty() && !m_creating) {
        cancel();
        return;
    }
    // Problems the form can see are shown at their fields; nothing is saved until they are fixed.
    QStringList problems;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        checkField(it.key());
        if (const QString p = problemOf(it.key()); !p.isEmpty())
            for (const QString& line : p.split(QLatin1Char('\n')))
                problems << QStringLiteral("• ") + line;
    }
    if (!problems.isEmpty()) {
        m_errors->setText(tr("The %1 could not be saved.").arg(def.displayLabelInSentence()) + QLatin1Char('\n') +
                          problems.join(QLatin1Char('\n')));
        m_errors->show();
        return;
    }
    for (QLabel* l : std::as_const(m_labels))
        l->setStyleSheet(QString());
    if (!confirmNoDuplicates(changes))
        return;
    if (m_creating) {
        Record fresh = *m_record;
        fresh.merge(changes);
        auto created = m_store.create(fresh);
        if (!created) {
            showErrors(created.error());
            return;
        }
        m_creating = false;
        Q_EMIT message(tr("%1 was created.").arg(m_store.titleOf(def.type, *created)));
        showRecord(def.type, *created);
        Q_EMIT recordCreated(def.type, *created);
        return;
    }
    if (Status s = EditRecordCommand::apply(m_undo, m_store, changes); !s) {
        showErrors(s.error());
        return;
    }
    Q_EMIT message(tr("Saved."));
    showRecord(def.type, m_record->id());
    Q_EMIT editingFinished();
}

void RecordPanel::showErrors(const Error& error)
{
    QStringList lines{error.message};
    for (const FieldError& fe : error.fields) {
        lines << QStringLiteral("• ") + fe.message;
        if (QLabel* l = m_labels.value(fe.field))
            l->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->show();
}

bool RecordPanel::confirmNoDuplicates(const Record& changes)
{
    // A contact being created, or whose name, account, addresses or numbers change, may be someone the book
    // already has: say so before saving, once; saving again with the same details means "it is someone else".
    if (m_record->type() != EntityType::Contact)
        return true;
    if (!m_creating && !changes.has(u"first_name") && !changes.has(u"last_name") && !changes.has(u"account_id") &&
        !changes.has(u"emails") && !changes.has(u"phones"))
        return true;
    Record candidate = *m_record;
    candidate.merge(changes);
    const QString key = candidate.text(u"first_name") + QLatin1Char('|') + candidate.text(u"last_name") +
                        QLatin1Char('|') + candidate.text(u"account_id") + QLatin1Char('|') + candidate.text(u"emails") +
                        QLatin1Char('|') + candidate.text(u"phones");
    if (key == m_duplicatesAccepted)
        return true;
    auto found = Duplicates::candidatesFor(m_store.database(), candidate, m_store.defaultRegion());
    if (!found || found->isEmpty())
        return true;
    m_duplicatesAccepted = key;
    QStringList lines{tr("This may be someone already in your book:")};
    for (const DuplicateCandidate& c : std::as_const(*found))
        lines << QStringLiteral("• <a href=\"rapport:contact/%1\">%2</a> %3 — %4")
                     .arg(c.id, c.title.toHtmlEscaped(),
                          c.detail.isEmpty() ? QString() : QStringLiteral("(") + c.detail.toHtmlEscaped() + QLatin1Char(')'),
                          c.reasons.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("Open one of them, or click Save again if this is someone else.");
    m_duplicates->setText(lines.join(QStringLiteral("<br>")));
    m_duplicates->show();
    m_saveButton->setText(tr("Save anyway"));
    return false;
}

void RecordPanel::onLinkActivated(const QString& link)
{
    if (link.startsWith(QLatin1String("rapport:"))) {
        const QStringList parts = link.mid(8).split(QLatin1Char('/'));
        if (parts.size() == 2)
            if (const EntityDef* def = Schema::byName(parts[0]))
                Q_EMIT openRecordRequested(def->type, parts[1]);
        return;
    }
    const QUrl url(link);
    const bool phone = url.scheme() == QLatin1String("tel");
    if (phone || url.scheme() == QLatin1String("mailto")) {
        if (isSignalConnected(QMetaMethod::fromSignal(&RecordPanel::contactLinkActivated))) {
            Q_EMIT contactLinkActivated(url); // a page that calls and writes itself (the contact's)
            return;
        }
        // A record with consent of its own (a lead): the same check as the contact page's Call and Email, the hours
        // read in the rep's time zone (a lead has none of its own).
        if (m_record && m_record->def().field(u"consent") &&
            !Ask::reachAnyway(this, m_record->text(u"consent"),
                              phone ? QStringLiteral("phone") : QStringLiteral("email"), Formatting::displayZone()))
            return;
    }
    if (const QString failed = DesktopLinks::open(url); !failed.isEmpty())
        Q_EMIT message(failed);
}

} // namespace rapport
