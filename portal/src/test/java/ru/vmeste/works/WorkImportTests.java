package ru.vmeste.works;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers import works from CSV: the dry run reports every bad line by number and reason and
 * saves nothing; a file with any bad line saves nothing either; a good file is imported whole,
 * each work with an "imported" history row, and cannot be imported twice.
 */
@PortalTest
class WorkImportTests {

	private static final String HEADER = "number;title;kind;planned_start;planned_end;budget;lat;lon;object_ids";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDryRunReportsEveryBadLineByNumberAndSavesNothing() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		UUID unknown = UUID.randomUUID();
		String file = String.join("\n", HEADER,
				line("ok-" + run, "Ремонт тротуара " + run, "ремонт", "2026-05-01", "2026-06-01", "100", ""),
				line("end-" + run, "Конец раньше начала " + run, "REPAIR", "2026-06-01", "2026-05-01", "", ""),
				line("obj-" + run, "Неизвестный объект " + run, "REPAIR", "2026-05-01", "2026-06-01", "", unknown.toString()),
				line("neg-" + run, "Отрицательный бюджет " + run, "REPAIR", "2026-05-01", "2026-06-01", "-1", ""),
				line("kind-" + run, "Непонятный вид " + run, "снос", "2026-05-01", "2026-06-01", "", ""));
		long works = count();

		for (boolean dryRun : List.of(true, false)) {
			assertThat(importing(file, dryRun)).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.applied").isEqualTo(false);
				assertThat(json).extractingPath("$.rows").isEqualTo(5);
				assertThat(json).extractingPath("$.problems[*].line").asArray().containsExactly(3, 4, 5, 6);
				assertThat(json).extractingPath("$.problems[0].reason").isEqualTo("Окончание по плану раньше начала.");
				assertThat(json).extractingPath("$.problems[1].reason")
					.isEqualTo("Неизвестный городской объект: " + unknown + ".");
			});
		}
		assertThat(count()).isEqualTo(works);
	}

	@Test
	void aGoodFileIsImportedWholeAndOnlyOnce() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String file = String.join("\n", HEADER,
				line("a-" + run, "Ремонт двора " + run, "благоустройство", "01.05.2026", "30.06.2026", "250000", ""),
				line("b-" + run, "Ремонт кровли школы " + run, "REPAIR", "2026-07-01", "2026-08-15", "", ""));
		long works = count();

		assertThat(importing(file, true)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.problems").asArray().isEmpty();
			assertThat(json).extractingPath("$.applied").isEqualTo(false);
		});
		assertThat(count()).isEqualTo(works);
		assertThat(importing(file, false)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.applied").isEqualTo(true);
			assertThat(json).extractingPath("$.created").asArray().hasSize(2);
		});
		assertThat(count()).isEqualTo(works + 2);
		assertThat(jdbc.sql("""
				select count(*) from works_history h join works_works w on w.id = h.work_id
				where w.external_ref like ? and h.change = 'IMPORTED'
				""").param("%-" + run).query(Long.class).single()).isEqualTo(2);

		assertThat(importing(file, false)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.applied").isEqualTo(false);
			assertThat(json).extractingPath("$.problems[*].line").asArray().containsExactly(2, 3);
		});
		assertThat(count()).isEqualTo(works + 2);
	}

	@Test
	void residentsCannotImport() {
		assertThat(mvc.post().uri("/api/v1/works/import").header("Authorization", DemoAccounts.bearer(mvc, DemoAccounts.RESIDENT))
			.multipart()
			.file(new MockMultipartFile("file", "works.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult importing(String csv, boolean dryRun) {
		return mvc.post().uri("/api/v1/works/import?dryRun={d}", dryRun)
			.header("Authorization", new WorksFixtures(context).official())
			.multipart()
			.file(new MockMultipartFile("file", "works.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.exchange();
	}

	private static String line(String number, String title, String kind, String start, String end, String budget,
			String objects) {
		return String.join(";", number, title, kind, start, end, budget, objects.isEmpty() ? "58.0106" : "",
				objects.isEmpty() ? "56.2420" : "", objects);
	}

	private long count() {
		return jdbc.sql("select count(*) from works_works").query(Long.class).single();
	}

}
