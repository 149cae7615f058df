-- Responsibility rules (issue 5). An OBJECT_OWNER rule sends a topic's appeals to the owner of
-- the nearest object of the given types within the radius; an AREA rule sends a topic's (or a
-- group's) appeals in a district, or in the whole region when district_id is null, to an
-- organization. Rules are never deleted, only switched off, because decisions keep counting
-- against them.
create table reports_routing_rules (
    id              uuid primary key,
    kind            text not null check (kind in ('OBJECT_OWNER', 'AREA')),
    topic_id        uuid not null references reports_topics (id),
    district_id     uuid,
    organization_id uuid,
    object_types    text[] not null default '{}',
    radius_m        int not null default 0 check (radius_m between 0 and 1000),
    active          boolean not null default true,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (kind = 'OBJECT_OWNER' and organization_id is null and district_id is null and cardinality(object_types) > 0
        or kind = 'AREA' and organization_id is not null)
);
-- one active rule per topic and place; the lookups of routing go by topic
create unique index reports_routing_rules_area_idx on reports_routing_rules
    (topic_id, coalesce(district_id, '00000000-0000-0000-0000-000000000000')) where kind = 'AREA' and active;
create unique index reports_routing_rules_object_idx on reports_routing_rules (topic_id) where kind = 'OBJECT_OWNER' and active;
create index reports_routing_rules_topic_idx on reports_routing_rules (topic_id, district_id);
create index reports_routing_rules_district_idx on reports_routing_rules (district_id);
create index reports_routing_rules_organization_idx on reports_routing_rules (organization_id);

-- Every routing decision with the rule that made it (or the official who re-routed, and why).
-- A re-route marks the decision it replaces as misrouted, so each rule and organization has a
-- misrouting count.
create table reports_routing_decisions (
    id                       bigint generated always as identity primary key,
    appeal_id                uuid not null references reports_appeals (id),
    kind                     text not null,
    rule_id                  uuid references reports_routing_rules (id),
    organization_id          uuid not null,
    previous_organization_id uuid,
    topic_id                 uuid,
    district_id              uuid,
    object_id                uuid,
    object_name_ru           text,
    object_name_en           text,
    reason                   text,
    actor_id                 uuid,
    misrouted                boolean not null default false,
    decided_at               timestamptz not null
);
create index reports_routing_decisions_appeal_idx on reports_routing_decisions (appeal_id, id);
create index reports_routing_decisions_rule_idx on reports_routing_decisions (rule_id) where rule_id is not null;
create index reports_routing_decisions_organization_idx on reports_routing_decisions (organization_id);
create index reports_routing_decisions_object_idx on reports_routing_decisions (object_id) where object_id is not null;

-- Process definitions: one per topic or group, or the region's default (topic_id null). Every
-- edit is a new version; an appeal keeps the version it started with.
create table reports_processes (
    id         uuid primary key,
    topic_id   uuid unique references reports_topics (id),
    created_at timestamptz not null
);
create unique index reports_processes_default_idx on reports_processes ((topic_id is null)) where topic_id is null;

create table reports_process_versions (
    id                  uuid primary key,
    process_id          uuid not null references reports_processes (id),
    version             int not null,
    total_days          int not null check (total_days between 1 and 365),
    remind_percent      int not null check (remind_percent between 1 and 99),
    notify_head_overdue boolean not null,
    -- [{code, nameRu, nameEn, days, mover}], immutable like the whole version
    stages              jsonb not null,
    created_by          uuid,
    created_at          timestamptz not null,
    unique (process_id, version)
);

-- How an appeal is handled: who answers it, under which rule, in which process and stage, by
-- when (working-day deadline, the legal 30-day limit, the date to remind), paused while the
-- resident is asked for information.
alter table reports_appeals
    add column routing_decision_id  bigint references reports_routing_decisions (id),
    add column needs_manual_routing boolean not null default false,
    add column object_id            uuid,
    add column process_version_id   uuid references reports_process_versions (id),
    add column stage                int,
    add column stage_deadline       date,
    add column legal_deadline       date,
    add column remind_on            date,
    add column reminded_at          timestamptz,
    add column overdue_notified_at  timestamptz,
    add column paused_since         date,
    add column assignee_id          uuid,
    add column reopen_count         int not null default 0;
