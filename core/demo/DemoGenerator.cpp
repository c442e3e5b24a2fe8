// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "DemoGenerator.h"

#include "DemoData.h"
#include "analytics/CustomerReports.h"
#include "analytics/LeadScoring.h"
#include "domain/BusinessHours.h"
#include "domain/Ids.h"
#include "domain/Random.h"
#include "domain/Record.h"
#include "search/PhoneNumbers.h"
#include "search/TextFold.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>
#include <QTimeZone>
#include <QWaitCondition>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace rapport {

namespace {

/// How a letter to the person opens, in their own language: the salutation a CRM holds is written to the
/// customer, not read by the user ("Frau" for a woman in Munich, "Ms" in Chicago).
const char* salutation(const char* language, bool female)
{
    static const struct
    {
        const char* language;
        const char* female;
        const char* male;
    } forms[] = {{"de", "Frau", "Herr"},
                 {"fr", "Mme", "M."},
                 {"es", "Sra.", "Sr."},
                 {"it", "Sig.ra", "Sig."},
                 {"nl", "Mevr.", "Dhr."}};
    for (const auto& f : forms)
        if (qstrcmp(language, f.language) == 0)
            return female ? f.female : f.male;
    return female ? "Ms" : "Mr";
}

using demo::Country;
using T = EntityType;

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int HistoryDays = 3 * 365;
constexpr int FutureDays = 60;
/// The products tickets and knowledge-base articles are about: the first ones of demo::products(), the hardware
/// and software.
constexpr int SupportedProducts = 13;
/// An agent's first reply to what takes longer to answer.
constexpr const char* Acknowledgement =
    "Thank you for your message. We are looking into it and will get back to you as soon as we can.";

QString s(const char* latin1)
{
    return QString::fromUtf8(latin1);
}

/// Fills the "%1" of a template, if it has one.
QString fill(const char* templ, const QString& value)
{
    const QString t = QString::fromUtf8(templ);
    return t.contains(QLatin1String("%1")) ? t.arg(value) : t;
}

// Demo JSON is written as text directly: QJsonObject's generality costs more than the write path here.
QString quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}
/// {"k1":"v1","k2":"v2"} from alternating keys and string values.
QString object(std::initializer_list<std::pair<const char*, QString>> members)
{
    QString out = QStringLiteral("{");
    for (const auto& [key, value] : members) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"') + QLatin1String(key) + QStringLiteral("\":") + quoted(value);
    }
    return out + QLatin1Char('}');
}
QString array(const QStringList& items)
{
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}
QString boolean(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

/// Lower-case ASCII letters and digits only: "Müller & Söhne" → "mullersohne".
QString slug(const QString& text)
{
    const QString folded = foldText(text);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    return out;
}

struct UserInfo
{
    QString id;
    QString name;
    QString teamId;
    int team = 0;
    int country = 0;
};

struct AccountInfo
{
    QString id;
    QString name;
    QString base;     ///< the group's name without legal form or city ("Keller Logistik")
    QString industry; ///< what its name says ("logistics"), the group's for a subsidiary
    QString domain;
    int country = 0;
    int city = 0;
    int owner = 0;   // index into users
    int segment = 0; // 0 enterprise, 1 mid, 2 small
    int firstContact = 0;
    int contactCount = 0;
    int preferred[2] = {0, 1}; // product categories
    int orderStartDay = 0;     // days before today
    int orderEndDay = 0;
    double weight = 1;
};

/// Where one of an account's people sits in its org chart: the top, or a rank in a department.
struct Seat
{
    enum Rank { Top, Chief, Head, Manager, Staff };
    Rank rank = Top;
    int department = -1; ///< into demo::departments(); -1 for the top
    const char* title = nullptr;

    /// The seat a `roll` in [0, 100) gives a newcomer to `department`: a few chiefs and heads, where the
    /// department has none yet (most of those who open a department head it), more managers, most staff.
    static Seat taken(const std::vector<Seat>& seats, int department, std::uint64_t roll)
    {
        const demo::Department& d = demo::departments()[static_cast<size_t>(department)];
        const auto filled = [&](Rank rank) {
            return std::any_of(seats.begin(), seats.end(),
                               [&](const Seat& other) { return other.department == department && other.rank == rank; });
        };
        const bool first =
            std::none_of(seats.begin(), seats.end(), [&](const Seat& other) { return other.department == department; });
        Seat seat;
        seat.department = department;
        if (roll < 6 && d.chief && !filled(Chief)) {
            seat.rank = Chief;
            seat.title = d.chief;
        } else if ((roll < 22 || (first && roll < 70)) && !filled(Head)) {
            seat.rank = Head;
            seat.title = d.head;
        } else if (roll < 50) {
            seat.rank = Manager;
            seat.title = d.managers[roll % d.managers.size()];
        } else {
            seat.rank = Staff;
            seat.title = d.staff[roll % d.staff.size()];
        }
        return seat;
    }

    /// Whom the seat `k` of `seats` may report to: those of its department one rank above it, or the nearest rank
    /// above that has anyone; the top (seat 0) where its department has no one above it.
    static std::vector<int> above(const std::vector<Seat>& seats, int k)
    {
        const Seat& me = seats[static_cast<size_t>(k)];
        std::vector<int> nearest;
        Rank best = Top;
        for (int j = 1; j < k; ++j) {
            const Seat& other = seats[static_cast<size_t>(j)];
            if (other.department != me.department || other.rank >= me.rank || other.rank < best)
                continue;
            if (other.rank > best)
                nearest.clear();
            best = other.rank;
            nearest.push_back(j);
        }
        if (nearest.empty())
            nearest.push_back(0);
        return nearest;
    }
};

struct ContactInfo
{
    QString id;
    QString name;
    int account = 0;
    bool emailMarketing = false;
};

struct ProductInfo
{
    QString id;
    int index = 0;
    int category = 0;
};

/// A VAT identification number of the country's shape for the n-th account (none in the United States, which
/// has no VAT), its digits spread from n so that no two accounts share one.
QString vatId(const QString& country, int n)
{
    const QString nine = QString::number(100'000'000 + (qint64(n) * 7'919 + 12'345) % 900'000'000);
    if (country == QLatin1String("AT"))
        return QStringLiteral("ATU") + nine.left(8);
    if (country == QLatin1String("FR"))
        return QStringLiteral("FR") + nine.right(2) + nine;
    if (country == QLatin1String("IT"))
        return QStringLiteral("IT") + nine + nine.left(2);
    if (country == QLatin1String("ES"))
        return QStringLiteral("ESB") + nine.left(8);
    if (country == QLatin1String("NL"))
        return QStringLiteral("NL") + nine + QStringLiteral("B01");
    if (country == QLatin1String("CH"))
        return QStringLiteral("CHE") + nine + QStringLiteral("MWST");
    if (country == QLatin1String("US"))
        return {};
    return country + nine; // DE, GB and the like: the prefix and nine digits
}

/// An item of a deal, kept for the order a won deal becomes.
struct OppLine
{
    QString productId;
    qint64 quantity, unitPrice, discountBp, total;
};

struct OppInfo
{
    QString id;
    QString name;
    QString product;                              ///< what it is mostly about
    int opened = 0;                               ///< the day it entered the pipeline
    int closed = std::numeric_limits<int>::max(); ///< the day it was won or lost; open: none
    // A won deal's: its customer, currency and items, for its order.
    int account = -1;
    QString contactId;
    QString currency;
    std::vector<OppLine> lines;
};

/// Hands records from the generating thread to the writing thread, a chunk at a time.
class RecordQueue
{
public:
    /// Blocks while the queue is full; false once the consumer has stopped.
    bool push(Record record)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= Capacity && !m_stopped)
            m_notFull.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_items.push_back(std::move(record));
        if (m_items.size() >= Chunk)
            m_notEmpty.wakeOne();
        return true;
    }
    /// Takes everything queued, blocking until there is something or the producer is done.
    std::vector<Record> take()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() < Chunk && !m_closed)
            m_notEmpty.wait(&m_mutex);
        std::vector<Record> out;
        out.swap(m_items);
        m_notFull.wakeAll();
        return out;
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_notFull.wakeAll();
    }

private:
    static constexpr size_t Chunk = 1024;
    static constexpr size_t Capacity = 16384;
    QMutex m_mutex;
    QWaitCondition m_notEmpty, m_notFull;
    std::vector<Record> m_items;
    bool m_closed = false;
    bool m_stopped = false;
};

