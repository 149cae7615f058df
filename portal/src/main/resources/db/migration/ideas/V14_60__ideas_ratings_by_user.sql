-- a resident's own ratings ("download my data", 152-FZ)
create index ideas_ratings_user_idx on ideas_ratings (user_id, at);
