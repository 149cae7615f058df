package ru.vmeste.voting;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.ledger.MerkleTree;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Casting through the API: an eligible resident gets a receipt the ledger's proofs confirm,
 * once; every refused ballot gets a clear 4xx and leaves the ledger as it was.
 */
@PortalTest
class BallotApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	VotingFixtures fixtures;

	String resident;

	@BeforeEach
	void setUp() {
		fixtures = new VotingFixtures(context);
		resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
	}

	@Test
	void answersWithAReceiptThatTheLedgersProofsConfirm() throws Exception {
		VoteId vote = fixtures.vote().open();
		fixtures.resident("leninsky");
		cast(fixtures.resident("kirovsky").bearer(), vote, fixtures.option(vote, 1));
		MvcTestResult result = cast(resident, vote, fixtures.option(vote, 2));
		assertThat(result).hasStatus(HttpStatus.CREATED);
		String receipt = result.getResponse().getContentAsString();
		long leafIndex = ((Number) JsonPath.read(receipt, "$.leafIndex")).longValue();
		long treeSize = ((Number) JsonPath.read(receipt, "$.treeSize")).longValue();
		byte[] leafData = Base64.getDecoder().decode((String) JsonPath.read(receipt, "$.leafData"));
		assertThat(leafIndex).isEqualTo(1);
		assertThat(treeSize).isEqualTo(2);
		assertThat((String) JsonPath.read(receipt, "$.voteId")).isEqualTo(vote.toString());
		assertThat((String) JsonPath.read(receipt, "$.leafHash")).isEqualTo(hex(MerkleTree.leafHash(leafData)));

		cast(fixtures.resident("leninsky").bearer(), vote, fixtures.option(vote, 0));
		String head = mvc.get().uri("/api/v1/votes/{id}/ledger/sth", vote).exchange().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(head, "$.treeSize")).longValue()).as("signed at opening").isZero();
		String current = mvc.get().uri("/api/v1/votes/{id}/ledger/proof/inclusion?leafIndex=1&treeSize=3", vote).exchange()
			.getResponse()
			.getContentAsString();
		List<String> path = JsonPath.read(current, "$.auditPath");
		String consistency = mvc.get().uri("/api/v1/votes/{id}/ledger/proof/consistency?first=2&second=3", vote).exchange()
			.getResponse()
			.getContentAsString();
		List<String> proof = JsonPath.read(consistency, "$.path");
		byte[] rootNow = fixtures.root(vote, 3);
		assertThat(MerkleTree.verifyInclusion(1, 3, MerkleTree.leafHash(leafData), bytes(path), rootNow)).isTrue();
		assertThat(MerkleTree.verifyConsistency(2, 3, HexFormat.of().parseHex((String) JsonPath.read(receipt, "$.rootHash")),
				rootNow, bytes(proof))).isTrue();
	}

	@Test
	void refusesASecondBallotOfTheSameResidentWith409() {
		VoteId vote = fixtures.vote().open();
		assertThat(cast(resident, vote, fixtures.option(vote, 0))).hasStatus(HttpStatus.CREATED);
		assertThat(cast(resident, vote, fixtures.option(vote, 1))).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Вы уже проголосовали: повторно подать бюллетень нельзя.");
		assertThat(fixtures.treeSize(vote)).isEqualTo(1);
	}

	@Test
	void refusesAResidentOutsideTheEligibleDistricts() {
		VoteId vote = fixtures.vote().in("kirovsky").open();
		assertRefused(cast(resident, vote, fixtures.option(vote, 0)), vote, HttpStatus.FORBIDDEN,
				"Это голосование для жителей других районов.");
	}

	@Test
	void refusesAResidentWhoseAddressIsNotVerified() {
		VoteId vote = fixtures.vote().open();
		String unverified = fixtures.resident("leninsky", LocalDate.of(1990, 5, 5), false).bearer();
		assertRefused(cast(unverified, vote, fixtures.option(vote, 0)), vote, HttpStatus.FORBIDDEN,
				"Голосуют только жители, чей адрес подтвердило должностное лицо.");
		String newcomer = DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail());
		assertRefused(cast(newcomer, vote, fixtures.option(vote, 0)), vote, HttpStatus.FORBIDDEN,
				"Голосуют только жители, чей адрес подтвердило должностное лицо.");
	}

	@Test
	void refusesAResidentBelowTheMinimumAge() {
		VoteId vote = fixtures.vote().minAge(18).open();
		String teenager = fixtures.resident("leninsky", LocalDate.now().minusYears(17), true).bearer();
		assertRefused(cast(teenager, vote, fixtures.option(vote, 0)), vote, HttpStatus.FORBIDDEN,
				"Вы моложе, чем допускает это голосование.");
	}

	@Test
	void refusesAVoteNotYetOpen() {
		VoteId vote = fixtures.vote().scheduled();
		assertRefused(cast(resident, vote, fixtures.option(vote, 0)), vote, HttpStatus.CONFLICT,
				"Голосование ещё не началось.");
	}

	@Test
	void refusesAClosedVote() {
		VoteId vote = fixtures.vote().open();
		fixtures.close(vote);
		assertRefused(cast(resident, vote, fixtures.option(vote, 0)), vote, HttpStatus.CONFLICT,
				"Голосование завершено: бюллетени больше не принимаются.");
	}

	@Test
	void refusesAnOptionOfAnotherVote() {
		VoteId vote = fixtures.vote().open();
		VoteId other = fixtures.vote().open();
		UUID foreign = fixtures.option(other, 0);
		assertRefused(cast(resident, vote, foreign), vote, HttpStatus.BAD_REQUEST,
				"Варианта " + foreign + " нет в этом голосовании.");
		assertThat(fixtures.treeSize(other)).isZero();
	}

	@Test
	void refusesABudgetBallotOverTheBudget() {
		VoteId vote = fixtures.vote().budget(100, BallotRule.WITHIN_BUDGET, Counting.GREEDY, 60L, 30L, 20L).open();
		assertRefused(cast(resident, vote, fixtures.option(vote, 0), fixtures.option(vote, 1), fixtures.option(vote, 2)),
				vote, HttpStatus.BAD_REQUEST, "Выбранные проекты стоят 110 ₽ — больше бюджета в 100 ₽.");
		assertThat(cast(resident, vote, fixtures.option(vote, 0), fixtures.option(vote, 1))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void refusesBallotsThatBreakTheBallotRule() {
		VoteId single = fixtures.vote().open();
		assertRefused(cast(resident, single, fixtures.option(single, 0), fixtures.option(single, 1)), single,
				HttpStatus.BAD_REQUEST, "Выберите ровно один вариант.");
		VoteId multiple = fixtures.vote().multiple(2).open();
		assertRefused(cast(resident, multiple, fixtures.option(multiple, 0), fixtures.option(multiple, 1),
				fixtures.option(multiple, 2)), multiple, HttpStatus.BAD_REQUEST, "Выберите не более 2 вариантов.");
		assertRefused(cast(resident, multiple, fixtures.option(multiple, 0), fixtures.option(multiple, 0)), multiple,
				HttpStatus.BAD_REQUEST, "Один вариант указан дважды.");
		assertThat(cast(resident, multiple)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("optionIds");
		assertThat(fixtures.treeSize(multiple)).isZero();
	}

	@Test
	void keepsBallotsToSignedInResidents() {
		VoteId vote = fixtures.vote().open();
		assertThat(mvc.post().uri("/api/v1/votes/{id}/ballots", vote).contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + fixtures.option(vote, 0) + "\"]}")).hasStatus(HttpStatus.UNAUTHORIZED);
		String official = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		assertRefused(cast(official, vote, fixtures.option(vote, 0)), vote, HttpStatus.FORBIDDEN, "");
		assertThat(mvc.post().uri("/api/v1/votes/{id}/ballots", UUID.randomUUID()).header("Authorization", resident)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + UUID.randomUUID() + "\"]}")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void assertRefused(MvcTestResult result, VoteId vote, HttpStatus status, String detail) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detail);
		assertThat(fixtures.treeSize(vote)).as("no leaf appended").isZero();
	}

	private MvcTestResult cast(String bearer, VoteId vote, UUID... options) {
		StringBuilder ids = new StringBuilder();
		for (UUID option : options) {
			ids.append(ids.isEmpty() ? "" : ",").append('"').append(option).append('"');
		}
		return mvc.post()
			.uri("/api/v1/votes/{id}/ballots", vote)
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[" + ids + "],\"emailReceipt\":false}")
			.exchange();
	}

	private static List<byte[]> bytes(List<String> hashes) {
		return hashes.stream().map(HexFormat.of()::parseHex).toList();
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