/// One demo run on the generating thread; members hold what later record types refer back to.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    Run(RecordQueue& queue, const DemoOptions& options)
        : m_queue(queue)
        , m_opt(options)
        , m_rng(options.seed)
        , m_ids(options.seed ^ 0x5deece66dULL)
        , m_n(std::max<qint64>(options.contacts, 10))
    {
        m_todayUtc = (options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * DayMs;
    }

    /// Generates everything; false when the writer stopped it early.
    bool run();
    QString currentUserId() const { return m_users.empty() ? QString() : m_users[static_cast<size_t>(m_me)].id; }

private:
    QString newId() { return m_ids.next(m_todayUtc); }
    /// The moment the demo is "now": 06:00 UTC on the demo day, the same anchor the store's clock uses.
    qint64 nowUtc() const { return m_todayUtc + 6 * HourMs; }

    Status put(Record r)
    {
        if (r.id().isEmpty())
            r.setId(newId());
        if (!m_queue.push(std::move(r)))
            return Error{tr("stopped"), {}};
        return {};
    }

    const Country& country(int i) const { return demo::countries()[static_cast<size_t>(i)]; }
    int pickCountry()
    {
        int total = 0;
        for (const Country& c : demo::countries())
            total += c.weight;
        int x = static_cast<int>(m_rng.below(static_cast<std::uint64_t>(total)));
        for (size_t i = 0; i < demo::countries().size(); ++i) {
            x -= demo::countries()[i].weight;
            if (x < 0)
                return static_cast<int>(i);
        }
        return 0;
    }

    /// UTC milliseconds of a local wall-clock time `minutes` after midnight, `day` days from today.
    qint64 at(int day, int minutes, int countryIndex)
    {
        const qint64 utcMidnight = m_todayUtc + qint64(day) * DayMs;
        const QString zone = s(country(countryIndex).timeZone);
        // Offsets change twice a year at most: cache them per zone and day.
        const qint64 key = (qint64(countryIndex) << 32) | static_cast<quint32>(day + 100000);
        auto it = m_offsets.find(key);
        if (it == m_offsets.end()) {
            const QTimeZone tz(zone.toUtf8());
            const int offset = tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMidnight + 12 * HourMs, Qt::UTC));
            it = m_offsets.insert(key, offset);
        }
        return utcMidnight + qint64(minutes) * MinuteMs - qint64(*it) * 1000;
    }
    QString isoDate(int day) const { return m_opt.today.addDays(day).toString(Qt::ISODate); }

    QString digits(int count, bool leadingNonZero = true)
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i) {
            const int lo = (i == 0 && leadingNonZero) ? 2 : 0;
            out += QLatin1Char(static_cast<char>('0' + m_rng.between(lo, 9)));
        }
        return out;
    }

    /// The two-digit starts of subscriber numbers that are in assigned ranges after `area`, found once
    /// per area with libphonenumber so every generated number is a valid one.
    const QStringList& validStarts(const Country& c, const QString& area, int subscriberDigits)
    {
        const QString key = QLatin1String(c.code) + area;
        auto it = m_validStarts.find(key);
        if (it == m_validStarts.end()) {
            QStringList starts;
            for (int prefix = 20; prefix <= 99; ++prefix) {
                const QString sample = QStringLiteral("+%1%2%3").arg(QLatin1String(c.callingCode), area).arg(prefix) +
                                       QString(subscriberDigits - 2, QLatin1Char('4'));
                if (PhoneNumbers::isValid(sample))
                    starts << QString::number(prefix);
            }
            if (starts.isEmpty())
                starts << QStringLiteral("55");
            it = m_validStarts.insert(key, starts);
        }
        return *it;
    }

    /// A phone number as a person would type it, in one of the country's usual spellings; `abroad`: of
    /// someone whose address is in another country, so with its country code.
    QString phone(int countryIndex, int cityIndex, bool mobile, bool abroad = false)
    {
        const Country& c = country(countryIndex);
        QString area;
        int length;
        if (mobile) {
            area = s(m_rng.pick(c.mobilePrefixes));
            length = c.mobileDigits;
        } else {
            const demo::City& city = c.cities[static_cast<size_t>(cityIndex)];
            area = s(city.areaCode);
            length = city.subscriberDigits;
        }
        const QStringList& starts = validStarts(c, area, length);
        const QString subscriber =
            starts[static_cast<qsizetype>(m_rng.below(static_cast<std::uint64_t>(starts.size())))] +
            digits(length - 2, false);
        const QString code = s(c.code);
        // A number without country code is read in the country of the record's address, or else in the
        // default region "DE" of the demo: only German numbers of German addresses are typed nationally
        // ("030 1234567", "030/1234567"); everyone else types +CC.
        if (code == QLatin1String("US"))
            return m_rng.chance(0.5) ? QStringLiteral("+1 %1-%2-%3").arg(area, subscriber.left(3), subscriber.mid(3))
                                     : QStringLiteral("+1 (%1) %2-%3").arg(area, subscriber.left(3), subscriber.mid(3));
        if (code == QLatin1String("DE") && !abroad && m_rng.chance(0.5))
            return s(c.trunk) + area + (m_rng.chance(0.5) ? QStringLiteral(" ") : QStringLiteral("/")) + subscriber;
        if (code == QLatin1String("FR")) {
            const QString all = area + subscriber;
            QString grouped = all.left(1);
            for (int i = 1; i < all.size(); i += 2)
                grouped += QLatin1Char(' ') + all.mid(i, 2);
            return QStringLiteral("+33 ") + grouped;
        }
        const int split = static_cast<int>(subscriber.size()) / 2;
        return QStringLiteral("+%1 %2 %3 %4")
            .arg(s(c.callingCode), area, subscriber.left(split), subscriber.mid(split));
    }

    QString postalCode(int countryIndex, int cityIndex)
    {
        const Country& c = country(countryIndex);
        const QString prefix = s(c.cities[static_cast<size_t>(cityIndex)].postalPrefix);
        if (qstrcmp(c.code, "GB") == 0) {
            static const char letters[] = "ABDEFGHJLNPQRSTUWXYZ";
            return prefix + QString::number(m_rng.between(1, 9)) + QLatin1Char(' ') +
                   QString::number(m_rng.between(1, 9)) + QLatin1Char(letters[m_rng.below(20)]) +
                   QLatin1Char(letters[m_rng.below(20)]);
        }
        if (qstrcmp(c.code, "NL") == 0) {
            static const char letters[] = "ABCDEGHJKLMNPRSTVWXZ";
            return prefix + digits(2, false) + QLatin1Char(' ') + QLatin1Char(letters[m_rng.below(20)]) +
                   QLatin1Char(letters[m_rng.below(20)]);
        }
        return prefix + digits(c.postalDigits - static_cast<int>(prefix.size()), false);
    }

    QString address(int countryIndex, int cityIndex, const char* type = "work")
    {
        const Country& c = country(countryIndex);
        const demo::City& city = c.cities[static_cast<size_t>(cityIndex)];
        const QString street = s(m_rng.pick(c.streets));
        const int number = static_cast<int>(m_rng.between(1, 180));
        const QString line = qstrcmp(c.streetFormat, "%d %s") == 0 ? QStringLiteral("%1 %2").arg(number).arg(street)
                                                                   : QStringLiteral("%1 %2").arg(street).arg(number);
        return object({{"type", s(type)},
                       {"street", line},
                       {"postal_code", postalCode(countryIndex, cityIndex)},
                       {"city", s(city.name)},
                       {"region", s(city.region)},
                       {"country", s(c.code)}});
    }

    QString personName(int countryIndex, bool& female, QString& first)
    {
        const Country& c = country(countryIndex);
        female = m_rng.chance(0.5);
        first = s(female ? m_rng.pick(c.femaleNames) : m_rng.pick(c.maleNames));
        return s(m_rng.pick(c.lastNames));
    }

    qint64 priceIn(long long eurCents, const QString& currency) const
    {
        double factor = 1.0;
        if (currency == QLatin1String("USD"))
            factor = 1.08;
        else if (currency == QLatin1String("GBP"))
            factor = 0.86;
        else if (currency == QLatin1String("CHF"))
            factor = 0.95;
        return static_cast<qint64>(std::llround(eurCents * factor / 100.0) * 100);
    }

    int pickUser(const std::vector<int>& pool) { return pool[m_rng.below(pool.size())]; }

    Status users();
    Status catalogue();
    Status knowledgeBase();
    Status campaigns();
    QString startedCampaign(); ///< one that has begun, for a lead or deal it brought
    /// A day (from today) on which someone answered campaign `id`: from its start until a month after its end,
    /// and not after today. Draws one number from `rng`.
    int responseDay(const QString& id, Random& rng) const;
    Status accounts();
    Status contacts();
    Status leads();
    Status opportunities();
    Status orders();
    Status activities();
    Status myDay();
    Status managersWeek();
    /// A meeting of `owner`'s that comes back by `rule`, begun about `daysAgo` days ago at `minutes` past
    /// midnight in the owner's zone, `length` minutes long, with `invited` (the owner aside) as attendees.
    Status repeatingMeeting(int owner, const QString& subject, const QString& rule, int daysAgo, int minutes,
                            int length, const char* location, const std::vector<int>& invited);
    Status tickets();
    Status campaignMembers();

    Status activity(int contactIndex, int owner, int day, const QString& type, bool forceOpen = false,
                    int startMinutes = -1, const QString& subjectOverride = {});

    RecordQueue& m_queue;
    const DemoOptions& m_opt;
    Random m_rng;
    IdGenerator m_ids;
    qint64 m_n;
    qint64 m_todayUtc = 0;
    QHash<qint64, int> m_offsets;
    QHash<QString, QStringList> m_validStarts;

    std::vector<QString> m_teamIds;
    std::vector<UserInfo> m_users;
    std::vector<std::vector<int>> m_repsByTeam;
    std::vector<int> m_agents, m_marketing;
    int m_me = 0, m_myManager = 0;
    std::vector<int> m_managers; ///< each team's manager, by team
    std::vector<ProductInfo> m_products;
    /// The article of each template about each supported product (those about every product fill every slot).
    std::vector<QString> m_articles;
    std::vector<QString> m_campaignIds;
    std::vector<int> m_campaignChannel;
    std::vector<int> m_campaignStatus;
    std::vector<const char*> m_campaignKind;         ///< its channel
    std::vector<std::pair<int, int>> m_campaignDays; ///< its start and end, in days from today
    std::vector<AccountInfo> m_accounts;
    std::vector<double> m_accountCumulative;
    std::vector<ContactInfo> m_contacts;
    std::vector<std::vector<int>> m_accountOpps;
    std::vector<OppInfo> m_opps;
};

// Sales teams by the countries they serve; the last team is Key Accounts (largest customers).
enum Team { DACH, West, South, UK, NorthAmerica, KeyAccounts, ServiceFirst, ServiceSecond, Marketing, TeamCount };

int salesTeamFor(const char* countryCode)
{
    const QByteArray c(countryCode);
    if (c == "DE" || c == "AT" || c == "CH")
        return DACH;
    if (c == "FR" || c == "NL")
        return West;
    if (c == "ES" || c == "IT")
        return South;
    if (c == "GB")
        return UK;
    return NorthAmerica;
}

int countryIndexOf(const char* code)
{
    const auto all = demo::countries();
    for (size_t i = 0; i < all.size(); ++i)
        if (qstrcmp(all[i].code, code) == 0)
            return static_cast<int>(i);
    return 0;
}

Status Run::users()
{
    static const char* teamNames[TeamCount] = {"Sales DACH",         "Sales Western Europe",   "Sales Southern Europe",
                                               "Sales UK & Ireland", "Sales North America",    "Key Accounts",
                                               "Service Desk",       "Service Desk 2nd Level", "Marketing"};
    static const char* teamCountry[TeamCount] = {"DE", "FR", "IT", "GB", "US", "DE", "DE", "DE", "DE"};
    static const int repShare[] = {40, 16, 14, 12, 18, 10};

    const int total = static_cast<int>(std::clamp<qint64>(m_n / 400, 14, 2500));
    m_repsByTeam.assign(TeamCount, {});
    for (int t = 0; t < TeamCount; ++t)
        m_teamIds.push_back(newId());

    auto addUser = [&](int team, const QString& first, const QString& last, const char* role) -> Status {
        UserInfo u;
        u.id = newId();
        u.name = first + QLatin1Char(' ') + last;
        u.team = team;
        u.teamId = m_teamIds[static_cast<size_t>(team)];
        u.country = countryIndexOf(teamCountry[team]);
        const QString username = slug(first) + QLatin1Char('.') + slug(last);
        Record r(T::User, u.id);
        r.set(u"username", username)
            .set(u"display_name", u.name)
            .set(u"email", username + QStringLiteral("@rapport.example"))
            .set(u"role", s(role))
            .set(u"team_id", u.teamId)
            .set(u"active", true)
            .set(u"time_zone", s(country(u.country).timeZone));
        m_users.push_back(u);
        return put(std::move(r));
    };

    // Fixed names for the people a newcomer meets first: "me" and my manager.
    std::vector<int> managers;
    for (int t = 0; t < TeamCount; ++t) {
        bool female;
        QString first, last = personName(countryIndexOf(teamCountry[t]), female, first);
        if (t == DACH) {
            first = QStringLiteral("Jonas");
            last = QStringLiteral("Becker");
        }
        managers.push_back(static_cast<int>(m_users.size()));
        if (Status st = addUser(t, first, last, "manager"); !st)
            return st;
    }
    m_myManager = managers[DACH];
    m_managers = managers;
    if (Status st = addUser(DACH, QStringLiteral("Lena"), QStringLiteral("Hoffmann"), "rep"); !st)
        return st;
    m_me = static_cast<int>(m_users.size()) - 1;
    m_repsByTeam[DACH].push_back(m_me);
    if (Status st = addUser(ServiceFirst, QStringLiteral("Rapport"), QStringLiteral("Administrator"), "admin"); !st)
        return st;

    const int remaining = std::max(0, total - static_cast<int>(m_users.size()));
    const int agents = std::max(2, remaining * 30 / 100);
    const int marketers = std::max(1, remaining * 5 / 100);
    const int reps = std::max(5, remaining - agents - marketers);
    for (int i = 0; i < reps; ++i) {
        // Every sales team gets a rep of its own first (DACH has "me"), then by the teams' shares.
        int x = static_cast<int>(m_rng.below(110)), team = 0;
        while (x >= repShare[team]) {
            x -= repShare[team];
            ++team;
        }
        if (i < KeyAccounts)
            team = i + 1;
        bool female;
        QString first, last = personName(countryIndexOf(teamCountry[team]), female, first);
        m_repsByTeam[static_cast<size_t>(team)].push_back(static_cast<int>(m_users.size()));
        if (Status st = addUser(team, first, last, "rep"); !st)
            return st;
    }
    for (int t = 0; t <= KeyAccounts; ++t)
        if (m_repsByTeam[static_cast<size_t>(t)].empty())
            m_repsByTeam[static_cast<size_t>(t)].push_back(m_me);
    for (int i = 0; i < agents; ++i) {
        const int team = i % 3 == 2 ? ServiceSecond : ServiceFirst;
        bool female;
        QString first, last = personName(pickCountry(), female, first);
        m_agents.push_back(static_cast<int>(m_users.size()));
        if (Status st = addUser(team, first, last, "agent"); !st)
            return st;
    }
    for (int i = 0; i < marketers; ++i) {
        bool female;
        QString first, last = personName(pickCountry(), female, first);
        m_marketing.push_back(static_cast<int>(m_users.size()));
        if (Status st = addUser(Marketing, first, last, "rep"); !st)
            return st;
    }
    // Managers report to nobody here; team members to their team's manager.
    for (int t = 0; t < TeamCount; ++t) {
        Record team(T::Team, m_teamIds[static_cast<size_t>(t)]);
        team.set(u"name", s(teamNames[t]))
            .set(u"kind", s(t <= KeyAccounts ? "sales" : (t == Marketing ? "marketing" : "service")))
            .set(u"manager_id", m_users[static_cast<size_t>(managers[static_cast<size_t>(t)])].id);
        if (Status st = put(std::move(team)); !st)
            return st;
    }
    return {};
}

Status Run::catalogue()
{
    const auto products = demo::products();
    const auto categories = demo::productCategories();
    for (size_t i = 0; i < products.size(); ++i) {
        ProductInfo p;
        p.id = newId();
        p.index = static_cast<int>(i);
        p.category =
            static_cast<int>(std::find_if(categories.begin(), categories.end(),
                                          [&](const char* c) { return qstrcmp(c, products[i].category) == 0; }) -
                             categories.begin());
        Record r(T::Product, p.id);
        r.set(u"sku", s(products[i].sku))
            .set(u"name", s(products[i].name))
            .set(u"category", s(products[i].category))
            .set(u"unit", s(products[i].unit))
            .set(u"active", true);
        m_products.push_back(p);
        if (Status st = put(std::move(r)); !st)
            return st;
    }
    for (const char* currency : {"EUR", "USD", "GBP", "CHF"}) {
        const QString bookId = newId();
        Record book(T::PriceBook, bookId);
        book.set(u"name", QStringLiteral("Standard %1").arg(s(currency)))
            .set(u"currency", s(currency))
            .set(u"is_default", qstrcmp(currency, "EUR") == 0)
            .set(u"active", true);
        if (Status st = put(std::move(book)); !st)
            return st;
        for (const ProductInfo& p : m_products) {
            Record entry(T::PriceBookEntry);
            entry.set(u"price_book_id", bookId)
                .set(u"product_id", p.id)
                .set(u"unit_price", priceIn(products[static_cast<size_t>(p.index)].priceEurCents, s(currency)))
                .set(u"currency", s(currency));
            if (Status st = put(std::move(entry)); !st)
                return st;
        }
    }
    // The rates the price books were made with (priceIn), so reports add up deals in any currency in euros.
    for (const char* currency : {"USD", "GBP", "CHF"}) {
        Record rate(T::ExchangeRate);
        rate.set(u"currency", s(currency))
            .set(u"base_currency", s("EUR"))
            .set(u"micro_rate",
                 static_cast<qint64>(std::llround(1e6 * 1e8 / double(priceIn(100'000'000, s(currency))))))
            .set(u"valid_from", isoDate(-3 * 365));
        if (Status st = put(std::move(rate)); !st)
            return st;
    }
    return {};
}

