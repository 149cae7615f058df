package ru.vmeste.reports;

import java.util.UUID;

/** Identifies a topic. */
public record TopicId(UUID value) {

	public static TopicId of(String value) {
		return new TopicId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
