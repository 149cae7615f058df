package ru.vmeste.voting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
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
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.MerkleTree;
import ru.vmeste.voting.internal.ledger.SignedHead;
import ru.vmeste.voting.internal.ledger.TreeFrontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Carrying a finished vote over from its audit bundle: the demo's past city budget came in this way,
 * and serves the very bundle it came from; a bundle that fails any check the verifier makes, is
 * signed by a key the importer did not name or holds a vote that could not have been run here is
 * refused before anything is stored, and so is a vote that is there already or an importer who is
 * not an administrator.
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

	/** The key of an installation nobody told the import to trust. */
	final KeyPair strangerKey = strangerKey();

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
	void refusesABundleThatFailsAnyCheckBeforeStoringAnything() throws Exception {
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
	}

	@Test
	void refusesAVoteThatCouldNotHaveBeenRunHereBeforeStoringAnything() throws Exception {
		refused(bundle -> ((ObjectNode) bundle.get("vote")).put("counting", "TOTALS"), "voting.definition.budget-counting");
		refused(bundle -> ((ObjectNode) bundle.get("vote")).put("maxChoices", 3), "voting.import.definition");
		refused(bundle -> ((ObjectNode) bundle.get("vote")).put("kind", "SINGLE_CHOICE"), "voting.import.definition");
		refused(bundle -> ((ObjectNode) bundle.get("vote")).put("closesAt", bundle.get("vote").get("opensAt").asString()),
				"voting.definition.closes-before-opening");
		refused(bundle -> ((ObjectNode) bundle.get("vote")).put("budget", 0), "voting.definition.budget");
		refused(bundle -> ((ObjectNode) bundle.get("vote").get("options").get(0)).remove("cost"),
				"voting.import.definition");
	}

	@Test
	void trustsOnlyTheKeyTheImporterNamesNotTheBundles() throws Exception {
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		byte[] demoKey = Base64.getDecoder().decode(demoBundle().get("publicKey").asString());
		ObjectNode forged = rebranded();
		assertRefused(forged, demoKey, admin, "voting.import.key");
		forged.put("publicKey", Base64.getEncoder().encodeToString(demoKey));
		assertRefused(forged, demoKey, admin, "voting.import.signature");
	}

	@Test
	void refusesAVoteThereAlreadyAndAnyoneButAnAdministrator() throws Exception {
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		JsonNode demo = demoBundle();
		byte[] demoKey = Base64.getDecoder().decode(demo.get("publicKey").asString());
		UUID id = UUID.fromString(demo.get("vote").get("id").asString());
		assertThatThrownBy(() -> archive.importBundle(stream(demo), demoKey, text("Ещё раз"), Set.of(), admin))
			.isInstanceOfSatisfying(DomainException.class,
					refusal -> assertThat(refusal.messageCode()).isEqualTo("voting.import.exists"));
		assertThat(jdbc.sql("select count(*) from voting_votes where id = ?").param(id).query(Long.class).single())
			.isOne();
		ObjectNode bundle = rebranded();
		for (String who : List.of(DemoAccounts.RESIDENT, DemoAccounts.OFFICIAL)) {
			assertRefused(bundle, strangerKey.getPublic().getEncoded(), residents.findByEmail(who).orElseThrow(),
					"voting.manage.not-yours");
		}
	}

	/** The tampered bundle, otherwise sound (a fresh vote id, signed by a key the import is told to trust), is refused. */
	private void refused(Consumer<ObjectNode> tampering, String code) throws Exception {
		ObjectNode bundle = rebranded();
		tampering.accept(bundle);
		assertRefused(bundle, strangerKey.getPublic().getEncoded(),
				residents.findByEmail(DemoAccounts.ADMIN).orElseThrow(), code);
	}

	private void assertRefused(ObjectNode bundle, byte[] trustedKey, UserId by, String code) {
		assertThatThrownBy(() -> archive.importBundle(stream(bundle), trustedKey, text("Подделка"), Set.of(), by))
			.as(code)
			.isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageCode()).isEqualTo(code));
		UUID id = UUID.fromString(bundle.get("vote").get("id").asString());
		assertThat(jdbc.sql("select count(*) from voting_votes where id = ?").param(id).query(Long.class).single())
			.as(code)
			.isZero();
	}

	/**
	 * The demo bundle as another installation would have exported the same ballots: under a fresh
	 * vote id, its heads re-signed by {@link #strangerKey} and naming it.
	 */
	private ObjectNode rebranded() throws Exception {
		Base64.Decoder decoder = Base64.getDecoder();
		Base64.Encoder encoder = Base64.getEncoder();
		ObjectNode bundle = (ObjectNode) demoBundle();
		UUID id = UUID.randomUUID();
		((ObjectNode) bundle.get("vote")).put("id", id.toString());
		ArrayNode leaves = (ArrayNode) bundle.get("leaves");
		List<byte[]> roots = new ArrayList<>();
		TreeFrontier frontier = TreeFrontier.empty();
		roots.add(frontier.root());
		for (int i = 0; i < leaves.size(); i++) {
			BallotLeaf leaf = BallotLeaf.decode(decoder.decode(leaves.get(i).asString()));
			byte[] data = new BallotLeaf(id, leaf.options(), leaf.nonce()).encode();
			leaves.set(i, encoder.encodeToString(data));
			frontier = frontier.append(MerkleTree.leafHash(data)).frontier();
			roots.add(frontier.root());
		}
		Signature signer = Signature.getInstance("Ed25519");
		for (JsonNode node : bundle.get("signedHeads")) {
			ObjectNode head = (ObjectNode) node;
			long size = head.get("treeSize").asLong();
			byte[] root = roots.get((int) size);
			head.put("rootHash", HexFormat.of().formatHex(root));
			signer.initSign(strangerKey.getPrivate());
			signer.update(SignedHead.signedBytes(id, size, root, Instant.parse(head.get("timestamp").asString())));
			head.put("signature", encoder.encodeToString(signer.sign()));
		}
		bundle.put("publicKey", encoder.encodeToString(strangerKey.getPublic().getEncoded()));
		return bundle;
	}

	private JsonNode demoBundle() throws IOException {
		try (InputStream bundle = new ClassPathResource(DEMO_BUNDLE).getInputStream()) {
			return json.readTree(bundle);
		}
	}

	private InputStream stream(JsonNode bundle) {
		return new ByteArrayInputStream(json.writeValueAsBytes(bundle));
	}

	private static KeyPair strangerKey() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LocalizedText text(String ru) {
		return new LocalizedText(ru, ru);
	}

}
