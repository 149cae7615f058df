package ru.vmeste.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recounts ballots by the vote's published rule (TOTALS, GREEDY or EQUAL_SHARES, as
 * described in docs/voting.md), in exact arithmetic.
 */
final class Recount {

	/** Votes per option and the options the rule selects. */
	record Result(Map<UUID, Long> totals, List<UUID> selected) {
	}

	private Recount() {
	}

	static Result count(Bundle.Vote vote, List<Ballot> ballots) {
		Map<UUID, Long> totals = new LinkedHashMap<>();
		vote.options().forEach(option -> totals.put(option.id(), 0L));
		ballots.forEach(ballot -> ballot.options().forEach(option -> totals.merge(option, 1L, Long::sum)));
		List<UUID> selected = switch (vote.counting()) {
			case "TOTALS" -> {
				long most = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
				yield totals.entrySet().stream().filter(e -> most > 0 && e.getValue() == most).map(Map.Entry::getKey).toList();
			}
			case "GREEDY" -> greedy(vote, totals, vote.budget(), List.of());
			case "EQUAL_SHARES" -> equalShares(vote, totals, ballots);
			default -> throw new IllegalArgumentException("unknown counting rule " + vote.counting());
		};
		return new Result(totals, selected);
	}

	/** Projects by votes (then cheaper, then listed first), funded while they fit; never one without votes. */
	private static List<UUID> greedy(Bundle.Vote vote, Map<UUID, Long> totals, long money, List<UUID> already) {
		List<UUID> funded = new ArrayList<>();
		long left = money;
		for (Bundle.Option option : byVotes(vote, totals)) {
			if (!already.contains(option.id()) && totals.get(option.id()) > 0 && option.cost() <= left) {
				funded.add(option.id());
				left -= option.cost();
			}
		}
		return funded;
	}

	private static List<Bundle.Option> byVotes(Bundle.Vote vote, Map<UUID, Long> totals) {
		return vote.options()
			.stream()
			.sorted(Comparator.<Bundle.Option>comparingLong(o -> -totals.get(o.id()))
				.thenComparingLong(Bundle.Option::cost)
				.thenComparingLong(Bundle.Option::position))
			.toList();
	}

	/**
	 * Equal Shares with cost utilities: each voter starts with budget / voters; a project is
	 * bought by its supporters at the lowest equal price p (who has less than p pays all of it);
	 * each round buys the project with the lowest p / cost (then more votes, cheaper, listed
	 * first); what was not spent then funds more projects greedily.
	 */
	private static List<UUID> equalShares(Bundle.Vote vote, Map<UUID, Long> totals, List<Ballot> ballots) {
		long budget = vote.budget();
		if (ballots.isEmpty()) {
			return greedy(vote, totals, budget, List.of());
		}
		// voters with the same choices always hold the same money, so they are kept together
		Map<List<UUID>, Long> sizes = new LinkedHashMap<>();
		ballots.forEach(ballot -> sizes.merge(ballot.options(), 1L, Long::sum));
		Rational share = new Rational(BigInteger.valueOf(budget), BigInteger.valueOf(ballots.size()));
		List<Voters> voters = new ArrayList<>();
		sizes.forEach((options, size) -> voters.add(new Voters(options, size, share)));
		List<UUID> funded = new ArrayList<>();
		long spent = 0;
		while (true) {
			Bundle.Option best = null;
			Rational bestPrice = null;
			Rational bestRatio = null;
			for (Bundle.Option option : vote.options()) {
				if (funded.contains(option.id()) || option.cost() <= 0) {
					continue;
				}
				Rational price = price(option, voters);
				if (price == null) {
					continue;
				}
				Rational ratio = price.divide(Rational.of(option.cost()));
				if (best == null || better(ratio, option, bestRatio, best, totals)) {
					best = option;
					bestPrice = price;
					bestRatio = ratio;
				}
			}
			if (best == null) {
				break;
			}
			for (Voters group : voters) {
				if (group.options.contains(best.id())) {
					group.money = group.money.subtract(group.money.compareTo(bestPrice) < 0 ? group.money : bestPrice);
				}
			}
			funded.add(best.id());
			spent += best.cost();
		}
		List<UUID> all = new ArrayList<>(funded);
		all.addAll(greedy(vote, totals, budget - spent, funded));
		return all;
	}

	/** Voters who chose the same options, and the money each of them still holds. */
	private static final class Voters {

		final List<UUID> options;

		final long size;

		Rational money;

		Voters(List<UUID> options, long size, Rational money) {
			this.options = options;
			this.size = size;
			this.money = money;
		}

	}

	private static boolean better(Rational ratio, Bundle.Option option, Rational bestRatio, Bundle.Option best,
			Map<UUID, Long> totals) {
		int byRatio = ratio.compareTo(bestRatio);
		if (byRatio != 0) {
			return byRatio < 0;
		}
		long votes = totals.get(option.id());
		long bestVotes = totals.get(best.id());
		if (votes != bestVotes) {
			return votes > bestVotes;
		}
		if (option.cost() != best.cost()) {
			return option.cost() < best.cost();
		}
		return option.position() < best.position();
	}

	/** The lowest p with sum over supporters of min(money, p) = cost, or null if they cannot afford it. */
	private static Rational price(Bundle.Option option, List<Voters> voters) {
		List<Voters> supporters = voters.stream()
			.filter(group -> group.options.contains(option.id()) && group.money.signum() > 0)
			.sorted(Comparator.comparing(group -> group.money))
			.toList();
		long payers = supporters.stream().mapToLong(group -> group.size).sum();
		Rational paid = Rational.of(0);
		Rational cost = Rational.of(option.cost());
		for (Voters group : supporters) {
			Rational price = cost.subtract(paid).divide(Rational.of(payers));
			if (price.compareTo(group.money) <= 0) {
				return price;
			}
			paid = paid.add(group.money.multiply(Rational.of(group.size)));
			payers -= group.size;
		}
		return null;
	}

	/** An exact fraction. */
	record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

		Rational {
			if (denominator.signum() < 0) {
				numerator = numerator.negate();
				denominator = denominator.negate();
			}
			BigInteger gcd = numerator.gcd(denominator);
			if (gcd.signum() > 0) {
				numerator = numerator.divide(gcd);
				denominator = denominator.divide(gcd);
			}
		}

		static Rational of(long value) {
			return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
		}

		Rational add(Rational other) {
			return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
					denominator.multiply(other.denominator));
		}

		Rational subtract(Rational other) {
			return add(new Rational(other.numerator.negate(), other.denominator));
		}

		Rational multiply(Rational other) {
			return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
		}

		Rational divide(Rational other) {
			return new Rational(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
		}

		int signum() {
			return numerator.signum();
		}

		@Override
		public int compareTo(Rational other) {
			return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
		}

	}

}
