// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rapport {

class RecordStore;

/// Everything held on one person, for their right of access and to data portability: the record with
/// every field, every record that refers to it (activities and attendances, tickets with their whole
/// conversation, opportunities, orders, campaign memberships…) with all of theirs, other people who refer
/// to it by name only (a direct report), and the history of the person's record in the audit log.
/// Reading it is recorded in the audit log.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    /// The contact or lead with this id (whichever it is), or an error in words.
    static Result<Record> person(RecordStore& store, const QString& id);
    static Result<QJsonObject> collect(RecordStore& store, const Record& person);
};

} // namespace rapport
