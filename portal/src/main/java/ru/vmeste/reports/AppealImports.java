package ru.vmeste.reports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.GeoPoint;

/**
 * Brings in appeals with their past — from the portal this one replaces, or the demo — through
 * the same life cycle as new ones, each step at its own instant, so their history, deadlines and
 * events are as if they had happened here. Routing is by today's rules.
 */
public interface AppealImports {

	/** Whether the portal holds appeals by the author (an import run again skips what it brought). */
	boolean hasAppealsOf(UserId author);

	AppealId importAppeal(ImportedAppeal appeal);

	/**
	 * Imports many appeals in one transaction, each as {@link #importAppeal} does, in the list's
	 * order and with the same history and events: a large import commits once per batch rather
	 * than once per appeal. All or none: an appeal that cannot be imported (its point outside
	 * every district) leaves the whole batch out.
	 *
	 * @return the new appeals, in the list's order
	 */
	List<AppealId> importAppeals(List<ImportedAppeal> appeals);

	/**
	 * An appeal and how far it got. Each later step needs the earlier ones; a missing step ends it there.
	 *
	 * @param address the address or landmark the author gave, if any
	 * @param rejection why a moderator did not publish it (then nothing else follows)
	 * @param publishedAt when it was published (and routed); {@code null}: it waits for moderation
	 * @param takenAt when the organization took it into work
	 * @param answer the organization's answer
	 * @param rating the author's rating of the answer
	 */
	record ImportedAppeal(TopicId topic, GeoPoint point, @Nullable String address, String text, UserId author,
			Instant submittedAt, @Nullable Rejection rejection, @Nullable Instant publishedAt, @Nullable Instant takenAt,
			@Nullable Answer answer, @Nullable Rating rating) {
	}

	/** A moderator's refusal. */
	record Rejection(String reason, Instant at) {
	}

	/** The organization's answer. */
	record Answer(String text, Instant at) {
	}

	/** The author's rating of the answer. */
	record Rating(int score, boolean solved, Instant at) {
	}

}
