package ru.vmeste.edms.connector;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document management system as the portal uses it. Every call that changes something
 * carries an idempotency key: the portal retries with the same key until it gets an answer, and
 * the EDMS must answer a repeated key with the first call's result instead of acting twice.
 * Throw {@link EdmsUnavailable} when the EDMS cannot be reached or fails as a whole (the sync
 * stops and backs off) and {@link EdmsRefused} when it refuses this one message.
 */
public interface EdmsConnector {

	/** Registers the appeal as an incoming document and returns its registration. */
	Registration register(OutgoingDocument document, String idempotencyKey);

	/** Tells the EDMS something that happened to a registered document in the portal. */
	void send(String number, DocumentMessage message, String idempotencyKey);

	/** Attaches files that came after the registration (links the EDMS may fetch). */
	void attach(String number, long sequence, List<FileLink> files, String idempotencyKey);

	/** Changes of documents after the cursor, oldest first ({@code null}: from the beginning). */
	ChangePage changesSince(@Nullable String cursor, int limit);

	/** Fetches a file the EDMS linked to in a change (e.g. the signed answer letter). */
	byte[] download(URI file, long maxBytes);

}
