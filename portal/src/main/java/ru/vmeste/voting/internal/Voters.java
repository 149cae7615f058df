package ru.vmeste.voting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.VoteId;

/**
 * The "who voted" roll: which residents have cast a ballot in a vote, and nothing else (no
 * ballot, no time). Its primary key makes a second ballot impossible, also under races.
 */
@Repository
class Voters {

	private final JdbcClient jdbc;

	Voters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the resident as having voted; false if they already had. A concurrent attempt by
	 * the same resident waits here for the first one's transaction and then gets false.
	 */
	boolean record(VoteId vote, UserId voter) {
		return jdbc.sql("insert into voting_voters (vote_id, voter_id) values (?, ?) on conflict do nothing")
			.params(vote.value(), voter.value())
			.update() == 1;
	}

	boolean hasVoted(VoteId vote, UserId voter) {
		return jdbc.sql("select exists(select 1 from voting_voters where vote_id = ? and voter_id = ?)")
			.params(vote.value(), voter.value())
			.query(Boolean.class)
			.single();
	}

}
