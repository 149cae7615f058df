-- 152-FZ: each resident's consent to processing their personal data, per version of the policy
create table identity_consents (
    user_id        uuid        not null references identity_users (id),
    policy_version text        not null,
    channel        text        not null check (channel in ('WEB', 'API')),
    given_at       timestamptz not null,
    primary key (user_id, policy_version)
);

-- a deleted account keeps its id (published appeals and ratings refer to it) and nothing else
alter table identity_users add column deleted_at timestamptz;
