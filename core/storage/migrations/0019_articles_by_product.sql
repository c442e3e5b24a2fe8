-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 19: knowledge-base suggestions learn which products have articles (a ticket that names one is answered
-- by that product's articles and the general ones): one index step per product instead of a walk through every
-- article for each product that has none.
CREATE INDEX kb_articles_by_product_id ON kb_articles(product_id) WHERE deleted = 0;
