-- Residents, officials and staff. Personal data (name, e-mail, phone, address) lives only here.
create table identity_users (
    id                  uuid primary key,
    email               citext not null unique,
    password_hash       text not null,
    name                text not null,
    phone               text,
    address             text,
    address_lat         double precision,
    address_lon         double precision,
    district_id         uuid,
    birth_date          date,
    locale              text not null default 'ru',
    email_confirmed_at  timestamptz,
    address_verified_at timestamptz,
    address_verified_by uuid,
    created_at          timestamptz not null
);

-- officials look for residents whose address waits for verification
create index identity_users_pending_address_idx on identity_users (created_at)
    where address is not null and address_verified_at is null;

create table identity_user_roles (
    user_id uuid not null references identity_users (id),
    role    text not null,
    primary key (user_id, role)
);

-- one-time links (e-mail confirmation, password reset) and API bearer tokens; only hashes are stored
create table identity_tokens (
    token_hash bytea primary key,
    user_id    uuid not null references identity_users (id),
    purpose    text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index identity_tokens_user_idx on identity_tokens (user_id, purpose);
create index identity_tokens_expiry_idx on identity_tokens (expires_at);

-- failed sign-in attempts per e-mail, for throttling password guessing
create table identity_login_failures (
    login        citext primary key,
    failures     int not null,
    first_at     timestamptz not null,
    locked_until timestamptz
);
