package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.VoteOperator;

/**
 * The operator's steps, each the one the manage pages take ({@link VoteAdministration}) and timed by
 * the module's clock; opening at once and closing early go through {@link VoteLifecycle} as the
 * calendar's do.
 */
@Service
class VoteOperatorService implements VoteOperator {

	private final VoteAdministration administration;

	private final VoteLifecycle lifecycle;

	private final Clock clock;

	VoteOperatorService(VoteAdministration administration, VoteLifecycle lifecycle, Clock clock) {
		this.administration = administration;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<Summary> managedBy(UserId user, PageQuery page) {
		return administration.managedBy(user, page)
			.map(vote -> new Summary(vote.id(), vote.title(), vote.status().name(), vote.opensAt(), vote.closesAt(),
					vote.ballots()));
	}

	@Override
	@Transactional
	public Created create(NewVote vote, UserId by) {
		boolean budget = vote.kind() == Kind.BUDGET_GREEDY || vote.kind() == Kind.BUDGET_EQUAL_SHARES;
		VoteKind kind = switch (vote.kind()) {
			case SINGLE_CHOICE -> VoteKind.SINGLE_CHOICE;
			case MULTIPLE_CHOICE -> VoteKind.MULTIPLE_CHOICE;
			case BUDGET_GREEDY, BUDGET_EQUAL_SHARES -> VoteKind.BUDGET;
		};
		Counting counting = switch (vote.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> Counting.TOTALS;
			case BUDGET_GREEDY -> Counting.GREEDY;
			case BUDGET_EQUAL_SHARES -> Counting.EQUAL_SHARES;
		};
		BallotRule rule = !budget ? BallotRule.ONE : vote.maxChoices() == null ? BallotRule.WITHIN_BUDGET : BallotRule.UP_TO;
		VoteId id = administration.create(new VoteDefinition(vote.title(), vote.description(), kind, rule,
				vote.maxChoices(), vote.budget(), counting, false, new Eligibility(vote.districts(), vote.minAge()),
				vote.opensAt(), vote.closesAt()), by);
		List<UUID> options = new ArrayList<>();
		for (NewOption option : vote.options()) {
			options.add(administration.addOption(id, option.title(), option.description(), option.cost(), by));
		}
		return new Created(id, options);
	}

	@Override
	@Transactional
	public void schedule(VoteId vote, UserId by) {
		administration.schedule(vote, by);
		Instant now = clock.instant();
		if (!administration.find(vote).opensAt().isAfter(now)) {
			lifecycle.open(vote, now);
		}
	}

	/** Closes in one transaction, then sorts the roll in one of its own, as the calendar does. */
	@Override
	public void close(VoteId vote, UserId by) {
		administration.findManaged(vote, by);
		if (!lifecycle.closeEarly(vote, clock.instant(), by)) {
			throw DomainException.conflict("voting.wrong-status");
		}
		lifecycle.sortRoll(vote);
	}

	@Override
	public void publish(VoteId vote, UserId by) {
		administration.publish(vote, by);
	}

}
