// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CsvImport.h"

#include "domain/LocaleNames.h"
#include "domain/RecordJson.h"
#include "domain/Validator.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/ContactText.h"
#include "search/Duplicates.h"
#include "search/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>
#include <map>

namespace rapport {

namespace {

using T = CsvTarget;

CsvColumn col(T target, const char* kind = "", int group = 1)
{
    return CsvColumn{target, QString::fromLatin1(kind), group};
}

QString normalisedHeader(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QStringLiteral("e-mail"), QStringLiteral("email"));
    return h.simplified();
}

/// Headers with one meaning, whatever program wrote them.
const QHash<QString, CsvColumn>& knownHeaders()
{
    static const QHash<QString, CsvColumn> known = [] {
        QHash<QString, CsvColumn> h;
        auto add = [&](std::initializer_list<const char*> names, CsvColumn c) {
            for (const char* n : names)
                h.insert(normalisedHeader(QString::fromUtf8(n)), c);
        };
        add({"id", "rapport id", "contact id"}, col(T::Id));
        add({"name", "full name", "display name", "contact name", "vollständiger name", "nom complet"},
            col(T::FullName));
        add({"first name", "firstname", "given name", "first", "vorname", "prénom", "nombre", "nome"},
            col(T::FirstName));
        add({"middle name", "additional name", "middle", "zweiter vorname", "deuxième prénom"}, col(T::MiddleName));
        add({"last name", "lastname", "family name", "surname", "last", "nachname", "nom", "apellidos", "apellido",
             "cognome"},
            col(T::LastName));
        add({"title", "salutation", "name prefix", "prefix", "anrede", "civilité"}, col(T::Salutation));
        add({"job title", "position", "organization 1 - title", "organization title", "funktion", "berufsbezeichnung",
             "fonction", "poste", "cargo", "puesto", "qualifica", "ruolo"},
            col(T::JobTitle));
        add({"department", "organization 1 - department", "organization department", "abteilung", "service",
             "département"},
            col(T::Department));
        add({"company", "organization", "organisation", "organization 1 - name", "organization name", "account",
             "account name", "firma", "unternehmen", "company name", "société", "entreprise", "empresa", "azienda",
             "società"},
            col(T::Company));
        // Outlook
        add({"email address", "email", "mail", "email 1", "primary email", "work email", "business email",
             "adresse email", "adresse de messagerie", "courriel", "correo electrónico", "correo", "indirizzo email"},
            col(T::Email, "work", 1));
        add({"email 2 address", "email 2", "home email", "personal email", "private email"}, col(T::Email, "home", 2));
        add({"email 3 address", "email 3", "other email"}, col(T::Email, "other", 3));
        add({"business phone", "company main phone", "work phone", "phone", "telephone", "tel", "telefon",
             "primary phone", "business phone 2", "telefon geschäftlich", "téléphone", "téléphone bureau", "teléfono",
             "telefono", "téléphone professionnel"},
            col(T::Phone, "work", 1));
        add({"mobile phone", "mobile", "cell", "cell phone", "handy", "mobil", "mobiltelefon", "portable", "móvil",
             "cellulare", "téléphone mobile", "téléphone portable"},
            col(T::Phone, "mobile", 2));
        add({"home phone", "home phone 2", "private phone", "telefon privat", "téléphone domicile",
             "téléphone personnel"},
            col(T::Phone, "home", 3));
        add({"business fax", "fax", "home fax", "other fax"}, col(T::Phone, "fax", 4));
        add({"other phone", "car phone", "pager", "assistant's phone", "callback"}, col(T::Phone, "other", 5));
        add({"business street", "business street 2", "business street 3", "business address", "street", "address",
             "strasse", "straße", "adresse", "rue", "dirección", "indirizzo"},
            col(T::Street, "work", 1));
        add({"business city", "city", "town", "ort", "stadt", "ville", "ciudad", "città"}, col(T::City, "work", 1));
        add({"business state", "state", "region", "province", "bundesland", "county", "région", "département/région",
             "état/province"},
            col(T::Region, "work", 1));
        add({"business postal code", "postal code", "zip", "zip code", "postcode", "plz", "postleitzahl", "code postal",
             "código postal", "cap"},
            col(T::PostalCode, "work", 1));
        add({"business country/region", "business country", "country", "country/region", "land", "pays", "país",
             "paese"},
            col(T::Country, "work", 1));
        add({"home street", "home street 2", "home address"}, col(T::Street, "home", 2));
        add({"home city"}, col(T::City, "home", 2));
        add({"home state"}, col(T::Region, "home", 2));
        add({"home postal code"}, col(T::PostalCode, "home", 2));
        add({"home country/region", "home country"}, col(T::Country, "home", 2));
        add({"other street"}, col(T::Street, "other", 3));
        add({"other city"}, col(T::City, "other", 3));
        add({"other state"}, col(T::Region, "other", 3));
        add({"other postal code"}, col(T::PostalCode, "other", 3));
        add({"other country/region"}, col(T::Country, "other", 3));
        add({"birthday", "date of birth", "birth date", "geburtstag", "geburtsdatum", "date de naissance",
             "anniversaire"},
            col(T::Birthday));
        add({"language", "sprache", "langue", "idioma", "lingua"}, col(T::Language));
        add({"notes", "note", "comments", "notizen", "bemerkungen", "anmerkungen", "remarques", "notas"},
            col(T::Notes));
        add({"categories", "group membership", "labels", "tags", "kategorien", "schlagwörter", "catégories",
             "étiquettes"},
            col(T::Tags));
        add({"owner", "contact owner", "owner name", "record owner", "assigned to", "sales rep", "account manager",
             "besitzer", "inhaber", "zuständig", "betreuer", "propriétaire", "responsable"},
            col(T::Owner));
        // Rapport's own export (English headers; the German ones are matched through the translations).
        add({"other emails"}, col(T::EmailList, "other", 9));
        add({"other phones"}, col(T::PhoneList, "other", 9));
        return h;
    }();
    return known;
}

/// Google's numbered columns: "E-mail 2 - Value", "Phone 1 - Type", "Address 1 - City".
std::optional<CsvColumn> googleColumn(const QString& header)
{
    static const QRegularExpression re(QStringLiteral("^(email|phone|address) (\\d+) - (.+)$"));
    const auto m = re.match(header);
    if (!m.hasMatch())
        return std::nullopt;
    const QString what = m.captured(1), part = m.captured(3);
    const int group = m.captured(2).toInt() + (what == QLatin1String("address") ? 0 : 10);
    if (what == QLatin1String("email"))
        return part == QLatin1String("value") ? col(T::Email, "other", group)
               : part == QLatin1String("type") || part == QLatin1String("label")
                   ? col(T::EmailKind, "", group)
                   : col(T::Ignore);
    if (what == QLatin1String("phone"))
        return part == QLatin1String("value") ? col(T::Phone, "other", group)
               : part == QLatin1String("type") || part == QLatin1String("label")
                   ? col(T::PhoneKind, "", group)
                   : col(T::Ignore);
    static const std::map<QString, T> parts{{QStringLiteral("street"), T::Street},
                                            {QStringLiteral("city"), T::City},
                                            {QStringLiteral("region"), T::Region},
                                            {QStringLiteral("postal code"), T::PostalCode},
                                            {QStringLiteral("country"), T::Country},
                                            {QStringLiteral("type"), T::AddressKind},
                                            {QStringLiteral("label"), T::AddressKind}};
    const auto it = parts.find(part);
    if (it == parts.end())
        return col(T::Ignore);
    CsvColumn c = col(it->second, "other", group + 20);
    if (it->second == T::AddressKind)
        c.kind.clear();
    return c;
}

/// Rapport's CSV export in the user's language: its headers are translated field labels.
std::optional<CsvColumn> ownExportColumn(const QString& header)
{
    static const QHash<QString, CsvColumn> own = [] {
        QHash<QString, CsvColumn> h;
        const QStringList headers = ContactExport::csvHeader();
        const QList<CsvColumn> meaning{col(T::Id),
                                       col(T::Salutation),
                                       col(T::FirstName),
                                       col(T::LastName),
                                       col(T::JobTitle),
                                       col(T::Department),
                                       col(T::Company),
                                       col(T::Email, "work", 1),
                                       col(T::EmailList, "other", 9),
                                       col(T::Phone, "work", 1),
                                       col(T::PhoneList, "other", 9),
                                       col(T::Street, "work", 1),
                                       col(T::PostalCode, "work", 1),
                                       col(T::City, "work", 1),
                                       col(T::Region, "work", 1),
                                       col(T::Country, "work", 1),
                                       col(T::Birthday),
                                       col(T::Language),
                                       col(T::Tags),
                                       col(T::Notes),
                                       col(T::Owner)};
        for (int i = 0; i < headers.size() && i < meaning.size(); ++i)
            h.insert(normalisedHeader(headers[i]), meaning[i]);
        return h;
    }();
    const auto it = own.constFind(header);
    return it == own.cend() ? std::nullopt : std::optional<CsvColumn>(*it);
}

QStringList splitList(const QString& cell)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|;|,)\\s*"));
    for (QString part : cell.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(QLatin1Char('*')))
            part = part.mid(1).trimmed(); // Google's "* myContacts"
        if (!part.isEmpty() && part.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) != 0)
            out << part;
    }
    return out;
}

