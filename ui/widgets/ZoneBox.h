// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace rapport {

/// A choice of time zone as people know them: "(UTC+01:00) Berlin – Central European Standard Time", in the order
/// of their offsets from UTC, found by typing any part of the place or the name ("berl", "pacific"). The value
/// underneath is the zone's IANA id ("Europe/Berlin"), which is what is stored.
class ZoneBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ZoneBox(QWidget* parent = nullptr);

    /// A first choice standing for no zone of its own ("This computer's time zone", a contact's unknown zone);
    /// its id is empty.
    void addNone(const QString& text);
    /// The zone chosen, as its IANA id; empty for the "none" choice. Typed text becomes the zone it names: an id
    /// ("Europe/Berlin") or the one zone whose description contains it; text that names no zone (or several)
    /// comes back as typed, for the caller to refuse.
    QString zoneId() const;
    /// The zone chosen; invalid for the "none" choice and for text that names no zone.
    QTimeZone zone() const;
    /// Chooses the zone `id` ("" for the "none" choice); an id that is not among the choices (an old alias, a
    /// fixed offset) is added as one of its own, so that what is stored is shown and kept.
    void setZoneId(const QString& id);
};

} // namespace rapport
