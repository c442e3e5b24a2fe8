-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 8: the pipeline board. A closed column shows the deals closed lately, newest first: one index
-- range of (stage, closed_at) instead of a walk through every deal ever won or lost. Partial, so the open
-- columns (which never mention closed_at) keep to (stage, expected_close).
CREATE INDEX opportunities_by_stage_closed_at ON opportunities(stage, closed_at) WHERE closed_at IS NOT NULL;
