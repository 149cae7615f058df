-- The likely-duplicates check finds its candidates with the spatial index and compares the few
-- texts within its radius itself (Duplicates): no query reads the appeals' texts through a
-- trigram index any more, and keeping one cost every new appeal about ninety index entries.
drop index if exists reports_appeals_text_trgm_idx;
