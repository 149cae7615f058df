package ru.vmeste.demo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.Territory;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.VoteOperator;
import ru.vmeste.voting.VoteOperator.Summary;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VoteKind;
import ru.vmeste.voting.internal.VoteStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's votes as the API contract promises them: an open single-choice vote and an open
 * participatory budget the demo resident may vote in and has not, put up through the public
 * {@link VoteOperator} by the demo administrator; an upcoming vote; and a published vote with a
 * real ledger, carried over from its audit bundle.
 */
@PortalTest
class VotingDemoTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	VoteOperator operator;

	@Autowired
	VoteAdministration administration;

	@Autowired
	BallotBox ballotBox;

	@Autowired
	Residents residents;

	@Autowired
	Territory territory;

	@Autowired
	VotingDemo demo;

	Map<String, Summary> demoVotes;

	@BeforeEach
	void setUp() {
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		// other tests add votes of their own; the demo's are found by their titles
		demoVotes = new HashMap<>();
		Paged<Summary> page;
		int number = 0;
		do {
			page = operator.managedBy(admin, PageQuery.of(number++, PageQuery.MAX_SIZE));
			page.items().forEach(vote -> demoVotes.put(vote.title().ru(), vote)); // the oldest of a title, the demo's, stays
		}
		while (page.hasNext());
	}

	@Test
	void theDemoResidentMayVoteInAnOpenSingleChoiceVoteAndAnOpenBudgetAndHasNotYet() {
		UserId resident = residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow();
		Vote square = vote(VotingDemo.SQUARE);
		Vote budget = vote(VotingDemo.LENINSKY_BUDGET);
		assertThat(square.kind()).isEqualTo(VoteKind.SINGLE_CHOICE);
		assertThat(budget.kind()).isEqualTo(VoteKind.BUDGET);
		for (Vote vote : new Vote[] { square, budget }) {
			assertThat(vote.status()).isEqualTo(VoteStatus.OPEN);
			assertThat(ballotBox.refusal(vote, resident)).as("eligible for %s", vote.title().ru()).isEmpty();
			assertThat(ballotBox.hasVoted(vote.id(), resident)).as("not voted in %s", vote.title().ru()).isFalse();
		}
		assertThat(budget.eligibility().districts()).singleElement()
			.isEqualTo(territory.districts().stream().filter(district -> district.code().equals("leninsky")).findFirst()
				.orElseThrow().id());
	}

	@Test
	void theBridgeVoteIsAnnouncedAndOpensLater() {
		Summary bridge = demoVotes.get(VotingDemo.BRIDGE);
		assertThat(bridge).isNotNull();
		assertThat(bridge.status()).isEqualTo("SCHEDULED");
		assertThat(mvc.get().uri("/api/v1/votes/{id}", bridge.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SCHEDULED");
	}

	@Test
	void thePublishedVoteHasALedgerSignedHeadsAndAResult() {
		Summary published = demoVotes.get("Народный бюджет Перми — 2026");
		assertThat(published).isNotNull();
		assertThat(published.status()).isEqualTo("PUBLISHED");
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/sth", published.id())).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.treeSize").isEqualTo((int) published.ballots());
			json.assertThat().extractingPath("$.final").isEqualTo(true);
		});
		assertThat(published.ballots()).isPositive();
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/heads?size=50", published.id())).bodyJson()
			.extractingPath("$.total")
			.asNumber()
			.satisfies(total -> assertThat(total.intValue()).as("heads signed while it was open, and the final one")
				.isGreaterThan(2));
		assertThat(mvc.get().uri("/api/v1/votes/{id}/results", published.id())).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.ballots").isEqualTo((int) published.ballots());
			json.assertThat().extractingPath("$.counting").isEqualTo("EQUAL_SHARES");
			json.assertThat().extractingPath("$.selected").asArray().hasSizeGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void seedingAgainAddsNoVoteAndIsNotRefused() {
		long before = votesThere();
		demo.seed();
		assertThat(votesThere()).isEqualTo(before);
	}

	private long votesThere() {
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		long count = 0;
		Paged<Summary> page;
		int number = 0;
		do {
			page = operator.managedBy(admin, PageQuery.of(number++, PageQuery.MAX_SIZE));
			count += page.items().size();
		}
		while (page.hasNext());
		return count;
	}

	private Vote vote(String title) {
		Summary summary = demoVotes.get(title);
		assertThat(summary).as(title).isNotNull();
		return administration.find(new VoteId(summary.id().value()));
	}

}
