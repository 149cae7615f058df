package ru.vmeste.edms.connector;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a registered appeal in the portal, in the order it happened.
 *
 * @param sequence the message's place among the appeal's messages; the EDMS sees them in this order
 * @param organization the new addressee ({@link Type#READDRESSED})
 * @param withdrawn the appeal now goes to an organization that does not work in the EDMS
 * @param text the author's additional information ({@link Type#INFORMATION})
 * @param score the author's rating 1–5 ({@link Type#RATED})
 * @param solved whether the author says the problem is solved ({@link Type#RATED})
 * @param outcome why the appeal was closed ({@link Type#CLOSED})
 */
public record DocumentMessage(Type type, String externalId, long sequence, Instant at,
		OutgoingDocument.@Nullable Addressee organization, boolean withdrawn, @Nullable String text,
		@Nullable Integer score, @Nullable Boolean solved, @Nullable String outcome) {

	/** What happened. */
	public enum Type {

		/** An official sent the appeal on to another organization. */
		READDRESSED,
		/** The author answered the request for more information. */
		INFORMATION,
		/** The author rated the answer. */
		RATED,
		/** The author said the problem is not solved: the appeal is worked on again. */
		REOPENED,
		/** The appeal is closed. */
		CLOSED

	}

}