Status Run::knowledgeBase()
{
    // Articles about the hardware and software, which the tickets are about (resetting the password of a training
    // course or updating a data migration would make no sense), and the ones about every product once.
    const auto templates = demo::articleTemplates();
    m_articles.assign(templates.size() * SupportedProducts, QString());
    // The answers the desk gives are published; drafts are among the others.
    auto answersTickets = [](size_t t) {
        return std::ranges::any_of(demo::ticketTemplates(),
                                   [t](const demo::TicketTemplate& ticket) { return size_t(ticket.article) == t; });
    };
    auto write = [&](size_t t, const ProductInfo* about) {
        const demo::ArticleTemplate& a = templates[t];
        const demo::Product* product = about ? &demo::products()[static_cast<size_t>(about->index)] : nullptr;
        const QString name = product ? s(product->name) : QString();
        QStringList tags;
        for (const QString& tag : s(a.tags).split(QLatin1Char(',')))
            tags << quoted(tag);
        if (product)
            tags << quoted(s(product->category).toLower());
        Record r(T::KnowledgeArticle);
        r.setId(newId());
        r.set(u"title", fill(a.title, name))
            .set(u"body", fill(a.body, name))
            .set(u"tags", array(tags))
            .set(u"audience", s(m_rng.chance(0.7) ? "customer" : "internal"))
            .set(u"status", s(answersTickets(t) || m_rng.chance(0.92) ? "published" : "draft"))
            .set(u"author_id", m_users[static_cast<size_t>(pickUser(m_agents))].id);
        if (about)
            r.set(u"product_id", about->id);
        const auto first = m_articles.begin() + static_cast<qsizetype>(t * SupportedProducts);
        if (about)
            first[about->index] = r.id();
        else
            std::fill(first, first + SupportedProducts, r.id());
        return put(std::move(r));
    };
    for (size_t t = 0; t < templates.size(); ++t) {
        if (std::strstr(templates[t].title, "%1") == nullptr) {
            if (Status st = write(t, nullptr); !st)
                return st;
            continue;
        }
        for (const ProductInfo& p : m_products)
            if (p.index < SupportedProducts)
                if (Status st = write(t, &p); !st)
                    return st;
    }
    return {};
}

QString Run::startedCampaign()
{
    // The last campaign is the planned one: no lead or deal has come of it yet.
    return m_campaignIds[m_rng.below(m_campaignIds.size() - 1)];
}

int Run::responseDay(const QString& id, Random& rng) const
{
    const auto i = size_t(std::find(m_campaignIds.cbegin(), m_campaignIds.cend(), id) - m_campaignIds.cbegin());
    const auto [start, end] = m_campaignDays.at(i);
    const int last = std::max(start, std::min(end + 30, 0));
    return start + static_cast<int>(rng.below(static_cast<quint64>(last - start + 1)));
}

Status Run::campaigns()
{
    static const char* channels[] = {"webinar", "event", "email", "email", "email",       "event",
                                     "email",   "event", "event", "email", "direct_mail", "event"};
    const int count = 12 + static_cast<int>(m_n / 100000);
    const auto names = demo::campaignNames();
    for (int i = 0; i < count; ++i) {
        // The planned one is the newsletter, which suits any season.
        const int nameIndex = i == count - 1 ? 2 : i % static_cast<int>(names.size());
        // Spread over the years behind, then one running now and one planned: marketing is never all in the past.
        int startDay, endDay;
        if (i == count - 1) {
            startDay = 21;
            endDay = startDay + static_cast<int>(m_rng.between(1, 45));
        } else if (i == count - 2) {
            startDay = -static_cast<int>(m_rng.between(3, 14));
            endDay = static_cast<int>(m_rng.between(10, 40));
        } else {
            startDay = -HistoryDays + static_cast<int>((qint64(i) * (HistoryDays - 60)) / (count - 2));
            endDay = startDay + static_cast<int>(m_rng.between(1, 45));
        }
        const int status = endDay < 0 ? 2 : (startDay <= 0 ? 1 : 0); // completed, active, planned
        const QString year = QString::number(m_opt.today.addDays(startDay).year());
        Record r(T::Campaign);
        r.setId(newId());
        r.set(u"name", s(names[static_cast<size_t>(nameIndex)]) + QLatin1Char(' ') + year)
            .set(u"channel", s(channels[nameIndex]))
            .set(u"status", s(status == 2 ? "completed" : (status == 1 ? "active" : "planned")))
            .set(u"start_date", isoDate(startDay))
            .set(u"end_date", isoDate(endDay))
            .set(u"budget", m_rng.between(50, 800) * 10000)
            .set(u"currency", QStringLiteral("EUR"))
            .set(u"owner_id", m_users[static_cast<size_t>(pickUser(m_marketing))].id);
        m_campaignIds.push_back(r.id());
        m_campaignChannel.push_back(qstrcmp(channels[nameIndex], "email") == 0 ? 0 : 1);
        m_campaignStatus.push_back(status);
        m_campaignKind.push_back(channels[nameIndex]);
        m_campaignDays.emplace_back(startDay, endDay);
        if (Status st = put(std::move(r)); !st)
            return st;
    }
    return {};
}

Status Run::accounts()
{
    const qint64 count = std::max<qint64>(5, m_n / 10);
    m_accounts.reserve(static_cast<size_t>(count));
    static const char* segments[] = {"enterprise", "mid_market", "small_business"};
    for (qint64 i = 0; i < count; ++i) {
        AccountInfo a;
        a.id = newId();
        a.country = pickCountry();
        const Country& c = country(a.country);
        a.city = static_cast<int>(m_rng.below(c.cities.size()));
        const double seg = m_rng.unit();
        a.segment = seg < 0.08 ? 0 : (seg < 0.40 ? 1 : 2);

        QString parentId;
        QString base;
        if (i > 20 && m_rng.chance(0.12)) {
            // A subsidiary: named after a recent parent of the same country, in its own city.
            const qint64 from = std::max<qint64>(0, i - 400);
            const AccountInfo& parent = m_accounts[static_cast<size_t>(m_rng.between(from, i - 1))];
            parentId = parent.id;
            a.base = parent.base;
            a.industry = parent.industry;
            a.country = parent.country;
            a.city = a.city % static_cast<int>(country(a.country).cities.size());
            base = a.base + QLatin1Char(' ') + s(country(a.country).cities[static_cast<size_t>(a.city)].name);
        } else {
            const double pattern = m_rng.unit();
            // The name ends with a word of the trade, and the industry follows from it.
            const char* trade = nullptr;
            if (pattern < 0.35) {
                base = s(m_rng.pick(c.lastNames));
                trade = m_rng.pick(c.industryWords);
            } else if (pattern < 0.75) {
                base =
                    s(m_rng.pick(demo::companyAdjectives())) + QLatin1Char(' ') + s(m_rng.pick(demo::companyNouns()));
                trade = m_rng.pick(c.industryWords);
            } else {
                base = s(m_rng.pick(demo::companyAdjectives()));
                trade = m_rng.pick(c.industryWords);
            }
            base += QLatin1Char(' ') + s(trade);
            a.base = base;
            a.industry = s(demo::industryOf(trade, m_rng.below(6)));
        }
        const Country& ac = country(a.country);
        a.name = base + QLatin1Char(' ') + s(m_rng.pick(ac.companySuffixes));
        a.domain = slug(base) + QStringLiteral(".example");
        const int team = (a.segment == 0 && m_rng.chance(0.3)) ? KeyAccounts : salesTeamFor(ac.code);
        a.owner = pickUser(m_repsByTeam[static_cast<size_t>(team)]);
        a.preferred[0] = static_cast<int>(m_rng.below(demo::productCategories().size()));
        a.preferred[1] = static_cast<int>(m_rng.below(demo::productCategories().size()));
        a.orderStartDay = HistoryDays - static_cast<int>(m_rng.below(365));
        a.orderEndDay = m_rng.chance(0.2) ? static_cast<int>(m_rng.between(90, 700)) : 0;
        a.weight = (a.segment == 0 ? 5.0 : (a.segment == 1 ? 1.6 : 0.6)) * (0.5 + m_rng.unit());

        const qint64 employees = a.segment == 0 ? m_rng.between(1000, 50000)
                                                : (a.segment == 1 ? m_rng.between(100, 999) : m_rng.between(5, 99));
        QString tier = QStringLiteral("standard");
        if (a.segment == 0)
            tier = m_rng.chance(0.5) ? QStringLiteral("platinum") : QStringLiteral("gold");
        else if (a.segment == 1 && m_rng.chance(0.3))
            tier = QStringLiteral("gold");

        Record r(T::Account, a.id);
        r.set(u"name", a.name)
            .set(u"industry", a.industry)
            .set(u"segment", s(segments[a.segment]))
            .set(u"tier", tier)
            .set(u"website", QStringLiteral("https://www.") + a.domain)
            .set(u"phone", phone(a.country, a.city, false))
            .set(u"email", QStringLiteral("info@") + a.domain)
            .set(u"addresses", array({address(a.country, a.city)}))
            .set(u"owner_id", m_users[static_cast<size_t>(a.owner)].id)
            .set(u"team_id", m_users[static_cast<size_t>(a.owner)].teamId)
            .set(u"annual_revenue", employees * m_rng.between(120, 260) * 100000)
            .set(u"currency", s(ac.currency))
            .set(u"employees", employees);
        if (!parentId.isEmpty())
            r.set(u"parent_id", parentId);
        if (const QString vat = vatId(s(ac.code), static_cast<int>(m_accounts.size())); !vat.isEmpty())
            r.set(u"vat_id", vat);
        if (m_rng.chance(0.15))
            r.set(u"tags", array({quoted(s(m_rng.pick(demo::accountTags())))}));
        m_accounts.push_back(a);
        if (Status st = put(std::move(r)); !st)
            return st;
    }
    // Weighted sampling of accounts for orders and deals.
    double sum = 0;
    m_accountCumulative.reserve(m_accounts.size());
    for (const AccountInfo& a : m_accounts)
        m_accountCumulative.push_back(sum += a.weight);
    return {};
}

