package ru.vmeste.ideas;

import java.util.UUID;

/** Identifies an idea. */
public record IdeaId(UUID value) {

	public static IdeaId random() {
		return new IdeaId(UUID.randomUUID());
	}

	public static IdeaId of(String value) {
		return new IdeaId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
