-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 15: the help desk's queues, escalations and knowledge-base suggestions.
--
-- sla_due: when a ticket's running service-level clock breaches (the first response until there is one, then
-- the resolution), what every queue sorts on, most urgent first, through the indexes below. A ticket with no
-- target sorts after every running clock (7e15), one waiting on the customer, its clock stopped, after those
-- (8e15); resolved, closed and deleted tickets have none and are in no queue. Sla.h names the two values.
ALTER TABLE tickets ADD COLUMN sla_due INTEGER GENERATED ALWAYS AS (
  CASE
    WHEN deleted = 0 AND status IN ('new', 'open') THEN coalesce(
      CASE WHEN first_response_at IS NULL THEN coalesce(first_response_due, resolution_due) ELSE resolution_due END,
      7000000000000000)
    WHEN deleted = 0 AND status = 'pending' THEN 8000000000000000
  END) VIRTUAL;
CREATE INDEX tickets_by_sla_due ON tickets(sla_due);
CREATE INDEX tickets_by_assignee_id_sla_due ON tickets(assignee_id, sla_due) WHERE sla_due IS NOT NULL;
CREATE INDEX tickets_by_team_id_sla_due ON tickets(team_id, sla_due) WHERE sla_due IS NOT NULL;

-- When a breach was escalated to the team's manager (once per ticket; synced, so no other laptop repeats it).
ALTER TABLE tickets ADD COLUMN escalated_at INTEGER;

-- Knowledge-base suggestions: the articles' title, tags and text (without markup), stemmed, ranked by bm25 with
-- the title weighing most. rowid = kb_articles.rid. The write path keeps it current in the write's transaction.
CREATE VIRTUAL TABLE kb_index USING fts5(
  title, tags, body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO kb_index(kb_index, rank) VALUES('rank', 'bm25(8.0, 4.0, 1.0)');
INSERT INTO kb_index(rowid, title, tags, body)
  SELECT rid, title, coalesce(tags, ''), rapport_plain_text(body) FROM kb_articles WHERE deleted = 0;

-- The next ticket number (T-100001, T-100002, …) is the largest with the most digits plus one: one index step.
CREATE INDEX tickets_by_serial ON tickets(length(number), number);
-- Round robin gives a team's next ticket to the agent who was given one longest ago.
CREATE INDEX tickets_by_assignee_id_opened_at ON tickets(assignee_id, opened_at);
