package ru.vmeste.ideas;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.ideas.IdeasFixtures.Account;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign through the API from proposals to the vote: projects are moderated, supported over
 * the threshold, reviewed by the expert and put on a participatory-budget vote whose options
 * are the feasible projects with their costs.
 */
@PortalTest
class CampaignFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void feasibleProjectsOverTheThresholdBecomeTheOptionsOfABudgetVote() {
		IdeasFixtures fixtures = new IdeasFixtures(context);
		String campaign = fixtures.campaign("Бюджет двора " + System.nanoTime(), 2, CampaignPhase.PROPOSALS);
		Account author = fixtures.resident();
		String swings = fixtures.project(author, campaign, "Качели во дворе на Ленина", 400_000);
		String benches = fixtures.project(author, campaign, "Скамейки у сквера Театральный", 250_000);
		String fountain = fixtures.project(author, campaign, "Фонтан в сквере на Сибирской", 900_000);
		assertThat(fixtures.statusOf(swings)).isEqualTo("MODERATION");
		fixtures.publish(swings);
		fixtures.publish(benches);
		fixtures.publish(fountain);

		fixtures.supporters(swings, 2);
		fixtures.supporters(benches, 3);
		fixtures.supporters(fountain, 1);
		assertThat(fixtures.statusOf(swings)).isEqualTo("THRESHOLD_REACHED");
		assertThat(fixtures.statusOf(benches)).isEqualTo("THRESHOLD_REACHED");
		assertThat(fixtures.statusOf(fountain)).isEqualTo("PUBLISHED");

		fixtures.phase(campaign, CampaignPhase.REVIEW);
		String expert = fixtures.expert();
		assertThat(fixtures.review(expert, swings, "FEASIBLE", 380_000L, "Смета проверена").getResponse().getStatus())
			.isEqualTo(200);
		assertThat(fixtures.review(expert, benches, "FEASIBLE", 200_000L, null).getResponse().getStatus()).isEqualTo(200);
		assertThat(fixtures.review(expert, fountain, "FEASIBLE", 900_000L, null).getResponse().getStatus())
			.as("an idea under its threshold is not reviewed")
			.isEqualTo(409);

		var started = fixtures.post(fixtures.admin(), "/api/v1/campaigns/" + campaign + "/vote", "");
		assertThat(started.getResponse().getStatus()).isEqualTo(201);
		String vote = JsonPath.read(IdeasFixtures.body(started), "$.voteId");
		assertThat(fixtures.statusOf(swings)).isEqualTo("ON_BALLOT");
		assertThat(fixtures.statusOf(benches)).isEqualTo("ON_BALLOT");
		assertThat(fixtures.statusOf(fountain)).isEqualTo("PUBLISHED");

		String voteJson = IdeasFixtures.body(mvc.get().uri("/api/v1/votes/{id}", vote).exchange());
		List<String> titles = JsonPath.read(voteJson, "$.options[*].title");
		List<Integer> costs = JsonPath.read(voteJson, "$.options[*].cost");
		assertThat(titles).containsExactlyInAnyOrder("Качели во дворе на Ленина", "Скамейки у сквера Театральный");
		assertThat(costs).containsExactlyInAnyOrder(380_000, 200_000);
		assertThat((String) JsonPath.read(voteJson, "$.status")).isEqualTo("OPEN");
		assertThat((String) JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/campaigns/{id}", campaign).exchange()),
				"$.phase")).isEqualTo("VOTING");
		List<String> trail = JsonPath.read(IdeasFixtures.body(mvc.get().uri("/api/v1/ideas/{id}", swings).exchange()),
				"$.trail[*].type");
		assertThat(trail).containsExactly("IDEA", "VOTE");
	}

}
