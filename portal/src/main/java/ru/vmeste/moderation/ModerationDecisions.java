package ru.vmeste.moderation;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;

/**
 * Moderators' decisions on content another module asked about, as the queue's page takes them:
 * e.g. an import or the demo publishing what a moderator would. The outcome comes back as
 * {@link ContentModerated}, as for every decision.
 */
public interface ModerationDecisions {

	/** Whether the content has arrived in the queue and waits for a decision (the request is handled after its transaction). */
	boolean isPending(String kind, String subjectId);

	/** Publishes the pending content. */
	void publish(String kind, String subjectId, UserId moderator);

	/** Rejects the pending content with a reason its author hears. */
	void reject(String kind, String subjectId, String reason, UserId moderator);

	/** Merges the pending content into published content that says the same. */
	void merge(String kind, String subjectId, String duplicateOf, @Nullable String reason, UserId moderator);

}
