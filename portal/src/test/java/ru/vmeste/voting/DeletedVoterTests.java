package ru.vmeste.voting;

import java.util.HexFormat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.Residents;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A voter who deletes their account (152-FZ) leaves the vote as it was: "download my data" says
 * they took part and nothing of how, and after the deletion their ballot is still the same leaf
 * of the ledger and the "voted" row still counts them, linked to nothing that names them.
 */
@PortalTest
class DeletedVoterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Residents residents;

	@Test
	void theBallotAndTheLedgerAreUntouchedAndTheExportNamesTheVoteButNotTheBallot() throws Exception {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().open();
		VotingFixtures.Resident voter = fixtures.resident("dzerzhinsky");
		String receipt = mvc.post()
			.uri("/api/v1/votes/{id}/ballots", vote)
			.header("Authorization", voter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + fixtures.option(vote, 1) + "\"]}")
			.exchange()
			.getResponse()
			.getContentAsString();
		String leafHash = JsonPath.read(receipt, "$.leafHash");

		MvcTestResult export = mvc.get().uri("/api/v1/me/data").header("Authorization", voter.bearer()).exchange();
		assertThat(export).hasStatusOk().bodyJson().extractingPath("$.votes[*].voteId").asArray()
			.containsExactly(vote.toString());
		assertThat(export.getResponse().getContentAsString()).doesNotContain(leafHash)
			.doesNotContain(fixtures.option(vote, 1).toString());
		String ledgerBefore = ledger(vote);

		assertThat(mvc.delete().uri("/api/v1/me").header("Authorization", voter.bearer())).hasStatus(HttpStatus.NO_CONTENT);

		assertThat(residents.contactOf(voter.id())).isEmpty();
		assertThat(ledger(vote)).isEqualTo(ledgerBefore).contains(leafHash);
		assertThat(jdbc.sql("select count(*) from voting_voters where vote_id = ? and voter_id = ?")
			.params(vote.value(), voter.id().value()).query(Long.class).single()).isOne();
	}

	/** Every leaf of the vote's ledger, in order. */
	private String ledger(VoteId vote) {
		return String.join(",", jdbc.sql("select leaf_hash from voting_ballots where vote_id = ? order by leaf_index")
			.param(vote.value())
			.query((rs, row) -> HexFormat.of().formatHex(rs.getBytes(1)))
			.list());
	}

}
