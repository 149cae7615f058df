package ru.vmeste.reports.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealStatus;

/**
 * One change in an appeal's history; the actor and replaced text are for staff only.
 *
 * @param visibility who may read it
 * @param decision the routing decision a routing step made
 * @param stage the process stage a stage change moved to
 * @param assignee the executor an assignment chose
 */
public record HistoryEntry(AppealStatus status, AppealChange change, @Nullable String note, @Nullable UserId actor,
		@Nullable String previousText, Instant at, Visibility visibility, @Nullable Long decision,
		@Nullable Integer stage, @Nullable UserId assignee) {

	public HistoryEntry(AppealStatus status, AppealChange change, @Nullable String note, @Nullable UserId actor,
			@Nullable String previousText, Instant at) {
		this(status, change, note, actor, previousText, at, Visibility.PUBLIC, null, null, null);
	}

	/** A public entry with no note, e.g. {@code of(ROUTED, AppealChange.ROUTED, null, at)}. */
	public static HistoryEntry of(AppealStatus status, AppealChange change, @Nullable UserId actor, Instant at) {
		return new HistoryEntry(status, change, null, actor, null, at);
	}

	/** The entry a new appeal's history starts with. */
	public static HistoryEntry submitted(Appeal appeal) {
		return of(appeal.status(), AppealChange.SUBMITTED, appeal.author(), appeal.createdAt());
	}

	/** The entry for another status (the life cycle sets the status a change leaves). */
	public HistoryEntry in(AppealStatus next) {
		return new HistoryEntry(next, change, note, actor, previousText, at, visibility, decision, stage, assignee);
	}

	public HistoryEntry note(@Nullable String text) {
		return new HistoryEntry(status, change, text, actor, previousText, at, visibility, decision, stage, assignee);
	}

	public HistoryEntry visibleTo(Visibility readers) {
		return new HistoryEntry(status, change, note, actor, previousText, at, readers, decision, stage, assignee);
	}

	public HistoryEntry decision(long id) {
		return new HistoryEntry(status, change, note, actor, previousText, at, visibility, id, stage, assignee);
	}

	public HistoryEntry stage(int index) {
		return new HistoryEntry(status, change, note, actor, previousText, at, visibility, decision, index, assignee);
	}

	public HistoryEntry assignee(UserId executor) {
		return new HistoryEntry(status, change, note, actor, previousText, at, visibility, decision, stage, executor);
	}

}
