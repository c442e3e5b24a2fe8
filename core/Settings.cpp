// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace rapport {

namespace Keys {
const QString version = QStringLiteral("settingsVersion");
const QString language = QStringLiteral("ui/language");
const QString phoneRegion = QStringLiteral("data/phoneRegion");
const QString displayZone = QStringLiteral("calendar/displayZone");
const QString databasePath = QStringLiteral("data/databasePath");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString serverUrl = QStringLiteral("sync/serverUrl");
const QString serverUser = QStringLiteral("sync/user");
} // namespace Keys

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(std::unique_ptr<QSettings> backing)
    : m_settings(std::move(backing))
{}

Settings::~Settings() = default;

void Settings::migrate()
{
    const int stored = m_settings->value(Keys::version, 0).toInt();
    if (stored >= Version)
        return;
    // Version 1 is the first; later versions move renamed keys here, one step per version.
    m_settings->setValue(Keys::version, Version);
}

QString Settings::language() const
{
    return m_settings->value(Keys::language).toString();
}
void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(Keys::language, language);
}
QString Settings::phoneRegion() const
{
    return m_settings->value(Keys::phoneRegion).toString();
}
void Settings::setPhoneRegion(const QString& region)
{
    m_settings->setValue(Keys::phoneRegion, region.toUpper());
}
QList<std::pair<QString, QString>> Settings::cannedResponses() const
{
    QList<std::pair<QString, QString>> out;
    const int n = m_settings->beginReadArray(QStringLiteral("canned_responses"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        out.append({m_settings->value(QStringLiteral("title")).toString(),
                    m_settings->value(QStringLiteral("text")).toString()});
    }
    m_settings->endArray();
    return out;
}

void Settings::setCannedResponses(const QList<std::pair<QString, QString>>& responses)
{
    m_settings->beginWriteArray(QStringLiteral("canned_responses"), int(responses.size()));
    for (int i = 0; i < responses.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("title"), responses[i].first);
        m_settings->setValue(QStringLiteral("text"), responses[i].second);
    }
    m_settings->endArray();
}

std::pair<QString, QString> Settings::ticketDraft(const QString& ticketId) const
{
    const QString key = QStringLiteral("ticket_drafts/") + ticketId;
    return {m_settings->value(key + QStringLiteral("/kind")).toString(),
            m_settings->value(key + QStringLiteral("/text")).toString()};
}

void Settings::setTicketDraft(const QString& ticketId, const QString& kind, const QString& text)
{
    const QString key = QStringLiteral("ticket_drafts/") + ticketId;
    if (text.trimmed().isEmpty()) {
        m_settings->remove(key);
        return;
    }
    m_settings->setValue(key + QStringLiteral("/kind"), kind);
    m_settings->setValue(key + QStringLiteral("/text"), text);
}

QString Settings::newTicketChannel() const
{
    return m_settings->value(QStringLiteral("tickets/new_channel"), QStringLiteral("phone")).toString();
}

void Settings::setNewTicketChannel(const QString& channel)
{
    m_settings->setValue(QStringLiteral("tickets/new_channel"), channel);
}

QString Settings::reportingCurrency() const
{
    return m_settings->value(QStringLiteral("reports/currency"), QStringLiteral("EUR")).toString();
}

void Settings::setReportingCurrency(const QString& currency)
{
    m_settings->setValue(QStringLiteral("reports/currency"), currency);
}

QuoteSettings Settings::quotes() const
{
    QuoteSettings q;
    const QString region = phoneRegion().isEmpty() ? systemRegion() : phoneRegion();
    m_settings->beginGroup(QStringLiteral("quotes"));
    q.companyName = m_settings->value(QStringLiteral("company_name")).toString();
    q.companyAddress = m_settings->value(QStringLiteral("company_address")).toString();
    q.companyContact = m_settings->value(QStringLiteral("company_contact")).toString();
    // Where the company is: as set, else where its phone numbers are.
    q.companyCountry = m_settings->value(QStringLiteral("company_country")).toString();
    if (q.companyCountry.isEmpty())
        q.companyCountry = region;
    q.logoPath = m_settings->value(QStringLiteral("logo")).toString();
    q.templatePath = m_settings->value(QStringLiteral("template")).toString();
    q.taxRateBp = m_settings->value(QStringLiteral("tax_rate_bp"), q.taxRateBp).toInt();
    q.validityDays = m_settings->value(QStringLiteral("validity_days"), q.validityDays).toInt();
    q.terms = m_settings->value(QStringLiteral("terms")).toString();
    m_settings->endGroup();
    return q;
}

void Settings::setQuotes(const QuoteSettings& q)
{
    m_settings->beginGroup(QStringLiteral("quotes"));
    m_settings->setValue(QStringLiteral("company_name"), q.companyName);
    m_settings->setValue(QStringLiteral("company_address"), q.companyAddress);
    m_settings->setValue(QStringLiteral("company_contact"), q.companyContact);
    m_settings->setValue(QStringLiteral("company_country"), q.companyCountry);
    m_settings->setValue(QStringLiteral("logo"), q.logoPath);
    m_settings->setValue(QStringLiteral("template"), q.templatePath);
    m_settings->setValue(QStringLiteral("tax_rate_bp"), q.taxRateBp);
    m_settings->setValue(QStringLiteral("validity_days"), q.validityDays);
    m_settings->setValue(QStringLiteral("terms"), q.terms);
    m_settings->endGroup();
}

QString Settings::displayZone() const
{
    return m_settings->value(Keys::displayZone).toString();
}

void Settings::setDisplayZone(const QString& zoneId)
{
    if (zoneId.isEmpty())
        m_settings->remove(Keys::displayZone);
    else
        m_settings->setValue(Keys::displayZone, zoneId);
}

QString Settings::serverUrl() const
{
    return m_settings->value(Keys::serverUrl).toString();
}
void Settings::setServerUrl(const QString& url)
{
    m_settings->setValue(Keys::serverUrl, url);
}
QString Settings::serverUser() const
{
    return m_settings->value(Keys::serverUser).toString();
}
void Settings::setServerUser(const QString& user)
{
    m_settings->setValue(Keys::serverUser, user);
}
QString Settings::databasePath() const
{
    return m_settings->value(Keys::databasePath).toString();
}
void Settings::setDatabasePath(const QString& path)
{
    m_settings->setValue(Keys::databasePath, path);
}
QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Keys::geometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(Keys::geometry, geometry);
}
QByteArray Settings::windowState() const
{
    return m_settings->value(Keys::state).toByteArray();
}
void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(Keys::state, state);
}

QString Settings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("rapport.sqlite"));
}

QList<QPair<QString, QString>> Settings::availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("it"), QStringLiteral("Italiano")}};
}

QString Settings::effectiveLanguage(const QString& configured)
{
    const QString wanted = configured.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : configured;
    for (const auto& [code, name] : availableLanguages())
        if (code == wanted)
            return code;
    return QStringLiteral("en");
}

QString Settings::systemRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return code.size() == 2 ? code : QStringLiteral("US");
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rapport.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
}

} // namespace rapport
