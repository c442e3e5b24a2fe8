// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SlaPoliciesDialog.h"

#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "domain/BusinessHours.h"
#include "storage/RecordStore.h"
#include "storage/Sla.h"
#include "widgets/ZoneBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport {

namespace {

enum Column { Name, Priority, Tier, FirstResponse, Resolution, Warning, Hours };
enum { IdRole = Qt::UserRole + 1, HoursRole };

QString hoursSummary(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject days = o.value(QLatin1String("days")).toObject();
    // Runs of days with the same hours read as one: "Mon–Fri 08:00–18:00".
    QStringList open;
    for (int d = 1; d <= 7;) {
        const QJsonArray span = days.value(QString::number(d)).toArray();
        int last = d;
        while (last < 7 && days.value(QString::number(last + 1)).toArray() == span)
            ++last;
        if (span.size() == 2) {
            const QString first = QLocale().dayName(d, QLocale::ShortFormat);
            open << QStringLiteral("%1 %2–%3")
                        .arg(last == d ? first
                                       : first + QStringLiteral("–") + QLocale().dayName(last, QLocale::ShortFormat),
                             span[0].toString(), span[1].toString());
        }
        d = last + 1;
    }
    const int holidays = int(o.value(QLatin1String("holidays")).toArray().size());
    QString text = open.isEmpty() ? SlaPoliciesDialog::tr("never open") : open.join(QStringLiteral(", "));
    text += QStringLiteral(" · ") + o.value(QLatin1String("zone")).toString();
    if (holidays)
        text += QStringLiteral(" · ") + SlaPoliciesDialog::tr("%n holiday(s)", "", holidays);
    return text;
}

QComboBox* enumCombo(const Enumeration& e, const QString& current, bool withAny, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    if (withAny)
        combo->addItem(SlaPoliciesDialog::tr("All customers"), QString());
    for (const QString& key : e.keys)
        combo->addItem(e.label(key), key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QDoubleSpinBox* hoursBox(qint64 minutes, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.25, 2000);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setSuffix(SlaPoliciesDialog::tr(" h"));
    box->setValue(double(minutes) / 60.0);
    return box;
}

} // namespace

SlaPoliciesDialog::SlaPoliciesDialog(Workspace& workspace, QUndoStack& undo, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("slaPolicies"));
    setWindowTitle(tr("Service levels"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Working time to a first response and to a resolution per priority, counted in each "
                                "policy's business hours. A policy for a service tier wins over the general one. "
                                "They apply to tickets opened or re-prioritised from now on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("policies"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Priority"), tr("Service tier"), tr("First response"),
                                        tr("Resolution"), tr("Warn before"), tr("Business hours")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == Hours)
            editHours(row);
    });

    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(icon(Icon::Add), tr("Add policy"), this);
    add->setObjectName(QStringLiteral("addPolicy"));
    auto* remove = new QPushButton(icon(Icon::Remove), tr("Remove"), this);
    auto* hours = new QPushButton(icon(Icon::Calendar), tr("Business hours…"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addWidget(hours);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, &SlaPoliciesDialog::addPolicy);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        if (const QString id = m_table->item(row, Name)->data(IdRole).toString(); !id.isEmpty())
            m_removed << id;
        m_table->removeRow(row);
    });
    connect(hours, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            editHours(m_table->currentRow());
    });

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("policyProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (auto policies = Sla::policies(workspace.database())) {
        m_loaded = *policies;
        for (const Record& policy : std::as_const(m_loaded))
            addRow(policy);
    } else {
        m_problem->setText(policies.error().message);
        m_problem->show();
    }
    fitToScreen(this, {1000, 420});
}

void SlaPoliciesDialog::addRow(const Record& p)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(p.text(u"name"));
    name->setData(IdRole, p.id());
    m_table->setItem(row, Name, name);
    const EntityDef& def = Schema::entity(EntityType::SlaPolicy);
    m_table->setCellWidget(row, Priority,
                           enumCombo(*def.field(u"priority")->enumeration, p.text(u"priority"), false, m_table));
    m_table->setCellWidget(row, Tier, enumCombo(*def.field(u"tier")->enumeration, p.text(u"tier"), true, m_table));
    m_table->setCellWidget(row, FirstResponse, hoursBox(p.value(u"first_response_minutes").toLongLong(), m_table));
    m_table->setCellWidget(row, Resolution, hoursBox(p.value(u"resolution_minutes").toLongLong(), m_table));
    auto* warn = new QSpinBox(m_table);
    warn->setRange(0, 24 * 60);
    warn->setSuffix(tr(" min"));
    warn->setValue(p.value(u"warn_minutes").isNull() ? 60 : p.value(u"warn_minutes").toInt());
    m_table->setCellWidget(row, Warning, warn);
    auto* hours = new QTableWidgetItem(hoursSummary(p.text(u"hours")));
    hours->setData(HoursRole, p.text(u"hours"));
    hours->setFlags(hours->flags() & ~Qt::ItemIsEditable);
    hours->setToolTip(tr("Double-click to change the business hours"));
    m_table->setItem(row, Hours, hours);
}

void SlaPoliciesDialog::addPolicy()
{
    // A new policy starts from the first one's hours (one desk, one calendar), else office hours here.
    QString hours = m_table->rowCount() > 0 ? m_table->item(0, Hours)->data(HoursRole).toString() : QString();
    if (hours.isEmpty())
        hours = QString::fromUtf8(QJsonDocument(BusinessHours::officeHours(QTimeZone::systemTimeZone()).toJson())
                                      .toJson(QJsonDocument::Compact));
    Record p(EntityType::SlaPolicy);
    p.set(u"name", tr("New policy"))
        .set(u"priority", QStringLiteral("normal"))
        .set(u"first_response_minutes", qint64(8 * 60))
        .set(u"resolution_minutes", qint64(24 * 60))
        .set(u"warn_minutes", qint64(60))
        .set(u"hours", hours);
    addRow(p);
    m_table->setCurrentCell(m_table->rowCount() - 1, Name);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
}

