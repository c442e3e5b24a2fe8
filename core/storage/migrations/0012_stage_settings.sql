-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 12: the company's default probability of each stage (everyone reads them, managers set them). The
-- stages themselves are the sales process's; a deal entering one gets the latest setting's probability.
CREATE TABLE stage_settings (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (stage) VIRTUAL,
  stage TEXT NOT NULL,
  probability INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX stage_settings_by_stage ON stage_settings(stage, updated_at);
