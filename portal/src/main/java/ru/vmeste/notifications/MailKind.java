package ru.vmeste.notifications;

import java.util.Map;
import java.util.Optional;

/**
 * The kinds of mail a person chooses how to receive ({@link MailMode}). Mails essential to the
 * account — confirming an address, a new password, a ballot's receipt — are of no kind: they
 * always come at once.
 */
public enum MailKind {

	/** Changes of the appeals one wrote or follows, questions about them, "is it fixed?". */
	APPEALS,

	/** New appeals in the area one follows. */
	AREA_ALERTS,

	/** One's ideas and offers. */
	IDEAS,

	/** The works one follows. */
	WORKS,

	/** Staff work: appeals assigned, reminders, overdue appeals, flagged works. */
	STAFF;

	private static final Map<String, MailKind> TEMPLATES = Map.ofEntries(Map.entry("appeal-status", APPEALS),
			Map.entry("appeal-confirm", APPEALS), Map.entry("appeal-info-requested", APPEALS),
			Map.entry("appeal-nearby", AREA_ALERTS), Map.entry("idea-status", IDEAS), Map.entry("idea-done", IDEAS),
			Map.entry("idea-offer", IDEAS), Map.entry("work-status", WORKS), Map.entry("work-rating-declined", WORKS),
			Map.entry("appeal-assigned", STAFF), Map.entry("appeal-reminder", STAFF), Map.entry("appeal-overdue", STAFF),
			Map.entry("work-flagged", STAFF));

	/** The kind of a mail template, none for the essential ones. */
	public static Optional<MailKind> of(String template) {
		return Optional.ofNullable(TEMPLATES.get(template));
	}

}
