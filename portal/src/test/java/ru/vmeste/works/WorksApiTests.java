package ru.vmeste.works;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.support.PortalTest;
import ru.vmeste.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public works API of API.md: the paged list with its filters, the map, the details with
 * documents; "overdue" in the filter is exactly what each works say of themselves.
 */
@PortalTest
class WorksApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Territory territory;

	@Test
	void listsWorksWithTheFieldsOfTheContract() {
		assertThat(mvc.get().uri("/api/v1/works?size=200")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").asNumber().satisfies(total -> assertThat(total.intValue()).isGreaterThanOrEqualTo(20));
				assertThat(json).extractingPath("$.size").isEqualTo(200);
				assertThat(json).extractingPath("$.items[0]").asMap()
					.containsKeys("id", "title", "kind", "status", "plannedStart", "plannedEnd", "actualStart", "actualEnd",
							"contractor", "objectIds");
			});
	}

	@Test
	void filtersByStatusKindProgramDistrictAndYear() {
		assertThat(values("/api/v1/works?status=COMPLETED&size=200", "$.items[*].status")).isNotEmpty().containsOnly("COMPLETED");
		assertThat(values("/api/v1/works?kind=CONSTRUCTION&size=200", "$.items[*].kind")).isNotEmpty().containsOnly("CONSTRUCTION");
		assertThat(values("/api/v1/works?program={p}&size=200", "$.items[*].program", "Формирование комфортной городской среды"))
			.isNotEmpty()
			.containsOnly("Формирование комфортной городской среды");
		String leninsky = territory.districts().stream().filter(d -> d.code().equals("leninsky")).findFirst().orElseThrow()
			.id().value().toString();
		assertThat(values("/api/v1/works?districtId=" + leninsky + "&size=200", "$.items[*].districtId")).isNotEmpty()
			.containsOnly(leninsky);
		int nextYear = new WorksFixtures(context).today().getYear() + 1;
		List<Map<String, Object>> ofNextYear = JsonPath.read(
				WorksFixtures.body(mvc.get().uri("/api/v1/works?year=" + nextYear + "&size=200").exchange()), "$.items");
		assertThat(ofNextYear).isNotEmpty().allSatisfy(work -> {
			assertThat(LocalDate.parse((String) work.get("plannedStart")).getYear()).isLessThanOrEqualTo(nextYear);
			assertThat(LocalDate.parse((String) work.get("plannedEnd")).getYear()).isGreaterThanOrEqualTo(nextYear);
		});
	}

	@Test
	void theViewportFindsWorksWhereverTheyTouchIt() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String road = fixtures.work("Дорога через окно карты", fixtures.today(), fixtures.today().plusDays(30),
				"\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[56.2300,58.0000],[56.2500,58.0000]]}");
		assertThat(values("/api/v1/works?bbox=56.2390,57.9990,56.2410,58.0010&size=200", "$.items[*].id")).contains(road);
		assertThat(values("/api/v1/works?bbox=56.2390,58.0020,56.2410,58.0030&size=200", "$.items[*].id")).doesNotContain(road);
		assertThat(mvc.get().uri("/api/v1/works/map?bbox=56.22,57.99,56.26,58.01")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.type").isEqualTo("FeatureCollection");
				assertThat(json).extractingPath("$.features[*].properties.id").asArray().contains(road);
			});
	}

	@Test
	void overdueMeansPlannedEndPassedAndNotCompletedOrCancelled() {
		WorksFixtures fixtures = new WorksFixtures(context);
		LocalDate today = fixtures.today();
		GeoPoint place = new GeoPoint(58.0150 + Math.random() * 0.002, 56.2300 + Math.random() * 0.002);
		String at = "\"lat\":" + place.lat() + ",\"lon\":" + place.lon();
		String late = fixtures.work("Идут с опозданием", today.minusDays(60), today.minusDays(1), at);
		fixtures.move(late, "IN_PROGRESS");
		String suspended = fixtures.work("Приостановлены после срока", today.minusDays(60), today.minusDays(3), at);
		fixtures.move(suspended, "IN_PROGRESS", "SUSPENDED");
		String cancelled = fixtures.work("Отменены после срока", today.minusDays(60), today.minusDays(3), at);
		fixtures.move(cancelled, "CANCELLED");
		String completedLate = fixtures.work("Выполнены с опозданием", today.minusDays(60), today.minusDays(3), at);
		fixtures.move(completedLate, "IN_PROGRESS", "COMPLETED");
		String dueToday = fixtures.work("Срок сегодня", today.minusDays(60), today, at);
		fixtures.move(dueToday, "IN_PROGRESS");
		String notStarted = fixtures.work("Не начаты после срока", today.minusDays(60), today.minusDays(2), at);

		String box = "bbox=" + (place.lon() - 0.0001) + "," + (place.lat() - 0.0001) + "," + (place.lon() + 0.0001) + ","
				+ (place.lat() + 0.0001);
		assertThat(values("/api/v1/works?overdue=true&size=200&" + box, "$.items[*].id"))
			.containsExactlyInAnyOrder(late, suspended, notStarted);
		List<Map<String, Object>> all = JsonPath.read(
				WorksFixtures.body(mvc.get().uri("/api/v1/works?size=200&" + box).exchange()), "$.items");
		assertThat(all).hasSize(6).allSatisfy(work -> assertThat(work.get("overdue"))
			.isEqualTo(List.of(late, suspended, notStarted).contains(work.get("id"))));
		assertThat(all).filteredOn(work -> work.get("id").equals(completedLate))
			.singleElement()
			.satisfies(work -> assertThat(work).containsEntry("timeliness", "COMPLETED_LATE").containsEntry("daysLate", 3));
		assertThat(all).filteredOn(work -> work.get("id").equals(cancelled))
			.singleElement()
			.satisfies(work -> assertThat(work).containsEntry("timeliness", "CANCELLED"));
		assertThat(all).filteredOn(work -> work.get("id").equals(late))
			.singleElement()
			.satisfies(work -> assertThat(work).containsEntry("daysLate", 1));
	}

	@Test
	void detailsListDocumentsPhotosRatingAndHistoryByOrganization() {
		String id = JsonPath.read(WorksFixtures.body(mvc.get().uri("/api/v1/works?status=ACCEPTED&size=200").exchange()),
				"$.items[0].id");
		assertThat(mvc.get().uri("/api/v1/works/{id}", id)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.documents[0].name").asString().isNotBlank();
			assertThat(json).extractingPath("$.documents[0].url").asString().startsWith("/works/" + id + "/documents/");
			assertThat(json).extractingPath("$.photos[*].stage").asArray().contains("BEFORE", "AFTER");
			assertThat(json).extractingPath("$.history[*].change").asArray().contains("CREATED", "STATUS");
			assertThat(json).extractingPath("$.history[0].organization").asString().isNotBlank();
			assertThat(json).extractingPath("$.customer.name").asString().isNotBlank();
		});
		assertThat(mvc.get().uri("/api/v1/works/{id}/history?size=2", id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(2);
	}

	@Test
	void unknownWorksAreNotFoundAndBadFiltersAreClearRefusals() {
		assertThat(mvc.get().uri("/api/v1/works/{id}", java.util.UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Таких работ нет.");
		assertThat(mvc.get().uri("/api/v1/works?bbox=1,2,3")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/works?year=1500")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Год — от 2000 до 2100.");
		assertThat(mvc.get().uri("/api/v1/works?status=FINISHED")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/works?size=500")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private List<String> values(String uri, String path, Object... variables) {
		String body = WorksFixtures.body(mvc.get().uri(uri, variables).exchange());
		assertThat(body).as(uri).contains("\"items\"");
		return JsonPath.read(body, path);
	}

}
