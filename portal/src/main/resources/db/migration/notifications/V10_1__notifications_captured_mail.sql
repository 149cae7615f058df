-- copies of outgoing mail, kept when vmeste.mail.capture is on (demo, development) so the
-- demo works without an SMTP server; never enabled in production
create table notifications_captured_mail (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body_html  text not null,
    created_at timestamptz not null
);
create index notifications_captured_mail_recipient_idx on notifications_captured_mail (recipient, id desc);
