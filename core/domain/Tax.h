// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rapport {

/// How a sale to a business is taxed, by where the seller and the customer are.
enum class TaxTreatment : quint8 {
    Domestic,      ///< the customer is in the seller's country: its VAT is charged
    ReverseCharge, ///< seller and customer in two EU countries: no VAT charged, the customer accounts for it
    Export,        ///< the customer is outside the seller's customs territory (the EU, or the seller's country)
};

/// The place-of-supply rule for sales between businesses, the common case of a CRM's quotes (Council Directive
/// 2006/112/EC, Articles 44 and 196 for services, 138 for goods): VAT of the seller's country at home, a
/// reverse charge across a border within the EU (the customer's VAT identification number on the document),
/// none for a customer abroad. Countries are ISO 3166 alpha-2 codes; Greece's VAT prefix EL is understood.
class Tax
{
    Q_DECLARE_TR_FUNCTIONS(Tax)

public:
    static bool isEuMember(const QString& country);
    /// The treatment of a sale from `seller` to a business in `customer`; a country not known (empty) on
    /// either side: domestic, as a quote without that knowledge always was.
    static TaxTreatment treatment(const QString& seller, const QString& customer);

    /// The stored key ("domestic", "reverse_charge", "export"; a quote's tax_treatment), and back.
    static QString key(TaxTreatment treatment);
    static std::optional<TaxTreatment> fromKey(const QString& key);
    /// What the document says about the tax it does not charge (empty for domestic): the reverse charge, with
    /// its article; the export, from `seller`'s territory.
    static QString note(TaxTreatment treatment, const QString& seller);

    /// A VAT identification number as written on documents: upper case, without spaces, dots or dashes
    /// ("de 123 456 789" → "DE123456789"). Empty when it is not one (two letters, then 2 to 14 letters and
    /// digits, at least one of them a digit).
    static QString normalisedVatId(const QString& text);
};

} // namespace rapport
