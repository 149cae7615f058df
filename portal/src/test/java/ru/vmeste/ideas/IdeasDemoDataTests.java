package ru.vmeste.ideas;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.identity.Role;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo of API.md: the expert's account; a campaign taking proposals, one gathering support
 * with at least ten published ideas of every kind, one with ideas awaiting review; ideas outside
 * campaigns; and a finished campaign whose selected projects are works in progress and done,
 * with the whole thread from the resident's appeal to the works.
 */
@PortalTest
class IdeasDemoDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Residents residents;

	@Test
	void theExpertIsADemoAccount() {
		assertThat(residents.findByEmail("expert@demo.vmeste"))
			.hasValueSatisfying(expert -> assertThat(residents.hasRole(expert, Role.EXPERT)).isTrue());
	}

	@Test
	void campaignsInEveryPhaseTheContractNames() {
		List<String> phases = JsonPath.read(get("/api/v1/campaigns?size=200"), "$.items[*].phase");
		assertThat(phases).contains("PROPOSALS", "SUPPORT", "REVIEW", "FINISHED");
		String support = campaignIn("SUPPORT");
		List<Map<String, Object>> ideas = JsonPath.read(get("/api/v1/ideas?size=200&campaignId=" + support), "$.items");
		assertThat(ideas).hasSizeGreaterThanOrEqualTo(10).allSatisfy(idea -> assertThat(idea.get("status")).isEqualTo("PUBLISHED"));
		assertThat(ideas).extracting(idea -> idea.get("kind")).contains("IDEA", "TOPIC", "ROAD", "PROJECT");
		assertThat(ideas).filteredOn(idea -> "ROAD".equals(idea.get("kind")))
			.allSatisfy(road -> assertThat(road.get("geometry")).isNotNull());
		List<String> awaiting = JsonPath.read(get("/api/v1/ideas?size=200&status=THRESHOLD_REACHED&campaignId="
				+ campaignIn("REVIEW")), "$.items[*].id");
		assertThat(awaiting).isNotEmpty();
		List<String> outside = JsonPath.read(get("/api/v1/ideas?size=200&outsideCampaigns=true"), "$.items[*].kind");
		assertThat(outside).contains("ROAD", "TOPIC");
	}

	@Test
	void theFinishedCampaignsSelectedProjectsAreWorksInProgressAndDoneWithTheirWholeThread() {
		String finished = campaignIn("FINISHED");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<String> statuses = JsonPath.read(get("/api/v1/ideas?size=200&campaignId=" + finished), "$.items[*].status");
			assertThat(statuses).contains("IN_WORK", "DONE", "NOT_SELECTED");
		});
		List<String> done = JsonPath.read(get("/api/v1/ideas?size=200&status=DONE&campaignId=" + finished), "$.items[*].id");
		List<String> inWork = JsonPath.read(get("/api/v1/ideas?size=200&status=IN_WORK&campaignId=" + finished), "$.items[*].id");
		String idea = inWork.stream()
			.map(id -> get("/api/v1/ideas/" + id))
			.filter(json -> JsonPath.read(json, "$.fromAppealId") != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no project in the works grew from an appeal"));
		assertThat((List<String>) JsonPath.read(idea, "$.trail[*].type")).containsExactly("APPEAL", "IDEA", "VOTE", "WORK");
		assertThat((List<String>) JsonPath.read(idea, "$.trail[*].status")).containsExactly(
				JsonPath.read(idea, "$.trail[0].status"), "IN_WORK", "PUBLISHED", "IN_PROGRESS");
		String work = JsonPath.read(idea, "$.workId");
		assertThat((List<String>) JsonPath.read(get("/api/v1/works/" + work), "$.trail[*].type"))
			.containsExactly("APPEAL", "IDEA", "VOTE", "WORK");
		String doneWork = JsonPath.read(get("/api/v1/ideas/" + done.getFirst()), "$.workId");
		assertThat((String) JsonPath.read(get("/api/v1/works/" + doneWork), "$.status")).isEqualTo("COMPLETED");
		String appeal = JsonPath.read(idea, "$.fromAppealId");
		assertThat(mvc.get().uri("/appeals/{id}", appeal)).hasStatusOk();
	}

	private String campaignIn(String phase) {
		List<String> ids = JsonPath.read(get("/api/v1/campaigns?size=200&phase=" + phase), "$.items[*].id");
		assertThat(ids).as("a demo campaign in " + phase).isNotEmpty();
		return ids.getLast();
	}

	private String get(String uri) {
		return IdeasFixtures.body(mvc.get().uri(uri).exchange());
	}

}
