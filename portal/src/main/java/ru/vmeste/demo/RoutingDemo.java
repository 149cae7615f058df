package ru.vmeste.demo;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.ResponsibilityRules;
import ru.vmeste.reports.Topic;
import ru.vmeste.reports.Topics;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.Territory;

/**
 * The demo city's responsibility rules: roads go to the road maintenance company (the demo
 * official's) in every district but Kirovsky, whose district administration keeps its own
 * roads; yards go to the district administrations; lighting, waste, transport, parks and
 * housing to their city companies, open manholes to the water company and stray dogs to the
 * ecology department. Street lights, playgrounds and bus stops go first to the owner of the
 * object at the point, as the registry of city objects knows it. Graffiti and illegal
 * advertising have no rule: they wait with the city administration to be routed by hand.
 */
@Component
@ConditionalOnBooleanProperty(DemoData.ENABLED)
class RoutingDemo implements Seeder {

	/** The district whose own administration keeps its roads. */
	private static final String OWN_ROADS = "kirovsky";

	private static final Map<String, String> REGION_GROUPS = Map.of("lighting", "perm-light", "waste", "perm-waste",
			"transport", "perm-transport", "parks", "perm-greenery", "housing", "perm-housing");

	private static final Map<String, String> REGION_TOPICS = Map.of("manhole-open", "perm-water", "stray-dogs",
			"perm-environment");

	/** Topics whose appeals go to the owner of an object of the type within the radius, in metres. */
	private static final Map<String, ObjectRule> OBJECT_TOPICS = Map.of("street-light-out",
			new ObjectRule("street-light", 30), "street-light-daytime", new ObjectRule("street-light", 30),
			"playground-broken", new ObjectRule("playground", 50), "bus-stop-damaged", new ObjectRule("bus-stop", 30),
			"bus-stop-no-shelter", new ObjectRule("bus-stop", 30));

	private record ObjectRule(String type, int radiusMeters) {
	}

	private final ResponsibilityRules rules;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	RoutingDemo(ResponsibilityRules rules, Topics topics, Territory territory, Organizations organizations) {
		this.rules = rules;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
	}

	@Override
	public void seed() {
		Topic roads = topics.byCode("roads").orElse(null);
		if (roads == null || rules.covers(roads.id())) {
			return;
		}
		for (District district : territory.districts()) {
			String districtAdministration = "perm-district-" + district.code();
			area("roads", district.id(), OWN_ROADS.equals(district.code()) ? districtAdministration : "perm-roads");
			area("yards", district.id(), districtAdministration);
		}
		REGION_GROUPS.forEach((group, organization) -> area(group, null, organization));
		REGION_TOPICS.forEach((topic, organization) -> area(topic, null, organization));
		OBJECT_TOPICS.forEach((topic, rule) -> rules.objectOwnerRule(topics.byCode(topic).orElseThrow().id(),
				Set.of(rule.type()), rule.radiusMeters()));
	}

	private void area(String topic, @Nullable DistrictId district, String organization) {
		rules.areaRule(topics.byCode(topic).orElseThrow().id(), district, organizations.byCode(organization).orElseThrow().id());
	}

}
