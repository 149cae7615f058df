package ru.vmeste.reports;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
	Users users;

	@Test
	void anAdministratorCreatesAsksRetiresAndRestoresATopic() {
		RequestPostProcessor admin = SignedIn.as(users, DemoAccounts.ADMIN);
		String code = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post().uri("/admin/topics").with(admin).with(csrf())
			.param("code", code).param("groupId", Reporting.topicId(topics, "yards"))
			.param("nameRu", "Сломана скамейка у подъезда").param("nameEn", "Broken bench")).hasStatus(HttpStatus.FOUND);
		Topic topic = topics.byCode(code).orElseThrow();
		assertThat(topics.find(topic.id()).orElseThrow().active()).isTrue();
		assertThat(mvc.post().uri("/admin/topics/{id}/questions", topic.id().value()).with(admin).with(csrf())
			.param("labelRu", "Сколько скамеек?").param("numeric", "true").param("required", "true"))
			.hasStatus(HttpStatus.FOUND);

		String resident = DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT);
		assertThat(Reporting.submit(mvc, resident, topic.id().toString(), Reporting.somewhereInTheCentre(), "Скамейка"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Ответьте на вопрос «Сколько скамеек?».");

		assertThat(mvc.post().uri("/admin/topics/{id}/active", topic.id().value()).with(admin).with(csrf())
			.param("active", "false")).hasStatus(HttpStatus.FOUND);
		assertThat(topics.find(topic.id()).orElseThrow().active()).isFalse();
		assertThat(Reporting.submit(mvc, resident, topic.id().toString(), Reporting.somewhereInTheCentre(), "Скамейка"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Эта тематика больше не принимает обращения; выберите другую.");
		assertThat(mvc.get().uri("/appeals/new").with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.bodyText()
			.doesNotContain("Сломана скамейка у подъезда");
		assertThat(mvc.get().uri("/api/v1/topics")).bodyText().contains(code);

		assertThat(mvc.post().uri("/admin/topics/{id}/active", topic.id().value()).with(admin).with(csrf())
			.param("active", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(topics.find(topic.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void reordersTopicsWithinTheirGroup() {
		RequestPostProcessor admin = SignedIn.as(users, DemoAccounts.ADMIN);
		Topic first = topics.byCode("tree-fallen").orElseThrow();
		Topic second = topics.byCode("tree-dangerous").orElseThrow();
		assertThat(mvc.post().uri("/admin/topics/{id}/move", second.id().value()).with(admin).with(csrf())
			.param("up", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(topics.all()).containsSubsequence(topics.find(second.id()).orElseThrow(),
				topics.find(first.id()).orElseThrow());
		mvc.post().uri("/admin/topics/{id}/move", second.id().value()).with(admin).with(csrf()).param("up", "false")
			.exchange();
	}

	@Test
	void refusesBadCodesAndKeepsTheCatalogToAdministrators() {
		RequestPostProcessor admin = SignedIn.as(users, DemoAccounts.ADMIN);
		assertThat(mvc.post().uri("/admin/topics").with(admin).with(csrf()).param("code", "Яма!")
			.param("nameRu", "Яма")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Код — от 2 до 40 строчных латинских букв, цифр и дефисов.");
		assertThat(mvc.post().uri("/admin/topics").with(admin).with(csrf()).param("code", "pothole")
			.param("nameRu", "Яма")).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.get().uri("/admin/topics").with(admin)).hasStatusOk().bodyText().contains("Яма на дороге");
		for (RequestPostProcessor other : new RequestPostProcessor[] { SignedIn.as(users, DemoAccounts.RESIDENT),
				SignedIn.as(users, DemoAccounts.MODERATOR),
				SignedIn.as(users, DemoAccounts.OFFICIAL) }) {
			assertThat(mvc.get().uri("/admin/topics").with(other)).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/admin/topics")).hasStatus(HttpStatus.FOUND);
	}

}
