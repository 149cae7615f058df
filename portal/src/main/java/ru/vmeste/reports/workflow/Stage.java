package ru.vmeste.reports.workflow;

import ru.vmeste.shared.LocalizedText;

/**
 * A stage of a process, e.g. "on site": its working days and who may move an appeal on from it.
 */
public record Stage(String code, LocalizedText name, int days, Mover mover) {

	/** Who may move an appeal from a stage to another. */
	public enum Mover {

		/** The appeal's executor (or a head of the organization). */
		EXECUTOR,
		/** Only a head of the organization. */
		HEAD

	}

}
