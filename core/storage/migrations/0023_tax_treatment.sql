-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 23: tax by where the customer is. An account's VAT identification number (printed on a quote with a
-- reverse charge), and how a quote was taxed: VAT charged, a reverse charge within the EU, or an export.
ALTER TABLE accounts ADD COLUMN vat_id TEXT;
ALTER TABLE quotes ADD COLUMN tax_treatment TEXT;
