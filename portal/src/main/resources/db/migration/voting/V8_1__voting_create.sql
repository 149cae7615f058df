-- Votes and participatory budgets. A vote's definition is frozen once it is scheduled.
create table voting_votes (
    id             uuid primary key,
    title_ru       text not null,
    title_en       text not null,
    description_ru text not null,
    description_en text not null,
    kind           text not null,
    ballot_rule    text not null,
    max_choices    int,
    budget         bigint,
    counting       text not null,
    results_live   boolean not null,
    min_age        int,
    opens_at       timestamptz not null,
    closes_at      timestamptz not null,
    status         text not null,
    image_key      text,
    image_type     text,
    eligible_count bigint,
    created_by     uuid not null,
    created_at     timestamptz not null
);

-- the public list shows votes by status, soonest closing first
create index voting_votes_status_idx on voting_votes (status, closes_at);
-- the calendar job opens and closes votes when their time comes
create index voting_votes_opens_idx on voting_votes (opens_at) where status = 'SCHEDULED';
create index voting_votes_closes_idx on voting_votes (closes_at) where status = 'OPEN';
-- staff see the newest votes first
create index voting_votes_created_idx on voting_votes (created_at);

create table voting_options (
    id             uuid primary key,
    vote_id        uuid not null references voting_votes (id),
    position       int not null,
    title_ru       text not null,
    title_en       text not null,
    description_ru text not null,
    description_en text not null,
    cost           bigint,
    image_key      text,
    image_type     text,
    unique (vote_id, position)
);

-- districts whose residents may vote; none means the whole region
create table voting_vote_districts (
    vote_id     uuid not null references voting_votes (id),
    district_id uuid not null,
    primary key (vote_id, district_id)
);

-- who moved a vote to which status, and when (append-only)
create table voting_vote_history (
    id      bigint generated always as identity primary key,
    vote_id uuid not null references voting_votes (id),
    status  text not null,
    at      timestamptz not null,
    by_user uuid
);

create index voting_vote_history_vote_idx on voting_vote_history (vote_id, id);

-- "Who voted": one row per voter and vote, enforced by the primary key. Deliberately no
-- ballot reference and no time: nothing here points at a ballot.
create table voting_voters (
    vote_id  uuid not null references voting_votes (id),
    voter_id uuid not null,
    primary key (vote_id, voter_id)
);

-- The ballots: the leaves of the vote's Merkle tree. Deliberately no voter reference and no
-- time. option_ids repeats what data encodes, so tallies can be counted in SQL.
create table voting_ballots (
    vote_id    uuid not null references voting_votes (id),
    leaf_index bigint not null,
    data       bytea not null,
    leaf_hash  bytea not null,
    option_ids uuid[] not null,
    primary key (vote_id, leaf_index)
);

-- Hashes of the complete subtrees above the leaves (level >= 1): node (level, i) covers the
-- leaves [i * 2^level, (i + 1) * 2^level). Proofs and past roots are built from them.
create table voting_tree_nodes (
    vote_id    uuid not null references voting_votes (id),
    level      smallint not null,
    node_index bigint not null,
    hash       bytea not null,
    primary key (vote_id, level, node_index)
);

-- The current head of each vote's tree; its row lock serializes appends, and closing clears
-- accepting under the same lock. frontier holds the roots of the complete subtrees along the
-- right edge, largest first, so an append never reads older leaves.
create table voting_tree_heads (
    vote_id   uuid primary key references voting_votes (id),
    tree_size bigint not null,
    root_hash bytea not null,
    frontier  bytea not null,
    accepting boolean not null
);

-- Signed tree heads: Ed25519 signatures over (vote, tree size, timestamp, root).
create table voting_signed_heads (
    id         bigint generated always as identity primary key,
    vote_id    uuid not null references voting_votes (id),
    tree_size  bigint not null,
    root_hash  bytea not null,
    signed_at  timestamptz not null,
    signature  bytea not null,
    public_key bytea not null,
    final      boolean not null
);

create index voting_signed_heads_vote_idx on voting_signed_heads (vote_id, id);

-- The counted result, fixed at close: one row per option in the order the counting rule
-- considered them, with its decision, so the results page can explain the computation.
create table voting_results (
    vote_id       uuid not null references voting_votes (id),
    option_id     uuid not null references voting_options (id),
    step          int not null,
    votes         bigint not null,
    selected      boolean not null,
    decision      text not null,
    budget_left   bigint,
    price         text,
    primary key (vote_id, option_id)
);

-- The portal's Ed25519 signing key, generated on first use unless vmeste.voting.signing-key
-- is configured. A single row.
create table voting_signing_keys (
    id          smallint primary key check (id = 1),
    public_key  bytea not null,
    private_key bytea not null,
    created_at  timestamptz not null
);
