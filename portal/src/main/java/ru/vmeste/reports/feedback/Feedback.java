package ru.vmeste.reports.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealRated;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.AppealStatusChanged;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.AppealStore.HistoryEntry;
import ru.vmeste.reports.internal.AppealStore.Visibility;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.AnswerStore;
import ru.vmeste.reports.workspace.Attachments;
import ru.vmeste.reports.workspace.Texts;
import ru.vmeste.shared.DomainException;

/**
 * Residents close the loop: the author answers a question of the organization and rates its
 * answer ("not solved" reopens the appeal with the same organization, a configurable number of
 * times); other residents confirm that the problem is still there.
 */
@Service
public class Feedback {

	public static final int MAX_COMMENT = 1000;

	public static final int MAX_REPLY = 2000;

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final AnswerStore answers;

	private final RatingStore ratings;

	private final Attachments attachments;

	private final Workflow workflow;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int maxReopens;

	Feedback(AppealStore appeals, HandlingStore handling, AnswerStore answers, RatingStore ratings,
			Attachments attachments, Workflow workflow, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, @Value("${vmeste.reports.max-reopens:2}") int maxReopens) {
		this.appeals = appeals;
		this.handling = handling;
		this.answers = answers;
		this.ratings = ratings;
		this.attachments = attachments;
		this.workflow = workflow;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxReopens = maxReopens;
	}

	/** The author rates the answer; "not solved" reopens the appeal while reopening is allowed, otherwise it closes. */
	public void rate(AppealId id, UserId author, int score, boolean solved, @Nullable String comment,
			Attachments.@Nullable Upload photo) {
		if (score < 1 || score > 5) {
			throw DomainException.invalid("reports.rating.score");
		}
		String remark = Texts.optional(comment, MAX_COMMENT);
		List<Attachments.Stored> stored = photo == null ? List.of() : attachments.store(List.of(photo), false);
		try {
			transaction.executeWithoutResult(status -> rate(id, author, score, solved, remark,
					stored.isEmpty() ? null : stored.getFirst()));
		}
		catch (RuntimeException ex) {
			attachments.delete(stored);
			throw ex;
		}
	}

	private void rate(AppealId id, UserId author, int score, boolean solved, @Nullable String comment,
			Attachments.@Nullable Stored photo) {
		Appeal appeal = authorsAppeal(id, author);
		if (appeal.status() != AppealStatus.ANSWERED) {
			throw DomainException.conflict("reports.rating.not-answered");
		}
		AnswerStore.Answer answer = answers.latest(id).orElseThrow(() -> DomainException.conflict("reports.rating.not-answered"));
		Instant now = clock.instant();
		if (!ratings.insert(id, answer.id(), author, score, solved, comment, photo, now)) {
			throw DomainException.conflict("reports.rating.already");
		}
		Handling current = handling.of(id).orElseThrow();
		boolean reopen = !solved && current.reopenCount() < maxReopens;
		AppealStatus next = reopen ? AppealStatus.REOPENED : AppealStatus.CLOSED;
		if (reopen) {
			handling.reopen(id, workflow.start(appeal.topic(), current.processVersion(), now).dates());
		}
		appeals.setStatus(id, next, null, null);
		appeals.addHistory(id, HistoryEntry.of(next, solved ? "RATED_SOLVED" : "RATED_NOT_SOLVED", author, now)
			.note(score + "/5"));
		events.publishEvent(new AppealStatusChanged(id, appeal.number(), AppealStatus.ANSWERED, next, null, now));
		events.publishEvent(new AppealRated(id, appeal.number(), answer.organization(), score, solved, now));
	}

	/** The author answers the organization's question; the appeal's clock runs again, the deadlines moved on. */
	@Transactional
	public void reply(AppealId id, UserId author, String text) {
		Appeal appeal = authorsAppeal(id, author);
		Handling current = handling.of(id).orElseThrow();
		boolean open = appeal.status() == AppealStatus.ROUTED || appeal.status() == AppealStatus.IN_PROGRESS
				|| appeal.status() == AppealStatus.REOPENED;
		if (!open || !current.isPaused()) {
			throw DomainException.conflict("reports.info.not-requested");
		}
		String reply = Texts.required(text, MAX_REPLY);
		Instant now = clock.instant();
		workflow.resume(current, now);
		appeals.addHistory(id, HistoryEntry.of(appeal.status(), "INFO_PROVIDED", author, now)
			.note(reply)
			.visibleTo(Visibility.PARTICIPANTS));
	}

	/** Another resident says the problem of an answered appeal is still there; once per answer. */
	@Transactional
	public void confirmNotFixed(AppealId id, UserId resident) {
		Appeal appeal = appeals.lock(id)
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		if (appeal.author().equals(resident)) {
			throw DomainException.conflict("reports.not-fixed.own");
		}
		if (appeal.status() != AppealStatus.ANSWERED && appeal.status() != AppealStatus.CLOSED) {
			throw DomainException.conflict("reports.not-fixed.not-answered");
		}
		UUID answer = answers.latest(id).orElseThrow(() -> DomainException.conflict("reports.not-fixed.not-answered")).id();
		ratings.confirmNotFixed(answer, resident, clock.instant());
	}

	private Appeal authorsAppeal(AppealId id, UserId author) {
		Appeal appeal = appeals.lock(id)
			.filter(found -> found.isVisibleTo(author, false))
			.orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		if (!appeal.author().equals(author)) {
			throw DomainException.forbidden("reports.feedback.author-only");
		}
		return appeal;
	}

}
