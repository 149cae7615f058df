package ru.vmeste.edms.connector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change of a document in the EDMS (docs/edms.md, "Changes"), delivered by webhook or poll.
 * Its id is unique for the EDMS: the portal applies each id once.
 *
 * @param externalId the portal's appeal id
 * @param status the EDMS's own status; {@code vmeste.edms.statuses} says what it means for the portal
 * @param official the responsible official, once assigned
 * @param deadline the EDMS's due date
 * @param answer the official answer, when the status means answered
 * @param question a question the organization asks the author (the portal asks it and sends the reply back)
 */
public record DocumentChange(String id, String externalId, String number, String status, Instant at,
		@Nullable Instant registeredAt, @Nullable String official, @Nullable LocalDate deadline,
		@Nullable Answer answer, @Nullable String question) {

	/** The official answer: its text and its files (e.g. the signed letter). */
	public record Answer(String text, List<FileLink> files) {
	}

}