QString compactJson(const QJsonArray& a)
{
    return a.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// One row read into a contact, with what could not be read.
struct Parsed
{
    ExportedContact contact;
    QString organisation;
    QString id;
    QStringList problems;
    QStringList warnings;
    bool hasName = false;
};

Parsed parse(const QStringList& cells, const QList<CsvColumn>& mapping)
{
    Parsed p;
    QString full, middle;
    struct Point
    {
        QString kind;
        QString value;
        QString explicitKind;
    };
    std::map<int, Point> emails, phones;
    struct Place
    {
        QString kind, explicitKind;
        QStringList street;
        QString postal, city, region, country;
    };
    std::map<int, Place> places;
    for (int i = 0; i < mapping.size() && i < cells.size(); ++i) {
        const CsvColumn& c = mapping[i];
        const QString v = cells[i].trimmed();
        if (v.isEmpty() || c.target == T::Ignore)
            continue;
        switch (c.target) {
        case T::Ignore:
            break;
        case T::Id:
            p.id = v;
            break;
        case T::FullName:
            full = v;
            break;
        case T::FirstName:
            p.contact.firstName = v;
            break;
        case T::MiddleName:
            middle = v;
            break;
        case T::LastName:
            p.contact.lastName = v;
            break;
        case T::Salutation:
            p.contact.salutation = v;
            break;
        case T::JobTitle:
            p.contact.jobTitle = v;
            break;
        case T::Department:
            p.contact.department = v;
            break;
        case T::Company:
            p.organisation = v;
            break;
        case T::Email:
            emails[c.group].kind = c.kind;
            emails[c.group].value = v;
            break;
        case T::EmailKind:
            emails[c.group].explicitKind = v;
            break;
        case T::EmailList: {
            int n = 0;
            for (const QString& e : splitList(v))
                emails[c.group * 100 + n++] = Point{c.kind, e, {}};
            break;
        }
        case T::Phone:
            phones[c.group].kind = c.kind;
            phones[c.group].value = v;
            break;
        case T::PhoneKind:
            phones[c.group].explicitKind = v;
            break;
        case T::PhoneList: {
            int n = 0;
            for (const QString& e : v.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                phones[c.group * 100 + n++] = Point{c.kind, e.trimmed(), {}};
            break;
        }
        case T::Street:
            places[c.group].kind = c.kind;
            places[c.group].street << v;
            break;
        case T::PostalCode:
            places[c.group].kind = c.kind;
            places[c.group].postal = v;
            break;
        case T::City:
            places[c.group].kind = c.kind;
            places[c.group].city = v;
            break;
        case T::Region:
            places[c.group].kind = c.kind;
            places[c.group].region = v;
            break;
        case T::Country:
            places[c.group].kind = c.kind;
            places[c.group].country = v;
            break;
        case T::AddressKind:
            places[c.group].explicitKind = v;
            break;
        case T::Birthday: {
            static const QRegularExpression none(QStringLiteral("^[0./ -]+$")); // Outlook's "0/0/00": no birthday
            if (none.match(v).hasMatch())
                break;
            const QDate d = ContactText::date(v);
            if (d.isValid())
                p.contact.birthday = d.toString(Qt::ISODate);
            else
                p.warnings << CsvImport::tr("The birthday \"%1\" is not a date this import can read; it was left out.").arg(v);
            break;
        }
        case T::Language:
            if (const QString tag = Validator::languageTag(v); !tag.isEmpty())
                p.contact.language = tag;
            else
                p.warnings
                    << CsvImport::tr("The language \"%1\" is not one this import knows; it was left out.").arg(v);
            break;
        case T::Notes:
            p.contact.notes = p.contact.notes.isEmpty() ? v : p.contact.notes + QLatin1Char('\n') + v;
            break;
        case T::Tags:
            p.contact.tags << splitList(v);
            break;
        case T::Owner:
            p.contact.owner = v;
            break;
        }
    }
    if (p.contact.firstName.isEmpty() && p.contact.lastName.isEmpty() && !full.isEmpty()) {
        // "Anna Maria Schmidt": the last word is the last name. "Schmidt, Anna": the part before the comma is.
        if (full.contains(QLatin1Char(','))) {
            p.contact.lastName = full.section(QLatin1Char(','), 0, 0).trimmed();
            p.contact.firstName = full.section(QLatin1Char(','), 1).trimmed();
        } else {
            const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
            p.contact.lastName = space < 0 ? full : full.mid(space + 1);
            p.contact.firstName = space < 0 ? QString() : full.left(space);
        }
    }
    if (!middle.isEmpty())
        p.contact.firstName = (p.contact.firstName + QLatin1Char(' ') + middle).trimmed();
    if (p.contact.lastName.isEmpty() && !p.contact.firstName.isEmpty()) {
        p.contact.lastName = p.contact.firstName; // a single name is the name
        p.contact.firstName.clear();
    }
    p.hasName = !p.contact.lastName.isEmpty();
    QSet<QString> seenEmails;
    for (const auto& [group, e] : emails) {
        const QString address = e.value.trimmed();
        if (address.isEmpty() || seenEmails.contains(address.toLower()))
            continue;
        seenEmails.insert(address.toLower());
        p.contact.emails.append(QJsonObject{
            {QStringLiteral("type"), e.explicitKind.isEmpty() ? (e.kind.isEmpty() ? QStringLiteral("work") : e.kind)
                                                              : ContactText::typeFromLabel(e.explicitKind, QStringLiteral("other"))},
            {QStringLiteral("address"), address}});
        if (QString type = p.contact.emails.last().toObject().value(QLatin1String("type")).toString();
            !Schema::emailTypes().keys.contains(type)) {
            QJsonObject fixed = p.contact.emails.last().toObject();
            fixed.insert(QStringLiteral("type"), QStringLiteral("other"));
            p.contact.emails.replace(p.contact.emails.size() - 1, fixed);
        }
    }
    for (const auto& [group, ph] : phones) {
        if (ph.value.isEmpty())
            continue;
        QString type = ph.explicitKind.isEmpty() ? (ph.kind.isEmpty() ? QStringLiteral("work") : ph.kind)
                                                 : ContactText::typeFromLabel(ph.explicitKind, QStringLiteral("other"));
        if (!Schema::phoneTypes().keys.contains(type))
            type = QStringLiteral("other");
        p.contact.phones.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("number"), ph.value}});
    }
    for (const auto& [group, a] : places) {
        QJsonObject o;
        QString type = a.explicitKind.isEmpty() ? (a.kind.isEmpty() ? QStringLiteral("work") : a.kind)
                                                : ContactText::typeFromLabel(a.explicitKind, QStringLiteral("other"));
        if (!Schema::addressTypes().keys.contains(type))
            type = QStringLiteral("other");
        o.insert(QStringLiteral("type"), type);
        if (!a.street.isEmpty())
            o.insert(QStringLiteral("street"), a.street.join(QStringLiteral(", ")));
        if (!a.postal.isEmpty())
            o.insert(QStringLiteral("postal_code"), a.postal);
        if (!a.city.isEmpty())
            o.insert(QStringLiteral("city"), a.city);
        if (!a.region.isEmpty())
            o.insert(QStringLiteral("region"), a.region);
        if (!a.country.isEmpty()) {
            const QString code = LocaleNames::countryCode(a.country);
            if (code.isEmpty() || !Validator::isValidCountryCode(code))
                p.warnings << CsvImport::tr("The country \"%1\" is not one this import knows; it was left out.").arg(a.country);
            else
                o.insert(QStringLiteral("country"), code);
        }
        if (o.size() > 1)
            p.contact.addresses.append(o);
    }
    p.contact.tags.removeDuplicates();
    return p;
}

