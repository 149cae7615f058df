package ru.vmeste.reports.routing;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.internal.AppealStore;
import ru.vmeste.reports.internal.AppealLifecycle;
import ru.vmeste.reports.internal.AppealRouting;
import ru.vmeste.reports.internal.Handling;
import ru.vmeste.reports.internal.HandlingStore;
import ru.vmeste.reports.internal.HandlingStore.Dates;
import ru.vmeste.reports.workflow.Workflow;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.territory.DistrictId;

/**
 * Sends published appeals to the responsible organization by the rules, records each decision
 * with the rule that made it, starts the appeal's process and its deadline; and sends an appeal
 * on when an official of the organization says it is not theirs.
 */
@Service
public class Router implements AppealRouting {

	private final AppealStore appeals;

	private final HandlingStore handling;

	private final RuleStore rules;

	private final DecisionStore decisions;

	private final Topics topics;

	private final Organizations organizations;

	private final ObjectFinder objects;

	private final Workflow workflow;

	private final AppealLifecycle lifecycle;

	Router(AppealStore appeals, HandlingStore handling, RuleStore rules, DecisionStore decisions, Topics topics,
			Organizations organizations, ObjectFinder objects, Workflow workflow, AppealLifecycle lifecycle) {
		this.appeals = appeals;
		this.handling = handling;
		this.rules = rules;
		this.decisions = decisions;
		this.topics = topics;
		this.organizations = organizations;
		this.objects = objects;
		this.workflow = workflow;
		this.lifecycle = lifecycle;
	}

	/** Routes a published appeal that no decision has routed yet; routing it again changes nothing. */
	@Override
	@Transactional
	public void route(AppealId id, Instant at) {
		Appeal appeal = appeals.lock(id).orElse(null);
		Handling current = appeal == null ? null : handling.of(id).orElseThrow();
		if (appeal == null || appeal.status() != AppealStatus.PUBLISHED || current.isRouted()) {
			return;
		}
		RoutingDecision decision = decide(appeal.topic(), appeal.district(), appeal.point());
		long recorded = decisions.insert(id, decision, at);
		Workflow.Start start = workflow.start(appeal.topic(), current.processVersion(), at);
		handling.route(id, new HandlingStore.Routed(decision.organization(), decision.kind().name(), recorded,
				decision.needsManualRouting(), decision.object() == null ? null : decision.object().id(),
				start.version().id(), start.dates()));
		lifecycle.route(appeal, new AppealLifecycle.Routing(decision.organization(), null, decision.kind().name(), recorded,
				decision.needsManualRouting(), start.dates().deadline(), null), at);
	}

	/** What the rules decide for a topic at a point in a district, with every rule considered. */
	@Transactional(readOnly = true)
	public RoutingDecision decide(TopicId topic, @Nullable DistrictId district, GeoPoint point) {
		TopicId group = topics.find(topic).map(Topic::parent).orElse(null);
		Map<OrganizationId, Integer> officials = organizations.officialCounts();
		return RoutingRules.decide(new RoutingQuestion(topic, group, district, point), rules.forTopic(topic, group),
				objects, organizations.defaultModerator().id(), organization -> officials.getOrDefault(organization, 0) > 0);
	}

	/**
	 * Sends a locked appeal on to another organization with the official's reason. The decision
	 * it replaces counts as misrouted, unless it was the default organization's to route by hand.
	 * The working-day deadline starts again; the legal limit does not.
	 */
	public void reroute(Appeal appeal, Handling current, OrganizationId to, String reason, UserId official, Instant at) {
		OrganizationId from = current.organization();
		Long previous = current.decision();
		if (from == null || previous == null) {
			throw new IllegalStateException("Appeal " + appeal.id() + " was never routed");
		}
		decisions.find(previous)
			.filter(decision -> decision.kind() != DecisionKind.DEFAULT)
			.ifPresent(decision -> decisions.markMisrouted(decision.id()));
		long recorded = decisions.insertReroute(appeal.id(), to, from, reason, official, at);
		Workflow.Start start = workflow.start(appeal.topic(), current.processVersion(), at);
		Dates dates = new Dates(start.dates().deadline(), start.dates().remindOn(),
				current.legalDeadline() == null ? start.dates().legalDeadline() : current.legalDeadline());
		handling.route(appeal.id(), new HandlingStore.Routed(to, DecisionKind.REROUTED.name(), recorded, false, null,
				start.version().id(), dates));
		lifecycle.route(appeal, new AppealLifecycle.Routing(to, from, DecisionKind.REROUTED.name(), recorded, false,
				dates.deadline(), official), at);
	}

}
