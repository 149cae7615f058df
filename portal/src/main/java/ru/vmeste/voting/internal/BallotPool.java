package ru.vmeste.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the ballot pipeline: the "who voted" roll written a batch at a time, the pool of
 * ballots waiting for the appender, and the database locks that keep one appender at a time and
 * let a vote's closing wait for the admissions in flight.
 */
@Repository
class BallotPool {

	/** A ballot waiting to be appended: its leaf bytes and hash; no voter, no time. */
	record Pooled(UUID vote, byte[] leafHash, byte[] data) {
	}

	/** A voter to record in a vote. */
	record VoterRow(UUID vote, UUID voter) {
	}

	/** The advisory lock (bigint key space) that makes the appender single across every instance. */
	private static final long APPENDER_LOCK = 8_000_001L;

	/** The first key of a vote's gate (two-int key space); the second is a hash of the vote id. */
	private static final int GATE_SPACE = 8;

	private final JdbcClient jdbc;

	BallotPool(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits until no other transaction appends; held until this one ends. */
	void lockAppender() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPENDER_LOCK).query((rs, row) -> 1).list();
	}

	/** Admissions to a vote share its gate; its closing takes it alone and so waits for them. */
	void shareGate(UUID vote) {
		jdbc.sql("select pg_advisory_xact_lock_shared(?, hashtext(?))").params(GATE_SPACE, vote.toString())
			.query((rs, row) -> 1)
			.list();
	}

	void closeGate(UUID vote) {
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(GATE_SPACE, vote.toString())
			.query((rs, row) -> 1)
			.list();
	}

	/** Whether the vote's ledger still takes leaves (read after {@link #shareGate}). */
	boolean accepting(UUID vote) {
		return jdbc.sql("select accepting from voting_tree_heads where vote_id = ?")
			.param(vote)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records the voters, inserted in the order of their ids (random, so the table's physical
	 * order within a batch says nothing about who came first), and answers those who were not
	 * recorded already. A concurrent insert of the same voter waits for the other transaction.
	 */
	List<VoterRow> record(List<VoterRow> voters) {
		if (voters.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				insert into voting_voters (vote_id, voter_id)
				select v.vote_id, v.voter_id from unnest(cast(? as uuid[]), cast(? as uuid[])) as v (vote_id, voter_id)
				order by v.voter_id, v.vote_id
				on conflict do nothing
				returning vote_id, voter_id
				""")
			.params(voters.stream().map(VoterRow::vote).toArray(UUID[]::new),
					voters.stream().map(VoterRow::voter).toArray(UUID[]::new))
			.query((rs, row) -> new VoterRow(rs.getObject("vote_id", UUID.class), rs.getObject("voter_id", UUID.class)))
			.list();
	}

	/** Pools ballots in the order given (the caller shuffles them). */
	void pool(List<Pooled> ballots) {
		if (ballots.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into voting_ballot_pool (leaf_hash, vote_id, data)
				select b.leaf_hash, b.vote_id, b.data
				from unnest(cast(? as bytea[]), cast(? as uuid[]), cast(? as bytea[])) with ordinality as b (leaf_hash, vote_id, data, n)
				order by b.n
				""")
			.params(ballots.stream().map(Pooled::leafHash).toArray(byte[][]::new),
					ballots.stream().map(Pooled::vote).toArray(UUID[]::new),
					ballots.stream().map(Pooled::data).toArray(byte[][]::new))
			.update();
	}

	/** Up to {@code limit} pooled ballots of any vote, in no particular order. */
	List<Pooled> pooled(int limit) {
		return jdbc.sql("select vote_id, leaf_hash, data from voting_ballot_pool limit ?")
			.param(limit)
			.query(BallotPool::pooled)
			.list();
	}

	/** Every pooled ballot of one vote. */
	List<Pooled> pooled(UUID vote) {
		return jdbc.sql("select vote_id, leaf_hash, data from voting_ballot_pool where vote_id = ?")
			.param(vote)
			.query(BallotPool::pooled)
			.list();
	}

	boolean isEmpty() {
		return !jdbc.sql("select exists(select 1 from voting_ballot_pool)").query(Boolean.class).single();
	}

	long count(UUID vote) {
		return jdbc.sql("select count(*) from voting_ballot_pool where vote_id = ?").param(vote).query(Long.class).single();
	}

	boolean isPooled(UUID vote, byte[] leafHash) {
		return jdbc.sql("select exists(select 1 from voting_ballot_pool where vote_id = ? and leaf_hash = ?)")
			.params(vote, leafHash)
			.query(Boolean.class)
			.single();
	}

	void remove(List<Pooled> ballots) {
		jdbc.sql("delete from voting_ballot_pool where leaf_hash = any(?)")
			.param(ballots.stream().map(Pooled::leafHash).toArray(byte[][]::new))
			.update();
	}

	private static Pooled pooled(ResultSet rs, int row) throws SQLException {
		return new Pooled(rs.getObject("vote_id", UUID.class), rs.getBytes("leaf_hash"), rs.getBytes("data"));
	}

}
