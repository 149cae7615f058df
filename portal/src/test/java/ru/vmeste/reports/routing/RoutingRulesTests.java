package ru.vmeste.reports.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.routing.RoutingDecision.Outcome;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing order on its own: the owner of an object at the point beats a rule for the
 * district, which beats a rule for the whole region; the topic's rule beats its group's in the
 * same place; with no rule the appeal lands with the default organization, to be routed by hand.
 */
class RoutingRulesTests {

	static final GeoPoint POINT = new GeoPoint(58.0106, 56.2420);

	final TopicId streetLight = topic();

	final TopicId lighting = topic();

	final DistrictId leninsky = district();

	final DistrictId kirovsky = district();

	final OrganizationId gorsvet = organization();

	final OrganizationId districtLighting = organization();

	final OrganizationId regionLighting = organization();

	final OrganizationId cityAdministration = organization();

	final ObjectFinder.FoundObject lamp = new ObjectFinder.FoundObject(UUID.randomUUID(),
			new LocalizedText("Опора № 12", "Light pole 12"), gorsvet, 8.5);

	final RoutingRule objectRule = RoutingRule.objectOwner(UUID.randomUUID(), streetLight, Set.of("street-light"), 30);

	final RoutingRule districtRule = RoutingRule.area(UUID.randomUUID(), lighting, leninsky, districtLighting);

	final RoutingRule regionRule = RoutingRule.area(UUID.randomUUID(), lighting, null, regionLighting);

	final RoutingQuestion inLeninsky = new RoutingQuestion(streetLight, lighting, leninsky, POINT);

	@Test
	void routesToTheObjectOwnerBeforeTheDistrictAndRegionRules() {
		RoutingDecision decision = RoutingRules.decide(inLeninsky, List.of(regionRule, districtRule, objectRule),
				objects(Map.of("street-light", lamp)), cityAdministration);

		assertThat(decision.kind()).isEqualTo(DecisionKind.OBJECT_OWNER);
		assertThat(decision.organization()).isEqualTo(gorsvet);
		assertThat(decision.rule()).isEqualTo(objectRule);
		assertThat(decision.object()).isEqualTo(lamp);
		assertThat(decision.considered()).extracting(RoutingDecision.Consideration::outcome)
			.containsExactly(Outcome.CHOSEN, Outcome.OUTRANKED, Outcome.OUTRANKED);
		assertThat(decision.needsManualRouting()).isFalse();
	}

	@Test
	void aDistrictRuleBeatsARegionRuleWhenNoObjectIsWithinTheRadius() {
		RoutingDecision decision = RoutingRules.decide(inLeninsky, List.of(regionRule, districtRule, objectRule),
				objects(Map.of()), cityAdministration);

		assertThat(decision.kind()).isEqualTo(DecisionKind.GROUP_DISTRICT);
		assertThat(decision.organization()).isEqualTo(districtLighting);
		assertThat(decision.topic()).isEqualTo(lighting);
		assertThat(decision.district()).isEqualTo(leninsky);
		assertThat(decision.considered()).extracting(RoutingDecision.Consideration::outcome)
			.containsExactly(Outcome.NO_OBJECT, Outcome.CHOSEN, Outcome.OUTRANKED);
	}

	@Test
	void aRegionRuleAnswersWhereNoDistrictRuleApplies() {
		RoutingDecision decision = RoutingRules.decide(new RoutingQuestion(streetLight, lighting, kirovsky, POINT),
				List.of(regionRule, districtRule), objects(Map.of()), cityAdministration);

		assertThat(decision.kind()).isEqualTo(DecisionKind.GROUP_REGION);
		assertThat(decision.organization()).isEqualTo(regionLighting);
		assertThat(decision.considered()).singleElement().satisfies(considered -> assertThat(considered.rule()).isEqualTo(regionRule));
	}

	@Test
	void theTopicsOwnRuleBeatsItsGroupsRuleInTheSamePlace() {
		OrganizationId special = organization();
		RoutingRule topicInDistrict = RoutingRule.area(UUID.randomUUID(), streetLight, leninsky, special);
		RoutingRule topicInRegion = RoutingRule.area(UUID.randomUUID(), streetLight, null, special);

		assertThat(RoutingRules.decide(inLeninsky, List.of(districtRule, topicInDistrict), objects(Map.of()),
				cityAdministration)).satisfies(decision -> {
					assertThat(decision.kind()).isEqualTo(DecisionKind.TOPIC_DISTRICT);
					assertThat(decision.organization()).isEqualTo(special);
				});
		assertThat(RoutingRules.decide(inLeninsky, List.of(regionRule, topicInRegion), objects(Map.of()),
				cityAdministration).kind()).isEqualTo(DecisionKind.TOPIC_REGION);
	}

	@Test
	void withNoRuleTheAppealLandsWithTheDefaultOrganizationToBeRoutedByHand() {
		RoutingRule otherTopic = RoutingRule.area(UUID.randomUUID(), topic(), null, regionLighting);
		RoutingRule otherDistrict = RoutingRule.area(UUID.randomUUID(), lighting, kirovsky, districtLighting);
		RoutingRule switchedOff = new RoutingRule(UUID.randomUUID(), RoutingRule.Kind.AREA, lighting, null,
				regionLighting, Set.of(), 0, false);

		RoutingDecision decision = RoutingRules.decide(inLeninsky, List.of(otherTopic, otherDistrict, switchedOff),
				objects(Map.of()), cityAdministration);

		assertThat(decision.kind()).isEqualTo(DecisionKind.DEFAULT);
		assertThat(decision.organization()).isEqualTo(cityAdministration);
		assertThat(decision.needsManualRouting()).isTrue();
		assertThat(decision.rule()).isNull();
		assertThat(decision.topic()).isEqualTo(streetLight);
		assertThat(decision.district()).isEqualTo(leninsky);
		assertThat(decision.considered()).isEmpty();
	}

	@Test
	void anObjectRuleLooksForItsTypesWithinItsRadiusAroundThePoint() {
		List<String> asked = new ArrayList<>();
		RoutingRules.decide(inLeninsky, List.of(objectRule), (point, types, radius) -> {
			asked.add(point + " " + types + " " + radius);
			return Optional.empty();
		}, cityAdministration);

		assertThat(asked).containsExactly(POINT + " [street-light] 30");
	}

	private static ObjectFinder objects(Map<String, ObjectFinder.FoundObject> byType) {
		return (point, types, radius) -> types.stream().map(byType::get).filter(found -> found != null).findFirst();
	}

	private static TopicId topic() {
		return new TopicId(UUID.randomUUID());
	}

	private static DistrictId district() {
		return new DistrictId(UUID.randomUUID());
	}

	private static OrganizationId organization() {
		return new OrganizationId(UUID.randomUUID());
	}

}
