package ru.vmeste.edms.connector;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An appeal as the EDMS registers it. The author's name and e-mail are included because the
 * law on citizens' appeals (59-FZ, art. 7) requires them for the answer; nothing else personal is.
 * (The portal itself brings the answer to the author; an author whose account is gone is left out.)
 *
 * @param externalId the portal's appeal id, the document's key on both sides
 * @param sequence the message's place among the appeal's messages (1 for the registration)
 * @param deadline the portal's due date for the answer
 * @param page the appeal's public page
 */
public record OutgoingDocument(String externalId, long appealNumber, long sequence, String text, Topic topic,
		Place place, List<FileLink> photos, @Nullable Author author, Addressee organization, @Nullable LocalDate deadline,
		Instant submittedAt, URI page) {

	/** The topic (kind of problem) by code and name. */
	public record Topic(String code, String name) {
	}

	/** Where the problem is. */
	public record Place(double lat, double lon, @Nullable String address, @Nullable String district) {
	}

	/** Whom the answer goes to. */
	public record Author(String name, String email) {
	}

	/** The organization that answers, by the portal's id and code (the EDMS maps the code to its own unit). */
	public record Addressee(String id, String code, String name) {
	}

}