/// The keys a row is matched on: lower-case email addresses, E.164 numbers or an id, of its checked
/// (normalised) record.
QStringList keysOf(const Record& r, CsvImport::Match match, const QString& id)
{
    QStringList keys;
    switch (match) {
    case CsvImport::Match::Email:
        for (const QJsonValue& v : QJsonDocument::fromJson(r.text(u"emails").toUtf8()).array())
            keys << v.toObject().value(QLatin1String("address")).toString().toLower();
        break;
    case CsvImport::Match::Phone:
        for (const QJsonValue& v : QJsonDocument::fromJson(r.text(u"phones").toUtf8()).array())
            keys << v.toObject().value(QLatin1String("e164")).toString();
        break;
    case CsvImport::Match::Id:
        if (!id.isEmpty())
            keys << id;
        break;
    }
    keys.removeAll(QString());
    return keys;
}

/// The contact already in the book with one of these keys.
QString existing(Database& db, CsvImport::Match match, const QStringList& keys)
{
    const QString sql =
        match == CsvImport::Match::Email
            ? QStringLiteral("SELECT c.id FROM email_index e JOIN contacts c ON c.rid = e.contact_rid WHERE e.email = ? "
                             "AND c.deleted = 0 AND c.merged_into IS NULL ORDER BY c.rid LIMIT 1")
        : match == CsvImport::Match::Phone
            ? QStringLiteral("SELECT c.id FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid WHERE p.e164 = ? "
                             "AND c.deleted = 0 AND c.merged_into IS NULL ORDER BY c.rid LIMIT 1")
            : QStringLiteral("SELECT id FROM contacts WHERE id = ? AND deleted = 0 AND merged_into IS NULL");
    for (const QString& key : keys) {
        auto st = db.statements().get(sql);
        st->bind(1, key);
        if (st->step() == SqlStatement::Step::Row)
            return st->text(0);
    }
    return {};
}

