package ru.vmeste.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from npm, installed into {@code target/a11y} by the build) run inside the page of a
 * {@link Browser}: the WCAG 2.0/2.1 A and AA rules, answering the serious and critical violations.
 * Missing axe-core fails on CI ({@code CI=true}) and skips elsewhere, like a missing Chromium.
 */
public final class Axe {

	private static final Path SCRIPT = Path.of("target/a11y/node_modules/axe-core/axe.min.js");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'] })
			  .then(results => done(results.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
			      + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ')
			        .slice(0, 160) + ']').join('; '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	private final String source;

	private Axe(String source) {
		this.source = source;
	}

	public static Axe load() {
		boolean present = Files.isReadable(SCRIPT);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("axe-core is missing: the build installs it with npm into " + SCRIPT);
		}
		Assumptions.assumeTrue(present, "Skipping the accessibility check: npm did not install axe-core into " + SCRIPT);
		try {
			return new Axe(Files.readString(SCRIPT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The serious and critical WCAG 2.1 A/AA violations of the page now shown, one line each. */
	@SuppressWarnings("unchecked")
	public List<String> violations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(source);
		}
		Object result = js.executeAsyncScript(RUN);
		return result instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(result));
	}

	/** For reports: violations by page. */
	public static String describe(Map<String, List<String>> byPage) {
		StringBuilder text = new StringBuilder();
		byPage.forEach((page, found) -> {
			text.append('\n').append(page).append('\n');
			found.forEach(line -> text.append("  - ").append(line).append('\n'));
		});
		return text.toString();
	}

}
