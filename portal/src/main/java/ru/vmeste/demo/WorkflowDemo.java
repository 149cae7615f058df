package ru.vmeste.demo;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.reports.ProcessDefinitions;
import ru.vmeste.reports.ProcessDefinitions.ProcessStage;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.LocalizedText;

/**
 * Demo processes besides the region's default: roads take 15 working days with an inspection
 * and a repair only a head may sign off; waste is removed within 3 working days.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class WorkflowDemo implements Seeder {

	private final ProcessDefinitions processes;

	private final Topics topics;

	WorkflowDemo(ProcessDefinitions processes, Topics topics) {
		this.processes = processes;
		this.topics = topics;
	}

	@Override
	public void seed() {
		Topic roads = topics.byCode("roads").orElse(null);
		Topic waste = topics.byCode("waste").orElse(null);
		if (roads == null || waste == null || processes.defines(roads.id())) {
			return;
		}
		processes.define(roads.id(), List.of(stage("accepted", "Принято", "Accepted", 1, false),
				stage("inspection", "Обследование", "Inspection", 2, false), stage("repair", "Ремонт", "Repair", 12, true)),
				15, 75, true);
		processes.define(waste.id(),
				List.of(stage("accepted", "Принято", "Accepted", 1, false), stage("removal", "Вывоз", "Removal", 2, false)),
				3, 75, true);
	}

	private static ProcessStage stage(String code, String ru, String en, int days, boolean headOnly) {
		return new ProcessStage(code, new LocalizedText(ru, en), days, headOnly);
	}

}