/// What an update changes: the fields the file has, lists joined with what the contact already has.
Record changesFor(const Record& current, const Record& imported)
{
    Record changes(EntityType::Contact, current.id());
    const EntityDef& def = current.def();
    for (int i : imported.presentFields()) {
        const FieldDef& f = def.fields[i];
        if (f.is(Derived) || f.is(System))
            continue;
        QVariant value = imported.value(i);
        if (f.type == FieldType::Json && f.json != JsonShape::Consent && !current.value(i).isNull()) {
            QJsonArray merged = QJsonDocument::fromJson(current.text(f.name).toUtf8()).array();
            const QJsonArray more = QJsonDocument::fromJson(value.toString().toUtf8()).array();
            auto key = [&f](const QJsonValue& v) {
                if (f.json == JsonShape::EmailList)
                    return v.toObject().value(QLatin1String("address")).toString().toLower();
                if (f.json == JsonShape::PhoneList)
                    return PhoneNumbers::digitsOnly(v.toObject().value(QLatin1String("number")).toString());
                if (f.json == JsonShape::StringList)
                    return v.toString().toLower();
                return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            };
            QSet<QString> have;
            for (const QJsonValue& v : std::as_const(merged))
                have.insert(key(v));
            for (const QJsonValue& v : more)
                if (!have.contains(key(v)))
                    merged.append(v);
            value = compactJson(merged);
        }
        if (!Record::sameValue(value, current.value(i)) &&
            !(value.typeId() == QMetaType::QString && current.value(i).typeId() == QMetaType::QString &&
              value.toString() == current.value(i).toString()))
            changes.set(i, value);
    }
    return changes;
}

