-- Appeals sent as letters to organizations on the e-mail channel; the token in the letter's
-- reply link lets whoever reads the organization's mail answer without an account
create table edms_letters (
    id              uuid primary key,
    token           text        not null unique,
    appeal_id       uuid        not null,
    appeal_number   bigint      not null,
    organization_id uuid        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    answered_at     timestamptz,
    -- with the appeal and the organization: a redelivered routing event writes one letter
    event_at        timestamptz not null,
    unique (appeal_id, organization_id, event_at)
);
create index edms_letters_appeal_idx on edms_letters (appeal_id);
