// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class Database;

/// Someone a phone number belongs to.
struct Caller
{
    EntityType type = EntityType::Contact; ///< a contact, an account or a lead
    QString id;
    QString name;     ///< "Anna Schmidt", or the account's name
    QString company;  ///< a contact's account, a lead's company
    QString number;   ///< the stored number in E.164
    bool exact = true; ///< false: found by its last digits only (stored or dialled without country code)
};

/// Who is calling: the contacts, accounts and leads with a number, however it is written
/// ("+49 30 1234567", "030/123 45 67", "0049301234567", "(030) 1234567", "30 1234567"). The number is
/// read in the user's region and matched exactly by its E.164 form through the phone index; when that
/// finds nobody (the number is stored, or dialled, without its country code or with the wrong one), the
/// last seven digits find candidates, kept only when one national number ends the other and, when the
/// caller's country code is known, the stored number is in that country or is no valid line. Contacts come
/// first; an unknown number gives an empty list. The help desk's incoming-call flow calls this.
class CallerLookup
{
    Q_DECLARE_TR_FUNCTIONS(CallerLookup)

public:
    static Result<QList<Caller>> find(Database& db, const QString& number, const QString& region);
};

} // namespace rapport
