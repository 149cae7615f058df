package ru.vmeste.voting;

import java.util.UUID;

/** Identifies a vote. */
public record VoteId(UUID value) {

	public static VoteId random() {
		return new VoteId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
