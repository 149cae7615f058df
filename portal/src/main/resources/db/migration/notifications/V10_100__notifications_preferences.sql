-- How each person wants each kind of mail that is not essential to the account: at once, in a
-- daily or weekly digest, or not at all (no row: at once).
create table notifications_preferences (
    user_id uuid not null,
    kind    text not null,
    mode    text not null check (mode in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    primary key (user_id, kind)
);

-- The one-click unsubscribe link of a person's mails of one kind (RFC 8058): a random token.
create table notifications_unsubscribe_tokens (
    token   text primary key,
    user_id uuid not null,
    kind    text not null,
    unique (user_id, kind)
);

-- Mails waiting for their digest: what the mail would have said, removed once the digest is sent.
create table notifications_digest_items (
    id         bigserial primary key,
    user_id    uuid not null,
    mode       text not null check (mode in ('DAILY', 'WEEKLY')),
    kind       text not null,
    subject    text not null,
    number     bigint,
    link       text,
    created_at timestamptz not null
);
create index notifications_digest_items_due on notifications_digest_items (mode, user_id, id);
