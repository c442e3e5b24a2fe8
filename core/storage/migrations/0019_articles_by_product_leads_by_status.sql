-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 19: knowledge-base suggestions learn which products have articles (a ticket that names one is answered
-- by that product's articles and the general ones): one index step per product instead of a walk through every
-- article for each product that has none.
CREATE INDEX kb_articles_by_product_id ON kb_articles(product_id) WHERE deleted = 0;

-- The leads list sorts by status in the order a lead moves through (new, working, qualified, unqualified,
-- converted: RecordList::declaredOrder of the status enumeration), not by the keys' spelling.
CREATE INDEX leads_by_status_order ON leads((CASE status WHEN 'new' THEN '0000' WHEN 'working' THEN '0001'
  WHEN 'qualified' THEN '0002' WHEN 'unqualified' THEN '0003' WHEN 'converted' THEN '0004' END));
