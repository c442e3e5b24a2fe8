-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 21: each customer's standing in the book (RFM segment, lifetime value, churn risk), as the last
-- scoring of the whole book left it (CustomerReports::score). The scores need every customer's orders (quintiles
-- among them all, the book's retention), too much to work out while a page opens; kept here, the account page
-- and the accounts list read one row. Derived and local: never synced, rewritten whole by each scoring, and gone
-- with the account's row. When and in which currency it was scored is in meta ('customer_scores').
CREATE TABLE customer_scores (
  account_rid INTEGER PRIMARY KEY REFERENCES accounts(rid) ON DELETE CASCADE,
  segment TEXT NOT NULL,
  recency INTEGER NOT NULL,       -- 1 to 5, by quintile among the customers
  frequency INTEGER NOT NULL,
  monetary INTEGER NOT NULL,
  last_order INTEGER NOT NULL,    -- UTC ms
  orders INTEGER NOT NULL,        -- in the scoring's period
  revenue INTEGER NOT NULL,       -- in the period, minor units of the scoring's currency
  yearly_revenue INTEGER NOT NULL, -- a year's revenue: the last two years' over the years of custom in them (1 to 2)
  lifetime_value INTEGER NOT NULL,
  churn_risk REAL NOT NULL,       -- 0 to 1
  at_risk INTEGER NOT NULL,       -- churn risk of one half or more, and an order in the last year
  category TEXT                   -- the product category bought most
);
CREATE INDEX customer_scores_by_segment ON customer_scores(segment);
CREATE INDEX customer_scores_at_risk ON customer_scores(churn_risk) WHERE at_risk = 1;
