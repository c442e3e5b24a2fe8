// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Formatting.h"

#include "domain/Consent.h"
#include "domain/DateText.h"
#include "domain/LocaleNames.h"
#include "domain/Money.h"
#include "domain/PostalAddress.h"
#include "domain/RichText.h"
#include "search/PhoneNumbers.h"
#include "storage/Sla.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace rapport {

namespace {
QString typeLabel(const QString& type)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("work"), QT_TRANSLATE_NOOP("Formatting", "work")},
        {QStringLiteral("home"), QT_TRANSLATE_NOOP("Formatting", "home")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("Formatting", "mobile")},
        {QStringLiteral("fax"), QT_TRANSLATE_NOOP("Formatting", "fax")},
        {QStringLiteral("billing"), QT_TRANSLATE_NOOP("Formatting", "billing")},
        {QStringLiteral("shipping"), QT_TRANSLATE_NOOP("Formatting", "shipping")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Formatting", "other")}};
    const char* label = labels.value(type, nullptr);
    return label ? Formatting::tr(label) : type;
}

QString escaped(const QString& s, bool html)
{
    return html ? s.toHtmlEscaped() : s;
}

QString link(const QString& href, const QString& text, bool html)
{
    if (!html)
        return text;
    // An address may break after its "@" and before a dot or after a slash, where a narrow form has no room for
    // it on one line (a German lead's long address put "E-Mail:" on a line of its own); the link is unchanged.
    QString shown = text.toHtmlEscaped();
    shown.replace(QLatin1Char('@'), QStringLiteral("@\u200b"))
        .replace(QLatin1Char('.'), QStringLiteral("\u200b."))
        .replace(QLatin1Char('/'), QStringLiteral("/\u200b"));
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), shown);
}

} // namespace

QString Formatting::money(qint64 minor, const QString& currency)
{
    return Money{minor, currency}.format(QLocale());
}

QString Formatting::language(const QString& tag)
{
    return LocaleNames::language(tag);
}

QString Formatting::dateRange(const QDate& first, const QDate& last, Length length)
{
    // The locale's long date without its weekday ("dddd, MMMM d, yyyy" -> "MMMM d, yyyy"), and that
    // without its year ("MMMM d") for the first day of a range within one year.
    // The year goes with the words that belong to it: Spanish "d 'de' MMMM 'de' y", Russian "y 'г'.", Japanese
    // "y年M月d日".
    static const QRegularExpression weekday(QStringLiteral(",?\\s*d{4}[,.]?\\s*"));
    static const QRegularExpression year(QStringLiteral("^y+[^A-Za-z']*|[,.]?\\s*('[^']*'\\s*)?y+(\\s*'[^']*'\\.?)?"));
    QString full = QLocale().dateFormat(QLocale::LongFormat);
    full = full.remove(weekday).trimmed();
    if (length == Brief) { // months abbreviated, and the year only where it is not this one, or the range spans two
        full.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
        if (first.year() == last.year() && first.year() == local(QDateTime::currentMSecsSinceEpoch()).date().year()) {
            const QString days = QString(full).remove(year).trimmed();
            if (!days.isEmpty())
                return QStringLiteral("%1 – %2").arg(QLocale().toString(first, days), QLocale().toString(last, days));
        }
    }
    QString withoutYear = full;
    withoutYear = withoutYear.remove(year).trimmed();
    if (first.year() != last.year() || withoutYear.isEmpty())
        return QStringLiteral("%1 – %2").arg(QLocale().toString(first, full), QLocale().toString(last, full));
    return QStringLiteral("%1 – %2").arg(QLocale().toString(first, withoutYear), QLocale().toString(last, full));
}

QString Formatting::day(const QDate& date, Length length)
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    if (length == Brief)
        format.replace(QStringLiteral("dddd"), QStringLiteral("ddd"))
            .replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return QLocale().toString(date, format);
}

QString Formatting::dateFormat()
{
    return DateText::shortDateFormat();
}

