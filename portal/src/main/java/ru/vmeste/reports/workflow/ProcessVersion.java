package ru.vmeste.reports.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ru.vmeste.reports.TopicId;

/**
 * One version of a process definition: the stages an appeal goes through before the answer,
 * the deadline in working days, and the escalation. Versions never change; an appeal keeps
 * the version it started with.
 *
 * @param scope the topic or group the process is for; {@code null} for the region's default
 * @param remindPercent the share of the deadline after which the executor is reminded
 * @param notifyHeadWhenOverdue whether the organization's heads hear about overdue appeals
 */
public record ProcessVersion(UUID id, UUID process, @Nullable TopicId scope, int version, List<Stage> stages,
		int totalDays, int remindPercent, boolean notifyHeadWhenOverdue, Instant createdAt) {

	public ProcessVersion {
		stages = List.copyOf(stages);
	}

	public Optional<Stage> stage(@Nullable Integer index) {
		return index == null || index < 0 || index >= stages.size() ? Optional.empty() : Optional.of(stages.get(index));
	}

}
