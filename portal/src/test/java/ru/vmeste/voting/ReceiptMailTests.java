package ru.vmeste.voting;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receipt by e-mail: sent only when the resident asks for it (the API's default is no mail),
 * with a link that fills in the "check my ballot" page without the receipt reaching a server,
 * and never kept by the demo's mail capture.
 */
@PortalTest
class ReceiptMailTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailsTheReceiptWithALinkToCheckIt() {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().open();
		VotingFixtures.Resident voter = fixtures.resident("motovilikhinsky");
		assertThat(cast(voter, vote, fixtures.option(vote, 1), true)).isEqualTo(HttpStatus.CREATED);

		String email = residents.contactOf(voter.id()).orElseThrow().email();
		// the receipt rides after the '#', which no browser sends to a server
		assertThat(TestMailServer.linkInMailTo(email)).startsWith("http://localhost/votes/check#voteId=" + vote)
			.contains("&leafIndex=0&leafHash=", "&treeSize=1&rootHash=", "&leafData=")
			.doesNotContain("?");
		assertThat(jdbc.sql("select count(*) from notifications_captured_mail where recipient = ?").param(email)
			.query(Long.class).single()).as("a receipt mail is never kept by the mail capture").isZero();
	}

	@Test
	void sendsNoMailUnlessAskedTo() {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().open();
		VotingFixtures.Resident voter = fixtures.resident("motovilikhinsky");
		assertThat(HttpStatus.valueOf(mvc.post()
			.uri("/api/v1/votes/{id}/ballots", vote)
			.header("Authorization", voter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + fixtures.option(vote, 0) + "\"]}")
			.exchange()
			.getResponse()
			.getStatus())).isEqualTo(HttpStatus.CREATED);
		assertNoReceiptMailed(fixtures, vote, voter);
	}

	@Test
	void sendsNoMailWhenTheResidentDeclines() {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().open();
		VotingFixtures.Resident voter = fixtures.resident("motovilikhinsky");
		assertThat(cast(voter, vote, fixtures.option(vote, 0), false)).isEqualTo(HttpStatus.CREATED);
		assertNoReceiptMailed(fixtures, vote, voter);
	}

	/**
	 * The voter got no receipt: a voter who casts a ballot after them and asks for the receipt has
	 * theirs (receipts are mailed once the ballot is in the ledger), and still none came to this
	 * voter. Waiting for that mail instead of a fixed time waits as long as mail takes on this
	 * machine, and no longer.
	 */
	private void assertNoReceiptMailed(VotingFixtures fixtures, VoteId vote, VotingFixtures.Resident voter) {
		VotingFixtures.Resident later = fixtures.resident("motovilikhinsky");
		assertThat(cast(later, vote, fixtures.option(vote, 0), true)).isEqualTo(HttpStatus.CREATED);
		assertThat(TestMailServer.linkInMailTo(residents.contactOf(later.id()).orElseThrow().email()))
			.contains("/votes/check#voteId=" + vote);
		assertThat(TestMailServer.messagesTo(residents.contactOf(voter.id()).orElseThrow().email())).isEmpty();
	}

	private HttpStatus cast(VotingFixtures.Resident voter, VoteId vote, UUID option, boolean mail) {
		return HttpStatus.valueOf(mvc.post()
			.uri("/api/v1/votes/{id}/ballots", vote)
			.header("Authorization", voter.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + option + "\"],\"emailReceipt\":" + mail + "}")
			.exchange()
			.getResponse()
			.getStatus());
	}

}
