// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Recurrence.h"

#include "domain/DateText.h"
#include "domain/LibIcal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

namespace rapport {

namespace {

/// Steps an iterator may take without producing an occurrence in range before it gives up: a rule
/// that names a day no month has (BYMONTH=2;BYMONTHDAY=30) must not spin for ever.
constexpr int MaxSteps = 200000;

/// A parsed rule that frees what libical allocated for it.
struct Rule
{
    icalrecurrencetype r;
    explicit Rule(const QString& text)
    {
        ical::setUp();
        icalerror_clear_errno();
        r = icalrecurrencetype_from_string(text.trimmed().toUtf8().constData());
    }
    ~Rule() { free(r.rscale); }
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;
    bool valid() const { return r.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR; }
};

struct IteratorDeleter
{
    void operator()(icalrecur_iterator* it) const { icalrecur_iterator_free(it); }
};
using Iterator = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

using ical::toUtc;
using ical::wallClock;

QDateTime localOf(qint64 utcMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone);
}

/// Walks the occurrences of a series in order; the rule's UNTIL (UTC by RFC 5545 when the start has a
/// time) is compared on the series' wall clock, as the rule's other parts are.
/// Tests compare the shortcut below with libical's own walk.
std::atomic<bool> g_shortcut{true};

/// How many days a rule's pattern takes to repeat, for the rules whose occurrences are one fixed pattern
/// of days moved on and on: DAILY and WEEKLY with INTERVAL, plain weekdays (BYDAY), COUNT, UNTIL and
/// WKST. 0 for every other rule (months and years differ in length; BYSETPOS and the like pick).
int periodDays(const icalrecurrencetype& r)
{
    const auto none = [](const short* values) { return values[0] == ICAL_RECURRENCE_ARRAY_MAX; };
    if (r.rscale || !none(r.by_second) || !none(r.by_minute) || !none(r.by_hour) || !none(r.by_month_day) ||
        !none(r.by_year_day) || !none(r.by_week_no) || !none(r.by_month) || !none(r.by_set_pos))
        return 0;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        if (icalrecurrencetype_day_position(r.by_day[i]) != 0)
            return 0;
    const int n = std::max<int>(1, r.interval);
    if (r.freq == ICAL_DAILY_RECURRENCE)
        return none(r.by_day) ? n : std::lcm(n, 7);
    if (r.freq == ICAL_WEEKLY_RECURRENCE)
        return 7 * n;
    return 0;
}

/// Whether `t` lies after a rule's UNTIL as libical decides it: a date UNTIL is midnight of that day.
bool after(const icaltimetype& t, const icaltimetype& until)
{
    const int byDate = icaltime_compare_date_only(t, until);
    if (byDate != 0 || t.is_date)
        return byDate > 0;
    if (until.is_date)
        return t.hour > 0 || t.minute > 0 || t.second > 0;
    return icaltime_compare(t, until) > 0;
}

icaltimetype movedBy(icaltimetype t, qint64 days)
{
    const QDate d = QDate(t.year, t.month, t.day).addDays(days);
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

/// Walks the occurrences of a series in order; the rule's UNTIL (UTC by RFC 5545 when the start has a
/// time) is compared on the series' wall clock, as the rule's other parts are.
///
/// libical steps through a rule one candidate at a time (with ICU's calendar underneath, about 2.5 µs a
/// step here), which a year of a thousand daily and weekly series makes a quarter of a second. For rules
/// whose pattern repeats every so many days (periodDays) libical walks the first two periods only; the
/// later ones are the second moved on by whole periods on the wall clock, counted for COUNT and cut at
/// UNTIL as libical would, and the view can jump straight to the period it shows.
class Walk
{
public:
    explicit Walk(const Series& s)
        : m_series(s)
        , m_rule(s.rule)
    {
        if (!m_rule.valid())
            return;
        icalrecurrencetype& r = m_rule.r;
        if (!icaltime_is_null_time(r.until) && !r.until.is_date && icaltime_is_utc(r.until)) {
            const qint64 until = static_cast<qint64>(icaltime_as_timet(r.until)) * 1000;
            r.until = wallClock(until, s.zone, false);
        } else if (!icaltime_is_null_time(r.until) && s.allDay && !r.until.is_date) {
            r.until.is_date = 1;
        }
        m_start = wallClock(s.start, s.zone, s.allDay);
        m_it.reset(icalrecur_iterator_new(r, m_start));
        if (m_it && g_shortcut)
            learnPeriod();
    }

    bool valid() const { return m_it != nullptr; }
    bool counted() const { return m_rule.r.count > 0; }
    bool bounded() const { return m_rule.r.count > 0 || !icaltime_is_null_time(m_rule.r.until); }
    const icalrecurrencetype& rule() const { return m_rule.r; }

    /// Skips ahead to the occurrences from `utcMs` on, where it can (libical cannot with COUNT: it counts).
    void skipTo(qint64 utcMs)
    {
        if (!m_it || utcMs <= m_series.start)
            return;
        if (m_period > 0) {
            // To the period before the one `utcMs` falls in: occurrences are counted, so COUNT holds.
            // Period p (from 0) holds the day of `utcMs`; periods from the third on start at
            // m_first.size() + (p - 2) * m_template.size() occurrences.
            const QDate target = localOf(utcMs, m_series.zone).date();
            const qint64 p = QDate(m_start.year, m_start.month, m_start.day).daysTo(target) / m_period;
            if (p >= 3)
                m_index = std::max<qint64>(m_index, m_first.size() + (p - 2) * m_template.size());
            return;
        }
        if (counted())
            return;
        icalrecur_iterator_set_start(m_it.get(), wallClock(utcMs, m_series.zone, m_series.allDay));
    }

    /// The next occurrence's start in UTC, excluded ones included (the caller decides), or nullopt.
    std::optional<qint64> next()
    {
        if (!m_it || ++m_steps > MaxSteps)
            return std::nullopt;
        if (m_period > 0) {
            const icalrecurrencetype& r = m_rule.r;
            icaltimetype t;
            if (m_index < m_first.size()) {
                t = m_first[m_index];
            } else if (m_ended) {
                return std::nullopt; // libical's walk ended within the two periods it took
            } else {
                const qint64 beyond = m_index - m_first.size();
                const qint64 k = beyond / m_template.size(); // periods after the second
                t = movedBy(m_template[beyond % m_template.size()], k * m_period);
                if (r.count > 0 && m_index >= r.count)
                    return std::nullopt;
                if (!icaltime_is_null_time(r.until) && after(t, r.until))
                    return std::nullopt;
            }
            ++m_index;
            return m_clock.toUtc(t);
        }
        const icaltimetype t = icalrecur_iterator_next(m_it.get());
        if (icaltime_is_null_time(t))
            return std::nullopt;
        return m_clock.toUtc(t);
    }

    bool excluded(qint64 start) const
    {
        return std::binary_search(m_series.excluded.cbegin(), m_series.excluded.cend(), start);
    }

private:
    /// Takes libical's first two periods: all of what the later ones repeat.
    void learnPeriod()
    {
        const int period = periodDays(m_rule.r);
        if (period <= 0 || period > 7 * 99)
            return;
        const QDate first(m_start.year, m_start.month, m_start.day);
        Iterator it(icalrecur_iterator_new(m_rule.r, m_start));
        if (!it)
            return;
        QList<icaltimetype> one, two;
        bool ended = false;
        for (;;) {
            const icaltimetype t = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(t)) {
                ended = true;
                break;
            }
            const qint64 day = first.daysTo(QDate(t.year, t.month, t.day));
            if (day >= 2 * period)
                break;
            (day < period ? one : two) << t;
        }
        if (!ended && two.isEmpty())
            return; // nothing to repeat: let libical walk
        m_first = one + two;
        m_template = two;
        m_ended = ended;
        // The template is the second period; the walk goes on from the third.
        for (icaltimetype& t : m_template)
            t = movedBy(t, period);
        m_period = period;
    }

    const Series& m_series;
    Rule m_rule;
    icaltimetype m_start{};
    Iterator m_it;
    ical::ZoneClock m_clock{m_series.zone};
    int m_steps = 0;
    int m_period = 0;                ///< days; 0: libical walks
    QList<icaltimetype> m_first;     ///< the first two periods, as libical gave them
    QList<icaltimetype> m_template;  ///< the second period moved to the third
    bool m_ended = false;            ///< libical's walk ended within the first two periods
    qint64 m_index = 0;              ///< occurrences given so far (or skipped over)
};

int qtWeekday(icalrecurrencetype_weekday day)
{
    // libical counts from Sunday = 1; Qt from Monday = 1.
    return day == ICAL_SUNDAY_WEEKDAY ? 7 : static_cast<int>(day) - 1;
}

QString joinedList(const QStringList& parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return Recurrence::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

template <size_t N> QList<short> values(const short (&array)[N])
{
    QList<short> out;
    for (size_t i = 0; i < N && array[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        out << array[i];
    return out;
}

QString ruleText(icalrecurrencetype& r)
{
    return ical::take(icalrecurrencetype_as_string_r(&r));
}

} // namespace

Series Series::of(const Record& a)
{
    Series s;
    s.rule = a.text(u"rrule");
    const QVariant start = a.value(u"start_at");
    s.start = start.isNull() ? a.value(u"due_at").toLongLong() : start.toLongLong();
    const QVariant end = a.value(u"end_at");
    if (!start.isNull() && !end.isNull())
        s.duration = std::max<qint64>(0, end.toLongLong() - start.toLongLong());
    const QString zone = a.text(u"time_zone");
    s.zone = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (!s.zone.isValid())
        s.zone = QTimeZone::utc();
    s.allDay = a.value(u"all_day").toBool();
    const QVariant excluded = a.value(u"exdates");
    if (!excluded.isNull())
        for (const QJsonValue& v : QJsonDocument::fromJson(excluded.toString().toUtf8()).array())
            s.excluded << static_cast<qint64>(v.toDouble());
    std::sort(s.excluded.begin(), s.excluded.end());
    return s;
}

QString Recurrence::check(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (text.size() > 1000)
        return tr("The recurrence rule is too long.");
    Rule rule(text);
    if (!rule.valid())
        return tr("\"%1\" is not a recurrence rule (for example FREQ=WEEKLY;BYDAY=MO).").arg(text.left(60));
    if (rule.r.freq < ICAL_DAILY_RECURRENCE)
        return tr("Activities repeat daily at most.");
    if (rule.r.rscale)
        return tr("Recurrence in other calendars than the Gregorian one (RSCALE) is not supported.");
    if (rule.r.interval < 1)
        return tr("The interval of a recurrence rule must be at least 1.");
    return {};
}

QString Recurrence::ordinal(int position, bool feminine)
{
    switch (position) {
    case 1:
        return feminine ? tr("first", "feminine") : tr("first");
    case 2:
        return feminine ? tr("second", "feminine") : tr("second");
    case 3:
        return feminine ? tr("third", "feminine") : tr("third");
    case 4:
        return feminine ? tr("fourth", "feminine") : tr("fourth");
    case 5:
        return feminine ? tr("fifth", "feminine") : tr("fifth");
    case -1:
        return feminine ? tr("last", "feminine") : tr("last");
    case -2:
        return feminine ? tr("second to last", "feminine") : tr("second to last");
    default:
        return QLocale().toString(position) + QLatin1Char('.');
    }
}

bool Recurrence::isFeminineWeekday(int day)
{
    //: The weekdays whose names are feminine in your language, as numbers from 1 (Monday) to 7 (Sunday) separated
    //: by commas (Italian: 7), or "none". Before them the ordinals marked "feminine" are used ("la seconda
    //: domenica").
    const QString days = tr("none", "feminine weekdays");
    for (QStringView d : QStringView(days).split(QLatin1Char(',')))
        if (d.trimmed().toInt() == day)
            return true;
    return false;
}

QString Recurrence::describe(const QString& text)
{
    Rule rule(text);
    if (!rule.valid())
        return text;
    const icalrecurrencetype& r = rule.r;
    const int n = r.interval;
    QString out;
    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE:
        out = n == 1 ? tr("Daily") : tr("Every %n day(s)", nullptr, n);
        break;
    case ICAL_WEEKLY_RECURRENCE:
        out = n == 1 ? tr("Weekly") : tr("Every %n week(s)", nullptr, n);
        break;
    case ICAL_MONTHLY_RECURRENCE:
        out = n == 1 ? tr("Monthly") : tr("Every %n month(s)", nullptr, n);
        break;
    case ICAL_YEARLY_RECURRENCE:
        out = n == 1 ? tr("Yearly") : tr("Every %n year(s)", nullptr, n);
        break;
    default:
        return text;
    }

    const QList<short> setPositions = values(r.by_set_pos);
    QStringList days;
    for (short d : values(r.by_day)) {
        const int day = qtWeekday(icalrecurrencetype_day_day_of_week(d));
        const QString name = QLocale().dayName(day, QLocale::LongFormat);
        int position = icalrecurrencetype_day_position(d);
        if (position == 0 && setPositions.size() == 1)
            position = setPositions.first();
        const bool feminine = isFeminineWeekday(day);
        days << (position == 0 ? name
                               : (feminine ? tr("the %1 %2", "feminine") : tr("the %1 %2"))
                                     .arg(ordinal(position, feminine), name));
    }
    if (!days.isEmpty())
        out += QLatin1Char(' ') + tr("on %1").arg(joinedList(days));
    QStringList monthDays;
    for (short d : values(r.by_month_day))
        monthDays << (d > 0 ? tr("day %1").arg(d) : d == -1 ? tr("the last day") : tr("day %1 from the end").arg(-d));
    if (!monthDays.isEmpty())
        out += QLatin1Char(' ') + tr("on %1").arg(joinedList(monthDays));
    QStringList months;
    for (short m : values(r.by_month))
        months << QLocale().monthName(icalrecurrencetype_month_month(m));
    if (!months.isEmpty())
        out += QLatin1Char(' ') + tr("in %1").arg(joinedList(months));

    if (r.count > 0)
        out += QStringLiteral(", ") + tr("%n time(s)", nullptr, r.count);
    else if (!icaltime_is_null_time(r.until)) {
        const QDate until(r.until.year, r.until.month, r.until.day);
        out += QStringLiteral(", ") + tr("until %1").arg(DateText::shortDate(until));
    }
    return out;
}

void Recurrence::setShortcut(bool on)
{
    g_shortcut = on;
}

QList<qint64> Recurrence::occurrences(const Series& series, qint64 from, qint64 to, int limit)
{
    QList<qint64> out;
    Walk walk(series);
    if (!walk.valid())
        return out;
    walk.skipTo(from - series.duration);
    while (out.size() < limit) {
        const auto start = walk.next();
        if (!start || *start >= to)
            break;
        const bool overlaps = series.duration > 0 ? *start + series.duration > from : *start >= from;
        if (overlaps && !walk.excluded(*start))
            out << *start;
    }
    return out;
}

std::optional<qint64> Recurrence::next(const Series& series, qint64 after)
{
    Walk walk(series);
    if (!walk.valid())
        return std::nullopt;
    walk.skipTo(after);
    while (const auto start = walk.next())
        if (*start > after && !walk.excluded(*start))
            return start;
    return std::nullopt;
}

std::optional<qint64> Recurrence::lastEnd(const Series& series)
{
    Walk walk(series);
    if (!walk.valid())
        return series.start + series.duration;
    if (!walk.bounded())
        return std::nullopt;
    qint64 last = series.start;
    while (const auto start = walk.next())
        if (!walk.excluded(*start))
            last = *start;
    return last + series.duration;
}

QString Recurrence::endedBefore(const Series& series, qint64 occurrence)
{
    if (occurrence <= series.start)
        return {};
    Rule rule(series.rule);
    if (!rule.valid())
        return {};
    rule.r.count = 0;
    if (series.allDay) {
        const QDate day = localOf(occurrence, series.zone).date().addDays(-1);
        rule.r.until = icaltime_null_time();
        rule.r.until.year = day.year();
        rule.r.until.month = day.month();
        rule.r.until.day = day.day();
        rule.r.until.is_date = 1;
    } else {
        // One second before the occurrence, in UTC as RFC 5545 asks of a rule whose start has a time.
        rule.r.until = icaltime_from_timet_with_zone(static_cast<time_t>(occurrence / 1000 - 1), 0,
                                                     icaltimezone_get_utc_timezone());
    }
    return ruleText(rule.r);
}

QString Recurrence::continuedFrom(const Series& series, qint64 occurrence)
{
    Rule rule(series.rule);
    if (!rule.valid())
        return series.rule;
    if (rule.r.count > 0) {
        Walk walk(series);
        int before = 0;
        while (const auto start = walk.next()) {
            if (*start >= occurrence)
                break;
            ++before;
        }
        rule.r.count = std::max(1, rule.r.count - before);
    }
    return ruleText(rule.r);
}

} // namespace rapport
