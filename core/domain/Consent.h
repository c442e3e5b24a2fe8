// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace rapport {

/// What a customer agreed to on one channel (email, phone, SMS, post): for which purposes, where and when
/// it was recorded, and on which days and hours they may be contacted.
struct ChannelConsent
{
    std::optional<bool> service;   ///< unset: never asked
    std::optional<bool> marketing; ///< unset: never asked
    QString source;                ///< how it was given: a Schema::consentSources() key ("web_form"), or free text
    QDate date;                    ///< when it was given or changed
    QList<int> days;               ///< 1 (Monday) … 7 (Sunday); empty: any day
    QTime from, to;                ///< invalid: any time
    QString campaign = {};         ///< the campaign unsubscribed from, for the source "unsubscribed"

    bool operator==(const ChannelConsent&) const = default;
};

/// A contact's communication consent: the `consent` field of a contact, as a value. The channels and
/// purposes follow the Validator's JSON shape; checking an action against it is what the call and email
/// buttons and the campaigns do before reaching out.
class Consent
{
    Q_DECLARE_TR_FUNCTIONS(Consent)

public:
    enum class Purpose { Service, Marketing };

    /// The channels in the order they are shown: email, phone, sms, post.
    static const QStringList& channelKeys();
    static QString channelLabel(const QString& channel);

    /// How the customer agreed, in the user's language: the source's label (Schema::consentSources(), which
    /// also gives the key to store for a source typed or chosen), with the campaign for "unsubscribed"
    /// ("Unsubscribed from Newsletter").
    static QString sourceLabel(const ChannelConsent& consent);

    static Consent fromJson(const QString& json);
    /// Compact JSON as the contact's field holds it; null when nothing is recorded.
    QString toJson() const;

    bool isEmpty() const { return m_channels.isEmpty(); }
    std::optional<ChannelConsent> channel(const QString& key) const;
    void setChannel(const QString& key, const ChannelConsent& consent);
    void removeChannel(const QString& key) { m_channels.remove(key); }

    /// Whether the customer may be contacted on `channel` for `purpose` at `when`, judged in their time
    /// zone (`zone`; invalid: UTC). `warning` is empty when everything is fine, else one translated
    /// sentence for the person about to call or write, naming what is missing or when contact is welcome.
    struct Verdict
    {
        bool allowed = true;
        QString warning;
    };
    Verdict check(const QString& channel, Purpose purpose, const QDateTime& when, const QTimeZone& zone) const;

    /// "Mon–Fri, 08:00–17:00" in the user's language; empty when any time is fine.
    static QString windowText(const ChannelConsent& consent);
    /// "service ✓, marketing ✗" in the user's language; "?" for a purpose never asked about.
    static QString purposesText(const ChannelConsent& consent);

    bool operator==(const Consent&) const = default;

private:
    QMap<QString, ChannelConsent> m_channels;
};

} // namespace rapport
