package ru.vmeste.works.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.works.Funding;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkPlanning;
import ru.vmeste.works.internal.WorkHistory.Change;

/**
 * Works planned by another module go through the same checks and history as works created by
 * a customer's official; the caller (e.g. an administrator's decision in Suggest) answers for
 * the customer, so membership is not asked.
 */
@Service
class WorkPlanningService implements WorkPlanning {

	private final WorkEditor editor;

	WorkPlanningService(WorkEditor editor) {
		this.editor = editor;
	}

	@Override
	@Transactional
	public WorkId plan(Plan plan, UserId by) {
		WorkDraft draft = new WorkDraft(plan.title(), plan.description(), plan.kind(),
				new Funding(null, null, null, plan.budget(), null), null, null, plan.plannedStart(), plan.plannedEnd(), 0,
				plan.geometry(), plan.objects());
		return editor.insert(draft, plan.customer(), by, Change.CREATED);
	}

}
