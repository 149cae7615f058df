-- The address index of the places module: streets (searched by trigrams, typos forgiven) and
-- their houses (a point each, found near a point by the GiST index).
create table places_streets (
    id          uuid primary key,
    name_ru     text not null unique,
    name_en     text not null,
    search_text text not null
);
create index places_streets_search on places_streets using gin (search_text gin_trgm_ops);

create table places_addresses (
    id          uuid primary key,
    street_id   uuid not null references places_streets (id),
    house       text not null,
    house_key   text not null,
    lat         double precision not null,
    lon         double precision not null,
    location    point not null,
    district_id uuid,
    source      text not null,
    unique (street_id, house_key)
);
create index places_addresses_location on places_addresses using gist (location);
