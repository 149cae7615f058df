package ru.vmeste.voting;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The result of a vote was announced as official.
 *
 * @param selected the options the count selected (funded projects; the leading answer)
 * @param options every option of the vote
 */
public record VoteResultPublished(VoteId vote, Set<UUID> selected, Set<UUID> options, Instant at) {

	public VoteResultPublished {
		selected = Set.copyOf(selected);
		options = Set.copyOf(options);
	}

}
