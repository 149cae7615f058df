package ru.vmeste.demo;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on start, one module after the other in the order they build on each other:
 * territory, identity, organizations, objects, addresses, topics, routing rules, processes,
 * works, appeals, votes, Open311 client apps, ideas (whose finished campaign builds on the
 * published vote); the EDMS channel comes last, so the demo's past appeals stay in the portal's
 * inbox and only new ones go to the EDMS. The order is this constructor's parameter list and
 * nothing else: a module's seeder goes in at its place.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class DemoData implements ApplicationRunner {

	/** The switch of the demo, off unless set (the default profile's application.yml sets it). */
	static final String ENABLED = "vmeste.demo-data";

	private final List<Seeder> seeders;

	DemoData(TerritoryDemo territory, IdentityDemo identity, OrganizationsDemo organizations, ObjectsDemo objects,
			PlacesDemo places, TopicsDemo topics, RoutingDemo routing, WorkflowDemo processes, WorksDemo works,
			AppealsDemo appeals, VotingDemo votes, Open311Demo open311, IdeasDemo ideas, EdmsDemo edms) {
		this.seeders = List.of(territory, identity, organizations, objects, places, topics, routing, processes, works,
				appeals, votes, open311, ideas, edms);
	}

	@Override
	public void run(ApplicationArguments args) {
		Seeder.inOrder(seeders);
	}

}
