package ru.vmeste.moderation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.moderation.internal.TextChecks;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Moderators edit the vocabulary the checks use, the built-in lists being the default: an added
 * pattern is flagged at once, a switched-off built-in one and an allowed word are not, and
 * removing the change restores the default. Only moderators and administrators may.
 */
@PortalTest
class VocabularyPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	TextChecks checks;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToTheBuiltInLists() {
		for (String pattern : new String[] { "мусоровоз*", "мудак*", "хуй*", "ебург" }) {
			if (jdbc.sql("select count(*) from moderation_vocabulary where pattern = ?").param(pattern).query(Integer.class)
				.single() > 0) {
				post("/moderation/vocabulary/restore", moderator(), "pattern", pattern);
			}
		}
	}

	@Test
	void anAddedPatternIsFlaggedAtOnceAndGoesWhenRemoved() {
		assertThat(flagged("Опять мусоровозище сломал бордюр")).isFalse();
		assertThat(post("/moderation/vocabulary", moderator(), "pattern", "Мусоровоз*", "kind", "BLOCK"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(flagged("Опять мусоровозище сломал бордюр")).isTrue();
		assertThat(mvc.get().uri("/moderation/vocabulary?text=мусоровозы во дворе").with(moderator())).hasStatusOk()
			.bodyText()
			.contains("мусоровоз*", "data-trial-found", "<mark class=\"me-1\">мусоровозы</mark>");
		post("/moderation/vocabulary/restore", moderator(), "pattern", "мусоровоз*");
		assertThat(flagged("Опять мусоровозище сломал бордюр")).isFalse();
	}

	@Test
	void aBuiltInPatternSwitchedOffIsNotFlaggedUntilSwitchedOnAgain() {
		assertThat(flagged("Подрядчики — мудаки")).isTrue();
		post("/moderation/vocabulary/off", admin(), "pattern", "мудак*");
		assertThat(flagged("Подрядчики — мудаки")).isFalse();
		assertThat(flagged("мудачьё")).as("the other patterns stay on").isTrue();
		assertThat(mvc.get().uri("/moderation/vocabulary").with(admin())).hasStatusOk()
			.bodyText()
			.contains("text-decoration-line-through");
		post("/moderation/vocabulary/restore", admin(), "pattern", "мудак*");
		assertThat(flagged("Подрядчики — мудаки")).isTrue();
	}

	@Test
	void anAllowedWordIsNeverFlagged() {
		assertThat(flagged("Еду в Ебург на поезде")).isTrue();
		post("/moderation/vocabulary", moderator(), "pattern", "Ебург", "kind", "ALLOW");
		assertThat(flagged("Еду в Ебург на поезде")).isFalse();
		assertThat(flagged("ебучий поезд")).isTrue();
	}

	@Test
	void refusesWhatIsNoPatternAndWhatIsBuiltInAlready() {
		assertThat(post("/moderation/vocabulary", moderator(), "pattern", "x", "kind", "BLOCK"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post("/moderation/vocabulary", moderator(), "pattern", "two words", "kind", "BLOCK"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post("/moderation/vocabulary", moderator(), "pattern", "хуй*", "kind", "BLOCK"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(post("/moderation/vocabulary/off", moderator(), "pattern", "нет-такого*"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyModeratorsAndAdministratorsSeeOrChangeIt() {
		assertThat(mvc.get().uri("/moderation/vocabulary").with(moderator())).hasStatusOk();
		assertThat(mvc.get().uri("/moderation/vocabulary").with(admin())).hasStatusOk();
		for (String email : new String[] { "resident@demo.vmeste", "official@demo.vmeste" }) {
			RequestPostProcessor other = SignedIn.as(users, email);
			assertThat(mvc.get().uri("/moderation/vocabulary").with(other)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(post("/moderation/vocabulary", other, "pattern", "мусоровоз*", "kind", "BLOCK"))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(post("/moderation/vocabulary/off", other, "pattern", "хуй*")).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/moderation/vocabulary")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/moderation/vocabulary/off").param("pattern", "хуй*").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(flagged("хуйня")).isTrue();
	}

	private boolean flagged(String text) {
		return !checks.of(text).profanity().isEmpty();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, RequestPostProcessor user,
			String... params) {
		var request = mvc.post().uri(uri).with(user).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private RequestPostProcessor moderator() {
		return SignedIn.as(users, "moderator@demo.vmeste");
	}

	private RequestPostProcessor admin() {
		return SignedIn.as(users, "admin@demo.vmeste");
	}

}
