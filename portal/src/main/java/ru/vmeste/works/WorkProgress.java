package ru.vmeste.works;

import org.jspecify.annotations.Nullable;

import ru.vmeste.identity.UserId;

/**
 * Status changes of works by an official of their customer, as the management page takes them
 * (e.g. for an import or the demo): checked against the allowed transitions, kept in the history
 * and announced as {@link WorkStatusChanged}.
 */
public interface WorkProgress {

	/** Moves the works to the status today; a suspension, a cancellation or a return needs a reason. */
	void changeStatus(WorkId work, WorkStatus to, @Nullable String reason, UserId official);

}
