-- The appeal's life cycle (issue 13): a published appeal is PUBLISHED until routing has chosen
-- its organization (ROUTED no longer says so before it is true), answered appeals remember when
-- they were answered (the confirmation period), and closed ones how they ended.
alter table reports_appeals add column answered_at timestamptz;
alter table reports_appeals add column outcome text check (outcome in ('SOLVED', 'NOT_SOLVED', 'NOT_CONFIRMED'));

update reports_appeals set status = 'PUBLISHED' where status = 'ROUTED' and routing_decision_id is null;
update reports_appeal_history set status = 'PUBLISHED' where change = 'PUBLISHED';

update reports_appeals a set answered_at = (select max(created_at) from reports_answers r where r.appeal_id = a.id)
where status in ('ANSWERED', 'CLOSED');

update reports_appeals a set outcome = case when (
        select r.solved from reports_ratings r where r.appeal_id = a.id order by r.created_at desc limit 1)
    then 'SOLVED' else 'NOT_SOLVED' end
where status = 'CLOSED';

-- appeals published while routing was not running, routed at start-up
drop index reports_appeals_unrouted_idx;
create index reports_appeals_unrouted_idx on reports_appeals (published_at, id) where status = 'PUBLISHED';

-- answered appeals whose confirmation period may have passed
create index reports_appeals_unconfirmed_idx on reports_appeals (answered_at) where status = 'ANSWERED';

-- an author's held appeals, released when the e-mail is confirmed
create index reports_appeals_held_idx on reports_appeals (author_id) where status = 'HELD';
