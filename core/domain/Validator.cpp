// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Validator.h"

#include "Alarms.h"
#include "LocaleNames.h"
#include "Money.h"
#include "Recurrence.h"
#include "Tax.h"
#include "domain/BusinessHours.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace rapport {

namespace {

bool isBlank(const QVariant& v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

bool toInteger(const QVariant& v, qint64& out)
{
    bool ok = false;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        out = v.toLongLong(&ok);
        return ok;
    case QMetaType::ULongLong:
        if (v.toULongLong() > static_cast<qulonglong>(std::numeric_limits<qint64>::max()))
            return false;
        out = v.toLongLong(&ok);
        return ok;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 9.0e18)
            return false;
        out = static_cast<qint64>(d);
        return true;
    }
    case QMetaType::QString:
        out = v.toString().trimmed().toLongLong(&ok);
        return ok;
    case QMetaType::Bool:
        out = v.toBool() ? 1 : 0;
        return true;
    default:
        return false;
    }
}

const QStringList& emailTypes()
{
    return Schema::emailTypes().keys;
}
const QStringList& phoneTypes()
{
    return Schema::phoneTypes().keys;
}
const QStringList& addressTypes()
{
    return Schema::addressTypes().keys;
}
const QStringList& consentChannels()
{
    static const QStringList t = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("sms"),
                                  QStringLiteral("post")};
    return t;
}

bool isValidTime(const QJsonValue& v)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

} // namespace

bool Validator::isValidEmail(QStringView address)
{
    // Deliberately pragmatic (what mail programs accept), not the full RFC 5322 grammar:
    // one @, a non-empty local part without spaces, and a dotted domain with a 2+ letter top level.
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9\p{L}](?:[A-Za-z0-9\p{L}-]{0,61}[A-Za-z0-9\p{L}])?\.)+[A-Za-z\p{L}]{2,63}$)"));
    if (address.size() > 254)
        return false;
    const QString s = address.toString();
    if (s.startsWith(QLatin1Char('.')) || s.contains(QLatin1String("..")) || s.contains(QLatin1String(".@")))
        return false;
    return re.match(s).hasMatch();
}

bool Validator::isValidDate(QStringView isoDate)
{
    return isoDate.size() == 10 && QDate::fromString(isoDate.toString(), Qt::ISODate).isValid();
}

bool Validator::isKnownTimeZone(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    if (id.size() > 64 || !shape.match(id).hasMatch())
        return false;
    // Asking reads the zone database, so answers are remembered; the ids that can be asked are bounded by the
    // shape, and the memory by a cap on what is kept.
    static QMutex mutex;
    static QHash<QString, bool> known;
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(id); it != known.constEnd())
        return *it;
    const QByteArray utf8 = id.toUtf8();
    bool is = QTimeZone::isTimeZoneIdAvailable(utf8);
    if (!is) {
        const QString dir =
            qEnvironmentVariableIsSet("TZDIR") ? qEnvironmentVariable("TZDIR") : QStringLiteral("/usr/share/zoneinfo");
        is = QFileInfo(dir + QLatin1Char('/') + id).isFile() && QTimeZone(utf8).isValid();
    }
    if (known.size() < 4096)
        known.insert(id, is);
    return is;
}

