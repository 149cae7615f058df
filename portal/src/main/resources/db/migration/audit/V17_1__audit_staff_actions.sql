-- The audit log of staff actions: who (account, roles) did what (the action's URL pattern and
-- handler) to which appeal, vote, user, rule (the URL's ids), with what outcome (HTTP status),
-- when and from where (the client address). Append-only: the triggers below refuse every change
-- and removal, whoever asks. Administrators read it; no export or open dataset includes it.
create table audit_staff_actions (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor_id    uuid not null,
    actor_roles text not null,
    method      text not null,
    action      text not null,
    handler     text not null,
    target      text not null,
    detail      text not null,
    status      int not null,
    address     text not null
);

-- the log is read newest first, for everyone or one actor, or searched by an id it mentions
create index audit_staff_actions_at_idx on audit_staff_actions (at desc, id desc);
create index audit_staff_actions_actor_idx on audit_staff_actions (actor_id, at desc);
create index audit_staff_actions_target_idx on audit_staff_actions using gin (target gin_trgm_ops);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log of staff actions is append-only';
end $$;

create trigger audit_staff_actions_no_update before update or delete on audit_staff_actions
    for each row execute function audit_refuse_change();
create trigger audit_staff_actions_no_truncate before truncate on audit_staff_actions
    for each statement execute function audit_refuse_change();
