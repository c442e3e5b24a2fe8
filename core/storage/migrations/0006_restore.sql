-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 6: a delete can be taken back (Edit → Undo): the outbox carries 'restore' mutations and the audit
-- log records them. SQLite cannot change a CHECK constraint, so both tables are rebuilt with every row kept.
CREATE TABLE outbox_new (
  seq INTEGER PRIMARY KEY,
  mutation_id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  rejected INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_new(seq, mutation_id, entity, record_id, op, payload, created_at, attempts, last_error, rejected)
  SELECT seq, mutation_id, entity, record_id, op, payload, created_at, attempts, last_error, rejected FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_by_record ON outbox(record_id);

CREATE TABLE audit_log_new (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id TEXT,
  device TEXT,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'erase', 'export', 'merge',
                                         'unmerge', 'bulk')),
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
INSERT INTO audit_log_new SELECT seq, at, user_id, device, entity, record_id, action, field, old_value, new_value
  FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_by_record ON audit_log(record_id, seq);
