package ru.vmeste.reports.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.feedback.RatingStore;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.routing.DecisionStore;
import ru.vmeste.reports.routing.RoutingExplanations;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.reports.workspace.AnswerStore;

/**
 * Where an appeal stands, as the public sees it: who answers it and why them, its stage and
 * deadlines, the answer with its files, the author's rating and how many residents say the
 * problem is still there.
 */
@Component
public class ProgressViews {

	/** The public side of an appeal's handling. */
	public record Progress(@Nullable String organizationId, @Nullable String organization, @Nullable String routing,
			boolean needsManualRouting, @Nullable LocalDate deadline, @Nullable LocalDate legalDeadline,
			@Nullable String stage, boolean awaitingInformation, boolean overdue, @Nullable AnswerView answer,
			@Nullable RatingView rating, long stillNotFixed) {
	}

	/** The organization's answer and its photos and documents. */
	public record AnswerView(String text, Instant at, String organization, List<FileView> files) {
	}

	/** A file of an answer: a photo has a thumbnail, a document has none. */
	public record FileView(String name, String url, @Nullable String thumbnailUrl, String contentType) {
	}

	/** The author's rating as the public sees it (the comment is for the organization only). */
	public record RatingView(int score, boolean solved, Instant at) {
	}

	private final HandlingStore handling;

	private final DecisionStore decisions;

	private final RoutingExplanations explanations;

	private final Processes processes;

	private final Workflow workflow;

	private final AnswerStore answers;

	private final RatingStore ratings;

	ProgressViews(HandlingStore handling, DecisionStore decisions, RoutingExplanations explanations,
			Processes processes, Workflow workflow, AnswerStore answers, RatingStore ratings) {
		this.handling = handling;
		this.decisions = decisions;
		this.explanations = explanations;
		this.processes = processes;
		this.workflow = workflow;
		this.answers = answers;
		this.ratings = ratings;
	}

	public Handling handling(Appeal appeal) {
		return handling.of(appeal.id()).orElseThrow();
	}

	/** The progress, with file addresses under {@code prefix} (the page's or the API's appeal path). */
	public Progress of(Appeal appeal, Handling current, Locale locale, String prefix) {
		String routing = current.decision() == null ? null
				: decisions.find(current.decision()).map(decision -> explanations.explain(decision, locale)).orElse(null);
		String stage = current.processVersion() == null || appeal.status() != AppealStatus.IN_PROGRESS ? null
				: processes.version(current.processVersion()).stage(current.stage())
					.map(found -> found.name().in(locale))
					.orElse(null);
		boolean open = appeal.status().isOpen();
		AnswerStore.Answer answer = appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.CLOSED
				|| appeal.status() == AppealStatus.REOPENED ? answers.latest(appeal.id()).orElse(null) : null;
		RatingView rating = answer == null ? null
				: ratings.latest(appeal.id())
					.filter(found -> found.answer().equals(answer.id()))
					.map(found -> new RatingView(found.score(), found.solved(), found.at()))
					.orElse(null);
		return new Progress(current.organization() == null ? null : current.organization().toString(),
				current.organization() == null ? null : explanations.organization(current.organization(), locale), routing,
				current.needsManualRouting() && open, open ? current.deadline() : null,
				open ? current.legalDeadline() : null, stage, open && current.isPaused(),
				open && !current.isPaused() && current.isOverdue(workflow.today()),
				answer == null ? null : answer(appeal, answer, locale, prefix), rating,
				answer == null ? 0 : ratings.notFixedCount(answer.id()));
	}

	private AnswerView answer(Appeal appeal, AnswerStore.Answer answer, Locale locale, String prefix) {
		String base = prefix + appeal.id() + "/answer-files/";
		return new AnswerView(answer.text(), answer.at(), explanations.organization(answer.organization(), locale),
				answer.files()
					.stream()
					.map(file -> new FileView(file.name(), base + file.id(),
							file.isImage() ? base + file.id() + "?thumbnail=true" : null, file.contentType()))
					.toList());
	}

}
