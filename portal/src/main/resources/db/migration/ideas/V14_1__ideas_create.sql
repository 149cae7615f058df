-- Suggest: crowdsourcing campaigns, residents' ideas, supports, comments, expert reviews.
-- Authors, supporters and reviewers are kept by user id only (identity keeps the people).

-- A campaign moves through its phases by its schedule (or by an administrator's hand).
create table ideas_campaigns (
    id                uuid primary key,
    title_ru          text not null,
    title_en          text not null,
    description_ru    text not null,
    description_en    text not null,
    phase             text not null,
    budget            bigint not null check (budget > 0),
    support_threshold int not null check (support_threshold > 0),
    -- the districts it is for; empty: the whole region
    district_ids      uuid[] not null default '{}',
    -- the participatory-budget vote made of its feasible ideas (voting module id)
    vote_id           uuid unique,
    phase_changed_at  timestamptz not null,
    created_by        uuid not null,
    created_at        timestamptz not null
);
create index ideas_campaigns_phase_idx on ideas_campaigns (phase, created_at desc);

-- When each phase starts; a phase ends when the next one starts.
create table ideas_campaign_phases (
    campaign_id uuid not null references ideas_campaigns (id),
    phase       text not null,
    starts_at   timestamptz not null,
    primary key (campaign_id, phase)
);

create table ideas_ideas (
    id             uuid primary key,
    number         bigint generated always as identity unique,
    campaign_id    uuid references ideas_campaigns (id),
    kind           text not null,
    title          text not null,
    text           text not null,
    search_text    text generated always as (title || ' ' || text) stored,
    status         text not null,
    author_id      uuid not null,
    lat            double precision,
    lon            double precision,
    location       point generated always as (point(lon, lat)) stored,
    -- GeoJSON LineString of a road stretch
    geometry       jsonb,
    district_id    uuid,
    -- registry objects (objects module ids) a road stretch runs along
    object_ids     uuid[] not null default '{}',
    estimated_cost bigint check (estimated_cost > 0),
    review_note    text,
    supports       int not null default 0 check (supports >= 0),
    threshold_reached_at timestamptz,
    duplicate_of   uuid references ideas_ideas (id),
    from_appeal_id uuid,
    topic_id       uuid,
    vote_id        uuid,
    vote_option_id uuid unique,
    work_id        uuid unique,
    rating_count   int not null default 0,
    rating_sum     int not null default 0,
    created_at     timestamptz not null,
    published_at   timestamptz,
    updated_at     timestamptz not null
);
create index ideas_ideas_campaign_idx on ideas_ideas (campaign_id, status, supports desc);
create index ideas_ideas_status_idx on ideas_ideas (status, published_at desc);
create index ideas_ideas_supports_idx on ideas_ideas (supports desc, published_at desc);
create index ideas_ideas_published_idx on ideas_ideas (published_at desc);
create index ideas_ideas_kind_idx on ideas_ideas (kind, published_at desc);
create index ideas_ideas_author_idx on ideas_ideas (author_id, created_at desc);
create index ideas_ideas_location_idx on ideas_ideas using gist (location);
create index ideas_ideas_search_trgm_idx on ideas_ideas using gin (search_text gin_trgm_ops);
create index ideas_ideas_vote_idx on ideas_ideas (vote_id) where vote_id is not null;
create index ideas_ideas_updated_idx on ideas_ideas (updated_at);
-- an appeal becomes at most one idea (a rejected one does not count)
create unique index ideas_ideas_appeal_idx on ideas_ideas (from_appeal_id)
    where from_appeal_id is not null and status <> 'REJECTED';

-- Every change of an idea, append-only; the public sees when, what and the public note.
create table ideas_history (
    id      bigint generated always as identity primary key,
    idea_id uuid not null references ideas_ideas (id),
    change  text not null,
    status  text not null,
    note    text,
    ref     text,
    actor_id uuid,
    at      timestamptz not null
);
create index ideas_history_idea_idx on ideas_history (idea_id, id);

-- One support per resident per idea, enforced here.
create table ideas_supports (
    idea_id    uuid not null references ideas_ideas (id),
    user_id    uuid not null,
    created_at timestamptz not null,
    primary key (idea_id, user_id)
);
create index ideas_supports_user_idx on ideas_supports (user_id, created_at desc);

create table ideas_followers (
    idea_id uuid not null references ideas_ideas (id),
    user_id uuid not null,
    primary key (idea_id, user_id)
);
create index ideas_followers_user_idx on ideas_followers (user_id);

-- Comments, moderated before they are shown; replies are one level deep.
create table ideas_comments (
    id           uuid primary key,
    idea_id      uuid not null references ideas_ideas (id),
    parent_id    uuid references ideas_comments (id),
    author_id    uuid not null,
    text         text not null,
    status       text not null,
    created_at   timestamptz not null,
    published_at timestamptz
);
create index ideas_comments_idea_idx on ideas_comments (idea_id, status, created_at);
create index ideas_comments_author_idx on ideas_comments (author_id, created_at desc);

-- Experts' decisions, append-only; the idea keeps the latest.
create table ideas_reviews (
    id             bigint generated always as identity primary key,
    idea_id        uuid not null references ideas_ideas (id),
    decision       text not null,
    estimated_cost bigint check (estimated_cost > 0),
    note           text,
    reviewer_id    uuid not null,
    at             timestamptz not null
);
create index ideas_reviews_idea_idx on ideas_reviews (idea_id, id desc);

-- Supporters rate the result of a done idea, once each.
create table ideas_ratings (
    idea_id  uuid not null references ideas_ideas (id),
    user_id  uuid not null,
    score    smallint not null check (score between 1 and 5),
    at       timestamptz not null,
    primary key (idea_id, user_id)
);

-- A moderator or official offers to turn an appeal into an idea; its author agrees (or not).
create table ideas_appeal_offers (
    id             uuid primary key,
    appeal_id      uuid not null,
    author_id      uuid not null,
    offered_by     uuid not null,
    campaign_id    uuid references ideas_campaigns (id),
    kind           text not null,
    title          text not null,
    text           text not null,
    estimated_cost bigint check (estimated_cost > 0),
    status         text not null,
    idea_id        uuid references ideas_ideas (id),
    created_at     timestamptz not null,
    decided_at     timestamptz
);
create index ideas_appeal_offers_appeal_idx on ideas_appeal_offers (appeal_id, created_at desc);
create index ideas_appeal_offers_author_idx on ideas_appeal_offers (author_id, status);
