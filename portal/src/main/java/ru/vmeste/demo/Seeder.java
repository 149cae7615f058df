package ru.vmeste.demo;

/**
 * One module's part of the demo. Seeders are package-private {@code <Module>Demo} classes
 * (beans only when {@code vmeste.demo-data} is true) that use nothing but the modules' public
 * APIs, so the demo's events flow as for real data.
 */
interface Seeder {

	/** Seeds this part unless it is there already: restarts keep the demo as it is. */
	void seed();

}
