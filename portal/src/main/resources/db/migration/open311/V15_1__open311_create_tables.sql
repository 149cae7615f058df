-- Client apps allowed to post through Open311; their API keys are kept only as SHA-256 hashes.
create table open311_clients (
    id          uuid primary key,
    name        text not null,
    contact     text not null,
    rate_limit  integer not null check (rate_limit > 0),
    key_hash    text not null unique,
    key_hint    text not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

-- Appeals posted through Open311: which app posted them, the token a held one is answered with,
-- and the request's fingerprint so that a repeated request answers the appeal the first created.
create table open311_submissions (
    appeal_id    uuid primary key,
    client_id    uuid not null references open311_clients (id),
    token        text not null unique,
    fingerprint  text not null,
    media_url    text,
    created_at   timestamptz not null
);
create index open311_submissions_repeat_idx on open311_submissions (client_id, fingerprint, created_at desc);
create index open311_submissions_client_idx on open311_submissions (client_id, created_at desc);

-- Published appeals as GeoReport service requests, kept current from the appeal events.
create table open311_requests (
    appeal_id        uuid primary key,
    topic_id         uuid not null,
    status           text not null,
    lat              double precision not null,
    lon              double precision not null,
    address          text,
    description      text not null,
    organization_id  uuid,
    answer           text,
    answered_at      timestamptz,
    expected_date    date,
    media_path       text,
    requested_at     timestamptz not null,
    updated_at       timestamptz not null
);
create index open311_requests_requested_idx on open311_requests (requested_at desc, appeal_id);
create index open311_requests_topic_idx on open311_requests (topic_id, requested_at desc);
create index open311_requests_status_idx on open311_requests (status, requested_at desc);

-- Their public changes, for the servicerequestupdates extension; update_id is the row's id.
create table open311_updates (
    id               bigserial primary key,
    appeal_id        uuid not null,
    change           text not null,
    status           text not null,
    organization_id  uuid,
    answer           text,
    at               timestamptz not null,
    unique (appeal_id, change, at)
);
create index open311_updates_at_idx on open311_updates (at, id);
create index open311_updates_appeal_idx on open311_updates (appeal_id, at);
