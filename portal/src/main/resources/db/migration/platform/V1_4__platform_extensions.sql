-- Extensions the modules rely on (all present in the embedded PostgreSQL and in standard packages)
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
create extension if not exists cube;
create extension if not exists earthdistance;
create extension if not exists citext;
