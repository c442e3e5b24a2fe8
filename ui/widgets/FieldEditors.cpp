// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "FieldEditors.h"

#include "Formatting.h"
#include "GlobalSearch.h"
#include "Icons.h"
#include "domain/Consent.h"
#include "domain/LocaleNames.h"
#include "domain/RichText.h"
#include "domain/Validator.h"
#include "search/PhoneNumbers.h"
#include "search/SearchService.h"
#include "storage/Normaliser.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextList>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

const Enumeration& typesOf(JsonShape shape)
{
    switch (shape) {
    case JsonShape::PhoneList:
        return Schema::phoneTypes();
    case JsonShape::AddressList:
        return Schema::addressTypes();
    default:
        return Schema::emailTypes();
    }
}

QComboBox* enumCombo(const Enumeration& e, const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const QString& key : e.keys)
        combo->addItem(e.label(key), key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

void markInvalid(QWidget* w, bool invalid)
{
    w->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #b3261e;") : QString());
}

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QComboBox* countryCombo(const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(QString(), QString());
    for (const auto& [code, name] : LocaleNames::countries())
        combo->addItem(name, code);
    combo->setCurrentIndex(std::max(0, combo->findData(current.toUpper())));
    return combo;
}

// ---------------------------------------------------------------------------------------------------------------
// WheelGuard

void WheelGuard::install(QWidget* root)
{
    static WheelGuard guard;
    const auto guardOne = [](QWidget* w) {
        w->setFocusPolicy(Qt::StrongFocus); // not chosen by the wheel passing over it
        w->installEventFilter(&guard);      // once, however often installed
    };
    for (auto* combo : root->findChildren<QComboBox*>())
        guardOne(combo);
    for (auto* spin : root->findChildren<QAbstractSpinBox*>())
        guardOne(spin);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget*>(watched)->hasFocus()) {
        event->ignore(); // on to the form's scroll area: the wheel scrolls the form instead
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------------------
// ContactPointsEditor

ContactPointsEditor::ContactPointsEditor(const FieldDef& field, QString phoneRegion, QWidget* parent)
    : FieldEditor(parent)
    , m_field(field)
    , m_region(std::move(phoneRegion))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addRow"));
    add->setIcon(icon(Icon::Add));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setAutoRaise(true);
    switch (field.json) {
    case JsonShape::PhoneList:
        add->setText(tr("Add phone number"));
        break;
    case JsonShape::AddressList:
        add->setText(tr("Add address"));
        break;
    default:
        add->setText(tr("Add email address"));
        break;
    }
    connect(add, &QToolButton::clicked, this, &ContactPointsEditor::addRow);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

ContactPointsEditor::Row& ContactPointsEditor::appendRow(const QJsonObject& item)
{
    Row row;
    row.widget = new QWidget(this);
    auto* grid = new QGridLayout(row.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    row.type = enumCombo(typesOf(m_field.json), item.value(QLatin1String("type")).toString(QStringLiteral("work")),
                         row.widget);
    row.type->setObjectName(QStringLiteral("rowType"));
    grid->addWidget(row.type, 0, 0, Qt::AlignTop);
    auto* remove = new QToolButton(row.widget);
    remove->setObjectName(QStringLiteral("removeRow"));
    remove->setIcon(icon(Icon::Remove));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove"));
    row.hint = new QLabel(row.widget);
    row.hint->setObjectName(QStringLiteral("rowHint"));
    row.hint->setWordWrap(true);
    row.hint->setForegroundRole(QPalette::PlaceholderText);
    row.hint->hide();
    if (m_field.json == JsonShape::AddressList) {
        auto make = [&](const char* key, const QString& placeholder) {
            auto* e = new QLineEdit(item.value(QLatin1String(key)).toString(), row.widget);
            e->setObjectName(QLatin1String(key));
            e->setPlaceholderText(placeholder);
            connect(e, &QLineEdit::textEdited, this, &FieldEditor::edited);
            return e;
        };
        row.main = make("street", tr("Street and number"));
        row.postalCode = make("postal_code", tr("Postal code"));
        row.city = make("city", tr("City"));
        row.region = make("region", tr("Region or state"));
        row.country = countryCombo(item.value(QLatin1String("country")).toString(), row.widget);
        row.country->setObjectName(QStringLiteral("country"));
        connect(row.country, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        row.postalCode->setMaximumWidth(row.postalCode->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
        grid->addWidget(row.main, 0, 1, 1, 2);
        grid->addWidget(remove, 0, 3, Qt::AlignTop);
        grid->addWidget(row.postalCode, 1, 1);
        grid->addWidget(row.city, 1, 2);
        auto* regionAndCountry = new QHBoxLayout; // each half the row: a long region name is not cut
        regionAndCountry->setSpacing(4);
        regionAndCountry->addWidget(row.region, 1);
        regionAndCountry->addWidget(row.country, 1);
        grid->addLayout(regionAndCountry, 2, 1, 1, 2);
        grid->addWidget(row.hint, 3, 1, 1, 2);
    } else {
        const QString text =
            item.value(QLatin1String(m_field.json == JsonShape::PhoneList ? "number" : "address")).toString();
        row.main = new QLineEdit(text, row.widget);
        row.main->setObjectName(QStringLiteral("rowValue"));
        if (m_field.json == JsonShape::PhoneList) {
            row.storedNumber = text.trimmed(); // compared with the trimmed entry
            row.storedE164 = item.value(QLatin1String("e164")).toString();
        }
        row.main->setPlaceholderText(m_field.json == JsonShape::PhoneList ? tr("Number, e.g. 030 1234567")
                                                                           : tr("name@example.com"));
        grid->addWidget(row.main, 0, 1);
        grid->addWidget(remove, 0, 2, Qt::AlignTop);
        grid->addWidget(row.hint, 1, 1, 1, 2);
        grid->setColumnStretch(1, 1);
    }
    grid->setColumnStretch(m_field.json == JsonShape::AddressList ? 2 : 1, 1);
    connect(row.type, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
    QWidget* rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    m_rowsLayout->addWidget(row.widget);
    WheelGuard::install(row.widget);
    m_rows.append(row);
    Row& added = m_rows.last();
    connect(added.main, &QLineEdit::textEdited, this, [this, rowWidget] {
        for (Row& r : m_rows)
            if (r.widget == rowWidget)
                check(r);
        Q_EMIT edited();
    });
    check(added);
    return added;
}

void ContactPointsEditor::addRow()
{
    Row& row = appendRow({});
    row.main->setFocus();
    Q_EMIT edited();
}

void ContactPointsEditor::removeRow(QWidget* rowWidget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            break;
        }
    Q_EMIT edited();
}

QString ContactPointsEditor::rowProblem(const Row& row) const
{
    const QString text = row.main->text().trimmed();
    switch (m_field.json) {
    case JsonShape::EmailList:
        if (!text.isEmpty() && !Validator::isValidEmail(text))
            return tr("\"%1\" is not a valid email address.").arg(text);
        break;
    case JsonShape::PhoneList:
        if (!text.isEmpty() && !readNumber(row))
            return numberProblem(text);
        break;
    default:
        break;
    }
    return {};
}

void ContactPointsEditor::check(Row& row)
{
    const QString problem = rowProblem(row);
    markInvalid(row.main, !problem.isEmpty());
    if (!problem.isEmpty()) {
        row.hint->setText(problem);
        row.hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
        row.hint->show();
        return;
    }
    row.hint->setStyleSheet(QString());
    if (m_field.json == JsonShape::PhoneList && !row.main->text().trimmed().isEmpty()) {
        // Show how the number was understood, so a missing country code is noticed while typing.
        if (const auto parsed = readNumber(row); parsed) {
            row.hint->setText(parsed->e164);
            row.hint->show();
            return;
        }
    }
    row.hint->hide();
}

QString ContactPointsEditor::numberProblem(const QString& typed)
{
    if (!PhoneNumbers::hasOnlyDiallingCharacters(typed))
        return tr("\"%1\" is not a phone number: use digits, spaces and + ( ) - / . only.").arg(typed);
    return tr("\"%1\" is not a phone number (for numbers from abroad, start with + and the country code).").arg(typed);
}

QString ContactPointsEditor::problem() const
{
    QStringList problems;
    for (const Row& row : m_rows)
        if (const QString p = rowProblem(row); !p.isEmpty())
            problems << p;
    return problems.join(QLatin1Char('\n'));
}

std::optional<ParsedPhone> ContactPointsEditor::readNumber(const Row& row) const
{
    const QString text = row.main->text().trimmed();
    return Normaliser::readNumber(text, m_region, text == row.storedNumber ? row.storedE164 : QString());
}

void ContactPointsEditor::setPhoneRegion(const QString& region)
{
    if (region == m_region)
        return;
    m_region = region;
    for (Row& row : m_rows)
        check(row);
}

QVariant ContactPointsEditor::value() const
{
    QJsonArray out;
    for (const Row& row : m_rows) {
        QJsonObject item{{QStringLiteral("type"), row.type->currentData().toString()}};
        if (m_field.json == JsonShape::AddressList) {
            const std::pair<const char*, QLineEdit*> parts[] = {
                {"street", row.main}, {"postal_code", row.postalCode}, {"city", row.city}, {"region", row.region}};
            for (const auto& [key, edit] : parts)
                if (!edit->text().trimmed().isEmpty())
                    item.insert(QLatin1String(key), edit->text().trimmed());
            if (!row.country->currentData().toString().isEmpty())
                item.insert(QStringLiteral("country"), row.country->currentData().toString());
            if (item.size() == 1)
                continue; // an empty address is no address
        } else {
            const QString text = row.main->text().trimmed();
            if (text.isEmpty())
                continue;
            item.insert(QLatin1String(m_field.json == JsonShape::PhoneList ? "number" : "address"), text);
            if (m_field.json == JsonShape::PhoneList && text == row.storedNumber && !row.storedE164.isEmpty())
                item.insert(QStringLiteral("e164"), row.storedE164); // as stored, unless the number is edited
        }
        out.append(item);
    }
    return out.isEmpty() ? QVariant() : QVariant(compact(out));
}

void ContactPointsEditor::setValue(const QVariant& value)
{
    for (const Row& row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    const QJsonArray items = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& v : items)
        appendRow(v.toObject());
}

// ---------------------------------------------------------------------------------------------------------------
// TagsEditor

TagsEditor::TagsEditor(const QString& field, QWidget* parent)
    : FieldEditor(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("tags"));
    m_edit->setPlaceholderText(field == QLatin1String("tags") ? tr("Words separated by commas, e.g. vip, newsletter")
                                                              : tr("Separated by commas"));
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QVariant TagsEditor::value() const
{
    QJsonArray tags;
    QStringList seen;
    for (const QString& part : m_edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !seen.contains(tag, Qt::CaseInsensitive)) {
            seen << tag;
            tags.append(tag);
        }
    }
    return tags.isEmpty() ? QVariant() : QVariant(compact(tags));
}

void TagsEditor::setValue(const QVariant& value)
{
    QStringList tags;
    for (const QJsonValue& v : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        tags << v.toString();
    m_edit->setText(tags.join(QStringLiteral(", ")));
}

// ---------------------------------------------------------------------------------------------------------------
// ConsentEditor

ConsentEditor::ConsentEditor(QWidget* parent)
    : FieldEditor(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    const QStringList headers{QString(), tr("Service"), tr("Marketing"), tr("Source"), tr("Given on")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = new QLabel(headers[c], this);
        h->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(h, 0, c);
    }
    int row = 1;
    for (const QString& key : Consent::channelKeys()) {
        Channel ch;
        ch.key = key;
        auto answer = [this](const QString& name) {
            auto* combo = new QComboBox(this);
            combo->setObjectName(name);
            combo->addItem(tr("not asked"));
            combo->addItem(tr("yes"), true);
            combo->addItem(tr("no"), false);
            connect(combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
            return combo;
        };
        auto* label = new QLabel(Consent::channelLabel(key), this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        ch.service = answer(key + QStringLiteral("_service"));
        ch.marketing = answer(key + QStringLiteral("_marketing"));
        // How the customer agreed: one of the usual ways, in the user's language (stored as its key, so that
        // every reader sees it in theirs), or any other words.
        ch.source = new QComboBox(this);
        ch.source->setObjectName(key + QStringLiteral("_source"));
        ch.source->setEditable(true);
        ch.source->setInsertPolicy(QComboBox::NoInsert);
        ch.source->addItem(QString());
        const Enumeration& sources = Schema::consentSources();
        for (const QString& source : sources.keys)
            if (source != QLatin1String("unsubscribed")) // a campaign's unsubscribe link records that one
                ch.source->addItem(sources.label(source), source);
        ch.source->lineEdit()->setPlaceholderText(tr("e.g. web form"));
        connect(ch.source->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(ch.source, &QComboBox::activated, this, &FieldEditor::edited);
        ch.date = new OptionalDate<QDateEdit>(this);
        ch.date->setObjectName(key + QStringLiteral("_date"));
        ch.date->setDisplayFormat(Formatting::dateFormat());
        ch.date->setCalendarPopup(true);
        ch.date->setMinimumDate(QDate(1900, 1, 1));
        ch.date->setSpecialValueText(tr("unknown"));
        ch.date->setDate(ch.date->minimumDate());
        connect(ch.date, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        grid->addWidget(label, row, 0);
        grid->addWidget(ch.service, row, 1);
        grid->addWidget(ch.marketing, row, 2);
        grid->addWidget(ch.source, row, 3);
        grid->addWidget(ch.date, row, 4);
        ++row;
        if (key == QLatin1String("phone") || key == QLatin1String("sms")) {
            // When the customer may be reached: days of the week and hours.
            auto* when = new QHBoxLayout;
            when->setSpacing(2);
            for (int d = 1; d <= 7; ++d) {
                auto* day = new QToolButton(this);
                day->setObjectName(key + QStringLiteral("_day%1").arg(d));
                day->setText(QLocale().dayName(d, QLocale::NarrowFormat));
                day->setToolTip(QLocale().dayName(d));
                day->setCheckable(true);
                day->setChecked(true);
                connect(day, &QToolButton::toggled, this, &FieldEditor::edited);
                ch.days << day;
                when->addWidget(day);
            }
            when->addSpacing(8);
            ch.limitHours = new QCheckBox(tr("only between"), this);
            ch.limitHours->setObjectName(key + QStringLiteral("_limit"));
            ch.from = new QTimeEdit(QTime(8, 0), this);
            ch.to = new QTimeEdit(QTime(18, 0), this);
            ch.from->setEnabled(false);
            ch.to->setEnabled(false);
            connect(ch.limitHours, &QCheckBox::toggled, ch.from, &QWidget::setEnabled);
            connect(ch.limitHours, &QCheckBox::toggled, ch.to, &QWidget::setEnabled);
            connect(ch.limitHours, &QCheckBox::toggled, this, &FieldEditor::edited);
            connect(ch.from, &QTimeEdit::timeChanged, this, &FieldEditor::edited);
            connect(ch.to, &QTimeEdit::timeChanged, this, &FieldEditor::edited);
            when->addWidget(ch.limitHours);
            when->addWidget(ch.from);
            when->addWidget(new QLabel(QStringLiteral("–"), this));
            when->addWidget(ch.to);
            when->addStretch(1);
            grid->addLayout(when, row, 1, 1, 4);
            ++row;
        }
        m_channels << ch;
    }
    grid->setColumnStretch(3, 1);
}

QVariant ConsentEditor::value() const
{
    Consent consent;
    for (const Channel& ch : m_channels) {
        ChannelConsent c;
        if (ch.service->currentIndex() > 0)
            c.service = ch.service->currentData().toBool();
        if (ch.marketing->currentIndex() > 0)
            c.marketing = ch.marketing->currentData().toBool();
        if (const QString said = ch.source->currentText().trimmed(); said == Consent::sourceLabel(ch.shown)) {
            c.source = Schema::consentSources().keyOf(ch.shown.source); // unchanged: an unsubscribe keeps its campaign
            c.campaign = ch.shown.campaign;
        } else {
            c.source = Schema::consentSources().keyOf(said);
        }
        if (ch.date->date() != ch.date->minimumDate())
            c.date = ch.date->date();
        for (int d = 0; d < ch.days.size(); ++d)
            if (ch.days[d]->isChecked())
                c.days << d + 1;
        if (ch.limitHours && ch.limitHours->isChecked()) {
            c.from = ch.from->time();
            c.to = ch.to->time();
        }
        if (!c.service && !c.marketing && c.source.trimmed().isEmpty() && !c.date.isValid())
            continue; // nothing recorded for this channel
        consent.setChannel(ch.key, c);
    }
    const QString json = consent.toJson();
    return json.isEmpty() ? QVariant() : QVariant(json);
}

void ConsentEditor::setValue(const QVariant& value)
{
    const Consent consent = Consent::fromJson(value.toString());
    for (Channel& ch : m_channels) {
        const ChannelConsent c = consent.channel(ch.key).value_or(ChannelConsent{});
        ch.service->setCurrentIndex(!c.service ? 0 : *c.service ? 1 : 2);
        ch.marketing->setCurrentIndex(!c.marketing ? 0 : *c.marketing ? 1 : 2);
        ch.shown = c;
        ch.source->setCurrentIndex(-1);
        ch.source->setEditText(Consent::sourceLabel(c));
        ch.date->setDate(c.date.isValid() ? c.date : ch.date->minimumDate());
        for (int d = 0; d < ch.days.size(); ++d)
            ch.days[d]->setChecked(c.days.isEmpty() || c.days.contains(d + 1));
        if (ch.limitHours) {
            ch.limitHours->setChecked(c.from.isValid() && c.to.isValid());
            if (c.from.isValid())
                ch.from->setTime(c.from);
            if (c.to.isValid())
                ch.to->setTime(c.to);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// RichTextEditor

RichTextEditor::RichTextEditor(QWidget* parent)
    : FieldEditor(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    m_edit = new QTextEdit(this);
    m_edit->setObjectName(QStringLiteral("richText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(100);
    auto tool = [&](const QString& text, const QString& tip, const QKeySequence& key, auto apply) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        b->setShortcut(key);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, apply);
        bar->addWidget(b);
        return b;
    };
    QFont f = font();
    f.setBold(true);
    tool(tr("B"), tr("Bold"), QKeySequence::Bold, [this] {
           m_edit->setFontWeight(m_edit->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
       })->setFont(f);
    f.setBold(false);
    f.setItalic(true);
    tool(tr("I"), tr("Italic"), QKeySequence::Italic, [this] { m_edit->setFontItalic(!m_edit->fontItalic()); })
        ->setFont(f);
    tool(QStringLiteral("•"), tr("Bulleted list"), QKeySequence(tr("Ctrl+Shift+8")), [this] {
        QTextCursor c = m_edit->textCursor();
        if (c.currentList())
            c.currentList()->remove(c.block());
        else
            c.createList(QTextListFormat::ListDisc);
    });
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_edit);
    connect(m_edit, &QTextEdit::textChanged, this, &FieldEditor::edited);
}

QVariant RichTextEditor::value() const
{
    if (m_edit->toPlainText().trimmed().isEmpty())
        return {};
    // Plain text unless something is bold, italic or in a list; then only the markup for that (RichText),
    // not Qt's whole document with its fonts and margins.
    QString html;
    bool formatted = false;
    bool inList = false;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        const bool item = block.textList() != nullptr;
        formatted |= item;
        if (item != inList)
            html += item ? QStringLiteral("<ul>") : QStringLiteral("</ul>");
        inList = item;
        html += item ? QStringLiteral("<li>") : QStringLiteral("<p>");
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const bool bold = format.fontWeight() > QFont::Normal;
            const bool italic = format.fontItalic();
            formatted |= bold || italic;
            QString text = fragment.text().toHtmlEscaped().replace(QChar::LineSeparator, QStringLiteral("<br>"));
            if (italic)
                text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
            if (bold)
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            html += text;
        }
        html += item ? QStringLiteral("</li>") : QStringLiteral("</p>");
    }
    if (inList)
        html += QStringLiteral("</ul>");
    // Plain text that would read as markup ("Ask <Anna> first") is stored escaped, so it comes back as typed.
    const QString plain = m_edit->toPlainText();
    return formatted || RichText::isHtml(plain) ? html : plain;
}

void RichTextEditor::setValue(const QVariant& value)
{
    const QString text = value.toString();
    if (RichText::isHtml(text))
        m_edit->setHtml(text);
    else
        m_edit->setPlainText(text);
}

// ---------------------------------------------------------------------------------------------------------------
// RecordPicker

RecordPicker::RecordPicker(EntityType type, SearchService* search, QWidget* parent)
    : FieldEditor(parent)
    , m_type(type)
    , m_search(search)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("picker"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Type to search…"));
    layout->addWidget(m_edit);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        m_id = index.data(Qt::UserRole).toString();
        m_title = index.data(Qt::UserRole + 1).toString();
        m_edit->setText(m_title);
        markInvalid(m_edit, false);
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_id.clear();
            m_title.clear();
            m_matches->clear();
            markInvalid(m_edit, false);
            Q_EMIT edited();
            return;
        }
        markInvalid(m_edit, text != m_title);
        if (m_choices) {
            QList<Choice> matching;
            for (const Choice& c : std::as_const(*m_choices))
                if (c.title.contains(text.trimmed(), Qt::CaseInsensitive))
                    matching << c;
            offer(matching);
        } else if (m_search) {
            m_ticket = m_search->search(text, 12, {m_type});
        }
        Q_EMIT edited();
    });
    m_edit->installEventFilter(this);
    if (m_search)
        connect(m_search, &SearchService::resultsReady, this,
                [this](quint64 ticket, const QString&, const QList<SearchHit>& hits) {
                    if (ticket != m_ticket)
                        return;
                    m_matches->clear();
                    for (const SearchHit& hit : hits) {
                        const QString subtitle = GlobalSearch::subtitleOf(hit);
                        auto* item = new QStandardItem(
                            iconFor(hit.type),
                            subtitle.isEmpty() ? hit.title : hit.title + QStringLiteral(" — ") + subtitle);
                        item->setData(hit.id, Qt::UserRole);
                        item->setData(hit.title, Qt::UserRole + 1);
                        m_matches->appendRow(item);
                    }
                    if (m_edit->hasFocus() && !hits.isEmpty())
                        showMatches();
                });
}

void RecordPicker::setChoices(std::optional<QList<Choice>> choices)
{
    m_choices = std::move(choices);
    ++m_ticket; // a search still on its way answers a question no longer asked
    m_matches->clear();
}

void RecordPicker::offer(const QList<Choice>& choices)
{
    m_matches->clear();
    for (const Choice& c : choices) {
        auto* item = new QStandardItem(iconFor(m_type),
                                       c.detail.isEmpty() ? c.title : c.title + QStringLiteral(" — ") + c.detail);
        item->setData(c.id, Qt::UserRole);
        item->setData(c.title, Qt::UserRole + 1);
        m_matches->appendRow(item);
    }
    if (m_edit->hasFocus() && !choices.isEmpty())
        showMatches();
}

void RecordPicker::showMatches()
{
    // As wide as the longest match needs ("… — Negotiation · €80,010.00 · closes 11/23/2026"), within reason.
    const QFontMetrics fm(m_completer->popup()->font());
    int widest = 0;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        widest = std::max(widest, fm.horizontalAdvance(m_matches->item(row)->text()));
    const int width = std::clamp(widest + fm.height() + 40, m_edit->width(), std::max(m_edit->width(), 720));
    m_completer->complete(QRect(0, 0, width, m_edit->height()));
}

bool RecordPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Entering a field with a few records to choose from shows them all, as a drop-down would.
    if (watched == m_edit && m_choices &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) &&
        (m_edit->text().isEmpty() || m_edit->text() == m_title) && !m_completer->popup()->isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_choices && m_edit->hasFocus())
                offer(*m_choices);
        });
    return FieldEditor::eventFilter(watched, event);
}

QVariant RecordPicker::value() const
{
    return m_id.isEmpty() ? QVariant() : QVariant(m_id);
}

void RecordPicker::setValue(const QVariant& value)
{
    m_id = value.toString();
}

void RecordPicker::setTitle(const QString& title)
{
    m_title = title;
    m_edit->setText(title);
    m_edit->setCursorPosition(0); // a long name shows its beginning
}

QString RecordPicker::problem() const
{
    if (!m_edit->text().trimmed().isEmpty() && m_edit->text() != m_title)
        return tr("Choose one of the %1 offered while you type, or clear the field.")
            .arg(Schema::entity(m_type).displayPluralLabel());
    return {};
}

} // namespace rapport
