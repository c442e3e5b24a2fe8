-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 13: a company may call its stages by its own names ("Discovery" for Needs analysis); the latest
-- setting of a stage carries its name and its probability.
ALTER TABLE stage_settings ADD COLUMN label TEXT;
