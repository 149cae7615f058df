package ru.vmeste.reports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.organizations.MemberRole;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.organizations.internal.OrganizationAdministration;
import ru.vmeste.reports.Officials.Official;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the organization an appeal is routed to works on it: an official of another
 * organization sees neither its internal side nor may answer or send it on, and only the
 * author rates the answer.
 */
@PortalTest
class WorkspaceAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Users users;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	Organizations organizations;

	Workspace workspace;

	Officials officials;

	String official;

	String resident;

	String appeal;

	/** An official of the street lighting company, while the pothole goes to the road maintenance company. */
	Official stranger;

	@BeforeEach
	void publishAPothole() {
		workspace = new Workspace(mvc);
		officials = new Officials(mvc, users, administration, organizations);
		official = DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL);
		resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		appeal = Reporting.published(mvc, resident, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR),
				Reporting.topicId(topics, "pothole"), Reporting.somewhereInTheCentre(), "Яма у пешеходного перехода");
		stranger = officials.of("perm-light", MemberRole.HEAD);
	}

	@Test
	void anOfficialOfAnotherOrganizationSeesNoInternalComments() {
		String comment = "Внутреннее: подрядчик " + appeal.substring(0, 8);
		assertThat(workspace.post(official, appeal, "comments", "{\"text\":\"" + comment + "\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(workspace.staffView(official, appeal)).hasStatusOk().bodyText().contains(comment);

		assertThat(workspace.staffView(stranger.bearer(), appeal)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.doesNotContain(comment);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal).header("Authorization", stranger.bearer()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(comment);
		assertThat(Reporting.body(workspace.inbox(stranger.bearer(), "OPEN"))).doesNotContain(appeal);
	}

	@Test
	void anOfficialOfAnotherOrganizationCannotAnswer() {
		assertThat(workspace.answer(stranger.bearer(), appeal, "Не наше, но ответим")).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("ROUTED");
			json.assertThat().extractingPath("$.answer").isNull();
		});
	}

	@Test
	void anOfficialOfAnotherOrganizationCannotSendTheAppealOnButTheResponsibleOneCan() {
		String roads = organizations.byCode("perm-roads").orElseThrow().id().toString();
		String water = organizations.byCode("perm-water").orElseThrow().id().toString();
		String reroute = "{\"organizationId\":\"" + water + "\",\"reason\":\"Это люк, а не яма\"}";

		assertThat(workspace.post(stranger.bearer(), appeal, "reroute", reroute)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson()
			.extractingPath("$.organizationId")
			.isEqualTo(roads);

		assertThat(workspace.post(official, appeal, "reroute", reroute)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.organizationId").isEqualTo(water);
			json.assertThat().extractingPath("$.history[*].change").asArray().endsWith("ROUTED", "REROUTED");
		});
	}

	@Test
	void aResidentCannotRateSomeoneElsesAppeal() {
		assertThat(workspace.answer(official, appeal, "Яму заделали")).hasStatus(HttpStatus.CREATED);
		String neighbour = DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail());

		assertThat(workspace.rate(neighbour, appeal, 1, false, "Не верю")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(workspace.rate(stranger.bearer(), appeal, 1, false, "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/appeals/{id}/rating", appeal)
			.contentType("application/json")
			.content("{\"score\":1,\"solved\":false}")).hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.status").isEqualTo("ANSWERED");
			json.assertThat().extractingPath("$.rating").isNull();
		});
	}

}
