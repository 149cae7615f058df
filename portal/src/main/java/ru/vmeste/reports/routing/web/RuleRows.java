package ru.vmeste.reports.routing.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.reports.routing.RoutingRule;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * Rules as the administrators' pages show them: with the names of their topic, district and
 * organization in the reader's language.
 */
@Component
class RuleRows {

	/** A rule with what it names. */
	record Row(RoutingRule rule, String topic, boolean group, @Nullable String district, @Nullable String organization,
			long misrouted) {
	}

	/** The names a page needs, read once per page. */
	record Names(Map<UUID, Topic> topics, Map<DistrictId, String> districts, Map<OrganizationId, String> organizations) {
	}

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	RuleRows(Topics topics, Territory territory, Organizations organizations) {
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
	}

	Names names(Locale locale) {
		return new Names(topics.all().stream().collect(Collectors.toMap(topic -> topic.id().value(), topic -> topic)),
				territory.districts().stream().collect(Collectors.toMap(District::id, d -> d.name().in(locale))),
				organizations.all().stream().collect(Collectors.toMap(Organization::id, o -> o.name().in(locale))));
	}

	List<Row> rows(List<RoutingRule> rules, Map<UUID, Long> misrouted, Names names, Locale locale) {
		return rules.stream().map(rule -> row(rule, misrouted.getOrDefault(rule.id(), 0L), names, locale)).toList();
	}

	Row row(RoutingRule rule, long misrouted, Names names, Locale locale) {
		Topic topic = names.topics().get(rule.topic().value());
		return new Row(rule, topic == null ? "" : topic.name().in(locale), topic != null && topic.isGroup(),
				rule.district() == null ? null : names.districts().get(rule.district()),
				rule.organization() == null ? null : names.organizations().get(rule.organization()), misrouted);
	}

}
