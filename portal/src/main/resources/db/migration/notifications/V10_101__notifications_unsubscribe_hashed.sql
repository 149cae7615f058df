-- Unsubscribe links keep only the SHA-256 of their random token (hex), so a copy of the database
-- unsubscribes nobody; every mail gets a fresh token. The links already mailed keep working.
create table notifications_unsubscribe_links (
    token_hash text primary key,
    user_id    uuid not null,
    kind       text not null,
    created_at timestamptz not null
);
create index notifications_unsubscribe_links_user on notifications_unsubscribe_links (user_id);
insert into notifications_unsubscribe_links (token_hash, user_id, kind, created_at)
select encode(sha256(convert_to(token, 'UTF8')), 'hex'), user_id, kind, now() from notifications_unsubscribe_tokens;
drop table notifications_unsubscribe_tokens;

-- the demo outbox (/admin/mail) shows the headers a mail carried (List-Unsubscribe…), one per line
alter table notifications_captured_mail add column headers text not null default '';
