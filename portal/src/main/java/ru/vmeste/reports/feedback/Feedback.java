package ru.vmeste.reports.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealOutcome;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.ReportsSettings;
import ru.vmeste.platform.files.FileKey;
import ru.vmeste.platform.files.Upload;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.internal.HandlingStore.Dates;
import ru.vmeste.reports.internal.RatingFacts;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.Answer;
import ru.vmeste.reports.workspace.AnswerStore;
import ru.vmeste.reports.workspace.Attachments;
import ru.vmeste.reports.workspace.Responsibility;
import ru.vmeste.reports.workspace.Texts;
import ru.vmeste.shared.DomainException;

/**
 * Residents close the loop: the author answers a question of the organization and rates its
 * answer ("not solved" reopens the appeal with the same organization, a configurable number of
 * times); other residents confirm that the problem is still there.
 */
@Service
public class Feedback implements RatingFacts {

	public static final int MAX_COMMENT = 1000;

	public static final int MAX_REPLY = 2000;

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final AnswerStore answers;

	private final RatingStore ratings;

	private final Attachments attachments;

	private final Responsibility responsibility;

	private final Workflow workflow;

	private final AppealLifecycle lifecycle;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ReportsSettings settings;

	Feedback(AppealStore appeals, HandlingStore handling, AnswerStore answers, RatingStore ratings,
			Attachments attachments, Responsibility responsibility, Workflow workflow, AppealLifecycle lifecycle,
			PlatformTransactionManager transactions, Clock clock, ReportsSettings settings) {
		this.responsibility = responsibility;
		this.appeals = appeals;
		this.handling = handling;
		this.answers = answers;
		this.ratings = ratings;
		this.attachments = attachments;
		this.workflow = workflow;
		this.lifecycle = lifecycle;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LatestRating> latest(AppealId appeal) {
		return ratings.latest(appeal)
			.map(rating -> new LatestRating(rating.id(), rating.answer(), rating.score(), rating.solved(),
					rating.comment(), rating.photo() != null, rating.at()));
	}

	@Override
	@Transactional(readOnly = true)
	public long notFixedCount(UUID answer) {
		return ratings.notFixedCount(answer);
	}

	/**
	 * The photo of a rating (its thumbnail when asked and there is one), for the author and the
	 * responsible organization only: it was never moderated.
	 */
	@Transactional(readOnly = true)
	public RatingPhoto ratingPhoto(AppealId id, UUID ratingId, boolean thumbnail, UserId viewer) {
		Appeal appeal = appeals.find(id).orElseThrow(() -> DomainException.notFound("reports.appeal.not-found"));
		boolean allowed = appeal.author().equals(viewer)
				|| handling.of(id).map(current -> responsibility.isResponsible(current, viewer)).orElse(false);
		Rating rating = ratings.find(id, ratingId)
			.filter(found -> allowed && found.photo() != null)
			.orElseThrow(() -> DomainException.notFound("reports.attachments.not-found"));
		boolean small = thumbnail && rating.thumbnail() != null;
		return new RatingPhoto(appeal.number(), small ? rating.thumbnail() : rating.photo(),
				small ? "image/jpeg" : String.valueOf(rating.photoType()));
	}

	/** Where a rating's photo is and what it is. */
	public record RatingPhoto(long appealNumber, FileKey file, String contentType) {
	}

	/** The author rates the answer; "not solved" reopens the appeal while reopening is allowed, otherwise it closes. */
	public void rate(AppealId id, UserId author, int score, boolean solved, @Nullable String comment,
			@Nullable Upload photo) {
		if (score < 1 || score > 5) {
			throw DomainException.invalid("reports.rating.score");
		}
		String remark = Texts.optional(comment, MAX_COMMENT);
		List<Attachments.Checked> checked = photo == null ? List.of() : attachments.check(List.of(photo), false);
		transaction.executeWithoutResult(status -> {
			List<Attachments.Stored> stored = attachments.store(checked);
			rate(id, author, score, solved, remark, stored.isEmpty() ? null : stored.getFirst());
		});
	}

	private void rate(AppealId id, UserId author, int score, boolean solved, @Nullable String comment,
			Attachments.@Nullable Stored photo) {
		Appeal appeal = authorsAppeal(id, author);
		if (appeal.status() != AppealStatus.ANSWERED) {
			throw DomainException.conflict("reports.rating.not-answered");
		}
		Answer answer = answers.latest(id).orElseThrow(() -> DomainException.conflict("reports.rating.not-answered"));
		Instant now = clock.instant();
		if (!ratings.insert(id, answer.id(), author, score, solved, comment, photo, now)) {
			throw DomainException.conflict("reports.rating.already");
		}
		Handling current = handling.of(id).orElseThrow();
		Appeal rated = lifecycle.rate(appeal, answer.organization(), score, solved, author, now);
		if (solved) {
			lifecycle.close(rated, answer.organization(), AppealOutcome.SOLVED, author, now);
		}
		else if (current.reopenCount() < settings.maxReopens()) {
			Dates dates = workflow.start(appeal.topic(), current.processVersion(), now).dates();
			handling.reopen(id, dates);
			lifecycle.reopen(rated, answer.organization(), dates.deadline(), author, now);
		}
		else {
			lifecycle.close(rated, answer.organization(), AppealOutcome.NOT_SOLVED, author, now);
		}
	}

	/** The author answers the organization's question; the appeal's clock runs again, the deadlines moved on. */
	@Transactional
	public void reply(AppealId id, UserId author, String text) {
		Appeal appeal = authorsAppeal(id, author);
		Handling current = handling.of(id).orElseThrow();
		if (!appeal.status().isOpen() || !current.isPaused() || current.organization() == null) {
			throw DomainException.conflict("reports.info.not-requested");
		}
		String reply = Texts.required(text, MAX_REPLY);
		Instant now = clock.instant();
		workflow.resume(current, now);
		lifecycle.provideInformation(appeal, current.organization(), reply, author, now);
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
