package ru.vmeste.ideas;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.internal.Users;
import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages of Suggest in Russian and English: the list and map, an idea with its thread and the
 * forms each role gets, the proposal form, campaigns, the administrator's and the expert's pages,
 * and "my ideas".
 */
@PortalTest
class IdeaPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Test
	void theListAndAnIdeaShowInBothLanguages() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Дворы без луж " + System.nanoTime(), 5, CampaignPhase.PROPOSALS);
		String idea = fixtures.project(fixtures.resident(), campaign, "Водосток у дома на Ленина", 120_000);
		fixtures.publish(idea);
		assertThat(mvc.get().uri("/ideas?campaignId=" + campaign)).hasStatusOk()
			.bodyText()
			.contains("Идеи жителей", "Водосток у дома на Ленина", "Собирает поддержку", "data-ideas-map");
		assertThat(mvc.get().uri("/ideas?campaignId=" + campaign + "&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Propose an idea", "Gathering support");
		assertThat(mvc.get().uri("/ideas/{id}", idea)).hasStatusOk()
			.bodyText()
			.contains("Водосток у дома на Ленина", "data-trail", "Поддержали 0 из 5", "Войдите, чтобы поддержать",
					"moderation-preview");
		assertThat(mvc.get().uri("/ideas/{id}?lang=en", idea)).hasStatusOk().bodyText().contains("0 of 5 supports");
		assertThat(mvc.get().uri("/ideas/{id}", UUID.randomUUID())).hasStatus(404);
	}

	@Test
	void aResidentSupportsOnThePageAndSeesItInMySupports() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Скверы " + System.nanoTime(), 5, CampaignPhase.PROPOSALS);
		String idea = fixtures.project(fixtures.resident(), campaign, "Фонари в сквере Уральских добровольцев", 300_000);
		fixtures.publish(idea);
		Account resident = fixtures.resident();
		assertThat(mvc.post().uri("/ideas/{id}/support", idea).with(csrf()).with(SignedIn.as(users, resident.email())))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/ideas/" + idea);
		assertThat(mvc.get().uri("/ideas/{id}", idea).with(SignedIn.as(users, resident.email()))).hasStatusOk()
			.bodyText()
			.contains("Вы поддержали эту идею.", "Поддержали 1 из 5", "Вы следите за идеей.");
		assertThat(mvc.get().uri("/ideas/mine?tab=supports").with(SignedIn.as(users, resident.email()))).hasStatusOk()
			.bodyText()
			.contains("Фонари в сквере Уральских добровольцев");
		assertThat(mvc.post().uri("/ideas/{id}/support", idea).with(csrf()).with(SignedIn.as(users, DemoAccounts.OFFICIAL)))
			.hasStatus(403);
	}

	@Test
	void theProposalFormCampaignsAndStaffPagesRender() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Набережная " + System.nanoTime(), 5, CampaignPhase.PROPOSALS);
		assertThat(mvc.get().uri("/ideas/new?campaignId=" + campaign).with(SignedIn.as(users, DemoAccounts.RESIDENT)))
			.hasStatusOk()
			.bodyText()
			.contains("Предложить идею", "data-line-picker", "Дорога на ремонт", "similar-ideas");
		assertThat(mvc.get().uri("/ideas/new")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/campaigns")).hasStatusOk().bodyText().contains("Набережная");
		assertThat(mvc.get().uri("/campaigns/{id}", campaign)).hasStatusOk()
			.bodyText()
			.contains("Приём идей", "Предложить идею", "Весь регион");
		assertThat(mvc.get().uri("/manage/campaigns").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Набережная");
		assertThat(mvc.get().uri("/manage/campaigns/new").with(SignedIn.as(users, DemoAccounts.ADMIN))).hasStatusOk();
		assertThat(mvc.get().uri("/manage/campaigns/{id}", campaign).with(SignedIn.as(users, DemoAccounts.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("Перевести на");
		assertThat(mvc.get().uri("/manage/campaigns").with(SignedIn.as(users, DemoAccounts.RESIDENT))).hasStatus(403);
		assertThat(mvc.get().uri("/review").with(SignedIn.as(users, "expert@demo.vmeste"))).hasStatusOk()
			.bodyText()
			.contains("Экспертиза идей");
		assertThat(mvc.get().uri("/review").with(SignedIn.as(users, DemoAccounts.RESIDENT))).hasStatus(403);
		assertThat(mvc.get().uri("/ideas/mine").with(SignedIn.as(users, DemoAccounts.RESIDENT))).hasStatusOk();
		assertThat(mvc.get().uri("/ideas/similar?title=Водосток&text=у дома")).hasStatusOk();
	}

	@Test
	void aProposalRefusedByARuleKeepsWhatWasTyped() {
		assertThat(mvc.post()
			.uri("/ideas/new")
			.with(csrf())
			.with(SignedIn.as(users, DemoAccounts.RESIDENT))
			.param("kind", "ROAD")
			.param("title", "Ремонт улицы Пушкина")
			.param("text", "Ямы по всей длине улицы, нужен ремонт.")).hasStatus(400)
			.bodyText()
			.contains("Нарисуйте участок дороги на карте", "Ремонт улицы Пушкина");
	}

}
