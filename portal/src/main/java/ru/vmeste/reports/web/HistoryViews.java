package ru.vmeste.reports.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.AppealStore.HistoryEntry;
import ru.vmeste.reports.internal.AppealStore.Visibility;
import ru.vmeste.reports.routing.DecisionStore;
import ru.vmeste.reports.routing.RecordedDecision;
import ru.vmeste.reports.routing.RoutingExplanations;
import ru.vmeste.reports.workflow.ProcessVersion;
import ru.vmeste.reports.workflow.Processes;

/**
 * An appeal's history as a reader may see it, each routing step with its explanation and each
 * stage change with the stage's name, in the reader's language.
 */
@Component
public class HistoryViews {

	/** A step of the history as the public page and the API show it. */
	public record Step(AppealStatus status, String change, Instant at, @Nullable String note) {
	}

	/** A step with what only the organization sees: who may read it and who made it. */
	public record Rendered(Step step, Visibility visibility, HistoryEntry entry) {
	}

	private final AppealStore appeals;

	private final DecisionStore decisions;

	private final RoutingExplanations explanations;

	private final Processes processes;

	HistoryViews(AppealStore appeals, DecisionStore decisions, RoutingExplanations explanations, Processes processes) {
		this.appeals = appeals;
		this.decisions = decisions;
		this.explanations = explanations;
		this.processes = processes;
	}

	public List<Step> steps(AppealId appeal, @Nullable UUID process, Visibility reader, Locale locale) {
		return rendered(appeal, process, reader, locale).stream().map(Rendered::step).toList();
	}

	public List<Rendered> rendered(AppealId appeal, @Nullable UUID process, Visibility reader, Locale locale) {
		List<HistoryEntry> entries = appeals.history(appeal, reader);
		Map<Long, RecordedDecision> routing = decisions
			.findAll(entries.stream().map(HistoryEntry::decision).filter(Objects::nonNull).toList());
		ProcessVersion version = process == null ? null : processes.version(process);
		return entries.stream()
			.map(entry -> new Rendered(new Step(entry.status(), entry.change().name(), entry.at(),
					note(entry, routing, version, locale)), entry.visibility(), entry))
			.toList();
	}

	private @Nullable String note(HistoryEntry entry, Map<Long, RecordedDecision> routing,
			@Nullable ProcessVersion version, Locale locale) {
		RecordedDecision decision = entry.decision() == null ? null : routing.get(entry.decision());
		if (decision != null) {
			return explanations.explain(decision, locale);
		}
		if (entry.stage() != null && version != null) {
			return version.stage(entry.stage()).map(stage -> stage.name().in(locale)).orElse(entry.note());
		}
		return entry.note();
	}

}
