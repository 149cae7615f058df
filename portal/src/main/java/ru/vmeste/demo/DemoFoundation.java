package ru.vmeste.demo;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Seeds what everything else builds on first: the region with its districts, then the accounts.
 * It is a runner of its own, ordered first, only because the published city budget's demo still
 * lives in the voting module as a runner (order 700) that needs both and must come before
 * {@link DemoData} (the ideas' demo builds on that vote). Once it moves here too (the other votes
 * have: {@link VotingDemo}), these two seeders open {@link DemoData}'s list and this runner goes.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class DemoFoundation implements ApplicationRunner, Ordered {

	private final List<Seeder> seeders;

	DemoFoundation(TerritoryDemo territory, IdentityDemo identity) {
		this.seeders = List.of(territory, identity);
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public void run(ApplicationArguments args) {
		Seeder.inOrder(seeders);
	}

}
