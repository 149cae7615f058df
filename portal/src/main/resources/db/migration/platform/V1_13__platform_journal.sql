-- Journals of events (platform.journal): an event is appended in the transaction of the change it
-- tells of; each consumer reads its stream in batches from its own position, many events per
-- transaction, and rows every consumer of the stream has passed are deleted. A transaction writes
-- its rows of a stream just before it commits, holding the stream's advisory lock to the end of
-- the commit, so positions within a stream follow the order of the commits: a consumer that has
-- read up to a position never misses a row below it.
create table platform_journal (
    position    bigint generated always as identity primary key,
    stream      text        not null,
    event_type  text        not null,
    payload     text        not null,
    appended_at timestamptz not null default now()
);

create index platform_journal_stream_idx on platform_journal (stream, position);

-- Each consumer's position in its stream, and how often the event after it failed
create table platform_journal_cursor (
    consumer   text        primary key,
    stream     text        not null,
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
