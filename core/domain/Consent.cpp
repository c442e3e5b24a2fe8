// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Consent.h"

#include "Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rapport {

namespace {

QString dayName(int day)
{
    return QLocale().dayName(day, QLocale::ShortFormat);
}

/// "Mon–Fri", "Mon, Wed, Fri", "Sat–Sun".
QString daysText(QList<int> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.isEmpty() || days.size() == 7)
        return {};
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
            ++j;
        if (j - i >= 2)
            parts << dayName(days[i]) + QChar(0x2013) + dayName(days[j]);
        else
            for (qsizetype k = i; k <= j; ++k)
                parts << dayName(days[k]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString Consent::sourceLabel(const ChannelConsent& consent)
{
    if (consent.source == QLatin1String("unsubscribed") && !consent.campaign.isEmpty())
        return tr("Unsubscribed from %1").arg(consent.campaign);
    return Schema::consentSources().label(consent.source);
}

const QStringList& Consent::channelKeys()
{
    static const QStringList keys{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("sms"),
                                  QStringLiteral("post")};
    return keys;
}

QString Consent::channelLabel(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("post"))
        return tr("Post");
    return channel;
}

Consent Consent::fromJson(const QString& json)
{
    Consent c;
    const QJsonObject all = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!channelKeys().contains(it.key()))
            continue;
        const QJsonObject o = it.value().toObject();
        ChannelConsent ch;
        if (o.value(QLatin1String("service")).isBool())
            ch.service = o.value(QLatin1String("service")).toBool();
        if (o.value(QLatin1String("marketing")).isBool())
            ch.marketing = o.value(QLatin1String("marketing")).toBool();
        ch.source = o.value(QLatin1String("source")).toString();
        ch.campaign = o.value(QLatin1String("campaign")).toString();
        ch.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        for (const QJsonValue& d : o.value(QLatin1String("days")).toArray())
            ch.days << d.toInt();
        ch.from = QTime::fromString(o.value(QLatin1String("from")).toString(), QStringLiteral("HH:mm"));
        ch.to = QTime::fromString(o.value(QLatin1String("to")).toString(), QStringLiteral("HH:mm"));
        c.m_channels.insert(it.key(), ch);
    }
    return c;
}

QString Consent::toJson() const
{
    if (m_channels.isEmpty())
        return {};
    QJsonObject all;
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        const ChannelConsent& ch = it.value();
        QJsonObject o;
        if (ch.service)
            o.insert(QStringLiteral("service"), *ch.service);
        if (ch.marketing)
            o.insert(QStringLiteral("marketing"), *ch.marketing);
        if (!ch.source.trimmed().isEmpty())
            o.insert(QStringLiteral("source"), ch.source.trimmed());
        if (!ch.campaign.trimmed().isEmpty())
            o.insert(QStringLiteral("campaign"), ch.campaign.trimmed());
        if (ch.date.isValid())
            o.insert(QStringLiteral("date"), ch.date.toString(Qt::ISODate));
        if (!ch.days.isEmpty() && ch.days.size() < 7) {
            QJsonArray days;
            for (int d : ch.days)
                days.append(d);
            o.insert(QStringLiteral("days"), days);
        }
        if (ch.from.isValid() && ch.to.isValid()) {
            o.insert(QStringLiteral("from"), ch.from.toString(QStringLiteral("HH:mm")));
            o.insert(QStringLiteral("to"), ch.to.toString(QStringLiteral("HH:mm")));
        }
        all.insert(it.key(), o);
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

std::optional<ChannelConsent> Consent::channel(const QString& key) const
{
    auto it = m_channels.find(key);
    if (it == m_channels.end())
        return std::nullopt;
    return *it;
}

void Consent::setChannel(const QString& key, const ChannelConsent& consent)
{
    m_channels.insert(key, consent);
}

QString Consent::windowText(const ChannelConsent& c)
{
    QStringList parts;
    const QString days = daysText(c.days);
    if (!days.isEmpty())
        parts << days;
    if (c.from.isValid() && c.to.isValid())
        parts << QLocale().toString(c.from, QLocale::ShortFormat) + QChar(0x2013) +
                     QLocale().toString(c.to, QLocale::ShortFormat);
    return parts.join(QStringLiteral(", "));
}

QString Consent::purposesText(const ChannelConsent& c)
{
    auto mark = [](const std::optional<bool>& v) {
        return !v ? QStringLiteral("?") : *v ? QStringLiteral("✓") : QStringLiteral("✗");
    };
    return tr("service %1, marketing %2").arg(mark(c.service), mark(c.marketing));
}

namespace {
/// "by email", "by phone": how the sentences below name a channel.
QString byChannel(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return Consent::tr("by email");
    if (channel == QLatin1String("phone"))
        return Consent::tr("by phone");
    if (channel == QLatin1String("sms"))
        return Consent::tr("by SMS");
    if (channel == QLatin1String("post"))
        return Consent::tr("by post");
    return channel;
}
} // namespace

Consent::Verdict Consent::check(const QString& channelKey, Purpose purpose, const QDateTime& when,
                                const QTimeZone& zone) const
{
    const QString channel = byChannel(channelKey);
    const auto ch = this->channel(channelKey);
    const std::optional<bool> agreed = !ch ? std::nullopt : purpose == Purpose::Marketing ? ch->marketing : ch->service;
    if (!agreed)
        return {false, purpose == Purpose::Marketing
                           ? tr("No consent to marketing %1 is recorded for this customer.").arg(channel)
                           : tr("No consent to being contacted %1 is recorded for this customer.").arg(channel)};
    if (!*agreed)
        return {false, purpose == Purpose::Marketing
                           ? tr("This customer declined marketing %1.").arg(channel)
                           : tr("This customer declined being contacted %1.").arg(channel)};
    const QDateTime local = when.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const bool dayOk = ch->days.isEmpty() || ch->days.contains(local.date().dayOfWeek());
    bool timeOk = true;
    if (ch->from.isValid() && ch->to.isValid()) {
        const QTime t = local.time();
        timeOk = ch->from <= ch->to ? (t >= ch->from && t < ch->to) : (t >= ch->from || t < ch->to);
    }
    if (dayOk && timeOk)
        return {};
    return {false, tr("It is %1 for this customer, outside the times they agreed to (%2).")
                       .arg(dayName(local.date().dayOfWeek()) + QLatin1Char(' ') +
                                QLocale().toString(local.time(), QLocale::ShortFormat),
                            windowText(*ch))};
}

} // namespace rapport
