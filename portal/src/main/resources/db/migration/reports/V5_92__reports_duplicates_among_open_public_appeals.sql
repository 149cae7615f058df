-- The likely-duplicates check of every new appeal compares it only with public appeals still open
-- (Duplicates): a spatial index of those alone keeps the check's cost to the appeals that can be
-- duplicates, however many others wait for moderation around the point (a snowfall's storm of
-- reports) or were closed there over the years. Its predicate is the check's own status filter,
-- so the planner uses it; new appeals (waiting for moderation) are not entered in it.
create index reports_appeals_open_location_idx on reports_appeals using gist (location)
    where status in ('PUBLISHED', 'ROUTED', 'IN_PROGRESS', 'ANSWERED', 'REOPENED');
