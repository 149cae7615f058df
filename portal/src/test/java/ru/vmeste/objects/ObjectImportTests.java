package ru.vmeste.objects;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.vmeste.objects.internal.ImportJob;
import ru.vmeste.objects.internal.ImportProblem;
import ru.vmeste.objects.internal.ImportStatus;
import ru.vmeste.objects.internal.ObjectImports;
import ru.vmeste.objects.internal.ObjectProblem;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.support.DemoAccounts;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Administrators import objects from CSV and GeoJSON: a dry run reports every bad row with its
 * line and reasons and saves nothing; an import is all or nothing unless bad rows are skipped;
 * importing the same file again changes nothing.
 */
@PortalTest
class ObjectImportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ObjectImports imports;

	@Autowired
	CityObjects objects;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private final String prefix = "imp-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	/** Ten schools; the rows on lines 3, 5, 7, 8 and 10 are bad, each for one reason. */
	private String schools() {
		return """
				external_id;name;address;lat;lon;owner;status;number;capacity;website
				%1$s1;Школа № 901;ул. Ленина, 1;58,0105;56,2294;perm-construction;ACTIVE;901;800;https://school901.perm.example
				%1$s2;Школа № 902;ул. Ленина, 2;north;56.23;perm-construction;;902;800;
				%1$s3;Школа № 903;ул. Ленина, 3;58.01;56.24;perm-construction;;903;;
				%1$s4;Школа № 904;Москва, Тверская, 1;55.7558;37.6173;perm-construction;;904;;
				%1$s5;Школа № 905;ул. Ленина, 5;58.02;56.25;perm-construction;;905;;
				%1$s6;Школа № 906;ул. Ленина, 6;58.012;56.245;no-such-organization;;906;;
				%1$s7;Школа № 907;ул. Ленина, 7;58.013;56.246;perm-construction;;девятьсот;;
				"%1$s8";"Школа № 908 \"\"Новая\"\"";"ул. Ленина, 8";58.014;56.247;perm-construction;;908;;
				%1$s9;Школа № 909;ул. Ленина, 9;58.015;56.248;perm-construction;;909;1200;not a web address
				%1$s10;Школа № 910;ул. Ленина, 10;58.016;56.249;perm-construction;UNDER_REPAIR;910;;
				""".formatted(prefix);
	}

	@Test
	void aDryRunListsExactlyTheFiveBadRowsWithLinesAndReasonsAndSavesNothing() {
		ImportJob job = run(schools(), "schools.csv", true, false);
		assertThat(job.status()).isEqualTo(ImportStatus.CHECKED);
		assertThat(job.rowsRead()).isEqualTo(10);
		assertThat(job.badRows()).isEqualTo(5);
		List<ImportProblem> problems = imports.problems(job.id(), PageQuery.of(0, 50)).items();
		assertThat(problems).extracting(ImportProblem::line).containsExactly(3, 5, 7, 8, 10);
		assertThat(problems).extracting(problem -> problem.problems().stream().map(ObjectProblem::code).toList())
			.containsExactly(List.of("objects.problem.coordinates"), List.of("objects.problem.outside-region"),
					List.of("objects.problem.owner-unknown"), List.of("objects.attribute.not-a-number"),
					List.of("objects.attribute.not-a-url"));
		assertThat(imported()).isZero();

		assertThat(mvc.get().uri("/admin/objects/imports/" + job.id()).with(admin())).hasStatusOk()
			.bodyText()
			.contains("Проверено", "Расположение за пределами районов региона.", "Организации «no-such-organization» нет.",
					"number: «девятьсот» — не число.")
			.doesNotContain("hx-trigger");
	}

	@Test
	void anImportWithBadRowsSavesNothingUnlessTheyAreSkipped() {
		ImportJob refused = run(schools(), "schools.csv", false, false);
		assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
		assertThat(imported()).isZero();

		ImportJob skipping = run(schools(), "schools.csv", false, true);
		assertThat(skipping.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(skipping.created()).isEqualTo(5);
		assertThat(imported()).isEqualTo(5);
		assertThat(jdbc.sql("select name_ru from objects_objects where external_id = ?").param(prefix + "8")
			.query(String.class)
			.single()).isEqualTo("Школа № 908 \"Новая\"");
		assertThat(jdbc.sql("""
				select count(*) from objects_history h join objects_objects o on o.id = h.object_id
				where o.external_id like ? and h.change = 'CREATED'
				""").param(prefix + "%").query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void importingTheSameFileAgainChangesNothingAndAChangedRowUpdatesItsObject() {
		String file = schools();
		assertThat(run(file, "schools.csv", false, true).created()).isEqualTo(5);
		long clustered = clusteredSchools();

		ImportJob again = run(file, "schools.csv", false, true);
		assertThat(again.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 5);
		assertThat(imported()).isEqualTo(5);
		assertThat(clusteredSchools()).isEqualTo(clustered);

		ImportJob changed = run(file.replace("Школа № 903", "Школа № 903 имени Пушкина"), "schools.csv", false, true);
		assertThat(List.of(changed.created(), changed.updated(), changed.unchanged())).containsExactly(0, 1, 4);
		assertThat(jdbc.sql("select name_ru from objects_objects where external_id = ?").param(prefix + "3")
			.query(String.class)
			.single()).isEqualTo("Школа № 903 имени Пушкина");
	}

	@Test
	void readsGeoJsonAndReportsTheLineWhereEachBadFeatureStarts() {
		String geojson = """
				{"type": "FeatureCollection",
				 "features": [
				  {"type": "Feature", "id": "%1$sg1",
				   "geometry": {"type": "Point", "coordinates": [56.2401, 58.0101]},
				   "properties": {"name": "Школа № 951", "owner": "perm-construction", "number": 951}},
				  {"type": "Feature", "id": "%1$sg2",
				   "geometry": {"type": "Polygon", "coordinates": [[[56.24, 58.01], [56.25, 58.01], [56.25, 58.02], [56.24, 58.01]]]},
				   "properties": {"name": "Школа № 952", "owner": "perm-construction"}},
				  {"type": "Feature", "id": "%1$sg3",
				   "geometry": {"type": "Point", "coordinates": [56.2402, 58.0102]},
				   "properties": {"owner": "perm-construction", "colour": "red"}}
				 ]}
				""".formatted(prefix);
		ImportJob job = run(geojson, "schools.geojson", true, false);
		assertThat(job.rowsRead()).isEqualTo(3);
		List<ImportProblem> problems = imports.problems(job.id(), PageQuery.of(0, 50)).items();
		assertThat(problems).extracting(ImportProblem::line).containsExactly(6, 9);
		assertThat(problems.get(0).problems()).extracting(ObjectProblem::code)
			.containsExactly("objects.problem.geometry-kind.POINT");
		assertThat(problems.get(1).problems()).extracting(ObjectProblem::code)
			.containsExactlyInAnyOrder("objects.problem.required", "objects.problem.attribute-unknown");

		ImportJob imported = run(geojson, "schools.geojson", false, true);
		assertThat(imported.created()).isEqualTo(1);
		assertThat(objects.find(ObjectId.of(jdbc.sql("select id::text from objects_objects where external_id = ?")
			.param(prefix + "g1")
			.query(String.class)
			.single()))).get().extracting(object -> object.attributes().get("number").toString()).isEqualTo("951");
	}

	@Test
	void showsTheProgressOfARunningImportAndKeepsPolling() {
		UUID running = UUID.randomUUID();
		jdbc.sql("""
				insert into objects_import_jobs (id, type_id, file_name, file_key, file_size, format, dry_run, skip_bad_rows,
				    status, bytes_read, rows_read, bad_rows, created_by, created_at)
				select ?, id, 'big.csv', 'ab/cd/abcdef0123456789abcdef0123456789', 1000000, 'CSV', false, false,
				       'CHECKING', 420000, 2100, 3, ?, now()
				from objects_types where code = 'school'
				""").params(running, UUID.randomUUID()).update();
		assertThat(mvc.get().uri("/admin/objects/imports/" + running + "/progress").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Проверка строк", "42%", "2100", "hx-trigger=\"every 1s\"",
					"hx-get=\"/admin/objects/imports/" + running + "/progress\"");
	}

	@Test
	void refusesAFileWithAnUnknownColumnAsAWhole() {
		ImportJob job = run("name;lat;lon;owner;colour\nШкола;58.01;56.24;perm-construction;red\n", "bad.csv", false, true);
		assertThat(job.status()).isEqualTo(ImportStatus.REFUSED);
		assertThat(imports.problems(job.id(), PageQuery.of(0, 10)).items()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.problems()).extracting(ObjectProblem::code).containsExactly("objects.import.column-unknown");
		});
	}

	@Test
	void refusesResidentsAndFormsWithoutTheCsrfToken() {
		assertThat(mvc.post().uri("/admin/objects/import").multipart().file("file", "x".getBytes()).param("type",
				objects.typeByCode("school").orElseThrow().id().toString()).with(csrf()).with(user("r").roles("RESIDENT")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/objects/import").multipart().file("file", "x".getBytes()).param("type",
				objects.typeByCode("school").orElseThrow().id().toString()).with(admin()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private ImportJob run(String content, String fileName, boolean dryRun, boolean skipBadRows) {
		MvcTestResult started = mvc.post()
			.uri("/admin/objects/import")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "text/csv",
					content.getBytes(StandardCharsets.UTF_8)))
			.param("type", objects.typeByCode("school").orElseThrow().id().toString())
			.param("dryRun", String.valueOf(dryRun))
			.param("skipBadRows", String.valueOf(skipBadRows))
			.with(csrf())
			.with(admin())
			.exchange();
		assertThat(started).hasStatus(HttpStatus.FOUND);
		UUID id = UUID.fromString(started.getResponse().getRedirectedUrl().replaceFirst(".*/", ""));
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> imports.find(id), ImportJob::isFinished);
	}

	private long imported() {
		return jdbc.sql("select count(*) from objects_objects where external_id like ?").param(prefix + "%")
			.query(Long.class)
			.single();
	}

	private long clusteredSchools() {
		return jdbc.sql("""
				select sum(objects) from objects_clusters
				where zoom = 0 and type_id = ? and district_id = '00000000-0000-0000-0000-000000000000'
				""").param(objects.typeByCode("school").orElseThrow().id().value())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername(DemoAccounts.ADMIN));
	}

}
