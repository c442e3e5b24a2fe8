-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 16: a person's e-mail addresses straight from the index. The duplicate rule "same name, an address
-- at the same domain" reads the addresses of everyone of that name (about 70 people for a common name in a
-- book of a million); with the address in the index, that is one index range each instead of a row read per
-- address, on every contact an import checks.
DROP INDEX email_index_by_contact;
CREATE INDEX email_index_by_contact ON email_index(contact_rid, email) WHERE contact_rid IS NOT NULL;

-- Not a change of the tables, a note on what they hold from now on: the audit entry of a record created by a
-- bulk load (an import) says who created it, when and on which device, without new_value; the record holds
-- its values, later changes are audited field by field with the value they replaced, and the load has an
-- entry of its own (action 'bulk').
