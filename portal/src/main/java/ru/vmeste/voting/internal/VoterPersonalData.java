package ru.vmeste.voting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.identity.PersonalDataSource;
import ru.vmeste.identity.UserId;

/**
 * In "download my data", the votes the resident took part in: that they voted, never how (a
 * ballot holds no voter, so there is nothing to export and nothing to erase; a deleted account's
 * "voted" rows stay so that the ledger's leaves still match the number of voters).
 */
@Component
class VoterPersonalData implements PersonalDataSource {

	record TookPart(String voteId, String title) {
	}

	private final JdbcClient jdbc;

	VoterPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "votes";
	}

	@Override
	public Object collect(UserId user) {
		return jdbc.sql("""
				select v.id, v.title_ru from voting_voters p join voting_votes v on v.id = p.vote_id
				where p.voter_id = ? order by v.opens_at""")
			.param(user.value())
			.query((rs, row) -> new TookPart(rs.getString(1), rs.getString(2)))
			.list();
	}

}
