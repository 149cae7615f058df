package ru.vmeste.voting.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * What staff decide about a vote before it is scheduled. {@link #normalized} makes the rules
 * consistent with the kind: a single choice is one option counted by totals, a multiple
 * choice names up to {@code maxChoices}, a budget is counted greedily or by Equal Shares.
 */
public record VoteDefinition(LocalizedText title, LocalizedText description, VoteKind kind, BallotRule rule,
		@Nullable Integer maxChoices, @Nullable Long budget, Counting counting, boolean resultsLive,
		Eligibility eligibility, Instant opensAt, Instant closesAt) {

	/** The most options a vote may have. */
	public static final int MAX_OPTIONS = 100;

	public VoteDefinition normalized() {
		if (!closesAt.isAfter(opensAt)) {
			throw DomainException.invalid("voting.definition.closes-before-opening");
		}
		if (eligibility.minAge() != null && (eligibility.minAge() < 0 || eligibility.minAge() > 120)) {
			throw DomainException.invalid("voting.definition.min-age");
		}
		return switch (kind) {
			case SINGLE_CHOICE -> with(BallotRule.ONE, 1, null, Counting.TOTALS);
			case MULTIPLE_CHOICE -> {
				if (maxChoices == null || maxChoices < 2 || maxChoices > MAX_OPTIONS) {
					throw DomainException.invalid("voting.definition.max-choices");
				}
				yield with(BallotRule.UP_TO, maxChoices, null, Counting.TOTALS);
			}
			case BUDGET -> {
				if (budget == null || budget <= 0) {
					throw DomainException.invalid("voting.definition.budget");
				}
				if (counting == Counting.TOTALS) {
					throw DomainException.invalid("voting.definition.budget-counting");
				}
				if (rule == BallotRule.UP_TO && (maxChoices == null || maxChoices < 1 || maxChoices > MAX_OPTIONS)) {
					throw DomainException.invalid("voting.definition.max-choices");
				}
				yield rule == BallotRule.UP_TO ? with(rule, maxChoices, budget, counting)
						: with(BallotRule.WITHIN_BUDGET, null, budget, counting);
			}
		};
	}

	private VoteDefinition with(BallotRule rule, @Nullable Integer maxChoices, @Nullable Long budget, Counting counting) {
		return new VoteDefinition(title, description, kind, rule, maxChoices, budget, counting, resultsLive, eligibility,
				opensAt, closesAt);
	}

}
