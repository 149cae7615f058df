-- Topics: per-region retirement (a missing row means the topic is active in the region) and
-- optional extra questions a topic asks (e.g. the size of a pothole).
alter table reports_topics drop column active;

create table reports_topic_regions (
    topic_id  uuid not null references reports_topics (id),
    region_id uuid not null,
    active    boolean not null,
    primary key (topic_id, region_id)
);

create table reports_topic_questions (
    id         uuid primary key,
    topic_id   uuid not null references reports_topics (id),
    label_ru   text not null,
    label_en   text not null,
    numeric    boolean not null default false,
    required   boolean not null default false,
    sort_order int not null default 0
);
create index reports_topic_questions_topic_idx on reports_topic_questions (topic_id, sort_order);

-- Appeals: the author is an identity user id only; names and contacts never leave identity.
-- The text is what the public sees (a moderator may edit it); original_text is what the author wrote.
create table reports_appeals (
    id              uuid primary key,
    number          bigint generated always as identity unique,
    topic_id        uuid not null references reports_topics (id),
    author_id       uuid not null,
    district_id     uuid,
    lat             double precision not null,
    lon             double precision not null,
    location        point generated always as (point(lon, lat)) stored,
    address         text,
    text            text not null,
    original_text   text not null,
    answers         jsonb not null default '{}',
    status          text not null,
    duplicate_of    uuid references reports_appeals (id),
    organization_id uuid,
    routing_rule    text,
    deadline        date,
    supporters      int not null default 0,
    created_at      timestamptz not null,
    published_at    timestamptz
);
-- the map's viewport and the radius of duplicates and area subscriptions
create index reports_appeals_location_idx on reports_appeals using gist (location);
-- similar texts of likely duplicates
create index reports_appeals_text_trgm_idx on reports_appeals using gin (text gin_trgm_ops);
create index reports_appeals_status_idx on reports_appeals (status, created_at desc);
create index reports_appeals_topic_idx on reports_appeals (topic_id, created_at desc);
create index reports_appeals_district_idx on reports_appeals (district_id, created_at desc);
create index reports_appeals_created_idx on reports_appeals (created_at desc);
create index reports_appeals_author_idx on reports_appeals (author_id, created_at desc);
-- merged duplicates of an appeal (and the foreign key's check when appeals are deleted in tests)
create index reports_appeals_duplicate_idx on reports_appeals (duplicate_of) where duplicate_of is not null;

-- Every change of an appeal, append-only: who (never shown publicly), when, why. A text edit
-- keeps the text it replaced.
create table reports_appeal_history (
    id            bigint generated always as identity primary key,
    appeal_id     uuid not null references reports_appeals (id),
    status        text not null,
    change        text not null,
    note          text,
    previous_text text,
    actor_id      uuid,
    at            timestamptz not null
);
create index reports_appeal_history_appeal_idx on reports_appeal_history (appeal_id, id);

create table reports_appeal_photos (
    id            uuid primary key,
    appeal_id     uuid not null references reports_appeals (id),
    file_key      text not null,
    thumbnail_key text not null,
    content_type  text not null,
    width         int not null,
    height        int not null,
    created_at    timestamptz not null
);
create index reports_appeal_photos_appeal_idx on reports_appeal_photos (appeal_id, created_at);

-- Who hears about an appeal's changes: its author, residents who support it, authors of merged duplicates.
create table reports_appeal_followers (
    appeal_id uuid not null references reports_appeals (id),
    user_id   uuid not null,
    reason    text not null,
    since     timestamptz not null,
    primary key (appeal_id, user_id)
);
create index reports_appeal_followers_user_idx on reports_appeal_followers (user_id);

-- "Tell me about new appeals within 500 m of my home"
create table reports_area_subscriptions (
    id         uuid primary key,
    user_id    uuid not null,
    lat        double precision not null,
    lon        double precision not null,
    location   point generated always as (point(lon, lat)) stored,
    radius_m   int not null check (radius_m between 50 and 2000),
    created_at timestamptz not null
);
create index reports_area_subscriptions_location_idx on reports_area_subscriptions using gist (location);
create index reports_area_subscriptions_user_idx on reports_area_subscriptions (user_id, created_at);
