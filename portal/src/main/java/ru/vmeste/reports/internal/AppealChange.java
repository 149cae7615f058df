package ru.vmeste.reports.internal;

import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealMerged;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealRejected;
import ru.vmeste.reports.AppealReleased;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealSubmitted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;

/**
 * Every kind of entry in an appeal's history (its {@code change} column and the
 * {@code reports.change.*} labels). A <em>step</em> of the life cycle publishes exactly one event
 * of its type; a <em>record</em> only writes history (what staff did inside a status, and the
 * reminders, which have their own events).
 */
public enum AppealChange {

	/** A resident submitted the appeal. */
	SUBMITTED(AppealSubmitted.class),
	/** The author confirmed their e-mail: the held appeal goes to moderation. */
	RELEASED(AppealReleased.class),
	/** A moderator edited the text before publishing (the replaced text is kept for staff). */
	TEXT_EDITED(null),
	PUBLISHED(AppealPublished.class),
	REJECTED(AppealRejected.class),
	MERGED(AppealMerged.class),
	/** Routing sent the published appeal to an organization. */
	ROUTED(AppealRouted.class),
	/** An official sent it on to another organization. */
	REROUTED(AppealRouted.class),
	TAKEN(AppealTaken.class),
	ASSIGNED(AppealAssigned.class),
	/** Moved to another stage of its process. */
	STAGE(null),
	/** An internal comment of the organization. */
	COMMENT(null),
	INFO_REQUESTED(InformationRequested.class),
	INFO_PROVIDED(InformationProvided.class),
	ANSWERED(AppealAnswered.class),
	/**
	 * The organization answered that the problem is not solved yet but a repair is planned by a
	 * date (in the note): the appeal stays in work, and counts as not solved, until it is answered.
	 */
	PROMISED(null),
	RATED_SOLVED(AppealRated.class),
	RATED_NOT_SOLVED(AppealRated.class),
	REOPENED(AppealReopened.class),
	/** Closed: the author confirmed the problem solved. */
	CLOSED_SOLVED(AppealClosed.class),
	/** Closed: not solved, and no reopening left. */
	CLOSED_NOT_SOLVED(AppealClosed.class),
	/** Closed: the author did not reply within the confirmation period. */
	CLOSED_NOT_CONFIRMED(AppealClosed.class),
	/** The executor was reminded of the deadline ({@code AppealDeadlineNear}). */
	REMINDED(null),
	/** The deadline passed ({@code AppealOverdue}). */
	OVERDUE(null);

	private final @Nullable Class<? extends AppealEvent> event;

	AppealChange(@Nullable Class<? extends AppealEvent> event) {
		this.event = event;
	}

	/** A step of the life cycle, which publishes an event; otherwise a record in the history only. */
	public boolean isStep() {
		return event != null;
	}

	/** The type of the event a step publishes; {@code null} for a record. */
	public @Nullable Class<? extends AppealEvent> event() {
		return event;
	}

}
