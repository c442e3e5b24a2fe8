// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/LocaleNames.h"
#include "domain/Schema.h"
#include "storage/RecordList.h"
#include "storage/Sla.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

namespace rapport {

/// How stored values read to a person: money with its currency, dates and times in the UI
/// language's format and the local time zone, enumerations by their translated labels.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    static QString money(qint64 minor, const QString& currency);
    /// Short dates with the whole year, as everywhere (DateText).
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& dateTime);
    /// The formats of date(const QDate&) and dateTime(const QDateTime&), for date editors.
    static QString dateFormat();
    static QString dateTimeFormat();
    static QString date(const QString& isoDate);
    enum Length { Whole, Brief };
    /// Days from `first` to `last` as the locale writes long dates, without weekdays, the year once when
    /// both share it: "November 30 – December 4, 2026" (en_US), "30. November – 4. Dezember 2026" (de).
    /// Brief, for a narrow heading: months abbreviated, no year within this year ("Nov 30 – Dec 4"), the year
    /// otherwise ("Jan 4 – Jan 8, 2027").
    static QString dateRange(const QDate& first, const QDate& last, Length length = Whole);
    /// A day as the locale writes long dates, with its weekday: "Sunday, December 6, 2026"; brief, the weekday and
    /// month abbreviated: "Sun, Dec 6, 2026", "dim. 6 déc. 2026".
    static QString day(const QDate& date, Length length = Whole);
    /// The date, the date and time, the time of an instant, in the zone times are shown in.
    static QString date(qint64 utcMillis);
    static QString dateTime(qint64 utcMillis);
    static QString time(qint64 utcMillis);
    /// A time of day where room is short (a month's cell): "9am", "12:30pm"; "9:00", "14:30" on a 24-hour clock.
    static QString compactTime(qint64 utcMillis);
    /// The zone every time is shown in: the system's, unless the user chose another (a rep travelling
    /// may keep their home office's hours, or follow the road).
    static QTimeZone displayZone();
    static void setDisplayZone(const QTimeZone& zone);
    /// A time zone as a person knows it: its offset from UTC now, its place and its name in the UI language,
    /// "(UTC+01:00) Berlin – Central European Standard Time"; `id` as it is when it is no zone.
    static QString zone(const QString& id);
    /// The place a zone is named after: "Berlin", "Buenos Aires", "UTC".
    static QString zonePlace(const QTimeZone& zone);
    /// An instant as a date and time in the display zone.
    static QDateTime local(qint64 utcMillis);
    /// The day an all-day entry is on: its date in its own zone, wherever it is looked at from.
    static QDate allDayDate(qint64 utcMillis, const QString& zoneId);
    /// The country phone numbers are at home in: the region chosen in the settings (or the system's). Numbers of
    /// its country are shown the national way, all others with their country code.
    static QString homeRegion();
    static void setHomeRegion(const QString& region);
    /// A stored phone number as shown everywhere, however it was typed: "(512) 228-1809" for a US user,
    /// "+49 30 1234567" for a German number; as typed when it has no E.164 form.
    static QString phone(const QString& typed, const QString& e164);
    /// A name, address or title as a menu item's text: an ampersand ("Sales UK & Ireland") shown as one, not
    /// taken for a shortcut's mark.
    static QString menuText(const QString& text)
    {
        return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
    }
    static QString yesNo(bool value);
    /// A percentage as the UI language writes it: "43.8%", "43,8 %" (LocaleNames::percent).
    static QString percent(double value, int decimals = 0);
    /// A spin box for a percentage, its number between the language's affixes ("19%", "19 %").
    template <class SpinBox> static void percentField(SpinBox* box)
    {
        const LocaleNames::Affixes affixes = LocaleNames::percentAffixes();
        box->setPrefix(affixes.prefix);
        box->setSuffix(affixes.suffix);
    }
    /// A field's label before its value, "Phone:" ("Téléphone :" in French, which spaces its colons).
    static QString fieldLabel(const QString& label);
    /// A label and its value on one line, "Phone: service ✓".
    static QString labelled(const QString& label, const QString& value);
    /// A language by its name in the UI language: "German (Switzerland)", "Deutsch (Schweiz)"; text that is
    /// not a language tag as it is.
    static QString language(const QString& tag);
    /// `text` for rich text, kept on one line ("Owner: Emily Sanchez", "242 550,00 €"): HTML-escaped, its spaces
    /// no-break, an en dash and a hyphen joined to their words. Qt's rich text keeps no "white-space: nowrap" inside a
    /// paragraph, and reads the narrow no-break space that groups French figures as a space it may break at.
    static QString unbroken(const QString& text);
    /// Facts about a record, rich text each, on a header's line: "A · B · C", where a broken line ends in "·"
    /// (never starts with it).
    static QString facts(const QStringList& html);
    /// Where `text` reads best broken onto two lines: the index of its space nearest the middle; -1 if it has none.
    static qsizetype middleSpace(const QString& text);
    /// Time left until `due` at `now` ("3 h 05 min", "2 d 4 h", "25 min overdue"); for a ticket's SLA,
    /// Sla::NoTarget and Sla::Paused say why there is no clock. With the SLA's policy, the time left is the
    /// working time its service level counts wherever that differs from the clock's ("30 min" on a Friday evening
    /// for Monday 9:30, where the clock says "2 d 15 h"); time overdue stays the clock's.
    static QString countdown(qint64 due, qint64 now, const Sla::Policy* policy = nullptr);
    /// How near a ticket's SLA is to its breach: Soon within the policy's warning time (working minutes), or within
    /// the hour without a policy, as the help desk's banner counts it.
    enum class Urgency { None, Soon, Breached };
    static Urgency urgency(qint64 due, qint64 now, const Sla::Policy* policy = nullptr);
    /// Red for a breach, amber for soon; invalid for neither.
    static QColor urgencyColour(Urgency urgency);
    /// A span of time, coarsely: "42 min", "3 h 05 min", "2 d 4 h".
    static QString duration(qint64 millis);
    /// Minutes in hours however many: "42 min", "3 h 05 min", "100 h" (working time: a day of it is no 24 hours);
    /// from 24 hours on, whole hours, as duration() drops the minutes beyond a day.
    static QString hoursAndMinutes(qint64 minutes);
    /// A number of records of a kind: "1 contact", "1,234 deals", "12 Tickets" (de).
    static QString count(EntityType type, qint64 n);
    /// A list cell; `row` gives access to companion columns (a Money column's currency, a Phone column's E.164 form).
    static QString cell(const ListColumn& column, const QVariant& value, const QVariantList& row);
    /// A field of a record for the record panel; `refTitle` resolves references to their titles.
    /// Returns rich text (with mailto:/tel:/http links) when `html` is set.
    static QString field(const FieldDef& field, const QVariant& value, const QVariant& companion, bool html);
};

} // namespace rapport
