package ru.vmeste.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
class UserAdministrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Test
	void anAdministratorFindsAnAccountAndMakesItAnOfficial() {
		String email = DemoAccounts.uniqueEmail();
		DemoAccounts.newResident(mvc, email);
		assertThat(mvc.get().uri("/admin/users?q=" + email.substring(0, 12)).with(SignedIn.as(users, DemoAccounts.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains(email);
		UserId id = users.byEmail(email).orElseThrow().id();
		assertThat(mvc.post()
			.uri("/admin/users/" + id + "/roles")
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("roles", "RESIDENT", "OFFICIAL")).hasStatus(HttpStatus.FOUND);
		assertThat(users.byId(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.OFFICIAL);
	}

	@Test
	void anAdministratorCannotDropTheirOwnAdminRole() {
		UserId admin = users.byEmail(DemoAccounts.ADMIN).orElseThrow().id();
		assertThat(mvc.post()
			.uri("/admin/users/" + admin + "/roles")
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("roles", "RESIDENT")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(users.byId(admin).orElseThrow().roles()).contains(Role.ADMIN);
	}

	@Test
	void nobodyButAnAdministratorChangesRoles() {
		UserId resident = users.byEmail(DemoAccounts.RESIDENT).orElseThrow().id();
		for (String account : new String[] { DemoAccounts.RESIDENT, DemoAccounts.MODERATOR, DemoAccounts.OFFICIAL }) {
			assertThat(mvc.post()
				.uri("/admin/users/" + resident + "/roles")
				.with(csrf())
				.with(SignedIn.as(users, account))
				.param("roles", "ADMIN")).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(users.byId(resident).orElseThrow().roles()).containsExactly(Role.RESIDENT);
	}

}
