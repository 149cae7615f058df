package ru.vmeste.reports.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.routing.RoutingDecision.Consideration;
import ru.vmeste.reports.routing.RoutingDecision.Outcome;

/**
 * The routing order, with no I/O: the owner of an object at the point (topic's rule, then the
 * group's), then a rule for the topic or its group in the district, then for the topic or its
 * group in the whole region, and last the region's default organization.
 */
final class RoutingRules {

	private RoutingRules() {
	}

	/** The decision for the question under the rules (those of other topics and districts are ignored). */
	public static RoutingDecision decide(RoutingQuestion question, List<RoutingRule> rules, ObjectFinder objects,
			OrganizationId fallback) {
		return decide(question, rules, objects, fallback, organization -> true);
	}

	/**
	 * The decision, where an organization nobody in it could answer is never the target: when
	 * the winning rule names (or its object's owner is) such an organization, the appeal goes to
	 * the fallback to be routed by hand, and the rule is marked {@link Outcome#NO_OFFICIALS}.
	 */
	public static RoutingDecision decide(RoutingQuestion question, List<RoutingRule> rules, ObjectFinder objects,
			OrganizationId fallback, Predicate<OrganizationId> staffed) {
		List<Step> steps = steps(question, rules.stream().filter(RoutingRule::active).toList());
		List<Consideration> considered = new ArrayList<>();
		RoutingDecision chosen = null;
		for (Step step : steps) {
			if (chosen != null) {
				considered.add(new Consideration(step.rule(), step.kind(), Outcome.OUTRANKED, null));
				continue;
			}
			if (step.kind() == DecisionKind.OBJECT_OWNER) {
				Optional<ObjectFinder.FoundObject> object = objects.nearest(question.point(), step.rule().objectTypes(),
						step.rule().radiusMeters());
				considered.add(new Consideration(step.rule(), step.kind(), object.isPresent() ? Outcome.CHOSEN
						: Outcome.NO_OBJECT, object.orElse(null)));
				if (object.isPresent()) {
					chosen = new RoutingDecision(step.kind(), step.rule(), object.get().owner(), step.rule().topic(), null,
							object.get(), List.of());
				}
			}
			else {
				considered.add(new Consideration(step.rule(), step.kind(), Outcome.CHOSEN, null));
				chosen = new RoutingDecision(step.kind(), step.rule(), Objects.requireNonNull(step.rule().organization()),
						step.rule().topic(), step.rule().district(), null, List.of());
			}
		}
		if (chosen == null) {
			return new RoutingDecision(DecisionKind.DEFAULT, null, fallback, question.topic(), question.district(), null,
					considered);
		}
		if (!staffed.test(chosen.organization())) {
			RoutingRule dead = chosen.rule();
			List<Consideration> marked = considered.stream()
				.map(consideration -> consideration.outcome() == Outcome.CHOSEN && consideration.rule().equals(dead)
						? new Consideration(consideration.rule(), consideration.step(), Outcome.NO_OFFICIALS,
								consideration.object())
						: consideration)
				.toList();
			return new RoutingDecision(DecisionKind.DEFAULT, null, fallback, question.topic(), question.district(), null,
					marked);
		}
		return new RoutingDecision(chosen.kind(), chosen.rule(), chosen.organization(), chosen.topic(),
				chosen.district(), chosen.object(), considered);
	}

	private record Step(RoutingRule rule, DecisionKind kind) {
	}

	private static List<Step> steps(RoutingQuestion question, List<RoutingRule> rules) {
		List<Step> steps = new ArrayList<>();
		add(steps, rules, objectRule(question.topic()), DecisionKind.OBJECT_OWNER);
		add(steps, rules, objectRule(question.group()), DecisionKind.OBJECT_OWNER);
		if (question.district() != null) {
			add(steps, rules, areaRule(question.topic()).and(rule -> question.district().equals(rule.district())),
					DecisionKind.TOPIC_DISTRICT);
			add(steps, rules, areaRule(question.group()).and(rule -> question.district().equals(rule.district())),
					DecisionKind.GROUP_DISTRICT);
		}
		add(steps, rules, areaRule(question.topic()).and(rule -> rule.district() == null), DecisionKind.TOPIC_REGION);
		add(steps, rules, areaRule(question.group()).and(rule -> rule.district() == null), DecisionKind.GROUP_REGION);
		return steps;
	}

	private static void add(List<Step> steps, List<RoutingRule> rules, Predicate<RoutingRule> matching, DecisionKind kind) {
		rules.stream().filter(matching).findFirst().ifPresent(rule -> steps.add(new Step(rule, kind)));
	}

	private static Predicate<RoutingRule> objectRule(@Nullable TopicId topic) {
		return rule -> topic != null && rule.kind() == RoutingRule.Kind.OBJECT_OWNER && rule.topic().equals(topic);
	}

	private static Predicate<RoutingRule> areaRule(@Nullable TopicId topic) {
		return rule -> topic != null && rule.kind() == RoutingRule.Kind.AREA && rule.topic().equals(topic);
	}

}
