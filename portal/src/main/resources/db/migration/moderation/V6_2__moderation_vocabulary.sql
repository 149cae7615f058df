-- Moderators' changes to the built-in vocabulary (moderation/*.txt on the class path): patterns
-- they added (BLOCK), built-in patterns they switched off (OFF) and words never to be flagged
-- (ALLOW). No row for a pattern: the built-in default holds.
create table moderation_vocabulary (
    pattern    text primary key,
    kind       text not null check (kind in ('BLOCK', 'OFF', 'ALLOW')),
    changed_by uuid not null,
    changed_at timestamptz not null
);