-- the inbox: an organization's appeals by status, soonest deadline first
create index reports_appeals_inbox_idx on reports_appeals (organization_id, status, deadline);
create index reports_appeals_assignee_idx on reports_appeals (assignee_id, status) where assignee_id is not null;
create index reports_appeals_object_idx on reports_appeals (object_id, created_at desc) where object_id is not null;
-- the escalation job's two questions
create index reports_appeals_remind_idx on reports_appeals (remind_on)
    where reminded_at is null and status in ('ROUTED', 'IN_PROGRESS', 'REOPENED');
create index reports_appeals_overdue_idx on reports_appeals (deadline)
    where overdue_notified_at is null and status in ('ROUTED', 'IN_PROGRESS', 'REOPENED');
-- published appeals routing has not reached yet
create index reports_appeals_unrouted_idx on reports_appeals (published_at)
    where routing_decision_id is null and status in ('ROUTED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'REOPENED');

-- History entries now say who may read them (PUBLIC, PARTICIPANTS: the author and the
-- organization, STAFF: the organization only) and point at what they are about.
alter table reports_appeal_history
    add column visibility  text not null default 'PUBLIC',
    add column decision_id bigint references reports_routing_decisions (id),
    add column stage       int,
    add column assignee_id uuid;

-- The organization's public answers, with photos and documents.
create table reports_answers (
    id              uuid primary key,
    appeal_id       uuid not null references reports_appeals (id),
    organization_id uuid not null,
    official_id     uuid not null,
    text            text not null,
    created_at      timestamptz not null
);
create index reports_answers_appeal_idx on reports_answers (appeal_id, created_at desc);

create table reports_answer_files (
    id            uuid primary key,
    answer_id     uuid not null references reports_answers (id),
    file_key      text not null,
    thumbnail_key text,
    content_type  text not null,
    name          text not null,
    created_at    timestamptz not null
);
create index reports_answer_files_answer_idx on reports_answer_files (answer_id, created_at);

-- The author's rating of an answer; the comment and photo are for the organization only.
create table reports_ratings (
    id                 uuid primary key,
    appeal_id          uuid not null references reports_appeals (id),
    answer_id          uuid not null unique references reports_answers (id),
    author_id          uuid not null,
    score              int not null check (score between 1 and 5),
    solved             boolean not null,
    comment            text,
    photo_key          text,
    photo_thumbnail_key text,
    photo_type         text,
    created_at         timestamptz not null
);
create index reports_ratings_appeal_idx on reports_ratings (appeal_id, created_at desc);

-- Other residents confirming that the problem of an answered appeal is still there.
create table reports_not_fixed (
    answer_id uuid not null references reports_answers (id),
    user_id   uuid not null,
    at        timestamptz not null,
    primary key (answer_id, user_id)
);

-- The region's default process, for topics without their own: accepted → on site → in work →
-- answered within 10 working days; the executor is reminded at 75 %, the heads hear when overdue.
insert into reports_processes (id, topic_id, created_at)
values ('5f0c3e9a-7d1b-4c2e-9a55-000000000001', null, now());
insert into reports_process_versions (id, process_id, version, total_days, remind_percent, notify_head_overdue, stages,
    created_at)
values ('5f0c3e9a-7d1b-4c2e-9a55-000000000002', '5f0c3e9a-7d1b-4c2e-9a55-000000000001', 1, 10, 75, true, '[
  {"code": "accepted", "nameRu": "Принято", "nameEn": "Accepted", "days": 1, "mover": "EXECUTOR"},
  {"code": "on-site", "nameRu": "Выезд на место", "nameEn": "On site", "days": 3, "mover": "EXECUTOR"},
  {"code": "in-work", "nameRu": "В работе", "nameEn": "In work", "days": 6, "mover": "EXECUTOR"}
]', now());
