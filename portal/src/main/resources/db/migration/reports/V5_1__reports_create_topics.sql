create table reports_topics (
    id         uuid primary key,
    code       text not null unique,
    parent_id  uuid references reports_topics (id),
    name_ru    text not null,
    name_en    text not null,
    sort_order int not null default 0,
    active     boolean not null default true
);
create index reports_topics_parent_idx on reports_topics (parent_id, sort_order);
