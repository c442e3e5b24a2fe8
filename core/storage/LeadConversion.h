// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "storage/RecordStore.h"
#include "search/Duplicates.h"

#include <QCoreApplication>

namespace rapport {

/// What converting a lead will do, worked out before anything is written, so the person sees it first:
/// the account (an existing one of the same name, or a new one), the people already in the book the lead
/// is likely to be, and the deal to open.
struct LeadConversionPlan
{
    Record lead{EntityType::Lead};
    QString accountId;   ///< an existing account of the lead's company; empty: one is created
    QString accountName;
    QList<DuplicateCandidate> duplicates; ///< contacts the lead probably is, best first
    QString contactId;   ///< the contact to use; empty: a new contact is created from the lead
    bool openDeal = true;
    QString dealName;
    qint64 amount = 0;   ///< minor units
    QString currency = QStringLiteral("EUR");
    QString expectedClose; ///< YYYY-MM-DD or empty
};

/// What a conversion made.
struct ConvertedLead
{
    QString accountId;
    QString contactId;
    QString opportunityId; ///< empty when no deal was opened
};

/// Turning a qualified lead into an account, a contact and an opportunity in one step: duplicates are
/// looked for first (an account of the same name is reused; a likely duplicate contact is offered), then
/// everything is written in one transaction, the lead marked converted and pointing at what it became. The
/// lead's communication consent goes with them: the new contact has it; an existing one takes each answer it
/// never gave, and replaces one it gave only with a lead's answer known to be later (an undated "no" stays).
class LeadConversion
{
    Q_DECLARE_TR_FUNCTIONS(LeadConversion)

public:
    static Result<LeadConversionPlan> plan(RecordStore& store, const QString& leadId, const QString& phoneRegion);
    /// The writes a conversion is (for an undoable command), and what they make.
    static QList<Mutation> mutations(RecordStore& store, const LeadConversionPlan& plan, ConvertedLead& made);
    /// Writes them in one transaction.
    static Result<ConvertedLead> convert(RecordStore& store, const LeadConversionPlan& plan);
};

} // namespace rapport
