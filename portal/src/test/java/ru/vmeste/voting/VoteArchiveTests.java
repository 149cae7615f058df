package ru.vmeste.voting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Carrying a finished vote over from its audit bundle: the demo's past city budget came in this way,
 * and serves the very bundle it came from; a bundle that fails any check the verifier makes is
 * refused before anything is stored, and so is a vote that is there already or an importer who
 * manages no votes.
 */
@PortalTest
class VoteArchiveTests {

	/** The demo's carried-over vote (see demo/VotingDemo). */
	private static final String DEMO_BUNDLE = "demo/voting/perm-people-budget-2026.json";

	@Autowired
	VoteArchive archive;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Residents residents;

	@Test
	void theCarriedOverVoteServesTheBundleItCameFromWithItsHistory() throws IOException {
		JsonNode imported = demoBundle();
		String id = imported.get("vote").get("id").asString();
		JsonNode served = json.readTree(mvc.get().uri("/api/v1/votes/{id}/audit-bundle", id).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(served).isEqualTo(imported);
		int ballots = imported.get("leaves").size();
		assertThat(mvc.get().uri("/api/v1/votes/{id}/participation", id)).bodyJson().satisfies(figures -> {
			figures.assertThat().extractingPath("$.votedCount").isEqualTo(ballots);
			figures.assertThat().extractingPath("$.treeSize").isEqualTo(ballots);
			figures.assertThat().extractingPath("$.eligibleCount")
				.isEqualTo(imported.get("participation").get("eligible").asInt());
		});
		assertThat(jdbc.sql("select status from voting_vote_history where vote_id = ? order by id")
			.param(UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("OPEN", "CLOSED", "PUBLISHED");
	}

	@Test
	void refusesABundleThatFailsAnyCheckBeforeStoringAnything() throws IOException {
		refused(bundle -> ((ObjectNode) bundle.get("vote")).put("status", "OPEN"), "voting.import.not-finished");
		refused(bundle -> bundle.put("format", "something-else/1"), "voting.import.format");
		refused(bundle -> {
			ArrayNode leaves = (ArrayNode) bundle.get("leaves");
			leaves.set(5, leaves.get(6));
		}, "voting.import.root");
		refused(bundle -> {
			ArrayNode heads = (ArrayNode) bundle.get("signedHeads");
			((ObjectNode) heads.get(2)).put("signature", heads.get(3).get("signature").asString());
		}, "voting.import.signature");
		refused(bundle -> {
			ArrayNode heads = (ArrayNode) bundle.get("signedHeads");
			heads.remove(heads.size() - 1);
		}, "voting.import.final-head");
		refused(bundle -> ((ArrayNode) bundle.get("participation").get("pseudonyms")).remove(0), "voting.import.roll");
		refused(bundle -> {
			ObjectNode total = (ObjectNode) bundle.get("tally").get("totals").get(0);
			total.put("count", total.get("count").asLong() + 1);
		}, "voting.import.tally");
		refused(bundle -> {
		}, "voting.import.exists");
		UserId resident = residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow();
		assertThatThrownBy(() -> archive.importBundle(stream(demoBundle()), text("Житель переносит"), Set.of(), resident))
			.isInstanceOfSatisfying(DomainException.class,
					refusal -> assertThat(refusal.messageCode()).isEqualTo("voting.manage.not-yours"));
	}

	private void refused(Consumer<ObjectNode> tampering, String code) throws IOException {
		ObjectNode bundle = (ObjectNode) demoBundle();
		tampering.accept(bundle);
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		assertThatThrownBy(() -> archive.importBundle(stream(bundle), text("Подделка"), Set.of(), admin))
			.as(code)
			.isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageCode()).isEqualTo(code));
	}

	private JsonNode demoBundle() throws IOException {
		try (InputStream bundle = new ClassPathResource(DEMO_BUNDLE).getInputStream()) {
			return json.readTree(bundle);
		}
	}

	private InputStream stream(JsonNode bundle) {
		return new ByteArrayInputStream(json.writeValueAsBytes(bundle));
	}

	private static LocalizedText text(String ru) {
		return new LocalizedText(ru, ru);
	}

}
