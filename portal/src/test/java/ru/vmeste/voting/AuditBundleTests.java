package ru.vmeste.voting;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.platform.PlatformSettings;
import ru.vmeste.platform.web.DownloadSlots;
import ru.vmeste.support.PortalTest;
import ru.vmeste.verifier.Main;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.BallotRule;
import ru.vmeste.voting.internal.Counting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's real audit bundles through the independent verifier: the demo's published
 * vote and a fresh Equal Shares vote pass; the same bundle with one ballot's option altered,
 * a ballot removed or added, or a signed head replaced fails, naming the discrepancy. A bundle
 * streams in the instance's download slots shared with the open data exports.
 */
@PortalTest
class AuditBundleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	BallotBox ballotBox;

	@Autowired
	JsonMapper json;

	@Autowired
	DownloadSlots downloads;

	@TempDir
	Path directory;

	@Test
	void waitsForADownloadSlotSharedWithTheOpenDataExports() throws Exception {
		String published = new VotingFixtures(context).demoVote("Народный бюджет Перми — 2026");
		int concurrent = context.getBean(PlatformSettings.class).downloads().concurrent();
		CountDownLatch taken = new CountDownLatch(concurrent);
		CountDownLatch done = new CountDownLatch(1);
		try (ExecutorService holders = Executors.newFixedThreadPool(concurrent)) {
			for (int i = 0; i < concurrent; i++) {
				holders.submit(() -> {
					downloads.run(() -> {
						taken.countDown();
						try {
							done.await(30, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					});
					return null;
				});
			}
			assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
			for (String busy : List.of("/api/v1/votes/" + published + "/audit-bundle", "/opendata/datasets/appeals.csv")) {
				assertThat(mvc.get().uri(busy)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
					.bodyText()
					.contains("Сейчас идёт много скачиваний");
			}
			done.countDown();
		}
		assertThat(mvc.get().uri("/api/v1/votes/{id}/audit-bundle", published)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.format")
			.isEqualTo("vmeste-vote-audit-bundle/2");
	}

	@Test
	void theDemosPublishedVoteVerifies() throws Exception {
		Verdict verdict = verify(demoBundle());
		assertThat(verdict.exit()).as(verdict.output()).isZero();
		assertThat(verdict.output()).contains("VERIFIED", "412 ballots are well formed", "the recount by EQUAL_SHARES");
	}

	@Test
	void aFreshEqualSharesVoteVerifiesAfterClosing() throws Exception {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().budget(100, BallotRule.WITHIN_BUDGET, Counting.EQUAL_SHARES, 50L, 50L, 30L).open();
		for (int i = 0; i < 10; i++) {
			List<UUID> choice = i < 7 ? List.of(fixtures.option(vote, 0), fixtures.option(vote, 1))
					: List.of(fixtures.option(vote, 2));
			ballotBox.cast(vote, fixtures.resident("sverdlovsky").id(), choice, false);
		}
		fixtures.close(vote);
		String bundle = mvc.get().uri("/api/v1/votes/{id}/audit-bundle", vote).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(bundle, "$.tally.selected"))
			.containsExactly(fixtures.option(vote, 0).toString(), fixtures.option(vote, 2).toString());
		assertThat(verify(bundle).exit()).isZero();
	}

	@Test
	void namesTheDiscrepancyWhenOneBallotsOptionIsAltered() throws Exception {
		ObjectNode bundle = tree(demoBundle());
		ArrayNode leaves = (ArrayNode) bundle.get("leaves");
		int index = 100;
		byte[] ballot;
		while ((ballot = Base64.getDecoder().decode(leaves.get(index).asString())).length != 35 + 16) {
			index++;
		}
		String chosen = HexFormat.of().formatHex(ballot, 19, 35);
		String other = optionIds(bundle).stream().map(id -> id.replace("-", "")).filter(id -> !id.equals(chosen))
			.findFirst()
			.orElseThrow();
		System.arraycopy(HexFormat.of().parseHex(other), 0, ballot, 19, 16);
		leaves.set(index, Base64.getEncoder().encodeToString(ballot));
		Verdict verdict = verify(json.writeValueAsString(bundle));
		assertThat(verdict.exit()).isEqualTo(1);
		// the first head covering the altered leaf no longer matches, and the one before it still did
		List<Long> sizes = bundle.get("signedHeads").valueStream().map(head -> head.get("treeSize").asLong()).toList();
		int head = 0;
		while (sizes.get(head) <= index) {
			head++;
		}
		assertThat(verdict.output()).contains("signed head #" + (head + 1) + " (tree size " + sizes.get(head),
				"a ballot among leaves " + sizes.get(head - 1) + ".." + (sizes.get(head) - 1)
						+ " was altered, removed or inserted");
	}

	@Test
	void namesTheDiscrepancyWhenABallotIsRemovedOrAdded() throws Exception {
		ObjectNode removed = tree(demoBundle());
		((ArrayNode) removed.get("leaves")).remove(100);
		Verdict withoutOne = verify(json.writeValueAsString(removed));
		assertThat(withoutOne.exit()).isEqualTo(1);
		assertThat(withoutOne.output()).contains("was altered, removed or inserted");

		ObjectNode added = tree(demoBundle());
		ArrayNode leaves = (ArrayNode) added.get("leaves");
		leaves.add(leaves.get(5).asString());
		Verdict withOneMore = verify(json.writeValueAsString(added));
		assertThat(withOneMore.exit()).isEqualTo(1);
		assertThat(withOneMore.output()).contains("the bundle holds 413 ballots but the final signed head covers 412");
	}

	@Test
	void namesTheDiscrepancyWhenASignedHeadIsReplaced() throws Exception {
		ObjectNode bundle = tree(demoBundle());
		ArrayNode heads = (ArrayNode) bundle.get("signedHeads");
		ObjectNode third = (ObjectNode) heads.get(2);
		third.put("rootHash", heads.get(3).get("rootHash").asString());
		Verdict verdict = verify(json.writeValueAsString(bundle));
		assertThat(verdict.exit()).isEqualTo(1);
		assertThat(verdict.output()).contains("signed head #3", "the signature does not verify with the bundle's public key");
	}

	private String demoBundle() throws Exception {
		String published = new VotingFixtures(context).demoVote("Народный бюджет Перми — 2026");
		return mvc.get().uri("/api/v1/votes/{id}/audit-bundle", published).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Verdict verify(String bundle) throws Exception {
		Path file = Files.writeString(Files.createTempFile(directory, "bundle", ".json"), bundle);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
		int exit = Main.run(new String[] { file.toString() }, print, print);
		return new Verdict(exit, output.toString(StandardCharsets.UTF_8));
	}

	private ObjectNode tree(String bundle) {
		return (ObjectNode) json.readTree(bundle);
	}

	private static List<String> optionIds(JsonNode bundle) {
		return bundle.get("vote").get("options").valueStream().map(option -> option.get("id").asString()).toList();
	}

	record Verdict(int exit, String output) {
	}

}
