package ru.vmeste.voting.internal.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.vmeste.voting.internal.counting.Tally.Candidate;
import ru.vmeste.voting.internal.counting.Tally.Step;

/**
 * The Method of Equal Shares with cost utilities, in exact fractions. Every voter gets an
 * equal share of the budget. A project can be bought if its supporters together still have
 * its cost; they pay equal amounts (those with less pay all they have). In each round the
 * project whose supporters pay least per rouble of its cost is bought (ties: more votes,
 * cheaper, listed first). When nothing more can be bought, the money not spent funds further
 * projects greedily by votes.
 */
final class EqualShares {

	/** Voters who chose the same set of options: they always have the same money left. */
	private static final class Group {

		final List<UUID> options;

		final long size;

		Fraction money;

		Group(List<UUID> options, long size, Fraction money) {
			this.options = options;
			this.size = size;
			this.money = money;
		}

	}

	/** A project its supporters can afford, with what each of them pays. */
	private record Offer(Candidate candidate, Fraction price, Fraction pricePerRouble) {
	}

	private EqualShares() {
	}

	static List<Step> steps(List<Candidate> candidates, Map<UUID, Long> totals, long budget,
			Map<List<UUID>, Long> ballots, long voters) {
		List<Step> steps = new ArrayList<>();
		if (voters == 0) {
			return Tally.greedy(Tally.byVotes(candidates, totals), totals, budget, List.of(), Decision.FUNDED_FROM_LEFTOVER);
		}
		Fraction share = Fraction.of(budget, voters);
		List<Group> groups = new ArrayList<>();
		ballots.forEach((options, size) -> groups.add(new Group(options, size, share)));
		List<UUID> funded = new ArrayList<>();
		long spent = 0;
		Offer best;
		while ((best = bestOffer(candidates, totals, groups, funded)) != null) {
			UUID project = best.candidate().id();
			for (Group group : groups) {
				if (group.options.contains(project)) {
					group.money = group.money.minus(group.money.min(best.price()));
				}
			}
			funded.add(project);
			spent += best.candidate().cost();
			steps.add(new Step(project, totals.get(project), true, Decision.FUNDED_BY_EQUAL_SHARES, budget - spent,
					best.price()));
		}
		steps.addAll(Tally.greedy(Tally.byVotes(candidates, totals), totals, budget - spent, funded,
				Decision.FUNDED_FROM_LEFTOVER));
		return steps;
	}

	private static Offer bestOffer(List<Candidate> candidates, Map<UUID, Long> totals, List<Group> groups,
			List<UUID> funded) {
		Comparator<Offer> order = Comparator.comparing(Offer::pricePerRouble)
			.thenComparingLong(offer -> -totals.get(offer.candidate().id()))
			.thenComparingLong(offer -> offer.candidate().cost())
			.thenComparingInt(offer -> offer.candidate().position());
		Offer best = null;
		for (Candidate candidate : candidates) {
			if (funded.contains(candidate.id()) || candidate.cost() <= 0) {
				continue;
			}
			Offer offer = offer(candidate, groups);
			if (offer != null && (best == null || order.compare(offer, best) < 0)) {
				best = offer;
			}
		}
		return best;
	}

	/**
	 * The smallest equal price p with sum over supporters of min(money, p) = cost, or null if
	 * the supporters cannot afford the project. Supporters are taken poorest first: those who
	 * cannot pay p pay everything they have, the rest split what remains.
	 */
	private static Offer offer(Candidate candidate, List<Group> groups) {
		List<Group> supporters = groups.stream()
			.filter(group -> group.options.contains(candidate.id()) && !group.money.isZero())
			.sorted(Comparator.comparing(group -> group.money))
			.toList();
		long payers = supporters.stream().mapToLong(group -> group.size).sum();
		Fraction paidInFull = Fraction.ZERO;
		Fraction cost = Fraction.of(candidate.cost());
		for (Group group : supporters) {
			Fraction price = cost.minus(paidInFull).dividedBy(payers);
			if (price.compareTo(group.money) <= 0) {
				return new Offer(candidate, price, price.dividedBy(cost));
			}
			paidInFull = paidInFull.plus(group.money.times(group.size));
			payers -= group.size;
		}
		return null;
	}

}
