package ru.vmeste.works;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of works: forward along the allowed transitions, reasons where the public needs one.
 */
class WorkStatusTests {

	@Test
	void goesFromPlanToAcceptanceStepByStep() {
		assertThat(WorkStatus.PLANNED.canMoveTo(WorkStatus.CONTRACTING)).isTrue();
		assertThat(WorkStatus.PLANNED.canMoveTo(WorkStatus.IN_PROGRESS)).isTrue();
		assertThat(WorkStatus.IN_PROGRESS.canMoveTo(WorkStatus.COMPLETED)).isTrue();
		assertThat(WorkStatus.COMPLETED.canMoveTo(WorkStatus.ACCEPTED)).isTrue();
		assertThat(WorkStatus.SUSPENDED.canMoveTo(WorkStatus.IN_PROGRESS)).isTrue();
	}

	@Test
	void refusesToSkipTheWorkOrToReopenClosedWorks() {
		assertThat(WorkStatus.PLANNED.canMoveTo(WorkStatus.ACCEPTED)).isFalse();
		assertThat(WorkStatus.PLANNED.canMoveTo(WorkStatus.COMPLETED)).isFalse();
		assertThat(WorkStatus.SUSPENDED.canMoveTo(WorkStatus.COMPLETED)).isFalse();
		assertThat(WorkStatus.ACCEPTED.next()).isEmpty();
		assertThat(WorkStatus.CANCELLED.next()).isEmpty();
		assertThat(WorkStatus.IN_PROGRESS.canMoveTo(WorkStatus.IN_PROGRESS)).isFalse();
	}

	@Test
	void suspensionCancellationAndReworkNeedAReason() {
		assertThat(WorkStatus.IN_PROGRESS.needsReasonToMoveTo(WorkStatus.SUSPENDED)).isTrue();
		assertThat(WorkStatus.PLANNED.needsReasonToMoveTo(WorkStatus.CANCELLED)).isTrue();
		assertThat(WorkStatus.COMPLETED.needsReasonToMoveTo(WorkStatus.IN_PROGRESS)).isTrue();
		assertThat(WorkStatus.SUSPENDED.needsReasonToMoveTo(WorkStatus.IN_PROGRESS)).isFalse();
		assertThat(WorkStatus.IN_PROGRESS.needsReasonToMoveTo(WorkStatus.COMPLETED)).isFalse();
	}

	@Test
	void onlyFinishedWorksMayBeRated() {
		assertThat(WorkStatus.values()).filteredOn(WorkStatus::isDone)
			.containsExactly(WorkStatus.COMPLETED, WorkStatus.ACCEPTED);
		assertThat(WorkStatus.values()).filteredOn(WorkStatus::isOpen)
			.containsExactly(WorkStatus.PLANNED, WorkStatus.CONTRACTING, WorkStatus.IN_PROGRESS, WorkStatus.SUSPENDED);
	}

}