bool Validator::isValidCountryCode(QStringView code)
{
    if (code.size() != 2 || !code[0].isUpper() || !code[1].isUpper())
        return false;
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QString Validator::languageTag(QStringView written)
{
    const QString w = written.trimmed().toString();
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$"));
    static const QRegularExpression separator(QStringLiteral("[-_]"));
    if (tag.match(w).hasMatch()) {
        QStringList parts = w.split(separator);
        parts[0] = parts[0].toLower();
        if (QLocale::codeToLanguage(parts[0]) == QLocale::AnyLanguage)
            return {};
        for (int i = 1; i < parts.size(); ++i) {
            QString& p = parts[i];
            if (p.size() == 2 && p.at(0).isLetter()) // a territory
                p = p.toUpper();
            else if (p.size() == 4 && p.at(0).isLetter()) // a script
                p = p.at(0).toUpper() + p.mid(1).toLower();
            else
                p = p.toLower();
        }
        return parts.join(QLatin1Char('-'));
    }
    return LocaleNames::languageCode(w);
}

QString Validator::checkField(const FieldDef& field, QVariant& value)
{
    // Translated lazily: labels are only needed for messages, and this runs for every field written.
    const auto label = [&field] { return field.displayLabel(); };
    if (isBlank(value)) {
        value = QVariant();
        return {};
    }

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Email:
    case FieldType::Url:
    case FieldType::Phone:
    case FieldType::Currency:
    case FieldType::Date:
    case FieldType::TimeZone:
    case FieldType::Country:
    case FieldType::VatId:
    case FieldType::Language:
    case FieldType::Enum:
    case FieldType::Ref: {
        if (value.typeId() != QMetaType::QString && !value.canConvert<QString>())
            return tr("%1 must be text.").arg(label());
        QString s = field.type == FieldType::LongText ? value.toString() : value.toString().trimmed();
        if (field.maxLength > 0 && s.size() > field.maxLength)
            return tr("%1 is too long: at most %n characters are allowed.", nullptr, field.maxLength).arg(label());
        if (field.type != FieldType::LongText && (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))))
            return tr("%1 must be a single line.").arg(label());
        switch (field.type) {
        case FieldType::Email:
            if (!isValidEmail(s))
                return tr("\"%1\" is not a valid email address.").arg(s);
            break;
        case FieldType::Url: {
            const QUrl url(s, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                url.host().isEmpty())
                return tr("%1 must be a web address starting with http:// or https://.").arg(label());
            break;
        }
        case FieldType::Currency:
            s = s.toUpper();
            if (!Money::isValidCurrency(s))
                return tr("\"%1\" is not a currency code such as EUR or USD.").arg(s);
            break;
        case FieldType::Date:
            if (!isValidDate(s))
                return tr("%1 is not a valid date (expected YYYY-MM-DD).").arg(label());
            break;
        case FieldType::TimeZone:
            if (!isKnownTimeZone(s))
                return tr("\"%1\" is not a known time zone.").arg(s);
            break;
        case FieldType::Country:
            s = s.toUpper();
            if (!isValidCountryCode(s))
                return tr("\"%1\" is not a country code such as DE or US.").arg(s);
            break;
        case FieldType::VatId: {
            const QString id = Tax::normalisedVatId(s);
            if (id.isEmpty())
                return tr("\"%1\" is not a VAT identification number such as DE123456789.").arg(s);
            s = id;
            break;
        }
        case FieldType::Language:
            // Written as its tag when it is a language; anything else stays as written, as books from before
            // the field knew languages hold it (imports leave unknown languages out, the form offers only
            // known ones).
            if (const QString tag = languageTag(s); !tag.isEmpty())
                s = tag;
            break;
        case FieldType::Text:
            if (field.enumeration) // a suggestion is stored as its key, whatever the language it was typed in
                s = field.enumeration->keyOf(s);
            break;
        case FieldType::Enum:
            if (field.enumeration && field.enumeration->indexOf(s) < 0)
                return tr("\"%1\" is not an allowed value for %2.").arg(s, label());
            break;
        case FieldType::Ref:
            if (s.size() != 36)
                return tr("%1 does not refer to a valid record.").arg(label());
            break;
        default:
            break;
        }
        value = s;
        return {};
    }
    case FieldType::Integer:
    case FieldType::Percent:
    case FieldType::Money:
    case FieldType::Timestamp: {
        qint64 n = 0;
        if (!toInteger(value, n))
            return tr("%1 must be a whole number.").arg(label());
        if (field.type == FieldType::Percent && (n < 0 || n > 100))
            return tr("%1 must be between 0 and 100.").arg(label());
        if (field.type == FieldType::Integer && field.min < field.max && (n < field.min || n > field.max))
            return tr("%1 must be between %2 and %3.")
                .arg(label(), QLocale().toString(field.min), QLocale().toString(field.max));
        if (field.type == FieldType::Timestamp && (n < 0 || n > 253402300799999LL))
            return tr("%1 is not a valid point in time.").arg(label());
        value = n;
        return {};
    }
    case FieldType::Bool: {
        if (value.typeId() == QMetaType::Bool) {
            return {};
        }
        qint64 n = 0;
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes"))
            n = 1;
        else if (s == QLatin1String("false") || s == QLatin1String("no"))
            n = 0;
        else if (!toInteger(value, n) || (n != 0 && n != 1))
            return tr("%1 must be yes or no.").arg(label());
        value = n != 0;
        return {};
    }
    case FieldType::Json:
        return checkJson(field, value);
    }
    return {};
}

