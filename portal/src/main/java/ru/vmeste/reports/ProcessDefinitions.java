package ru.vmeste.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * Keeping the processes appeals follow, as their administration page does (and an import, or
 * the demo): the stages, the deadline in working days and the escalation, per topic or group.
 */
public interface ProcessDefinitions {

	/** Whether the topic or group (or, for {@code null}, the region) has a process of its own. */
	boolean defines(@Nullable TopicId scope);

	/** Saves the next version of the scope's process. */
	void define(@Nullable TopicId scope, List<ProcessStage> stages, int totalDays, int remindPercent,
			boolean notifyHeadWhenOverdue);

	/**
	 * A stage of a process.
	 *
	 * @param headOnly whether only a head of the organization may move an appeal on from it
	 */
	record ProcessStage(String code, LocalizedText name, int days, boolean headOnly) {
	}

}
