-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 9: exchange rates, so reports can add up deals in different currencies. A rate says what one
-- unit of `currency` is worth in `base_currency`, in millionths, from `valid_from` on; the rate of a day is
-- the latest one valid by then. Synced like any record (everyone reads them, managers set them).
CREATE TABLE exchange_rates (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (currency) VIRTUAL,
  currency TEXT NOT NULL,
  base_currency TEXT NOT NULL,
  micro_rate INTEGER NOT NULL,
  valid_from TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX exchange_rates_by_pair ON exchange_rates(currency, base_currency, valid_from);