QString Validator::checkJson(const FieldDef& field, QVariant& value)
{
    const auto label = [&field] { return field.displayLabel(); };
    QJsonDocument doc;
    if (value.typeId() == QMetaType::QJsonArray)
        doc = QJsonDocument(value.toJsonArray());
    else if (value.typeId() == QMetaType::QJsonObject)
        doc = QJsonDocument(value.toJsonObject());
    else if (value.typeId() == QMetaType::QJsonDocument)
        doc = value.toJsonDocument();
    else {
        QJsonParseError err;
        doc = QJsonDocument::fromJson(value.toString().toUtf8(), &err);
        if (err.error != QJsonParseError::NoError)
            return tr("%1 is not valid JSON: %2.").arg(label(), err.errorString());
    }

    auto finish = [&](const QJsonDocument& d) {
        const bool empty = d.isArray() ? d.array().isEmpty() : d.object().isEmpty();
        value = empty ? QVariant() : QVariant(QString::fromUtf8(d.toJson(QJsonDocument::Compact)));
        return QString();
    };

    if (field.json == JsonShape::BusinessHours) {
        QString why;
        const auto hours = doc.isObject() ? BusinessHours::fromJson(doc.object(), &why) : std::nullopt;
        if (!hours)
            return tr("%1: %2").arg(label(), why.isEmpty() ? tr("must be a JSON object.") : why);
        return finish(QJsonDocument(hours->toJson()));
    }

    if (field.json == JsonShape::Consent) {
        if (!doc.isObject())
            return tr("%1 must be a JSON object.").arg(label());
        QJsonObject out;
        const QJsonObject in = doc.object();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!consentChannels().contains(it.key()))
                return tr("%1: \"%2\" is not a channel (email, phone, sms, post).").arg(label(), it.key());
            if (!it.value().isObject())
                return tr("%1: the %2 entry must be an object.").arg(label(), it.key());
            const QJsonObject c = it.value().toObject();
            QJsonObject norm;
            for (const char* purpose : {"service", "marketing"}) {
                const QJsonValue v = c.value(QLatin1String(purpose));
                if (!v.isUndefined() && !v.isNull() && !v.isBool())
                    return tr("%1: %2 consent must be true or false.").arg(label(), QLatin1String(purpose));
                if (v.isBool()) // absent: never asked, which is not "no"
                    norm.insert(QLatin1String(purpose), v);
            }
            for (const char* text : {"source", "campaign"})
                if (c.contains(QLatin1String(text)))
                    norm.insert(QLatin1String(text), c.value(QLatin1String(text)).toString().trimmed());
            if (c.contains(QLatin1String("date"))) {
                if (!isValidDate(c.value(QLatin1String("date")).toString()))
                    return tr("%1: the consent date must be YYYY-MM-DD.").arg(label());
                norm.insert(QStringLiteral("date"), c.value(QLatin1String("date")));
            }
            if (c.contains(QLatin1String("days"))) {
                const QJsonArray days = c.value(QLatin1String("days")).toArray();
                for (const QJsonValue& d : days)
                    if (!d.isDouble() || d.toInt() < 1 || d.toInt() > 7)
                        return tr("%1: allowed days are numbers from 1 (Monday) to 7 (Sunday).").arg(label());
                norm.insert(QStringLiteral("days"), days);
            }
            for (const char* key : {"from", "to"}) {
                if (c.contains(QLatin1String(key))) {
                    if (!isValidTime(c.value(QLatin1String(key))))
                        return tr("%1: contact hours must be given as HH:MM.").arg(label());
                    norm.insert(QLatin1String(key), c.value(QLatin1String(key)));
                }
            }
            out.insert(it.key(), norm);
        }
        return finish(QJsonDocument(out));
    }

    if (!doc.isArray())
        return tr("%1 must be a JSON list.").arg(label());
    QJsonArray out;
    const QJsonArray in = doc.array();
    for (const QJsonValue& item : in) {
        switch (field.json) {
        case JsonShape::StringList: {
            const QString s = item.toString().trimmed();
            if (!item.isString() || s.isEmpty())
                return tr("%1 must be a list of words.").arg(label());
            if (s.size() > 100)
                return tr("%1: \"%2…\" is too long.").arg(label(), s.left(20));
            bool dup = false;
            for (const QJsonValue& existing : std::as_const(out))
                dup = dup || existing.toString().compare(s, Qt::CaseInsensitive) == 0;
            if (!dup)
                out.append(s);
            break;
        }
        case JsonShape::EmailList: {
            const QJsonObject o = item.toObject();
            const QString address = o.value(QLatin1String("address")).toString().trimmed();
            const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("work"));
            if (!isValidEmail(address))
                return tr("\"%1\" is not a valid email address.").arg(address);
            if (!emailTypes().contains(type))
                return tr("%1: \"%2\" is not an email type (work, home, other).").arg(label(), type);
            out.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("address"), address}});
            break;
        }
        case JsonShape::PhoneList: {
            const QJsonObject o = item.toObject();
            const QString number = o.value(QLatin1String("number")).toString().trimmed();
            const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("work"));
            if (number.isEmpty())
                return tr("%1: a phone number is empty.").arg(label());
            if (!phoneTypes().contains(type))
                return tr("%1: \"%2\" is not a phone type (work, mobile, home, fax, other).").arg(label(), type);
            QJsonObject norm{{QStringLiteral("type"), type}, {QStringLiteral("number"), number}};
            if (o.contains(QLatin1String("e164")))
                norm.insert(QStringLiteral("e164"), o.value(QLatin1String("e164")));
            out.append(norm);
            break;
        }
        case JsonShape::AddressList: {
            const QJsonObject o = item.toObject();
            const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("work"));
            if (!addressTypes().contains(type))
                return tr("%1: \"%2\" is not an address type (work, home, billing, shipping, other).")
                    .arg(label(), type);
            QJsonObject norm{{QStringLiteral("type"), type}};
            for (const char* key : {"street", "postal_code", "city", "region"}) {
                const QString v = o.value(QLatin1String(key)).toString().trimmed();
                if (!v.isEmpty())
                    norm.insert(QLatin1String(key), v);
            }
            const QString country = o.value(QLatin1String("country")).toString().trimmed().toUpper();
            if (!country.isEmpty()) {
                if (!isValidCountryCode(country))
                    return tr("%1: \"%2\" is not a two-letter country code such as DE or US.").arg(label(), country);
                norm.insert(QStringLiteral("country"), country);
            }
            if (norm.size() == 1)
                return tr("%1: an address is empty.").arg(label());
            out.append(norm);
            break;
        }
        case JsonShape::IntList: {
            const double d = item.toDouble(-1);
            if (!item.isDouble() || d != std::floor(d) || d < double(field.min) || d > double(field.max))
                return tr("%1 must be a list of whole numbers from %2 to %3.").arg(label()).arg(field.min).arg(field.max);
            out.append(static_cast<qint64>(d));
            break;
        }
        case JsonShape::QuoteLines: {
            const QJsonObject o = item.toObject();
            const QString description = o.value(QLatin1String("description")).toString().trimmed();
            if (description.isEmpty())
                return tr("%1: every item needs a description.").arg(label());
            const QJsonValue quantity = o.value(QLatin1String("quantity"));
            const QJsonValue price = o.value(QLatin1String("unit_price"));
            const QJsonValue discount = o.value(QLatin1String("discount_bp"));
            const auto whole = [](const QJsonValue& v, double min, double max) {
                return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= min &&
                       v.toDouble() <= max;
            };
            if (!whole(quantity, 1, 1e9))
                return tr("%1: the quantity of \"%2\" must be a whole number from 1.").arg(label(), description);
            if (!whole(price, -1e15, 1e15))
                return tr("%1: the price of \"%2\" is not an amount.").arg(label(), description);
            if (!discount.isUndefined() && !whole(discount, 0, 10000))
                return tr("%1: the discount of \"%2\" must be from 0 to 100%.").arg(label(), description);
            QJsonObject norm{{QStringLiteral("description"), description},
                             {QStringLiteral("quantity"), quantity.toInteger()},
                             {QStringLiteral("unit_price"), price.toInteger()},
                             {QStringLiteral("discount_bp"), discount.toInteger(0)}};
            for (const char* key : {"sku", "unit", "product_id"}) {
                const QString v = o.value(QLatin1String(key)).toString().trimmed();
                if (!v.isEmpty())
                    norm.insert(QLatin1String(key), v);
            }
            out.append(norm);
            break;
        }
        case JsonShape::None:
        case JsonShape::Consent:
        case JsonShape::BusinessHours:
            out.append(item);
            break;
        }
    }
    if (field.json == JsonShape::IntList) {
        QList<qint64> numbers;
        for (const QJsonValue& v : std::as_const(out))
            numbers << v.toInteger();
        std::sort(numbers.begin(), numbers.end());
        numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
        out = QJsonArray();
        for (qint64 n : std::as_const(numbers))
            out.append(n);
    }
    return finish(QJsonDocument(out));
}

