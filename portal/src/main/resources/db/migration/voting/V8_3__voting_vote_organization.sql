-- The organization a vote belongs to: its vote managers (role VOTE_MANAGER, members of that
-- organization) manage it; administrators manage every vote. Null for votes made by
-- administrators for the whole region.
alter table voting_votes add column organization_id uuid;

-- a vote manager's list shows their organizations' votes, newest first
create index voting_votes_organization_idx on voting_votes (organization_id, created_at);
