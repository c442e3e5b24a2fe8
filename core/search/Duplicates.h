// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rapport {

class Database;

/// Contacts that are probably the same person, with why and how sure.
struct DuplicateGroup
{
    QStringList ids;     ///< contact ids, oldest first
    int score = 0;       ///< 0-100: how likely they are one person
    QStringList reasons; ///< translated, one per rule that matched
};

/// "Find duplicates" over the whole book: contacts sharing an e-mail address (score 95) or a phone number
/// (85), or with the same name at the same account (80) or the same name and e-mail domain (70). Pairs
/// join into groups; each further kind of evidence adds 5. A number or address shared by more than five
/// contacts is a switchboard or a team mailbox, not a person, and proves nothing. Best groups first.
class Duplicates
{
    Q_DECLARE_TR_FUNCTIONS(Duplicates)

public:
    static Result<QList<DuplicateGroup>> findContacts(Database& db, int limit = 1000);
};

} // namespace rapport
