-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 2: what the desktop keeps for sync with a server.

-- A mutation the server refused (no permission, a record it does not know) stays in the outbox, marked,
-- with the server's reason in last_error: it is shown for review and never pushed again.
ALTER TABLE outbox ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;

-- Conflicts: a concurrent edit that lost, or an edit that met a delete. body is the conflict as the
-- protocol carries it (both values, both authors, both stamps, the value before). Resolving one is an
-- ordinary edit plus a resolution that syncs.
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  body TEXT NOT NULL,
  detected_at INTEGER NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX conflicts_open ON conflicts(resolved, detected_at);

-- Unpushed edits to records that left this user's scope (reassigned to someone else): kept for review.
CREATE TABLE kept_edits (
  seq INTEGER PRIMARY KEY,
  mutation_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL,
  payload TEXT NOT NULL,
  reason TEXT NOT NULL,
  kept_at INTEGER NOT NULL
);
