package ru.vmeste.ideas;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.identity.Role;
import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in Suggest, role by role: only residents propose and support, only experts
 * and administrators review, only administrators run campaigns; and bad input gets a clear 4xx
 * saying what is wrong.
 */
@PortalTest
class IdeasAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void onlyResidentsPropose() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String body = idea("IDEA", "Больше урн у остановок", "");
		assertThat(status(anonymousPost("/api/v1/ideas", body))).isEqualTo(401);
		assertThat(status(fixtures.post(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), "/api/v1/ideas", body))).isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.expert(), "/api/v1/ideas", body))).isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.account(Set.of(Role.ADMIN)).bearer(), "/api/v1/ideas", body)))
			.isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas", body))).isEqualTo(201);
		assertThat(status(fixtures.post(DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT), "/api/v1/ideas", body)))
			.isEqualTo(201);
	}

	@Test
	void onlyResidentsSupportOnceAndTakeItBack() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String idea = publishedProject(fixtures, CampaignPhase.PROPOSALS);
		String supports = "/api/v1/ideas/" + idea + "/supports";
		assertThat(status(anonymousPost(supports, ""))).isEqualTo(401);
		assertThat(status(fixtures.post(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), supports, ""))).isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.expert(), supports, ""))).isEqualTo(403);
		Account resident = fixtures.resident();
		assertThat(status(fixtures.post(resident.bearer(), supports, ""))).isEqualTo(201);
		MvcTestResult again = fixtures.post(resident.bearer(), supports, "");
		assertThat(status(again)).isEqualTo(409);
		assertThat(detail(again)).isEqualTo("Вы уже поддержали эту идею.");
		assertThat(status(mvc.delete().uri(supports).header("Authorization", resident.bearer()).exchange())).isEqualTo(204);
		assertThat(status(mvc.delete().uri(supports).header("Authorization", resident.bearer()).exchange())).isEqualTo(404);
		assertThat(status(fixtures.post(resident.bearer(), supports, ""))).as("supports again after taking it back")
			.isEqualTo(201);
	}

	@Test
	void onlyExpertsAndAdministratorsReview() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Экспертиза " + System.nanoTime(), 1, CampaignPhase.PROPOSALS);
		String idea = fixtures.project(fixtures.resident(), campaign, "Новые лавочки на набережной", 100_000);
		fixtures.publish(idea);
		fixtures.supporters(idea, 1);
		fixtures.phase(campaign, CampaignPhase.REVIEW);
		assertThat(status(fixtures.review(fixtures.resident().bearer(), idea, "FEASIBLE", 90_000L, null))).isEqualTo(403);
		assertThat(status(fixtures.review(fixtures.moderator(), idea, "FEASIBLE", 90_000L, null))).isEqualTo(403);
		assertThat(status(fixtures.review(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), idea, "FEASIBLE", 90_000L, null)))
			.isEqualTo(403);
		assertThat(status(fixtures.review(fixtures.expert(), idea, "FEASIBLE", 90_000L, null))).isEqualTo(200);
		assertThat(status(fixtures.review(fixtures.admin(), idea, "NOT_FEASIBLE", null, "Участок в федеральной собственности")))
			.isEqualTo(200);
		assertThat(fixtures.statusOf(idea)).isEqualTo("NOT_FEASIBLE");
		assertThat(status(mvc.get().uri("/api/v1/review/ideas").header("Authorization", fixtures.expert()).exchange()))
			.isEqualTo(200);
		assertThat(status(mvc.get().uri("/api/v1/review/ideas").header("Authorization", fixtures.resident().bearer())
			.exchange())).isEqualTo(403);
	}

	@Test
	void onlyAdministratorsRunCampaigns() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String json = fixtures.campaignJson("Кампания по правам " + System.nanoTime(), 5, CampaignPhase.PROPOSALS, 500_000);
		assertThat(status(anonymousPost("/api/v1/campaigns", json))).isEqualTo(401);
		assertThat(status(fixtures.post(fixtures.resident().bearer(), "/api/v1/campaigns", json))).isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.moderator(), "/api/v1/campaigns", json))).isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.expert(), "/api/v1/campaigns", json))).isEqualTo(403);
		assertThat(status(fixtures.post(DemoAccounts.bearer(mvc, DemoAccounts.OFFICIAL), "/api/v1/campaigns", json)))
			.isEqualTo(403);
		MvcTestResult created = fixtures.post(fixtures.admin(), "/api/v1/campaigns", json);
		assertThat(status(created)).isEqualTo(201);
		String campaign = JsonPath.read(IdeasFixtures.body(created), "$.id");
		String phase = "{\"phase\":\"SUPPORT\"}";
		assertThat(status(fixtures.post(fixtures.resident().bearer(), "/api/v1/campaigns/" + campaign + "/phase", phase)))
			.isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.expert(), "/api/v1/campaigns/" + campaign + "/vote", ""))).isEqualTo(403);
		assertThat(status(mvc.put().uri("/api/v1/campaigns/{id}", campaign).header("Authorization", fixtures.resident().bearer())
			.contentType("application/json").content(json).exchange())).isEqualTo(403);
		assertThat(status(fixtures.post(fixtures.admin(), "/api/v1/campaigns/" + campaign + "/phase", phase))).isEqualTo(200);
		MvcTestResult backwards = fixtures.post(fixtures.admin(), "/api/v1/campaigns/" + campaign + "/phase",
				"{\"phase\":\"PROPOSALS\"}");
		assertThat(status(backwards)).isEqualTo(409);
		assertThat(detail(backwards)).isEqualTo("Кампания переходит только к следующим этапам.");
	}

	@Test
	void anUnknownCampaignIsAClearRefusal() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		MvcTestResult proposed = fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas",
				idea("IDEA", "Идея для несуществующей кампании", ",\"campaignId\":\"" + UUID.randomUUID() + "\""));
		assertThat(status(proposed)).isEqualTo(400);
		assertThat(detail(proposed)).isEqualTo("Такой кампании нет.");
		MvcTestResult read = mvc.get().uri("/api/v1/campaigns/{id}", UUID.randomUUID()).exchange();
		assertThat(status(read)).isEqualTo(404);
		assertThat(detail(read)).isEqualTo("Такой кампании нет.");
		assertThat(status(fixtures.post(fixtures.admin(), "/api/v1/campaigns/" + UUID.randomUUID() + "/vote", "")))
			.isEqualTo(404);
	}

	@Test
	void supportInTheWrongPhaseIsRefused() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Поддержка не вовремя " + System.nanoTime(), 10, CampaignPhase.PROPOSALS);
		String idea = fixtures.project(fixtures.resident(), campaign, "Освещение во дворе на Пушкина", 150_000);
		fixtures.publish(idea);
		fixtures.phase(campaign, CampaignPhase.REVIEW);
		MvcTestResult support = fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas/" + idea + "/supports", "");
		assertThat(status(support)).isEqualTo(409);
		assertThat(detail(support)).isEqualTo("На этом этапе кампания не принимает поддержку.");
		MvcTestResult late = fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas",
				idea("IDEA", "Поздняя идея для кампании", ",\"campaignId\":\"" + campaign + "\""));
		assertThat(status(late)).isEqualTo(409);
		assertThat(detail(late)).isEqualTo("На этом этапе кампания не принимает новые идеи.");
	}

	@Test
	void aRoadNeedsALine() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String resident = fixtures.resident().bearer();
		MvcTestResult without = fixtures.post(resident, "/api/v1/ideas",
				idea("ROAD", "Отремонтировать улицу Луначарского", ",\"lat\":58.01,\"lon\":56.24"));
		assertThat(status(without)).isEqualTo(400);
		assertThat(detail(without)).isEqualTo("Нарисуйте участок дороги на карте (GeoJSON LineString).");
		MvcTestResult point = fixtures.post(resident, "/api/v1/ideas", idea("ROAD", "Отремонтировать улицу Куйбышева",
				",\"geometry\":{\"type\":\"Point\",\"coordinates\":[56.24,58.01]}"));
		assertThat(status(point)).isEqualTo(400);
		assertThat(detail(point)).isEqualTo("Участок дороги — это GeoJSON LineString хотя бы из двух разных точек.");
		MvcTestResult line = fixtures.post(resident, "/api/v1/ideas", idea("ROAD", "Отремонтировать улицу Петропавловскую",
				",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[56.2400,58.0100],[56.2450,58.0105]]}"));
		assertThat(status(line)).isEqualTo(201);
		assertThat((Double) JsonPath.read(IdeasFixtures.body(line), "$.lat")).isBetween(58.0100, 58.0105);
	}

	@Test
	void aCostIsMoreThanZero() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		MvcTestResult proposed = fixtures.post(fixtures.resident().bearer(), "/api/v1/ideas",
				idea("PROJECT", "Детская площадка даром", ",\"lat\":58.0106,\"lon\":56.2420,\"estimatedCost\":0"));
		assertThat(status(proposed)).isEqualTo(400);
		assertThat(detail(proposed)).isEqualTo("Стоимость должна быть больше нуля рублей.");
		String campaign = fixtures.campaign("Стоимость " + System.nanoTime(), 1, CampaignPhase.PROPOSALS);
		String idea = fixtures.project(fixtures.resident(), campaign, "Беседка в парке Горького", 200_000);
		fixtures.publish(idea);
		fixtures.supporters(idea, 1);
		fixtures.phase(campaign, CampaignPhase.REVIEW);
		MvcTestResult negative = fixtures.review(fixtures.expert(), idea, "FEASIBLE", -5L, null);
		assertThat(status(negative)).isEqualTo(400);
		assertThat(detail(negative)).isEqualTo("Стоимость должна быть больше нуля рублей.");
		MvcTestResult missing = fixtures.review(fixtures.expert(), idea, "FEASIBLE", null, null);
		assertThat(status(missing)).isEqualTo(400);
		assertThat(detail(missing)).isEqualTo("Для реализуемой идеи нужна оценка стоимости.");
	}

	private static String idea(String kind, String title, String extra) {
		return "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"text\":\"Подробное описание: " + title + "\"" + extra
				+ "}";
	}

	private String publishedProject(IdeasFixtures fixtures, CampaignPhase phase) {
		String campaign = fixtures.campaign("Права " + System.nanoTime(), 50, phase);
		String idea = fixtures.project(fixtures.resident(), campaign, "Тротуар вдоль улицы Мира", 500_000);
		fixtures.publish(idea);
		return idea;
	}

	private MvcTestResult anonymousPost(String uri, String json) {
		return mvc.post().uri(uri).contentType("application/json").content(json).exchange();
	}

	private static int status(MvcTestResult result) {
		return result.getResponse().getStatus();
	}

	private static String detail(MvcTestResult result) {
		return JsonPath.read(IdeasFixtures.body(result), "$.detail");
	}

}
