-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 17: the duplicate rule "same name, an address at the same domain" as one index probe. Each e-mail
-- address of a contact is indexed with the contact's folded name (its sort key), and (name, domain) is the
-- key of an index: checking a contact no longer reads the addresses of everyone of that name (about 70
-- people for a common name in a book of a million) but one index range, however common the name.
ALTER TABLE email_index ADD COLUMN name_key TEXT;
UPDATE email_index SET name_key = (SELECT sort_key FROM contacts WHERE rid = email_index.contact_rid)
  WHERE contact_rid IS NOT NULL;
CREATE INDEX email_index_by_name_domain ON email_index(name_key, substr(email, instr(email, '@') + 1))
  WHERE name_key IS NOT NULL;
-- The addresses of one contact are read only to be replaced: schema 16's covering index is no longer needed.
DROP INDEX email_index_by_contact;
CREATE INDEX email_index_by_contact ON email_index(contact_rid) WHERE contact_rid IS NOT NULL;
