-- Ballots accepted but not yet in the ledger. A cast records the voter (voting_voters) and pools
-- the ballot in one transaction, the pool row inside a savepoint so that it carries another
-- transaction id than the voter rows; the appender moves pooled ballots into the ledger in
-- shuffled batches and deletes them from here in the same transaction. Deliberately no voter,
-- no time and no sequence: nothing here orders or names who cast it.
create table voting_ballot_pool (
    leaf_hash  bytea primary key,
    vote_id    uuid not null references voting_votes (id),
    data       bytea not null
);

-- a vote's closing appends what is still pooled for it
create index voting_ballot_pool_vote_idx on voting_ballot_pool (vote_id);

-- a voter who kept only the leaf hash finds their ballot (GET …/ledger/receipt?leafHash=)
create unique index voting_ballots_hash_idx on voting_ballots (vote_id, leaf_hash);

-- The participation roll published at closing: the sorted per-vote pseudonyms (a keyed hash of
-- vote and voter) of everyone who voted. Its size equals the number of leaves.
create table voting_participation (
    vote_id   uuid not null references voting_votes (id),
    pseudonym bytea not null,
    primary key (vote_id, pseudonym)
);
