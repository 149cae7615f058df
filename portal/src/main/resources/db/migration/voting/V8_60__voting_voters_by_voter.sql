-- the votes one resident took part in ("download my data", 152-FZ)
create index voting_voters_voter_idx on voting_voters (voter_id);