Status Run::contacts()
{
    // Spread N contacts over the accounts by weight; every account gets at least one.
    const double total = m_accountCumulative.back();
    qint64 assigned = 0;
    for (AccountInfo& a : m_accounts) {
        a.contactCount = std::max(1, static_cast<int>(std::floor(a.weight / total * static_cast<double>(m_n))));
        assigned += a.contactCount;
    }
    for (size_t i = 0; assigned < m_n; i = (i + 1) % m_accounts.size(), ++assigned)
        ++m_accounts[i].contactCount;
    for (size_t i = m_accounts.size(); assigned > m_n && i-- > 0;)
        while (m_accounts[i].contactCount > 1 && assigned > m_n) {
            --m_accounts[i].contactCount;
            --assigned;
        }

    m_contacts.reserve(static_cast<size_t>(m_n));
    std::vector<Seat> seats; // the account's people so far, where each sits in its org chart
    static const char* notes[] = {"Prefers email over phone calls.", "Decides together with the CFO.",
                                  "Met at the trade fair.",          "Very price-sensitive.",
                                  "Ask about the new site project.", "Available mornings only."};
    for (size_t ai = 0; ai < m_accounts.size(); ++ai) {
        AccountInfo& a = m_accounts[ai];
        a.firstContact = static_cast<int>(m_contacts.size());
        seats.clear();
        for (int k = 0; k < a.contactCount; ++k) {
            ContactInfo c;
            c.id = newId();
            c.account = static_cast<int>(ai);
            const int who = m_rng.chance(0.9) ? a.country : pickCountry();
            bool female;
            QString first, last = personName(who, female, first);
            c.name = first + QLatin1Char(' ') + last;
            const QString local = slug(first) + QLatin1Char('.') + slug(last);

            QStringList emails{
                object({{"type", QStringLiteral("work")}, {"address", local + QLatin1Char('@') + a.domain}})};
            if (m_rng.chance(0.15))
                emails << object(
                    {{"type", QStringLiteral("home")},
                     {"address", local + QString::number(m_rng.between(1, 99)) + QStringLiteral("@mail.example")}});
            QStringList phones{object({{"type", QStringLiteral("work")}, {"number", phone(a.country, a.city, false)}})};
            if (m_rng.chance(0.6))
                phones << object(
                    {{"type", QStringLiteral("mobile")}, {"number", phone(who, 0, true, who != a.country)}});

            c.emailMarketing = m_rng.chance(0.45);
            const QString consentDate = isoDate(-static_cast<int>(m_rng.below(HistoryDays)));
            static const char* sources[] = {"web_form", "trade_fair", "contract", "phone_call", "business_card"};
            const QString consent =
                QStringLiteral(
                    "{\"email\":{\"service\":true,\"marketing\":%1,\"source\":%2,\"date\":\"%3\"},"
                    "\"phone\":{\"service\":%4,\"marketing\":%5,\"days\":[1,2,3,4,5],\"from\":\"%6\",\"to\":\"%7\"},"
                    "\"post\":{\"service\":true,\"marketing\":%8}}")
                    .arg(boolean(c.emailMarketing), quoted(s(m_rng.pick(sources))), consentDate,
                         boolean(m_rng.chance(0.85)), boolean(m_rng.chance(0.2)),
                         m_rng.chance(0.5) ? QStringLiteral("09:00") : QStringLiteral("08:00"),
                         m_rng.chance(0.5) ? QStringLiteral("17:00") : QStringLiteral("18:00"),
                         boolean(m_rng.chance(0.5)));

            // The company's first person runs it; the others each take a seat in a department.
            Seat seat;
            if (k == 0) {
                seat.title = m_rng.pick(demo::topTitles());
                m_rng.next(); // once the top's department; still drawn so the rest of the book stays as it was
            } else {
                const std::uint64_t department = m_rng.below(demo::departments().size());
                seat = Seat::taken(seats, static_cast<int>(department), m_rng.below(100));
            }
            seats.push_back(seat);

            Record r(T::Contact, c.id);
            r.set(u"salutation", s(salutation(country(who).language, female)))
                .set(u"first_name", first)
                .set(u"last_name", last)
                .set(u"job_title", s(seat.title))
                .set(u"department", s(seat.department < 0 ? "Management" : demo::departments()[seat.department].name))
                .set(u"account_id", a.id)
                .set(u"emails", array(emails))
                .set(u"phones", array(phones))
                .set(u"addresses", array({address(a.country, a.city)}))
                .set(u"language", s(country(who).language))
                .set(u"time_zone", s(country(a.country).timeZone))
                .set(u"consent", consent)
                .set(u"owner_id", m_users[static_cast<size_t>(a.owner)].id)
                .set(u"team_id", m_users[static_cast<size_t>(a.owner)].teamId);
            if (k > 0) {
                // To the nearest rank above in the department, else the department's chief, else the top: someone
                // who joined the account's book before them, so the chart can be drawn as it is written.
                const std::vector<int> above = Seat::above(seats, k);
                r.set(u"reports_to_id",
                      m_contacts[static_cast<size_t>(a.firstContact + above[m_rng.below(above.size())])].id);
            }
            if (m_rng.chance(0.4))
                r.set(u"birthday", QDate(static_cast<int>(m_rng.between(1955, 2000)),
                                         static_cast<int>(m_rng.between(1, 12)), static_cast<int>(m_rng.between(1, 28)))
                                       .toString(Qt::ISODate));
            if (m_rng.chance(0.3)) {
                QStringList tags{quoted(s(m_rng.pick(demo::contactTags())))};
                if (m_rng.chance(0.3))
                    tags << quoted(s(m_rng.pick(demo::contactTags())));
                r.set(u"tags", array(tags));
            }
            if (m_rng.chance(0.1))
                r.set(u"notes", s(m_rng.pick(notes)));
            m_contacts.push_back(c);
            if (Status st = put(std::move(r)); !st)
                return st;
        }
    }
    return {};
}

Status Run::leads()
{
    static const char* sources[] = {"web", "referral", "event", "campaign", "cold_call", "partner", "other"};
    static const char* responses[] = {"opened", "clicked", "replied", "registered"};
    const qint64 count = std::max<qint64>(1, m_n / 20);
    // The campaigns' answers come from a stream of their own, so the rest of the book stays as it was.
    Random engagementRng(m_opt.seed ^ 0x6c656164ULL);
    Random consentRng(m_opt.seed ^ 0x636f6e73656e74ULL); // and so do their consents
    for (qint64 i = 0; i < count; ++i) {
        const int ci = pickCountry();
        const Country& c = country(ci);
        const int city = static_cast<int>(m_rng.below(c.cities.size()));
        bool female;
        QString first, last = personName(ci, female, first);
        const QString company = s(m_rng.pick(demo::companyAdjectives())) + QLatin1Char(' ') +
                                s(m_rng.pick(c.industryWords)) + QLatin1Char(' ') + s(m_rng.pick(c.companySuffixes));
        const double st = m_rng.unit();
        const char* status = st < 0.3    ? "new"
                             : st < 0.6  ? "working"
                             : st < 0.75 ? "qualified"
                             : st < 0.9  ? "unqualified"
                                         : "converted";
        const char* source = m_rng.pick(sources);
        m_rng.between(5, 95); // once a random score; still drawn so the rest of the book stays as it was
        Record r(T::Lead, newId());
        r.set(u"first_name", first)
            .set(u"last_name", last)
            .set(u"company", company)
            .set(u"job_title", s(m_rng.pick(demo::jobTitles())))
            .set(u"email", slug(first) + QLatin1Char('.') + slug(last) + QLatin1Char('@') + slug(company) +
                               QStringLiteral(".example"))
            .set(u"phone", phone(ci, city, m_rng.chance(0.3)))
            .set(u"city", s(c.cities[static_cast<size_t>(city)].name))
            .set(u"country", s(c.code))
            .set(u"source", s(source))
            .set(u"status", s(status))
            .set(u"owner_id",
                 m_users[static_cast<size_t>(pickUser(m_repsByTeam[static_cast<size_t>(salesTeamFor(c.code))]))].id);
        if (qstrcmp(source, "campaign") == 0) {
            // A letter cannot have reached a lead (a lead has no postal address): they came of another campaign.
            QString campaign = startedCampaign();
            for (;;) {
                const auto at =
                    size_t(std::find(m_campaignIds.cbegin(), m_campaignIds.cend(), campaign) - m_campaignIds.cbegin());
                if (qstrcmp(m_campaignKind[at], "direct_mail") != 0)
                    break;
                campaign = m_campaignIds[engagementRng.below(m_campaignIds.size() - 1)];
            }
            r.set(u"campaign_id", campaign);
        }
        // What they said when they were met (dated that day when the times are set): a campaign's leads agreed to
        // hear from it, a web form and a fair ask about the newsletter, the others were rarely asked.
        const bool fromCampaign = qstrcmp(source, "campaign") == 0, fromWeb = qstrcmp(source, "web") == 0,
                   fromEvent = qstrcmp(source, "event") == 0;
        const double asked = consentRng.unit();
        std::optional<bool> emailMarketing;
        if (fromCampaign || (fromWeb && asked < 0.75) || (fromEvent && asked < 0.6) || asked < 0.25)
            emailMarketing = true;
        else if (fromWeb || asked < 0.4)
            emailMarketing = false;
        QStringList consent;
        if (emailMarketing)
            consent << QStringLiteral("\"email\":{\"service\":true,\"marketing\":%1,\"source\":%2,\"date\":\"%3\"}")
                           .arg(boolean(*emailMarketing),
                                quoted(s(fromCampaign ? "campaign_reply"
                                         : fromWeb    ? "web_form"
                                         : fromEvent  ? "trade_fair"
                                                      : "phone_call")),
                                isoDate(0));
        if (consentRng.chance(0.5))
            consent << QStringLiteral("\"phone\":{\"service\":true,\"marketing\":%1,\"days\":[1,2,3,4,5],"
                                      "\"from\":\"09:00\",\"to\":\"17:00\"}")
                           .arg(boolean(consentRng.chance(0.15)));
        if (!consent.isEmpty())
            r.set(u"consent", QLatin1Char('{') + consent.join(QLatin1Char(',')) + QLatin1Char('}'));
        // Leads from a campaign are its members; some answered it. The score follows from who they are and
        // what they did (LeadScoring), as a rescore would give.
        LeadEngagement engagement;
        std::vector<Record> answers; // written after the lead
        if (qstrcmp(source, "campaign") == 0) {
            const bool answered = engagementRng.chance(0.4);
            Record m(T::CampaignMember, newId());
            m.set(u"campaign_id", r.value(u"campaign_id"))
                .set(u"lead_id", r.id())
                .set(u"status", answered ? QStringLiteral("responded") : QStringLiteral("sent"));
            engagement.contacted = true;
            engagement.responded = answered;
            if (answered) {
                const char* kind = engagementRng.pick(responses);
                engagement.opened += qstrcmp(kind, "opened") == 0;
                engagement.clicked += qstrcmp(kind, "clicked") == 0;
                engagement.replied += qstrcmp(kind, "replied") == 0;
                engagement.registered += qstrcmp(kind, "registered") == 0;
                Record response(T::CampaignResponse);
                response.set(u"campaign_id", r.value(u"campaign_id"))
                    .set(u"member_id", m.id())
                    .set(u"kind", s(kind))
                    .set(u"responded_at", at(responseDay(r.text(u"campaign_id"), engagementRng), 10 * 60, ci));
                answers.push_back(std::move(m));
                answers.push_back(std::move(response));
            } else {
                answers.push_back(std::move(m));
            }
        }
        r.set(u"score", qint64(LeadScoring::score(r, engagement, m_opt.today).score));
        if (qstrcmp(status, "converted") == 0) {
            const ContactInfo& contact = m_contacts[m_rng.below(m_contacts.size())];
            r.set(u"converted_contact_id", contact.id)
                .set(u"converted_account_id", m_accounts[static_cast<size_t>(contact.account)].id)
                .set(u"converted_at", at(-static_cast<int>(m_rng.below(HistoryDays)), 600, ci));
        }
        if (Status s2 = put(std::move(r)); !s2)
            return s2;
        for (Record& answer : answers)
            if (Status s3 = put(std::move(answer)); !s3)
                return s3;
    }
    return {};
}

