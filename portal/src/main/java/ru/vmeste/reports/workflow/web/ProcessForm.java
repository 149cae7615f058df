package ru.vmeste.reports.workflow.web;

import java.util.ArrayList;
import java.util.List;

import ru.vmeste.reports.workflow.ProcessVersion;
import ru.vmeste.reports.workflow.Processes;
import ru.vmeste.reports.workflow.Stage;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

/**
 * A process as the administrators' form edits it: stage rows side by side (blank rows are
 * ignored), the total working days and the escalation.
 */
record ProcessForm(List<Row> rows, String totalDays, String remindPercent, boolean notifyHead) {

	/** One stage row of the form; every field as typed. */
	record Row(String code, String nameRu, String nameEn, String days, Stage.Mover mover) {

		boolean isBlank() {
			return code.isBlank() && nameRu.isBlank() && nameEn.isBlank() && days.isBlank();
		}

	}

	/** The version's stages and a few blank rows for new ones. */
	static ProcessForm of(ProcessVersion version) {
		List<Row> rows = new ArrayList<>(version.stages()
			.stream()
			.map(stage -> new Row(stage.code(), stage.name().ru(), stage.name().en(), String.valueOf(stage.days()),
					stage.mover()))
			.toList());
		while (rows.size() < Processes.MAX_STAGES && rows.size() < version.stages().size() + 3) {
			rows.add(new Row("", "", "", "", Stage.Mover.EXECUTOR));
		}
		return new ProcessForm(rows, String.valueOf(version.totalDays()), String.valueOf(version.remindPercent()),
				version.notifyHeadWhenOverdue());
	}

	/** A new process: three blank stage rows, 10 working days, reminders at 75 %. */
	static ProcessForm blank() {
		Row blank = new Row("", "", "", "", Stage.Mover.EXECUTOR);
		return new ProcessForm(List.of(blank, blank, blank), "10", "75", true);
	}

	static ProcessForm of(String[] codes, String[] namesRu, String[] namesEn, String[] days, String[] movers,
			String totalDays, String remindPercent, boolean notifyHead) {
		List<Row> rows = new ArrayList<>();
		int count = Math.min(Processes.MAX_STAGES + 5, codes.length);
		for (int i = 0; i < count; i++) {
			rows.add(new Row(at(codes, i), at(namesRu, i), at(namesEn, i), at(days, i),
					"HEAD".equals(at(movers, i)) ? Stage.Mover.HEAD : Stage.Mover.EXECUTOR));
		}
		return new ProcessForm(rows, totalDays, remindPercent, notifyHead);
	}

	Processes.Draft draft() {
		List<Stage> stages = new ArrayList<>();
		for (Row row : rows) {
			if (row.isBlank()) {
				continue;
			}
			if (row.nameRu().isBlank()) {
				throw DomainException.invalid("reports.process.stage.name", row.code());
			}
			stages.add(new Stage(row.code().strip(), new LocalizedText(row.nameRu().strip(), row.nameEn().strip()),
					number(row.days(), "reports.process.stage.days", row.nameRu()), row.mover()));
		}
		return new Processes.Draft(stages, number(totalDays, "reports.process.total.range"),
				number(remindPercent, "reports.process.remind.range"), notifyHead);
	}

	private static int number(String value, String message, Object... arguments) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(message, arguments);
		}
	}

	private static String at(String[] values, int index) {
		return index < values.length && values[index] != null ? values[index] : "";
	}

}
