-- Appeals handed to the EDMS: where each one is and what the EDMS said about it last
create table edms_documents (
    appeal_id       uuid primary key,
    appeal_number   bigint      not null,
    organization_id uuid        not null,
    -- false once the appeal was sent on to an organization outside the EDMS
    active          boolean     not null,
    number          text unique,
    registered_at   timestamptz,
    status          text,
    status_at       timestamptz,
    official        text,
    deadline        date,
    -- the last sequence number given to one of its messages (messages are sent in this order)
    last_sequence   int         not null default 0,
    created_at      timestamptz not null
);
create index edms_documents_organization_idx on edms_documents (organization_id);

-- The outbound queue: every message for the EDMS, in order per appeal, until it is delivered
-- (or a dead letter). The id is the idempotency key of every attempt to deliver it.
create table edms_outbox (
    id              uuid primary key,
    appeal_id       uuid        not null references edms_documents (appeal_id),
    sequence        int         not null,
    kind            text        not null,
    -- what the event said (ids, score, outcome...); never personal data, which is read when sending
    facts           jsonb       not null,
    -- with the appeal and the kind: an event delivered twice is queued once
    event_at        timestamptz not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'DEAD', 'SKIPPED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (appeal_id, sequence),
    unique (appeal_id, kind, event_at)
);
create index edms_outbox_due_idx on edms_outbox (next_attempt_at, created_at) where state = 'PENDING';
create index edms_outbox_state_idx on edms_outbox (state, created_at);

-- Every attempt to deliver a message, for the operator's per-appeal history
create table edms_attempts (
    id         bigint generated always as identity primary key,
    message_id uuid        not null references edms_outbox (id),
    appeal_id  uuid        not null,
    at         timestamptz not null,
    outcome    text        not null,
    error      text
);
create index edms_attempts_appeal_idx on edms_attempts (appeal_id, at);
create index edms_attempts_message_idx on edms_attempts (message_id);

-- Changes the EDMS reported (by webhook or poll), each applied once
create table edms_changes (
    change_id   text primary key,
    appeal_id   uuid,
    number      text,
    status      text        not null,
    at          timestamptz not null,
    received_at timestamptz not null,
    source      text        not null check (source in ('WEBHOOK', 'POLL')),
    outcome     text        not null
);
create index edms_changes_appeal_idx on edms_changes (appeal_id, received_at);

-- One row: the cluster-wide sync schedule (who runs the current sync, when the next is due),
-- the poll cursor and the last sync's outcome
create table edms_sync (
    id            smallint primary key check (id = 1),
    next_run_at   timestamptz not null,
    running_on    text,
    running_until timestamptz,
    cursor        text,
    syncs         bigint      not null default 0,
    last_sync_at  timestamptz,
    last_error    text,
    last_error_at timestamptz
);
insert into edms_sync (id, next_run_at) values (1, timestamptz '2000-01-01 00:00:00+00');
