// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "MergeDialog.h"

#include "Formatting.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "commands/MergeCommand.h"
#include "search/Duplicates.h"
#include "storage/RecordStore.h"
#include "widgets/FieldEditors.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {

bool choosable(const FieldDef& f)
{
    return !f.is(Derived) && !f.is(System) && !f.is(Hidden);
}

bool isList(const FieldDef& f)
{
    return f.type == FieldType::Json && f.json != JsonShape::Consent && f.json != JsonShape::None;
}

const QString Combined = QStringLiteral("*");
constexpr int MaxLines = 8;     ///< of a value in the table; the tooltip has it whole
constexpr int ValueWidth = 250; ///< pixels of a value's text in the table (of three records; of two, half more)

/// `text` in lines no wider than `width`, broken between words where it can be.
QStringList wrapped(const QString& text, const QFont& font, int width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long e-mail address too
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.isEmpty() ? QStringList{text} : lines;
}

} // namespace

MergeDialog::MergeDialog(Workspace& workspace, QUndoStack& undo, EntityType type, const QStringList& ids,
                         QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_type(type)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge %1").arg(Schema::entity(type).displayPluralLabel()));
    fitToScreen(this, {1180, 640});
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the record to keep and, where they differ, which value it keeps. Everything "
                                "that belongs to the others (activities, deals, tickets, orders, people, campaign "
                                "memberships) moves to it; the others stay hidden behind it and can be unmerged."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* add = new QHBoxLayout;
    m_picker = new RecordPicker(type, &workspace.search(), this);
    m_picker->setObjectName(QStringLiteral("mergeAdd"));
    auto* addButton = new QPushButton(icon(Icon::Add), tr("Add to the merge"), this);
    addButton->setObjectName(QStringLiteral("mergeAddButton"));
    add->addWidget(new QLabel(tr("Another duplicate:"), this));
    add->addWidget(m_picker, 1);
    add->addWidget(addButton);
    layout->addLayout(add);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString id = m_picker->value().toString();
        if (!id.isEmpty())
            addRecord(id);
        m_picker->setTitle(QString());
        m_picker->setValue(QVariant());
    });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_table = new QWidget;
    m_grid = new QGridLayout(m_table);
    m_grid->setAlignment(Qt::AlignTop);
    scroll->setWidget(m_table);
    layout->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setIcon(icon(Icon::Merge));
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    layout->addWidget(buttons);

    for (const QString& id : ids)
        addRecord(id);
    // Opened on one contact ("Merge with duplicates…"): the one it is most likely the same person as
    // comes in already, as the duplicate check would name it.
    if (ids.size() == 1 && type == EntityType::Contact && !m_records.isEmpty()) {
        auto candidates =
            Duplicates::candidatesFor(workspace.database(), m_records.first(), workspace.store().defaultRegion(), 1);
        if (candidates && !candidates->isEmpty())
            addRecord(candidates->first().id);
    }
}

QStringList MergeDialog::ids() const
{
    QStringList out;
    for (const Record& r : m_records)
        out << r.id();
    return out;
}

QString MergeDialog::survivor() const
{
    return m_records.isEmpty() ? QString() : m_records[m_survivor].id();
}

void MergeDialog::addRecord(const QString& id)
{
    if (m_records.size() >= 3) {
        m_error->setText(tr("At most three records are merged at a time."));
        m_error->show();
        return;
    }
    for (const Record& r : std::as_const(m_records))
        if (r.id() == id)
            return;
    auto record = m_workspace.store().fetch(m_type, id);
    if (!record) {
        m_error->setText(tr("The record %1 no longer exists.").arg(id));
        m_error->show();
        return;
    }
    m_records << *record;
    setSurvivor(m_records[m_survivor].id());
}

void MergeDialog::setSurvivor(const QString& id)
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records[i].id() == id)
            m_survivor = i;
    // Start from the usual choice: the kept record's values, gaps filled from the others, lists combined.
    m_choice.clear();
    QList<Record> others = m_records;
    const Record kept = others.takeAt(m_survivor);
    const Record defaults = RecordStore::defaultMergeChoice(kept, others);
    const EntityDef& def = Schema::entity(m_type);
    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (!choosable(f))
            continue;
        QString from = Combined; // no single record has the default: a combined list
        if (Record::sameValue(kept.value(i), defaults.value(i)))
            from = kept.id();
        else
            for (const Record& r : std::as_const(others))
                if (Record::sameValue(r.value(i), defaults.value(i))) {
                    from = r.id();
                    break;
                }
        m_choice.insert(f.name, from);
    }
    rebuild();
}

void MergeDialog::choose(const QString& field, const QString& id)
{
    m_choice.insert(field, id);
    rebuild();
}

Record MergeDialog::chosen() const
{
    Record out(m_type, survivor());
    if (m_records.isEmpty())
        return out;
    QList<Record> others = m_records;
    const Record kept = others.takeAt(m_survivor);
    const Record combined = RecordStore::defaultMergeChoice(kept, others);
    const EntityDef& def = Schema::entity(m_type);
    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (!choosable(f))
            continue;
        const QString from = m_choice.value(f.name, kept.id());
        if (from == Combined) {
            out.set(i, combined.value(i));
            continue;
        }
        for (const Record& r : m_records)
            if (r.id() == from)
                out.set(i, r.value(i));
    }
    return out;
}

