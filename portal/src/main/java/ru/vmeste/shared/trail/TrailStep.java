package ru.vmeste.shared.trail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a trail: an appeal, an idea, a vote or works, with its status and date.
 *
 * @param status the step's status code in its own module, e.g. {@code IN_PROGRESS}
 * @param statusLabel the status in the reader's language
 * @param url the step's public page, relative to the portal
 * @param at when the step began (filed, proposed, opened, planned)
 */
public record TrailStep(Type type, String id, String title, String status, String statusLabel, String url,
		@Nullable Instant at) {

	/** What a step is. */
	public enum Type {

		APPEAL, IDEA, VOTE, WORK

	}

}
