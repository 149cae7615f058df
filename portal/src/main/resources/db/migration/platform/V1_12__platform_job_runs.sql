-- Every run of a scheduled job, on whichever instance took the job's lock: when each job last
-- ran, and proof that with N instances each job still runs once per period (kept for a week)
create table platform_job_runs (
    job         text        not null,
    instance_id uuid        not null,
    started_at  timestamptz not null default now()
);

create index platform_job_runs_job_idx on platform_job_runs (job, started_at);
