-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 14: service levels. A policy per ticket priority (and, optionally, per account tier) gives the
-- working minutes to a first response and to a resolution on its business hours (zone, opening hours,
-- holidays, as JSON); everyone reads the policies, managers set them. A ticket keeps when it began waiting on
-- the customer and the working minutes it has waited, so its resolution time moves by exactly that.
CREATE TABLE sla_policies (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  priority TEXT NOT NULL,
  tier TEXT,
  first_response_minutes INTEGER NOT NULL,
  resolution_minutes INTEGER NOT NULL,
  warn_minutes INTEGER,
  hours TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX sla_policies_by_priority ON sla_policies(priority, tier);

ALTER TABLE tickets ADD COLUMN paused_since INTEGER;
ALTER TABLE tickets ADD COLUMN paused_minutes INTEGER;
CREATE INDEX tickets_by_first_response_due ON tickets(first_response_due)
  WHERE first_response_at IS NULL AND deleted = 0;
CREATE INDEX tickets_by_resolution_due ON tickets(resolution_due) WHERE resolved_at IS NULL AND deleted = 0;
