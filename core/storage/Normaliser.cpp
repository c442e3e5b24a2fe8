// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Normaliser.h"

#include "domain/Alarms.h"
#include "domain/LocaleNames.h"
#include "domain/Recurrence.h"
#include "search/PhoneNumbers.h"
#include "search/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rapport {

namespace {
QJsonArray jsonArray(const QVariant& v)
{
    return v.isNull() ? QJsonArray() : QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QString joined(const Record& r, const char* a, const char* b)
{
    return (r.text(QLatin1String(a)) + QLatin1Char(' ') + r.text(QLatin1String(b))).trimmed();
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

Normaliser::Normaliser(QString defaultRegion)
    : m_region(std::move(defaultRegion))
{}

QString Normaliser::regionOf(const Record& r, const QString& fallback)
{
    QString country;
    if (r.type() == EntityType::Lead)
        country = r.text(u"country").toUpper();
    else if (r.def().field(u"addresses"))
        for (const QJsonValue& a : jsonArray(r.value(u"addresses")))
            if (country = a.toObject().value(QLatin1String("country")).toString().toUpper(); !country.isEmpty())
                break;
    return country.size() == 2 && QLocale::codeToTerritory(country) != QLocale::AnyTerritory ? country : fallback;
}

std::optional<ParsedPhone> Normaliser::readNumber(const QString& typed, const QString& region, const QString& storedAs)
{
    auto parsed = PhoneNumbers::parseToStore(typed, region);
    if (!parsed && !storedAs.isEmpty())
        if (auto before = PhoneNumbers::parse(typed, region); before && before->e164 == storedAs)
            return before;
    return parsed;
}

QString Normaliser::numberError(const QString& typed, const QString& region)
{
    // A whole national number that is no number of the country it was read in: say which country that
    // was, and how to read it in another.
    const QString digits = PhoneNumbers::digitsOnly(typed);
    const QString trimmed = typed.trimmed();
    if (digits.size() >= 7 && !trimmed.startsWith(QLatin1Char('+')) && !trimmed.startsWith(QLatin1String("00")))
        return tr("\"%1\" is not a phone number of %2. A number without a country code is read in the contact's "
                  "country, else in the region chosen in the settings: add the country code or the country.")
            .arg(typed, LocaleNames::country(region));
    return tr("\"%1\" is not a phone number.").arg(typed);
}

QList<FieldError> Normaliser::normalise(Record& r, const Record* before) const
{
    QList<FieldError> errors;
    const EntityDef& def = r.def();
    const QString region = regionOf(r, m_region);
    // Reading a number is the costly part of saving a record: an edit that leaves the numbers and their
    // country alone keeps them as they were read (with the E.164 forms stored beside them).
    const bool sameRegion = before && regionOf(*before, m_region) == region;
    const auto kept = [&](int i) {
        if (!sameRegion || !Record::sameValue(before->value(i), r.value(i)))
            return false;
        // A single number is kept with its E.164 form beside it (a list keeps it in each entry).
        const FieldDef& f = def.fields[i];
        return f.type != FieldType::Phone || r.text(f.name).isEmpty() || !r.value(f.companion).isNull();
    };

    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if ((f.type == FieldType::Phone || (f.type == FieldType::Json && f.json == JsonShape::PhoneList)) && kept(i))
            continue;
        if (f.type == FieldType::Phone) {
            const QString typed = r.text(f.name);
            QVariant e164;
            if (!typed.isEmpty()) {
                const auto parsed = readNumber(typed, region, r.text(f.companion));
                if (!parsed)
                    errors << FieldError{f.name, numberError(typed, region)};
                else
                    e164 = parsed->e164;
            }
            r.set(f.companion, e164);
        } else if (f.type == FieldType::Json && f.json == JsonShape::PhoneList && !r.value(i).isNull()) {
            QJsonArray phones = jsonArray(r.value(i));
            for (qsizetype k = 0; k < phones.size(); ++k) {
                QJsonObject p = phones[k].toObject();
                const QString typed = p.value(QLatin1String("number")).toString();
                const auto parsed = readNumber(typed, region, p.value(QLatin1String("e164")).toString());
                if (!parsed) {
                    errors << FieldError{f.name, numberError(typed, region)};
                    continue;
                }
                p.insert(QStringLiteral("e164"), parsed->e164);
                phones[k] = p;
            }
            r.set(i, QString::fromUtf8(QJsonDocument(phones).toJson(QJsonDocument::Compact)));
        }
    }

    auto firstOf = [&](const char* listField, const char* key) {
        const QJsonArray list = jsonArray(r.value(QLatin1String(listField)));
        return list.isEmpty() ? QString() : list.first().toObject().value(QLatin1String(key)).toString();
    };

    switch (r.type()) {
    case EntityType::Contact:
        r.set(u"primary_email", orNull(firstOf("emails", "address")));
        r.set(u"primary_phone", orNull(firstOf("phones", "number")));
        r.set(u"city", orNull(firstOf("addresses", "city")));
        r.set(u"country", orNull(firstOf("addresses", "country")));
        break;
    case EntityType::Account:
        r.set(u"city", orNull(firstOf("addresses", "city")));
        r.set(u"country", orNull(firstOf("addresses", "country")));
        break;
    case EntityType::Activity: {
        const auto alarm = Alarms::next(r);
        r.set(u"reminder_at", alarm ? QVariant(alarm->at) : QVariant());
        if (r.text(u"rrule").isEmpty()) {
            r.set(u"recurs_until", QVariant());
        } else {
            const auto end = Recurrence::lastEnd(Series::of(r));
            r.set(u"recurs_until", end ? *end : MaxTimestamp);
        }
        break;
    }
    default:
        break;
    }
    return errors;
}

QString Normaliser::titleOf(const Record& r)
{
    switch (r.type()) {
    case EntityType::User:
        return r.text(u"display_name");
    case EntityType::Contact:
    case EntityType::Lead:
        return joined(r, "first_name", "last_name");
    case EntityType::Activity:
        return r.text(u"subject");
    case EntityType::ActivityAttendee:
        return r.text(u"email");
    case EntityType::OpportunityLine:
        return r.text(u"description");
    case EntityType::Order:
        return r.text(u"number");
    case EntityType::Ticket:
        return r.text(u"number") + QStringLiteral(" · ") + r.text(u"subject");
    case EntityType::KnowledgeArticle:
        return r.text(u"title");
    case EntityType::Team:
    case EntityType::Account:
    case EntityType::Opportunity:
    case EntityType::Product:
    case EntityType::PriceBook:
    case EntityType::Campaign:
        return r.text(u"name");
    case EntityType::StageChange:
    case EntityType::PriceBookEntry:
    case EntityType::OrderLine:
    case EntityType::TicketEntry:
    case EntityType::TicketArticle:
    case EntityType::CampaignMember:
    case EntityType::CampaignResponse:
        return {};
    case EntityType::ExchangeRate:
        return r.text(u"currency");
    case EntityType::Quota:
        return r.text(u"period_start");
    case EntityType::Quote:
        return r.text(u"number") + QStringLiteral(" v") + QString::number(r.value(u"version").toLongLong());
    case EntityType::OpportunityContact:
        return r.text(u"role");
    case EntityType::StageSetting:
        return r.text(u"stage");
    case EntityType::SlaPolicy:
        return r.text(u"name");
    }
    return {};
}

QString Normaliser::sortKeyOf(const Record& r)
{
    switch (r.type()) {
    case EntityType::Contact:
    case EntityType::Lead:
        return foldText(joined(r, "last_name", "first_name"));
    case EntityType::Ticket:
        return foldText(r.text(u"subject"));
    default:
        return foldText(titleOf(r));
    }
}

} // namespace rapport
