package ru.vmeste.reports.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.AnswerFacts;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.ProcessFacts;
import ru.vmeste.reports.internal.RatingFacts;
import ru.vmeste.reports.internal.RoutingFacts;

/**
 * Where an appeal stands, as the public sees it: who answers it and why them, its stage and
 * deadlines, the answer with its files, the author's rating and how many residents say the
 * problem is still there. Routing, the process, the answer and the rating come through the
 * ports the nested modules fill ({@link RoutingFacts}, {@link ProcessFacts}, {@link AnswerFacts},
 * {@link RatingFacts}).
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
	@Schema(name = "AppealRatingView")
	public record RatingView(int score, boolean solved, Instant at) {
	}

	private static final Set<AppealStatus> ANSWERED = Set.of(AppealStatus.ANSWERED, AppealStatus.CLOSED,
			AppealStatus.REOPENED);

	private final AppealRecords records;

	private final RoutingFacts routing;

	private final ProcessFacts processes;

	private final AnswerFacts answers;

	private final RatingFacts ratings;

	private final Clock clock;

	ProgressViews(AppealRecords records, RoutingFacts routing, ProcessFacts processes, AnswerFacts answers,
			RatingFacts ratings, Clock clock) {
		this.records = records;
		this.routing = routing;
		this.processes = processes;
		this.answers = answers;
		this.ratings = ratings;
		this.clock = clock;
	}

	public Handling handling(Appeal appeal) {
		return records.handling(appeal.id());
	}

	/** The progress, with file addresses under {@code prefix} (the page's or the API's appeal path). */
	public Progress of(Appeal appeal, Handling current, Locale locale, String prefix) {
		String explanation = current.decision() == null ? null
				: routing.explain(List.of(current.decision()), locale).get(current.decision());
		String stage = appeal.status() != AppealStatus.IN_PROGRESS ? null
				: processes.stageName(current.processVersion(), current.stage(), locale).orElse(null);
		boolean open = appeal.status().isOpen();
		AnswerFacts.LatestAnswer answer = ANSWERED.contains(appeal.status()) ? answers.latest(appeal.id()).orElse(null)
				: null;
		RatingView rating = answer == null ? null
				: ratings.latest(appeal.id())
					.filter(found -> found.answer().equals(answer.id()))
					.map(found -> new RatingView(found.score(), found.solved(), found.at()))
					.orElse(null);
		return new Progress(current.organization() == null ? null : current.organization().toString(),
				current.organization() == null ? null : routing.organizationName(current.organization(), locale),
				explanation, current.needsManualRouting() && open, open ? current.deadline() : null,
				open ? current.legalDeadline() : null, stage, open && current.isPaused(),
				open && !current.isPaused() && current.isOverdue(LocalDate.now(clock)),
				answer == null ? null : answer(appeal, answer, locale, prefix), rating,
				answer == null ? 0 : ratings.notFixedCount(answer.id()));
	}

	private AnswerView answer(Appeal appeal, AnswerFacts.LatestAnswer answer, Locale locale, String prefix) {
		String base = prefix + appeal.id() + "/answer-files/";
		return new AnswerView(answer.text(), answer.at(), routing.organizationName(answer.organization(), locale),
				answer.files()
					.stream()
					.map(file -> new FileView(file.name(), base + file.id(),
							file.image() ? base + file.id() + "?thumbnail=true" : null, file.contentType()))
					.toList());
	}

}
