package ru.vmeste.reports;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.CityObjects;
import ru.vmeste.objects.NearbyObject;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.internal.TopicCatalog;
import ru.vmeste.reports.routing.RoutingRule;
import ru.vmeste.reports.routing.RuleAdministration;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;
import ru.vmeste.territory.District;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Published appeals go where the rules say, in the routing order, and every decision is
 * recorded with its rule and explained in one line: to officials, on the public page and in
 * the API. A point no rule covers lands with the default organization, to be routed by hand.
 */
@PortalTest
class RoutingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	TopicCatalog catalog;

	@Autowired
	RuleAdministration rules;

	@Autowired
	Organizations organizations;

	@Autowired
	Territory territory;

	@Autowired
	CityObjects objects;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	String resident;

	String moderator;

	@BeforeEach
	void signIn() {
		resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
	}

	@Test
	void routesByTheRuleForTheGroupInTheDistrictAndRecordsWhy() {
		String id = Reporting.published(mvc, resident, moderator, Reporting.topicId(topics, "pothole"),
				Reporting.somewhereInTheCentre(), "Яма на проезжей части у остановки");

		String roads = organizations.byCode("perm-roads").orElseThrow().id().toString();
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.organizationId").isEqualTo(roads);
			json.assertThat().extractingPath("$.routingRule")
				.isEqualTo("Дороги и тротуары, Ленинский район → МКУ «Пермблагоустройство»");
			json.assertThat().extractingPath("$.needsManualRouting").isEqualTo(false);
			json.assertThat().extractingPath("$.history[*].change").asArray()
				.containsExactly("SUBMITTED", "PUBLISHED", "ROUTED");
			json.assertThat().extractingPath("$.history[2].note")
				.isEqualTo("Дороги и тротуары, Ленинский район → МКУ «Пермблагоустройство»");
		});
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id).header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.routingRule")
			.isEqualTo("Roads and sidewalks in Leninsky district → Permblagoustroystvo (road maintenance)");
		UUID roadsInLeninsky = jdbc.sql("select id from reports_routing_rules where topic_id = ? and district_id = ? and active")
			.params(topics.byCode("roads").orElseThrow().id().value(),
					territory.locate(Reporting.CENTRE).orElseThrow().id().value())
			.query(UUID.class)
			.single();
		assertThat(jdbc.sql("select kind, rule_id from reports_routing_decisions where appeal_id = ?::uuid").param(id)
			.query().singleRow()).containsEntry("kind", "GROUP_DISTRICT").containsEntry("rule_id", roadsInLeninsky);
		assertThat(mvc.get().uri("/appeals/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("data-routing-explanation")
			.contains("Дороги и тротуары, Ленинский район → МКУ «Пермблагоустройство»");
	}

	@Test
	void theOwnerOfTheStreetLightAtThePointBeatsTheDistrictRuleWhichBeatsTheRegionRule() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TopicId group = catalog.create("group-" + suffix, null, new LocalizedText("Группа " + suffix, "Group " + suffix));
		TopicId topic = catalog.create("lamp-" + suffix, group, new LocalizedText("Фонарь " + suffix, "Lamp " + suffix));
		District leninsky = territory.locate(Reporting.CENTRE).orElseThrow();
		NearbyObject nearest = objects.nearest(Reporting.CENTRE, Set.of("street-light"), 1000).orElseThrow();
		CityObject lamp = objects.find(nearest.id()).orElseThrow();
		assertThat(lamp.district()).as("a demo street light near the centre, in Leninsky district").isEqualTo(leninsky.id());
		rules.create(RoutingRule.objectOwner(UUID.randomUUID(), topic, Set.of("street-light"), 5));
		rules.create(RoutingRule.area(UUID.randomUUID(), topic, leninsky.id(),
				organizations.byCode("perm-waste").orElseThrow().id()));
		rules.create(RoutingRule.area(UUID.randomUUID(), group, null,
				organizations.byCode("perm-transport").orElseThrow().id()));
		GeoPoint darkCorner = awayFromStreetLights(leninsky);
		GeoPoint elsewhere = pointOutside(leninsky.code());
		assertThat(objects.nearest(elsewhere, Set.of("street-light"), 5)).isEmpty();

		String atTheLamp = Reporting.published(mvc, resident, moderator, topic.toString(), lamp.point(), "Не горит фонарь");
		String inTheDistrict = Reporting.published(mvc, resident, moderator, topic.toString(), darkCorner, "Темно во дворе");
		String inTheRegion = Reporting.published(mvc, resident, moderator, topic.toString(), elsewhere, "Темно на окраине");

		assertThat(kinds(atTheLamp, inTheDistrict, inTheRegion)).containsExactly("OBJECT_OWNER", "TOPIC_DISTRICT",
				"GROUP_REGION");
		String lampName = "«" + lamp.name().en() + "»";
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", atTheLamp).header("Accept-Language", "en")).bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.organizationId")
					.isEqualTo(organizations.byCode("perm-light").orElseThrow().id().toString());
				json.assertThat().extractingPath("$.routingRule")
					.isEqualTo("Lamp " + suffix + " at " + lampName + " → the object's owner, Gorsvet (street lighting)");
			});
		assertThat(jdbc.sql("select object_id from reports_routing_decisions where appeal_id = ?::uuid").param(atTheLamp)
			.query(UUID.class)
			.single()).isEqualTo(lamp.id().value());
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", inTheDistrict).header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.routingRule")
			.isEqualTo("Lamp " + suffix + " in Leninsky district → PKK (regional waste operator)");
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", inTheRegion).header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.routingRule")
			.isEqualTo("Group " + suffix + " in the whole region → Department of Roads and Transport");
		assertThat(mvc.get().uri("/appeals/{id}", atTheLamp)).hasStatusOk()
			.bodyText()
			.contains("Фонарь " + suffix + ": объект «" + lamp.name().ru() + "» → владелец объекта, МКУ «Горсвет»");
		assertThat(mvc.get().uri("/objects/{id}", lamp.id().value())).hasStatusOk()
			.bodyText()
			.contains("Обращения об этом объекте", "/appeals/" + atTheLamp, "Фонарь " + suffix)
			.doesNotContain("/appeals/" + inTheDistrict);
	}

	@Test
	void theAdministratorsPointTestNamesTheStreetLightAndItsOwner() {
		CityObject lamp = objects.find(objects.nearest(Reporting.CENTRE, Set.of("street-light"), 1000).orElseThrow().id())
			.orElseThrow();
		String topic = Reporting.topicId(topics, "street-light-out");

		assertThat(mvc.get().uri("/admin/routing/test?topicId={topic}&lat={lat}&lon={lon}", topic, lamp.point().lat(),
				lamp.point().lon()).with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Не горит уличный фонарь: объект «" + lamp.name().ru() + "» → владелец объекта, МКУ «Горсвет»")
			.contains("«" + lamp.name().ru() + "», 0 м от точки");
		assertThat(mvc.get().uri("/admin/routing/test?topicId={topic}&lat={lat}&lon={lon}", topic, lamp.point().lat(),
				lamp.point().lon()).with(SignedIn.as(users, DemoAccounts.OFFICIAL))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theTopicsDistrictRuleBeatsItsGroupsRegionRule() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TopicId group = catalog.create("group-" + suffix, null, new LocalizedText("Группа " + suffix, "Group " + suffix));
		TopicId topic = catalog.create("topic-" + suffix, group, new LocalizedText("Тема " + suffix, "Topic " + suffix));
		GeoPoint centre = Reporting.somewhereInTheCentre();
		var leninsky = territory.locate(centre).orElseThrow();
		rules.create(RoutingRule.area(UUID.randomUUID(), group, null, organizations.byCode("perm-light").orElseThrow().id()));
		rules.create(RoutingRule.area(UUID.randomUUID(), topic, leninsky.id(),
				organizations.byCode("perm-waste").orElseThrow().id()));
		GeoPoint elsewhere = pointOutside(leninsky.code());

		String inTheDistrict = Reporting.published(mvc, resident, moderator, topic.toString(), centre, "Проблема в центре");
		String inTheRegion = Reporting.published(mvc, resident, moderator, topic.toString(), elsewhere, "Проблема на окраине");

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", inTheDistrict).header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.routingRule")
			.isEqualTo("Topic " + suffix + " in Leninsky district → PKK (regional waste operator)");
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", inTheRegion).header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.routingRule")
			.isEqualTo("Group " + suffix + " in the whole region → Gorsvet (street lighting)");
		assertThat(kinds(inTheDistrict, inTheRegion)).containsExactly("TOPIC_DISTRICT", "GROUP_REGION");
	}

	@Test
	void aPointWithNoRuleLandsWithTheDefaultOrganizationFlaggedForManualRouting() {
		String id = Reporting.published(mvc, resident, moderator, Reporting.topicId(topics, "graffiti"),
				Reporting.somewhereInTheCentre(), "Надписи на фасаде дома");

		String city = organizations.defaultModerator().id().toString();
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", id)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.organizationId").isEqualTo(city);
			json.assertThat().extractingPath("$.needsManualRouting").isEqualTo(true);
			json.assertThat().extractingPath("$.routingRule").isEqualTo(
					"Нет правила для «Надписи и граффити на фасадах», Ленинский район → Администрация города Перми, ручная маршрутизация");
		});
		assertThat(jdbc.sql("select kind, rule_id is null from reports_routing_decisions where appeal_id = ?::uuid")
			.param(id)
			.query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2))
			.single()).isEqualTo("DEFAULT true");
		// the city administration's head (the demo admin) finds it among the appeals to route by hand
		String admin = DemoAccounts.bearer(mvc, DemoAccounts.ADMIN);
		assertThat(mvc.get().uri("/api/v1/inbox?view=MANUAL&size=200").header("Authorization", admin)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(id);
	}

	private String[] kinds(String... appeals) {
		String[] kinds = new String[appeals.length];
		for (int i = 0; i < appeals.length; i++) {
			kinds[i] = jdbc.sql("select kind from reports_routing_decisions where appeal_id = ?::uuid").param(appeals[i])
				.query(String.class)
				.single();
		}
		return kinds;
	}

	/** A point in the centre of the district with no street light within 5 metres. */
	private GeoPoint awayFromStreetLights(District district) {
		for (int attempt = 0; attempt < 100; attempt++) {
			GeoPoint point = Reporting.somewhereInTheCentre();
			if (objects.nearest(point, Set.of("street-light"), 5).isEmpty()
					&& territory.locate(point).map(found -> found.id().equals(district.id())).orElse(false)) {
				return point;
			}
		}
		throw new IllegalStateException("Every point tried is next to a street light");
	}

	/** A point of a demo appeal in another district than the one given. */
	private GeoPoint pointOutside(String districtCode) {
		return jdbc.sql("""
				select a.lat, a.lon from reports_appeals a where a.district_id <> ? order by a.number limit 1
				""").param(territory.districts().stream().filter(d -> d.code().equals(districtCode)).findFirst()
				.orElseThrow().id().value())
			.query((rs, row) -> new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")))
			.single();
	}


	@Test
	void theRulePagesNameTheObjectTypesAnAdministratorChoosesByName() throws Exception {
		var light = objects.typeByCode("street-light").orElseThrow();
		var other = objects.types().stream().filter(type -> !type.code().equals("street-light")).findFirst().orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TopicId topic = catalog.create("types-" + suffix, null, new LocalizedText("Типы " + suffix, "Types " + suffix));
		var admin = SignedIn.as(users, DemoAccounts.ADMIN);

		String form = mvc.get().uri("/admin/routing/new?kind=OBJECT_OWNER").with(admin).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).contains("<legend class=\"form-label fs-6\">Типы объектов</legend>")
			.containsPattern("value=\"street-light\"[^>]*>\\s*<label[^>]*>\\s*<span>" + light.name().ru() + "</span>");

		assertThat(mvc.post().uri("/admin/routing/new").with(admin).with(csrf()).param("kind", "OBJECT_OWNER")
			.param("topicId", topic.value().toString()).param("objectTypes", light.code(), other.code())
			.param("radius", "40").param("active", "true")).hasStatus3xxRedirection();
		assertThat(rules.page(new RuleAdministration.Filter(topic, null, null, false), ru.vmeste.shared.PageQuery.of(0, 5))
			.items()).singleElement().satisfies(rule -> assertThat(rule.objectTypes())
				.containsExactlyInAnyOrder(light.code(), other.code()));

		for (String language : java.util.List.of("ru", "en")) {
			java.util.Locale locale = java.util.Locale.of(language);
			String list = mvc.get().uri("/admin/routing?topicId={topic}&lang={language}", topic.value(), language).with(admin)
				.exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(list).contains(light.name().in(locale)).contains(other.name().in(locale))
				.doesNotContain("(" + light.code()).doesNotContain(light.code() + ",").doesNotContain(", " + light.code());
		}
	}

}
