-- administrators find accounts by part of the e-mail or name
create index identity_users_email_trgm_idx on identity_users using gin ((email::text) gin_trgm_ops);
create index identity_users_name_trgm_idx on identity_users using gin (name gin_trgm_ops);
