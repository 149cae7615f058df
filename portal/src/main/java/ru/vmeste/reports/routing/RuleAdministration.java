package ru.vmeste.reports.routing;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.CityObjects;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.ResponsibilityRules;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Administrators keep the responsibility rules: one active rule per topic and place, rules
 * switched off rather than deleted (decisions keep counting against them).
 */
@Service
public class RuleAdministration implements ResponsibilityRules {

	/** What the administrators' list filters by; every part is optional. */
	public record Filter(@Nullable TopicId topic, @Nullable DistrictId district, @Nullable OrganizationId organization,
			boolean includeInactive) {
	}

	private final RuleStore rules;

	private final DecisionStore decisions;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	private final CityObjects objects;

	private final Clock clock;

	RuleAdministration(RuleStore rules, DecisionStore decisions, Topics topics, Territory territory,
			Organizations organizations, CityObjects objects, Clock clock) {
		this.rules = rules;
		this.decisions = decisions;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
		this.objects = objects;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Paged<RoutingRule> page(Filter filter, PageQuery page) {
		return rules.page(filter, page);
	}

	/** How many appeals each rule sent to an organization that had to send them on. */
	@Transactional(readOnly = true)
	public Map<UUID, Long> misrouted(Collection<UUID> rules) {
		return decisions.misroutedOf(rules);
	}

	/**
	 * The active rules that send appeals to an organization without active officials: dead
	 * ends, whose appeals go to the default organization to be routed by hand instead.
	 */
	@Transactional(readOnly = true)
	public List<RoutingRule> dead() {
		Map<OrganizationId, Integer> officials = organizations.officialCounts();
		return rules.active()
			.stream()
			.filter(rule -> rule.organization() != null && officials.getOrDefault(rule.organization(), 0) == 0)
			.toList();
	}

	@Transactional(readOnly = true)
	public RoutingRule find(UUID id) {
		return rules.find(id).orElseThrow(() -> DomainException.notFound("reports.routing.rule.not-found"));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean covers(TopicId topic) {
		return !rules.forTopic(topic, null).isEmpty();
	}

	@Override
	@Transactional
	public UUID areaRule(TopicId topic, @Nullable DistrictId district, OrganizationId organization) {
		return create(RoutingRule.area(UUID.randomUUID(), topic, district, organization));
	}

	@Override
	@Transactional
	public UUID objectOwnerRule(TopicId topic, Set<String> objectTypes, int radiusMeters) {
		return create(RoutingRule.objectOwner(UUID.randomUUID(), topic, objectTypes, radiusMeters));
	}

	@Transactional
	public UUID create(RoutingRule rule) {
		check(rule);
		try {
			rules.insert(rule, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("reports.routing.rule.duplicate");
		}
		return rule.id();
	}

	@Transactional
	public void update(RoutingRule rule) {
		find(rule.id());
		check(rule);
		try {
			rules.update(rule, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("reports.routing.rule.duplicate");
		}
	}

	private void check(RoutingRule rule) {
		if (topics.find(rule.topic()).isEmpty()) {
			throw DomainException.invalid("reports.routing.rule.topic");
		}
		if (rule.district() != null && territory.district(rule.district()).isEmpty()) {
			throw DomainException.invalid("reports.routing.rule.district");
		}
		if (rule.kind() == RoutingRule.Kind.AREA) {
			if (rule.organization() == null || organizations.find(rule.organization()).isEmpty()) {
				throw DomainException.invalid("reports.routing.rule.organization");
			}
			if (rule.active() && organizations.officialCounts().getOrDefault(rule.organization(), 0) == 0) {
				// its appeals would wait for an answer nobody can give
				throw DomainException.invalid("reports.routing.rule.no-officials");
			}
			return;
		}
		if (rule.objectTypes().isEmpty() || rule.objectTypes().stream().anyMatch(type -> !type.matches("[a-z0-9_-]{1,60}"))) {
			throw DomainException.invalid("reports.routing.rule.object-types");
		}
		rule.objectTypes().stream().filter(type -> objects.typeByCode(type).isEmpty()).findFirst().ifPresent(type -> {
			throw DomainException.invalid("reports.routing.rule.object-type-unknown", type);
		});
		if (rule.radiusMeters() < 0 || rule.radiusMeters() > RoutingRule.MAX_RADIUS) {
			throw DomainException.invalid("reports.routing.rule.radius", RoutingRule.MAX_RADIUS);
		}
	}

}
