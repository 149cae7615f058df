package ru.vmeste.voting;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.VoteAdministration;
import ru.vmeste.voting.internal.VotingJobs;
import ru.vmeste.voting.internal.ledger.SignedHead;
import ru.vmeste.voting.internal.ledger.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A vote's life in time: drafts stay with staff and are frozen once scheduled; the calendar
 * opens a vote with a signed empty tree; heads are signed while it grows; closing signs the
 * final head and fixes the result; publishing makes it official.
 */
@PortalTest
class VoteLifecycleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VotingJobs jobs;

	@Autowired
	BallotBox ballotBox;

	@Autowired
	VoteAdministration administration;

	@Autowired
	Residents residents;

	@Autowired
	JdbcClient jdbc;

	VotingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new VotingFixtures(context);
	}

	@Test
	void signsHeadsWhileOpenAndTheFinalHeadAndResultAtClose() throws Exception {
		VoteId vote = fixtures.vote().budget(100, BallotRule.WITHIN_BUDGET, Counting.EQUAL_SHARES, 60L, 30L, 20L).open();
		assertThat(head(vote)).satisfies(json -> {
			assertThat(((Number) JsonPath.read(json, "$.treeSize")).longValue()).isZero();
			assertThat(signatureValid(vote, json)).isTrue();
		});
		for (int i = 0; i < 3; i++) {
			ballotBox.cast(vote, fixtures.resident("leninsky").id(), List.of(fixtures.option(vote, i)), false);
		}
		assertThat(mvc.get().uri("/api/v1/votes/{id}/results", vote)).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/leaves?start=0&end=3", vote)).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/audit-bundle", vote)).hasStatus(HttpStatus.CONFLICT);

		jobs.signOpenVotes();
		String grown = head(vote);
		assertThat(((Number) JsonPath.read(grown, "$.treeSize")).longValue()).isEqualTo(3);
		assertThat(signatureValid(vote, grown)).isTrue();
		assertThat(signatureValid(vote, grown.replace("\"treeSize\":3", "\"treeSize\":2"))).isFalse();
		jobs.signOpenVotes();
		assertThat(headCount(vote)).as("an unchanged tree is not signed again").isEqualTo(2);

		fixtures.close(vote);
		String last = head(vote);
		assertThat((Boolean) JsonPath.read(last, "$.final")).isTrue();
		assertThat(((Number) JsonPath.read(last, "$.treeSize")).longValue()).isEqualTo(3);
		assertThat(signatureValid(vote, last)).isTrue();
		assertThat(headCount(vote)).isEqualTo(3);
		long eligible = residents.countVerified(Set.of(), null);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/results", vote)).hasStatusOk().bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("CLOSED");
			json.assertThat().extractingPath("$.ballots").isEqualTo(3);
			json.assertThat().extractingPath("$.eligible").isEqualTo((int) eligible);
			json.assertThat().extractingPath("$.totals[*].count").asArray().containsOnly(1);
			json.assertThat().extractingPath("$.fixed").isEqualTo(true);
		});
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/leaves?start=0&end=3", vote)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].index")
			.asArray()
			.containsExactly(0, 1, 2);

		UserId official = fixtures.official();
		administration.publish(vote, official);
		assertThat(mvc.get().uri("/api/v1/votes/{id}", vote)).bodyJson().extractingPath("$.status").isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select status from voting_vote_history where vote_id = ? order by id").param(vote.value())
			.query(String.class)
			.list()).containsExactly("DRAFT", "SCHEDULED", "OPEN", "CLOSED", "PUBLISHED");
	}

	@Test
	void keepsDraftsFromThePublicAndFreezesAScheduledVote() {
		UserId official = fixtures.official();
		VoteId vote = fixtures.vote().scheduled();
		administration.unschedule(vote, official);
		assertThat(mvc.get().uri("/api/v1/votes/{id}", vote)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/votes/{id}", vote)).hasStatus(HttpStatus.NOT_FOUND);
		administration.schedule(vote, official);
		assertThat(mvc.get().uri("/api/v1/votes/{id}", vote)).hasStatusOk();
		assertThatThrownBy(() -> administration.addOption(vote, new LocalizedText("Ещё", null), null, null, official))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.messageCode()).isEqualTo("voting.not-a-draft"));
		assertThatThrownBy(() -> administration.publish(vote, official)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("voting.wrong-status"));
	}

	@Test
	void showsLiveResultsAndBallotsWhileOpenWhenTheVoteSaysSo() {
		VoteId vote = fixtures.vote().liveResults().open();
		ballotBox.cast(vote, fixtures.resident("kirovsky").id(), List.of(fixtures.option(vote, 2)), false);
		UUID winner = fixtures.option(vote, 2);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/results", vote)).hasStatusOk().bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("OPEN");
			json.assertThat().extractingPath("$.fixed").isEqualTo(false);
			json.assertThat().extractingPath("$.selected").asArray().containsExactly(winner.toString());
		});
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/leaves?start=0&end=1", vote)).hasStatusOk();
	}

	@Test
	void answersBadProofRequestsClearly() {
		VoteId vote = fixtures.vote().open();
		ballotBox.cast(vote, fixtures.resident("leninsky").id(), List.of(fixtures.option(vote, 0)), false);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/proof/inclusion?leafIndex=1&treeSize=1", vote))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").isEqualTo("Листа 1 нет в дереве из 1 листа.");
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/proof/inclusion?leafIndex=0&treeSize=5", vote))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").isEqualTo("В дереве 1 лист, а не 5.");
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/proof/consistency?first=0&second=1", vote))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/proof/inclusion?leafIndex=x&treeSize=1", vote))
			.hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/sth", UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private String head(VoteId vote) throws Exception {
		return mvc.get().uri("/api/v1/votes/{id}/ledger/sth", vote).exchange().getResponse().getContentAsString();
	}

	private long headCount(VoteId vote) {
		return jdbc.sql("select count(*) from voting_signed_heads where vote_id = ?").param(vote.value()).query(Long.class)
			.single();
	}

	/** Checks a head as a client would: the documented bytes, Ed25519, the key the head names. */
	private static boolean signatureValid(VoteId vote, String head) {
		Number size = JsonPath.read(head, "$.treeSize");
		byte[] signed = SignedHead.signedBytes(vote.value(), size.longValue(),
				HexFormat.of().parseHex((String) JsonPath.read(head, "$.rootHash")),
				Instant.parse(JsonPath.read(head, "$.timestamp")));
		return SigningKeys.verify(Base64.getDecoder().decode((String) JsonPath.read(head, "$.publicKey")), signed,
				Base64.getDecoder().decode((String) JsonPath.read(head, "$.signature")));
	}

}
