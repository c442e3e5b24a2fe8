-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 10: the pipeline's totals. Counting and summing every deal by stage and currency read the whole
-- table (3.3 s at a million deals); this index holds everything those sums need, so they read the index
-- alone (140 ms). Currency leads, so a query for one stage's cards in order (stage = ?) never mistakes it
-- for the (stage, expected_close) index it should page by.
CREATE INDEX opportunities_for_totals ON opportunities(currency, stage, amount, probability, closed_at)
  WHERE deleted = 0;
