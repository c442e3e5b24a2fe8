// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CallerLookup.h"

#include "search/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace rapport {

namespace {

/// One row per owner of a number, contacts first; `%1` is the condition on phone_index p.
const QString OwnersSql = QStringLiteral(
    "SELECT 0, c.id, trim(coalesce(c.first_name, '') || ' ' || c.last_name), coalesce(a.name, ''), p.e164 "
    "FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid LEFT JOIN accounts a ON a.id = c.account_id "
    "WHERE %1 AND c.deleted = 0 "
    "UNION ALL SELECT 1, a.id, a.name, '', p.e164 FROM phone_index p JOIN accounts a ON a.rid = p.account_rid "
    "WHERE %1 AND a.deleted = 0 "
    "UNION ALL SELECT 2, l.id, trim(coalesce(l.first_name, '') || ' ' || l.last_name), coalesce(l.company, ''), p.e164 "
    "FROM phone_index p JOIN leads l ON l.rid = p.lead_rid WHERE %1 AND l.deleted = 0 "
    "LIMIT 200");

constexpr EntityType Kinds[] = {EntityType::Contact, EntityType::Account, EntityType::Lead};

Result<QList<Caller>> owners(Database& db, const QString& condition, const QString& value, bool exact)
{
    auto st = db.statements().get(OwnersSql.arg(condition));
    for (int i = 1; i <= 3; ++i)
        st->bind(i, value);
    QList<Caller> found;
    for (;;) {
        const auto step = st->step();
        if (step == SqlStatement::Step::Error)
            return Error{CallerLookup::tr("The phone index could not be read: %1").arg(st->errorText()), {}};
        if (step != SqlStatement::Step::Row)
            break;
        found << Caller{Kinds[st->int64(0)], st->text(1), st->text(2), st->text(3), st->text(4), exact};
    }
    return found;
}

/// The dialled digits as a national number: without an international prefix and country code the
/// caller may or may not have typed, and without a trunk zero.
QString withoutPrefixes(QString digits)
{
    if (digits.startsWith(QLatin1String("00")))
        digits = digits.mid(2);
    while (digits.startsWith(QLatin1Char('0')))
        digits = digits.mid(1);
    return digits;
}

} // namespace

Result<QList<Caller>> CallerLookup::find(Database& db, const QString& number, const QString& region)
{
    if (!PhoneNumbers::looksLikePhoneNumber(number))
        return QList<Caller>{};
    const auto parsed = PhoneNumbers::parse(number, region);
    if (parsed) {
        auto exact = owners(db, QStringLiteral("p.e164 = ?"), parsed->e164, true);
        if (!exact || !exact->isEmpty())
            return exact;
    }
    // Nobody has that exact number: try numbers ending the same way.
    const int country = PhoneNumbers::writtenCountryCode(number, region);
    const QString dialled = withoutPrefixes(PhoneNumbers::digitsOnly(number));
    if (dialled.size() < 7)
        return QList<Caller>{};
    auto candidates = owners(db, QStringLiteral("p.reversed GLOB ?"),
                             PhoneNumbers::reversedDigits(dialled.right(7)) + QLatin1Char('*'), false);
    if (!candidates)
        return candidates;
    QList<Caller> kept;
    for (const Caller& c : std::as_const(*candidates)) {
        const auto stored = PhoneNumbers::parse(c.number, QString());
        // A caller who gave a country code is not on a valid line of another country that ends the same
        // way (+44 1431 132325 is not +33 4 31 13 23 25); a stored number that is no valid line may be one
        // saved in the wrong region, and stays a candidate.
        if (country != 0 && stored && stored->countryCode != country && PhoneNumbers::isValid(stored->e164))
            continue;
        const QString national =
            withoutPrefixes(stored ? stored->nationalSignificant : PhoneNumbers::digitsOnly(c.number));
        // "301234567" dialled for +49 30 1234567, or "49301234567" with a country code the parse missed.
        if (national.size() >= 7 && (dialled.endsWith(national) || national.endsWith(dialled)))
            kept << c;
    }
    return kept;
}

} // namespace rapport
