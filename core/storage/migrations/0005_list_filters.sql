-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 5: lists of contacts and accounts filtered by country, team, industry or segment page through an
-- index in name order, like the unfiltered lists, however many records match.
CREATE INDEX contacts_by_country_sort_key ON contacts(country, sort_key);
CREATE INDEX contacts_by_team_id_sort_key ON contacts(team_id, sort_key);
CREATE INDEX accounts_by_country_sort_key ON accounts(country, sort_key);
CREATE INDEX accounts_by_team_id_sort_key ON accounts(team_id, sort_key);
CREATE INDEX accounts_by_industry_sort_key ON accounts(industry, sort_key);
CREATE INDEX accounts_by_segment_sort_key ON accounts(segment, sort_key);
