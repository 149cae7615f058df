package ru.vmeste.voting.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.voting.VoteId;

/**
 * A vote or participatory budget with its options, who may vote, when, and how ballots are
 * checked and counted. Fixed once scheduled; only its status moves on.
 *
 * @param maxChoices the most options a ballot may name (rule {@link BallotRule#UP_TO})
 * @param budget the money to share in roubles (budgets)
 * @param resultsLive whether results (and the ballots' contents) are public while it is open
 * @param eligibleCount how many residents could vote, counted when it closed
 */
public record Vote(VoteId id, LocalizedText title, LocalizedText description, VoteKind kind, BallotRule rule,
		@Nullable Integer maxChoices, @Nullable Long budget, Counting counting, boolean resultsLive,
		Eligibility eligibility, Instant opensAt, Instant closesAt, VoteStatus status, List<VoteOption> options,
		@Nullable String imageKey, @Nullable String imageType, @Nullable Long eligibleCount, UserId createdBy,
		Instant createdAt) {

	public Vote {
		options = List.copyOf(options);
	}

	public boolean acceptsBallotsAt(Instant now) {
		return status == VoteStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** Results, and with them the ballots' contents, are public after closing or live if so chosen. */
	public boolean resultsVisible() {
		return status.isFinished() || (status == VoteStatus.OPEN && resultsLive);
	}

	public boolean isBudget() {
		return kind == VoteKind.BUDGET;
	}

	public Optional<VoteOption> option(UUID id) {
		return options.stream().filter(option -> option.id().equals(id)).findFirst();
	}

	/** Refuses a ballot that names no option, an unknown or repeated one, or breaks the ballot rule. */
	public void checkBallot(Collection<UUID> chosen) {
		if (chosen.isEmpty()) {
			throw DomainException.invalid("voting.ballot.empty");
		}
		if (new HashSet<>(chosen).size() != chosen.size()) {
			throw DomainException.invalid("voting.ballot.repeated");
		}
		long cost = 0;
		for (UUID id : chosen) {
			VoteOption option = option(id).orElseThrow(() -> DomainException.invalid("voting.ballot.unknown-option", id));
			cost += option.cost() == null ? 0 : option.cost();
		}
		switch (rule) {
			case ONE -> {
				if (chosen.size() != 1) {
					throw DomainException.invalid("voting.ballot.one");
				}
			}
			case UP_TO -> {
				if (maxChoices != null && chosen.size() > maxChoices) {
					throw DomainException.invalid("voting.ballot.too-many", maxChoices);
				}
			}
			case WITHIN_BUDGET -> {
				if (budget != null && cost > budget) {
					throw DomainException.invalid("voting.ballot.over-budget", cost, budget);
				}
			}
		}
	}

}