void SlaPoliciesDialog::editHours(int row)
{
    QTableWidgetItem* item = m_table->item(row, Hours);
    const QJsonObject o = QJsonDocument::fromJson(item->data(HoursRole).toString().toUtf8()).object();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Business hours"));
    auto* form = new QFormLayout(&dialog);
    auto* zone = new ZoneBox(&dialog);
    zone->setZoneId(o.value(QLatin1String("zone")).toString());
    form->addRow(tr("Time zone:"), zone);
    auto* grid = new QGridLayout;
    QList<std::tuple<QCheckBox*, QTimeEdit*, QTimeEdit*>> days;
    const QJsonObject spans = o.value(QLatin1String("days")).toObject();
    for (int d = 1; d <= 7; ++d) {
        const QJsonArray span = spans.value(QString::number(d)).toArray();
        auto* open = new QCheckBox(QLocale().dayName(d), &dialog);
        open->setChecked(span.size() == 2);
        auto* from =
            new QTimeEdit(QTime::fromString(span.size() == 2 ? span[0].toString() : QStringLiteral("09:00")), &dialog);
        auto* to =
            new QTimeEdit(QTime::fromString(span.size() == 2 ? span[1].toString() : QStringLiteral("17:00")), &dialog);
        for (QTimeEdit* e : {from, to}) {
            e->setDisplayFormat(QStringLiteral("HH:mm"));
            e->setEnabled(open->isChecked());
            connect(open, &QCheckBox::toggled, e, &QWidget::setEnabled);
        }
        grid->addWidget(open, d, 0);
        grid->addWidget(from, d, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), &dialog), d, 2);
        grid->addWidget(to, d, 3);
        days.append({open, from, to});
    }
    form->addRow(tr("Open:"), grid);
    auto* holidays = new QPlainTextEdit(&dialog);
    QStringList dates;
    for (const QJsonValue& v : o.value(QLatin1String("holidays")).toArray())
        dates << v.toString();
    holidays->setPlainText(dates.join(QLatin1Char('\n')));
    holidays->setPlaceholderText(tr("One date per line, e.g. 2026-12-25"));
    form->addRow(tr("Holidays:"), holidays);
    auto* problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->setWordWrap(true);
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QJsonObject daysJson;
        for (int d = 1; d <= 7; ++d) {
            const auto& [open, from, to] = days[d - 1];
            daysJson.insert(QString::number(d),
                            open->isChecked() ? QJsonValue(QJsonArray{from->time().toString(QStringLiteral("HH:mm")),
                                                                      to->time().toString(QStringLiteral("HH:mm"))})
                                              : QJsonValue());
        }
        QJsonArray holidayJson;
        for (const QString& line : holidays->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            holidayJson.append(line.trimmed());
        const QJsonObject json{{QStringLiteral("zone"), zone->zoneId()},
                               {QStringLiteral("days"), daysJson},
                               {QStringLiteral("holidays"), holidayJson}};
        QString error;
        if (!BusinessHours::fromJson(json, &error)) {
            problem->setText(error);
            return;
        }
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        item->setData(HoursRole, text);
        item->setText(hoursSummary(text));
        dialog.accept();
    });
    dialog.exec();
}

bool SlaPoliciesDialog::save()
{
    QList<Mutation> writes;
    for (const QString& id : std::as_const(m_removed))
        writes << Mutation::remove(EntityType::SlaPolicy, id);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, Name)->data(IdRole).toString();
        Record p(EntityType::SlaPolicy, id);
        p.set(u"name", m_table->item(row, Name)->text().trimmed())
            .set(u"priority", static_cast<QComboBox*>(m_table->cellWidget(row, Priority))->currentData().toString())
            .set(u"first_response_minutes",
                 qRound64(static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, FirstResponse))->value() * 60))
            .set(u"resolution_minutes",
                 qRound64(static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Resolution))->value() * 60))
            .set(u"warn_minutes", qint64(static_cast<QSpinBox*>(m_table->cellWidget(row, Warning))->value()))
            .set(u"hours", m_table->item(row, Hours)->data(HoursRole).toString());
        const QString tier = static_cast<QComboBox*>(m_table->cellWidget(row, Tier))->currentData().toString();
        p.set(u"tier", tier.isEmpty() ? QVariant() : QVariant(tier));
        if (id.isEmpty()) {
            writes << Mutation::create(p);
            continue;
        }
        // Only what changed, so an unchanged policy writes nothing.
        const auto was =
            std::find_if(m_loaded.cbegin(), m_loaded.cend(), [&](const Record& r) { return r.id() == id; });
        Record changes(EntityType::SlaPolicy, id);
        for (int f : p.presentFields())
            if (was == m_loaded.cend() || !Record::sameValue(was->value(f), p.value(f)))
                changes.set(f, p.value(f));
        if (!changes.isEmpty())
            writes << Mutation::update(changes);
    }
    if (writes.isEmpty())
        return true;
    auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), writes, tr("Change the service levels"));
    if (!applied) {
        m_problem->setText(applied.error().text());
        m_problem->show();
        return false;
    }
    return true;
}

} // namespace rapport
