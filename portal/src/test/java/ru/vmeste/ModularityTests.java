package ru.vmeste;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds: no cycles, no module reaching into another's internals; and
 * the module documentation (diagrams, canvases) is regenerated into {@code docs/modules}. It
 * reads class files only, so it runs beside the Spring tests (mostly waiting for PostgreSQL).
 */
@Execution(ExecutionMode.CONCURRENT)
class ModularityTests {

	private static final Path DOCS = Path.of("..", "docs", "modules");

	/**
	 * The standalone verifier is on the test classpath only, to check real audit bundles; it is no module of the portal.
	 * Imported once for all the tests of the class: analysing the classes is most of its time.
	 */
	private static final ApplicationModules modules = ApplicationModules.of(VmesteApplication.class,
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
	void reportsHasItsNestedModules() {
		ApplicationModule reports = modules.getModuleByName("reports").orElseThrow();
		assertThat(modules.getNestedModules(reports)).extracting(module -> module.getBasePackage().getName())
			.containsExactlyInAnyOrder("ru.vmeste.reports.routing", "ru.vmeste.reports.workflow",
					"ru.vmeste.reports.workspace", "ru.vmeste.reports.feedback");
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.toList()) {
				Files.write(file, sortedRuns(Files.readAllLines(file)));
			}
		}
	}

	/**
	 * The Documenter lists relations and events in no fixed order; sorting each run of them keeps
	 * the committed documentation unchanged between builds unless the modules change.
	 */
	static List<String> sortedRuns(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (isListed(line) && (run.isEmpty() || !line.startsWith("|"))) {
				run.add(line);
				continue;
			}
			flush(run, result);
			if (isListed(line)) {
				run.add(line);
			}
			else {
				result.add(line);
			}
		}
		flush(run, result);
		return result;
	}

	private static boolean isListed(String line) {
		return line.startsWith("Rel(") || line.startsWith("* `") || line.startsWith("|* `");
	}

	private static void flush(List<String> run, List<String> result) {
		boolean table = !run.isEmpty() && run.getFirst().startsWith("|");
		List<String> sorted = run.stream().map(line -> table ? line.replaceFirst("^\\|", "") : line).sorted().toList();
		for (int i = 0; i < sorted.size(); i++) {
			result.add(table && i == 0 ? "|" + sorted.get(i) : sorted.get(i));
		}
		run.clear();
	}

}
