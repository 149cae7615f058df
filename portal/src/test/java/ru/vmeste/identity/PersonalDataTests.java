package ru.vmeste.identity;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.internal.UserAccount;
import ru.vmeste.identity.internal.Users;
import ru.vmeste.reports.Reporting;
import ru.vmeste.reports.Topics;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The resident's personal data under 152-FZ: consent recorded at registration with the policy's
 * version, everything the portal keeps about them downloadable as JSON, and the account deletable,
 * its personal data erased while its published appeals stay, without the name.
 */
@PortalTest
class PersonalDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Users users;

	@Autowired
	Residents residents;

	@Autowired
	IdentitySettings settings;

	@Autowired
	Topics topics;

	private String pothole;

	@BeforeEach
	void topic() {
		pothole = Reporting.topicId(topics, "pothole");
	}

	@Test
	void theRegistrationPageRecordsTheConsentWithThePolicyVersionAndRefusesWithoutIt() {
		String refused = DemoAccounts.uniqueEmail();
		assertThat(registerOnThePage(refused, null)).hasStatusOk()
			.bodyText()
			.contains("Для регистрации нужно согласие на обработку персональных данных.");
		assertThat(users.byEmail(refused)).isEmpty();

		String email = DemoAccounts.uniqueEmail();
		assertThat(registerOnThePage(email, "true")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/registered");
		assertThat(consents(email)).containsExactly(settings.privacy().policyVersion() + " WEB");
		assertThat(mvc.get().uri("/account/register")).bodyText().contains("href=\"/privacy\"");
		assertThat(mvc.get().uri("/privacy")).hasStatusOk().bodyText().contains(settings.privacy().policyVersion());
	}

	@Test
	void theApiRecordsTheConsentOfItsClientAndRefusesAnExplicitNo() {
		String refused = DemoAccounts.uniqueEmail();
		assertThat(registerThroughTheApi(refused, ",\"consent\":false")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(users.byEmail(refused)).isEmpty();

		String email = DemoAccounts.uniqueEmail();
		assertThat(registerThroughTheApi(email, ",\"consent\":true")).hasStatus(HttpStatus.CREATED);
		assertThat(consents(email)).containsExactly(settings.privacy().policyVersion() + " API");
	}

	@Test
	void downloadMyDataHoldsTheAccountTheConsentAndTheAppealsOfTheResidentAlone() {
		String email = DemoAccounts.uniqueEmail();
		String resident = DemoAccounts.newResident(mvc, email);
		String appeal = Reporting.report(mvc, resident, pothole, Reporting.somewhereInTheCentre(), "Яма у моего подъезда");
		String someoneElse = DemoAccounts.newResident(mvc, DemoAccounts.uniqueEmail());
		Reporting.report(mvc, someoneElse, pothole, Reporting.somewhereInTheCentre(), "Чужая яма у другого дома");

		assertThat(mvc.get().uri("/api/v1/me/data").header("Authorization", resident)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.account.email").isEqualTo(email);
				json.assertThat().extractingPath("$.account.name").isEqualTo("Test Resident");
				json.assertThat().extractingPath("$.consents[0].policyVersion").isEqualTo(settings.privacy().policyVersion());
				json.assertThat().extractingPath("$.appeals.authored[*].originalText").asArray()
					.containsExactly("Яма у моего подъезда");
				json.assertThat().extractingPath("$.votes").asArray().isEmpty();
				json.assertThat().extractingPath("$.works.subscriptions").asArray().isEmpty();
				json.assertThat().extractingPath("$.pushDevices").asArray().isEmpty();
				json.assertThat().extractingPath("$.ideas.proposed").asArray().isEmpty();
			});
		assertThat(appeal).isNotBlank();

		assertThat(mvc.get().uri("/account/data").with(SignedIn.as(users, email))).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"vmeste-my-data.json\"")
			.bodyJson()
			.extractingPath("$.account.email")
			.isEqualTo(email);
		assertThat(mvc.get().uri("/api/v1/me/data")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void deletingTheAccountErasesThePersonalDataEndsEverySignInAndKeepsThePublishedAppealWithoutTheName() {
		String email = DemoAccounts.uniqueEmail();
		String resident = DemoAccounts.newResident(mvc, email);
		UserId id = users.byEmail(email).orElseThrow().id();
		String appeal = Reporting.published(mvc, resident, DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), pothole,
				Reporting.somewhereInTheCentre(), "Провал асфальта у остановки");
		assertThat(followers(id)).isPositive();

		assertThat(mvc.delete().uri("/api/v1/me").header("Authorization", resident)).hasStatus(HttpStatus.NO_CONTENT);

		UserAccount erased = users.byId(id).orElseThrow();
		assertThat(erased.deleted()).isTrue();
		assertThat(erased.email()).endsWith("@deleted.invalid").doesNotContain(email);
		assertThat(erased.name()).isEmpty();
		assertThat(erased.phone()).isNull();
		assertThat(erased.address()).isNull();
		assertThat(erased.roles()).isEmpty();
		assertThat(residents.contactOf(id)).isEmpty();
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", resident)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"resident-pass\"}".formatted(email))).hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.text")
			.isEqualTo("Провал асфальта у остановки");
		assertThat(jdbc.sql("select author_id from reports_appeals where id = ?").param(UUID.fromString(appeal))
			.query(UUID.class).single()).isEqualTo(id.value());
		assertThat(mvc.get().uri("/api/v1/appeals/{id}", appeal)).bodyText().doesNotContain("Test Resident", email);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(followers(id)).isZero());

		assertThat(registerThroughTheApi(email, "")).as("the e-mail is free again").hasStatus(HttpStatus.CREATED);
	}

	@Test
	void thePageAsksForThePasswordAndSignsOutAfterDeleting() {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		UserId id = users.byEmail(email).orElseThrow().id();
		assertThat(mvc.get().uri("/account/delete").with(SignedIn.as(users, email))).hasStatusOk()
			.bodyText()
			.contains("Удалить учётную запись навсегда");

		assertThat(mvc.post().uri("/account/delete").with(SignedIn.as(users, email)).with(csrf()).param("password", "wrong"))
			.hasStatusOk()
			.bodyText()
			.contains("Неверный пароль");
		assertThat(users.byId(id).orElseThrow().deleted()).isFalse();

		assertThat(mvc.post()
			.uri("/account/delete")
			.with(SignedIn.as(users, email))
			.with(csrf())
			.param("password", "resident-pass")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/deleted");
		assertThat(users.byId(id).orElseThrow().deleted()).isTrue();
		assertThat(mvc.get().uri("/account/deleted")).hasStatusOk();
	}

	@Test
	void staffAccountsAreNotDeletedByTheirHolders() {
		assertThat(mvc.delete().uri("/api/v1/me").header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR)))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(users.byEmail(DemoAccounts.MODERATOR).orElseThrow().deleted()).isFalse();
		assertThat(mvc.delete().uri("/api/v1/me")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult registerOnThePage(String email, String consent) {
		var request = mvc.post()
			.uri("/account/register")
			.with(csrf())
			.param("email", email)
			.param("password", "a-long-password")
			.param("name", "Согласный житель");
		return (consent == null ? request : request.param("consent", consent)).exchange();
	}

	private MvcTestResult registerThroughTheApi(String email, String extra) {
		return mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"a-long-password\",\"name\":\"Житель\"%s}".formatted(email, extra))
			.exchange();
	}

	private java.util.List<String> consents(String email) {
		UserId id = users.byEmail(email).orElseThrow().id();
		return jdbc.sql("select policy_version || ' ' || channel from identity_consents where user_id = ?")
			.param(id.value())
			.query(String.class)
			.list();
	}

	private long followers(UserId id) {
		return jdbc.sql("select count(*) from reports_appeal_followers where user_id = ?").param(id.value())
			.query(Long.class).single();
	}

}
