// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace rapport {

class Database;

/// Kinds of entries in a customer's timeline; each can be shown or hidden.
enum class HistoryKind : quint8 {
    Activity = 1,    ///< calls, meetings, tasks, emails and notes logged
    Ticket = 2,      ///< a service request opened
    TicketEntry = 3, ///< a message on a ticket: the customer's, a reply, an internal note
    Deal = 4,        ///< an opportunity opened
    StageChange = 5, ///< an opportunity moved to another stage
    Order = 6,       ///< a purchase
    Quote = 7,       ///< a quote issued for a deal (opens the deal)
};

/// One interaction in a customer's history. `type`/`id` is the record to open for it.
struct HistoryEntry
{
    qint64 at = 0; ///< UTC epoch milliseconds
    HistoryKind kind = HistoryKind::Activity;
    qint64 rid = 0; ///< with `at` and `kind`, where the next page continues
    EntityType type = EntityType::Activity;
    QString id;
    QString subtype; ///< activity type, ticket entry kind, stage (keys, not labels)
    QString title;   ///< subject, deal name, order number
    QString detail;  ///< description, message, outcome, amount: ready to show
    QString person;  ///< the contact it concerns (account timelines show it)
    bool done = false;
};

/// A single timeline of every interaction with a customer, newest first, across every contact point,
/// read a page at a time (keyset on time, kind and row) so a customer with years of history opens as fast
/// as a new one. Runs on any connection, typically a reader thread's.
class CustomerHistory
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHistory)

public:
    static constexpr int PageSize = 50;

    /// The history of a contact, including contacts that were merged into it. `kinds` empty: every kind;
    /// `activityTypes` empty: activities of every type, else those types only ("call", "email", …).
    static Result<QList<HistoryEntry>> ofContact(Database& db, const QString& contactId,
                                                 const QList<HistoryKind>& kinds = {},
                                                 const HistoryEntry* after = nullptr, int limit = PageSize,
                                                 const QStringList& activityTypes = {});
    /// The history of an account and everyone at it (merged accounts included).
    static Result<QList<HistoryEntry>> ofAccount(Database& db, const QString& accountId,
                                                 const QList<HistoryKind>& kinds = {},
                                                 const HistoryEntry* after = nullptr, int limit = PageSize,
                                                 const QStringList& activityTypes = {});
    /// The history of a deal: when it opened, its activities (done and planned), its stage changes, quotes
    /// and orders. Entries name what happened rather than the deal. Tickets are no kind of a deal's.
    static Result<QList<HistoryEntry>> ofOpportunity(Database& db, const QString& opportunityId,
                                                     const QList<HistoryKind>& kinds = {},
                                                     const HistoryEntry* after = nullptr, int limit = PageSize,
                                                     const QStringList& activityTypes = {});
};

} // namespace rapport
