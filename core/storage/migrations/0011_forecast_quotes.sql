-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 11: what the manager's reports and the opportunity editor need.
--  * quotas: what a salesperson is expected to win in a month (managers set them; the forecast compares);
--  * quotes: versioned quote documents of an opportunity, their lines and totals frozen as issued, so a
--    quote reads the same on every laptop and in a year;
--  * opportunity_contacts: the buying roles of the customer's people in a deal;
--  * the closed deals' index (schema 8) also holds currency and amount, and only live deals: the forecast
--    sums a year of won deals from the index alone (368 → 71 ms at a million deals); the board's closed
--    columns page through it as before.
CREATE TABLE quotas (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (period_start) VIRTUAL,
  owner_id TEXT NOT NULL,
  team_id TEXT,
  period_start TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX quotas_by_period ON quotas(period_start, owner_id);

CREATE TABLE quotes (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (number || ' v' || version) VIRTUAL,
  opportunity_id TEXT NOT NULL,
  number TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  valid_until TEXT,
  currency TEXT NOT NULL,
  lines TEXT,
  discount_bp INTEGER,
  tax_rate_bp INTEGER,
  subtotal INTEGER,
  discount_total INTEGER,
  tax_total INTEGER,
  total INTEGER,
  bill_to TEXT,
  terms TEXT,
  notes TEXT,
  prepared_by TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX quotes_by_opportunity_id ON quotes(opportunity_id, version);
CREATE INDEX quotes_by_number ON quotes(number);

CREATE TABLE opportunity_contacts (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (role) VIRTUAL,
  opportunity_id TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  role TEXT NOT NULL,
  notes TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX opportunity_contacts_by_opportunity_id ON opportunity_contacts(opportunity_id);
CREATE INDEX opportunity_contacts_by_contact_id ON opportunity_contacts(contact_id);


DROP INDEX opportunities_by_stage_closed_at;
CREATE INDEX opportunities_by_stage_closed_at ON opportunities(stage, closed_at, currency, amount)
  WHERE closed_at IS NOT NULL AND deleted = 0;
-- A lead's engagement: the responses to the campaigns it is a member of.
CREATE INDEX campaign_responses_by_member_id ON campaign_responses(member_id) WHERE member_id IS NOT NULL;
