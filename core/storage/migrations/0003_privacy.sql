-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
-- Privacy: exporting what is held on a person is audited too. SQLite cannot change a CHECK constraint,
-- so the audit log is rebuilt with 'export' among its actions, keeping every entry.
CREATE TABLE audit_log_new (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id TEXT,
  device TEXT,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'erase', 'export', 'merge', 'unmerge', 'bulk')),
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
INSERT INTO audit_log_new SELECT seq, at, user_id, device, entity, record_id, action, field, old_value, new_value
  FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_by_record ON audit_log(record_id, seq);
