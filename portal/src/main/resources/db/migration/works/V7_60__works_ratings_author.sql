-- a resident's own ratings ("download my data", 152-FZ)
create index works_ratings_author_only_idx on works_ratings (author_id, created_at);
