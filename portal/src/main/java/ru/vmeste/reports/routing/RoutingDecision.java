package ru.vmeste.reports.routing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.territory.DistrictId;

/**
 * What routing decided and why: the kind of step that chose the organization, the rule (none
 * for the fallback), what the rule named, and every rule it considered on the way.
 *
 * @param topic the topic or group the winning rule names (the appeal's topic for the fallback)
 * @param object the object whose owner was chosen, for an object rule
 */
public record RoutingDecision(DecisionKind kind, @Nullable RoutingRule rule, OrganizationId organization,
		@Nullable TopicId topic, @Nullable DistrictId district, ObjectFinder.@Nullable FoundObject object,
		List<Consideration> considered) {

	public RoutingDecision {
		considered = List.copyOf(considered);
	}

	/** Nothing matched: the appeal waits with the default organization for someone to route it by hand. */
	public boolean needsManualRouting() {
		return kind == DecisionKind.DEFAULT;
	}

	/** A rule routing looked at and what came of it. */
	public record Consideration(RoutingRule rule, DecisionKind step, Outcome outcome,
			ObjectFinder.@Nullable FoundObject object) {
	}

	/** What came of considering a rule. */
	public enum Outcome {

		/** It chose the organization. */
		CHOSEN,
		/** An object rule found no object of its types within its radius. */
		NO_OBJECT,
		/** It applies, but a rule earlier in the order chose first. */
		OUTRANKED,
		/** It chose an organization that has no active official to answer: the appeal is routed by hand. */
		NO_OFFICIALS

	}

}
