package ru.vmeste.voting;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VoteKind;
import ru.vmeste.voting.internal.VoteStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's votes as the API contract promises them: an open single-choice vote and an open
 * participatory budget the demo resident may vote in, and a published vote with a real ledger.
 */
@PortalTest
class VotingDemoDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VoteAdministration votes;

	@Autowired
	BallotBox ballotBox;

	@Autowired
	Residents residents;

	@Test
	void theDemoResidentMayVoteInAnOpenSingleChoiceVoteAndAnOpenBudget() {
		VotingFixtures fixtures = new VotingFixtures(context);
		UserId resident = residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow();
		Vote square = vote(fixtures.demoVote("Какой сквер благоустроить в 2027 году?"));
		Vote budget = vote(fixtures.demoVote("Народный бюджет Ленинского района — 2027"));
		assertThat(square.kind()).isEqualTo(VoteKind.SINGLE_CHOICE);
		assertThat(budget.kind()).isEqualTo(VoteKind.BUDGET);
		for (Vote vote : new Vote[] { square, budget }) {
			assertThat(vote.status()).isEqualTo(VoteStatus.OPEN);
			assertThat(ballotBox.refusal(vote, resident)).as("eligible for %s", vote.title().ru()).isEmpty();
		}
		assertThat(budget.eligibility().districts()).containsExactly(fixtures.district("leninsky"));
	}

	@Test
	void thePublishedVoteHasALedgerSignedHeadsAndAResult() {
		String published = new VotingFixtures(context).demoVote("Народный бюджет Перми — 2026");
		assertThat(vote(published).status()).isEqualTo(VoteStatus.PUBLISHED);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/sth", published)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.treeSize").isEqualTo(412);
			json.assertThat().extractingPath("$.final").isEqualTo(true);
		});
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/heads?size=50", published)).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(12);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/results", published)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.ballots").isEqualTo(412);
			json.assertThat().extractingPath("$.counting").isEqualTo("EQUAL_SHARES");
			json.assertThat().extractingPath("$.selected").asArray().isNotEmpty();
		});
	}

	private Vote vote(String id) {
		return votes.find(new VoteId(UUID.fromString(id)));
	}

}