QString problemText(const QList<FieldError>& errors)
{
    QStringList messages;
    for (const FieldError& e : errors)
        messages << e.message;
    return messages.join(QLatin1Char(' '));
}

} // namespace

QList<CsvColumn> CsvImport::suggestMapping(const QStringList& headers)
{
    QList<CsvColumn> mapping;
    QSet<QString> taken; // a meaning is given to the first column that has it
    for (const QString& raw : headers) {
        const QString h = normalisedHeader(raw);
        std::optional<CsvColumn> c = ownExportColumn(h);
        if (!c)
            c = googleColumn(h);
        if (!c) {
            const auto it = knownHeaders().constFind(h);
            if (it != knownHeaders().cend())
                c = *it;
        }
        CsvColumn chosen = c.value_or(CsvColumn{});
        const QString key = QString::number(int(chosen.target)) + QLatin1Char('/') + QString::number(chosen.group);
        const bool repeatable = chosen.target == T::Street || chosen.target == T::Notes || chosen.target == T::Tags;
        if (chosen.target != T::Ignore && !repeatable && taken.contains(key))
            chosen = CsvColumn{};
        taken.insert(key);
        mapping << chosen;
    }
    return mapping;
}

QList<CsvColumn> CsvImport::choices()
{
    QList<CsvColumn> out{col(T::Ignore),     col(T::Id),         col(T::FullName),   col(T::FirstName),
                         col(T::MiddleName), col(T::LastName),   col(T::Salutation), col(T::JobTitle),
                         col(T::Department), col(T::Company)};
    out << col(T::Email, "work", 1) << col(T::Email, "home", 2) << col(T::Email, "other", 3);
    out << col(T::EmailList, "other", 9);
    int group = 1;
    for (const char* kind : {"work", "mobile", "home", "fax", "other"})
        out << col(T::Phone, kind, group++);
    out << col(T::PhoneList, "other", 9);
    group = 1;
    for (const char* kind : {"work", "home"}) {
        for (T part : {T::Street, T::PostalCode, T::City, T::Region, T::Country})
            out << col(part, kind, group);
        ++group;
    }
    out << col(T::Birthday) << col(T::Language) << col(T::Notes) << col(T::Tags) << col(T::Owner);
    return out;
}

