// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "QuoteDialog.h"

#include "Ask.h"
#include "Formatting.h"
#include "PdfDocument.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "Workspace.h"
#include "commands/ApplyCommand.h"
#include "domain/Tax.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPagedPaintDevice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

namespace rapport {

namespace {

/// The quote's document with its logo, ready to be written or printed.
Result<PdfDocument> document(Database& db, const Record& quote, const QuoteSettings& settings)
{
    auto html = Quotes::html(db, quote, settings);
    if (!html)
        return html.error();
    PdfDocument doc(*html, QuoteDialog::tr("Quote %1").arg(quote.text(u"number")));
    if (!settings.logoPath.isEmpty()) {
        const QImage logo(settings.logoPath);
        if (logo.isNull())
            return Error{QuoteDialog::tr("The logo %1 is not an image Rapport can read.").arg(settings.logoPath), {}};
        doc.addImage(QStringLiteral("logo"), logo);
    }
    return doc;
}

} // namespace

Status QuoteDialog::writePdf(Database& db, const Record& quote, const QuoteSettings& settings, const QString& path)
{
    auto doc = document(db, quote, settings);
    if (!doc)
        return doc.error();
    return doc->write(path);
}

Status QuoteDialog::print(Database& db, const Record& quote, const QuoteSettings& settings, QPagedPaintDevice& device)
{
    auto doc = document(db, quote, settings);
    if (!doc)
        return doc.error();
    QTextDocument text;
    doc->layOut(text);
    text.print(&device);
    return {};
}

QuoteDialog::QuoteDialog(Workspace& workspace, QUndoStack& undo, const QString& opportunityId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_settings(Settings().quotes())
{
    setObjectName(QStringLiteral("quoteDialog"));
    auto drafted = Quotes::draft(workspace.store(), opportunityId, m_settings, QDate::currentDate());
    if (!drafted) {
        m_problem = drafted.error().message;
        return;
    }
    m_quote = *drafted;
    m_ready = true;
    setWindowTitle(tr("Quote %1, version %2").arg(m_quote.text(u"number")).arg(m_quote.value(u"version").toLongLong()));

    auto* layout = new QHBoxLayout(this);
    auto* form = new QFormLayout;
    // How the quote is taxed, as drafted from where the customer is; the rate is the home VAT's, or none.
    m_treatment = new QComboBox(this);
    m_treatment->setObjectName(QStringLiteral("quoteTaxTreatment"));
    const Enumeration& treatments = Schema::taxTreatments();
    for (const QString& key : treatments.keys)
        m_treatment->addItem(treatments.label(key), key);
    m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(m_quote.text(u"tax_treatment"))));
    m_tax = new QDoubleSpinBox(this);
    m_tax->setObjectName(QStringLiteral("quoteTax"));
    m_tax->setRange(0, 100);
    m_tax->setDecimals(2);
    Formatting::percentField(m_tax);
    // The rate the treatment gives; typed over only where VAT is charged.
    const auto showRate = [this] {
        m_tax->setValue(m_quote.value(u"tax_rate_bp").toLongLong() / 100.0);
        m_tax->setEnabled(m_quote.text(u"tax_treatment") == Tax::key(TaxTreatment::Domestic));
    };
    showRate();
    connect(m_treatment, &QComboBox::currentIndexChanged, this, [this, showRate] {
        Quotes::setTaxTreatment(
            m_quote, Tax::fromKey(m_treatment->currentData().toString()).value_or(TaxTreatment::Domestic), m_settings);
        showRate();
        update();
    });
    m_discount = new QDoubleSpinBox(this);
    m_discount->setObjectName(QStringLiteral("quoteDiscount"));
    m_discount->setRange(0, 100);
    m_discount->setDecimals(2);
    Formatting::percentField(m_discount);
    m_validity = new QSpinBox(this);
    m_validity->setRange(0, 365);
    m_validity->setSuffix(tr(" days"));
    m_validity->setSpecialValueText(tr("no limit"));
    m_validity->setValue(m_settings.validityDays);
    m_notes = new QPlainTextEdit(this);
    m_notes->setPlaceholderText(tr("A note to the customer (delivery, what is included…)"));
    m_notes->setMaximumHeight(90);
    m_terms = new QPlainTextEdit(m_settings.terms, this);
    m_terms->setMaximumHeight(110);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("quoteTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    form->addRow(tr("Tax:"), m_treatment);
    form->addRow(tr("Tax rate:"), m_tax);
    form->addRow(tr("Discount on the quote:"), m_discount);
    form->addRow(tr("Valid for:"), m_validity);
    form->addRow(tr("Note:"), m_notes);
    form->addRow(tr("Terms:"), m_terms);
    form->addRow(tr("Total:"), m_total);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* issueButton = buttons->addButton(tr("Issue and save PDF…"), QDialogButtonBox::AcceptRole);
    issueButton->setObjectName(QStringLiteral("issueQuote"));
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    left->addWidget(buttons);
    layout->addLayout(left, 2);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("quotePreview"));
    m_preview->setMinimumWidth(520);
    layout->addWidget(m_preview, 3);

