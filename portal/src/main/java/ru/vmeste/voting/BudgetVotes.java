package ru.vmeste.voting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * Participatory-budget votes that another module prepares, e.g. from a campaign's feasible
 * ideas; their outcome comes back as {@link VoteResultPublished}. The vote is then an ordinary
 * vote: ballots, ledger and publication work as for any other.
 */
public interface BudgetVotes {

	/**
	 * A vote to create: the projects share the budget, counted greedily (most votes first, while
	 * the money lasts); residents with a verified address in the districts (anywhere when none)
	 * may vote.
	 */
	record Request(LocalizedText title, LocalizedText description, long budget, Set<DistrictId> districts,
			Instant opensAt, Instant closesAt, List<Project> projects) {

		public Request {
			districts = Set.copyOf(districts);
			projects = List.copyOf(projects);
		}

	}

	/** A project on the ballot; its cost is in roubles. */
	record Project(LocalizedText title, @Nullable LocalizedText description, long cost) {
	}

	/** The created vote and its options' ids, in the order of the request's projects. */
	record Created(VoteId vote, List<UUID> options) {

		public Created {
			options = List.copyOf(options);
		}

	}

	/**
	 * A vote as other modules show it.
	 *
	 * @param status DRAFT, SCHEDULED, OPEN, CLOSED or PUBLISHED
	 */
	record State(VoteId id, LocalizedText title, String status, Instant opensAt, Instant closesAt) {
	}

	/**
	 * What a vote offered and, once its result is published, what it selected.
	 *
	 * @param status DRAFT, SCHEDULED, OPEN, CLOSED or PUBLISHED
	 * @param selected the options the published result selected; empty before publication
	 */
	record Outcome(VoteId vote, String status, List<Option> options, Set<UUID> selected) {

		public Outcome {
			options = List.copyOf(options);
			selected = Set.copyOf(selected);
		}

	}

	/** An option of a vote; its cost in roubles (budgets only). */
	record Option(UUID id, LocalizedText title, @Nullable Long cost) {
	}

	/**
	 * Creates and schedules the vote; it opens at once when its opening time has come, else at
	 * that time. Refused like a vote made by hand: e.g. fewer than two projects, or a project
	 * costing more than the budget.
	 */
	Created create(Request request, UserId by);

	Optional<State> state(VoteId vote);

	/** The vote's options and, once published, its selected ones: e.g. to link a vote prepared by hand to ideas. */
	Optional<Outcome> outcome(VoteId vote);

	/** Budget votes whose results are published, newest first (a region holds a handful a year). */
	List<State> published(int limit);

}
