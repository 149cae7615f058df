package ru.vmeste.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.identity.UserId;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The audit log of staff actions: an administrator's change of a user's roles is recorded with
 * who, what, to whom, the roles given, the outcome and the address; a resident's own writes and
 * any ballot are never recorded; the log refuses every change and removal; administrators read it
 * (page and API), nobody else does, and the open data catalog does not offer it.
 */
@PortalTest
class AuditLogTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Residents residents;

	@Autowired
	ApplicationContext context;

	@Test
	void recordsWhoDidWhatToWhomWithTheOutcomeAndTheAddress() {
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		UserId moderator = residents.findByEmail(DemoAccounts.MODERATOR).orElseThrow();

		assertThat(mvc.post().uri("/admin/users/{id}/roles", moderator).with(as(admin, DemoAccounts.ADMIN, Role.ADMIN))
			.with(from("203.0.113.77")).with(csrf()).param("roles", "MODERATOR", "RESIDENT"))
			.hasStatus(HttpStatus.FOUND);

		Map<String, Object> entry = jdbc.sql("""
				select * from audit_staff_actions where action = '/admin/users/{id}/roles' and target = ?
				order by id desc limit 1
				""").param("id=" + moderator).query().singleRow();
		assertThat(entry).containsEntry("actor_id", admin.value())
			.containsEntry("actor_roles", "ADMIN")
			.containsEntry("method", "POST")
			.containsEntry("handler", "UserAdminController#roles")
			.containsEntry("status", 302)
			.containsEntry("address", "203.0.113.77");
		assertThat((String) entry.get("detail")).contains("MODERATOR", "RESIDENT");
	}

	@Test
	void neverRecordsAResidentsOwnWritesNorAnyBallot() {
		long before = count();
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		// an administrator who is also a resident casts a ballot: theirs alone, never in the log
		mvc.post().uri("/api/v1/votes/{id}/ballots", java.util.UUID.randomUUID())
			.with(as(admin, DemoAccounts.ADMIN, Role.ADMIN, Role.RESIDENT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optionIds\":[\"" + java.util.UUID.randomUUID() + "\"]}")
			.exchange();
		UserId resident = residents.findByEmail(DemoAccounts.RESIDENT).orElseThrow();
		// a resident's own write (supporting an appeal; this one does not exist, so nothing changes for other tests)
		mvc.post().uri("/appeals/{id}/support", java.util.UUID.randomUUID())
			.with(as(resident, DemoAccounts.RESIDENT, Role.RESIDENT))
			.with(csrf())
			.exchange();
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_staff_actions where action like '%ballot%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesEveryChangeAndRemoval() {
		mvc.post().uri("/admin/users/{id}/roles", residents.findByEmail(DemoAccounts.MODERATOR).orElseThrow())
			.with(as(residents.findByEmail(DemoAccounts.ADMIN).orElseThrow(), DemoAccounts.ADMIN, Role.ADMIN))
			.with(csrf())
			.param("roles", "MODERATOR", "RESIDENT")
			.exchange();
		assertThat(count()).isPositive();
		assertThatThrownBy(() -> jdbc.sql("update audit_staff_actions set address = 'nowhere'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_staff_actions").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_staff_actions").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void administratorsReadItNobodyElseAndOpenDataDoesNotOfferIt() {
		UserId admin = residents.findByEmail(DemoAccounts.ADMIN).orElseThrow();
		UserId moderator = residents.findByEmail(DemoAccounts.MODERATOR).orElseThrow();
		mvc.post().uri("/admin/users/{id}/roles", moderator).with(as(admin, DemoAccounts.ADMIN, Role.ADMIN)).with(csrf())
			.param("roles", "MODERATOR", "RESIDENT")
			.exchange();

		assertThat(mvc.get().uri("/admin/audit?mentioning={id}", moderator).with(as(admin, DemoAccounts.ADMIN, Role.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("POST /admin/users/{id}/roles", DemoAccounts.ADMIN, "id=" + moderator);
		assertThat(mvc.get().uri("/api/v1/admin/audit?mentioning={id}", moderator)
			.header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].actorId")
			.isEqualTo(admin.toString());
		for (RequestPostProcessor staff : List.of(as(moderator, DemoAccounts.MODERATOR, Role.MODERATOR),
				as(residents.findByEmail(DemoAccounts.OFFICIAL).orElseThrow(), DemoAccounts.OFFICIAL, Role.OFFICIAL,
						Role.VERIFIER, Role.VOTE_MANAGER))) {
			assertThat(mvc.get().uri("/admin/audit").with(staff)).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/api/v1/admin/audit").header("Authorization",
				DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/admin/audit")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/opendata/catalog.json")).hasStatusOk().bodyText().doesNotContainIgnoringCase("audit");
	}

	private long count() {
		return jdbc.sql("select count(*) from audit_staff_actions").query(Long.class).single();
	}

	private static RequestPostProcessor as(UserId id, String email, Role... roles) {
		return user(new PortalUser(id, email, "Сотрудник", EnumSet.of(roles[0], roles), null));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
