// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "widgets/ZoneBox.h"

#include "Formatting.h"
#include "domain/Validator.h"

#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace rapport {

namespace {

struct Choice
{
    QString id;
    QString text;
    int offset = 0;
};

/// The zones of places (not the old aliases such as "US/Eastern" or the fixed "Etc/GMT+5"), each described
/// for today in the UI language, by offset and place. Describing all of them takes ICU a good tenth of a
/// second, so they are described once a day and language.
const QList<Choice>& choices()
{
    static QList<Choice> list;
    static QString builtFor;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString key = QLocale().name() + now.date().toString(Qt::ISODate);
    if (builtFor == key)
        return list;
    static const QList<QByteArray> regions{"Africa/",   "America/",   "Antarctica/", "Arctic/", "Asia/",
                                           "Atlantic/", "Australia/", "Europe/",     "Indian/", "Pacific/"};
    list.clear();
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC" && std::none_of(regions.begin(), regions.end(),
                                        [&id](const QByteArray& region) { return id.startsWith(region); }))
            continue;
        const QTimeZone zone(id);
        list.append({QString::fromUtf8(id), Formatting::zone(QString::fromUtf8(id)), zone.offsetFromUtc(now)});
    }
    std::sort(list.begin(), list.end(), [](const Choice& a, const Choice& b) {
        return a.offset != b.offset ? a.offset < b.offset : QString::localeAwareCompare(a.text, b.text) < 0;
    });
    builtFor = key;
    return list;
}

} // namespace

ZoneBox::ZoneBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    for (const Choice& c : choices())
        addItem(c.text, c.id);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    // A chosen zone shows from its start ("This computer's time zone, …"), not scrolled to its end.
    connect(this, &QComboBox::currentIndexChanged, this, [this] { lineEdit()->setCursorPosition(0); });
}

void ZoneBox::addNone(const QString& text)
{
    insertItem(0, text, QString());
}

QString ZoneBox::zoneId() const
{
    const QString typed = currentText().trimmed();
    if (currentIndex() >= 0 && itemText(currentIndex()) == currentText())
        return itemData(currentIndex()).toString();
    if (typed.isEmpty())
        return {};
    if (const int exact = findText(typed, Qt::MatchFixedString); exact >= 0)
        return itemData(exact).toString();
    if (findData(typed) >= 0 || Validator::isKnownTimeZone(typed))
        return typed;
    // One zone whose place, name or id holds what was typed ("tokyo"; "vienna" where the list says "Wien";
    // "mountain" names several and is refused).
    QString found;
    for (int i = 0; i < count(); ++i) {
        const QString id = itemData(i).toString();
        if (id.isEmpty() ||
            !(itemText(i).contains(typed, Qt::CaseInsensitive) || id.contains(typed, Qt::CaseInsensitive)))
            continue;
        if (!found.isEmpty())
            return typed;
        found = id;
    }
    return found.isEmpty() ? typed : found;
}

QTimeZone ZoneBox::zone() const
{
    const QString id = zoneId();
    return !id.isEmpty() && Validator::isKnownTimeZone(id) ? QTimeZone(id.toUtf8()) : QTimeZone();
}

void ZoneBox::setZoneId(const QString& id)
{
    int i = findData(id);
    if (i < 0) {
        addItem(Formatting::zone(id), id);
        i = count() - 1;
    }
    setCurrentIndex(i);
}

} // namespace rapport