void MergeDialog::rebuild()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const EntityDef& def = Schema::entity(m_type);
    auto* keepGroup = new QButtonGroup(m_table);
    for (int c = 0; c < m_records.size(); ++c) {
        const Record& r = m_records[c];
        auto* head = new QWidget(m_table);
        auto* hl = new QHBoxLayout(head);
        hl->setContentsMargins(0, 0, 0, 0);
        auto* keep = new QRadioButton(m_workspace.store().titleOf(m_type, r.id()), head);
        keep->setObjectName(QStringLiteral("keep_%1").arg(c));
        keep->setToolTip(tr("Keep this record"));
        QFont bold = keep->font();
        bold.setBold(true);
        keep->setFont(bold);
        keep->setChecked(c == m_survivor);
        keepGroup->addButton(keep);
        connect(keep, &QRadioButton::clicked, this, [this, id = r.id()] { setSurvivor(id); });
        hl->addWidget(keep, 1);
        if (m_records.size() > 2) {
            auto* drop = new QToolButton(head);
            drop->setIcon(icon(Icon::Remove));
            drop->setAutoRaise(true);
            drop->setToolTip(tr("Leave this record out of the merge"));
            connect(drop, &QToolButton::clicked, this, [this, c] {
                m_records.removeAt(c);
                m_survivor = 0;
                setSurvivor(m_records.first().id());
            });
            hl->addWidget(drop);
        }
        m_grid->addWidget(head, 0, c + 1);
    }
    int row = 1;
    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (!choosable(f))
            continue;
        bool differ = false;
        for (const Record& r : std::as_const(m_records))
            differ = differ || !Record::sameValue(r.value(i), m_records.first().value(i));
        if (!differ)
            continue; // the same everywhere: nothing to choose
        auto* label = new QLabel(Formatting::fieldLabel(f.displayLabel()), m_table);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_grid->addWidget(label, row, 0);
        auto* group = new QButtonGroup(m_table);
        const QString current = m_choice.value(f.name);
        for (int c = 0; c < m_records.size(); ++c) {
            const Record& r = m_records[c];
            const QVariant companion = f.companion.isEmpty() ? QVariant() : r.value(f.companion);
            const QString full = r.value(i).isNull()             ? tr("(empty)")
                                 : f.type == FieldType::Ref ? m_workspace.store().titleOf(f.ref, r.value(i).toString())
                                                            : Formatting::field(f, r.value(i), companion, false);
            // Each value whole, wrapped at a fixed width, so three records fit side by side.
            const int width = m_records.size() > 2 ? ValueWidth : ValueWidth * 3 / 2;
            QStringList lines;
            for (const QString& line : full.split(QLatin1Char('\n')))
                lines << wrapped(line, font(), width);
            if (lines.size() > MaxLines) { // a long note: its beginning, the whole in the tooltip
                lines.resize(MaxLines);
                lines.last() += QStringLiteral(" …");
            }
            // "&" in a value is a character, not a keyboard shortcut.
            auto* pick = new QRadioButton(lines.join(QLatin1Char('\n')).replace(QLatin1Char('&'), QStringLiteral("&&")),
                                          m_table);
            pick->setToolTip(full);
            pick->setObjectName(QStringLiteral("choose_%1_%2").arg(f.name).arg(c));
            pick->setChecked(current == r.id());
            group->addButton(pick);
            connect(pick, &QRadioButton::clicked, this, [this, name = f.name, id = r.id()] { choose(name, id); });
            m_grid->addWidget(pick, row, c + 1, Qt::AlignTop);
        }
        if (isList(f)) {
            auto* all = new QRadioButton(tr("All of them"), m_table);
            all->setObjectName(QStringLiteral("choose_%1_all").arg(f.name));
            all->setChecked(current == Combined);
            group->addButton(all);
            connect(all, &QRadioButton::clicked, this, [this, name = f.name] { choose(name, Combined); });
            m_grid->addWidget(all, row, int(m_records.size()) + 1, Qt::AlignTop);
        }
        ++row;
    }
    if (row == 1) {
        auto* same = new QLabel(m_records.size() < 2
                                    ? tr("No likely duplicate was found: choose the record to merge with above.")
                                    : tr("These records hold the same details; only what belongs to them will move."),
                                m_table);
        same->setWordWrap(true);
        m_grid->addWidget(same, 1, 0, 1, int(m_records.size()) + 1);
    }
    for (int c = 1; c <= m_records.size(); ++c)
        m_grid->setColumnStretch(c, 1);
}

void MergeDialog::accept()
{
    if (m_records.size() < 2) {
        m_error->setText(tr("Add at least one duplicate to merge with."));
        m_error->show();
        return;
    }
    QStringList others = ids();
    others.removeAt(m_survivor);
    auto moved = MergeCommand::apply(m_undo, m_workspace.store(), m_type, survivor(), others, chosen());
    if (!moved) {
        m_error->setText(moved.error().text());
        m_error->show();
        return;
    }
    Q_EMIT merged(m_type, survivor());
    QDialog::accept();
}

} // namespace rapport
