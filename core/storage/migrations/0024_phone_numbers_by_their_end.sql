-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 24: a phone number found by however many of its last digits are typed ("0771" of +49 40 8770771),
-- not only by its last seven. The phone index keeps a number's digits reversed, so that the numbers ending in
-- some digits are one range of its index.
DROP INDEX IF EXISTS phone_index_by_tail;
ALTER TABLE phone_index DROP COLUMN tail;
ALTER TABLE phone_index ADD COLUMN reversed TEXT NOT NULL DEFAULT '';
UPDATE phone_index SET reversed = rapport_reversed_digits(e164);
CREATE INDEX phone_index_by_reversed ON phone_index(reversed);
-- An import interrupted before it rebuilt its indexes rebuilds the new one instead of the old.
UPDATE meta SET value = replace(value, 'CREATE INDEX phone_index_by_tail ON phone_index(tail)',
                                'CREATE INDEX phone_index_by_reversed ON phone_index(reversed)')
 WHERE key = 'deferred_indexes';
