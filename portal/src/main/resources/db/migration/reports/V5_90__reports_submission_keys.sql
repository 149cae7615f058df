-- Idempotency keys of appeal submissions: a phone that sends a queued report again (the answer
-- was lost, the connection dropped) gets the appeal it created the first time, never a second one.
create table reports_submission_keys (
    author_id  uuid not null,
    key        uuid not null,
    appeal_id  uuid,
    created_at timestamptz not null,
    primary key (author_id, key)
);