QString Formatting::dateTimeFormat()
{
    return DateText::shortDateTimeFormat();
}

QString Formatting::date(const QDate& date)
{
    return DateText::shortDate(date);
}

QString Formatting::dateTime(const QDateTime& dateTime)
{
    return DateText::shortDateTime(dateTime);
}

QString Formatting::date(const QString& isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? date(d) : isoDate;
}

namespace {
QTimeZone& chosenZone()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}
} // namespace

QTimeZone Formatting::displayZone()
{
    return chosenZone();
}

void Formatting::setDisplayZone(const QTimeZone& zone)
{
    chosenZone() = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

namespace {
QString& chosenRegion()
{
    static QString region;
    return region;
}
} // namespace

QString Formatting::homeRegion()
{
    return chosenRegion();
}

void Formatting::setHomeRegion(const QString& region)
{
    chosenRegion() = region.toUpper();
}

QString Formatting::phone(const QString& typed, const QString& e164)
{
    return PhoneNumbers::display(typed, e164, chosenRegion());
}

QDateTime Formatting::local(qint64 utcMillis)
{
    return QDateTime::fromMSecsSinceEpoch(utcMillis, chosenZone());
}

QDate Formatting::allDayDate(qint64 utcMillis, const QString& zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    return QDateTime::fromMSecsSinceEpoch(utcMillis, zone.isValid() ? zone : chosenZone()).date();
}

QString Formatting::date(qint64 utcMillis)
{
    return date(local(utcMillis).date());
}

QString Formatting::dateTime(qint64 utcMillis)
{
    return dateTime(local(utcMillis));
}

QString Formatting::time(qint64 utcMillis)
{
    return QLocale().toString(local(utcMillis).time(), QLocale::ShortFormat);
}

QString Formatting::compactTime(qint64 utcMillis)
{
    const QTime t = local(utcMillis).time();
    const QLocale locale;
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    const QString minutes = t.minute() ? QStringLiteral(":%1").arg(t.minute(), 2, 10, QLatin1Char('0')) : QString();
    if (!format.contains(QLatin1Char('a'), Qt::CaseInsensitive))
        return QString::number(t.hour()) + (minutes.isEmpty() ? QStringLiteral(":00") : minutes);
    const int hour = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    return QString::number(hour) + minutes + (t.hour() < 12 ? locale.amText() : locale.pmText()).toLower();
}

QString Formatting::fieldLabel(const QString& label)
{
    return tr("%1:", "a field's label before its value").arg(label);
}

QString Formatting::labelled(const QString& label, const QString& value)
{
    return tr("%1: %2", "a label and its value").arg(label, value);
}

QString Formatting::percent(double value, int decimals)
{
    return LocaleNames::percent(value, decimals);
}

QString Formatting::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Formatting::count(EntityType type, qint64 n)
{
    const int k = static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
    switch (type) {
    case EntityType::Contact:
        return tr("%Ln contact(s)", nullptr, k);
    case EntityType::Account:
        return tr("%Ln account(s)", nullptr, k);
    case EntityType::Lead:
        return tr("%Ln lead(s)", nullptr, k);
    case EntityType::Opportunity:
        return tr("%Ln deal(s)", nullptr, k);
    case EntityType::Ticket:
        return tr("%Ln ticket(s)", nullptr, k);
    case EntityType::Order:
        return tr("%Ln order(s)", nullptr, k);
    case EntityType::Activity:
        return tr("%Ln activity(s)", nullptr, k);
    case EntityType::KnowledgeArticle:
        return tr("%Ln article(s)", nullptr, k);
    case EntityType::Campaign:
        return tr("%Ln campaign(s)", nullptr, k);
    case EntityType::Product:
        return tr("%Ln product(s)", nullptr, k);
    default:
        return tr("%Ln record(s)", nullptr, k);
    }
}

QString Formatting::duration(qint64 millis)
{
    const qint64 minutes = millis / 60000;
    if (minutes < 24 * 60)
        return hoursAndMinutes(minutes);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
}

QString Formatting::unbroken(const QString& text)
{
    QString out = text.toHtmlEscaped();
    for (QChar& c : out)
        if (c.isSpace() && c != QLatin1Char('\n'))
            c = QChar(QChar::Nbsp);
    out.replace(QChar(0x2013), QStringLiteral("\u2060\u2013\u2060")); // the en dash, with word joiners
    out.replace(QLatin1Char('-'), QStringLiteral("-\u2060"));         // and a hyphen ("Walk-in")
    return out;
}

QString Formatting::facts(const QStringList& html)
{
    return html.join(QStringLiteral("\u00a0· "));
}

qsizetype Formatting::middleSpace(const QString& text)
{
    const qsizetype middle = text.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    return best;
}

QString Formatting::hoursAndMinutes(qint64 minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    // A day's worth or more in whole hours, as duration() gives days and hours: "100 h", not "100 h 00 min"; a
    // whole number of hours as such: "8 h", not "8 h 00 min" beside "7 h 38 min".
    if (minutes >= 24 * 60 || minutes % 60 == 0)
        return tr("%1 h").arg(QLocale().toString(minutes / 60));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString Formatting::countdown(qint64 due, qint64 now, const Sla::Policy* policy)
{
    if (due >= Sla::Paused)
        return tr("Paused");
    if (due >= Sla::NoTarget)
        return tr("No target");
    if (due < now)
        return tr("%1 overdue").arg(duration(now - due));
    if (policy)
        if (const auto working = Sla::workingMinutesIfDifferent(policy->hours, due, now))
            return hoursAndMinutes(*working);
    return duration(due - now);
}

Formatting::Urgency Formatting::urgency(qint64 due, qint64 now, const Sla::Policy* policy)
{
    if (due >= Sla::NoTarget)
        return Urgency::None;
    if (due < now)
        return Urgency::Breached;
    const qint64 left = policy ? Sla::workingMinutesLeft(policy->hours, due, now) : (due - now) / 60'000;
    return left <= (policy ? policy->warnMinutes : 60) ? Urgency::Soon : Urgency::None;
}

QColor Formatting::urgencyColour(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Breached:
        return QColor(0xc0, 0x1c, 0x28);
    case Urgency::Soon:
        return QColor(0xb3, 0x6b, 0x00);
    case Urgency::None:
        break;
    }
    return {};
}

QString Formatting::zone(const QString& id)
{
    const QTimeZone z(id.toUtf8());
    if (!z.isValid())
        return id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int offset = z.offsetFromUtc(now);
    const int minutes = std::abs(offset) / 60;
    const QString utc = offset == 0 ? QStringLiteral("UTC")
                                    : QStringLiteral("UTC%1%2:%3")
                                          .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                          .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                          .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    // A zone of no place ("UTC", "EST") goes by its name alone.
    const QString place =
        id.contains(QLatin1Char('/')) && !id.startsWith(QLatin1String("Etc/")) ? zonePlace(z) : QString();
    // Where the zone has no name of its own, ICU gives its offset again ("GMT", "GMT+03:00").
    QString name = z.displayName(now, QTimeZone::LongName, QLocale());
    if (name.startsWith(QLatin1String("GMT")) || (name.startsWith(QLatin1String("UTC")) && name.size() > 3))
        name.clear();
    if (place.isEmpty() || name.isEmpty() || name == place)
        return tr("(%1) %2", "time zone: offset, place or name")
            .arg(utc, place.isEmpty() ? (name.isEmpty() ? id : name) : place);
    return tr("(%1) %2 – %3", "time zone: offset, place, name").arg(utc, place, name);
}

QString Formatting::zonePlace(const QTimeZone& zone)
{
    return LocaleNames::zoneCity(QString::fromUtf8(zone.id()));
}

QString Formatting::cell(const ListColumn& column, const QVariant& value, const QVariantList& row)
{
    if (value.isNull())
        return {};
    switch (column.format) {
    case ColumnFormat::Text:
        return value.toString();
    case ColumnFormat::Enum:
        return column.enumeration ? column.enumeration->label(value.toString()) : value.toString();
    case ColumnFormat::Money:
        return money(value.toLongLong(),
                     column.companionColumn >= 0 ? row.value(column.companionColumn).toString() : QString());
    case ColumnFormat::Phone:
        return phone(value.toString(),
                     column.companionColumn >= 0 ? row.value(column.companionColumn).toString() : QString());
    case ColumnFormat::Date:
        return date(value.toString());
    case ColumnFormat::DateTime:
        return dateTime(value.toLongLong());
    case ColumnFormat::Time:
        return time(value.toLongLong());
    case ColumnFormat::Number:
        return QLocale().toString(value.toLongLong());
    case ColumnFormat::Percent:
        return percent(value.toLongLong());
    case ColumnFormat::Bool:
        return value.toLongLong() ? QStringLiteral("✓") : QString();
    case ColumnFormat::Countdown:
        return countdown(value.toLongLong(), QDateTime::currentMSecsSinceEpoch());
    }
    return value.toString();
}

QString Formatting::field(const FieldDef& f, const QVariant& value, const QVariant& companion, bool html)
{
    if (value.isNull())
        return {};
    const QString br = html ? QStringLiteral("<br>") : QStringLiteral("\n");
    switch (f.type) {
    case FieldType::TimeZone:
        return escaped(zone(value.toString()), html);
    case FieldType::Text:
        return escaped(f.enumeration ? f.enumeration->label(value.toString()) : value.toString(), html);
    case FieldType::Currency:
    case FieldType::VatId:
    case FieldType::Ref:
        return escaped(value.toString(), html);
    case FieldType::Language:
        return escaped(language(value.toString()), html);
    case FieldType::Country:
        return escaped(LocaleNames::country(value.toString()), html);
    case FieldType::LongText: {
        // Notes written with formatting are HTML (from the notes editor); anything else is plain text.
        const QString text = value.toString();
        if (RichText::isHtml(text))
            return html ? QTextDocumentFragment::fromHtml(text).toHtml() : RichText::toPlainText(text);
        return html ? text.toHtmlEscaped().replace(QLatin1Char('\n'), br) : text;
    }
    case FieldType::Email:
        return link(QStringLiteral("mailto:") + value.toString(), value.toString(), html);
    case FieldType::Url:
        return link(value.toString(), value.toString(), html);
    case FieldType::Phone: {
        const QString e164 = companion.toString();
        return e164.isEmpty() ? escaped(value.toString(), html)
                              : link(QStringLiteral("tel:") + e164, phone(value.toString(), e164), html);
    }
    case FieldType::Integer:
        return QLocale().toString(value.toLongLong());
    case FieldType::Percent:
        return percent(value.toLongLong());
    case FieldType::Money:
        return money(value.toLongLong(), companion.toString());
    case FieldType::Bool:
        return yesNo(value.toBool());
    case FieldType::Timestamp:
        return dateTime(value.toLongLong());
    case FieldType::Date:
        return date(value.toString());
    case FieldType::Enum:
        return escaped(f.enumeration ? f.enumeration->label(value.toString()) : value.toString(), html);
    case FieldType::Json:
        break;
    }

    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    QStringList lines;
    switch (f.json) {
    case JsonShape::IntList:
        for (const QJsonValue& v : doc.array())
            lines << QLocale().toString(v.toInteger());
        return lines.join(QStringLiteral(", "));
    case JsonShape::BusinessHours: {
        // "Mon 09:00–17:00, … (Europe/Berlin)"
        const QJsonObject o = doc.object();
        const QJsonObject days = o.value(QLatin1String("days")).toObject();
        for (int d = 1; d <= 7; ++d) {
            const QJsonArray span = days.value(QString::number(d)).toArray();
            if (span.size() == 2)
                lines << QStringLiteral("%1 %2–%3")
                             .arg(QLocale().dayName(d, QLocale::ShortFormat), span.at(0).toString(),
                                  span.at(1).toString());
        }
        return escaped(lines.join(QStringLiteral(", ")) +
                           QStringLiteral(" (%1)").arg(o.value(QLatin1String("zone")).toString()),
                       html);
    }
    case JsonShape::QuoteLines:
        for (const QJsonValue& v : doc.array())
            lines << escaped(QStringLiteral("%1 × %2").arg(QLocale().toString(v[QLatin1String("quantity")].toInteger()),
                                                           v[QLatin1String("description")].toString()),
                             html);
        return lines.join(br);
    case JsonShape::StringList:
        for (const QJsonValue& v : doc.array())
            lines << escaped(v.toString(), html);
        return lines.join(QStringLiteral(", "));
    case JsonShape::EmailList:
        for (const QJsonValue& v : doc.array()) {
            const QString address = v[QLatin1String("address")].toString();
            lines << link(QStringLiteral("mailto:") + address, address, html) + QStringLiteral(" (") +
                         typeLabel(v[QLatin1String("type")].toString()) + QLatin1Char(')');
        }
        return lines.join(br);
    case JsonShape::PhoneList:
        for (const QJsonValue& v : doc.array()) {
            const QString number = v[QLatin1String("number")].toString();
            const QString e164 = v[QLatin1String("e164")].toString();
            lines << (e164.isEmpty() ? escaped(number, html)
                                     : link(QStringLiteral("tel:") + e164, phone(number, e164), html)) +
                         QStringLiteral(" (") + typeLabel(v[QLatin1String("type")].toString()) + QLatin1Char(')');
        }
        return lines.join(br);
    case JsonShape::AddressList:
        for (const QJsonValue& v : doc.array()) {
            lines << escaped(PostalAddress::oneLine(v.toObject()), html) + QStringLiteral(" (") +
                         typeLabel(v[QLatin1String("type")].toString()) + QLatin1Char(')');
        }
        return lines.join(br);
    case JsonShape::Consent: {
        // The same words as the contact page's header: "Phone: service ✓, marketing ✗, Mon–Fri, 9:00 AM–5:00 PM
        // · agreed via Web form on 5/25/2025".
        const Consent consent = Consent::fromJson(value.toString());
        for (const QString& channel : Consent::channelKeys()) {
            const auto ch = consent.channel(channel);
            if (!ch)
                continue;
            QString line = labelled(Consent::channelLabel(channel), Consent::purposesText(*ch));
            if (QString window = Consent::windowText(*ch); !window.isEmpty()) // "09:00–18:00" not split at its dash
                line += QStringLiteral(", ") +
                        (html ? window.replace(QChar(0x2013), QStringLiteral("\u2060\u2013\u2060")) : window);
            // How and when the customer agreed.
            const QString on = ch->date.isValid() ? date(ch->date.toString(Qt::ISODate)) : QString();
            const QString source = Consent::sourceLabel(*ch);
            if (ch->source == QLatin1String("unsubscribed")) // "Unsubscribed from Newsletter on 5/2/2026"
                line += QStringLiteral(" · ") +
                        (on.isEmpty() ? source : tr("%1 on %2", "an unsubscribe, then its date").arg(source, on));
            else if (!source.isEmpty() && !on.isEmpty())
                line += QStringLiteral(" · ") + tr("agreed via %1 on %2").arg(source, on);
            else if (!source.isEmpty())
                line += QStringLiteral(" · ") + tr("agreed via %1").arg(source);
            else if (!on.isEmpty())
                line += QStringLiteral(" · ") + tr("agreed on %1").arg(on);
            lines << escaped(line, html);
        }
        return lines.join(br);
    }
    case JsonShape::None:
        break;
    }
    return escaped(value.toString(), html);
}

} // namespace rapport
