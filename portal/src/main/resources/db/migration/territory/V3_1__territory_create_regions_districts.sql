create table territory_regions (
    id           uuid primary key,
    code         text not null unique,
    name_ru      text not null,
    name_en      text not null,
    time_zone    text not null default 'Europe/Moscow',
    center_lat   double precision not null,
    center_lon   double precision not null,
    default_zoom int not null default 11
);

create table territory_districts (
    id        uuid primary key,
    region_id uuid not null references territory_regions (id),
    code      text not null,
    name_ru   text not null,
    name_en   text not null,
    boundary  jsonb not null,
    unique (region_id, code)
);

-- which of the five services each region offers; a missing row means "on"
create table territory_region_services (
    region_id uuid not null references territory_regions (id),
    service   text not null,
    enabled   boolean not null,
    primary key (region_id, service)
);
