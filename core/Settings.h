// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Quotes.h"

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace rapport {

/// The user's preferences, typed, with named keys and defaults in one place. Backed by QSettings
/// (per user, never inside the database, which may be shared or synced).
class Settings
{
public:
    /// Uses the application's QSettings (organisation and application names must be set).
    Settings();
    /// Uses a given backing store (tests pass an INI file in a temporary folder).
    explicit Settings(std::unique_ptr<QSettings> backing);
    ~Settings();

    /// Bumped when keys are renamed or their meaning changes; migrate() moves old values along.
    static constexpr int Version = 1;
    void migrate();

    /// UI language as a BCP 47 name ("de", "en"); empty means the system's language.
    QString language() const;
    void setLanguage(const QString& language);

    /// ISO 3166 region for phone numbers typed without a country code; empty means the system locale's.
    QString phoneRegion() const;
    void setPhoneRegion(const QString& region);

    /// The IANA zone times are shown in; empty: the system's (a rep on the road follows the laptop).
    QString displayZone() const;
    void setDisplayZone(const QString& zoneId);

    /// Who quotes are from and how they look (company details, tax rate, validity, terms, template).
    QuoteSettings quotes() const;
    void setQuotes(const QuoteSettings& quotes);

    /// The agent's own canned responses for ticket replies, as (title, text).
    QList<std::pair<QString, QString>> cannedResponses() const;
    void setCannedResponses(const QList<std::pair<QString, QString>>& responses);
    /// A reply or note begun on a ticket and not sent: its kind ("reply" or "note") and text; an empty text
    /// when there is none. Kept across restarts, so an answer half written is never lost.
    std::pair<QString, QString> ticketDraft(const QString& ticketId) const;
    /// Keeps a ticket's draft; an empty text forgets it.
    void setTicketDraft(const QString& ticketId, const QString& kind, const QString& text);
    /// How the last ticket this person opened by hand came in ("phone", "email", "web", "walk_in"): a new
    /// ticket starts with it. A phone by default: an agent writing a ticket is mostly on a call.
    QString newTicketChannel() const;
    void setNewTicketChannel(const QString& channel);

    /// The currency boards, reports and list totals show amounts in (ISO 4217), converted at the exchange rates;
    /// EUR until chosen.
    QString reportingCurrency() const;
    void setReportingCurrency(const QString& currency);

    /// The Rapport server this desktop syncs with, and the user signed in to it (the password is never
    /// stored; the session token lives in the system keychain).
    QString serverUrl() const;
    void setServerUrl(const QString& url);
    QString serverUser() const;
    void setServerUser(const QString& user);

    /// The database the desktop opened last; empty means the default location.
    QString databasePath() const;
    void setDatabasePath(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// The default database file: <AppLocalDataLocation>/rapport.sqlite.
    static QString defaultDatabasePath();
    /// The language the UI would use for `language()` (resolving "system").
    static QString effectiveLanguage(const QString& configured);
    /// Languages the build ships translations for, as (code, native name).
    static QList<QPair<QString, QString>> availableLanguages();
    /// The region phone numbers default to when none is configured.
    static QString systemRegion();

private:
    std::unique_ptr<QSettings> m_settings;
};

/// Sets the organisation and application names that QSettings and QStandardPaths derive from,
/// identically for every Rapport program.
void setApplicationIdentity();

} // namespace rapport
