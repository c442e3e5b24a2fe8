-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 22: a lead's communication consent, as a contact's (per channel and purpose, with source, date and the
-- hours they may be reached): campaigns reach leads only where they agreed to marketing, and the consent goes
-- with them when they become a contact.
ALTER TABLE leads ADD COLUMN consent TEXT;
