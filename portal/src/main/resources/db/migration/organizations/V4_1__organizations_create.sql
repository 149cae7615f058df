create table organizations_organizations (
    id                uuid primary key,
    code              text not null unique,
    name_ru           text not null,
    name_en           text not null,
    kind              text not null,
    parent_id         uuid references organizations_organizations (id),
    district_id       uuid,
    phone             text,
    email             text,
    address           text,
    working_hours     text,
    default_moderator boolean not null default false
);
create unique index organizations_one_default_moderator on organizations_organizations (default_moderator)
    where default_moderator;
create index organizations_parent_idx on organizations_organizations (parent_id);

create table organizations_members (
    organization_id uuid not null references organizations_organizations (id),
    user_id         uuid not null,
    role            text not null,
    primary key (organization_id, user_id)
);
create index organizations_members_user_idx on organizations_members (user_id);
