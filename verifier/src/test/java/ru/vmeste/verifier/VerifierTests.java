package ru.vmeste.verifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier passes an honest bundle and names the first discrepancy when one ballot is
 * altered, removed or added, when a signed head is replaced, or when the tally is not the
 * recount, or when the participation roll does not list one voter per ballot; it exits 0, 1 or 2
 * accordingly.
 */
class VerifierTests {

	@TempDir
	Path directory;

	@Test
	void passesAnHonestBundle() {
		Outcome outcome = run(new HonestBundle().json());
		assertThat(outcome.exit()).isZero();
		assertThat(outcome.out()).contains("VERIFIED vote " + HonestBundle.VOTE, "30 ballots are well formed",
				"4 signed heads verify", "covers all 30 ballots", "the recount by GREEDY gives the published tally");
	}

	@Test
	void namesTheSignedHeadWhoseRootNoLongerMatchesWhenABallotIsAltered() {
		HonestBundle bundle = new HonestBundle();
		// ballot 13 chose option 3 only ({2}); now it says option 2
		bundle.leaves.set(14, HonestBundle.ballot(HonestBundle.VOTE, List.of(HonestBundle.OPTIONS.get(1)), 14));
		Outcome outcome = run(bundle.json());
		assertThat(outcome.exit()).isEqualTo(1);
		assertThat(outcome.err()).contains("signed head #3 (tree size 20",
				"a ballot among leaves 10..19 was altered, removed or inserted");
	}

	@Test
	void namesTheLeafThatNamesAnOptionOfNoSuchVote() {
		HonestBundle bundle = new HonestBundle();
		UUID foreign = UUID.fromString("99999999-0000-4000-8000-000000000009");
		bundle.leaves.set(7, HonestBundle.ballot(HonestBundle.VOTE, List.of(foreign), 7));
		assertThat(run(bundle.json()).err()).contains("leaf 7 names option " + foreign + ", which is not an option");
	}

	@Test
	void noticesARemovedBallot() {
		HonestBundle middle = new HonestBundle();
		middle.leaves.remove(3);
		assertThat(run(middle.json())).satisfies(outcome -> {
			assertThat(outcome.exit()).isEqualTo(1);
			assertThat(outcome.err()).contains("signed head #2 (tree size 10", "leaves 0..9 was altered, removed or inserted");
		});
		HonestBundle last = new HonestBundle();
		last.leaves.removeLast();
		assertThat(run(last.json()).err()).contains("signed head #4 (tree size 30",
				"covers 30 ballots but the bundle holds only 29: ballots are missing");
	}

	@Test
	void noticesAnAddedBallot() {
		HonestBundle bundle = new HonestBundle();
		bundle.leaves.add(HonestBundle.ballot(HonestBundle.VOTE, List.of(HonestBundle.OPTIONS.get(1)), 99));
		Outcome outcome = run(bundle.json());
		assertThat(outcome.exit()).isEqualTo(1);
		assertThat(outcome.err()).contains("the bundle holds 31 ballots but the final signed head covers 30",
				"leaves 30..30 are in no signed tree");
	}

	@Test
	void noticesAReplacedSignedHead() {
		HonestBundle forged = new HonestBundle();
		// the second head claims 9 ballots at the same moment, signed by someone else's key
		HonestBundle other = new HonestBundle();
		forged.heads.set(1, forged.heads.get(1).replace("\"treeSize\":10", "\"treeSize\":9"));
		assertThat(run(forged.json()).err()).contains("signed head #2 (tree size 9",
				"the signature does not verify with the bundle's public key");
		HonestBundle replaced = new HonestBundle();
		replaced.heads.set(2, other.heads.get(2));
		assertThat(run(replaced.json()).err()).contains("signed head #3 (tree size 20",
				"the signature does not verify with the bundle's public key");
	}

	@Test
	void noticesATallyThatIsNotTheRecount() {
		HonestBundle totals = new HonestBundle();
		totals.totals.put(HonestBundle.OPTIONS.get(1), 13L);
		assertThat(run(totals.json()).err()).contains("option " + HonestBundle.OPTIONS.get(1)
				+ ": the published tally says 13 votes, the recount gives 12");
		HonestBundle selection = new HonestBundle();
		selection.selected = List.of(HonestBundle.OPTIONS.get(0), HonestBundle.OPTIONS.get(1));
		assertThat(run(selection.json()).err()).contains("the published result selects", "but the recount by GREEDY selects");
	}

	@Test
	void failsWhenTheParticipationRollIsOneLongerOrShorterThanTheLedger() {
		HonestBundle longer = new HonestBundle();
		longer.pseudonyms.add("ffffffffffffffffffffffffffffffff");
		assertThat(run(longer.json())).satisfies(outcome -> {
			assertThat(outcome.exit()).isEqualTo(1);
			assertThat(outcome.err()).contains("the participation roll lists 31 voters but the ledger holds 30 ballots",
					"1 voters on the roll have no ballot");
		});
		HonestBundle shorter = new HonestBundle();
		shorter.pseudonyms.removeFirst();
		assertThat(run(shorter.json())).satisfies(outcome -> {
			assertThat(outcome.exit()).isEqualTo(1);
			assertThat(outcome.err()).contains("the participation roll lists 29 voters but the ledger holds 30 ballots",
					"1 ballots have no voter on the roll");
		});
	}

	@Test
	void failsWhenTheRollListsAVoterTwice() {
		HonestBundle twice = new HonestBundle();
		twice.pseudonyms.set(1, twice.pseudonyms.get(0));
		assertThat(run(twice.json()).err()).contains("not sorted without repeats at pseudonym 2");
	}

	@Test
	void passesTheRollOfAnHonestBundle() {
		assertThat(run(new HonestBundle().json()).out()).contains("the participation roll lists 30 distinct voters");
	}

	@Test
	void refusesAKeyOtherThanTheExpectedOne() throws IOException {
		HonestBundle bundle = new HonestBundle();
		Path file = Files.writeString(directory.resolve("bundle.json"), bundle.json());
		String otherKey = Base64.getEncoder().encodeToString(new HonestBundle().keys.getPublic().getEncoded());
		Outcome outcome = run(file, "--public-key", otherKey);
		assertThat(outcome.exit()).isEqualTo(1);
		assertThat(outcome.err()).contains("the bundle's public key is not the expected one");
	}

	@Test
	void exitsWithTwoOnAnUnreadableBundle() throws IOException {
		assertThat(run(Files.writeString(directory.resolve("broken.json"), "{\"format\":")).exit()).isEqualTo(2);
		assertThat(run("{\"format\":\"something else\"}").err()).contains("UNREADABLE", "not a vmeste-vote-audit-bundle/2");
	}

	private Outcome run(String json) {
		try {
			return run(Files.writeString(directory.resolve(UUID.randomUUID() + ".json"), json));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Outcome run(Path file, String... more) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] args = new String[more.length + 1];
		args[0] = file.toString();
		System.arraycopy(more, 0, args, 1, more.length);
		int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Outcome(int exit, String out, String err) {
	}

}
