-- The database file store (vmeste.files.backend=database): a file is a row and its content a
-- sequence of chunks, so no statement ever carries a whole file
create table platform_files (
    key       text        not null primary key,
    size      bigint      not null,
    stored_at timestamptz not null default now()
);

create table platform_file_chunks (
    key  text  not null references platform_files (key) on delete cascade,
    seq  int   not null,
    data bytea not null,
    primary key (key, seq)
);
