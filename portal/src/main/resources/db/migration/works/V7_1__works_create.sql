-- Works (Find out): repair, construction, improvement and maintenance works the city orders.
-- The customer is an organization; who among its officials changed what is kept for staff only.
create table works_works (
    id              uuid primary key,
    number          bigint generated always as identity unique,
    title           text not null,
    description     text not null default '',
    kind            text not null,
    status          text not null,
    status_reason   text,
    program         text,
    program_year    int,
    funding_source  text,
    budget          numeric(15, 2) check (budget >= 0),
    contract_amount numeric(15, 2) check (contract_amount >= 0),
    customer_id     uuid not null,
    contractor      text,
    external_ref    text,
    planned_start   date not null,
    planned_end     date not null check (planned_end >= planned_start),
    planned         daterange generated always as (daterange(planned_start, planned_end, '[]')) stored,
    actual_start    date,
    actual_end      date check (actual_end >= actual_start),
    progress        int not null default 0 check (progress between 0 and 100),
    district_id     uuid not null,
    -- a representative point (the marker on the map) and the bounding box of everything the work touches
    lat             double precision not null,
    lon             double precision not null,
    location        point generated always as (point(lon, lat)) stored,
    extent          box not null,
    -- GeoJSON of the work's own geometry (a road's line, a yard's outline); null when it is the objects'
    geometry        jsonb,
    rating_count    int not null default 0,
    rating_sum      int not null default 0,
    flagged_at      timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
-- the public list: newest planned first, with every filter
create index works_works_planned_start_idx on works_works (planned_start desc, id);
create index works_works_status_idx on works_works (status, planned_start desc);
create index works_works_kind_idx on works_works (kind, planned_start desc);
create index works_works_program_idx on works_works (program, planned_start desc);
create index works_works_district_idx on works_works (district_id, planned_start desc);
-- "works of a year": the planned period overlaps the year
create index works_works_planned_idx on works_works using gist (planned);
-- overdue: planned end passed and not completed
create index works_works_overdue_idx on works_works (planned_end)
    where status in ('PLANNED', 'CONTRACTING', 'IN_PROGRESS', 'SUSPENDED');
-- the map's viewport
create index works_works_extent_idx on works_works using gist (extent);
-- the customer's workspace, and imports that must not repeat a registry number
create index works_works_customer_idx on works_works (customer_id, updated_at desc);
-- the open dataset's "modified" (the latest change)
create index works_works_updated_idx on works_works (updated_at);
create index works_works_flagged_idx on works_works (customer_id, flagged_at) where flagged_at is not null;
create unique index works_works_external_ref_idx on works_works (customer_id, external_ref) where external_ref is not null;

-- City objects a work touches (objects module ids; no foreign key across modules).
create table works_work_objects (
    work_id   uuid not null references works_works (id),
    object_id uuid not null,
    position  int not null,
    primary key (work_id, object_id)
);
create index works_work_objects_object_idx on works_work_objects (object_id, work_id);

-- Every change, append-only. The public sees the organization, when and what changed; the
-- official (actor) is for staff only.
create table works_history (
    id              bigint generated always as identity primary key,
    work_id         uuid not null references works_works (id),
    change          text not null,
    status          text not null,
    note            text,
    changes         jsonb not null default '[]',
    organization_id uuid,
    actor_id        uuid,
    at              timestamptz not null
);
create index works_history_work_idx on works_history (work_id, id);

-- Documents (project, contract, acceptance act…) and their versions; bytes in the file store.
create table works_documents (
    id         uuid primary key,
    work_id    uuid not null references works_works (id),
    kind       text not null,
    title      text not null,
    created_at timestamptz not null
);
create index works_documents_work_idx on works_documents (work_id, created_at);

create table works_document_versions (
    document_id  uuid not null references works_documents (id),
    version      int not null,
    file_key     text not null,
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null,
    uploaded_at  timestamptz not null,
    -- the official who uploaded it (staff only); none for demo and migrated documents
    actor_id     uuid,
    primary key (document_id, version)
);

-- Photos before, during and after the works, re-encoded without metadata.
create table works_photos (
    id            uuid primary key,
    work_id       uuid not null references works_works (id),
    stage         text not null,
    taken_on      date not null,
    caption       text,
    file_key      text not null,
    thumbnail_key text not null,
    content_type  text not null,
    width         int not null,
    height        int not null,
    uploaded_at   timestamptz not null
);
create index works_photos_work_idx on works_photos (work_id, taken_on, uploaded_at);

-- Residents who hear about a work's status changes.
create table works_subscriptions (
    work_id uuid not null references works_works (id),
    user_id uuid not null,
    since   timestamptz not null,
    primary key (work_id, user_id)
);
create index works_subscriptions_user_idx on works_subscriptions (user_id);

-- Residents' ratings of completed works, published after moderation; the author is never shown.
create table works_ratings (
    id             uuid primary key,
    work_id        uuid not null references works_works (id),
    author_id      uuid not null,
    score          smallint not null check (score between 1 and 5),
    comment        text not null,
    public_comment text,
    photo_key      text,
    thumbnail_key  text,
    photo_type     text,
    status         text not null,
    reason         text,
    created_at     timestamptz not null,
    decided_at     timestamptz
);
-- one rating per resident and work, unless moderators turned it down
create unique index works_ratings_author_idx on works_ratings (work_id, author_id) where status <> 'REJECTED';
create index works_ratings_published_idx on works_ratings (work_id, decided_at desc) where status = 'PUBLISHED';
