package ru.vmeste.voting.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.VoteId;

/**
 * The "who voted" roll: which residents have cast a ballot in a vote, and nothing else (no
 * ballot, no time). Its primary key makes a second ballot impossible, also under races; the
 * pipeline writes it a batch at a time ({@link BallotPool#record}).
 */
@Repository
class Voters {

	private final JdbcClient jdbc;

	Voters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasVoted(VoteId vote, UserId voter) {
		return jdbc.sql("select exists(select 1 from voting_voters where vote_id = ? and voter_id = ?)")
			.params(vote.value(), voter.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Rewrites a closed vote's roll in the order of the voters' ids, in a transaction of its own:
	 * afterwards no live row tells when its voter came (physical order or transaction id), only
	 * that they voted. False if there was nothing to do (one transaction wrote the whole roll).
	 */
	boolean sortClosedRoll(VoteId vote) {
		long transactions = jdbc.sql("select count(distinct xmin::text) from voting_voters where vote_id = ?")
			.param(vote.value())
			.query(Long.class)
			.single();
		if (transactions <= 1) {
			return false;
		}
		jdbc.sql("""
				with moved as (delete from voting_voters where vote_id = ? returning vote_id, voter_id)
				insert into voting_voters (vote_id, voter_id) select vote_id, voter_id from moved order by voter_id
				""").param(vote.value()).update();
		return true;
	}

	/** Everyone who voted in the vote, in no particular order. */
	List<UUID> all(VoteId vote) {
		return jdbc.sql("select voter_id from voting_voters where vote_id = ?").param(vote.value()).query(UUID.class).list();
	}

}
