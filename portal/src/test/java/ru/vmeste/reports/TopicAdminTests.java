package ru.vmeste.reports;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Administrators keep the topic catalog; a retired topic takes no new appeals but old ones keep it.
 */
@PortalTest
class TopicAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Topics topics;

	@Autowired
	Residents residents;

	@Test
	void anAdministratorCreatesAsksRetiresAndRestoresATopic() {
		PortalUser admin = Reporting.signedIn(residents, DemoAccounts.ADMIN, Role.ADMIN, Role.RESIDENT);
		String code = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post().uri("/admin/topics").with(user(admin)).with(csrf())
			.param("code", code).param("groupId", Reporting.topicId(topics, "yards"))
			.param("nameRu", "Сломана скамейка у подъезда").param("nameEn", "Broken bench")).hasStatus(HttpStatus.FOUND);
		Topic topic = topics.byCode(code).orElseThrow();
		assertThat(topics.find(topic.id()).orElseThrow().active()).isTrue();
		assertThat(mvc.post().uri("/admin/topics/{id}/questions", topic.id().value()).with(user(admin)).with(csrf())
			.param("labelRu", "Сколько скамеек?").param("numeric", "true").param("required", "true"))
			.hasStatus(HttpStatus.FOUND);

		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		assertThat(Reporting.submit(mvc, resident, topic.id().toString(), Reporting.somewhereInTheCentre(), "Скамейка"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Ответьте на вопрос «Сколько скамеек?».");

		assertThat(mvc.post().uri("/admin/topics/{id}/active", topic.id().value()).with(user(admin)).with(csrf())
			.param("active", "false")).hasStatus(HttpStatus.FOUND);
		assertThat(topics.find(topic.id()).orElseThrow().active()).isFalse();
		assertThat(Reporting.submit(mvc, resident, topic.id().toString(), Reporting.somewhereInTheCentre(), "Скамейка"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Эта тематика больше не принимает обращения; выберите другую.");
		assertThat(mvc.get().uri("/appeals/new").with(user(Reporting.signedIn(residents, DemoAccounts.RESIDENT))))
			.bodyText()
			.doesNotContain("Сломана скамейка у подъезда");
		assertThat(mvc.get().uri("/api/v1/topics")).bodyText().contains(code);

		assertThat(mvc.post().uri("/admin/topics/{id}/active", topic.id().value()).with(user(admin)).with(csrf())
			.param("active", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(topics.find(topic.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void reordersTopicsWithinTheirGroup() {
		PortalUser admin = Reporting.signedIn(residents, DemoAccounts.ADMIN, Role.ADMIN);
		Topic first = topics.byCode("tree-fallen").orElseThrow();
		Topic second = topics.byCode("tree-dangerous").orElseThrow();
		assertThat(mvc.post().uri("/admin/topics/{id}/move", second.id().value()).with(user(admin)).with(csrf())
			.param("up", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(topics.all()).containsSubsequence(topics.find(second.id()).orElseThrow(),
				topics.find(first.id()).orElseThrow());
		mvc.post().uri("/admin/topics/{id}/move", second.id().value()).with(user(admin)).with(csrf()).param("up", "false")
			.exchange();
	}

	@Test
	void refusesBadCodesAndKeepsTheCatalogToAdministrators() {
		PortalUser admin = Reporting.signedIn(residents, DemoAccounts.ADMIN, Role.ADMIN);
		assertThat(mvc.post().uri("/admin/topics").with(user(admin)).with(csrf()).param("code", "Яма!")
			.param("nameRu", "Яма")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Код — от 2 до 40 строчных латинских букв, цифр и дефисов.");
		assertThat(mvc.post().uri("/admin/topics").with(user(admin)).with(csrf()).param("code", "pothole")
			.param("nameRu", "Яма")).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.get().uri("/admin/topics").with(user(admin))).hasStatusOk().bodyText().contains("Яма на дороге");
		for (PortalUser other : new PortalUser[] { Reporting.signedIn(residents, DemoAccounts.RESIDENT),
				Reporting.signedIn(residents, DemoAccounts.MODERATOR, Role.MODERATOR, Role.RESIDENT),
				Reporting.signedIn(residents, DemoAccounts.OFFICIAL, Role.OFFICIAL) }) {
			assertThat(mvc.get().uri("/admin/topics").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/admin/topics")).hasStatus(HttpStatus.FOUND);
	}

}