QString CsvImport::describe(const CsvColumn& c)
{
    const QString email = Schema::emailTypes().label(c.kind);
    const QString phone = Schema::phoneTypes().label(c.kind);
    const QString place = Schema::addressTypes().label(c.kind);
    switch (c.target) {
    case T::Ignore:
        return tr("(do not import)");
    case T::Id:
        return tr("Rapport id (to update)");
    case T::FullName:
        return tr("Full name");
    case T::FirstName:
        return tr("First name");
    case T::MiddleName:
        return tr("Middle name");
    case T::LastName:
        return tr("Last name");
    case T::Salutation:
        return tr("Salutation");
    case T::JobTitle:
        return tr("Job title");
    case T::Department:
        return tr("Department");
    case T::Company:
        return tr("Company (account)");
    case T::Email:
        return tr("Email (%1)").arg(email);
    case T::EmailList:
        return tr("Email addresses, several");
    case T::EmailKind:
        return tr("Kind of email %1").arg(c.group > 10 ? c.group - 10 : c.group);
    case T::Phone:
        return tr("Phone (%1)").arg(phone);
    case T::PhoneList:
        return tr("Phone numbers, several");
    case T::PhoneKind:
        return tr("Kind of phone %1").arg(c.group > 10 ? c.group - 10 : c.group);
    case T::Street:
        return tr("Street (%1)").arg(place);
    case T::PostalCode:
        return tr("Postal code (%1)").arg(place);
    case T::City:
        return tr("City (%1)").arg(place);
    case T::Region:
        return tr("Region (%1)").arg(place);
    case T::Country:
        return tr("Country (%1)").arg(place);
    case T::AddressKind:
        return tr("Kind of address %1").arg(c.group > 20 ? c.group - 20 : c.group);
    case T::Birthday:
        return tr("Birthday");
    case T::Language:
        return tr("Language");
    case T::Notes:
        return tr("Notes");
    case T::Tags:
        return tr("Tags");
    case T::Owner:
        return tr("Owner (user name, email or name)");
    }
    return {};
}

