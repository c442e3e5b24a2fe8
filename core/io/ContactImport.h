// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "io/VCardReader.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport {

/// What an import did, and each card it left out with why.
struct ImportReport
{
    int created = 0;
    int accountsCreated = 0;
    QList<VCardProblem> problems; ///< sorted by line
    /// The cards left out: a card with several bad lines once, a line outside any card not at all.
    int cardsLeftOut() const;
};

/// Contacts into the book from other programs' files. Every card that is well-formed and valid becomes a
/// contact (its organisation the account of that name, created when there is none), all in one
/// transaction; a card that is not is left out and reported with its line, so the report says exactly
/// what came in and what did not (should a card fail only when written, the cards are written one by
/// one to name it). A dry run checks the cards and writes nothing.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    static Result<ImportReport> vcards(RecordStore& store, const QByteArray& file, bool dryRun);
    /// The contact record an imported contact becomes (empty fields left out).
    static Record recordFor(const ExportedContact& contact, const QString& accountId);
    /// A large load of contacts and their new accounts builds the indexes of those tables and of their
    /// phone and e-mail entries after its rows, but for the ones imports read while they run: accounts
    /// and people by name, people by account, e-mail address and phone number (matching and duplicate
    /// checks).
    static void deferIndexes(RecordStore::BulkOptions& options);
};

/// The accounts imported contacts belong to, by organisation name: found in the book (any letter case) or
/// made once for all their people.
class ImportedAccounts
{
public:
    explicit ImportedAccounts(RecordStore& store)
        : m_store(store)
    {}
    /// The account's id; empty for an empty name. A new account is only noted here (see created()).
    QString idFor(const QString& name);
    /// The accounts to create, in the order first needed.
    const QList<Record>& created() const { return m_created; }

private:
    RecordStore& m_store;
    QHash<QString, QString> m_ids; ///< lower-case name → id
    QList<Record> m_created;
};

/// The users imported contacts are given to, by what a file names them: a user name, an e-mail address or
/// a display name ("Emily Sanchez", as Rapport and other CRMs export the owner), without regard to case.
/// A name that fits no user, or several, finds none.
class ImportedOwners
{
public:
    struct Owner
    {
        QString id, teamId;
    };
    explicit ImportedOwners(Database& db)
        : m_db(db)
    {}
    /// The user `name` means; nothing for an empty name, an unknown one or one several users share.
    std::optional<Owner> find(const QString& name);

private:
    Database& m_db;
    bool m_read = false;
    QHash<QString, Owner> m_exact; ///< lower-case user name, address or unshared display name → user
};

} // namespace rapport
