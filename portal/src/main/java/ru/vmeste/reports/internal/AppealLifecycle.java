package ru.vmeste.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealAnswered;
import ru.vmeste.reports.AppealAssigned;
import ru.vmeste.reports.AppealClosed;
import ru.vmeste.reports.AppealEvent;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealMerged;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealPublished;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealRejected;
import ru.vmeste.reports.AppealReleased;
import ru.vmeste.reports.AppealReopened;
import ru.vmeste.reports.AppealRouted;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealSubmitted;
import ru.vmeste.reports.AppealTaken;
import ru.vmeste.reports.InformationProvided;
import ru.vmeste.reports.InformationRequested;
import ru.vmeste.reports.internal.HistoryEntry;
import ru.vmeste.reports.internal.Visibility;

/**
 * The one owner of an appeal's life cycle: every status change, every history entry and every
 * {@link AppealEvent} comes from here, checked against {@link AppealTransitions}, and each step
 * publishes exactly one event of its {@link AppealChange}'s type.
 * <p>
 * Why a service rather than methods on an aggregate, as in restbucks' {@code Order}: an appeal's
 * state is spread over tables that different parts of the module own (the appeal and its history
 * here, the handling columns and decisions in routing and workflow, answers in the workspace,
 * ratings in feedback), and {@link Appeal} is the read model other modules and every page use.
 * An aggregate would have to load all of that for each step, or grow a second, mutable copy of
 * the appeal. Instead the rules that matter — which move is allowed, what the history says, which
 * event goes out — are pure data and code here ({@link AppealTransitions}, {@link AppealChange}),
 * the writes of the status and history are package-private to this package so nobody else can
 * make them, and the callers keep only what is theirs (a routing decision, an answer's text, a
 * rating's photo). The caller holds the appeal's lock ({@link AppealStore#lock}) in its
 * transaction; each method answers the appeal as it is after the step.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AppealLifecycle {

	/**
	 * Where routing, or an official sending the appeal on, sent an appeal.
	 *
	 * @param from the organization that sent it on; {@code null} for routing after publication
	 * @param rule the kind of step that chose the organization
	 * @param decision the recorded routing decision, which the history entry points to
	 * @param by the official who sent it on
	 */
	public record Routing(OrganizationId organization, @Nullable OrganizationId from, String rule, long decision,
			boolean needsManualRouting, LocalDate deadline, @Nullable UserId by) {
	}

	private final AppealStore appeals;

	private final ApplicationEventPublisher events;

	AppealLifecycle(AppealStore appeals, ApplicationEventPublisher events) {
		this.appeals = appeals;
		this.events = events;
	}

	/**
	 * Stores a new appeal (its author follows it), held when their e-mail is not confirmed, else
	 * waiting for moderation; answers it as stored, without reading it back.
	 */
	public Appeal submit(AppealStore.NewAppeal appeal, boolean held) {
		AppealStatus status = held ? AppealStatus.HELD : AppealStatus.MODERATION;
		AppealTransitions.check(null, AppealChange.SUBMITTED, status);
		long number = appeals.insert(appeal, status);
		Appeal stored = new Appeal(appeal.id(), number, appeal.topic(), appeal.author(), appeal.district(), appeal.point(),
				appeal.address(), appeal.text(), status, null, null, null, null, 0, appeal.at(), null, null);
		appeals.addHistory(appeal.id(), HistoryEntry.submitted(stored));
		appeals.follow(appeal.id(), appeal.author(), "AUTHOR", appeal.at());
		publish(AppealChange.SUBMITTED, new AppealSubmitted(appeal.id(), number, status, appeal.topic(),
				appeal.district(), appeal.author(), appeal.at()));
		return stored;
	}

	/** A held appeal goes to moderation: its author confirmed their e-mail. */
	public Appeal release(Appeal appeal, Instant at) {
		return step(appeal, AppealStatus.MODERATION, HistoryEntry.of(appeal.status(), AppealChange.RELEASED, appeal.author(), at),
				new AppealReleased(appeal.id(), appeal.number(), AppealStatus.MODERATION, at));
	}

	/** A moderator's text edit before publication; the replaced text stays in the history for staff. */
	public void editText(Appeal appeal, String text, @Nullable String reason, @Nullable UserId moderator, Instant at) {
		record(appeal, new HistoryEntry(appeal.status(), AppealChange.TEXT_EDITED, reason, moderator, appeal.text(), at));
		appeals.setText(appeal.id(), text);
	}

	public Appeal publish(Appeal appeal, @Nullable UserId moderator, Instant at) {
		Appeal published = step(appeal, AppealStatus.PUBLISHED,
				HistoryEntry.of(appeal.status(), AppealChange.PUBLISHED, moderator, at),
				new AppealPublished(appeal.id(), appeal.number(), AppealStatus.PUBLISHED, appeal.topic(), appeal.district(),
						appeal.point(), at));
		appeals.published(appeal.id(), at);
		return published;
	}

	public Appeal reject(Appeal appeal, @Nullable String reason, @Nullable UserId moderator, Instant at) {
		return step(appeal, AppealStatus.REJECTED,
				HistoryEntry.of(appeal.status(), AppealChange.REJECTED, moderator, at).note(reason),
				new AppealRejected(appeal.id(), appeal.number(), AppealStatus.REJECTED, reason, at));
	}

	/** Merges the appeal into a published one; its author follows and supports the original. */
	public Appeal merge(Appeal appeal, Appeal original, @Nullable String reason, @Nullable UserId moderator,
			Instant at) {
		Appeal merged = step(appeal, AppealStatus.MERGED,
				HistoryEntry.of(appeal.status(), AppealChange.MERGED, moderator, at).note(reason),
				new AppealMerged(appeal.id(), appeal.number(), AppealStatus.MERGED, original.id(), reason, at));
		appeals.mergedInto(appeal.id(), original.id());
		if (appeals.follow(original.id(), appeal.author(), "MERGED", at)) {
			appeals.addSupporter(original.id());
		}
		return merged;
	}

	/** Routing chose the organization of a published appeal, or an official sent an open one on. */
	public Appeal route(Appeal appeal, Routing routing, Instant at) {
		AppealChange change = routing.from() == null ? AppealChange.ROUTED : AppealChange.REROUTED;
		return step(appeal, AppealStatus.ROUTED,
				HistoryEntry.of(appeal.status(), change, routing.by(), at).decision(routing.decision()),
				new AppealRouted(appeal.id(), appeal.number(), AppealStatus.ROUTED, routing.organization(), routing.from(),
						routing.rule(), routing.needsManualRouting(), routing.deadline(), at));
	}

	/** The organization takes a routed or reopened appeal into work, at the first stage of its process. */
	public Appeal take(Appeal appeal, OrganizationId organization, @Nullable UserId by, @Nullable String note,
			Instant at) {
		return step(appeal, AppealStatus.IN_PROGRESS,
				HistoryEntry.of(appeal.status(), AppealChange.TAKEN, by, at).stage(0).note(note),
				new AppealTaken(appeal.id(), appeal.number(), AppealStatus.IN_PROGRESS, organization, by, at));
	}

	public Appeal assign(Appeal appeal, OrganizationId organization, UserId executor, UserId by, Instant at) {
		return step(appeal, appeal.status(),
				HistoryEntry.of(appeal.status(), AppealChange.ASSIGNED, by, at)
					.visibleTo(Visibility.STAFF)
					.assignee(executor),
				new AppealAssigned(appeal.id(), appeal.number(), appeal.status(), organization, executor, by, at));
	}

	/**
	 * The organization asks the author for more information (its clock is paused by the caller);
	 * {@code by} is {@code null} when the organization asked outside the portal.
	 */
	public Appeal ask(Appeal appeal, OrganizationId organization, String question, @Nullable UserId by, Instant at) {
		return step(appeal, appeal.status(),
				HistoryEntry.of(appeal.status(), AppealChange.INFO_REQUESTED, by, at).note(question),
				new InformationRequested(appeal.id(), appeal.number(), appeal.status(), organization, question, at));
	}

	/** The author replies to the question; the reply is for the organization and the author only. */
	public Appeal provideInformation(Appeal appeal, OrganizationId organization, String reply, UserId author,
			Instant at) {
		return step(appeal, appeal.status(),
				HistoryEntry.of(appeal.status(), AppealChange.INFO_PROVIDED, author, at)
					.note(reply)
					.visibleTo(Visibility.PARTICIPANTS),
				new InformationProvided(appeal.id(), appeal.number(), appeal.status(), organization, at));
	}

	/** The organization's public answer (stored by the caller); the confirmation period starts. */
	public Appeal answer(Appeal appeal, OrganizationId organization, UUID answer, String text, @Nullable UserId by,
			@Nullable String note, Instant at) {
		Appeal answered = step(appeal, AppealStatus.ANSWERED,
				HistoryEntry.of(appeal.status(), AppealChange.ANSWERED, by, at).note(note == null ? text : note),
				new AppealAnswered(appeal.id(), appeal.number(), AppealStatus.ANSWERED, organization, answer, text, by,
						at));
		appeals.answered(appeal.id(), at);
		return answered;
	}

	/** The author's rating of the answer (stored by the caller); {@link #reopen} or {@link #close} follows. */
	public Appeal rate(Appeal appeal, OrganizationId organization, int score, boolean solved, UserId author,
			Instant at) {
		return step(appeal, appeal.status(),
				HistoryEntry.of(appeal.status(), solved ? AppealChange.RATED_SOLVED : AppealChange.RATED_NOT_SOLVED,
						author, at).note(score + "/5"),
				new AppealRated(appeal.id(), appeal.number(), appeal.status(), organization, score, solved, at));
	}

	/** Not solved, and a reopening is left: the organization works on it again until the new deadline. */
	public Appeal reopen(Appeal appeal, OrganizationId organization, LocalDate deadline, @Nullable UserId author,
			Instant at) {
		return step(appeal, AppealStatus.REOPENED, HistoryEntry.of(appeal.status(), AppealChange.REOPENED, author, at),
				new AppealReopened(appeal.id(), appeal.number(), AppealStatus.REOPENED, organization, deadline, at));
	}

	public Appeal close(Appeal appeal, OrganizationId organization, AppealOutcome outcome, @Nullable UserId by,
			Instant at) {
		AppealChange change = switch (outcome) {
			case SOLVED -> AppealChange.CLOSED_SOLVED;
			case NOT_SOLVED -> AppealChange.CLOSED_NOT_SOLVED;
			case NOT_CONFIRMED -> AppealChange.CLOSED_NOT_CONFIRMED;
		};
		Appeal closed = step(appeal, AppealStatus.CLOSED, HistoryEntry.of(appeal.status(), change, by, at),
				new AppealClosed(appeal.id(), appeal.number(), AppealStatus.CLOSED, organization, outcome, at));
		appeals.closed(appeal.id(), outcome);
		return closed.in(AppealStatus.CLOSED, outcome);
	}

	/**
	 * A history entry that is no step of the life cycle (a stage, a comment, a reminder): allowed
	 * in the appeal's status only, it changes nothing and publishes nothing.
	 */
	public void record(Appeal appeal, HistoryEntry entry) {
		record(appeal.id(), appeal.status(), entry);
	}

	/** {@link #record(Appeal, HistoryEntry)} for an appeal known by its id and (locked) status. */
	public void record(AppealId id, AppealStatus status, HistoryEntry entry) {
		if (entry.change().isStep()) {
			throw new IllegalArgumentException(entry.change() + " is a step of the life cycle, not a record");
		}
		AppealTransitions.check(status, entry.change(), status);
		appeals.addHistory(id, entry.in(status));
	}

	private Appeal step(Appeal appeal, AppealStatus to, HistoryEntry entry, AppealEvent event) {
		AppealTransitions.check(appeal.status(), entry.change(), to);
		if (to != appeal.status()) {
			appeals.setStatus(appeal.id(), to);
		}
		appeals.addHistory(appeal.id(), entry.in(to));
		publish(entry.change(), event);
		return appeal.in(to, null);
	}

	private void publish(AppealChange change, AppealEvent event) {
		if (change.event() == null || !change.event().isInstance(event)) {
			throw new IllegalStateException(change + " publishes " + change.event() + ", not " + event.getClass());
		}
		events.publishEvent(event);
	}

}
