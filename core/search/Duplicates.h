// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
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

/// A contact already in the book that a new or edited contact is likely the same person as.
struct DuplicateCandidate
{
    QString id;
    QString title;   ///< the contact's name
    QString detail;  ///< account and e-mail address, to tell people apart
    int score = 0;   ///< 0-100, as for groups
    QStringList reasons;
};

/// What tells one contact from another in a list of duplicates.
struct ContactSummary
{
    QString id;
    QString name;
    QString account;
    QString email;
    QString phone;
};

/// What the duplicate rules look up for one contact, read from the record alone (so on any thread).
struct DuplicateProbe
{
    QString id;        ///< the contact's own id, never a match; empty for a new one
    QString sortKey;   ///< folded name
    QString accountId;
    QStringList emails;  ///< lower case
    QStringList phones;  ///< E.164
    QStringList domains; ///< of the e-mail addresses
};

/// "Find duplicates" over the whole book: contacts sharing an e-mail address (score 95) or a phone number
/// (85), or with the same name at the same account (80) or the same name and e-mail domain (70; not at a
/// public mail provider, see isPublicMailDomain). Pairs join into groups; each further kind of evidence adds
/// 5. A number or address shared by more than five contacts is a switchboard or a team mailbox, not a
/// person, and proves nothing. Best groups first.
class Duplicates
{
    Q_DECLARE_TR_FUNCTIONS(Duplicates)

public:
    static Result<QList<DuplicateGroup>> findContacts(Database& db, int limit = 1000);
    /// Name, account, primary e-mail and phone of each contact, in the order given (unknown ids left out).
    static QList<ContactSummary> summaries(Database& db, const QStringList& ids);
    /// The contacts `contact` (being created or edited; its own id, if any, is never a match) is likely a
    /// duplicate of, by the same rules, best first. Phone numbers typed without a country code are read
    /// in `region`. Each rule is an index lookup, so this runs as the person clicks Save.
    static Result<QList<DuplicateCandidate>> candidatesFor(Database& db, const Record& contact, const QString& region,
                                                           int limit = 5);
    /// The same in two steps: what to look up (pure: an import does it on its worker threads, ahead), and the
    /// lookups.
    static DuplicateProbe probeFor(const Record& contact, const QString& region);
    static Result<QList<DuplicateCandidate>> candidatesFor(Database& db, const DuplicateProbe& probe, int limit = 5);
    /// Whether `domain` is a public mail provider's (gmail.com, web.de, …), which tells nothing about where
    /// someone works.
    static bool isPublicMailDomain(QStringView domain);
};

} // namespace rapport