Result<CsvImport::Report> CsvImport::run(RecordStore& store, QIODevice& file, const Options& options)
{
    Report report;
    report.dryRun = options.dryRun || options.rowLimit > 0;
    const qint64 total = file.size();
    const QByteArray head = file.peek(64 * 1024);
    if (head.isEmpty())
        return Error{tr("The file is empty."), {}};
    report.format = options.format.value_or(CsvReader::detect(head));
    CsvReader reader(file, report.format);
    if (!reader.next(report.headers))
        return Error{reader.error().isEmpty() ? tr("The file has no header line.") : reader.error(), {}};
    report.mapping = options.mapping.value_or(suggestMapping(report.headers));
    bool mapsName = false;
    for (const CsvColumn& c : std::as_const(report.mapping))
        mapsName = mapsName || c.target == T::LastName || c.target == T::FullName || c.target == T::FirstName;
    if (!mapsName)
        return Error{tr("No column is a name: choose which column holds the last name (or the full name)."), {}};
    if (options.match == Match::Id && !report.mapping.contains(col(T::Id)))
        return Error{tr("To match by id, one column must hold the Rapport id."), {}};

    Database& db = store.database();
    const QString region = store.defaultRegion();
    ImportedAccounts accounts(store);
    ImportedOwners owners(db);
    std::unique_ptr<RecordStore::BulkWriter> bulk;
    if (!report.dryRun) {
        RecordStore::BulkOptions bulkOptions;
        bulkOptions.batchSize = options.batchSize > 0 ? options.batchSize
                                : total > BatchFrom     ? BatchSize
                                                        : std::numeric_limits<int>::max();
        bulkOptions.auditNote = tr("Contacts imported from a CSV file");
        bulkOptions.expectedRecords = total / 200; // a row of a contacts export is 200–300 bytes
        ContactImport::deferIndexes(bulkOptions);
        bulk = store.beginBulk(bulkOptions);
    }
    QHash<QString, int> keysInFile;      // match key → line that had it first
    QSet<QString> updatedInFile;         // contacts already updated by an earlier row
    int accountsAdded = 0;
    QStringList cells;
    Status writing;
    std::vector<int> recordLines;    // the line of each record given to the writer, in order
    std::vector<bool> recordIsContact; // and whether it is a contact (else an account made on the way)
    // New accounts go to the writer before the first contact that refers to them.
    auto addAccounts = [&](int line) {
        for (; accountsAdded < accounts.created().size() && writing; ++accountsAdded) {
            writing = bulk->add(accounts.created()[accountsAdded]);
            recordLines.push_back(line);
            recordIsContact.push_back(false);
        }
    };
    // Rows are read here in blocks; each block is parsed and checked on worker threads while this thread
    // matches and writes the one before (the checks need nothing but the row, the mapping and the region).
    struct Ahead
    {
        int line = 0;
        QStringList cells;
        Parsed parsed;
        Record record{EntityType::Contact}; ///< what it becomes, checked and normalised, but for the account
                                            ///< (found or made by this thread)
        QList<FieldError> errors;           ///< what the write path refuses (RecordStore::checkNew)
        QStringList keys;                   ///< its match keys
        DuplicateProbe probe;               ///< what the duplicate rules look up
    };
    const QList<CsvColumn> mapping = report.mapping;
    const RecordStore* checker = &store;
    const Match match = options.match;
    const bool checkDuplicates = options.checkDuplicates;
    auto check = [mapping, checker, match, region, checkDuplicates](Ahead& a) {
        a.parsed = parse(a.cells, mapping);
        if (!a.parsed.hasName)
            return;
        a.record = ContactImport::recordFor(a.parsed.contact, QString());
        a.errors = checker->checkNew(a.record);
        if (!a.errors.isEmpty())
            return;
        a.keys = keysOf(a.record, match, a.parsed.id);
        if (checkDuplicates)
            a.probe = Duplicates::probeFor(a.record, region);
    };
    // A preview reads only the rows it shows.
    const qsizetype blockSize = options.rowLimit > 0 ? qsizetype(options.rowLimit) : 512;
    auto readBlock = [&] {
        std::vector<Ahead> block;
        while (qsizetype(block.size()) < blockSize && reader.next(cells)) {
            Ahead& a = block.emplace_back();
            a.line = reader.line();
            a.cells = cells;
        }
        return block;
    };
    std::vector<Ahead> current = readBlock(), next;
    QFuture<void> checking = QtConcurrent::map(current, check);
    bool stop = false;
    while (!current.empty() && !stop) {
        checking.waitForFinished();
        next = readBlock();
        checking = QtConcurrent::map(next, check);
        for (Ahead& ahead : current) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                report.cancelled = true;
                stop = true;
                break;
            }
            if (options.progress && (ahead.line % 1000) == 0)
                options.progress(reader.bytesRead(), total);
            const Parsed& parsed = ahead.parsed;
            Row row;
            row.line = ahead.line;
            if (options.rowLimit > 0)
                row.values = ahead.cells;
            row.warnings = parsed.warnings;
            row.name = (parsed.contact.firstName + QLatin1Char(' ') + parsed.contact.lastName).trimmed();
            auto skip = [&](const QString& why) {
                row.action = Row::Action::Skip;
                row.problems << why;
                ++report.skipped;
                report.rows << row;
            };
            if (!parsed.hasName) {
                skip(tr("There is no name."));
                continue;
            }
            if (!ahead.errors.isEmpty()) {
                skip(problemText(ahead.errors));
                continue;
            }
            const QString accountId = accounts.idFor(parsed.organisation);
            Record record = std::move(ahead.record);
            if (!accountId.isEmpty())
                record.set(u"account_id", accountId);
            if (!parsed.contact.owner.isEmpty()) {
                // Given to that user and shared with their team; a name no user has leaves it with whoever
                // imports it (or, on an update, with its owner), and says so.
                if (const auto owner = owners.find(parsed.contact.owner)) {
                    record.set(u"owner_id", owner->id);
                    if (!owner->teamId.isEmpty())
                        record.set(u"team_id", owner->teamId);
                } else {
                    row.warnings << tr("No user is called \"%1\" (or several are); the owner was left as it was.")
                                        .arg(parsed.contact.owner);
                }
            }
            const QStringList& keys = ahead.keys;
            int firstLine = 0;
            for (const QString& key : keys)
                if (keysInFile.contains(key))
                    firstLine = keysInFile.value(key);
            if (firstLine > 0) {
                skip(tr("The same person as on line %1 (same %2).")
                         .arg(firstLine)
                         .arg(options.match == Match::Email   ? tr("email address")
                              : options.match == Match::Phone ? tr("phone number")
                                                              : tr("id")));
                continue;
            }
            for (const QString& key : keys)
                keysInFile.insert(key, row.line);
            const QString found = keys.isEmpty() ? QString() : existing(db, options.match, keys);
            if (!found.isEmpty()) {
                if (options.mode == Mode::Create) {
                    skip(tr("Already in the book as %1; choose \"update\" or \"create or update\" to change it.")
                             .arg(store.titleOf(EntityType::Contact, found)));
                    continue;
                }
                if (updatedInFile.contains(found)) {
                    skip(tr("Another row of this file already updates %1.").arg(store.titleOf(EntityType::Contact, found)));
                    continue;
                }
                auto stored = store.fetch(EntityType::Contact, found);
                if (!stored) {
                    skip(tr("The contact to update no longer exists."));
                    continue;
                }
                Record changes = changesFor(*stored, record);
                Record merged = *stored;
                merged.merge(changes);
                if (const QList<FieldError> errors = Validator::validate(merged); !errors.isEmpty()) {
                    skip(problemText(errors));
                    continue;
                }
                updatedInFile.insert(found);
                row.action = Row::Action::Update;
                row.existingId = found;
                ++report.updated;
                if (bulk && !changes.isEmpty()) {
                    addAccounts(row.line);
                    bulk->update(changes);
                }
            } else {
                if (options.mode == Mode::Update) {
                    skip(options.match == Match::Id && keys.isEmpty()
                             ? tr("There is no id to find the contact by.")
                             : tr("Not in the book (matched by %1); choose \"create\" or \"create or update\" to add it.")
                                   .arg(options.match == Match::Email   ? tr("email address")
                                        : options.match == Match::Phone ? tr("phone number")
                                                                        : tr("id")));
                    continue;
                }
                if (options.checkDuplicates) {
                    // A new contact that may be someone the book already has under another address: imported, and
                    // said, so the person can merge them.
                    ahead.probe.accountId = accountId;
                    auto candidates = Duplicates::candidatesFor(db, ahead.probe, 1);
                    if (candidates && !candidates->isEmpty())
                        row.warnings << tr("Possibly the same person as %1 (%2).")
                                            .arg(candidates->first().title, candidates->first().reasons.join(QStringLiteral(", ")));
                }
                row.action = Row::Action::Create;
                ++report.created;
                if (bulk) {
                    addAccounts(row.line);
                    if (writing) {
                        writing = bulk->addChecked(std::move(record));
                        recordLines.push_back(row.line);
                        recordIsContact.push_back(true);
                    }
                }
            }
            report.warnings += static_cast<int>(row.warnings.size());
            if (options.rowLimit > 0 || !row.warnings.isEmpty())
                report.rows << row;
            if (!writing)
                break;
            if (options.rowLimit > 0 && report.created + report.updated + report.skipped >= options.rowLimit) {
                stop = true;
                break;
            }
        }
        if (!writing)
            break;
        // Moving a vector keeps its elements where they are, so the workers checking them go on undisturbed;
        // the loop waits for them before reading the block. The block done with is freed on a worker (its
        // thousands of strings are real work for this thread, which writes).
        (void)QtConcurrent::run([done = std::move(current)]() mutable { done.clear(); });
        current = std::move(next);
        next = {};
    }
    checking.waitForFinished();
    if (!reader.error().isEmpty() && !report.cancelled) {
        // A broken file is imported up to where it breaks only if the person wants that; here nothing is.
        return Error{reader.error(), {}};
    }
    report.accountsCreated = static_cast<int>(accounts.created().size());
    if (options.progress) // the whole file read: what remains is writing its last rows (and indexes)
        options.progress(total, total);
    if (bulk) {
        if (writing && !report.cancelled)
            writing = bulk->finish();
        const qint64 committed = bulk->committed();
        bulk.reset(); // what was not committed is rolled back
        if (report.cancelled || !writing) {
            if (committed > 0 && committed < qint64(recordLines.size()))
                report.stoppedAtLine = recordLines[size_t(committed)];
            // What is in the book is what was committed: the updates come last and never were.
            report.updated = 0;
            report.created = static_cast<int>(std::count(recordIsContact.begin(), recordIsContact.begin() + committed, true));
            report.accountsCreated = static_cast<int>(committed) - report.created;
            if (!writing)
                return Error{committed == 0 ? tr("Nothing was imported: %1").arg(writing.error().fullText())
                                            : tr("The import stopped at line %1: %2 The rows before that line are in "
                                                 "your book; import the file again with \"create or update\" to "
                                                 "finish.")
                                                  .arg(report.stoppedAtLine)
                                                  .arg(writing.error().fullText()),
                             {}};
        }
    }
    return report;
}

} // namespace rapport