QList<FieldError> Validator::validate(Record& record, const Record* before)
{
    QList<FieldError> errors;
    const EntityDef& def = record.def();
    for (int i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        if (f.is(Derived))
            continue;
        if (record.has(i) && !(before && Record::sameValue(before->value(i), record.value(i)))) {
            // Checked and made canonical in place (checkField leaves a value it refuses as it was).
            if (const QString message = checkField(f, record.valueRef(i)); !message.isEmpty()) {
                errors << FieldError{f.name, message};
                continue;
            }
        }
        if (f.is(Required) && record.at(i).isNull())
            errors << FieldError{f.name, tr("%1 is required.").arg(f.displayLabel())};
    }
    if (errors.isEmpty())
        errors << checkRecordRules(record);
    return errors;
}

QList<FieldError> Validator::checkRecordRules(const Record& r)
{
    QList<FieldError> errors;
    switch (r.type()) {
    case EntityType::Activity: {
        const QVariant start = r.value(u"start_at"), end = r.value(u"end_at");
        if (!start.isNull() && !end.isNull() && end.toLongLong() < start.toLongLong())
            errors << FieldError{QStringLiteral("end_at"), tr("The end must not be before the start.")};
        const QString type = r.text(u"type");
        if (type == QLatin1String("meeting") && start.isNull())
            errors << FieldError{QStringLiteral("start_at"), tr("A meeting needs a start time.")};
        if (type != QLatin1String("call") && !r.value(u"outcome").isNull())
            errors << FieldError{QStringLiteral("outcome"), tr("Only calls have an outcome.")};
        const QString rule = r.text(u"rrule");
        if (!rule.isEmpty()) {
            if (const QString why = Recurrence::check(rule); !why.isEmpty())
                errors << FieldError{QStringLiteral("rrule"), why};
            else if (start.isNull() && r.value(u"due_at").isNull())
                errors << FieldError{QStringLiteral("rrule"), tr("A repeating activity needs a start or a due time.")};
            else if (!r.value(u"series_id").isNull())
                errors << FieldError{QStringLiteral("rrule"), tr("A changed occurrence of a series cannot repeat itself.")};
        }
        if (const QList<int> alarms = Alarms::offsets(r);
            !alarms.isEmpty() && alarms.first() < 0 && !r.value(u"all_day").toBool())
            errors << FieldError{
                QStringLiteral("alarms"),
                tr("A reminder after the start is only for an all-day entry (on the day, at a time).")};
        if (r.value(u"series_id").isNull() != r.value(u"recurrence_id").isNull())
            errors << FieldError{QStringLiteral("recurrence_id"),
                                 tr("A changed occurrence names both its series and the occurrence it replaces.")};
        break;
    }
    case EntityType::Opportunity: {
        const QString stage = r.text(u"stage");
        if (stage == QLatin1String("closed_lost") && r.text(u"loss_reason").isEmpty())
            errors << FieldError{QStringLiteral("loss_reason"), tr("Please give a reason why the deal was lost.")};
        if (!r.value(u"amount").isNull() && r.value(u"amount").toLongLong() < 0)
            errors << FieldError{QStringLiteral("amount"), tr("The amount must not be negative.")};
        break;
    }
    case EntityType::Campaign: {
        const QString start = r.text(u"start_date"), end = r.text(u"end_date");
        if (!start.isEmpty() && !end.isEmpty() && end < start)
            errors << FieldError{QStringLiteral("end_date"), tr("The end must not be before the start.")};
        break;
    }
    case EntityType::CampaignMember:
        if (r.value(u"contact_id").isNull() == r.value(u"lead_id").isNull())
            errors << FieldError{QStringLiteral("contact_id"), tr("A campaign member is either a contact or a lead.")};
        break;
    case EntityType::Contact:
    case EntityType::Lead:
    case EntityType::Account:
    case EntityType::Ticket: {
        const int money = r.def().indexOf(u"annual_revenue");
        if (money >= 0 && !r.value(money).isNull() && r.value(u"currency").isNull())
            errors << FieldError{QStringLiteral("currency"), tr("An amount needs a currency.")};
        break;
    }
    default:
        break;
    }
    return errors;
}

} // namespace rapport
