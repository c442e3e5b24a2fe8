// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "domain/Tax.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

namespace rapport {

/// Who sends the quotes, what they usually say, and how they look: the company's details, the default tax
/// rate, validity and terms, and the template (Mustache HTML; empty: the built-in one).
struct QuoteSettings
{
    QString companyName;
    QString companyAddress; ///< lines
    QString companyContact; ///< one line: phone, email, VAT number…
    QString companyCountry; ///< ISO 3166 code: where the company is, for the tax of each quote (Tax::treatment)
    QString logoPath;       ///< an image file, or empty
    QString templatePath;   ///< empty: the built-in template
    int taxRateBp = 1900;   ///< 19 %: the VAT of the company's country
    int validityDays = 30;
    QString terms;
};

/// A quote's money: every line's net amount, then the subtotal, the quote's own discount, the tax and the
/// total, all in minor units of the deal's currency, each rounded half away from zero where it is made
/// (line by line, then on the subtotal), so the figures printed always add up.
struct QuoteTotals
{
    QList<qint64> lineNets;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

/// Quotes as documents: a new version drafted from an opportunity's line items (the customer's billing
/// address, the next version of the deal's quote number, the company's tax rate, validity and terms),
/// issued as a record whose items and totals are kept as issued (a change is a new version; earlier open
/// versions are marked superseded in the same transaction), and rendered to HTML through the company's
/// template, ready to be printed or written to PDF. The deal's name and the preparer's name are printed as
/// they are when the quote is printed.
class Quotes
{
    Q_DECLARE_TR_FUNCTIONS(Quotes)

public:
    static QuoteTotals totals(const QJsonArray& lines, int discountBp, int taxRateBp);
    /// One line's amount: quantity × unit price less its discount, rounded half away from zero — the rule for
    /// a deal's items, an order's lines and a quote's alike.
    static qint64 lineNet(qint64 quantity, qint64 unitPrice, qint64 discountBp);

    /// The next version of the deal's quote, not yet written: lines, totals, bill-to, validity and terms.
    static Result<Record> draft(RecordStore& store, const QString& opportunityId, const QuoteSettings& settings,
                                const QDate& today);
    /// Recomputes a draft's totals after its lines, discount or tax rate changed.
    static void recompute(Record& quote);
    /// Taxes a draft as `treatment` says: the home VAT of `settings` when charged, none otherwise; totals follow.
    static void setTaxTreatment(Record& quote, TaxTreatment treatment, const QuoteSettings& settings);
    /// Writes the quote, stamped now and numbered as the next version at this moment, and marks the deal's
    /// earlier draft or sent versions superseded, in one transaction.
    static QList<Mutation> issueMutations(RecordStore& store, const Record& quote);
    /// Issues the quote; returns it as written (its id, version and time).
    static Result<Record> issue(RecordStore& store, const Record& quote);
    /// The deal's quotes, newest version first.
    static Result<QList<Record>> ofOpportunity(Database& db, const QString& opportunityId);

    /// The quote as HTML through `settings`' template (or the built-in one), in `locale`'s formats. The
    /// logo, when there is one, is the image named "logo".
    static Result<QString> html(Database& db, const Record& quote, const QuoteSettings& settings,
                                const QLocale& locale = QLocale());
    /// The built-in template's text (to start a company's own from).
    static QString builtInTemplate();
};

} // namespace rapport
