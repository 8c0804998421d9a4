-- 核决金额 counts the goods taken back (issue 15, item 3): the unit price the GM office records with the
-- approved return quantity. Cases consolidated before keep no price: their goods counted as nothing then.
alter table complaint add column cons_unit_price numeric(14, 4);
alter table complaint_aud add column cons_unit_price numeric(14, 4);
