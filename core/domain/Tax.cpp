// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Tax.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace rapport {

namespace {

// The member states, as ISO 3166 codes, sorted. Greece's VAT prefix is EL, its ISO code GR.
constexpr std::array<const char*, 27> EuMembers = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                                   "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                                   "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};

QString isoCountry(const QString& country)
{
    const QString code = country.trimmed().toUpper();
    return code == QLatin1String("EL") ? QStringLiteral("GR") : code;
}

} // namespace

bool Tax::isEuMember(const QString& country)
{
    const QByteArray code = isoCountry(country).toLatin1();
    return std::binary_search(EuMembers.begin(), EuMembers.end(), code.constData(),
                              [](const char* a, const char* b) { return qstrcmp(a, b) < 0; });
}

TaxTreatment Tax::treatment(const QString& seller, const QString& customer)
{
    const QString from = isoCountry(seller), to = isoCountry(customer);
    if (from.isEmpty() || to.isEmpty() || from == to)
        return TaxTreatment::Domestic;
    return isEuMember(from) && isEuMember(to) ? TaxTreatment::ReverseCharge : TaxTreatment::Export;
}

QString Tax::key(TaxTreatment treatment)
{
    switch (treatment) {
    case TaxTreatment::Domestic:
        return QStringLiteral("domestic");
    case TaxTreatment::ReverseCharge:
        return QStringLiteral("reverse_charge");
    case TaxTreatment::Export:
        return QStringLiteral("export");
    }
    return {};
}

std::optional<TaxTreatment> Tax::fromKey(const QString& key)
{
    for (TaxTreatment t : {TaxTreatment::Domestic, TaxTreatment::ReverseCharge, TaxTreatment::Export})
        if (Tax::key(t) == key)
            return t;
    return std::nullopt;
}

QString Tax::note(TaxTreatment treatment, const QString& seller)
{
    switch (treatment) {
    case TaxTreatment::Domestic:
        return {};
    case TaxTreatment::ReverseCharge:
        // One sentence for both kinds of a quote's items: services (the reverse charge) and goods (exempt).
        return tr("Reverse charge: the recipient accounts for the VAT on services (Article 196); goods are an exempt "
                  "intra-Community supply (Article 138 of Council Directive 2006/112/EC).");
    case TaxTreatment::Export: {
        if (isEuMember(seller))
            return tr("No VAT charged: the customer is outside the European Union.");
        const QString from = isoCountry(seller);
        const QString name = from.isEmpty() ? QString() : QLocale::territoryToString(QLocale::codeToTerritory(from));
        return name.isEmpty() ? tr("No VAT charged: the customer is abroad.")
                              : tr("No VAT charged: the customer is outside the seller's country (%1).").arg(name);
    }
    }
    return {};
}

QString Tax::normalisedVatId(const QString& text)
{
    QString id = text.toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-]"));
    id.remove(separators);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}(?=[A-Z]*[0-9])[0-9A-Z]{2,14}$"));
    return shape.match(id).hasMatch() ? id : QString();
}

} // namespace rapport
