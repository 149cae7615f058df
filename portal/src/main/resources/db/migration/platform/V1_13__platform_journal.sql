-- Journals of events (platform.journal): an event is appended in the transaction of the change it
-- tells of; each consumer reads its stream in batches from its own position, many events per
-- transaction, and rows every consumer of the stream has passed are deleted. Rows are read in
-- the order of the transactions that wrote them (txid) once no older transaction is running, so
-- a transaction committing late never slips behind a consumer's position.
create table platform_journal (
    position    bigint generated always as identity primary key,
    stream      text        not null,
    txid        xid8        not null default pg_current_xact_id(),
    event_type  text        not null,
    payload     text        not null,
    appended_at timestamptz not null default now()
);

create index platform_journal_stream_idx on platform_journal (stream, txid, position);

-- Each consumer's position in its stream, and how often the event after it failed
create table platform_journal_cursor (
    consumer   text        primary key,
    stream     text        not null,
    txid       xid8        not null default '0',
    position   bigint      not null default 0,
    attempts   int         not null default 0,
    last_error text,
    moved_at   timestamptz not null default now()
);

-- Events a consumer failed on too often: set aside so the events after them go on, and tried again
-- every vmeste.events.retry-interval until they pass; operators see them as vmeste_journal_parked
create table platform_journal_parked (
    consumer   text        not null,
    position   bigint      not null,
    stream     text        not null,
    event_type text        not null,
    payload    text        not null,
    error      text,
    attempts   int         not null default 0,
    parked_at  timestamptz not null default now(),
    retry_at   timestamptz not null default now(),
    primary key (consumer, position)
);
