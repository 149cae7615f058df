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
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.HistoryEntry;
import ru.vmeste.reports.internal.ProcessFacts;
import ru.vmeste.reports.internal.RoutingFacts;
import ru.vmeste.reports.internal.Visibility;

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

	private final AppealRecords records;

	private final RoutingFacts routing;

	private final ProcessFacts processes;

	HistoryViews(AppealRecords records, RoutingFacts routing, ProcessFacts processes) {
		this.records = records;
		this.routing = routing;
		this.processes = processes;
	}

	public List<Step> steps(AppealId appeal, @Nullable UUID process, Visibility reader, Locale locale) {
		return rendered(appeal, process, reader, locale).stream().map(Rendered::step).toList();
	}

	/** Steps of entries already at hand, e.g. the first one of an appeal just submitted. */
	List<Step> steps(List<HistoryEntry> entries, @Nullable UUID process, Locale locale) {
		return rendered(entries, process, locale).stream().map(Rendered::step).toList();
	}

	public List<Rendered> rendered(AppealId appeal, @Nullable UUID process, Visibility reader, Locale locale) {
		return rendered(records.history(appeal, reader), process, locale);
	}

	private List<Rendered> rendered(List<HistoryEntry> entries, @Nullable UUID process, Locale locale) {
		Map<Long, String> explained = routing
			.explain(entries.stream().map(HistoryEntry::decision).filter(Objects::nonNull).toList(), locale);
		return entries.stream()
			.map(entry -> new Rendered(new Step(entry.status(), entry.change().name(), entry.at(),
					note(entry, explained, process, locale)), entry.visibility(), entry))
			.toList();
	}

	private @Nullable String note(HistoryEntry entry, Map<Long, String> explained, @Nullable UUID process,
			Locale locale) {
		String explanation = entry.decision() == null ? null : explained.get(entry.decision());
		if (explanation != null) {
			return explanation;
		}
		if (entry.stage() != null) {
			return processes.stageName(process, entry.stage(), locale).orElse(entry.note());
		}
		return entry.note();
	}

}