Status Run::opportunities()
{
    const qint64 count = std::max<qint64>(1, m_n / 5);
    m_accountOpps.assign(m_accounts.size(), {});
    m_opps.reserve(static_cast<size_t>(count));
    const auto stages = Schema::stages().keys; // prospecting … negotiation, closed_won, closed_lost
    const auto products = demo::products();
    std::vector<double> wonEur(m_users.size()); // what each person won over the history, for their quotas
    for (qint64 i = 0; i < count; ++i) {
        const double x = m_rng.unit() * m_accountCumulative.back();
        const int ai = static_cast<int>(std::lower_bound(m_accountCumulative.begin(), m_accountCumulative.end(), x) -
                                        m_accountCumulative.begin());
        const AccountInfo& a = m_accounts[static_cast<size_t>(std::min<size_t>(ai, m_accounts.size() - 1))];
        const QString currency = s(country(a.country).currency);
        const int createdDay = -static_cast<int>(m_rng.between(10, HistoryDays));
        const int cycle = static_cast<int>(m_rng.between(20, 200));
        int closeDay = createdDay + cycle;
        int finalStage; // index into stages
        if (closeDay < -14) {
            finalStage = m_rng.chance(0.42) ? 5 : 6;
            closeDay = std::min(-1, closeDay + static_cast<int>(m_rng.between(-20, 20)));
        } else {
            const double progress = std::clamp(double(-createdDay) / cycle, 0.0, 0.99);
            finalStage = std::min(4, static_cast<int>(progress * 5));
            if (closeDay < 0 && m_rng.chance(0.5))
                closeDay = static_cast<int>(m_rng.between(1, 45)); // slipped: pushed into the coming weeks
            else if (m_rng.chance(0.3)) // the month's forecast: deals due to close in the current month
                closeDay = static_cast<int>(m_rng.between(1, m_opt.today.daysInMonth())) - m_opt.today.day();
        }

        OppInfo o;
        o.id = newId();
        const ProductInfo& lead = m_products[m_rng.below(20)];
        o.product = s(products[static_cast<size_t>(lead.index)].name);
        o.name = fill(m_rng.pick(demo::opportunityNames()), o.product);
        o.opened = createdDay;

        // Line items first: the amount is their sum.
        qint64 amount = 0;
        std::vector<OppLine> items;
        const int lines = 1 + static_cast<int>(m_rng.below(3));
        for (int l = 0; l < lines; ++l) {
            const ProductInfo& p = l == 0 ? lead : m_products[m_rng.below(m_products.size())];
            const demo::Product& pd = products[static_cast<size_t>(p.index)];
            const qint64 unit = priceIn(pd.priceEurCents, currency);
            const qint64 qty =
                unit > 500000 ? m_rng.between(1, 5) : (unit > 50000 ? m_rng.between(2, 40) : m_rng.between(10, 300));
            const qint64 discount = 250 * m_rng.between(0, 6);
            const qint64 total = Quotes::lineNet(qty, unit, discount);
            amount += total;
            items.push_back({p.id, qty, unit, discount, total});
            Record line(T::OpportunityLine);
            line.set(u"opportunity_id", o.id)
                .set(u"product_id", p.id)
                .set(u"description", s(pd.name))
                .set(u"quantity", qty)
                .set(u"unit_price", unit)
                .set(u"discount_bp", discount)
                .set(u"total", total)
                .set(u"currency", currency);
            if (Status st = put(std::move(line)); !st)
                return st;
        }

        const int stageIndex = finalStage;
        const QString stage = stages[stageIndex];
        const int contactIndex =
            a.firstContact + static_cast<int>(m_rng.below(static_cast<std::uint64_t>(std::min(a.contactCount, 5))));
        QString forecast = Schema::isClosedStage(stage) ? QStringLiteral("closed")
                           : stageIndex == 4            ? QStringLiteral("commit")
                           : stageIndex == 3            ? QStringLiteral("best_case")
                                                        : QStringLiteral("pipeline");
        if (!Schema::isClosedStage(stage) && m_rng.chance(0.05))
            forecast = QStringLiteral("omitted");

        Record r(T::Opportunity, o.id);
        r.set(u"name", o.name)
            .set(u"account_id", a.id)
            .set(u"contact_id", m_contacts[static_cast<size_t>(contactIndex)].id)
            .set(u"stage", stage)
            .set(u"amount", amount)
            .set(u"currency", currency)
            .set(u"probability", Schema::defaultProbability(stage))
            .set(u"expected_close", isoDate(closeDay))
            .set(u"forecast_category", forecast)
            .set(u"owner_id", m_users[static_cast<size_t>(a.owner)].id)
            .set(u"team_id", m_users[static_cast<size_t>(a.owner)].teamId)
            .set(u"source", s(m_rng.pick(std::array{"web", "referral", "event", "campaign", "cold_call", "partner"})));
        if (m_rng.chance(0.5)) {
            QStringList comp{quoted(s(m_rng.pick(demo::competitors())))};
            if (m_rng.chance(0.3))
                comp << quoted(s(m_rng.pick(demo::competitors())));
            r.set(u"competitors", array(comp));
        }
        if (m_rng.chance(0.5))
            r.set(u"budget", amount * m_rng.between(80, 150) / 100);
        if (Schema::isClosedStage(stage)) {
            r.set(u"closed_at", at(closeDay, 16 * 60, a.country));
            o.closed = closeDay;
        } else
            r.set(u"next_step", s(m_rng.pick(demo::nextSteps())));
        if (stage == QLatin1String("closed_lost"))
            r.set(u"loss_reason", m_rng.pick(Schema::lossReasons().keys));
        if (r.text(u"source") == QLatin1String("campaign"))
            r.set(u"campaign_id", startedCampaign());
        if (stage == QLatin1String("closed_won")) {
            wonEur[static_cast<size_t>(a.owner)] += double(amount) * 1e8 / double(priceIn(100'000'000, currency));
            o.account = static_cast<int>(std::min<size_t>(ai, m_accounts.size() - 1));
            o.contactId = r.text(u"contact_id");
            o.currency = currency;
            o.lines = std::move(items);
        }
        if (Status st = put(std::move(r)); !st)
            return st;

        // Stage history from creation to today's stage, some stages skipped, closing dates that slipped.
        std::vector<int> path;
        const int lastOpen = Schema::isClosedStage(stage) ? static_cast<int>(m_rng.below(5)) : stageIndex;
        for (int st = 0; st <= lastOpen; ++st)
            if (st == 0 || st == lastOpen || !m_rng.chance(0.3))
                path.push_back(st);
        if (Schema::isClosedStage(stage))
            path.push_back(stageIndex);
        const int endDay = Schema::isClosedStage(stage) ? closeDay : std::min(0, createdDay + cycle);
        QString previous;
        int plannedClose = closeDay - (m_rng.chance(0.25) ? static_cast<int>(m_rng.between(15, 60)) : 0);
        for (size_t k = 0; k < path.size(); ++k) {
            const int day = createdDay + static_cast<int>((qint64(endDay - createdDay) * static_cast<qint64>(k)) /
                                                          std::max<qint64>(1, static_cast<qint64>(path.size()) - 1));
            if (k + 1 == path.size())
                plannedClose = closeDay;
            Record h(T::StageChange);
            h.set(u"opportunity_id", o.id)
                .set(u"to_stage", stages[path[k]])
                // Yesterday at the latest: what is done today may be later than the demo's now.
                .set(u"changed_at", at(std::min(day, -1), 9 * 60 + static_cast<int>(m_rng.below(480)), a.country))
                .set(u"changed_by", m_users[static_cast<size_t>(a.owner)].id)
                .set(u"amount", amount)
                .set(u"currency", currency)
                .set(u"probability", Schema::defaultProbability(stages[path[k]]))
                .set(u"expected_close", isoDate(plannedClose));
            if (!previous.isEmpty())
                h.set(u"from_stage", previous);
            previous = stages[path[k]];
            if (Status st = put(std::move(h)); !st)
                return st;
        }
        m_accountOpps[static_cast<size_t>(ai)].push_back(static_cast<int>(m_opps.size()));
        m_opps.push_back(o);
    }

    // Monthly quotas for everyone who sells, from a year back to the end of next year: a little above what
    // they won per month, so some months are made and some are not.
    const double months = HistoryDays / 30.4;
    for (size_t u = 0; u < m_users.size(); ++u) {
        if (wonEur[u] <= 0)
            continue;
        const qint64 monthly = std::max<qint64>(1, std::llround(wonEur[u] / months * 1.15 / 100'000.0)) * 100'000;
        for (QDate month = QDate(m_opt.today.year() - 1, m_opt.today.month(), 1);
             month <= QDate(m_opt.today.year() + 1, 12, 1); month = month.addMonths(1)) {
            Record q(T::Quota);
            q.set(u"owner_id", m_users[u].id)
                .set(u"period_start", month.toString(Qt::ISODate))
                .set(u"amount", monthly)
                .set(u"currency", s("EUR"));
            if (!m_users[u].teamId.isEmpty())
                q.set(u"team_id", m_users[u].teamId);
            if (Status st = put(std::move(q)); !st)
                return st;
        }
    }
    return {};
}

Status Run::orders()
{
    // Cross-selling affinities between categories (indices into productCategories()).
    static const int affinity[7][2] = {{6, 4}, {5, 3}, {3, 1}, {5, 1}, {0, 1}, {1, 3}, {0, 6}};
    const qint64 count = 2 * m_n;
    const auto products = demo::products();
    std::vector<std::vector<int>> byCategory(demo::productCategories().size());
    for (const ProductInfo& p : m_products)
        byCategory[static_cast<size_t>(p.category)].push_back(p.index);
    // An order's status by its age, as an order goes from draft to invoice.
    const auto statusAt = [](int daysAgo, bool cancelled) {
        return daysAgo > 60   ? (cancelled ? "cancelled" : "invoiced")
               : daysAgo > 20 ? "shipped"
                              : (daysAgo > 2 ? "confirmed" : "draft");
    };
    qint64 i = 0;
    // The deals won became orders: their items, ordered the day they closed.
    for (const OppInfo& o : m_opps) {
        if (o.account < 0 || i >= count)
            continue;
        const AccountInfo& a = m_accounts[static_cast<size_t>(o.account)];
        const QString orderId = newId();
        qint64 total = 0;
        for (const OppLine& item : o.lines) {
            total += item.total;
            Record line(T::OrderLine);
            line.set(u"order_id", orderId)
                .set(u"product_id", item.productId)
                .set(u"quantity", item.quantity)
                .set(u"unit_price", item.unitPrice)
                .set(u"discount_bp", item.discountBp)
                .set(u"total", item.total)
                .set(u"currency", o.currency);
            if (Status st = put(std::move(line)); !st)
                return st;
        }
        Record r(T::Order, orderId);
        r.set(u"number", QStringLiteral("SO-%1").arg(10000000 + i))
            .set(u"account_id", a.id)
            .set(u"contact_id", o.contactId)
            .set(u"opportunity_id", o.id)
            .set(u"ordered_at", at(o.closed, 17 * 60, a.country))
            .set(u"status", s(statusAt(-o.closed, false)))
            .set(u"total", total)
            .set(u"currency", o.currency)
            .set(u"owner_id", m_users[static_cast<size_t>(a.owner)].id);
        if (Status st = put(std::move(r)); !st)
            return st;
        ++i;
    }
    // The rest: what the customers buy as they go, of the categories they prefer and those that go with them.
    for (; i < count; ++i) {
        const double x = m_rng.unit() * m_accountCumulative.back();
        const size_t ai = std::min<size_t>(
            static_cast<size_t>(std::lower_bound(m_accountCumulative.begin(), m_accountCumulative.end(), x) -
                                m_accountCumulative.begin()),
            m_accounts.size() - 1);
        const AccountInfo& a = m_accounts[ai];
        const QString currency = s(country(a.country).currency);
        const int daysAgo = static_cast<int>(m_rng.between(a.orderEndDay, a.orderStartDay));
        const QString orderId = newId();
        const int lines = m_rng.chance(0.75) ? 1 : (m_rng.chance(0.7) ? 2 : 3);
        int category = a.preferred[m_rng.below(2)];
        qint64 total = 0;
        for (int l = 0; l < lines; ++l) {
            if (l > 0)
                category = affinity[category][m_rng.below(2)];
            const auto& pool = byCategory[static_cast<size_t>(category)];
            const int pi = pool[m_rng.below(pool.size())];
            const demo::Product& pd = products[static_cast<size_t>(pi)];
            const qint64 unit = priceIn(pd.priceEurCents, currency);
            const qint64 qty = unit > 500000 ? 1 : (unit > 50000 ? m_rng.between(1, 12) : m_rng.between(5, 120));
            const qint64 discount = m_rng.chance(0.3) ? 500 : 0;
            const qint64 lineTotal = Quotes::lineNet(qty, unit, discount);
            total += lineTotal;
            Record line(T::OrderLine);
            line.set(u"order_id", orderId)
                .set(u"product_id", m_products[static_cast<size_t>(pi)].id)
                .set(u"quantity", qty)
                .set(u"unit_price", unit)
                .set(u"discount_bp", discount)
                .set(u"total", lineTotal)
                .set(u"currency", currency);
            if (Status st = put(std::move(line)); !st)
                return st;
        }
        const char* status = statusAt(daysAgo, daysAgo > 60 && !m_rng.chance(0.96));
        Record r(T::Order, orderId);
        r.set(u"number", QStringLiteral("SO-%1").arg(10000000 + i))
            .set(u"account_id", a.id)
            .set(
                u"contact_id",
                m_contacts[static_cast<size_t>(a.firstContact + static_cast<int>(m_rng.below(static_cast<std::uint64_t>(
                                                                    std::min(a.contactCount, 3)))))]
                    .id)
            .set(u"ordered_at", at(-daysAgo, 8 * 60 + static_cast<int>(m_rng.below(600)), a.country))
            .set(u"status", s(status))
            .set(u"total", total)
            .set(u"currency", currency)
            .set(u"owner_id", m_users[static_cast<size_t>(a.owner)].id);
        if (Status st = put(std::move(r)); !st)
            return st;
    }
    return {};
}

Status Run::activity(int ci, int owner, int day, const QString& type, bool forceOpen, int startMinutes,
                     const QString& subjectOverride)
{
    const ContactInfo& c = m_contacts[static_cast<size_t>(ci)];
    const AccountInfo& a = m_accounts[static_cast<size_t>(c.account)];
    const UserInfo& u = m_users[static_cast<size_t>(owner)];
    const auto products = demo::products();
    QString product = s(products[m_rng.below(20)].name);
    // Emails and notes are logged: what happened, never what will (a future one would top the contact's history).
    const bool logged = type == QLatin1String("email") || type == QLatin1String("note");
    if (logged && day >= 0)
        day = -1 - day;
    // Nobody works the weekend: a Saturday moves to a day of the week before it, a Sunday to one of the week after
    // (spread by contact, so every weekday gets its share; the other way when that would be today), and what is
    // logged always back. Today stays, whatever day it is, so a newcomer always sees a full agenda.
    if (const int weekday = m_opt.today.addDays(day).dayOfWeek(); day != 0 && weekday >= Qt::Saturday) {
        const int within = 1 + ci % 5;
        const int back = within + (weekday == Qt::Sunday ? 1 : 0);      // Friday back to Monday
        const int forward = within + (weekday == Qt::Saturday ? 1 : 0); // Monday on to Friday
        if (logged || weekday == Qt::Saturday)
            day += day - back == 0 ? forward : -back;
        else
            day += day + forward == 0 ? -back : forward;
    }
    const bool past = day < 0 && !forceOpen;
    const int minutes = startMinutes >= 0 ? startMinutes : 8 * 60 + 15 * static_cast<int>(m_rng.below(40));
    // About one of the company's deals, now and then: one open that day, and then about what it sells.
    const OppInfo* deal = nullptr;
    if (m_rng.chance(0.45)) {
        std::vector<const OppInfo*> open;
        for (int oi : m_accountOpps[static_cast<size_t>(c.account)])
            if (const OppInfo& o = m_opps[static_cast<size_t>(oi)]; o.opened <= day && day <= o.closed)
                open.push_back(&o);
        if (!open.empty()) {
            deal = open[m_rng.below(open.size())];
            product = deal->product;
        }
    }

    Record r(T::Activity);
    r.set(u"type", type)
        .set(u"contact_id", c.id)
        .set(u"account_id", a.id)
        .set(u"owner_id", u.id)
        .set(u"time_zone", s(country(u.country).timeZone));
    QString subject;
    if (type == QLatin1String("call")) {
        subject = fill(m_rng.pick(demo::callSubjects()), product);
        const qint64 start = at(day, minutes, u.country);
        r.set(u"start_at", start);
        if (past) {
            const double o = m_rng.unit();
            r.set(u"outcome", s(o < 0.6 ? "connected" : o < 0.8 ? "voicemail" : o < 0.95 ? "no_answer" : "busy"));
            const qint64 duration =
                r.text(u"outcome") == QLatin1String("connected") ? m_rng.between(120, 1800) : m_rng.between(15, 60);
            r.set(u"duration_s", duration).set(u"end_at", start + duration * 1000);
        }
    } else if (type == QLatin1String("meeting")) {
        subject = fill(m_rng.pick(demo::meetingSubjects()), product);
        static const int lengths[] = {30, 45, 60, 60, 90, 120};
        const bool allDay = m_rng.chance(0.02);
        if (allDay) {
            r.set(u"all_day", true).set(u"start_at", at(day, 0, u.country)).set(u"end_at", at(day + 1, 0, u.country));
        } else {
            const qint64 start = at(day, minutes, u.country);
            r.set(u"start_at", start).set(u"end_at", start + m_rng.pick(lengths) * MinuteMs);
        }
        static const char* where[] = {"Video call", "Customer site", "Our office", "Phone conference"};
        const char* place = m_rng.pick(where);
        r.set(u"location", qstrcmp(place, "Customer site") == 0
                               ? s(country(a.country).cities[static_cast<size_t>(a.city)].name)
                               : s(place));
    } else if (type == QLatin1String("task")) {
        subject = fill(m_rng.pick(demo::taskSubjects()), a.name);
        r.set(u"due_at", at(day, 17 * 60, u.country));
    } else if (type == QLatin1String("email")) {
        subject = fill(m_rng.pick(demo::emailSubjects()), product);
        r.set(u"start_at", at(day, minutes, u.country));
    } else {
        subject = fill(m_rng.pick(demo::noteSubjects()), product);
        r.set(u"start_at", at(day, minutes, u.country));
    }
    r.set(u"subject", subjectOverride.isEmpty() ? subject : subjectOverride);

    bool done = past;
    if (type == QLatin1String("task") && past && day > -60 && m_rng.chance(0.08))
        done = false; // a few overdue tasks, as in every real book
    if (type == QLatin1String("email") || type == QLatin1String("note"))
        done = true;
    r.set(u"done", done);
    // A quarter of an hour before; a day out of the office, the evening before at 17:00.
    if (!past && (type == QLatin1String("meeting") || type == QLatin1String("call")))
        r.set(u"alarms", r.value(u"all_day").toBool() ? s("[420]") : s("[15]"));

    if (deal)
        r.set(u"opportunity_id", deal->id);
    r.setId(newId());
    const QString activityId = r.id();
    const bool withColleague = type == QLatin1String("meeting") && m_rng.chance(0.3);
    if (Status st = put(std::move(r)); !st)
        return st;
    if (withColleague) {
        const auto& team = m_repsByTeam[static_cast<size_t>(std::min(u.team, static_cast<int>(KeyAccounts)))];
        Record colleague(T::ActivityAttendee);
        colleague.set(u"activity_id", activityId)
            .set(u"user_id", m_users[static_cast<size_t>(pickUser(team))].id)
            .set(u"response", s(past ? "accepted" : (m_rng.chance(0.7) ? "accepted" : "tentative")));
        if (Status st = put(std::move(colleague)); !st)
            return st;
        Record customer(T::ActivityAttendee);
        customer.set(u"activity_id", activityId)
            .set(u"contact_id", c.id)
            .set(u"response", s(past ? "accepted" : (m_rng.chance(0.6) ? "accepted" : "needs_action")));
        if (Status st = put(std::move(customer)); !st)
            return st;
    }
    return {};
}

Status Run::activities()
{
    const qint64 count = 5 * m_n;
    static const char* types[] = {"call",    "call",  "call",  "call",  "call",  "call",    "call",
                                  "email",   "email", "email", "email", "email", "meeting", "meeting",
                                  "meeting", "task",  "task",  "task",  "task",  "note"};
    for (qint64 i = 0; i < count; ++i) {
        const int ci = static_cast<int>(m_rng.below(m_contacts.size()));
        const int owner = m_accounts[static_cast<size_t>(m_contacts[static_cast<size_t>(ci)].account)].owner;
        const int day = static_cast<int>(m_rng.between(-HistoryDays, FutureDays));
        if (Status st = activity(ci, owner, day, s(m_rng.pick(types))); !st)
            return st;
    }
    return {};
}

Status Run::myDay()
{
    // The rep a newcomer sees: a full agenda today, tasks due and overdue, and the week ahead.
    std::vector<int> mine;
    for (size_t i = 0; i < m_accounts.size() && mine.size() < 200; ++i)
        if (m_accounts[i].owner == m_me)
            mine.push_back(m_accounts[i].firstContact);
    if (mine.empty())
        mine.push_back(0);
    auto contact = [&] { return mine[m_rng.below(mine.size())]; };
    struct Slot
    {
        int day;
        int minutes;
        const char* type;
    };
    static const Slot slots[] = {{0, 8 * 60 + 30, "meeting"}, {0, 10 * 60, "meeting"}, {0, 11 * 60 + 30, "call"},
                                 {0, 14 * 60, "meeting"},     {0, 16 * 60, "call"},    {0, 17 * 60, "task"},
                                 {0, 17 * 60, "task"},        {-1, 17 * 60, "task"},   {-3, 17 * 60, "task"},
                                 {-6, 17 * 60, "task"},       {1, 9 * 60, "meeting"},  {1, 11 * 60, "call"},
                                 {1, 15 * 60, "meeting"},     {2, 10 * 60, "meeting"}, {2, 13 * 60 + 30, "call"},
                                 {3, 9 * 60 + 30, "meeting"}, {4, 14 * 60, "meeting"}};
    for (const Slot& slot : slots)
        if (Status st = activity(contact(), m_me, slot.day, s(slot.type), true, slot.minutes); !st)
            return st;

    // The meetings that come back: a stand-up each working day, the team's Monday meeting with the
    // colleagues invited, the monthly pipeline review on the first Thursday. Begun weeks ago, kept in
    // the rep's own zone (09:00 Berlin stays 09:00 across the change to summer time).
    const UserInfo& me = m_users[static_cast<size_t>(m_me)];
    const auto& team = m_repsByTeam[static_cast<size_t>(std::min(me.team, static_cast<int>(KeyAccounts)))];
    const std::vector<int> colleagues(team.begin(), team.begin() + std::min<std::ptrdiff_t>(4, std::ssize(team)));
    std::vector<int> withManager = colleagues;
    withManager.push_back(m_myManager);
    if (Status st = repeatingMeeting(m_me, s("Sales stand-up"), s("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), 60, 8 * 60 + 45,
                                     15, "Video call", colleagues);
        !st)
        return st;
    if (Status st = repeatingMeeting(m_me, s("Team meeting"), s("FREQ=WEEKLY;BYDAY=MO"), 90, 13 * 60, 60, "Our office",
                                     withManager);
        !st)
        return st;
    if (Status st = repeatingMeeting(m_me, s("Pipeline review"), s("FREQ=MONTHLY;BYDAY=1TH"), 120, 15 * 60, 90,
                                     "Our office", {m_myManager});
        !st)
        return st;
    return managersWeek();
}

Status Run::repeatingMeeting(int owner, const QString& subject, const QString& rule, int daysAgo, int minutes,
                             int length, const char* location, const std::vector<int>& invited)
{
    // The first occurrence on or before `daysAgo`: the rule decides the day, the start sets the time.
    const UserInfo& u = m_users[static_cast<size_t>(owner)];
    const qint64 start = at(-daysAgo, minutes, u.country);
    Record series(T::Activity);
    series.setId(newId());
    series.set(u"type", s("meeting"))
        .set(u"subject", subject)
        .set(u"owner_id", u.id)
        .set(u"time_zone", s(country(u.country).timeZone))
        .set(u"start_at", start)
        .set(u"end_at", start + length * MinuteMs)
        .set(u"location", s(location))
        .set(u"rrule", rule)
        .set(u"alarms", s("[10]"))
        .set(u"alarm_acked_at", nowUtc()) // what rang before the demo's morning was dealt with
        .set(u"done", false);
    const QString seriesId = series.id();
    if (Status st = put(std::move(series)); !st)
        return st;
    for (size_t k = 0; k < invited.size(); ++k) {
        if (invited[k] == owner)
            continue;
        Record attendee(T::ActivityAttendee);
        attendee.set(u"activity_id", seriesId)
            .set(u"user_id", m_users[static_cast<size_t>(invited[k])].id)
            .set(u"response", s(k % 3 == 2 ? "tentative" : "accepted"));
        if (Status st = put(std::move(attendee)); !st)
            return st;
    }
    return {};
}

Status Run::managersWeek()
{
    // The manager's week, so that a manager's calendar is not empty: a one-to-one with each of the team, the
    // sales managers' forecast call on Fridays, and visits to the team's customers beside their reps.
    static const char* const oneToOneDays[] = {"TU", "WE", "TH"};
    const auto& team = m_repsByTeam[DACH];
    for (size_t k = 0; k < team.size() && k < 4; ++k) {
        const QString rule = QStringLiteral("FREQ=WEEKLY;BYDAY=") + QLatin1String(oneToOneDays[k % 3]);
        const int minutes = 16 * 60 + 30 * static_cast<int>(k / 3);
        const QString name = m_users[static_cast<size_t>(team[k])].name;
        if (Status st = repeatingMeeting(m_myManager, QStringLiteral("One-to-one: ") + name, rule,
                                         70 + static_cast<int>(k), minutes, 30, "Our office", {team[k]});
            !st)
            return st;
    }
    std::vector<int> salesManagers;
    for (int t = DACH; t <= KeyAccounts; ++t)
        salesManagers.push_back(m_managers[static_cast<size_t>(t)]);
    if (Status st = repeatingMeeting(m_myManager, s("Forecast call"), s("FREQ=WEEKLY;BYDAY=FR"), 100, 11 * 60, 45,
                                     "Video call", salesManagers);
        !st)
        return st;
    std::vector<int> teamContacts;
    for (size_t i = 0; i < m_accounts.size() && teamContacts.size() < 100; ++i)
        if (std::find(team.begin(), team.end(), m_accounts[i].owner) != team.end() && m_accounts[i].owner != m_me)
            teamContacts.push_back(m_accounts[i].firstContact);
    if (teamContacts.empty())
        return {};
    struct Visit
    {
        int day;
        int minutes;
    };
    static const Visit visits[] = {{0, 10 * 60 + 30}, {1, 14 * 60}, {2, 9 * 60 + 30}, {3, 13 * 60}, {-2, 11 * 60}};
    for (const Visit& v : visits)
        if (Status st = activity(teamContacts[m_rng.below(teamContacts.size())], m_myManager, v.day, s("meeting"),
                                 v.day >= 0, v.minutes);
            !st)
            return st;
    return {};
}

Status Run::tickets()
{
    // The service desk's levels: working minutes on weekdays 08:00–18:00 Berlin time, Christmas off.
    BusinessHours desk = BusinessHours::officeHours(QTimeZone("Europe/Berlin"));
    for (int d = 1; d <= 5; ++d)
        desk.setDay(d, {8 * 60, 18 * 60});
    for (int year : {m_opt.today.year() - 1, m_opt.today.year(), m_opt.today.year() + 1})
        for (int day : {24, 25, 26})
            desk.addHoliday(QDate(year, 12, day));
    const QString hours = QString::fromUtf8(QJsonDocument(desk.toJson()).toJson(QJsonDocument::Compact));
    static const struct
    {
        const char* priority;
        const char* name;
        qint64 first, resolution;
    } levels[] = {{"urgent", "Urgent: 1 h / 4 h", 60, 240},
                  {"high", "High: 4 h / 2 days", 240, 1200},
                  {"normal", "Normal: 8 h / 5 days", 480, 3000},
                  {"low", "Low: 2 days / 10 days", 1200, 6000}};
    for (const auto& level : levels) {
        Record policy(T::SlaPolicy);
        policy.set(u"name", s(level.name))
            .set(u"priority", s(level.priority))
            .set(u"first_response_minutes", level.first)
            .set(u"resolution_minutes", level.resolution)
            .set(u"warn_minutes", level.first / 4)
            .set(u"hours", hours);
        if (Status st = put(std::move(policy)); !st)
            return st;
    }
    const qint64 count = std::max<qint64>(1, m_n / 5);
    const auto templates = demo::ticketTemplates();
    const auto products = demo::products();
    static const char* priorities[] = {"low", "normal", "high", "urgent"};
    static const char* channels[] = {"phone", "phone", "email", "email", "web", "walk_in"};
    const qint64 recentFew = std::min<qint64>(count / 4, 8);
    for (qint64 i = 0; i < count; ++i) {
        const double u = m_rng.unit();
        // Over two years, more of late as the business grew (today about 2.3 times as many a day as two years ago:
        // three fifths spread evenly, two fifths more the nearer today); and a few in the last week whatever the
        // book's size, so even a small demo has a desk at work.
        // The first three are one of each status still open, whatever the book's size: in overnight, acknowledged
        // yesterday, waiting on the customer since the day before.
        const int daysAgo = i < 3           ? static_cast<int>(i)
                            : i < recentFew ? static_cast<int>(7 * u * u)
                            : u < 0.6       ? static_cast<int>(730 * u / 0.6)
                                            : static_cast<int>(730 * (1 - std::sqrt((u - 0.6) / 0.4)));
        const int ci = static_cast<int>(m_rng.below(m_contacts.size()));
        const ContactInfo& c = m_contacts[static_cast<size_t>(ci)];
        const AccountInfo& a = m_accounts[static_cast<size_t>(c.account)];
        // Nothing happens after "now" (the demo day's morning): today's tickets came in overnight.
        qint64 opened = at(-daysAgo, 7 * 60 + static_cast<int>(m_rng.below(660)), a.country);
        if (opened >= nowUtc())
            opened = m_todayUtc + static_cast<qint64>(m_rng.below(static_cast<std::uint64_t>(nowUtc() - m_todayUtc)));
        const double p = m_rng.unit();
        const int priority = p < 0.2 ? 0 : p < 0.75 ? 1 : p < 0.95 ? 2 : 3;
        const double sr = m_rng.unit();
        const char* status;
        // A desk that keeps up: what is still open came in during the last weeks, and what nobody has answered yet
        // came in during the last hours (a few slip through, and show as breaches).
        const qint64 hoursOld = (nowUtc() - opened) / HourMs;
        if (daysAgo > 30)
            status = sr < 0.9 ? "closed" : "resolved";
        else if (daysAgo > 7)
            status = sr < 0.45 ? "resolved" : sr < 0.95 ? "closed" : sr < 0.995 ? "pending" : "open";
        else if (hoursOld >= 24)
            status = sr < 0.12 ? "open" : sr < 0.32 ? "pending" : "resolved";
        else if (hoursOld >= 4)
            status = sr < 0.05 ? "new" : sr < 0.45 ? "open" : sr < 0.6 ? "pending" : "resolved";
        else
            status = sr < 0.6 ? "new" : sr < 0.85 ? "open" : "resolved";
        if (i < 3)
            status = i == 0 ? "new" : i == 1 ? "open" : "pending";
        const bool isNew = qstrcmp(status, "new") == 0;
        const demo::TicketTemplate& t = templates[m_rng.below(templates.size())];
        const int productIndex = static_cast<int>(m_rng.below(SupportedProducts));
        const QString product = s(products[static_cast<size_t>(productIndex)].name);
        const int team = priority >= 2 ? ServiceSecond : ServiceFirst;
        const QString ticketId = newId();

        // Due as the write path sets them: the policy's working minutes on the desk's hours (a ticket in on Friday
        // evening is due on Monday), so the queue, the reports and `rapport-cli sla check` agree.
        const auto& level = levels[3 - priority];
        const qint64 firstDue = desk.addWorkingMinutes(opened, level.first);
        const qint64 resolutionDue = desk.addWorkingMinutes(opened, level.resolution);
        const qint64 firstResponse = firstDue - opened, resolution = resolutionDue - opened;

        Record r(T::Ticket, ticketId);
        r.set(u"number", QStringLiteral("T-%1").arg(100001 + i))
            .set(u"subject", fill(t.subject, product))
            .set(u"description", fill(t.message, product))
            .set(u"status", s(status))
            .set(u"priority", s(priorities[priority]))
            .set(u"category", Schema::ticketCategories().keyOf(s(t.category)))
            .set(u"channel", s(m_rng.pick(channels)))
            .set(u"contact_id", c.id)
            .set(u"account_id", a.id)
            .set(u"team_id", m_teamIds[static_cast<size_t>(team)])
            .set(u"opened_at", opened)
            .set(u"first_response_due", firstDue)
            .set(u"resolution_due", resolutionDue);
        if (!isNew)
            r.set(u"assignee_id", m_users[static_cast<size_t>(pickUser(m_agents))].id);
        // A desk that mostly keeps its service levels: about one answer in ten and one resolution in seven late.
        qint64 firstResponseAt = 0, resolvedAt = 0;
        if (!isNew) {
            firstResponseAt =
                opened + static_cast<qint64>(static_cast<double>(firstResponse) * (0.1 + 1.0 * m_rng.unit()));
            firstResponseAt = std::min(firstResponseAt, opened + (nowUtc() - opened) / 2);
            r.set(u"first_response_at", firstResponseAt);
        }
        // Waiting on the customer since the question the agent asked.
        if (qstrcmp(status, "pending") == 0)
            r.set(u"paused_since", firstResponseAt);
        const bool resolved = qstrcmp(status, "resolved") == 0 || qstrcmp(status, "closed") == 0;
        if (resolved) {
            resolvedAt = opened + static_cast<qint64>(static_cast<double>(resolution) * (0.15 + 1.0 * m_rng.unit()));
            const qint64 latest = nowUtc() - MinuteMs;
            resolvedAt = std::clamp(resolvedAt, std::min(firstResponseAt + MinuteMs, latest), latest);
            r.set(u"resolved_at", resolvedAt).set(u"resolution", fill(t.reply, product));
            if (qstrcmp(status, "closed") == 0) {
                r.set(u"closed_at", std::min(resolvedAt + m_rng.between(2, 7) * DayMs, nowUtc()));
                if (m_rng.chance(0.6)) {
                    const double sat = m_rng.unit();
                    r.set(u"satisfaction", sat < 0.4 ? 5 : sat < 0.75 ? 4 : sat < 0.9 ? 3 : sat < 0.96 ? 2 : 1);
                }
            }
        }
        // Breaches of the past were escalated then (the desktop escalates only new ones).
        if (!resolved) {
            const qint64 breach = firstResponseAt ? resolutionDue : firstDue;
            if (breach + HourMs < nowUtc())
                r.set(u"escalated_at", breach + HourMs);
        }
        const QString assignee = r.text(u"assignee_id");
        if (Status st = put(std::move(r)); !st)
            return st;

        auto entry = [&](const char* kind, const QString& body, qint64 when) {
            Record e(T::TicketEntry);
            e.set(u"ticket_id", ticketId).set(u"kind", s(kind)).set(u"body", body).set(u"sent_at", when);
            if (qstrcmp(kind, "customer") == 0)
                e.set(u"author_contact_id", c.id);
            else if (!assignee.isEmpty())
                e.set(u"author_user_id", assignee);
            return put(std::move(e));
        };
        // The conversation reads as the status says: an answer only on what is resolved; an open ticket has been
        // acknowledged, one waiting on the customer asks them something.
        if (Status st = entry("customer", fill(t.message, product), opened); !st)
            return st;
        if (qstrcmp(status, "open") == 0) {
            if (Status st = entry("reply", s(Acknowledgement), firstResponseAt); !st)
                return st;
        } else if (qstrcmp(status, "pending") == 0) {
            if (Status st = entry("reply", fill(t.question, product), firstResponseAt); !st)
                return st;
        } else if (resolved && resolvedAt - firstResponseAt > 2 * HourMs) {
            // Some took a question and its answer first.
            const bool asked = m_rng.chance(0.5);
            if (Status st = entry("reply", asked ? fill(t.question, product) : s(Acknowledgement), firstResponseAt);
                !st)
                return st;
            if (asked)
                if (Status st = entry("customer", s("Here are the details you asked for."),
                                      firstResponseAt + (resolvedAt - firstResponseAt) / 2);
                    !st)
                    return st;
            if (Status st = entry("reply", fill(t.reply, product), resolvedAt); !st)
                return st;
        } else if (resolved) {
            if (Status st = entry("reply", fill(t.reply, product), firstResponseAt); !st)
                return st;
        }
        if (firstResponseAt && qstrcmp(t.category, "Technical") == 0 && m_rng.chance(0.2))
            if (Status st = entry("note", s("Checked the customer's configuration; see attached log."),
                                  firstResponseAt +
                                      std::min(HourMs, ((resolvedAt ? resolvedAt : nowUtc()) - firstResponseAt) / 2));
                !st)
                return st;
        // The article that answers it, linked on a quarter of them.
        if (const QString& article =
                m_articles[static_cast<size_t>(t.article) * SupportedProducts + static_cast<size_t>(productIndex)];
            !article.isEmpty() && m_rng.chance(0.25)) {
            Record link(T::TicketArticle);
            link.set(u"ticket_id", ticketId).set(u"article_id", article);
            if (Status st = put(std::move(link)); !st)
                return st;
        }
    }
    return {};
}

Status Run::campaignMembers()
{
    const qint64 count = std::max<qint64>(1, m_n / 10);
    // What people do with a campaign depends on how it reached them.
    static const char* mailed[] = {"opened", "clicked", "clicked", "replied", "purchased"};
    static const char* invited[] = {"registered", "registered", "attended", "attended", "replied"};
    static const char* posted[] = {"replied", "replied", "purchased", "purchased", "registered"};
    for (qint64 i = 0; i < count; ++i) {
        const size_t campaign = m_rng.below(m_campaignIds.size());
        const int ci = static_cast<int>(m_rng.below(m_contacts.size()));
        const ContactInfo& c = m_contacts[static_cast<size_t>(ci)];
        // Consent is respected: an email campaign never reaches a contact without marketing consent.
        QString status;
        if (m_campaignChannel[campaign] == 0 && !c.emailMarketing)
            status = QStringLiteral("excluded");
        else if (m_campaignStatus[campaign] == 0)
            status = QStringLiteral("planned");
        else {
            const double x = m_rng.unit();
            status = x < 0.2    ? QStringLiteral("responded")
                     : x < 0.23 ? QStringLiteral("opted_out")
                                : QStringLiteral("sent");
        }
        const QString memberId = newId();
        Record m(T::CampaignMember, memberId);
        m.set(u"campaign_id", m_campaignIds[campaign]).set(u"contact_id", c.id).set(u"status", status);
        if (Status st = put(std::move(m)); !st)
            return st;
        if (status == QLatin1String("responded")) {
            Record r(T::CampaignResponse);
            r.set(u"campaign_id", m_campaignIds[campaign])
                .set(u"member_id", memberId)
                .set(u"contact_id", c.id)
                .set(u"kind", s(qstrcmp(m_campaignKind[campaign], "email") == 0         ? m_rng.pick(mailed)
                                : qstrcmp(m_campaignKind[campaign], "direct_mail") == 0 ? m_rng.pick(posted)
                                                                                        : m_rng.pick(invited)))
                .set(u"responded_at", at(responseDay(m_campaignIds[campaign], m_rng), 10 * 60, 0));
            if (Status st = put(std::move(r)); !st)
                return st;
        }
    }
    return {};
}

bool Run::run()
{
    for (auto step : {&Run::users, &Run::catalogue, &Run::knowledgeBase, &Run::campaigns, &Run::accounts,
                      &Run::contacts, &Run::leads, &Run::opportunities, &Run::orders, &Run::activities, &Run::myDay,
                      &Run::tickets, &Run::campaignMembers}) {
        if (!(this->*step)())
            return false;
    }
    return true;
}

/// Gives the demo's records the creation and modification times a book that has been in use for years has:
/// written in one go at the demo's "now", every record would say it was created and changed then. Each time is
/// worked out from the record and its row id (the same seed and day give the same times): a company some while
/// before its first order, its people after it (and their consent after they were met), a deal when it entered the
/// pipeline, a ticket or message when it was opened or sent, and the latest change of most records weeks or months ago,
/// of a few of them today. Straight UPDATEs of the demo's own book (it never syncs), made while the bulk load still has
/// the secondary indexes down: what one table needs of another is read by a GROUP BY joined on the ids, never row by
/// row. The two largest tables keep the demo's "now": activities and orders are shown by when they happen (start, due,
/// ordered), and rewriting their seven million rows at a million contacts would add most of a minute.
Status backdate(Database& db, qint64 now)
{
    // A fraction from 0 to 1 per row (by its `rid`) and salt: the row's place in a different permutation of the
    // residues modulo a prime for each salt, so that the fractions of one row do not go together.
    const auto f = [](int salt, const QString& rid = QStringLiteral("rid")) {
        return QStringLiteral("((((%1 * 2654435761) % 1000003) * %2 + %3) % 1000003 / 1000003.0)")
            .arg(rid)
            .arg(salt * 7919 + 1)
            .arg(salt * 104729);
    };
    // That many whole days (up to `most`), and a time within the working day (the demo's "now" is 06:00 UTC).
    const auto days = [&](int salt, int most, const QString& rid = QStringLiteral("rid")) {
        return QStringLiteral("(86400000 * CAST(%1 * %2 AS INTEGER))").arg(f(salt, rid)).arg(most);
    };
    const auto hours = [&](int salt) { return QStringLiteral("CAST(36000000 * %1 AS INTEGER)").arg(f(salt)); };
    // The latest change of `created`: mostly a while ago, now and then today.
    const auto lately = [&](const QString& created, const QString& rid = QStringLiteral("rid")) {
        return QStringLiteral("min(?1, max(%1, ?1 - CAST((?1 - %1) * %2 * %2 AS INTEGER)))").arg(created, f(7, rid));
    };
    // A person: after their company was created, or up to three years ago.
    const QString person = QStringLiteral("min(?1, b.base + CAST((?1 - b.base) * 0.9 * %1 AS INTEGER))")
                               .arg(f(4, QStringLiteral("b.rid")));
    const QStringList steps{
        // Companies: up to three years ago, and before their first order.
        QStringLiteral("UPDATE accounts SET created_at = ?1 - 86400000 * 30 - %1 + %2").arg(days(1, 1065), hours(2)),
        QStringLiteral("UPDATE accounts SET created_at = min(accounts.created_at, o.first - 86400000 - %1) FROM "
                       "(SELECT account_id, min(ordered_at) AS first FROM orders GROUP BY account_id) o WHERE "
                       "o.account_id = accounts.id")
            .arg(days(3, 90, QStringLiteral("accounts.rid"))),
        QStringLiteral("UPDATE accounts SET updated_at = %1").arg(lately(QStringLiteral("created_at"))),
        // Their email consent given between then and their latest change (the day, as the consent editor keeps it).
        QStringLiteral("UPDATE contacts SET created_at = %1, updated_at = %2, consent = CASE WHEN "
                       "json_extract(consent, '$.email.date') IS NULL THEN consent ELSE json_set(consent, "
                       "'$.email.date', date((%1 + CAST((%2 - %1) * %3 AS INTEGER)) / 1000, 'unixepoch')) END FROM "
                       "(SELECT c.rid, coalesce(a.created_at, ?1 - 86400000 * 1095) AS base FROM contacts c LEFT "
                       "JOIN accounts a ON a.id = c.account_id) b WHERE b.rid = contacts.rid")
            .arg(person, lately(person, QStringLiteral("b.rid")), f(12, QStringLiteral("b.rid"))),
        QStringLiteral("UPDATE leads SET created_at = ?1 - 86400000 - %1 + %2").arg(days(5, 365), hours(6)),
        QStringLiteral("UPDATE leads SET updated_at = %1").arg(lately(QStringLiteral("created_at"))),
        // A lead's email consent is what they said the day they were met.
        QStringLiteral("UPDATE leads SET consent = json_set(consent, '$.email.date', date(created_at / 1000, "
                       "'unixepoch')) WHERE json_extract(consent, '$.email.date') IS NOT NULL"),
        // Deals: when they entered the pipeline; changed when they last moved or closed.
        QStringLiteral("UPDATE opportunities SET created_at = min(coalesce(closed_at, ?1), ?1 - 86400000 - %1), "
                       "updated_at = min(coalesce(closed_at, ?1), ?1 - 86400000 - %1)")
            .arg(days(5, 365)),
        QStringLiteral("UPDATE opportunities SET created_at = min(coalesce(opportunities.closed_at, ?1), s.first), "
                       "updated_at = min(?1, max(s.first, coalesce(opportunities.closed_at, s.last))) FROM (SELECT "
                       "opportunity_id, min(changed_at) AS first, max(changed_at) AS last FROM stage_changes GROUP "
                       "BY opportunity_id) s WHERE s.opportunity_id = opportunities.id"),
        QStringLiteral("UPDATE stage_changes SET created_at = changed_at, updated_at = changed_at"),
        // Tickets: opened, and changed with their latest message or when resolved or closed.
        QStringLiteral("UPDATE tickets SET created_at = opened_at, updated_at = min(?1, max(opened_at, "
                       "coalesce(closed_at, resolved_at, 0)))"),
        QStringLiteral("UPDATE tickets SET updated_at = min(?1, max(tickets.updated_at, e.last)) FROM (SELECT "
                       "ticket_id, max(sent_at) AS last FROM ticket_entries GROUP BY ticket_id) e WHERE e.ticket_id = "
                       "tickets.id"),
        QStringLiteral("UPDATE ticket_entries SET created_at = sent_at, updated_at = sent_at"),
        QStringLiteral(
            "UPDATE campaigns SET created_at = min(?1, coalesce(unixepoch(start_date) * 1000, ?1) - 86400000 "
            "* 14 - %1)")
            .arg(days(9, 30)),
        QStringLiteral("UPDATE campaigns SET updated_at = min(?1, max(created_at, coalesce(unixepoch(end_date) * 1000, "
                       "created_at)))"),
        QStringLiteral("UPDATE kb_articles SET created_at = ?1 - 86400000 * 30 - %1").arg(days(10, 700)),
        QStringLiteral("UPDATE kb_articles SET updated_at = %1").arg(lately(QStringLiteral("created_at"))),
        QStringLiteral("UPDATE products SET created_at = ?1 - 86400000 * 400 - %1, updated_at = ?1 - 86400000 * 400 - "
                       "%1")
            .arg(days(11, 700)),
    };
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    for (const QString& sql : steps) {
        auto st = db.statements().get(sql);
        st->bind(1, now);
        if (!st->exec())
            return Error{DemoGenerator::tr("Demo data generation failed: %1").arg(st->errorText()), {}};
    }
    return tx.commit();
}

} // namespace

QuoteSettings DemoGenerator::quoteSettings()
{
    QuoteSettings q;
    q.companyName = QStringLiteral("Nordlicht Logistics Software GmbH");
    q.companyAddress = QStringLiteral("Friedrichstraße 123\n10117 Berlin\nGermany");
    q.companyContact = QStringLiteral("+49 30 1234567 · sales@nordlicht.example · VAT DE123456789");
    q.companyCountry = QStringLiteral("DE");
    q.terms = QCoreApplication::translate("DemoGenerator", "Payment within 30 days of invoice, without deduction. "
                                                           "Prices exclude delivery and travel. Our general terms "
                                                           "and conditions apply.");
    return q;
}

Result<DemoSummary> DemoGenerator::generate(RecordStore& store, const DemoOptions& options)
{
    Database& db = store.database();
    {
        SqlStatement st(db.handle(),
                        QStringLiteral("SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM contacts)"));
        if (st.step() != SqlStatement::Step::Row)
            return Error{tr("The database cannot be read: %1").arg(st.errorText()), {}};
        if (db.meta(QStringLiteral("demo_in_progress")) == QLatin1String("1"))
            return Error{tr("An earlier demo data generation into this file was interrupted. Delete the file and "
                            "start again."),
                         {}};
        if (st.int64(0) > 0)
            return Error{tr("The database already holds customer data. Demo data is only generated into an empty "
                            "database; choose a new file with --db."),
                         {}};
    }
    if (options.contacts < 10 || options.contacts > 50'000'000)
        return Error{tr("The number of demo contacts must be between 10 and 50,000,000."), {}};
    if (!options.today.isValid())
        return Error{tr("The demo date is not a valid date."), {}};

    // Reproducible ids and clock stamps: the same seed and day give the same database content.
    // Stamped at six in the morning of the demo's day, but never later than now: records stamped in the hours
    // ahead would carry the book's clock with them, and the first thing done after would look done later.
    const qint64 anchor = std::min(
        (options.today.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * DayMs + 6 * HourMs,
        std::max(options.today.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch()));
    const QString region = store.defaultRegion();
    store.setWallClock([anchor] { return anchor; });
    store.setDefaultRegion(QStringLiteral("DE"));

    // Secondary indexes are built once at the end: one sorted pass per index is several times
    // cheaper than maintaining every index row by row.
    QStringList tables;
    for (const EntityDef* def : Schema::all())
        tables << def->table;
    tables << QStringLiteral("phone_index") << QStringLiteral("email_index");
    // Partial indexes over what few demo activities have (reminders, series, calendar ids, tickets) and
    // over merged contacts stay: a few rows each while loading instead of a pass over the table each.
    const QStringList sparse{QStringLiteral("activities_by_ticket_id"),
                             QStringLiteral("activities_by_reminder_at"),
                             QStringLiteral("activities_by_owner_id_reminder_at"),
                             QStringLiteral("activities_by_owner_id_recurs_until"),
                             QStringLiteral("activities_by_series_id"),
                             QStringLiteral("activities_by_ical_uid"),
                             QStringLiteral("contacts_by_merged_into")};
    if (Status st = db.deferIndexes(tables, sparse); !st)
        return st.error();
    if (Status st = db.setMeta(QStringLiteral("demo_in_progress"), QStringLiteral("1")); !st)
        return st.error();
    (void)db.setBulkMode(true);

    QElapsedTimer timer;
    timer.start();
    // One thread invents records, this one writes them (and the writer's workers validate them).
    RecordQueue queue;
    Run run(queue, options);
    bool generated = false;
    std::unique_ptr<QThread> producer(QThread::create([&] {
        generated = run.run();
        queue.close();
    }));
    producer->start();

    const qint64 planned = 13 * std::max<qint64>(options.contacts, 10);
    RecordStore::BulkOptions bulkOptions;
    bulkOptions.journal = false;
    bulkOptions.checkReferences = false;
    bulkOptions.applyRules = false;
    bulkOptions.auditNote = tr("Demo data: %1 contacts, seed %2").arg(options.contacts).arg(options.seed);
    auto bulk = store.beginBulk(bulkOptions);
    DemoSummary summary;
    Result<DemoSummary> result = summary;
    int lastPercent = -1;
    for (;;) {
        std::vector<Record> chunk = queue.take();
        if (chunk.empty())
            break;
        Status failed;
        for (Record& r : chunk) {
            const EntityType type = r.type();
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                failed = Error{tr("Demo data generation was cancelled; the records written so far were kept."), {}};
            else
                failed = bulk->add(std::move(r));
            if (!failed)
                break;
            ++summary.counts[type];
            ++summary.total;
        }
        if (!failed) {
            queue.stop();
            result = failed.error();
            break;
        }
        const int percent = static_cast<int>(std::min<qint64>(98, summary.total * 100 / planned));
        if (options.progress && percent != lastPercent) {
            lastPercent = percent;
            options.progress(percent, tr("Writing demo records"));
        }
    }
    producer->wait();
    if (result && !generated)
        result = Error{tr("Demo data generation stopped early."), {}};
    if (result) {
        if (Status st = bulk->finish(); !st)
            result = st.error();
    }
    bulk.reset();
    if (result) {
        if (Status st = backdate(db, anchor); !st)
            result = st.error();
    }
    if (result) {
        summary.currentUserId = run.currentUserId();
        summary.currentUserName = QStringLiteral("Lena Hoffmann");
        result = summary;
    }
    if (options.progress)
        options.progress(99, tr("Building indexes"));
    if (Status st = db.restoreIndexes(); !st && result)
        result = st.error();
    (void)db.setBulkMode(false);

    store.setWallClock({});
    store.setDefaultRegion(region);
    if (!result)
        return result;
    result->elapsedMs = timer.elapsed();

    if (Status st = store.setCurrentUserId(result->currentUserId); !st)
        return st.error();
    // The customers' standing, scored at the demo's "now", so that the accounts show it from the first look.
    if (auto scored = CustomerReports::score(db, QStringLiteral("EUR"), anchor); !scored)
        return scored.error();
    // Last: the book is a finished demo.
    (void)db.setMeta(QStringLiteral("demo"), QStringLiteral("1"));
    (void)db.setMeta(QStringLiteral("demo_in_progress"), QStringLiteral("0"));
    (void)db.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed));
    (void)db.setMeta(QStringLiteral("demo_today"), options.today.toString(Qt::ISODate));
    return result;
}

} // namespace rapport
