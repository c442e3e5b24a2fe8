// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/Quotes.h"

#include "domain/Result.h"
#include "domain/Schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <atomic>
#include <cstdint>
#include <functional>

namespace rapport {

class RecordStore;

struct DemoOptions
{
    qint64 contacts = 2000;
    std::uint64_t seed = 1;
    /// The day the data is centred on: three years of history before it, plans after it.
    QDate today = QDate::currentDate();
    /// Called now and then with the share done (0–100) and what is being written.
    std::function<void(int percent, const QString& stage)> progress;
    /// Set from another thread to stop early; what was written so far stays committed.
    const std::atomic<bool>* cancel = nullptr;
};

struct DemoSummary
{
    QMap<EntityType, qint64> counts;
    qint64 total = 0;
    qint64 elapsedMs = 0;
    QString currentUserId;
    QString currentUserName;
};

/// Fills an empty database with deterministic, realistic demo data scaled from a number of contacts:
/// about N/10 accounts with hierarchies, N contacts with org charts, ~5N activities over three years,
/// ~N/5 opportunities with stage history and line items, ~2N orders, ~N/5 tickets with conversations,
/// knowledge articles, campaigns, leads, products and users in several teams. The same seed and the
/// same `today` give the same data.
///
/// Demo data goes through the write path's bulk mode (validated, normalised, indexed), but without
/// outbox or per-record audit entries: the database is marked as a demo and never syncs.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static Result<DemoSummary> generate(RecordStore& store, const DemoOptions& options);
    /// The demo company's quote letterhead and terms, for a newcomer's first quote.
    static QuoteSettings quoteSettings();
};

} // namespace rapport
