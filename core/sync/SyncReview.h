// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>

namespace rapport {

class Database;
class RecordStore;

/// What a user reviews about sync: the conflicts kept for them and the changes still waiting for the
/// server. Shared by the desktop's review dialog and rapport-cli.
namespace SyncReview {

/// A change in the outbox.
struct PendingChange
{
    QString mutationId;
    QString entity;
    QString recordId;
    QString op;
    QStringList fields;
    qint64 createdAt = 0;
    bool rejected = false;
    QString reason; ///< the server's, when rejected
};

QList<sync::Conflict> conflicts(Database& db, bool includeResolved = false);
QList<PendingChange> pendingChanges(Database& db);

enum class Keep { Mine, Theirs, Dismiss };
/// Resolves a conflict: keeping a value is an ordinary edit (it syncs like any other), then the conflict
/// is marked resolved for everyone. "Mine" is the current user's side of it. A ticket given another number
/// because its own was taken (Tickets::NumberTakenReason) can only be dismissed.
Status resolve(RecordStore& store, const QString& conflictId, Keep keep);

} // namespace SyncReview
} // namespace rapport
