// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace rapport {

class Database;

/// Everything a deal's page shows besides its own fields: its line items, the buying roles of the
/// customer's people, the whole stage history, and its quotes; and the catalogue to add items from.
struct OpportunityDetails
{
    struct Line
    {
        QString id, productId, description, sku, unit, currency;
        qint64 quantity = 0, unitPrice = 0, discountBp = 0, total = 0;
    };
    struct Role
    {
        QString id, contactId, contact, jobTitle, role, notes;
    };
    struct Step
    {
        qint64 changedAt = 0;
        QString fromStage, toStage, currency, expectedClose, changedBy;
        qint64 amount = 0;
        int probability = 0;
        bool hasAmount = false;
    };

    Record deal{EntityType::Opportunity};
    QString account;   ///< the account's name
    QList<Line> lines;
    QList<Role> roles;
    QList<Step> history; ///< newest first
    QList<Record> quotes; ///< newest version first
};

/// A product as it can be added to a deal: its price in the deal's currency (the default price book's,
/// else any active book's in that currency).
struct CatalogueItem
{
    QString productId, sku, name, category, unit;
    qint64 unitPrice = 0;
};

class OpportunityDetailsReader
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityDetailsReader)

public:
    static Result<OpportunityDetails> read(Database& db, const QString& opportunityId);
    /// Active products with a price in `currency`, by name.
    static Result<QList<CatalogueItem>> catalogue(Database& db, const QString& currency);

    /// The writes that set the deal's amount to the sum of its lines after `lines` changed (nothing when
    /// the deal has no lines left, so an amount typed by hand stays).
    static QList<Mutation> amountFollowsLines(const QString& opportunityId, const QList<qint64>& lineTotals);
};

} // namespace rapport
