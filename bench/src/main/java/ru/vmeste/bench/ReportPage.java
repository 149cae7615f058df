package ru.vmeste.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * A self-contained HTML page of a run: facts, the comparison table and an SVG bar chart of the
 * ratios to the baseline (no scripts, no network).
 */
final class ReportPage {

	private ReportPage() {
	}

	static String html(String title, Map<String, Object> facts, List<Comparison> comparisons, List<Measurement> withoutBaseline,
			List<Report.MicroScore> micro) {
		StringBuilder page = new StringBuilder("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vmeste bench %s</title>
				<style>body{font-family:sans-serif;margin:2rem}td,th{padding:.2rem .6rem;text-align:right}
				td:first-child,th:first-child{text-align:left}.miss{color:#b00}</style></head><body>
				<h1>Vmeste bench %s</h1><ul>
				""".formatted(escape(title), escape(title)));
		facts.forEach((name, value) -> page.append("<li>").append(escape(name)).append(": ").append(escape(String.valueOf(value))).append("</li>"));
		page.append("</ul>").append(chart(comparisons)).append("<table><tr><th>scenario</th><th>clients</th><th>portal/s</th>")
			.append("<th>raw/s</th><th>ratio</th><th>p50 ms</th><th>p99 ms</th><th>raw p99 ms</th><th>target</th></tr>");
		for (Comparison c : comparisons) {
			page.append(String.format(Locale.ROOT,
					"<tr><td>%s</td><td>%d</td><td>%.1f</td><td>%.1f</td><td class=\"%s\">%.3f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%s</td></tr>",
					escape(c.scenario()), c.concurrency(), c.portal().perSecond(), c.baseline().perSecond(),
					c.meetsTarget() ? "" : "miss", c.throughputRatio(), c.portal().p50Millis(), c.portal().p99Millis(),
					c.baseline().p99Millis(), escape(c.verdict())));
		}
		page.append("</table>");
		if (!withoutBaseline.isEmpty()) {
			page.append("<h2>Without a baseline</h2><table><tr><th>scenario</th><th>clients</th><th>requests/s</th>")
				.append("<th>p50 ms</th><th>p99 ms</th><th>errors</th></tr>");
			withoutBaseline.forEach(m -> page.append(String.format(Locale.ROOT,
					"<tr><td>%s</td><td>%d</td><td>%.1f</td><td>%.2f</td><td>%.2f</td><td>%d</td></tr>", escape(m.scenario()),
					m.concurrency(), m.perSecond(), m.p50Millis(), m.p99Millis(), m.errors())));
			page.append("</table>");
		}
		if (!micro.isEmpty()) {
			page.append("<h2>JMH micro-benchmarks</h2><table><tr><th>benchmark</th><th>score</th><th>± error</th><th>unit</th></tr>");
			micro.forEach(m -> page.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td>%s</td></tr>",
					escape(m.benchmark()), m.score(), m.error(), escape(m.unit()))));
			page.append("</table>");
		}
		return page.append("</body></html>").toString();
	}

	private static String chart(List<Comparison> comparisons) {
		int barHeight = 18;
		int width = 760;
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"throughput ratio to raw PostgreSQL\">",
				width, comparisons.size() * (barHeight + 4) + 20));
		double max = Math.max(1.0, comparisons.stream().mapToDouble(Comparison::throughputRatio).max().orElse(1));
		int y = 0;
		for (Comparison c : comparisons) {
			double length = (width - 330) * c.throughputRatio() / max;
			svg.append(String.format(Locale.ROOT,
					"<text x=\"0\" y=\"%d\" font-size=\"12\">%s c=%d</text><rect x=\"300\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/><text x=\"%.1f\" y=\"%d\" font-size=\"12\">%.2f</text>",
					y + 13, escape(c.scenario()), c.concurrency(), y, length, barHeight, c.meetsTarget() ? "#1f5fa8" : "#c0392b",
					305 + length, y + 13, c.throughputRatio()));
			y += barHeight + 4;
		}
		return svg.append("</svg>").toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
