package ru.vmeste.organizations;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
class OrganizationAdministrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	Organizations organizations;

	@Test
	void anAdministratorCreatesAnOrganizationUnderAnother() {
		String parent = organizations.byCode("perm-city").orElseThrow().id().toString();
		assertThat(mvc.post()
			.uri("/admin/organizations/new")
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("code", "test-parks-north")
			.param("nameRu", "Парки севера")
			.param("nameEn", "Northern parks")
			.param("kind", "MUNICIPAL_COMPANY")
			.param("parentId", parent)
			.param("email", "parks@perm.example")).hasStatus(HttpStatus.FOUND);
		Organization created = organizations.byCode("test-parks-north").orElseThrow();
		assertThat(created.parent()).hasToString(parent);
		assertThat(created.contacts().email()).isEqualTo("parks@perm.example");
	}

	@Test
	void refusesToPlaceAnOrganizationUnderItsOwnDepartment() {
		Organization city = organizations.byCode("perm-city").orElseThrow();
		Organization roads = organizations.byCode("perm-roads").orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/organizations/" + city.id())
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("code", city.code())
			.param("nameRu", city.name().ru())
			.param("kind", city.kind().name())
			.param("parentId", roads.id().toString())).hasStatusOk()
			.bodyText()
			.contains("Организацию нельзя подчинить ей самой или её собственному подразделению.");
		assertThat(organizations.find(city.id()).orElseThrow().parent()).isNull();
	}

	@Test
	void theFormOffersNeitherTheOrganizationItselfNorItsDepartmentsAsParent() throws Exception {
		Organization city = organizations.byCode("perm-city").orElseThrow();
		Organization roads = organizations.byCode("perm-roads").orElseThrow();
		assertThat(roads.parent()).isEqualTo(city.id());
		String form = mvc.get()
			.uri("/admin/organizations/" + city.id())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).doesNotContain("value=\"" + city.id() + "\"").doesNotContain("value=\"" + roads.id() + "\"");
		String roadsForm = mvc.get()
			.uri("/admin/organizations/" + roads.id())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(roadsForm).contains("value=\"" + city.id() + "\"").doesNotContain("value=\"" + roads.id() + "\"");
	}

	@Test
	void addsOnlyAccountsWithTheOfficialRoleAsMembers() {
		Organization roads = organizations.byCode("perm-roads").orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/organizations/" + roads.id() + "/members")
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))
			.param("email", DemoAccounts.RESIDENT)
			.param("role", "EXECUTOR")).hasStatus(HttpStatus.FOUND);
		assertThat(organizations.membersOf(roads.id())).extracting(Organizations.Membership::official)
			.doesNotContain(users.byEmail(DemoAccounts.RESIDENT).orElseThrow().id());
		assertThat(organizations.membersOf(roads.id())).extracting(Organizations.Membership::official)
			.contains(users.byEmail(DemoAccounts.OFFICIAL).orElseThrow().id());
	}

	@Test
	void aDryRunListsEveryBadLineAndImportsNothing() {
		String csv = """
				code;name_ru;name_en;kind;parent_code;district_code;phone;email;address;working_hours
				test-import-ok;Хорошая;Good;DEPARTMENT;perm-city;;;;;
				Bad Code;Плохой код;Bad;DEPARTMENT;;;;;;
				test-import-kind;Вид;Kind;MINISTRY;;;;;;
				test-import-parent;Родитель;Parent;DEPARTMENT;no-such-parent;;;;;
				test-import-district;Район;District;DEPARTMENT;;atlantis;;;;
				too;few;fields
				""";
		assertThat(mvc.post()
			.uri("/admin/organizations/import")
			.multipart()
			.file(new MockMultipartFile("file", "orgs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Ничего не импортировано: ошибки в 5 строках.", "Недопустимый код «Bad Code».",
					"Неизвестный вид «MINISTRY».", "Неизвестная вышестоящая организация «no-such-parent».",
					"Неизвестный район «atlantis».", "Ожидалось 10 полей, найдено 3.");
		assertThat(organizations.byCode("test-import-ok")).isEmpty();
	}

	@Test
	void importsACorrectFileWhenAsked() {
		String csv = """
				test-import-a;Отдел А;Unit A;DEPARTMENT;perm-city;leninsky;+7 342 1;a@perm.example;ул. Ленина, 1;9-18
				test-import-b;Отдел Б;Unit B;DEPARTMENT;test-import-a;;;;;
				""";
		assertThat(mvc.post()
			.uri("/admin/organizations/import")
			.multipart()
			.file(new MockMultipartFile("file", "orgs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("apply", "true")
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk().bodyText().contains("Импортировано: новых 2");
		Organization a = organizations.byCode("test-import-a").orElseThrow();
		assertThat(organizations.byCode("test-import-b").orElseThrow().parent()).isEqualTo(a.id());
		assertThat(a.district()).isNotNull();
	}

	@Test
	void keepsOrganizationPagesForAdministrators() {
		assertThat(mvc.get().uri("/admin/organizations").with(SignedIn.as(users, DemoAccounts.OFFICIAL)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/calendar").with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/organizations").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("МКУ «Пермблагоустройство»");
	}

}
