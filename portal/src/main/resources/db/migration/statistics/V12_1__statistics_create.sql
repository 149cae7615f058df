-- Public control (issue 19): the statistics module keeps its own projection of appeals, built
-- from the appeal events alone, and rollups kept current from it, so that no figure ever scans
-- the appeals. Nothing personal is kept: no texts but the organizations' public answers, no
-- authors, and points only rounded to the open data grid (about 100 m).

-- every appeal event taken in, once (the fingerprint is a hash of the whole event, so a
-- redelivered event is recognised); an appeal's projection is folded from its entries
create table statistics_journal (
    fingerprint          bytea primary key,
    appeal_id            uuid not null,
    number               bigint not null,
    kind                 text not null,
    at                   timestamptz not null,
    status               text not null,
    topic_id             uuid,
    topic_group_id       uuid,
    district_id          uuid,
    lat                  double precision,
    lon                  double precision,
    organization_id      uuid,
    from_organization_id uuid,
    deadline             date,
    score                integer,
    solved               boolean,
    outcome              text,
    executor_id          uuid,
    answer_id            uuid
);
create index statistics_journal_appeal_idx on statistics_journal (appeal_id);

-- one row per appeal: what the figures count (dates are days in the region's time zone)
create table statistics_appeals (
    appeal_id             uuid primary key,
    number                bigint not null,
    topic_id              uuid,
    topic_group_id        uuid,
    district_id           uuid,
    lat                   double precision,
    lon                   double precision,
    status                text not null,
    outcome               text,
    category              text not null,
    submitted_on          date,
    published_on          date,
    closed_on             date,
    first_routed_on       date,
    organization_id       uuid,
    deadline              date,
    legal_deadline        date,
    first_answered_on     date,
    answer_working_days   integer,
    answered_on_time      boolean,
    answered_within_legal boolean,
    reopens               integer not null default 0,
    reroutes              integer not null default 0,
    ratings               integer not null default 0,
    rating_sum            integer not null default 0,
    open                  boolean not null default false,
    overdue               boolean not null default false,
    folded_on             date not null
);
-- open appeals whose deadline passes are marked overdue by the sweep
create index statistics_appeals_open_idx on statistics_appeals (deadline) where open and not overdue;
create index statistics_appeals_published_idx on statistics_appeals (published_on) where published_on is not null;

-- each stay of an appeal at an organization (routed there, or sent on there)
create table statistics_handlings (
    appeal_id             uuid not null,
    seq                   integer not null,
    organization_id       uuid not null,
    executor_id           uuid,
    received_on           date not null,
    deadline              date,
    legal_deadline        date,
    first_answered_on     date,
    answer_working_days   integer,
    answered_on_time      boolean,
    answered_within_legal boolean,
    rerouted_away         boolean not null default false,
    reopens               integer not null default 0,
    ratings               integer not null default 0,
    rating_sum            integer not null default 0,
    open                  boolean not null default false,
    overdue               boolean not null default false,
    primary key (appeal_id, seq)
);
create index statistics_handlings_open_idx on statistics_handlings (organization_id, deadline) where open;
create index statistics_handlings_answered_idx on statistics_handlings (organization_id, first_answered_on)
    where first_answered_on is not null;

-- the organizations' public answers, for their pages and the answered-per-day figure
create table statistics_answers (
    answer_id       uuid primary key,
    appeal_id       uuid not null,
    number          bigint not null,
    organization_id uuid not null,
    answered_at     timestamptz not null,
    answered_on     date not null,
    text            text not null
);
create index statistics_answers_appeal_idx on statistics_answers (appeal_id);
create index statistics_answers_organization_idx on statistics_answers (organization_id, answered_at desc);

-- rollups: per day (and per month) and district and topic group. The first columns count the
-- appeals submitted that day as they stand now (the cohort); the *_flow columns count what
-- happened that day. Unknown district or group: the nil uuid.
create table statistics_days (
    day                   date not null,
    district_id           uuid not null,
    topic_group_id        uuid not null,
    submitted             bigint not null default 0,
    published             bigint not null default 0,
    routed                bigint not null default 0,
    answered              bigint not null default 0,
    answered_on_time      bigint not null default 0,
    answered_within_legal bigint not null default 0,
    answer_days           bigint not null default 0,
    confirmed             bigint not null default 0,
    not_confirmed         bigint not null default 0,
    disputed              bigint not null default 0,
    awaiting              bigint not null default 0,
    open                  bigint not null default 0,
    overdue               bigint not null default 0,
    reopened              bigint not null default 0,
    rerouted              bigint not null default 0,
    ratings               bigint not null default 0,
    rating_sum            bigint not null default 0,
    published_flow        bigint not null default 0,
    answered_flow         bigint not null default 0,
    resolved_flow         bigint not null default 0,
    not_confirmed_flow    bigint not null default 0,
    primary key (day, district_id, topic_group_id)
);
create table statistics_months (like statistics_days including all);

-- rollups per organization by the day (and month) appeals reached it
create table statistics_organization_days (
    day                   date not null,
    organization_id       uuid not null,
    received              bigint not null default 0,
    answered              bigint not null default 0,
    answered_on_time      bigint not null default 0,
    answered_within_legal bigint not null default 0,
    answer_days           bigint not null default 0,
    rerouted_away         bigint not null default 0,
    reopened              bigint not null default 0,
    ratings               bigint not null default 0,
    rating_sum            bigint not null default 0,
    open                  bigint not null default 0,
    overdue               bigint not null default 0,
    primary key (day, organization_id)
);
create table statistics_organization_months (like statistics_organization_days including all);
create index statistics_organization_months_organization_idx on statistics_organization_months (organization_id, day);

-- visitors without cookies: a salted hash of address and user agent per day; the salt lives
-- one day, and past days keep only their count
create table statistics_visitor_salts (
    day  date primary key,
    salt bytea not null
);
create table statistics_visitors (
    day  date not null,
    hash bytea not null,
    primary key (day, hash)
);
create table statistics_visitor_days (
    day      date primary key,
    visitors bigint not null
);

-- moderators' decisions: when content entered the queue, when and how it was decided
create table statistics_moderation (
    kind         text not null,
    subject_id   text not null,
    requested_at timestamptz,
    decided_at   timestamptz,
    moderator_id uuid,
    outcome      text,
    primary key (kind, subject_id)
);
create index statistics_moderation_decided_idx on statistics_moderation (decided_at) where decided_at is not null;
create index statistics_moderation_waiting_idx on statistics_moderation (requested_at) where decided_at is null;
