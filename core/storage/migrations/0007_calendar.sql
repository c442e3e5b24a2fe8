-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 7: the calendar. Reminders become minutes before the start (alarms) with a synced
-- acknowledgement (alarm_acked_at: every alarm up to then is dismissed) and snooze; reminder_at is
-- now derived, the next alarm to ring, so "what is due" stays one index range. Recurring series keep
-- the starts they do not produce (exdates; moved or changed occurrences are records of their own
-- pointing at the series through series_id and recurrence_id); recurs_until (derived) is when the
-- last occurrence ends, far in the future for a series without end, so a calendar finds the series
-- that reach into a range by one index range. ical_uid keeps an imported event's UID, so the same
-- file imported again updates instead of duplicating.
ALTER TABLE activities ADD COLUMN alarms TEXT;
ALTER TABLE activities ADD COLUMN alarm_acked_at INTEGER;
ALTER TABLE activities ADD COLUMN snoozed_until INTEGER;
ALTER TABLE activities ADD COLUMN exdates TEXT;
ALTER TABLE activities ADD COLUMN series_id TEXT;
ALTER TABLE activities ADD COLUMN recurrence_id INTEGER;
ALTER TABLE activities ADD COLUMN ical_uid TEXT;
ALTER TABLE activities ADD COLUMN recurs_until INTEGER;

-- A reminder set as an instant becomes the same alarm in minutes; one already dismissed is acknowledged.
UPDATE activities
   SET alarms = '[' || ((coalesce(start_at, due_at) - reminder_at) / 60000) || ']'
 WHERE reminder_at IS NOT NULL AND coalesce(start_at, due_at) >= reminder_at;
UPDATE activities SET alarm_acked_at = reminder_at WHERE reminder_at IS NOT NULL AND reminder_done = 1;
UPDATE activities SET reminder_at = NULL WHERE reminder_done = 1 OR alarms IS NULL;
ALTER TABLE activities DROP COLUMN reminder_done;

DROP INDEX activities_by_reminder_at;
CREATE INDEX activities_by_owner_id_reminder_at ON activities(owner_id, reminder_at) WHERE reminder_at IS NOT NULL;
CREATE INDEX activities_by_owner_id_recurs_until ON activities(owner_id, recurs_until) WHERE recurs_until IS NOT NULL;
CREATE INDEX activities_by_series_id ON activities(series_id) WHERE series_id IS NOT NULL;
CREATE INDEX activities_by_ical_uid ON activities(ical_uid) WHERE ical_uid IS NOT NULL;
