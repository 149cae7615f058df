package ru.vmeste.reports.routing;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
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
@ConditionalOnBooleanProperty("vmeste.demo-data")
class RoutingDemoData implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(RoutingDemoData.class);

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

	private final RuleStore rules;

	private final Topics topics;

	private final Territory territory;

	private final Organizations organizations;

	private final Clock clock;

	RoutingDemoData(RuleStore rules, Topics topics, Territory territory, Organizations organizations, Clock clock) {
		this.rules = rules;
		this.topics = topics;
		this.territory = territory;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 505;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (rules.countActive() > 0 || topics.byCode("roads").isEmpty()) {
			return;
		}
		for (District district : territory.districts()) {
			String districtAdministration = "perm-district-" + district.code();
			area("roads", district.id(), OWN_ROADS.equals(district.code()) ? districtAdministration : "perm-roads");
			area("yards", district.id(), districtAdministration);
		}
		REGION_GROUPS.forEach((group, organization) -> area(group, null, organization));
		REGION_TOPICS.forEach((topic, organization) -> area(topic, null, organization));
		OBJECT_TOPICS.forEach((topic, rule) -> rules.insert(RoutingRule.objectOwner(UUID.randomUUID(),
				topics.byCode(topic).orElseThrow().id(), Set.of(rule.type()), rule.radiusMeters()), clock.instant()));
		log.info("Demo routing rules created");
	}

	private void area(String topic, @Nullable DistrictId district, String organization) {
		OrganizationId owner = organizations.byCode(organization).orElseThrow().id();
		rules.insert(RoutingRule.area(UUID.randomUUID(), topics.byCode(topic).orElseThrow().id(), district, owner),
				clock.instant());
	}

}
