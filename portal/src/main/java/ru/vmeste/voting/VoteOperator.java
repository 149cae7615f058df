package ru.vmeste.voting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;

/**
 * Running a vote from outside the portal's pages: what an administrator or a vote manager does on
 * {@code /manage/votes}, for the callers that have no browser — an operator's script that puts a
 * council's decision (the question and its options, fixed elsewhere) to the vote, an import from
 * the system a portal replaces, the demo. Each step is the one the pages take, with the same
 * checks: who acts must be allowed to manage the vote (an administrator every vote, a vote manager
 * their organization's), and a refused step changes nothing. Ballots are not cast here: residents
 * cast them themselves, and the result is counted from the ledger alone.
 *
 * <p>The life of a vote is DRAFT → SCHEDULED → OPEN → CLOSED → PUBLISHED. Opening and closing
 * happen on time by themselves (the voting calendar); {@link #close} is for an operator who must end
 * a vote before its time.
 */
public interface VoteOperator {

	/** What a vote asks. */
	enum Kind {

		/** Pick exactly one option; the most votes win. */
		SINGLE_CHOICE,
		/** Pick up to {@code maxChoices} options; counted by totals. */
		MULTIPLE_CHOICE,
		/**
		 * A participatory budget counted greedily: projects with the most votes are funded while the
		 * money lasts. A ballot's projects may cost at most the budget (or, with {@code maxChoices},
		 * name at most that many).
		 */
		BUDGET_GREEDY,
		/** A participatory budget counted by the Method of Equal Shares; ballots as for {@link #BUDGET_GREEDY}. */
		BUDGET_EQUAL_SHARES

	}

	/**
	 * A vote to create, with its options in their order.
	 *
	 * @param maxChoices the most options a ballot may name ({@link Kind#MULTIPLE_CHOICE}; for budgets
	 * optional, instead of "within the budget")
	 * @param budget the money to share in roubles (budgets only)
	 * @param districts residents of these districts may vote (none: the whole region)
	 * @param minAge the youngest who may vote, in years on the day (none: any age)
	 */
	record NewVote(LocalizedText title, LocalizedText description, Kind kind, @Nullable Integer maxChoices,
			@Nullable Long budget, Set<DistrictId> districts, @Nullable Integer minAge, Instant opensAt,
			Instant closesAt, List<NewOption> options) {

		public NewVote {
			districts = Set.copyOf(districts);
			options = List.copyOf(options);
		}

	}

	/** An option of a new vote; its cost in roubles (required for budgets, ignored otherwise). */
	record NewOption(LocalizedText title, @Nullable LocalizedText description, @Nullable Long cost) {
	}

	/** The created draft and its options' ids, in the order of the request's options. */
	record Created(VoteId vote, List<UUID> options) {

		public Created {
			options = List.copyOf(options);
		}

	}

	/**
	 * A vote as the operator's list shows it.
	 *
	 * @param status DRAFT, SCHEDULED, OPEN, CLOSED or PUBLISHED
	 * @param ballots the ballots in its ledger so far
	 */
	record Summary(VoteId id, LocalizedText title, String status, Instant opensAt, Instant closesAt, long ballots) {
	}

	/**
	 * The votes this user manages, newest first, as {@code /manage/votes} lists them: every vote for
	 * an administrator, their organizations' for a vote manager, none for anyone else.
	 */
	Paged<Summary> managedBy(UserId user, PageQuery page);

	/**
	 * Creates a draft with its options, all or nothing; only staff see it until it is scheduled.
	 * Refused as on the pages: closing not after opening, a budget without money or a project
	 * without a cost, more than a hundred options, a district other than the one the vote
	 * manager's organization serves, or someone who manages no votes.
	 */
	Created create(NewVote vote, UserId by);

	/**
	 * Fixes the draft and announces it; from now on only its status moves. It opens at once when its
	 * opening time has come (as the calendar would a minute later), else at that time. Refused
	 * with fewer than two options, a closing time already past, or a project costing more than the
	 * budget.
	 */
	void schedule(VoteId vote, UserId by);

	/**
	 * Ends an open vote now, before its closing time — when the question it asks has gone (the
	 * council decided otherwise, a court stopped it) or a vote was left open by mistake. Its closing
	 * time becomes now and it closes as on time: the ballots in flight are appended, the final head
	 * signed, the participation roll published and the result counted; a later ballot is refused.
	 * Refused for a vote that is not open.
	 */
	void close(VoteId vote, UserId by);

	/**
	 * Announces a closed vote's counted result as official; {@link VoteResultPublished} tells the
	 * other modules which options it selected. Refused for a vote that is not closed.
	 */
	void publish(VoteId vote, UserId by);

}
