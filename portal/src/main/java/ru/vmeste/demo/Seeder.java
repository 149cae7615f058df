package ru.vmeste.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One module's part of the demo. Seeders are package-private {@code <Module>Demo} classes
 * (beans only when {@code vmeste.demo-data} is true) that use nothing but the modules' public
 * APIs, so the demo's events flow as for real data.
 */
interface Seeder {

	/** Seeds this part unless it is there already: restarts keep the demo as it is. */
	void seed();

	/** Seeds each part in the list's order and logs how long it took. */
	static void inOrder(List<Seeder> seeders) {
		Logger log = LoggerFactory.getLogger(Seeder.class);
		for (Seeder seeder : seeders) {
			long started = System.nanoTime();
			seeder.seed();
			log.info("Demo {} ready in {} ms", seeder.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
		}
	}

}
