package ru.vmeste;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds: no cycles, no module reaching into another's internals; and
 * the module documentation (diagrams, canvases) is regenerated into {@code docs/modules}.
 */
class ModularityTests {

	/** The standalone verifier is on the test classpath only, to check real audit bundles; it is no module of the portal. */
	private final ApplicationModules modules = ApplicationModules.of(VmesteApplication.class,
			JavaClass.Predicates.resideInAPackage("ru.vmeste.verifier.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessModuleIsDetected() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("identity", "territory", "portal", "notifications", "platform", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