    for (QDoubleSpinBox* box : {m_tax, m_discount})
        connect(box, &QDoubleSpinBox::valueChanged, this, &QuoteDialog::update);
    connect(m_validity, &QSpinBox::valueChanged, this, &QuoteDialog::update);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &QuoteDialog::update);
    connect(m_terms, &QPlainTextEdit::textChanged, this, &QuoteDialog::update);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString path =
            Ask::saveFile(this, tr("Save the quote"),
                          tr("%1 v%2.pdf").arg(m_quote.text(u"number")).arg(m_quote.value(u"version").toLongLong()),
                          tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = issue(path); !s)
            Q_EMIT message(s.error().message);
        else
            accept();
    });
    fitToScreen(this, {1100, 720});
    update();
}

void QuoteDialog::update()
{
    m_quote.set(u"tax_rate_bp", std::llround(m_tax->value() * 100))
        .set(u"discount_bp", std::llround(m_discount->value() * 100))
        .set(u"notes", m_notes->toPlainText().trimmed())
        .set(u"terms", m_terms->toPlainText().trimmed());
    if (m_validity->value() > 0)
        m_quote.set(u"valid_until", QDate::currentDate().addDays(m_validity->value()).toString(Qt::ISODate));
    else
        m_quote.set(u"valid_until", QVariant());
    Quotes::recompute(m_quote);
    m_total->setText(Formatting::money(m_quote.value(u"total").toLongLong(), m_quote.text(u"currency")));
    auto html = Quotes::html(m_workspace.database(), m_quote, m_settings);
    if (!html) {
        m_preview->setPlainText(html.error().message);
        return;
    }
    if (!m_settings.logoPath.isEmpty())
        m_preview->document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")),
                                           QImage(m_settings.logoPath));
    m_preview->setHtml(*html);
}

Status QuoteDialog::issue(const QString& path)
{
    // Rendered as it will be issued (stamped now, the next version), recorded, and only then written: a quote
    // that cannot be rendered is not issued, and no file carries a version that was never recorded.
    Record quote = m_quote;
    quote.setId(m_workspace.store().newId());
    const QList<Mutation> writes = Quotes::issueMutations(m_workspace.store(), quote);
    quote = writes.first().record;
    auto doc = document(m_workspace.database(), quote, m_settings);
    if (!doc)
        return doc.error();
    const QByteArray pdf = doc->bytes();
    auto applied = ApplyCommand::apply(m_undo, m_workspace.store(), writes,
                                       tr("Issue quote %1 v%2").arg(quote.text(u"number")).arg(
                                           quote.value(u"version").toLongLong()));
    if (!applied)
        return applied.error();
    Q_EMIT issued(quote.id());
    if (Status s = PdfDocument::save(pdf, path); !s)
        return Error{tr("Quote %1, version %2, is issued, but its PDF could not be saved (open it again from the "
                        "deal's Quotes): %3")
                         .arg(quote.text(u"number"))
                         .arg(quote.value(u"version").toLongLong())
                         .arg(s.error().message),
                     {}};
    Q_EMIT message(tr("Quote %1, version %2, saved to %3.")
                       .arg(quote.text(u"number"))
                       .arg(quote.value(u"version").toLongLong())
                       .arg(path));
    return {};
}

} // namespace rapport
