package ru.vmeste.reports.workflow;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.reports.ProcessDefinitions;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.ProcessFacts;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;

/**
 * The process definitions administrators keep: one per topic or group and the region's
 * default; every save is a new version, and versions, never changing, are kept in memory.
 */
@Service
public class Processes implements ProcessFacts, ProcessDefinitions {

	public static final int MAX_STAGES = 10;

	/** A process as an administrator submits it. */
	public record Draft(List<Stage> stages, int totalDays, int remindPercent, boolean notifyHeadWhenOverdue) {
	}

	private final ProcessStore store;

	private final Topics topics;

	private final Clock clock;

	private final Map<UUID, ProcessVersion> versions = new ConcurrentHashMap<>();

	Processes(ProcessStore store, Topics topics, Clock clock) {
		this.store = store;
		this.topics = topics;
		this.clock = clock;
	}

	/** The current version of the process an appeal of the topic follows. */
	@Transactional(readOnly = true)
	public ProcessVersion forTopic(TopicId topic) {
		TopicId group = topics.find(topic).map(Topic::parent).orElse(null);
		return store.currentFor(topic, group)
			.orElseThrow(() -> new IllegalStateException("The region has no default process (reports_processes)"));
	}

	@Override
	public Optional<String> stageName(@Nullable UUID processVersion, @Nullable Integer stage, Locale locale) {
		return processVersion == null ? Optional.empty()
				: version(processVersion).stage(stage).map(found -> found.name().in(locale));
	}

	public ProcessVersion version(UUID id) {
		return versions.computeIfAbsent(id,
				key -> store.version(key).orElseThrow(() -> DomainException.notFound("reports.process.not-found")));
	}

	@Transactional(readOnly = true)
	public List<ProcessVersion> current() {
		return store.allCurrent();
	}

	@Transactional(readOnly = true)
	public Optional<ProcessVersion> currentOf(@Nullable TopicId scope) {
		return store.processFor(scope).flatMap(process -> store.versions(process, new PageQuery(0, 1)).items().stream()
			.findFirst());
	}

	@Transactional(readOnly = true)
	public Paged<ProcessVersion> versions(UUID process, PageQuery page) {
		return store.versions(process, page);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean defines(@Nullable TopicId scope) {
		return currentOf(scope).isPresent();
	}

	@Override
	@Transactional
	public void define(@Nullable TopicId scope, List<ProcessStage> stages, int totalDays, int remindPercent,
			boolean notifyHeadWhenOverdue) {
		save(scope, new Draft(stages.stream()
			.map(stage -> new Stage(stage.code(), stage.name(), stage.days(),
					stage.headOnly() ? Stage.Mover.HEAD : Stage.Mover.EXECUTOR))
			.toList(), totalDays, remindPercent, notifyHeadWhenOverdue), null);
	}

	/** Saves the draft as the next version of the scope's process (creating the process on first save). */
	@Transactional
	public ProcessVersion save(@Nullable TopicId scope, Draft draft, @Nullable UserId author) {
		if (scope != null && topics.find(scope).isEmpty()) {
			throw DomainException.invalid("reports.process.scope.unknown");
		}
		validate(draft);
		UUID process = store.processFor(scope).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			store.insertProcess(id, scope, clock.instant());
			return id;
		});
		UUID id = UUID.randomUUID();
		store.insertVersion(new ProcessVersion(id, process, scope, 0, draft.stages(), draft.totalDays(),
				draft.remindPercent(), draft.notifyHeadWhenOverdue(), clock.instant()), author);
		return store.version(id).orElseThrow();
	}

	private static void validate(Draft draft) {
		if (draft.stages().isEmpty() || draft.stages().size() > MAX_STAGES) {
			throw DomainException.invalid("reports.process.stages.count", MAX_STAGES);
		}
		if (draft.totalDays() < 1 || draft.totalDays() > 365) {
			throw DomainException.invalid("reports.process.total.range");
		}
		if (draft.remindPercent() < 1 || draft.remindPercent() > 99) {
			throw DomainException.invalid("reports.process.remind.range");
		}
		Set<String> codes = new HashSet<>();
		int days = 0;
		for (Stage stage : draft.stages()) {
			if (!stage.code().matches("[a-z0-9-]{1,40}") || !codes.add(stage.code())) {
				throw DomainException.invalid("reports.process.stage.code", stage.code());
			}
			if (stage.days() < 1 || stage.days() > 365) {
				throw DomainException.invalid("reports.process.stage.days", stage.name().ru());
			}
			days += stage.days();
		}
		if (days > draft.totalDays()) {
			throw DomainException.invalid("reports.process.stages.exceed-total", days, draft.totalDays());
		}
	}

}
