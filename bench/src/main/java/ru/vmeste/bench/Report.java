package ru.vmeste.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything one run measured, printed as a table and written as JSON and a small HTML page
 * with a chart.
 */
final class Report {

	private final List<Measurement> measurements = new ArrayList<>();

	private final List<Comparison> comparisons = new ArrayList<>();

	private final Map<String, Object> facts = new LinkedHashMap<>();

	private final List<MicroScore> micro = new ArrayList<>();

	private final List<Measurement> withoutBaseline = new ArrayList<>();

	/** A JMH score: the mean time of one call and its 99.9 % confidence half-width. */
	record MicroScore(String benchmark, double score, double error, String unit) {
	}

	void add(Measurement measurement) {
		measurements.add(measurement);
		System.out.printf(Locale.ROOT, "  %-44s %-26s c=%-3d %9.1f ops/s  p50 %7.2f ms  p99 %8.2f ms  errors %d%n",
				measurement.scenario(), measurement.variant(), measurement.concurrency(), measurement.perSecond(),
				measurement.p50Millis(), measurement.p99Millis(), measurement.errors());
	}

	void compare(Measurement portal, Measurement baseline, Target target) {
		add(portal);
		comparisons.add(new Comparison(portal.scenario(), portal.concurrency(), portal, baseline, target));
	}

	/** A portal figure no raw-PostgreSQL operation compares to, such as a page read. */
	void addWithoutBaseline(Measurement measurement) {
		add(measurement);
		withoutBaseline.add(measurement);
	}

	void micro(String benchmark, double score, double error, String unit) {
		micro.add(new MicroScore(benchmark, score, error, unit));
	}

	private final List<OperationCost> costs = new ArrayList<>();

	/** What one appeal or ballot cost; printed per operation and checked by {@code --check}. */
	void cost(OperationCost cost) {
		costs.add(cost);
		facts.put(cost.operation() + "Cost", cost);
	}

	List<OperationCost> costs() {
		return List.copyOf(costs);
	}

	void fact(String name, Object value) {
		facts.put(name, value);
	}

	void print() {
		System.out.println();
		System.out.printf(Locale.ROOT, "%-44s %4s %12s %12s %7s %9s %9s  %s%n", "scenario (portal vs raw PostgreSQL)", "c",
				"portal/s", "raw/s", "ratio", "p99 ms", "raw p99", "target");
		for (Comparison c : comparisons) {
			System.out.printf(Locale.ROOT, "%-44s %4d %12.1f %12.1f %7.3f %9.2f %9.2f  %s%n", c.scenario(), c.concurrency(),
					c.portal().perSecond(), c.baseline().perSecond(), c.throughputRatio(), c.portal().p99Millis(),
					c.baseline().p99Millis(), c.verdict());
		}
		System.out.println();
		for (Measurement m : withoutBaseline) {
			System.out.printf(Locale.ROOT, "%-44s %4d %12.1f %12s %7s %9.2f%n", m.scenario(), m.concurrency(), m.perSecond(), "-", "-",
					m.p99Millis());
		}
		System.out.println();
		micro.forEach(m -> System.out.printf(Locale.ROOT, "%-44s %12.3f ± %.3f %s%n", m.benchmark(), m.score(), m.error(), m.unit()));
		facts.forEach((name, value) -> {
			if (value instanceof List<?> lines) {
				System.out.println(name + ":");
				lines.forEach(line -> System.out.println("  " + line));
			}
			else {
				System.out.println(name + ": " + value);
			}
		});
		System.out.println();
		System.out.println("Cost per operation (after the outbox drained):");
		costs.forEach(cost -> System.out.println("  " + cost.line()));
	}

	Path write(Path directory, String name) throws IOException {
		Files.createDirectories(directory);
		Map<String, Object> document = new LinkedHashMap<>(facts);
		document.put("comparisons", comparisons.stream().map(Report::comparison).toList());
		document.put("measurements", measurements);
		document.put("microBenchmarks", micro);
		Path json = directory.resolve(name + ".json");
		JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), document);
		Files.writeString(directory.resolve(name + ".html"), ReportPage.html(name, facts, comparisons, withoutBaseline, micro));
		return json;
	}

	private static Map<String, Object> comparison(Comparison c) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("scenario", c.scenario());
		row.put("concurrency", c.concurrency());
		row.put("portalPerSecond", c.portal().perSecond());
		row.put("baselinePerSecond", c.baseline().perSecond());
		row.put("baseline", c.baseline().scenario());
		row.put("throughputRatio", c.throughputRatio());
		row.put("portalP50Millis", c.portal().p50Millis());
		row.put("portalP95Millis", c.portal().p95Millis());
		row.put("portalP99Millis", c.portal().p99Millis());
		row.put("baselineP99Millis", c.baseline().p99Millis());
		row.put("portalErrors", c.portal().errors());
		row.put("target", c.target().toString());
		row.put("meetsTarget", c.meetsTarget());
		return row;
	}

}
