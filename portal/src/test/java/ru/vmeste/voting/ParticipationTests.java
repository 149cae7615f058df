package ru.vmeste.voting;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.support.PortalTest;
import ru.vmeste.voting.internal.Participation;
import ru.vmeste.voting.internal.ledger.MerkleTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The participation roll and the receipt by hash: the public figures (eligible, voted, leaves);
 * each resident's pseudonym on the vote page before they vote; the closed vote's bundle listing
 * exactly the voters' pseudonyms, one per leaf, so a resident who did not vote sees theirs absent;
 * and a ballot found again by its leaf hash alone, with a proof that checks.
 */
@PortalTest
class ParticipationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Participation participation;

	VotingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new VotingFixtures(context);
	}

	@Test
	void countsEligibleResidentsVotersAndLeaves() throws Exception {
		VoteId vote = fixtures.vote().in("ordzhonikidzevsky").open();
		long eligible = figure(vote, "$.eligibleCount");
		VotingFixtures.Resident first = fixtures.resident("ordzhonikidzevsky");
		VotingFixtures.Resident second = fixtures.resident("ordzhonikidzevsky");
		fixtures.resident("kirovsky");
		assertThat(figure(vote, "$.eligibleCount")).isEqualTo(eligible + 2);
		cast(first, vote);
		cast(second, vote);
		assertThat(figure(vote, "$.votedCount")).isEqualTo(2);
		assertThat(figure(vote, "$.treeSize")).isEqualTo(2);
	}

	@Test
	void showsEachResidentTheirPseudonymAndAfterClosingWhetherTheRollListsIt() throws Exception {
		VoteId vote = fixtures.vote().open();
		VotingFixtures.Resident voter = fixtures.resident("leninsky");
		VotingFixtures.Resident absent = fixtures.resident("leninsky");
		String voterPseudonym = HexFormat.of().formatHex(participation.pseudonym(vote, voter.id()));
		String absentPseudonym = HexFormat.of().formatHex(participation.pseudonym(vote, absent.id()));
		assertThat(voterPseudonym).hasSize(32).isNotEqualTo(absentPseudonym);
		assertThat(mvc.get().uri("/votes/{id}", vote).with(as(voter))).bodyText()
			.contains("id=\"pseudonym\">" + voterPseudonym + "<")
			.doesNotContain("id=\"pseudonym-listed\"");
		cast(voter, vote);
		cast(fixtures.resident("kirovsky"), vote);

		fixtures.close(vote);

		String bundle = mvc.get().uri("/api/v1/votes/{id}/audit-bundle", vote).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> roll = JsonPath.read(bundle, "$.participation.pseudonyms");
		List<String> leaves = JsonPath.read(bundle, "$.leaves");
		assertThat(roll).hasSameSizeAs(leaves).hasSize(2).contains(voterPseudonym).doesNotContain(absentPseudonym)
			.isSorted();
		assertThat((Integer) JsonPath.read(bundle, "$.participation.voted")).isEqualTo(2);
		assertThat(mvc.get().uri("/votes/{id}", vote).with(as(voter))).bodyText()
			.contains("Ваш псевдоним есть в опубликованном списке проголосовавших.");
		assertThat(mvc.get().uri("/votes/{id}", vote).with(as(absent))).bodyText()
			.contains("id=\"pseudonym\">" + absentPseudonym + "<", "Вашего псевдонима нет в опубликованном списке");
	}

	@Test
	void findsABallotByItsLeafHashAlone() throws Exception {
		VoteId vote = fixtures.vote().open();
		cast(fixtures.resident("kirovsky"), vote);
		String receipt = cast(fixtures.resident("kirovsky"), vote).getResponse().getContentAsString();
		cast(fixtures.resident("kirovsky"), vote);
		String leafHash = JsonPath.read(receipt, "$.leafHash");

		MvcTestResult found = mvc.get().uri("/api/v1/votes/{id}/ledger/receipt?leafHash={hash}", vote, leafHash).exchange();

		assertThat(found).hasStatusOk();
		String body = found.getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(body, "$.leafIndex")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.treeSize")).isEqualTo(3);
		List<String> path = JsonPath.read(body, "$.auditPath");
		assertThat(MerkleTree.verifyInclusion(1, 3, HexFormat.of().parseHex(leafHash),
				path.stream().map(HexFormat.of()::parseHex).toList(),
				HexFormat.of().parseHex((String) JsonPath.read(body, "$.rootHash")))).isTrue();
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/receipt?leafHash={hash}", vote, "ab".repeat(32)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/votes/{id}/ledger/receipt?leafHash=xyz", vote)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MvcTestResult cast(VotingFixtures.Resident resident, VoteId vote) {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/votes/{id}/ballots", vote)
			.header("Authorization", resident.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + fixtures.option(vote, 0) + "\"]}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return result;
	}

	private long figure(VoteId vote, String path) throws Exception {
		return ((Number) JsonPath.read(mvc.get().uri("/api/v1/votes/{id}/participation", vote).exchange().getResponse()
			.getContentAsString(), path)).longValue();
	}

	private static RequestPostProcessor as(VotingFixtures.Resident resident) {
		return user(new PortalUser(resident.id(), "voter@example.org", "Житель", Set.of(Role.RESIDENT), null));
	}

}
