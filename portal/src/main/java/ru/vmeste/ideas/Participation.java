package ru.vmeste.ideas;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;

/**
 * What residents and experts do with ideas (the pages and the API call it; so may the demo):
 * propose, support, and review. Each is checked as on the pages.
 */
public interface Participation {

	/** A resident proposes an idea; it waits for moderation. */
	IdeaId propose(Proposal proposal, UserId author);

	/** A resident supports a published idea, once; answers its supports afterwards. */
	int support(IdeaId idea, UserId resident);

	/** An expert decides whether an idea that reached its threshold is feasible, at what cost. */
	void review(IdeaId idea, ReviewDecision decision, @Nullable Long estimatedCost, @Nullable String note, UserId expert);

}
