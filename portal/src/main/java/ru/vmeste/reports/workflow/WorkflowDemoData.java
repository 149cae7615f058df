package ru.vmeste.reports.workflow;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.LocalizedText;

/**
 * Demo processes besides the region's default: roads take 15 working days with an inspection
 * and a repair only a head may sign off; waste is removed within 3 working days.
 */
@Component
@ConditionalOnBooleanProperty("vmeste.demo-data")
class WorkflowDemoData implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(WorkflowDemoData.class);

	private final Processes processes;

	private final Topics topics;

	WorkflowDemoData(Processes processes, Topics topics) {
		this.processes = processes;
		this.topics = topics;
	}

	@Override
	public int getOrder() {
		return 505;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Topic roads = topics.byCode("roads").orElse(null);
		Topic waste = topics.byCode("waste").orElse(null);
		if (roads == null || waste == null || processes.currentOf(roads.id()).isPresent()) {
			return;
		}
		processes.save(roads.id(), new Processes.Draft(List.of(stage("accepted", "Принято", "Accepted", 1),
				stage("inspection", "Обследование", "Inspection", 2),
				new Stage("repair", new LocalizedText("Ремонт", "Repair"), 12, Stage.Mover.HEAD)), 15, 75, true), null);
		processes.save(waste.id(), new Processes.Draft(List.of(stage("accepted", "Принято", "Accepted", 1),
				stage("removal", "Вывоз", "Removal", 2)), 3, 75, true), null);
		log.info("Demo processes created");
	}

	private static Stage stage(String code, String ru, String en, int days) {
		return new Stage(code, new LocalizedText(ru, en), days, Stage.Mover.EXECUTOR);
	}

}
