// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

namespace rapport {

class Database;

/// The close periods boards and reports offer.
enum class ClosePeriod { Any, ThisMonth, ThisQuarter, NextQuarter, ThisYear };

/// Which deals a pipeline board shows.
struct PipelineFilter
{
    /// Sets closeFrom and closeTo to `period` as seen on `today` (Any clears them).
    void closingIn(ClosePeriod period, const QDate& today);

    QStringList owners;  ///< empty: everyone's
    QString teamId;      ///< empty: every team
    QDate closeFrom;     ///< expected close, inclusive; invalid: open-ended
    QDate closeTo;       ///< inclusive
    qint64 minAmount = 0; ///< minor units, whatever the currency
    /// Closed deals appear when they closed from this instant on (UTC ms): a board of a year's closed deals
    /// would be mostly history.
    qint64 closedSince = 0;
};

/// One deal on a card.
struct PipelineCard
{
    QString id;
    QString name;
    QString account;
    QString owner;
    QString stage;
    QString currency;
    QString expectedClose; ///< YYYY-MM-DD, or empty
    qint64 amount = 0;     ///< minor units
    int probability = 0;
    qint64 closedAt = 0;   ///< UTC ms, for closed deals
    qint64 rid = 0;        ///< the paging key with expectedClose (open) or closedAt (closed)

    bool operator==(const PipelineCard&) const = default;
};

/// A stage's column: how many deals and how much, per currency (amounts keep their currency).
struct PipelineColumn
{
    QString stage;
    qint64 count = 0;
    QMap<QString, qint64> amount;   ///< by currency
    QMap<QString, qint64> weighted; ///< amount × probability, by currency
};

/// One stage of the pipeline report, in the reporting currency.
struct PipelineStageFigures
{
    QString stage;
    qint64 count = 0;
    qint64 amount = 0;   ///< minor units of the reporting currency
    qint64 weighted = 0; ///< amount × probability
};

/// The pipeline by stage, converted to one currency.
struct PipelineReport
{
    QString currency;
    QDate ratesOf;                    ///< the day whose exchange rates were used
    QList<PipelineStageFigures> stages; ///< every stage, in the order of the sales process
    QStringList unconverted;          ///< currencies without a rate: their deals are counted, not summed
};

/// The pipeline board's reads: a column per stage with its totals, and each column's cards a page at a time,
/// open stages in order of expected close (keyset paging on the (stage, expected_close) index, so the
/// 200,000th card costs what the first does; deals without an expected close come first), closed stages
/// latest first from `closedSince` on (the (stage, closed_at) index).
class Pipeline
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)

public:
    /// Every stage, in the order of the sales process, with its totals under `filter`.
    static Result<QList<PipelineColumn>> columns(Database& db, const PipelineFilter& filter);
    /// The pipeline by stage under `filter`, amounts converted to `currency` at the rates of `day`.
    static Result<PipelineReport> report(Database& db, const PipelineFilter& filter, const QString& currency,
                                         const QDate& day);
    /// The open (or closed) stages as an SQL list of literals — the schema's own keys, never user input.
    static QString stageList(bool closed);
    /// The ids of the people who own deals (the choices of "whose deals": not an administrator or an agent who
    /// owns none); an index probe each.
    static Result<QSet<QString>> dealOwners(Database& db);
    /// Up to `limit` cards of `stage` after `after` (the last card of the previous page; none: from the start).
    static Result<QList<PipelineCard>> cards(Database& db, const PipelineFilter& filter, const QString& stage,
                                             const PipelineCard* after, int limit);
};

} // namespace rapport
