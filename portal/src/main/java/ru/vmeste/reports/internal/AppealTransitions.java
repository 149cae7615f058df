package ru.vmeste.reports.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.AppealStatus;
import ru.vmeste.shared.DomainException;

import static ru.vmeste.reports.AppealStatus.ANSWERED;
import static ru.vmeste.reports.AppealStatus.CLOSED;
import static ru.vmeste.reports.AppealStatus.HELD;
import static ru.vmeste.reports.AppealStatus.IN_PROGRESS;
import static ru.vmeste.reports.AppealStatus.MERGED;
import static ru.vmeste.reports.AppealStatus.MODERATION;
import static ru.vmeste.reports.AppealStatus.PUBLISHED;
import static ru.vmeste.reports.AppealStatus.REJECTED;
import static ru.vmeste.reports.AppealStatus.REOPENED;
import static ru.vmeste.reports.AppealStatus.ROUTED;

/**
 * The appeal's transition table, with no I/O: which change may happen in which status and the
 * status it leaves the appeal in. {@link AppealLifecycle} refuses anything not listed here;
 * docs/reports.md draws it ({@code AppealTransitionsDiagramTests} keeps the drawing current).
 */
final class AppealTransitions {

	/**
	 * One allowed move.
	 *
	 * @param from the status before; {@code null} for the submission, before there is any
	 */
	public record Transition(@Nullable AppealStatus from, AppealChange change, AppealStatus to) {
	}

	private static final List<Transition> TABLE = table();

	private AppealTransitions() {
	}

	/** Every allowed move, in the order of an appeal's life. */
	public static List<Transition> all() {
		return TABLE;
	}

	public static boolean allows(@Nullable AppealStatus from, AppealChange change, AppealStatus to) {
		return TABLE.contains(new Transition(from, change, to));
	}

	/** The move, or a refusal (409) when the table does not allow it, e.g. a second answer racing the first. */
	public static Transition check(@Nullable AppealStatus from, AppealChange change, AppealStatus to) {
		if (!allows(from, change, to)) {
			throw DomainException.conflict("reports.appeal.change-not-allowed");
		}
		return new Transition(from, change, to);
	}

	private static List<Transition> table() {
		List<Transition> moves = new ArrayList<>();
		moves.add(new Transition(null, AppealChange.SUBMITTED, HELD));
		moves.add(new Transition(null, AppealChange.SUBMITTED, MODERATION));
		moves.add(new Transition(HELD, AppealChange.RELEASED, MODERATION));
		moves.add(new Transition(MODERATION, AppealChange.TEXT_EDITED, MODERATION));
		moves.add(new Transition(MODERATION, AppealChange.PUBLISHED, PUBLISHED));
		moves.add(new Transition(MODERATION, AppealChange.REJECTED, REJECTED));
		moves.add(new Transition(MODERATION, AppealChange.MERGED, MERGED));
		moves.add(new Transition(PUBLISHED, AppealChange.ROUTED, ROUTED));
		for (AppealStatus open : List.of(ROUTED, IN_PROGRESS, REOPENED)) {
			moves.add(new Transition(open, AppealChange.REROUTED, ROUTED));
		}
		moves.add(new Transition(ROUTED, AppealChange.TAKEN, IN_PROGRESS));
		moves.add(new Transition(REOPENED, AppealChange.TAKEN, IN_PROGRESS));
		for (AppealStatus open : List.of(ROUTED, IN_PROGRESS, REOPENED)) {
			for (AppealChange inside : List.of(AppealChange.ASSIGNED, AppealChange.INFO_REQUESTED,
					AppealChange.INFO_PROVIDED, AppealChange.COMMENT, AppealChange.REMINDED, AppealChange.OVERDUE)) {
				moves.add(new Transition(open, inside, open));
			}
		}
		moves.add(new Transition(IN_PROGRESS, AppealChange.STAGE, IN_PROGRESS));
		moves.add(new Transition(IN_PROGRESS, AppealChange.PROMISED, IN_PROGRESS));
		for (AppealStatus open : List.of(ROUTED, IN_PROGRESS, REOPENED)) {
			moves.add(new Transition(open, AppealChange.ANSWERED, ANSWERED));
		}
		moves.add(new Transition(ANSWERED, AppealChange.RATED_SOLVED, ANSWERED));
		moves.add(new Transition(ANSWERED, AppealChange.RATED_NOT_SOLVED, ANSWERED));
		moves.add(new Transition(ANSWERED, AppealChange.REOPENED, REOPENED));
		moves.add(new Transition(ANSWERED, AppealChange.CLOSED_SOLVED, CLOSED));
		moves.add(new Transition(ANSWERED, AppealChange.CLOSED_NOT_SOLVED, CLOSED));
		moves.add(new Transition(ANSWERED, AppealChange.CLOSED_NOT_CONFIRMED, CLOSED));
		return Collections.unmodifiableList(moves);
	}

}
