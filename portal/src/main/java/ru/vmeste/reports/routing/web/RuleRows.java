package ru.vmeste.reports.routing.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ru.vmeste.objects.CityObjects;
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

	/**
	 * A rule with what it names.
	 *
	 * @param objectTypes the names of an object rule's object types, by name; a code no type has
	 * any more stays as it is
	 */
	record Row(RoutingRule rule, String topic, boolean group, @Nullable String district, @Nullable String organization,
			List<String> objectTypes, long misrouted) {
	}

	/** The names a page needs, read once per page. */
	record Names(Map<UUID, Topic> topics, Map<DistrictId, String> districts, Map<OrganizationId, String> organizations,
			Map<String, String> objectTypes) {
	}

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	private final CityObjects objects;

	RuleRows(Topics topics, Territory territory, Organizations organizations, CityObjects objects) {
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
		this.objects = objects;
	}

	/** The object types an object rule may look for, code to name in the reader's language, by name. */
	Map<String, String> objectTypes(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		objects.types()
			.stream()
			.sorted(Comparator.comparing(type -> type.name().in(locale), Collator.getInstance(locale)))
			.forEach(type -> names.put(type.code(), type.name().in(locale)));
		return names;
	}

	Names names(Locale locale) {
		return new Names(topics.all().stream().collect(Collectors.toMap(topic -> topic.id().value(), topic -> topic)),
				territory.districts().stream().collect(Collectors.toMap(District::id, d -> d.name().in(locale))),
				organizations.all().stream().collect(Collectors.toMap(Organization::id, o -> o.name().in(locale))),
				objectTypes(locale));
	}

	List<Row> rows(List<RoutingRule> rules, Map<UUID, Long> misrouted, Names names, Locale locale) {
		return rules.stream().map(rule -> row(rule, misrouted.getOrDefault(rule.id(), 0L), names, locale)).toList();
	}

	Row row(RoutingRule rule, long misrouted, Names names, Locale locale) {
		Topic topic = names.topics().get(rule.topic().value());
		return new Row(rule, topic == null ? "" : topic.name().in(locale), topic != null && topic.isGroup(),
				rule.district() == null ? null : names.districts().get(rule.district()),
				rule.organization() == null ? null : names.organizations().get(rule.organization()),
				rule.objectTypes()
					.stream()
					.map(code -> names.objectTypes().getOrDefault(code, code))
					.sorted(Collator.getInstance(locale))
					.toList(),
				misrouted);
	}

}
