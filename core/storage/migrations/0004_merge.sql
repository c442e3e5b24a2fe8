-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 4: merging duplicates. A merged contact or account stays as a hidden record pointing at its
-- survivor (merged_into); merge_undo says what the merge changed, so it can be undone on any laptop.
ALTER TABLE contacts ADD COLUMN merge_undo TEXT;
ALTER TABLE accounts ADD COLUMN merge_undo TEXT;
CREATE INDEX contacts_by_merged_into ON contacts(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX accounts_by_merged_into ON accounts(merged_into) WHERE merged_into IS NOT NULL;
