package ru.vmeste.reports.routing.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.routing.Router;
import ru.vmeste.reports.routing.RoutingDecision;
import ru.vmeste.reports.routing.RoutingExplanations;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

/**
 * "Test a point": which organization an appeal of a topic at a point would go to, which rule
 * wins and why, and every rule considered on the way, decided exactly as routing decides.
 */
@Controller
class PointTestController {

	/** A considered rule as the page shows it. */
	record Considered(RuleRows.Row rule, String step, RoutingDecision.Outcome outcome, @Nullable String object,
			@Nullable Long distance) {
	}

	private final Router router;

	private final RoutingExplanations explanations;

	private final RuleRows rows;

	private final Topics topics;

	private final Territory territory;

	PointTestController(Router router, RoutingExplanations explanations, RuleRows rows, Topics topics,
			Territory territory) {
		this.router = router;
		this.explanations = explanations;
		this.rows = rows;
		this.topics = topics;
		this.territory = territory;
	}

	@GetMapping("/admin/routing/test")
	String test(@RequestParam(required = false) @Nullable UUID topicId, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lon, Model model, Locale locale) {
		model.addAttribute("topics", topics.all().stream().filter(topic -> !topic.isGroup()).toList());
		model.addAttribute("topicId", topicId);
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		Topic topic = topicId == null ? null : topics.find(new TopicId(topicId)).orElse(null);
		if (topic == null || lat == null || lon == null) {
			return "reports/admin/routing-test";
		}
		if (!GeoPoint.isValid(lat, lon)) {
			model.addAttribute("invalidPoint", true);
			return "reports/admin/routing-test";
		}
		GeoPoint point = new GeoPoint(lat, lon);
		District district = territory.locate(point).orElse(null);
		RoutingDecision decision = router.decide(topic.id(), district == null ? null : district.id(), point);
		RuleRows.Names names = rows.names(locale);
		model.addAttribute("district", district == null ? null : district.name().in(locale));
		model.addAttribute("decision", decision);
		model.addAttribute("explanation", explanations.explain(decision, locale));
		model.addAttribute("considered", decision.considered()
			.stream()
			.map(considered -> new Considered(rows.row(considered.rule(), 0, names, locale), considered.step().name(),
					considered.outcome(), considered.object() == null ? null : considered.object().name().in(locale),
					considered.object() == null ? null : Math.round(considered.object().distanceMeters())))
			.toList());
		return "reports/admin/routing-test";
	}

}
