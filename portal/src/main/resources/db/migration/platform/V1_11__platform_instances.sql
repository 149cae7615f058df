-- The portal instances alive right now (each renews its heartbeat every few seconds) and, per
-- event publication, the instance working on it. Every connection of an instance carries the
-- application name vmeste/<instance id>; the owner column takes it when a publication is stored
-- and again whenever its status changes (resubmitted, processing). So an instance resubmits at
-- once what a dead instance left unfinished, and never what a live one is processing.
create table platform_instances (
    id           uuid        not null primary key,
    name         text        not null,
    started_at   timestamptz not null default now(),
    heartbeat_at timestamptz not null default now()
);

create function platform_connection_instance() returns uuid language sql stable as $$
    select substring(current_setting('application_name') from '^vmeste/([0-9a-f-]{36})$')::uuid
$$;

alter table event_publication add column owner uuid default platform_connection_instance();

create function platform_event_publication_owner() returns trigger language plpgsql as $$
begin
    if new.status is distinct from old.status then
        new.owner := coalesce(platform_connection_instance(), new.owner);
    end if;
    return new;
end
$$;

create trigger event_publication_owner before update on event_publication
    for each row execute function platform_event_publication_owner();
