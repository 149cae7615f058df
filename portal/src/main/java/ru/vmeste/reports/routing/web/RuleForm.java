package ru.vmeste.reports.routing.web;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.routing.RoutingRule;
import ru.vmeste.shared.DomainException;
import ru.vmeste.territory.DistrictId;

/**
 * A responsibility rule as the administrators' form edits it.
 *
 * @param objectTypes object type codes, separated by commas or spaces
 */
record RuleForm(RoutingRule.@Nullable Kind kind, @Nullable UUID topicId, @Nullable UUID districtId,
		@Nullable UUID organizationId, @Nullable String objectTypes, @Nullable Integer radius, boolean active) {

	static RuleForm empty() {
		return new RuleForm(RoutingRule.Kind.AREA, null, null, null, "", 50, true);
	}

	static RuleForm of(RoutingRule rule) {
		return new RuleForm(rule.kind(), rule.topic().value(), rule.district() == null ? null : rule.district().value(),
				rule.organization() == null ? null : rule.organization().value(),
				rule.objectTypes().stream().sorted().collect(Collectors.joining(", ")), rule.radiusMeters(), rule.active());
	}

	RoutingRule toRule(UUID id) {
		if (kind == null) {
			throw DomainException.invalid("reports.routing.rule.kind");
		}
		if (topicId == null) {
			throw DomainException.invalid("reports.routing.rule.topic");
		}
		if (kind == RoutingRule.Kind.AREA) {
			if (organizationId == null) {
				throw DomainException.invalid("reports.routing.rule.organization");
			}
			return new RoutingRule(id, kind, new TopicId(topicId), districtId == null ? null : new DistrictId(districtId),
					new OrganizationId(organizationId), Set.of(), 0, active);
		}
		var types = Arrays.stream((objectTypes == null ? "" : objectTypes).split("[,\\s]+"))
			.map(String::strip)
			.filter(type -> !type.isEmpty())
			.collect(Collectors.toSet());
		return new RoutingRule(id, kind, new TopicId(topicId), null, null, types, radius == null ? -1 : radius, active);
	}

}
