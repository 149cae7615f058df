package ru.vmeste.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Contact;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organization;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.reports.routing.RoutingRule;
import ru.vmeste.reports.routing.RuleAdministration;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Nobody's appeal lands where no one can answer it (issue 15, point 1): every organization the
 * demo's routing rules name has an official who opens and answers an appeal sent there; a rule
 * for an organization without officials cannot be saved; when an organization loses its last
 * official, its rules are listed as dead ends and its appeals go to the default organization to
 * be routed by hand.
 */
@PortalTest
class DemoRoutingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Organizations organizations;

	@Autowired
	Residents residents;

	@Autowired
	RuleAdministration rules;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	Users users;

	@Test
	void everyOrganizationTheDemoRulesNameHasAnOfficialWhoOpensAndAnswersItsAppeals() {
		List<RoutingRule> active = rules.page(new RuleAdministration.Filter(null, null, null, false), PageQuery.of(0, 200))
			.items();
		Set<OrganizationId> targets = active.stream()
			.map(RoutingRule::organization)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		assertThat(targets).as("the demo's rules name organizations").hasSizeGreaterThan(10);
		assertThat(rules.dead()).as("no demo rule is a dead end").isEmpty();

		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		String moderator = DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR);
		String roadsOfficial = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		OrganizationId roads = organizations.byCode("perm-roads").orElseThrow().id();
		Workspace workspace = new Workspace(mvc);
		for (OrganizationId target : targets) {
			String code = organizations.find(target).map(Organization::code).orElseThrow();
			Contact official = organizations.membersOf(target)
				.stream()
				.filter(member -> residents.hasRole(member.official(), Role.OFFICIAL))
				.findFirst()
				.flatMap(member -> residents.contactOf(member.official()))
				.orElseThrow(() -> new AssertionError("no official in " + code));
			String appeal = Reporting.published(mvc, resident, moderator, Reporting.topicId(topics, "pothole"),
					Reporting.somewhereInTheCentre(), "Яма у дома, проверка маршрута в " + code + " " + System.nanoTime());
			if (!target.equals(roads)) {
				assertThat(workspace.post(roadsOfficial, appeal, "reroute",
						"{\"organizationId\":\"" + target + "\",\"reason\":\"Проверка: отвечает " + code + "\"}"))
					.hasStatus(HttpStatus.NO_CONTENT);
			}
			String bearer = DemoAccounts.bearer(mvc, official.email());
			assertThat(workspace.staffView(bearer, appeal)).as("%s opens the appeal", code).hasStatusOk();
			assertThat(workspace.answer(bearer, appeal, "Ответ организации " + code)).as("%s answers", code)
				.hasStatus(HttpStatus.CREATED);
		}
	}

	@Test
	void anAdministratorCannotSaveARuleWhoseOrganizationHasNoOfficial() {
		Organization nobody = organizations.byCode("perm-order").orElseThrow();
		assertThat(organizations.officialCounts()).doesNotContainKey(nobody.id());
		TopicId graffiti = topics.byCode("graffiti").orElseThrow().id();

		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> rules.create(RoutingRule.area(UUID.randomUUID(), graffiti, null, nobody.id())))
			.satisfies(refusal -> assertThat(refusal.messageCode()).isEqualTo("reports.routing.rule.no-officials"));
		assertThat(mvc.post()
			.uri("/admin/routing/new")
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.with(csrf())
			.param("kind", "AREA")
			.param("topicId", graffiti.toString())
			.param("organizationId", nobody.id().toString())
			.param("active", "true")).bodyText()
			.contains("нет ни одного должностного лица");
		assertThat(rules.page(new RuleAdministration.Filter(graffiti, null, nobody.id(), true), PageQuery.of(0, 10))
			.items()).isEmpty();
	}

	@Test
	void whenAnOrganizationLosesItsLastOfficialItsRulesAreListedAndItsAppealsAreRoutedByHand() {
		Organization water = organizations.byCode("perm-water").orElseThrow();
		Contact official = organizations.membersOf(water.id())
			.stream()
			.findFirst()
			.flatMap(member -> residents.contactOf(member.official()))
			.orElseThrow();
		administration.removeMember(water.id(), official.user());
		try {
			assertThat(rules.dead()).extracting(RoutingRule::organization).contains(water.id());
			String appeal = Reporting.published(mvc, DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT),
					DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), Reporting.topicId(topics, "manhole-open"),
					Reporting.somewhereInTheCentre(), "Открытый люк во дворе, проверка " + System.nanoTime());
			String json = Reporting.body(mvc.get().uri("/api/v1/appeals/{id}", appeal).exchange());
			assertThat((String) JsonPath.read(json, "$.organizationId"))
				.isEqualTo(organizations.defaultModerator().id().toString());

			assertThat(mvc.get().uri("/admin/routing").with(SignedIn.as(users, DemoAccounts.ADMIN))).bodyText()
				.contains("id=\"dead-rules\"", water.name().ru());
			assertThat(mvc.get().uri("/admin/organizations").with(SignedIn.as(users, DemoAccounts.ADMIN))).bodyText()
				.contains("id=\"without-officials\"", water.name().ru());
			String list = Reporting.body(mvc.get().uri("/api/v1/organizations").exchange());
			assertThat(JsonPath.<List<Integer>>read(list, "$[?(@.code == 'perm-water')].officialCount")).containsExactly(0);
			// other tests of the shared context may add officials to the road organization: at least its demo one
			assertThat(JsonPath.<List<Integer>>read(list, "$[?(@.code == 'perm-roads')].officialCount")).singleElement()
				.satisfies(count -> assertThat(count).isPositive());
		}
		finally {
			administration.addMember(water.id(), official.email(), MemberRole.HEAD);
		}
		assertThat(rules.dead()).isEmpty();
	}

}
