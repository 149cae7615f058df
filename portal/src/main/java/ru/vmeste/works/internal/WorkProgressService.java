package ru.vmeste.works.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import ru.vmeste.identity.UserId;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkProgress;
import ru.vmeste.works.WorkStatus;

/**
 * Status changes from another module, through the same editor as the management page.
 */
@Service
class WorkProgressService implements WorkProgress {

	private final WorkEditor editor;

	WorkProgressService(WorkEditor editor) {
		this.editor = editor;
	}

	@Override
	public void changeStatus(WorkId work, WorkStatus to, @Nullable String reason, UserId official) {
		editor.changeStatus(work, new WorkEditor.StatusChange(to, reason, null), official);
	}

}
