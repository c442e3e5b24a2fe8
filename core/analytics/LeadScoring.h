// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QDate>

namespace rapport {

class Database;

/// What a lead has done: its campaign memberships and their responses.
struct LeadEngagement
{
    bool responded = false; ///< a membership marked responded
    bool contacted = false; ///< a campaign was sent to it
    bool optedOut = false; ///< a membership opted out, or a response unsubscribed
    int opened = 0, clicked = 0, replied = 0, registered = 0, attended = 0, purchased = 0;
};

/// A lead's score (0–100) and how it came about: fit (who they are: seniority, a company, a business
/// address, a phone, where they came from) and engagement (how they answered campaigns, how fresh they are),
/// weighted 60:40. Every point has a reason a person can read.
struct LeadScore
{
    int fit = 0;
    int engagement = 0;
    int score = 0;
    QStringList reasons; ///< translated, the biggest first
};

class LeadScoring
{
    Q_DECLARE_TR_FUNCTIONS(LeadScoring)

public:
    static LeadScore score(const Record& lead, const LeadEngagement& engagement, const QDate& today);
    static Result<LeadEngagement> engagement(Database& db, const QString& leadId);
    /// Scores the leads and returns the updates of those whose stored score differs (converted leads keep
    /// theirs), for one undoable step or the command line.
    static Result<QList<Mutation>> rescore(RecordStore& store, const QStringList& leadIds, const QDate& today);
};

} // namespace rapport
