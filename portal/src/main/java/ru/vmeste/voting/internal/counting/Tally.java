package ru.vmeste.voting.internal.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.voting.internal.Counting;

/**
 * Counts ballots by a vote's counting rule. Ballots come grouped: each distinct set of
 * chosen options with how many ballots chose exactly that set. The result lists every option
 * in the order the rule considered it, with its decision, so the computation can be shown.
 */
public final class Tally {

	/** An option as counting sees it: identity, place in the list (for ties) and cost (0 if none). */
	public record Candidate(UUID id, int position, long cost) {
	}

	/**
	 * One option's line in the result.
	 *
	 * @param budgetLeft money left after this step (budgets)
	 * @param price what each supporter paid (Equal Shares)
	 */
	public record Step(UUID option, long votes, boolean selected, Decision decision, @Nullable Long budgetLeft,
			@Nullable Fraction price) {
	}

	/** Votes per option and the steps of the computation. */
	public record Result(Map<UUID, Long> totals, List<Step> steps, long ballots) {

		public List<UUID> selected() {
			return steps.stream().filter(Step::selected).map(Step::option).toList();
		}

	}

	private Tally() {
	}

	public static Result count(Counting counting, List<Candidate> candidates, @Nullable Long budget,
			Map<List<UUID>, Long> ballots) {
		Map<UUID, Long> totals = new LinkedHashMap<>();
		candidates.stream().sorted(Comparator.comparingInt(Candidate::position)).forEach(c -> totals.put(c.id(), 0L));
		long count = 0;
		for (Map.Entry<List<UUID>, Long> group : ballots.entrySet()) {
			count += group.getValue();
			group.getKey().forEach(option -> totals.merge(option, group.getValue(), Long::sum));
		}
		List<Step> steps = switch (counting) {
			case TOTALS -> totalsSteps(candidates, totals);
			case GREEDY -> greedy(byVotes(candidates, totals), totals, required(budget), List.of(), Decision.FUNDED);
			case EQUAL_SHARES -> EqualShares.steps(candidates, totals, required(budget), ballots, count);
		};
		return new Result(totals, steps, count);
	}

	/** Votes descending, then cheaper first, then as listed. */
	static List<Candidate> byVotes(List<Candidate> candidates, Map<UUID, Long> totals) {
		return candidates.stream()
			.sorted(Comparator.<Candidate>comparingLong(c -> -totals.get(c.id()))
				.thenComparingLong(Candidate::cost)
				.thenComparingInt(Candidate::position))
			.toList();
	}

	/** Funds projects in the given order while they fit; {@code funded} were funded before and are left out. */
	static List<Step> greedy(List<Candidate> ordered, Map<UUID, Long> totals, long budget, List<UUID> funded,
			Decision fundedAs) {
		List<Step> steps = new ArrayList<>();
		long left = budget;
		for (Candidate candidate : ordered) {
			long votes = totals.get(candidate.id());
			if (funded.contains(candidate.id())) {
				continue;
			}
			Decision decision = votes == 0 ? Decision.NO_VOTES
					: candidate.cost() <= left ? fundedAs : Decision.NOT_ENOUGH_MONEY;
			boolean selected = decision == fundedAs;
			if (selected) {
				left -= candidate.cost();
			}
			steps.add(new Step(candidate.id(), votes, selected, decision, left, null));
		}
		return steps;
	}

	private static List<Step> totalsSteps(List<Candidate> candidates, Map<UUID, Long> totals) {
		long most = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return candidates.stream()
			.sorted(Comparator.<Candidate>comparingLong(c -> -totals.get(c.id())).thenComparingInt(Candidate::position))
			.map(c -> {
				long votes = totals.get(c.id());
				boolean leads = most > 0 && votes == most;
				return new Step(c.id(), votes, leads, leads ? Decision.MOST_VOTES : Decision.FEWER_VOTES, null, null);
			})
			.toList();
	}

	private static long required(@Nullable Long budget) {
		if (budget == null) {
			throw new IllegalArgumentException("A budget vote needs a budget");
		}
		return budget;
	}

}
