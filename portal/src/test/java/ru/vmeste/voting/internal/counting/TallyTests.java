package ru.vmeste.voting.internal.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.counting.Tally.Candidate;
import ru.vmeste.voting.internal.counting.Tally.Step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The counting rules on small elections worked out by hand.
 */
class TallyTests {

	private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");

	private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");

	private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

	private static final UUID D = UUID.fromString("00000000-0000-4000-8000-00000000000d");

	@Test
	void totalsCountEveryNamedOptionAndATieLeadsTogether() {
		Tally.Result result = Tally.count(Counting.TOTALS, simple(), null,
				ballots(List.of(A), 5, List.of(B), 3, List.of(C), 5));
		assertThat(result.ballots()).isEqualTo(13);
		assertThat(result.totals()).containsExactly(Map.entry(A, 5L), Map.entry(B, 3L), Map.entry(C, 5L));
		assertThat(result.steps()).extracting(Step::option, Step::decision)
			.containsExactly(tuple(A, Decision.MOST_VOTES),
					tuple(C, Decision.MOST_VOTES),
					tuple(B, Decision.FEWER_VOTES));
		assertThat(result.selected()).containsExactly(A, C);
	}

	@Test
	void greedyFundsByVotesCheaperFirstOnATieAndSkipsWhatNoLongerFits() {
		List<Candidate> projects = List.of(new Candidate(A, 1, 6), new Candidate(B, 2, 5), new Candidate(C, 3, 4),
				new Candidate(D, 4, 1));
		Tally.Result result = Tally.count(Counting.GREEDY, projects, 10L,
				ballots(List.of(A), 1, List.of(A, B), 2, List.of(A, C), 2, List.of(B, C), 2));
		assertThat(result.steps()).extracting(Step::option, Step::votes, Step::decision, Step::budgetLeft)
			.containsExactly(tuple(A, 5L, Decision.FUNDED, 4L),
					tuple(C, 4L, Decision.FUNDED, 0L),
					tuple(B, 4L, Decision.NOT_ENOUGH_MONEY, 0L),
					tuple(D, 0L, Decision.NO_VOTES, 0L));
	}

	@Test
	void equalSharesGivesTheMinorityItsProjectWhereGreedyGivesEverythingToTheMajority() {
		// 7 voters want A and B (50 each), 3 want C (30); the budget is 100, so each voter holds 10
		List<Candidate> projects = List.of(new Candidate(A, 1, 50), new Candidate(B, 2, 50), new Candidate(C, 3, 30));
		Map<List<UUID>, Long> ballots = ballots(List.of(A, B), 7, List.of(C), 3);

		assertThat(Tally.count(Counting.GREEDY, projects, 100L, ballots).selected()).containsExactly(A, B);

		Tally.Result shares = Tally.count(Counting.EQUAL_SHARES, projects, 100L, ballots);
		assertThat(shares.steps()).extracting(Step::option, Step::decision, Step::budgetLeft, Step::price)
			.containsExactly(
					// A's 7 supporters pay 50/7 each: 1/7 per rouble, cheaper than C's 10 for 30 (1/3)
					tuple(A, Decision.FUNDED_BY_EQUAL_SHARES, 50L, Fraction.of(50, 7)),
					// then A's supporters hold 20/7 each, 20 in all: too little for B; C's three pay 10 each
					tuple(C, Decision.FUNDED_BY_EQUAL_SHARES, 20L, Fraction.of(10)),
					tuple(B, Decision.NOT_ENOUGH_MONEY, 20L, null));
		assertThat(shares.selected()).containsExactly(A, C);
	}

	@Test
	void equalSharesSpendsWhatIsLeftGreedily() {
		// 4 voters hold 25 each; A (60) is bought by its 3 supporters at 20 each, after which nobody
		// can afford B (40) or C (30); the 40 not spent then funds B, the next by votes
		List<Candidate> projects = List.of(new Candidate(A, 1, 60), new Candidate(B, 2, 40), new Candidate(C, 3, 30));
		Tally.Result result = Tally.count(Counting.EQUAL_SHARES, projects, 100L,
				ballots(List.of(A, B), 2, List.of(A), 1, List.of(C), 1));
		assertThat(result.steps()).extracting(Step::option, Step::decision, Step::budgetLeft)
			.containsExactly(tuple(A, Decision.FUNDED_BY_EQUAL_SHARES, 40L),
					tuple(B, Decision.FUNDED_FROM_LEFTOVER, 0L),
					tuple(C, Decision.NOT_ENOUGH_MONEY, 0L));
		assertThat(result.steps().getFirst().price()).isEqualTo(Fraction.of(20));
	}

	@Test
	void anEmptyBallotBoxFundsNothing() {
		List<Candidate> projects = List.of(new Candidate(A, 1, 60), new Candidate(B, 2, 40));
		for (Counting counting : List.of(Counting.GREEDY, Counting.EQUAL_SHARES)) {
			assertThat(Tally.count(counting, projects, 100L, Map.of()).steps()).extracting(Step::decision)
				.containsOnly(Decision.NO_VOTES);
		}
	}

	private static List<Candidate> simple() {
		return List.of(new Candidate(A, 1, 0), new Candidate(B, 2, 0), new Candidate(C, 3, 0));
	}

	private static Map<List<UUID>, Long> ballots(Object... setsAndCounts) {
		Map<List<UUID>, Long> ballots = new LinkedHashMap<>();
		for (int i = 0; i < setsAndCounts.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<UUID> set = (List<UUID>) setsAndCounts[i];
			ballots.put(set, ((Integer) setsAndCounts[i + 1]).longValue());
		}
		return ballots;
	}

}
