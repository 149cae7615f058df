-- The registry of city objects. Geometry is GeoJSON (RFC 7946, written with the right-hand
-- rule); lat/lon is a representative point inside it and extent its bounding box, which the
-- GiST index serves to map viewports and nearest-object questions (no PostGIS needed).
create table objects_types (
    id               uuid primary key,
    code             text not null unique,
    name_ru          text not null,
    name_en          text not null,
    icon             text not null,
    geometry_kind    text not null,
    attributes       jsonb not null default '[]',
    updated_at       timestamptz not null,
    -- when an object of this type last changed; the open-data catalog's "modified"
    data_modified_at timestamptz
);

create table objects_objects (
    id           uuid primary key,
    type_id      uuid not null references objects_types (id),
    external_id  text,
    name_ru      text not null,
    name_en      text not null,
    address      text,
    geometry     jsonb not null,
    lat          double precision not null,
    lon          double precision not null,
    extent       box not null,
    owner_id     uuid not null,
    district_id  uuid not null,
    status       text not null,
    attributes   jsonb not null default '{}',
    source       text not null,
    -- names and address in both scripts, lower case, for typo-tolerant search
    search_text  text not null,
    -- hash of everything an import sets, so re-importing an unchanged row changes nothing
    content_hash text not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    unique (type_id, external_id)
);
create index objects_objects_extent_idx on objects_objects using gist (extent);
create index objects_objects_search_idx on objects_objects using gin (search_text gin_trgm_ops);
-- lists and exports by type and by district, in name order
create index objects_objects_type_name_idx on objects_objects (type_id, name_ru, id);
create index objects_objects_district_name_idx on objects_objects (district_id, name_ru, id);
create index objects_objects_name_idx on objects_objects (name_ru, id);

-- What changed when; who changed it is kept for administrators and never shown publicly.
create table objects_history (
    id         bigint generated always as identity primary key,
    object_id  uuid not null references objects_objects (id),
    changed_at timestamptz not null,
    changed_by uuid,
    change     text not null,
    fields     text[] not null default '{}'
);
create index objects_history_object_idx on objects_history (object_id, id desc);

create table objects_photos (
    id            uuid primary key,
    object_id     uuid not null references objects_objects (id),
    file_key      text not null,
    thumbnail_key text not null,
    content_type  text not null,
    width         int not null,
    height        int not null,
    created_at    timestamptz not null
);
create index objects_photos_object_idx on objects_photos (object_id, created_at);

-- Server-side clustering, precomputed: per cluster zoom (0..15, below MapGrid.STREET_ZOOM)
-- the number of objects and the sum of their coordinates in each grid cell of
-- MapGrid.cellDegrees(zoom), per type and district and rolled up over all types and/or all
-- districts (the nil uuid stands for "all"), so a viewport at any zoom, filtered or not, reads
-- one row per visible cell instead of counting objects. Kept exact by the statement triggers
-- below for every write path (single edits, imports, COPY); a cell whose objects all left
-- keeps a zero row, which queries skip.
create table objects_clusters (
    zoom        smallint not null,
    type_id     uuid not null,
    district_id uuid not null,
    cell_x      int not null,
    cell_y      int not null,
    objects     int not null,
    sum_lat     double precision not null,
    sum_lon     double precision not null,
    primary key (zoom, type_id, district_id, cell_x, cell_y)
);

create function objects_clusters_apply() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select type_id, district_id, lat, lon, 1 as sign from new_rows'
        when 'DELETE' then 'select type_id, district_id, lat, lon, -1 as sign from old_rows'
        else 'select type_id, district_id, lat, lon, 1 as sign from new_rows
              union all select type_id, district_id, lat, lon, -1 from old_rows' end;
begin
    -- cell size 90 / 2^zoom degrees is MapGrid.cellDegrees(zoom); ordered to lock cells in one order
    execute format($sql$
        insert into objects_clusters as c
        select zoom, coalesce(type_id, '00000000-0000-0000-0000-000000000000'),
               coalesce(district_id, '00000000-0000-0000-0000-000000000000'), cell_x, cell_y,
               sum(sign)::int, sum(sign * lat), sum(sign * lon)
        from (select z::smallint as zoom, floor((lon + 180) / (90.0::float8 / (1 << z)))::int as cell_x,
                     floor((lat + 90) / (90.0::float8 / (1 << z)))::int as cell_y, type_id, district_id, sign, lat, lon
              from (%s) changed cross join generate_series(0, 15) z) cells
        group by grouping sets ((zoom, type_id, district_id, cell_x, cell_y), (zoom, type_id, cell_x, cell_y),
                                (zoom, district_id, cell_x, cell_y), (zoom, cell_x, cell_y))
        having sum(sign) <> 0 or sum(sign * lat) <> 0 or sum(sign * lon) <> 0
        order by 1, 2, 3, 4, 5
        on conflict (zoom, type_id, district_id, cell_x, cell_y) do update
            set objects = c.objects + excluded.objects, sum_lat = c.sum_lat + excluded.sum_lat,
                sum_lon = c.sum_lon + excluded.sum_lon
        $sql$, changed);
    execute format('update objects_types set data_modified_at = now() where id in (select type_id from (%s) changed)',
        changed);
    return null;
end $$;

create trigger objects_clusters_on_insert after insert on objects_objects
    referencing new table as new_rows for each statement execute function objects_clusters_apply();
create trigger objects_clusters_on_update after update on objects_objects
    referencing old table as old_rows new table as new_rows for each statement execute function objects_clusters_apply();
create trigger objects_clusters_on_delete after delete on objects_objects
    referencing old table as old_rows for each statement execute function objects_clusters_apply();

-- Imports run in the background; their progress and every bad row are kept for the report.
create table objects_import_jobs (
    id            uuid primary key,
    type_id       uuid not null references objects_types (id),
    file_name     text not null,
    file_key      text not null,
    file_size     bigint not null,
    format        text not null,
    dry_run       boolean not null,
    skip_bad_rows boolean not null,
    status        text not null,
    bytes_read    bigint not null default 0,
    rows_read     int not null default 0,
    bad_rows      int not null default 0,
    created       int not null default 0,
    updated       int not null default 0,
    unchanged     int not null default 0,
    problems      jsonb not null default '[]',
    created_by    uuid not null,
    created_at    timestamptz not null,
    finished_at   timestamptz
);
create index objects_import_jobs_created_idx on objects_import_jobs (created_at desc);
