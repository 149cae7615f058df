package ru.vmeste.works;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers create and change their works through the API: bad input is a clear refusal that
 * saves nothing, status changes follow the rules and set the actual dates, every change is a
 * public history row in the organization's name, and nobody else may change the works.
 */
@PortalTest
class WorkEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsWorksOfTheOfficialsOrganizationWithAPublicHistoryRow() {
		WorksFixtures fixtures = new WorksFixtures(context);
		MvcTestResult created = fixtures.create(fixtures.official(), WorksFixtures.json("Ремонт тротуара у школы",
				fixtures.today(), fixtures.today().plusDays(40), "\"budget\":1500000.50", "\"contractor\":\"ООО «Дорога»\"",
				"\"program\":\"Безопасные качественные дороги\"", "\"programYear\":2026"));
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("PLANNED");
			assertThat(json).extractingPath("$.customer.name").isEqualTo("МКУ «Пермблагоустройство»");
			assertThat(json).extractingPath("$.budget").isEqualTo(1500000.50);
			assertThat(json).extractingPath("$.districtName").isEqualTo("Ленинский");
			assertThat(json).extractingPath("$.history[0].change").isEqualTo("CREATED");
			assertThat(json).extractingPath("$.history[0].organization").isEqualTo("МКУ «Пермблагоустройство»");
		});
		assertThat(WorksFixtures.body(created)).doesNotContain("Олег", "Чиновников", DemoAccounts.OFFICIAL);
	}

	@Test
	void refusesBadInputWithClearMessagesAndSavesNothing() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String official = fixtures.official();
		LocalDate today = fixtures.today();
		long works = count("works_works");
		long history = count("works_history");

		assertThat(fixtures.create(official, WorksFixtures.json("Конец раньше начала", today, today.minusDays(1))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Окончание по плану раньше начала.");
		assertThat(fixtures.create(official, WorksFixtures.json("Отрицательный бюджет", today, today, "\"budget\":-5")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("budget");
				assertThat(json).extractingPath("$.errors[0].message").isEqualTo("Бюджет не может быть отрицательным.");
			});
		UUID unknown = UUID.randomUUID();
		assertThat(fixtures.create(official, WorksFixtures.json("Неизвестный объект", today, today,
				"\"objectIds\":[\"" + unknown + "\"]")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Неизвестный городской объект: " + unknown + ".");
		assertThat(fixtures.create(official, WorksFixtures.json("Не в регионе", today, today, "\"lat\":55.75", "\"lon\":37.61")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Место вне районов региона.");
		assertThat(fixtures.create(official, WorksFixtures.json("Кривая геометрия", today, today,
				"\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[500,58]]}")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(fixtures.create(official, "{\"title\":\"\",\"kind\":\"REPAIR\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title", "plannedStart", "plannedEnd");

		assertThat(count("works_works")).isEqualTo(works);
		assertThat(count("works_history")).isEqualTo(history);
	}

	@Test
	void refusesAWrongStatusTransitionAndChangesNothing() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Нельзя сразу принять");
		String official = fixtures.official();
		long history = historyOf(work);

		assertThat(fixtures.status(official, work, "ACCEPTED", null)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Работы нельзя перевести из статуса «Запланированы» в «Приняты».");
		assertThat(fixtures.status(official, work, "CANCELLED", null)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Укажите причину: она будет опубликована.");
		assertThat(mvc.post().uri("/api/v1/works/{id}/status", work).header("Authorization", official)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\",\"date\":\"" + fixtures.today().plusDays(1) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Дата не может быть в будущем.");

		assertThat(mvc.get().uri("/api/v1/works/{id}", work)).bodyJson().extractingPath("$.status").isEqualTo("PLANNED");
		assertThat(historyOf(work)).isEqualTo(history);
	}

	@Test
	void statusChangesSetTheActualDatesAndArePublicWithTheirReasons() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Ход работ");
		String today = fixtures.today().toString();
		fixtures.move(work, "IN_PROGRESS");
		assertThat(mvc.get().uri("/api/v1/works/{id}", work)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.actualStart").isEqualTo(today);
			assertThat(json).extractingPath("$.actualEnd").isNull();
		});
		assertThat(fixtures.status(fixtures.official(), work, "SUSPENDED", "Ждём поставку бордюрного камня"))
			.hasStatusOk();
		fixtures.move(work, "IN_PROGRESS", "COMPLETED");
		assertThat(mvc.get().uri("/api/v1/works/{id}", work)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("COMPLETED");
			assertThat(json).extractingPath("$.actualEnd").isEqualTo(today);
			assertThat(json).extractingPath("$.progress").isEqualTo(100);
			assertThat(json).extractingPath("$.history[*].status").asArray()
				.containsSubsequence("COMPLETED", "IN_PROGRESS", "SUSPENDED", "IN_PROGRESS", "PLANNED");
			assertThat(json).extractingPath("$.history[*].note").asArray().contains("Ждём поставку бордюрного камня");
			assertThat(json).extractingPath("$.history[0].changes[0].field").isEqualTo("actualEnd");
		});
	}

	@Test
	void everyChangedFieldGoesIntoTheHistoryAndClosedWorksNoLongerChange() {
		WorksFixtures fixtures = new WorksFixtures(context);
		LocalDate start = fixtures.today();
		String work = fixtures.work("Старое название", start, start.plusDays(10), "\"lat\":58.0101", "\"lon\":56.2401",
				"\"budget\":100");
		MvcTestResult updated = mvc.put().uri("/api/v1/works/{id}", work).header("Authorization", fixtures.official())
			.contentType(MediaType.APPLICATION_JSON)
			.content(WorksFixtures.json("Новое название", start, start.plusDays(20), "\"lat\":58.0101", "\"lon\":56.2401",
					"\"budget\":250"))
			.exchange();
		assertThat(updated).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.history[0].change").isEqualTo("UPDATED");
			assertThat(json).extractingPath("$.history[0].changes[*].field").asArray()
				.containsExactly("title", "budget", "plannedEnd");
			assertThat(json).extractingPath("$.history[0].changes[0].from").isEqualTo("Старое название");
			assertThat(json).extractingPath("$.history[0].changes[0].to").isEqualTo("Новое название");
		});
		fixtures.move(work, "CANCELLED");
		assertThat(mvc.put().uri("/api/v1/works/{id}", work).header("Authorization", fixtures.official())
			.contentType(MediaType.APPLICATION_JSON)
			.content(WorksFixtures.json("Ещё название", start, start.plusDays(20))))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void anOfficialOfAnotherOrganizationCannotChangeTheWorks() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String work = fixtures.work("Работы дорожников");
		WorksFixtures.Account greenery = fixtures.officialOf("perm-greenery");
		long history = historyOf(work);

		assertThat(mvc.put().uri("/api/v1/works/{id}", work).header("Authorization", greenery.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(WorksFixtures.json("Чужие работы", fixtures.today(), fixtures.today())))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Изменять эти работы могут только сотрудники организации-заказчика.");
		assertThat(fixtures.status(greenery.bearer(), work, "IN_PROGRESS", null)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/works/{id}/documents", work).header("Authorization", greenery.bearer())
			.multipart()
			.file(new MockMultipartFile("file", "act.pdf", "application/pdf", WorkFiles.pdf())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/works/{id}/photos", work).header("Authorization", greenery.bearer())
			.multipart()
			.file(new MockMultipartFile("file", "before.jpg", "image/jpeg", WorkFiles.jpeg()))
			.param("stage", "BEFORE"))
			.hasStatus(HttpStatus.FORBIDDEN);
		String organization = jdbc.sql("select customer_id::text from works_works where id = ?::uuid").param(work)
			.query(String.class)
			.single();
		assertThat(fixtures.create(greenery.bearer(), WorksFixtures.json("За чужую организацию", fixtures.today(),
				fixtures.today(), "\"organizationId\":\"" + organization + "\"")))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(mvc.get().uri("/api/v1/works/{id}", work)).bodyJson().extractingPath("$.title").isEqualTo("Работы дорожников");
		assertThat(historyOf(work)).isEqualTo(history);
		assertThat(fixtures.create(greenery.bearer(), WorksFixtures.json("Свои работы", fixtures.today(), fixtures.today())))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.customer.name")
			.isEqualTo("МБУ «Пермское городское лесничество»");
	}

	@Test
	void residentsAndAnonymousVisitorsCannotManageWorks() {
		WorksFixtures fixtures = new WorksFixtures(context);
		String json = WorksFixtures.json("Работы жителя", fixtures.today(), fixtures.today());
		assertThat(fixtures.create(DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT), json)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/api/v1/works").contentType(MediaType.APPLICATION_JSON).content(json))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		String work = fixtures.work("Работы для проверки прав");
		assertThat(fixtures.status(DemoAccounts.bearer(mvc, DemoAccounts.MODERATOR), work, "IN_PROGRESS", null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(JsonPath.<String>read(WorksFixtures.body(mvc.get().uri("/api/v1/works/{id}", work).exchange()), "$.status"))
			.isEqualTo("PLANNED");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long historyOf(String work) {
		return jdbc.sql("select count(*) from works_history where work_id = ?::uuid").param(work).query(Long.class).single();
	}

}
